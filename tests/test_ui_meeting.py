"""A whole meeting with the family, driven from the keyboard: presence, charter, notes of
several kinds and speakers, a decision turned into a plan action, read-back, printing —
with the family screen showing it live."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton

from refparcours.meetings import MeetingService
from tests.a11y import assert_accessible
from tests.qt_helpers import activate, benali_window, run_in_next_dialog, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, database):
    with benali_window(qtbot, database) as main:
        yield main


def key(window, qtbot, widget, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    activate(window, qtbot)
    widget.setFocus()
    QTest.keyClick(widget, k, modifiers)


def say(page, qtbot, speaker_key: int, kind_key: int, text: str) -> None:
    """Ctrl+N picks who speaks, Alt+N the kind, then the words and Entrée."""
    window = page.window()
    key(window, qtbot, page.input, getattr(Qt.Key, f"Key_{speaker_key}"), CTRL)
    QTest.keyClick(page.input, getattr(Qt.Key, f"Key_{kind_key}"), ALT)
    type_text(page.input, text)
    QTest.keyClick(page.input, Qt.Key.Key_Return)


def entries_on_disk(page) -> list[tuple[str, str, str]]:
    page.writer_flush()
    record = page.service.record(page.meeting_id)
    return [(e["kind"], e["speaker"], e["text"]) for p in record["phases"] for e in p["entries"]]


def test_a_whole_meeting_from_the_keyboard(window, qtbot, tmp_path):
    key(window, qtbot, window, Qt.Key.Key_M, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window._meeting_page)
    page = window.meeting_page
    assert [r["name"] for r in page.participants.rows] == ["Samira Benali", "Nadia Benali", "M. Caron", "Julie Martin"]

    # Preparation: the place and the agenda are the family's.
    place = page.prep_form.widgets["place"]
    key(window, qtbot, place, Qt.Key.Key_End)
    type_text(place, "Chez Samira, à Roubaix")
    QTest.keyClick(place, Qt.Key.Key_Tab)
    page.agenda.setFocus()
    type_text(page.agenda, "Le loyer, et l'école de Yanis")
    page.participant_view.setFocus()  # leaving the agenda saves it
    assert page.service.record(page.meeting_id)["agenda"] == "Le loyer, et l'école de Yanis"
    assert page.record["place"] == "Chez Samira, à Roubaix"

    # Presence: Space ticks "Présent·e" for everyone; Nadia came although not invited.
    view = page.participant_view
    for row in range(4):
        view.setCurrentIndex(page.participants.index(row, page.participants.PRESENT))
        QTest.keyClick(view, Qt.Key.Key_Space)
    assert all(r["present"] for r in page.participants.rows)

    # The invitation's button asks first in which language to print (a click, not print(checked)).
    asked = []
    driver = run_in_next_dialog(lambda dialog: (asked.append(dialog.windowTitle()), dialog.reject()))
    page.findChild(QPushButton, "print_invitation").click()
    driver.check()

    driver = run_in_next_dialog(lambda dialog: dialog._try_accept())  # the family is present
    page.open_button.click()
    driver.check()
    assert page.record["phase"] == "ouverture"
    # The family screen opens (F9) and shows the charter in plain words.
    key(window, qtbot, page.input, Qt.Key.Key_F9)
    screen = page.family_screen
    qtbot.waitUntil(screen.isVisible)
    assert "Rien ne se dit sur vous sans vous" in screen.body.toPlainText()
    page.charter_button.click()
    assert page.record["charter"]["acknowledged_by"] == "Samira Benali"
    key(window, qtbot, page.input, Qt.Key.Key_PageDown, CTRL)  # information
    assert page.record["phase"] == "information"

    say(page, qtbot, 1, 7, "Est-ce que la CAF peut revoir mon dossier ?")
    say(page, qtbot, 3, 2, "Le retard de loyer m'inquiète, je vous le dis à vous.")
    say(page, qtbot, 2, 3, "Je peux garder Yanis le mercredi.")
    # Live on the family screen, including the note being typed.
    key(window, qtbot, page.input, Qt.Key.Key_1, CTRL)
    type_text(page.input, "Je voudrais")
    assert "Je voudrais▌" in screen.body.toPlainText()
    QTest.keyClick(page.input, Qt.Key.Key_Return)

    key(window, qtbot, page.input, Qt.Key.Key_PageDown, CTRL)  # temps privé: Samira's side is picked
    assert page.record["phase"] == "temps_prive"
    type_text(page.input, "Nous avons peur qu'on nous juge.")
    QTest.keyClick(page.input, Qt.Key.Key_Return)
    key(window, qtbot, page.input, Qt.Key.Key_PageDown, CTRL)  # décisions
    say(page, qtbot, 4, 5, "Le CCAS monte le dossier FSL avec Samira")
    assert entries_on_disk(page) == [
        ("question", "Samira Benali", "Est-ce que la CAF peut revoir mon dossier ?"),
        ("inquietude", "M. Caron", "Le retard de loyer m'inquiète, je vous le dis à vous."),
        ("ressource", "Nadia Benali", "Je peux garder Yanis le mercredi."),
        ("ressource", "Samira Benali", "Je voudrais"),  # the kind stays until changed
        ("ressource", "Samira Benali", "Nous avons peur qu'on nous juge."),
        ("decision", "Julie Martin", "Le CCAS monte le dossier FSL avec Samira"),
    ]
    assert page.entries.entries[4]["private"]

    # The decision becomes a plan action, answering the family's need.
    page.entry_view.setCurrentIndex(page.entries.index(5))

    def to_action(dialog: QDialog) -> None:
        form = dialog.form
        who = form.widgets["who"]
        who.setCurrentIndex(who.findText("Un autre professionnel ou service (à écrire)"))
        type_text(form.widgets["who_organisation"], "CCAS")
        needs = form.widgets["need_id"]
        needs.setCurrentIndex(1)
        dialog._try_accept()

    driver = run_in_next_dialog(to_action)
    page.to_action.click()
    driver.check()
    plans = page.plans
    plan_id = plans.plan_for(window.dossier_id)
    action = plans.content(plan_id)["actions"][0]
    assert (action["what"], action["who"]["organisation"], action["need_text"]) == (
        "Le CCAS monte le dossier FSL avec Samira", "CCAS", "Ne plus avoir de retard de loyer")
    assert "Dans le projet : Le CCAS monte le dossier FSL" in screen.body.toPlainText()

    # Read-back, then the end: a new plan version, the next meeting in three months.
    key(window, qtbot, page.input, Qt.Key.Key_PageDown, CTRL)
    driver = run_in_next_dialog(lambda dialog: dialog._try_accept())
    page.read_back_button.click()
    driver.check()
    driver = run_in_next_dialog(lambda dialog: dialog._try_accept())
    page.end_button.click()
    driver.check()
    record = page.service.record(page.meeting_id)
    assert (record["status"], record["plan_version"], record["next_meeting_on"]) == ("terminee", 1, "2027-02-22")
    assert plans.versions(plan_id)[0].adopted_by == ["Samira Benali"]

    driver = run_in_next_dialog(lambda dialog: (asked.append(dialog.windowTitle()), dialog.reject()))
    page.record_button.click()
    driver.check()
    assert asked == ["Langue de l'invitation", "Langue du compte rendu"]
    out = tmp_path / "synthese.pdf"
    assert page.print_record(str(out)) == str(out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("Samira Benali", "Nous avons peur qu", "Le CCAS monte le dossier FSL", "Nadia Benali"):
        assert words in text


def test_undo_takes_a_note_back(window, qtbot):
    key(window, qtbot, window, Qt.Key.Key_M, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window._meeting_page)
    page = window.meeting_page
    meetings = page.service
    for row in page.participants.rows:
        meetings.set_presence(row["id"], True)
    meetings.open(page.meeting_id, family_present=True)
    page.acknowledge_charter()
    page.set_phase("information")
    say(page, qtbot, 1, 1, "Une note de trop")
    assert entries_on_disk(page) == [("information", "Samira Benali", "Une note de trop")]
    key(window, qtbot, page.entry_view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: entries_on_disk(page) == [])
    key(window, qtbot, page.entry_view, Qt.Key.Key_Y, CTRL)
    qtbot.waitUntil(lambda: len(entries_on_disk(page)) == 1)


def test_reopening_the_dossier_offers_to_resume_the_meeting_with_its_draft(window, qtbot, database):
    meetings = MeetingService(window.service)
    meeting_id = meetings.prepare(window.dossier_id, kind="synthese", planned_on="22/11/2026")
    samira = meetings.add_participant(meeting_id, name="Samira Benali", side="famille", present=True)
    meetings.open(meeting_id, family_present=True)
    from refparcours.meeting import load_charter

    meetings.acknowledge_charter(meeting_id, load_charter(), "Samira Benali")
    meetings.set_phase(meeting_id, "information")
    meetings.save_draft(meeting_id, "Le bailleur a dit que", samira, "information")
    window.editor.show_dossier(None)
    window.editor.show_dossier(window.dossier_id)
    assert window.editor.resume_button.isVisibleTo(window)
    window.editor.resume_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window._meeting_page)
    page = window.meeting_page
    assert page.input.toPlainText() == "Le bailleur a dit que"
    assert page.speaker.currentText().startswith("Samira Benali")
    assert "reprise" in page.message.text()


def test_the_family_screen_goes_dark_with_the_lock(window, qtbot):
    from PySide6.QtWidgets import QWidget

    key(window, qtbot, window, Qt.Key.Key_M, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window._meeting_page)
    page = window.meeting_page
    page.screen_button.setChecked(True)
    assert page.family_screen.isVisible()
    window.show_lock_screen(QWidget())
    assert not page.family_screen.isVisible()
    window.hide_lock_screen()
    assert page.family_screen.isVisible()


def test_the_meeting_screen_has_labels_and_accessible_names(window, qtbot):
    key(window, qtbot, window, Qt.Key.Key_M, CTRL | SHIFT)
    assert_accessible(window.meeting_page, visible_only=False)  # preparation and the live notes (tests/a11y.py)


def test_the_family_screen_text_size_changes_from_the_referent_keyboard_and_is_remembered(window, qtbot):
    from refparcours.settings import load_settings

    key(window, qtbot, window, Qt.Key.Key_M, CTRL | SHIFT)
    page = window.meeting_page
    page.screen_button.setChecked(True)
    before = page.family_screen.body.font().pointSizeF()
    key(window, qtbot, page.input, Qt.Key.Key_Equal, CTRL | ALT)
    assert page.family_screen.body.font().pointSizeF() > before
    assert load_settings().family_screen_scale == pytest.approx(1.15)
