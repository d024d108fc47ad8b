"""The directory on screen: search and filters, an edit undone, a 20,000-row spreadsheet
imported while the window stays responsive, "où aller" printed, an action pointing to a
service."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from refparcours.dossiers import DossierService
from refparcours.structures import DirectoryService
from tests.conftest import TODAY
from tests.qt_helpers import shown_main_window, type_text

HEADER = "Nom;Type;Domaines;Communes couvertes;Adresse;CP;Ville;Horaires;Accès;Tél;Mail;Description;Vérifié le\n"


def row(number: int) -> str:
    return (f"Service n° {number};Association;\"Logement ; Budget et ressources\";\"Roubaix ; Tourcoing\";"
            f"{number} rue de l'Épeule;59100;Roubaix;\"Mercredi 14 h – 17 h\nsur rendez-vous\";Sans condition;"
            f"03 20 {number % 100:02d} 00 00;accueil{number}@exemple.fr;Aide aux impayés de loyer;01/02/2026\n")


@pytest.fixture
def window(qtbot, database):
    service = DossierService(database, today=lambda: TODAY)
    directory = DirectoryService(service)
    directory.add({"name": "ADIL du Nord", "kind": "association", "domains": "logement", "communes": "Roubaix",
                   "commune": "Roubaix", "address": "12 rue de l'Espérance", "hours": "Mercredi 14 h – 17 h",
                   "verified_on": "02/02/2026", "description": "Impayés de loyer"})
    directory.add({"name": "Point santé", "kind": "institution", "domains": "sante", "communes": "Lille",
                   "commune": "Lille", "verified_on": "01/01/2024"})
    with shown_main_window(qtbot, service) as main:
        yield main


def open_directory(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window._directory_page)
    return window.directory_page


def test_search_as_you_type_filters_and_the_stale_mark(window, qtbot):
    page = open_directory(window, qtbot)
    assert page.model.rowCount() == 2
    assert page.model.index(1, 2).data() == "01/01/2024 — à vérifier"
    type_text(page.search, "impayes")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "ADIL du Nord"
    page.search.clear()
    page.domain.setCurrentIndex(page.domain.findData("sante"))
    qtbot.waitUntil(lambda: [r["name"] for r in page.model.rows] == ["Point santé"])


def test_an_edit_in_place_is_saved_and_undone(window, qtbot):
    page = open_directory(window, qtbot)
    hours = page.form.widgets["hours"]
    hours.setFocus()
    hours.selectAll()
    type_text(hours, "Lundi 9 h – 12 h")
    QTest.keyClick(hours, Qt.Key.Key_Return)
    assert page.service.search("ADIL")[0]["hours"] == "Lundi 9 h – 12 h"
    window.undo()
    assert page.service.search("ADIL")[0]["hours"] == "Mercredi 14 h – 17 h"


def test_a_20000_row_spreadsheet_imports_with_progress_and_a_responsive_window(window, qtbot, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text(HEADER + "".join(row(n) for n in range(20_000)), encoding="utf-8-sig")
    page = open_directory(window, qtbot)
    dialog = page.import_file(str(path))
    assert dialog is not None and dialog.mapping[0].currentData() == "name"
    # A heartbeat on the window's thread: it must keep beating while the rows are checked and
    # written (a frozen window would not run it at all until the work is done).
    beats = {"check": 0, "import": 0}
    phase = {"now": "check"}
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.__setitem__(phase["now"], beats[phase["now"]] + 1))
    heartbeat.start(10)
    dialog.check_button.click()
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert len(dialog.report.valid) == 20_000 and dialog.report.errors == []
    phase["now"] = "import"
    dialog.import_button.click()
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=60_000)
    heartbeat.stop()
    assert beats["check"] >= 2 and beats["import"] >= 1, beats
    assert dialog.progress.maximum() == 20_000
    assert len(page.service.search()) == 20_002


def test_a_file_with_errors_can_import_nothing(window, qtbot, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text(HEADER + row(1) + ";Association;Logement\n" + row(2), encoding="cp1252", errors="replace")
    page = open_directory(window, qtbot)
    dialog = page.import_file(str(path))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert [e.line for e in dialog.report.errors] == [3]  # spreadsheet rows: a multi-line cell is one row
    dialog.nothing.setChecked(True)
    dialog.import_button.click()
    assert len(page.service.search()) == 2  # nothing imported


def test_where_to_go_prints_one_page_for_the_family(window, qtbot, tmp_path):
    from refparcours.ui.directory_page import WhereToGoDialog

    page = open_directory(window, qtbot)
    dialog = WhereToGoDialog(page.service, "Roubaix", "logement", page)
    assert [r["name"] for r in dialog.model.records] == ["ADIL du Nord"]
    out = tmp_path / "ou-aller.pdf"
    assert dialog.print_page(str(out)) == str(out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "ADIL du Nord" in text and "Roubaix" in text


def test_a_plan_action_points_to_a_service_picked_in_the_directory(window, qtbot):
    from refparcours.dossiers import PERSON
    from refparcours.plans import PlanService
    from refparcours.ppf import FAMILLE, Writer
    from refparcours.ui.directory_page import StructurePicker
    from tests.qt_helpers import run_in_next_dialog

    service = window.service
    dossier_id = service.create_dossier({"label": "Famille Benali"})
    person = service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": "Benali"})
    plans = PlanService(service)
    plan_id = plans.plan_for(dossier_id)
    plans.add_action(plan_id, {"what": "Aller à la permanence logement", "who_kind": "foyer", "who_person_id": person,
                               "domain": "logement"}, Writer(FAMILLE, "Samira Benali"))
    window.list_panel.state_filter.setCurrentIndex(1)
    window.list_panel.reload()
    assert window.list_panel.select(dossier_id)
    qtbot.waitUntil(lambda: window.editor.dossier_id == dossier_id)
    window.open_plan()
    page = window.plan_page
    page.nav.setCurrentIndex(page.sections.index([k for k, _ in page.sections.items].index("actions")))

    def pick(dialog: StructurePicker) -> None:
        type_text(dialog.search, "ADIL")
        assert dialog.model.rows[0]["name"] == "ADIL du Nord"
        dialog.accept()

    driver = run_in_next_dialog(pick, kind=StructurePicker)
    page.actions.structure_button.click()
    driver.check()
    assert page.content["actions"][0]["structure"]["name"] == "ADIL du Nord"
    assert "12 rue de l'Espérance" in page.actions.structure_label.text()
