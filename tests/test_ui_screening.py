"""The script de repérage on screen, with the keyboard only: screening, offer accepted,
référent chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from refparcours.dossiers import CONTACT, DossierService
from refparcours.screenings import ScreeningService
from refparcours.settings import Settings
from refparcours.ui.main_window import MainWindow
from refparcours.ui.screening_dialog import DesignationDialog, ProposalDialog, ScreeningDialog
from tests.conftest import TODAY
from tests.qt_helpers import run_in_next_dialog, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, database):
    service = DossierService(database, today=lambda: TODAY)
    dossier = service.create_dossier({"label": "Famille N'Diaye", "opened_on": "02/09/2026"})
    service.add_member(CONTACT, dossier, {"name": "Mme Leroy", "kind": "professionnel", "organisation": "CAF"})
    service.add_member(CONTACT, dossier, {"name": "M. Diallo", "kind": "professionnel", "organisation": "CCAS"})
    main = MainWindow(service, Settings(), QApplication.font().pointSizeF())
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    main.list_panel.state_filter.setCurrentIndex(1)
    main.list_panel.select(dossier)
    qtbot.waitUntil(lambda: main.editor.dossier_id == dossier)
    return main


def front(qtbot, dialog) -> None:
    """A window manager puts a new dialog in front; offscreen, we do."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_screening_offer_and_designation_with_the_keyboard_only(window, qtbot):
    dossier_id = window.editor.dossier_id
    seen = {}

    def screen(dialog: ScreeningDialog) -> None:
        front(qtbot, dialog)
        # Page 1 (the person): first question "oui" — focus starts on its "Oui".
        assert QApplication.focusWidget().objectName() == "sante_oui"
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Return)  # Suivant
        press(qtbot, Qt.Key.Key_Return)  # page 2 (daily life): nothing to say
        # Page 3 (the services): first question "oui", then Suivant.
        assert QApplication.focusWidget().objectName() == "deux_institutions_oui"
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Return)
        seen["result"] = dialog.findChild(QLabel, "result").text()
        seen["family"] = dialog.findChild(QLabel, "family_explanation").text()
        press(qtbot, Qt.Key.Key_Return)  # Terminer le repérage

    def propose(dialog: ProposalDialog) -> None:
        front(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.findChild(QLineEdit, "proposed_on")
        press(qtbot, Qt.Key.Key_Tab)  # comment : the first choice
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Space)  # plaquette remise
        press(qtbot, Qt.Key.Key_Tab)
        answer = dialog.findChild(QComboBox, "answer")
        assert QApplication.focusWidget() is answer
        press(qtbot, Qt.Key.Key_Down)  # Accepte
        press(qtbot, Qt.Key.Key_Tab)  # « en reparler le » is disabled: straight to the family's words
        assert QApplication.focusWidget() is dialog.findChild(QPlainTextEdit, "family_words")
        type_text(QApplication.focusWidget(), "On veut bien, avec Mme Leroy.")
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Return)

    def designate(dialog: DesignationDialog) -> None:
        front(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.findChild(QComboBox, "chosen_by")
        dialog.findChild(QComboBox, "chosen").setFocus()
        assert QApplication.focusWidget().currentText() == "Mme Leroy (CAF)"
        press(qtbot, Qt.Key.Key_Return)

    drivers = [run_in_next_dialog(screen, kind=ScreeningDialog), run_in_next_dialog(propose, kind=ProposalDialog),
               run_in_next_dialog(designate, kind=DesignationDialog)]
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    for driver in drivers:
        driver.check()

    assert seen["result"] == "Proposer la démarche de référent de parcours"
    assert "pas une obligation" in seen["family"]
    data = window.service.load(dossier_id)
    assert data["state"] == "accompagnement" and data["referent"] == "Mme Leroy (CAF)"
    entry = ScreeningService(window.service.database).history(dossier_id)[0]
    assert entry.proposal["leaflet_given"] is True
    assert entry.proposal["family_words"] == "On veut bien, avec Mme Leroy."
    assert entry.designation["listed"] == ["Mme Leroy (CAF)", "M. Diallo (CCAS)"]
    assert window.editor.subtitle.text().startswith("Accompagnement en cours")
    history = window.editor.screenings_tab
    assert window.editor.tabs.tabText(3) == "Re&pérages (1)"
    assert [history.model.index(0, c).data() for c in (1, 2, 3)] == [
        "Proposer la démarche de référent de parcours", "Accepte", "Mme Leroy (CAF)"]
    assert "On veut bien, avec Mme Leroy." in history.detail.text()


def test_a_territory_file_that_is_refused_is_said_on_the_screen(window, qtbot, tmp_path):
    broken = tmp_path / "criteres.toml"
    broken.write_text("version = \"x\"\n[[dimension]]\nid = \"clinique\"\n", encoding="utf-8")
    window.settings.criteria_file = str(broken)
    warnings = []

    def look(dialog: ScreeningDialog) -> None:
        warnings.append(dialog.findChild(QLabel, "criteria_warning").text())
        dialog.reject()

    driver = run_in_next_dialog(look, kind=ScreeningDialog)
    window.start_screening()
    driver.check()
    assert "ligne 3" in warnings[0] and "critères par défaut sont utilisés" in warnings[0]


def test_the_family_summary_is_printed_to_pdf_and_logged(window, qtbot, tmp_path, monkeypatch):
    import shutil
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    from refparcours.screening import YES, Screening, load_criteria
    from refparcours.screenings import ACCEPTS
    from refparcours.security import audit

    dossier_id = window.editor.dossier_id
    screenings = ScreeningService(window.service.database, today=lambda: TODAY)
    screening = Screening(load_criteria()[0])
    screening.answer("deux_institutions", YES)
    screening.answer("isolement", YES)
    screening_id = screenings.record_screening(dossier_id, screening)
    screenings.record_proposal(screening_id, proposed_on=TODAY, how="Visite à domicile", leaflet_given=True,
                               answer=ACCEPTS, family_words="Zoë dit : « on essaie, ensemble ».")
    window.editor.refresh_screenings()  # recorded outside the dialog flow, which refreshes by itself
    target = tmp_path / "résumé.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF"))
    window.editor.tabs.setCurrentWidget(window.editor.screenings_tab)
    qtbot.mouseClick(window.editor.screenings_tab.print_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
        assert "Zoë dit : « on essaie, ensemble »." in text.replace("\u202f", " ").replace("\u00a0", " ")
        assert "Famille N'Diaye" in text
    with window.service.database.engine.connect() as connection:
        printed = audit.entries(connection, operation="print")
    assert len(printed) == 1 and "Résumé du repérage" in printed[0].detail
    # The family's copy is in the sharing log, with the screening's date.
    from refparcours.consents import ConsentService

    logged = ConsentService(window.service).sharing_log(window.editor.dossier_id)
    assert [(r["document"], r["copy"]) for r in logged] == [("Résumé du repérage", "famille")]


def test_an_administrator_chooses_the_territory_criteria_file_and_a_broken_one_is_refused(window, tmp_path,
                                                                                           monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from refparcours.screening import DEFAULT_CRITERIA
    from refparcours.settings import load_settings

    refused = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: refused.append(text))
    broken = tmp_path / "casse.toml"
    broken.write_text("version = 1\n[[critere]]\n", encoding="utf-8")
    window.choose_criteria_file(str(broken))
    assert refused and window.settings.criteria_file == ""
    own = tmp_path / "territoire.toml"
    own.write_text(DEFAULT_CRITERIA.read_text(encoding="utf-8").replace("defaut-2026-1", "nord-2027"),
                   encoding="utf-8")
    window.choose_criteria_file(str(own))
    assert load_settings().criteria_file == str(own)
