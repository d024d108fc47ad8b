"""The PPF screen driven as a référent and a family would: from the keyboard, with undo,
adoption and the printed copy."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPlainTextEdit, QPushButton

from refparcours.dossiers import CONTACT, PERSON, DossierService
from refparcours.plans import PlanService
from refparcours.ppf import FAMILLE, Writer
from refparcours.ui.plan_print import PrintPlanDialog
from tests.a11y import assert_accessible
from tests.conftest import TODAY
from tests.qt_helpers import run_in_next_dialog, shown_main_window, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, database):
    service = DossierService(database, today=lambda: TODAY)
    dossier_id = service.create_dossier({"label": "Famille Benali", "referent": "Julie Martin",
                                         "opened_on": "02/09/2026"})
    service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": "Benali"})
    service.add_member(PERSON, dossier_id, {"first_name": "Yanis", "last_name": "Benali", "role": "enfant"})
    service.add_member(CONTACT, dossier_id, {"name": "Nadia Benali", "kind": "proche", "relation": "sœur"})
    service.add_member(CONTACT, dossier_id, {"name": "Mme Roux", "kind": "professionnel",
                                             "organisation": "Collège Jean-Moulin"})
    with shown_main_window(qtbot, service, select=dossier_id) as main:
        yield main


def open_plan(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_F, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window._plan_page)
    return window.plan_page


def choose_writer(page, qtbot, name: str) -> None:
    combo = page.writer_choice
    page.window().activateWindow()  # offscreen, a closed dialog does not give the activation back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    QTest.keyClick(combo, Qt.Key.Key_Home)
    while name not in combo.currentText():
        index = combo.currentIndex()
        QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != index, f"{name!r} is not among the writers"


def go_to(page, qtbot, label_start: str) -> None:
    page.nav.setFocus()
    QTest.keyClick(page.nav, Qt.Key.Key_Home)
    while not page.nav.currentIndex().data().startswith(label_start):
        row = page.nav.currentIndex().row()
        QTest.keyClick(page.nav, Qt.Key.Key_Down)
        assert page.nav.currentIndex().row() != row, f"no section {label_start!r}"


def add_text(section, qtbot, text: str, part: str | None = None) -> None:
    if part is not None:
        section.section_choice.setCurrentIndex(section.section_choice.findText(part))
    section.new_text.setFocus()
    type_text(section.new_text, text)
    QTest.keyClick(section.new_text, Qt.Key.Key_Return, CTRL)


def test_a_plan_built_with_the_keyboard_adopted_and_printed(window, qtbot, tmp_path):
    page = open_plan(window, qtbot)
    assert page.title.text() == "Projet pour la famille — Famille Benali"

    # Samira takes the keyboard and writes her demande in her words.
    choose_writer(page, qtbot, "Samira Benali (famille)")
    go_to(page, qtbot, "Votre demande")
    add_text(page.demande, qtbot, "Garder mon appartement & que Yanis reste au collège")
    assert page.content["demande"][0]["text"] == "Garder mon appartement & que Yanis reste au collège"
    assert page.content["demande"][0]["author"]["name"] == "Samira Benali"
    assert "écrit par Samira Benali" in page.demande.model.index(0).data()

    # A need in the housing domain, then a professional's action answering it.
    go_to(page, qtbot, "Logement")
    add_text(page.domain_section, qtbot, "Ne plus avoir de retard de loyer", part="Besoins")
    need = page.content["domains"][0]["entries"]["besoin"][0]
    assert need["text"] == "Ne plus avoir de retard de loyer"
    choose_writer(page, qtbot, "Julie Martin (référent·e)")
    go_to(page, qtbot, "Actions")

    def new_action(dialog: QDialog) -> None:
        form = dialog.form
        type_text(form.widgets["what"], "Monter le dossier FSL avec Samira")
        who = form.widgets["who"]
        who.setCurrentIndex(who.findText("Un autre professionnel ou service (à écrire)"))
        type_text(form.widgets["who_name"], "Julie Martin")
        type_text(form.widgets["who_organisation"], "CCAS")
        needs = form.widgets["need_id"]
        needs.setCurrentIndex(needs.findData(need["id"]))
        dialog._try_accept()

    driver = run_in_next_dialog(new_action)
    page.actions.add_button.setFocus()
    QTest.keyClick(page.actions.add_button, Qt.Key.Key_Space)
    driver.check()
    action = page.content["actions"][0]
    assert (action["what"], action["who"]["organisation"], action["need_text"]) == (
        "Monter le dossier FSL avec Samira", "CCAS", "Ne plus avoir de retard de loyer")
    # Edit its status from the form, then take it back with Ctrl+Z and bring it back with Ctrl+Y.
    status = page.actions.form.widgets["status"]
    status.setFocus()
    status.setCurrentIndex(status.findData("en_cours"))
    status.activated.emit(status.currentIndex())
    assert page.content["actions"][0]["status"] == "en_cours"
    window.activateWindow()  # offscreen, a closed dialog does not give the activation back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: page.content["actions"][0]["status"] == "en_projet")
    QTest.keyClick(window, Qt.Key.Key_Y, CTRL)
    qtbot.waitUntil(lambda: page.content["actions"][0]["status"] == "en_cours")

    # The family adopts it: version 1.
    go_to(page, qtbot, "Adoption")

    def adopt(dialog: QDialog) -> None:
        assert dialog.form.widgets["adopted_by"].text() == "Samira Benali"
        dialog._try_accept()

    driver = run_in_next_dialog(adopt)
    page.versions.adopt_button.click()
    driver.check()
    assert [v.number for v in page.versions.versions] == [1]
    assert "Dernière version : 1" in page.subtitle.text()

    # Printed for the family, handed to Samira.
    dialog = PrintPlanDialog(page.plans, page.plan_id, page.status, page)
    dialog.version_choice.setCurrentIndex(1)  # version 1
    dialog.recipient.setText("Samira Benali")
    assert dialog.pages_layout.count() >= 1  # the preview shows pages
    # Its save button asks where to save (a click, not save(checked)).
    driver = run_in_next_dialog(lambda file_dialog: file_dialog.reject(), kind=QFileDialog)
    dialog.save_button.click()
    driver.check()
    out = tmp_path / "projet.pdf"
    assert dialog.save(str(out)) == str(out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Garder mon appartement & que Yanis reste au collège" in text
    assert "Monter le dossier FSL" in text
    assert page.plans.versions(page.plan_id)[0].handovers[0]["recipient"] == "Samira Benali"

    # Back to the dossiers.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 0)


def test_the_family_words_are_only_reworded_with_their_agreement(window, qtbot):
    plans = PlanService(window.service)
    plan_id = plans.plan_for(window.dossier_id)
    plans.add_entry(plan_id, "demande", "on veut plus galérer", Writer(FAMILLE, "Samira Benali"))
    page = open_plan(window, qtbot)
    go_to(page, qtbot, "Votre demande")
    section = page.demande
    # The référent writes: the family's text is read-only, a proposal is offered instead.
    assert section.text_edit.isReadOnly()
    assert section.propose_button.isVisibleTo(page) and section.protected_note.isVisibleTo(page)

    def propose(dialog: QDialog) -> None:
        edit = dialog.findChild(QPlainTextEdit, "proposed_text")
        edit.selectAll()
        type_text(edit, "Ne plus être en difficulté")
        dialog.accept()

    driver = run_in_next_dialog(propose)
    section.propose_button.click()
    driver.check()
    assert section.model.index(0).data().count("Proposition de Julie Martin") == 1
    assert page.content["demande"][0]["text"] == "on veut plus galérer"
    assert not section.accept_button.isHidden()
    assert not section.accept_button.isEnabled()  # a professional cannot accept for the family
    assert "attend la décision de la famille" in section.protected_note.text()
    choose_writer(page, qtbot, "Samira Benali (famille)")
    section.refuse_button.click()
    assert page.content["demande"][0]["text"] == "on veut plus galérer"
    assert page.content["demande"][0]["pending"] == []
    assert not section.text_edit.isReadOnly()  # Samira may change her own words


def test_the_plan_screen_has_labels_and_accessible_names(window, qtbot):
    page = open_plan(window, qtbot)
    for key in ("Votre demande", "Logement", "Actions", "Point de vue", "Adoption"):
        go_to(page, qtbot, key)
        assert_accessible(page)  # tests/a11y.py


def test_the_lock_screen_covers_the_plan_and_gives_it_back(window, qtbot):
    from PySide6.QtWidgets import QWidget

    page = open_plan(window, qtbot)
    screen = QWidget()
    window.show_lock_screen(screen)
    assert window.pages.currentWidget() is screen
    window.hide_lock_screen()
    assert window.pages.currentWidget() is page


def test_printing_the_draft_freezes_a_version_once(window, qtbot, tmp_path):
    page = open_plan(window, qtbot)
    dialog = PrintPlanDialog(page.plans, page.plan_id, page.status, page)
    assert dialog.save(str(tmp_path / "a.pdf"))
    assert dialog.save(str(tmp_path / "b.pdf"))
    assert [v.number for v in page.plans.versions(page.plan_id)] == [1]
    dialog.copy_choice.setCurrentIndex(1)  # partner copy: to nobody yet
    assert dialog.message.text() == "Dites à qui la copie est destinée."
    assert not dialog.save_button.isEnabled()
    assert date.today()  # the dialog never needs the real date to print


def test_what_changed_since_the_last_synthesis(window, qtbot):
    from refparcours.ui.plan_page import CompareDialog

    plans = PlanService(window.service)
    plan_id = plans.plan_for(window.dossier_id)
    samira = Writer(FAMILLE, "Samira Benali")
    person = window.service.load(window.dossier_id)["persons"][0]["id"]
    action = plans.add_action(plan_id, {"what": "Appeler la CAF", "who_kind": "foyer", "who_person_id": person},
                              samira).created_id
    plans.adopt(plan_id, ["Samira Benali"])
    plans.edit_action(action, {"status": "realisee"}, samira)
    plans.add_action(plan_id, {"what": "Aller à la permanence", "who_kind": "foyer", "who_person_id": person}, samira)
    page = open_plan(window, qtbot)
    dialog = CompareDialog(page, page)
    report = dialog.report.toPlainText()
    assert "Actions réalisées" in report and "Appeler la CAF" in report
    assert "Nouvelles actions" in report and "Aller à la permanence — Samira Benali" in report
    dialog.after.setCurrentIndex(0)  # version 1 against itself
    assert dialog.report.toPlainText() == "Rien n'a changé."


def test_the_family_edits_its_own_words_and_ctrl_z_takes_it_back(window, qtbot):
    page = open_plan(window, qtbot)
    choose_writer(page, qtbot, "Samira Benali (famille)")
    go_to(page, qtbot, "Votre demande")
    add_text(page.demande, qtbot, "Un logement")
    edit = page.demande.text_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QTest.keyClick(edit, Qt.Key.Key_End)
    type_text(edit, " plus grand, près de l'école")
    page.nav.setFocus()  # leaving the field saves it
    assert page.content["demande"][0]["text"] == "Un logement plus grand, près de l'école"
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: page.content["demande"][0]["text"] == "Un logement")
    assert edit.toPlainText() == "Un logement"


def test_a_colleague_s_change_appears_and_a_stale_edit_shows_both_texts(window, qtbot):
    from PySide6.QtWidgets import QTextBrowser

    from refparcours.ppf import PROFESSIONNEL

    plans = PlanService(window.service)
    plan_id = plans.plan_for(window.dossier_id)
    julie = Writer(PROFESSIONNEL, "Julie Martin")
    need = plans.add_entry(plan_id, "besoin", "Un logement", Writer(FAMILLE, "Samira Benali"),
                           domain="logement").created_id
    action = plans.add_action(plan_id, {"what": "Monter le dossier FSL", "who_kind": "professionnel",
                                        "who_name": "Julie Martin", "need_id": need}, julie).created_id
    page = open_plan(window, qtbot)
    go_to(page, qtbot, "Actions")
    # Another session (a colleague on the team server) changes "how" meanwhile.
    colleague = PlanService(DossierService(window.service.database, today=window.service.today))
    colleague.edit_action(action, {"how": "Avec la CAF, le mardi"}, Writer(PROFESSIONNEL, "Karim Benali"))
    how = page.actions.form.widgets["how"]
    how.setFocus()
    type_text(how, "Par téléphone")

    def choose(dialog):
        assert dialog.findChild(QTextBrowser, "conflict_mine").toPlainText() == "Par téléphone"
        assert dialog.findChild(QTextBrowser, "conflict_theirs").toPlainText() == "Avec la CAF, le mardi"
        dialog.findChild(QPushButton, "keep_merged").click()

    driver = run_in_next_dialog(choose)
    page.nav.setFocus()  # leaving the field saves it: the conflict is shown
    driver.check()
    assert plans.content(plan_id)["actions"][0]["how"] == "Avec la CAF, le mardi\nPar téléphone"
    # A colleague's change reaches the open screen at its next look, without any click.
    colleague.edit_action(action, {"status": "en_cours"}, Writer(PROFESSIONNEL, "Karim Benali"))
    page.look_for_changes()
    assert page.content["actions"][0]["status"] == "en_cours"
