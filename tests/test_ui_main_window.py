"""The main window driven as a référent would: typing, the keyboard, dialogs, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
)

from refparcours.demo import fill_demo
from refparcours.dossiers import DOSSIER, PERSON, DossierService
from refparcours.settings import load_settings
from refparcours.ui.main_window import MainWindow
from tests.a11y import assert_accessible
from tests.conftest import TODAY
from tests.qt_helpers import activate, run_in_next_dialog, shown_main_window, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, database):
    fill_demo(database, 40, seed=3, reference=date(2026, 11, 1))
    service = DossierService(database, today=lambda: TODAY)
    with shown_main_window(qtbot, service) as main:
        yield main


def visible_labels(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def add_family(window: MainWindow) -> tuple:
    """A household whose names carry accents, an apostrophe and a particle."""
    service = window.service
    dossier_id = service.create_dossier({"label": "Famille de La Tour-Gérard", "referent": "Claire Dumoulin"})
    person_id = service.add_member(PERSON, dossier_id, {"first_name": "Zoë", "last_name": "N'Diaye", "role": "enfant"})
    window.list_panel.reload()
    return dossier_id, person_id


def select(window: MainWindow, qtbot, dossier_id) -> None:
    window.list_panel.state_filter.setCurrentIndex(1)  # all dossiers
    assert window.list_panel.select(dossier_id)
    qtbot.waitUntil(lambda: window.editor.dossier_id == dossier_id)





def test_filter_as_you_type_ignores_accents_and_case(window, qtbot):
    dossier_id, _ = add_family(window)
    search = window.list_panel.search
    type_text(search, "tour gerard")
    assert "Famille de La Tour-Gérard" in visible_labels(window)
    assert all(label for label in visible_labels(window))

    search.clear()
    type_text(search, "ZOE ndiaye")  # a member's name, no accent, no apostrophe
    assert visible_labels(window) == ["Famille de La Tour-Gérard"]
    assert window.list_panel.count_label.text() == "1 dossier"

    search.clear()
    type_text(search, "xqzw")
    assert visible_labels(window) == []
    assert "Aucun dossier" in window.list_panel.count_label.text()


def test_state_filter_shows_closed_dossiers_only_when_asked(window, qtbot):
    panel = window.list_panel
    open_count = panel.model.rowCount()
    panel.state_filter.setCurrentIndex(1)
    assert panel.model.rowCount() == 40 > open_count
    closed_index = panel.state_filter.findText("Clos")
    panel.state_filter.setCurrentIndex(closed_index)
    states = {panel.model.index(row, 2).data() for row in range(panel.model.rowCount())}
    assert states == {"Clos"}


def test_keyboard_only_flow_from_search_to_editing(window, qtbot):
    add_family(window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.list_panel.search.hasFocus()
    type_text(window.list_panel.search, "tour gerard")
    qtbot.keyClick(window.list_panel.search, Qt.Key.Key_Down)
    view = window.list_panel.view
    assert view.hasFocus()
    assert window.editor.title.text() == "Famille de La Tour-Gérard"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    label_field = window.editor.form.widgets["label"]
    assert label_field.hasFocus()
    qtbot.keyClick(label_field, Qt.Key.Key_Tab)
    assert window.editor.form.widgets["state"].hasFocus()


def test_new_dossier_from_the_keyboard(window, qtbot):
    def fill(dialog: QDialog) -> None:
        label = dialog.findChild(QLineEdit, "label")
        assert dialog.focusWidget() is label
        type_text(label, "Famille Öztürk – Yılmaz")
        qtbot.keyClick(label, Qt.Key.Key_Return)

    driver = run_in_next_dialog(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    driver.check()
    activate(window, qtbot)
    assert window.editor.title.text() == "Famille Öztürk – Yılmaz"
    assert window.service.load(window.editor.dossier_id)["label"] == "Famille Öztürk – Yılmaz"
    assert window.list_panel.current_dossier() == window.editor.dossier_id

    # Undo removes the new dossier, redo brings back the very same one.
    created = window.editor.dossier_id
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert "Famille Öztürk – Yılmaz" not in visible_labels(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.service.load(created)["label"] == "Famille Öztürk – Yılmaz"


def test_empty_name_in_new_dossier_dialog_keeps_it_open_with_a_message(window, qtbot):
    messages = []

    def fill(dialog: QDialog) -> None:
        qtbot.keyClick(dialog.findChild(QLineEdit, "label"), Qt.Key.Key_Return)
        error = dialog.findChild(QLabel, "label_error")
        messages.append(error.text() if error.isVisible() else "")
        assert dialog.isVisible()
        dialog.reject()

    before = window.service.count()
    driver = run_in_next_dialog(fill)
    window.new_dossier()
    driver.check()
    activate(window, qtbot)
    assert messages == ["Le nom du dossier ne peut pas être vide."]
    assert window.service.count() == before


def test_each_edit_is_saved_at_once_and_can_be_undone_and_redone(window, qtbot):
    dossier_id, _ = add_family(window)
    select(window, qtbot, dossier_id)
    field = window.editor.form.widgets["label"]
    field.setFocus()
    field.selectAll()
    type_text(field, "Famille Tour-Gérard 🌟")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.service.load(dossier_id)["label"] == "Famille Tour-Gérard 🌟"
    assert window.editor.title.text() == "Famille Tour-Gérard 🌟"
    assert "Famille Tour-Gérard 🌟" in visible_labels(window)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.service.load(dossier_id)["label"] == "Famille de La Tour-Gérard"
    assert field.text() == "Famille de La Tour-Gérard"
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert window.service.load(dossier_id)["label"] == "Famille Tour-Gérard 🌟"


def test_undo_flushes_text_still_being_typed_first(window, qtbot):
    dossier_id, _ = add_family(window)
    select(window, qtbot, dossier_id)
    field = window.editor.form.widgets["referent"]
    field.setFocus()
    field.selectAll()
    type_text(field, "Karim Benali")
    window.undo()  # the typed text is saved first, then that save is what undo takes back
    assert window.service.load(dossier_id)["referent"] == "Claire Dumoulin"
    window.redo()
    assert window.service.load(dossier_id)["referent"] == "Karim Benali"


def test_refused_input_shows_a_french_message_and_keeps_the_typed_text(window, qtbot):
    dossier_id, person_id = add_family(window)
    select(window, qtbot, dossier_id)
    window.editor.tabs.setCurrentWidget(window.editor.persons)
    form = window.editor.persons.form
    birth = form.widgets["birth_date"]
    for typed, expected in (
        ("01/01/2099", "ne peut pas être dans le futur"),
        ("31/02/2020", "n'existe pas"),
        ("hier", "n'est pas une date"),
    ):
        birth.setFocus()
        birth.selectAll()
        type_text(birth, typed)
        qtbot.keyClick(birth, Qt.Key.Key_Return)
        error = form.error_labels["birth_date"]
        assert error.isVisible() and expected in error.text()
        assert birth.text() == typed, "what was typed stays on screen"
        assert expected in birth.accessibleDescription()
        assert window.service.load(dossier_id)["persons"][0]["birth_date"] is None

    # Escape puts back the saved value and clears the message.
    qtbot.keyClick(birth, Qt.Key.Key_Escape)
    assert birth.text() == "" and not form.error_labels["birth_date"].isVisible()

    label = window.editor.form.widgets["label"]
    label.setFocus()
    label.setText("x" * 20_000)
    label.setModified(True)
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert "trop long" in window.editor.form.error_labels["label"].text()
    assert window.service.load(dossier_id)["label"] == "Famille de La Tour-Gérard"


def test_right_to_left_and_emoji_names_are_kept_as_typed(window, qtbot):
    dossier_id, _ = add_family(window)
    select(window, qtbot, dossier_id)
    window.editor.tabs.setCurrentWidget(window.editor.persons)
    first = window.editor.persons.form.widgets["first_name"]
    first.setFocus()
    first.selectAll()
    type_text(first, "محمد 🌟")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert window.service.load(dossier_id)["persons"][0]["first_name"] == "محمد 🌟"
    assert window.editor.persons.model.index(0, 0).data() == "محمد 🌟"


def test_add_and_remove_household_members_with_undo(window, qtbot):
    dossier_id, _ = add_family(window)
    select(window, qtbot, dossier_id)

    def fill(dialog: QDialog) -> None:
        type_text(dialog.findChild(QLineEdit, "first_name"), "Loïc")
        type_text(dialog.findChild(QLineEdit, "last_name"), "d'Almeida")
        type_text(dialog.findChild(QLineEdit, "birth_date"), "14/07/1988")
        qtbot.keyClick(dialog.findChild(QLineEdit, "last_name"), Qt.Key.Key_Return)

    driver = run_in_next_dialog(fill)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | SHIFT)
    driver.check()
    activate(window, qtbot)
    persons = window.service.load(dossier_id)["persons"]
    assert [p["first_name"] for p in persons] == ["Zoë", "Loïc"]
    assert persons[1]["birth_date"] == date(1988, 7, 14)
    assert window.editor.tabs.tabText(1) == "F&oyer (2)"
    window.list_panel.search.setText("loic almeida")
    assert visible_labels(window) == ["Famille de La Tour-Gérard"]

    panel = window.editor.persons
    assert panel.current_record()["first_name"] == "Loïc"
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p["first_name"] for p in window.service.load(dossier_id)["persons"]] == ["Zoë"]
    window.undo()
    restored = window.service.load(dossier_id)["persons"]
    assert [p["first_name"] for p in restored] == ["Zoë", "Loïc"]
    assert restored[1]["id"] == persons[1]["id"]


def test_network_contact_chosen_by_the_family(window, qtbot):
    dossier_id, _ = add_family(window)
    select(window, qtbot, dossier_id)

    def fill(dialog: QDialog) -> None:
        type_text(dialog.findChild(QLineEdit, "name"), "Mme Lefèvre")
        kind = dialog.findChild(QComboBox, "kind")
        kind.setCurrentIndex(kind.findData("professionnel"))
        type_text(dialog.findChild(QLineEdit, "organisation"), "Collège Jean-Moulin")
        qtbot.keyClick(dialog.findChild(QLineEdit, "organisation"), Qt.Key.Key_Return)

    driver = run_in_next_dialog(fill)
    window._add_contact()
    driver.check()
    activate(window, qtbot)
    contacts = window.service.load(dossier_id)["contacts"]
    assert [(c["name"], c["kind"], c["organisation"]) for c in contacts] == [
        ("Mme Lefèvre", "professionnel", "Collège Jean-Moulin")]
    chosen = window.editor.contacts.form.widgets["chosen_by_family"]
    chosen.setFocus()
    qtbot.keyClick(chosen, Qt.Key.Key_Space)
    assert window.service.load(dossier_id)["contacts"][0]["chosen_by_family"] is False
    assert window.editor.contacts.model.index(0, 5).data() == "non"


def test_protected_address_is_hidden_everywhere_unless_revealed(window, qtbot):
    dossier_id, _ = add_family(window)
    window.service.set_fields(DOSSIER, dossier_id, {"address": "3 rue des Lilas", "commune": "Roubaix"})
    select(window, qtbot, dossier_id)
    form = window.editor.form
    assert form.widgets["address"].isVisible()
    form.widgets["address_protected"].setFocus()
    qtbot.keyClick(form.widgets["address_protected"], Qt.Key.Key_Space)
    assert window.service.load(dossier_id)["address_protected"] is True
    assert not form.widgets["address"].isVisible()
    assert not form.widgets["commune"].isVisible()
    row = window.list_panel.model.row_of(dossier_id)
    assert window.list_panel.model.index(row, 5).data() == "Adresse protégée"
    assert "Roubaix" not in [window.list_panel.model.index(row, c).data() for c in range(7)]

    qtbot.mouseClick(window.editor.reveal_button, Qt.MouseButton.LeftButton)
    assert form.widgets["address"].isVisible() and form.widgets["address"].text() == "3 rue des Lilas"

    # Another dossier, then back: hidden again.
    other = window.list_panel.model.dossier_id(0 if row else 1)
    select(window, qtbot, other)
    select(window, qtbot, dossier_id)
    assert not form.widgets["address"].isVisible()


def test_close_and_reopen_a_dossier(window, qtbot):
    dossier_id, _ = add_family(window)
    select(window, qtbot, dossier_id)

    def fill(dialog: QDialog) -> None:
        closed_on = dialog.findChild(QLineEdit, "closed_on")
        assert closed_on.text() == TODAY.strftime("%d/%m/%Y")
        reason = dialog.findChild(QComboBox, "closure_reason")
        reason.setCurrentIndex(reason.findData("La famille a trouvé sa solution elle-même"))
        qtbot.keyClick(closed_on, Qt.Key.Key_Return)

    driver = run_in_next_dialog(fill)
    qtbot.mouseClick(window.editor.close_button, Qt.MouseButton.LeftButton)
    driver.check()
    activate(window, qtbot)
    data = window.service.load(dossier_id)
    assert data["state"] == "clos" and data["closed_on"] == TODAY
    assert "22/11/2026" in window.editor.closed_label.text()
    assert window.editor.reopen_button.isVisible()

    qtbot.mouseClick(window.editor.reopen_button, Qt.MouseButton.LeftButton)
    data = window.service.load(dossier_id)
    assert data["state"] == "accompagnement" and data["closed_on"] is None
    window.undo()
    assert window.service.load(dossier_id)["state"] == "clos"


def test_ui_scale_grows_text_and_is_remembered(window, qtbot):
    app = QApplication.instance()
    before = app.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert app.font().pointSizeF() > before * 1.2
    assert window.list_panel.search.font().pointSizeF() == app.font().pointSizeF()
    assert load_settings().ui_scale == pytest.approx(1.3)
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert app.font().pointSizeF() == pytest.approx(before)


def test_every_input_has_a_label_and_an_accessible_name(window, qtbot):
    dossier_id, _ = add_family(window)
    select(window, qtbot, dossier_id)
    assert_accessible(window, visible_only=False)  # every tab of the dossier, shown or not (tests/a11y.py)


def test_a_colleague_s_change_appears_and_a_stale_edit_keeps_both_values(window, qtbot):
    from PySide6.QtWidgets import QTextBrowser

    dossier_id, _ = add_family(window)
    select(window, qtbot, dossier_id)
    commune = window.editor.form.widgets["commune"]
    commune.setFocus()
    type_text(commune, "Wattrelos")
    window.service.set_fields(DOSSIER, dossier_id, {"commune": "Tourcoing"})  # another session

    def choose(dialog):
        assert dialog.findChild(QTextBrowser, "conflict_mine").toPlainText() == "Wattrelos"
        assert dialog.findChild(QTextBrowser, "conflict_theirs").toPlainText() == "Tourcoing"
        dialog.findChild(QPushButton, "keep_mine").click()

    driver = run_in_next_dialog(choose)
    qtbot.keyClick(commune, Qt.Key.Key_Return)
    driver.check()
    assert window.service.load(dossier_id)["commune"] == "Wattrelos"
    window.service.set_fields(DOSSIER, dossier_id, {"territory": "Territoire des Deux-Rives"})
    window.editor.look_for_changes()
    assert window.editor.form.widgets["territory"].text() == "Territoire des Deux-Rives"
