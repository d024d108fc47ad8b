"""The dashboard computed without freezing the window, its numbers beside every chart, the
anonymous exports; the family's agreement to follow-ups and the questionnaire."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTableView

from refparcours.dossiers import DOSSIER, DossierService
from refparcours.followups import FollowupService
from refparcours.settings import Settings
from refparcours.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.qt_helpers import run_in_next_dialog, type_text
from tests.test_indicators import NAMES, seed


@pytest.fixture
def window(qtbot, database):
    service = DossierService(database, today=lambda: TODAY)
    main = MainWindow(service, Settings(), QApplication.instance().font().pointSizeF())
    main.seeded = seed(service)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main


def test_the_dashboard_shows_figures_and_charts_with_their_numbers(window, qtbot, tmp_path):
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.dashboard_page
    assert page.computing  # off the window's thread
    qtbot.waitUntil(lambda: not page.computing and page.indicators is not None, timeout=10_000)
    screened = page.findChild(QLabel, "figure_screened")
    assert screened.accessibleName() == "Situations repérées : 8"
    numbers = page.findChild(QTableView, "numbers_actions_who")
    model = numbers.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["La famille", "Les proches",
                                                                          "Les professionnels"]
    assert numbers.accessibleName() == "Chiffres : Qui porte les actions"
    csv_path = page.export_csv(str(tmp_path / "evaluation.csv"))
    text = (tmp_path / "evaluation.csv").read_text(encoding="utf-8-sig")
    assert csv_path and "< 5" in text
    for name in NAMES:
        assert name.split(" ")[1] not in text
    pdf_path = page.export_pdf(str(tmp_path / "evaluation.pdf"))
    assert pdf_path and (tmp_path / "evaluation.pdf").read_bytes().startswith(b"%PDF")


def test_a_bad_period_is_explained(window, qtbot):
    page = window.dashboard_page
    page.start.setText("31/02/2026")
    page.refresh()
    assert "n'existe pas dans le calendrier" in page.message.text()


def test_the_family_agrees_then_answers_the_follow_up(window, qtbot):
    dossier_id = window.seeded["ids"][0]  # closed on 15/07/2026
    window.list_panel.state_filter.setCurrentIndex(1)
    assert window.list_panel.select(dossier_id)
    qtbot.waitUntil(lambda: window.editor.dossier_id == dossier_id)
    combo = window.editor.followup_choice
    combo.setCurrentIndex(combo.findData(True))
    combo.activated.emit(combo.currentIndex())
    assert window.service.load(dossier_id)["followup_agreed"] is True

    def answer(dialog):
        dialog.form.widgets["resolved"].setCurrentIndex(dialog.form.widgets["resolved"].findData("completement"))
        type_text(dialog.form.widgets["satisfaction"], "9")
        type_text(dialog.form.widgets["changed"], "On respire enfin")
        dialog._try_accept()

    def reminders(dialog):
        assert dialog.model.rowCount() == 2  # the end and 3 months; 6 months is not due yet
        driver = run_in_next_dialog(answer)
        dialog.answer()
        driver.check()
        assert dialog.model.rowCount() == 1
        dialog.accept()

    driver = run_in_next_dialog(reminders)
    window.show_followups()
    driver.check()
    done = [f for f in FollowupService(window.service).followups(dossier_id) if f["done_on"]]
    assert [(f["resolved"], f["satisfaction"], f["changed"]) for f in done] == [("completement", 9, "On respire enfin")]


def test_without_agreement_nothing_is_scheduled(window):
    dossier_id = window.seeded["ids"][1]
    window.service.set_fields(DOSSIER, dossier_id, {"closure_reason": "Objectifs atteints"})
    assert FollowupService(window.service).due() == []
