"""Consents and sharing on screen: an adult's consent recorded with the keyboard, then a
partner copy of the plan that the gate lets through; the log shows both."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from refparcours.consents import ConsentService
from refparcours.dossiers import PERSON, DossierService
from refparcours.plans import PlanService
from refparcours.ppf import DEMANDE, FAMILLE, Writer
from refparcours.ui.plan_print import PrintPlanDialog
from refparcours.ui.sharing import ConsentDialog
from tests.conftest import TODAY
from tests.qt_helpers import run_in_next_dialog, shown_main_window, type_text


@pytest.fixture
def window(qtbot, database):
    service = DossierService(database, today=lambda: TODAY)
    dossier_id = service.create_dossier({"label": "Famille Benali", "referent": "Julie Martin"})
    service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": "Benali"})
    plans = PlanService(service)
    plan_id = plans.plan_for(dossier_id)
    plans.add_entry(plan_id, DEMANDE, "Garder notre appartement", Writer(FAMILLE, "Samira Benali"))
    plans.set_partner_sections(plan_id, ["demande"], Writer("ensemble"))
    ConsentService(service).add_partner("CCAS de Roubaix", "ccas")
    with shown_main_window(qtbot, service, select=dossier_id) as main:
        main.plan_id = plan_id
        yield main


def tick(view, row: int) -> None:
    """Arrow keys to the row, Space to tick it."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    for _ in range(row):
        QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Space)


def test_a_consent_recorded_with_the_keyboard_lets_a_partner_copy_through(window, qtbot, tmp_path):
    panel = window.editor.sharing_tab
    window.editor.tabs.setCurrentWidget(panel)

    def fill(dialog: ConsentDialog) -> None:
        assert "retirer son accord à tout moment" in dialog.findChild(type(dialog.error), "consent_intro").text()
        tick(dialog.categories, 3)  # ce que la famille demande…
        tick(dialog.partners, 0)  # CCAS de Roubaix
        tick(dialog.media, 1)  # copie papier
        dialog.purpose.setFocus()
        type_text(dialog.purpose, "Préparer le dossier FSL")
        QTest.keyClick(dialog.purpose, Qt.Key.Key_Return)  # Entrée records it

    driver = run_in_next_dialog(fill)
    panel.add_consent()
    driver.check()
    record = ConsentService(window.service).records(window.dossier_id)[0]
    assert (record["person_name"], record["categories"], record["media"], record["purpose"]) == (
        "Samira Benali", ["evaluation_sociale"], ["papier"], "Préparer le dossier FSL")
    assert panel.consents.rowCount() == 1

    plans = PlanService(window.service)
    dialog = PrintPlanDialog(plans, window.plan_id, lambda text: None, window)
    dialog.copy_choice.setCurrentIndex(1)
    dialog.recipient.setText("Collège Jean-Moulin")
    dialog.category.setCurrentIndex(dialog.category.findData("education"))
    assert "ne couvre pas « Collège Jean-Moulin »" in dialog.message.text()
    assert not dialog.save_button.isEnabled() and dialog.consent_button.isVisibleTo(dialog)
    dialog.recipient.setText("CCAS de Roubaix")
    dialog.category.setCurrentIndex(0)
    assert dialog.save_button.isEnabled(), dialog.message.text()
    out = tmp_path / "partenaire.pdf"
    assert dialog.save(str(out)) == str(out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Garder notre appartement" in text and "Copie pour un partenaire" in text
    log = ConsentService(window.service).sharing_log(window.dossier_id)
    assert [(r["copy"], r["recipient"]) for r in log] == [("partenaire", "CCAS de Roubaix")]
    assert "accord de Samira Benali" in log[0]["basis"]


def test_a_missing_consent_can_be_recorded_from_the_print_dialog(window, qtbot):
    plans = PlanService(window.service)
    dialog = PrintPlanDialog(plans, window.plan_id, lambda text: None, window)
    dialog.copy_choice.setCurrentIndex(1)
    dialog.recipient.setText("CCAS de Roubaix")
    dialog.refresh()
    assert "Samira Benali n'a pas encore donné son accord" in dialog.message.text()

    def fill(consent: QDialog) -> None:
        tick(consent.categories, 3)
        tick(consent.partners, 0)
        tick(consent.media, 0)
        type_text(consent.purpose, "Suivi logement")
        consent.submit()

    driver = run_in_next_dialog(fill, kind=ConsentDialog)
    dialog.consent_button.click()
    driver.check()
    assert dialog.save_button.isEnabled(), dialog.message.text()


def test_partners_who_have_not_signed_and_dossiers_past_their_retention(window, qtbot):
    from refparcours.dossiers import DOSSIER
    from refparcours.rights import RightsService
    from refparcours.ui.sharing import PartnersDialog, RetentionDialog

    consents = ConsentService(window.service)
    partners = PartnersDialog(consents, window)
    assert partners.model.index(0, 2).data() == "pas encore signée"
    partners.view.setCurrentIndex(partners.model.index(0, 0))
    driver = run_in_next_dialog(lambda dialog: dialog._try_accept())
    partners.sign()
    driver.check()
    assert partners.model.index(0, 2).data() == "22/11/2026"

    old = window.service.create_dossier({"label": "Famille Ancienne", "opened_on": "01/01/2023"})
    window.service.set_fields(DOSSIER, old, {"last_contact_on": "05/06/2024"})
    retention = RetentionDialog(RightsService(window.service), window)
    assert [retention.model.index(r, 0).data() for r in range(retention.model.rowCount())] == ["Famille Ancienne"]
    retention.view.setCurrentIndex(retention.model.index(0, 0))
    # "Supprimer le dossier…" asks first; answered no, the dossier stays.
    questions = []
    driver = run_in_next_dialog(lambda box: (questions.append(box.text()), box.reject()))
    retention.findChild(QPushButton, "delete_dossier").click()
    driver.check()
    assert "Supprimer « Famille Ancienne »" in questions[0]
    assert retention.model.rowCount() == 1 and window.service.load(old, record_read=False)

    def justify(dialog: QDialog) -> None:
        type_text(dialog.form.widgets["reason"], "Procédure en cours devant le juge")
        dialog._try_accept()

    driver = run_in_next_dialog(justify)
    retention.archive()
    driver.check()
    assert retention.model.rowCount() == 0
    with pytest.raises(Exception, match="archivé"):
        window.service.set_fields(DOSSIER, old, {"label": "Autre"})


def test_the_import_menu_asks_for_the_package_file_first(window, qtbot):
    from PySide6.QtGui import QAction

    driver = run_in_next_dialog(lambda file_dialog: file_dialog.reject(), kind=QFileDialog)
    window.findChild(QAction, "import_package_action").trigger()
    driver.check()


def test_a_package_exported_then_imported_asks_for_the_records_that_differ(window, qtbot, tmp_path, monkeypatch):
    from refparcours.dossiers import DOSSIER
    from refparcours.security.keys import KdfParams

    monkeypatch.setattr("refparcours.packages.tune_kdf", KdfParams.fast)  # cheap key derivation in tests
    path = window.export_package(str(tmp_path / "dossier.paquet"), "une phrase donnée à part")
    assert path and open(path, "rb").read().startswith(b"REFPARCOURS-PAQUET")
    window.service.set_fields(DOSSIER, window.dossier_id, {"commune": "Tourcoing"})  # changed here since
    dialog = window.import_package(path, "une phrase donnée à part")
    assert dialog.table.rowCount() == 1 and "commune" in dialog.table.item(0, 0).text()
    dialog.submit()
    assert "choisissez" in dialog.error.text()  # nothing applied without a choice
    dialog.choices[0].setCurrentIndex(dialog.choices[0].findData("local"))
    dialog.submit()
    assert dialog.result_counts is not None
    assert window.service.load(window.dossier_id)["commune"] == "Tourcoing"
