"""Accessibility of every screen: each input named for screen readers and labelled on screen,
Tab going everywhere without a trap, the main flows from the keyboard only, status changes
announced, and the themes (high contrast measured against WCAG AAA, large type, per-screen
text size, the family screen's own colours)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget

from refparcours.dossiers import DossierService
from refparcours.settings import Settings, load_settings
from refparcours.ui import themes
from refparcours.ui.main_window import MainWindow
from tests.a11y import (
    accessible_description,
    accessible_name,
    assert_tab_reaches_everything,
    describe,
    offenders,
)
from tests.conftest import TODAY
from tests.qt_helpers import activate, benali_window, run_in_next_dialog, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, database):
    """A window on a small caseload, with a family that has a network and a need in its plan."""
    with benali_window(qtbot, database, caseload=8, sister=False) as main:
        yield main
    themes.apply_theme("standard")


def key(window, qtbot, k, modifiers=Qt.KeyboardModifier.NoModifier, widget=None) -> None:
    """A key pressed where the focus is (or on ``widget``), the window in front."""
    activate(window, qtbot)
    QTest.keyClick(widget or QApplication.focusWidget() or window, k, modifiers)


def open_the_meeting(window, qtbot, look=None) -> None:
    """Everyone ticked present (Space in the table), then "Ouvrir la rencontre" accepted."""
    meeting = window.meeting_page
    view = meeting.participant_view
    for row in range(meeting.participants.rowCount()):
        view.setCurrentIndex(meeting.participants.index(row, meeting.participants.PRESENT))
        QTest.keyClick(view, Qt.Key.Key_Space)
    driver = run_in_next_dialog(lambda dialog: ((look or (lambda _d: None))(dialog), dialog._try_accept()))
    meeting.open_button.click()
    driver.check()
    activate(window, qtbot)
    assert meeting.record["phase"] == "ouverture"


class Findings:
    """Offenders per screen, all reported at once."""

    def __init__(self) -> None:
        self.by_screen: dict[str, list[str]] = {}

    def check(self, screen: str, root: QWidget) -> None:
        self.by_screen[screen] = offenders(root)

    def in_dialog(self, screen: str, action) -> None:
        def look(dialog: QDialog) -> None:
            self.check(screen, dialog)
            dialog.reject()

        driver = run_in_next_dialog(look)
        action()
        driver.check()

    def assert_none(self) -> None:
        found = [f"{screen}:\n  " + "\n  ".join(problems) for screen, problems in self.by_screen.items() if problems]
        assert not found, "\n".join(found)


# -- names and labels ---------------------------------------------------------------------------


def test_every_screen_of_the_window_names_and_labels_its_inputs(window, qtbot):
    found = Findings()
    found.check("dossier list", window)
    tabs = window.editor.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found.check(f"dossier tab {tabs.tabText(index)}", window)
    tabs.setCurrentIndex(1)  # a person chosen: the person's form
    window.editor.persons.view.setCurrentIndex(window.editor.persons.model.index(0, 0))
    found.check("a person of the household", window)

    found.in_dialog("new dossier", window.new_dossier)
    found.in_dialog("adding a person", window._add_person)
    found.in_dialog("closing the dossier", lambda: window.editor.close_dossier())
    found.in_dialog("screening", window.start_screening)
    for name in ("show_followups", "print_leaflet", "show_partners", "show_retention"):
        found.in_dialog(name, getattr(window, name))

    window.open_plan()
    page = window.plan_page
    for row in range(page.nav.model().rowCount()):
        page.nav.setCurrentIndex(page.nav.model().index(row, 0))
        found.check(f"plan: {page.nav.currentIndex().data()}", window)
    window.close_plan()

    window.open_meeting()
    meeting = window.meeting_page
    found.check("meeting being prepared", window)
    open_the_meeting(window, qtbot, lambda dialog: found.check("opening the meeting", dialog))
    found.check("meeting under way", window)
    meeting.screen_button.setChecked(True)
    found.check("family screen", meeting.family_screen)
    window.close_plan()

    window.open_directory()
    found.check("directory", window)
    window.close_plan()
    window.open_dashboard()
    found.check("dashboard", window)
    window.close_plan()

    from refparcours.ui.lock import LockScreen

    window.show_lock_screen(LockScreen("Claire Dumoulin"))
    found.check("lock screen", window)
    window.hide_lock_screen()
    found.assert_none()


def test_the_dialogs_opened_from_buttons_name_and_label_their_inputs(window, qtbot):
    from refparcours.consents import ConsentService
    from refparcours.ui.screening_dialog import DesignationDialog, ProposalDialog
    from refparcours.ui.sharing import ConsentDialog, PackageImportDialog

    found = Findings()
    dossier = window.service.load(window.dossier_id, record_read=False)
    conflict = SimpleNamespace(table="personne", id="1", fields=["first_name"], local={"first_name": "Samira"},
                               package={"first_name": "Samia"})
    merge = SimpleNamespace(label="Famille Benali", new=[], local_only=0, conflicts=[conflict])
    for name, dialog in (
        ("consent", ConsentDialog(ConsentService(window.service), dossier, parent=window)),
        ("legal ground", ConsentDialog(ConsentService(window.service), dossier, legal_ground=True, parent=window)),
        ("offer of the approach", ProposalDialog(TODAY, window)),
        ("choice of référent", DesignationDialog(["M. Caron (CAF)"], TODAY, window)),
        ("package import", PackageImportDialog(None, merge, window)),
    ):
        dialog.show()
        found.check(name, dialog)
        dialog.close()
    found.assert_none()


@pytest.fixture
def installed(tmp_path, monkeypatch):
    from refparcours.security.accounts import Installation
    from refparcours.security.keys import KdfParams

    monkeypatch.setenv("REFPARCOURS_FAST_KDF", "1")
    path = tmp_path / "equipe.sqlite"
    session, recovery_key = Installation(path, KdfParams.fast()).create("claire", "Claire Dumoulin", "un mot de passe")
    yield Installation(path), session, recovery_key
    session.close()


def test_the_login_and_administration_dialogs_name_and_label_their_inputs(qtbot, installed):
    from refparcours.ui.admin import AccountsDialog, AuditLogDialog, ChangePasswordDialog, NewAccountDialog
    from refparcours.ui.lock import LockScreen
    from refparcours.ui.login import FirstAccountDialog, LoginDialog, RecoveryDialog, RecoveryKeyDialog

    installation, session, recovery_key = installed
    found = Findings()
    for name, widget in (
        ("login", LoginDialog(installation, "claire")),
        ("first account", FirstAccountDialog(installation)),
        ("recovery", RecoveryDialog(installation)),
        ("recovery key", RecoveryKeyDialog(recovery_key)),
        ("audit log", AuditLogDialog(session)),
        ("accounts", AccountsDialog(installation, session)),
        ("new account", NewAccountDialog(installation, session)),
        ("password change", ChangePasswordDialog(installation, session)),
        ("lock screen", LockScreen("Claire Dumoulin")),
    ):
        qtbot.addWidget(widget)
        widget.show()
        found.check(name, widget)
        widget.close()
    found.assert_none()


def test_the_walker_catches_an_unnamed_input_and_an_unlabelled_field(qtbot):
    from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    named_only = QLineEdit(objectName="named_only")
    named_only.setAccessibleName("Nom")
    labelled = QLineEdit(objectName="labelled")
    caption = QLabel("&Prénom :")
    caption.setBuddy(labelled)
    icon_only = QToolButton(objectName="icon_only")
    for widget in (named_only, caption, labelled, icon_only, QPushButton("Valider")):
        layout.addWidget(widget)
    page.show()
    problems = offenders(page)
    assert len(problems) == 2
    assert "named_only" in problems[0] and "no visible label" in problems[0]
    assert "icon_only" in problems[1] and "no accessible name" in problems[1]
    assert accessible_name(labelled) == "Prénom :"  # what a screen reader says comes from the label


def test_controls_whose_name_is_not_enough_have_a_description(window, qtbot):
    window.open_meeting()
    meeting = window.meeting_page
    assert "Maj+F9" in accessible_description(meeting.screen_button)
    assert "Entrée" in accessible_description(meeting.input)
    window.close_plan()
    window.open_plan()
    assert accessible_description(window.plan_page.writer_choice)
    window.close_plan()
    protected = window.editor.form.widgets["address_protected"]
    assert "violences" in accessible_description(protected)


# -- the keyboard -------------------------------------------------------------------------------


def test_tab_goes_through_every_input_of_each_page_without_a_trap(window, qtbot):
    # The dossiers: search, filter, list, then the dossier's tabs and fields.
    order = assert_tab_reaches_everything(window, window.list_panel.search)
    panel = window.list_panel
    assert order[:3] == [panel.search, panel.state_filter, panel.view]
    form = [window.editor.form.widgets[name] for name in window.editor.form.widgets
            if window.editor.form.widgets[name].isVisible()]
    positions = [order.index(widget) for widget in form]
    assert positions == sorted(positions), "the dossier's fields are not reached top to bottom"

    window.open_plan()
    page = window.plan_page
    for row in (0, 1, page.nav.model().rowCount() - 3):  # the request, a domain, the actions
        page.nav.setCurrentIndex(page.nav.model().index(row, 0))
        order = assert_tab_reaches_everything(page, page.back_button)
        assert order[1:3] == [page.writer_choice, page.nav]
    window.close_plan()

    window.open_meeting()
    meeting = window.meeting_page
    assert_tab_reaches_everything(meeting, meeting.back_button)
    open_the_meeting(window, qtbot)
    meeting.charter_button.click()
    meeting.next_phase()
    activate(window, qtbot)
    order = assert_tab_reaches_everything(meeting, meeting.back_button)
    # Typing a note comes before going back over the notes.
    assert order.index(meeting.speaker) < order.index(meeting.input) < order.index(meeting.entry_view)
    window.close_plan()

    window.open_directory()
    assert_tab_reaches_everything(window.directory_page, window.directory_page.search)
    window.close_plan()
    window.open_dashboard()
    qtbot.waitUntil(lambda: not window.dashboard_page.loading if hasattr(window.dashboard_page, "loading") else True)
    assert_tab_reaches_everything(window.dashboard_page, window.dashboard_page.focusWidget()
                                  or window.dashboard_page.findChildren(QPushButton)[0])


def test_tab_goes_through_the_main_dialogs(window, qtbot):
    def through(dialog: QDialog) -> None:
        activate(dialog, qtbot)
        assert_tab_reaches_everything(dialog, QApplication.focusWidget())
        dialog.reject()

    for action in (window.new_dossier, window.start_screening, window._add_person, window.show_partners):
        driver = run_in_next_dialog(through)
        action()
        driver.check()
        activate(window, qtbot)


def test_the_main_flows_with_the_keyboard_only(window, qtbot):
    # From the search field: find the family, open its dossier.
    key(window, qtbot, Qt.Key.Key_F, CTRL, widget=window)
    assert window.list_panel.search.hasFocus()
    window.list_panel.search.clear()
    type_text(window.list_panel.search, "benali")
    key(window, qtbot, Qt.Key.Key_Down)
    assert window.list_panel.view.hasFocus()
    key(window, qtbot, Qt.Key.Key_Return)
    assert window.editor.form.widgets["label"].hasFocus()
    assert window.editor.title.text() == "Famille Benali"

    # The screening opens from the keyboard and Échap closes it.
    def leave(dialog: QDialog) -> None:
        activate(dialog, qtbot)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    driver = run_in_next_dialog(leave)
    key(window, qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    driver.check()

    # The plan: a text added in the request, then Alt+← back.
    key(window, qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    page = window.plan_page
    assert window.pages.currentWidget() is page and page.nav.hasFocus()
    key(window, qtbot, Qt.Key.Key_Backtab, SHIFT)  # "Qui écrit ?": Samira, the family
    assert page.writer_choice.hasFocus()
    while "Samira" not in page.writer_choice.currentText():
        key(window, qtbot, Qt.Key.Key_Down)
    key(window, qtbot, Qt.Key.Key_Tab)
    key(window, qtbot, Qt.Key.Key_Home)
    while QApplication.focusWidget() is not page.demande.new_text:
        key(window, qtbot, Qt.Key.Key_Tab)
    type_text(page.demande.new_text, "Garder notre appartement")
    key(window, qtbot, Qt.Key.Key_Return, CTRL)
    assert [e["text"] for e in page.content["demande"]] == ["Garder notre appartement"]
    back_to_the_dossiers(window, qtbot)

    # The meeting: a note typed and saved with Entrée.
    key(window, qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    meeting = window.meeting_page
    assert window.pages.currentWidget() is meeting
    open_the_meeting(window, qtbot)
    meeting.charter_button.setFocus()
    key(window, qtbot, Qt.Key.Key_Space)  # the charter read with the family
    key(window, qtbot, Qt.Key.Key_PageDown, CTRL)  # the next step
    meeting.phase_choice.setFocus()
    while QApplication.focusWidget() is not meeting.input:
        key(window, qtbot, Qt.Key.Key_Tab)
    type_text(meeting.input, "Nous voulons rester à Roubaix")
    key(window, qtbot, Qt.Key.Key_Return)
    meeting.writer_flush()
    texts = [e["text"] for p in meeting.service.record(meeting.meeting_id)["phases"] for e in p["entries"]]
    assert texts == ["Nous voulons rester à Roubaix"]
    back_to_the_dossiers(window, qtbot)

    # The directory and the dashboard, each with its shortcut, and back.
    key(window, qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    assert window.pages.currentWidget() is window.directory_page
    assert window.directory_page.isAncestorOf(QApplication.focusWidget())
    back_to_the_dossiers(window, qtbot)
    key(window, qtbot, Qt.Key.Key_T, CTRL | SHIFT)
    assert window.pages.currentWidget() is window.dashboard_page
    back_to_the_dossiers(window, qtbot)


def back_to_the_dossiers(window, qtbot) -> None:
    key(window, qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 0)  # a button's shortcut clicks it after a flash


# -- announcements --------------------------------------------------------------------------------


@pytest.fixture
def announced(monkeypatch):
    """What screen readers are told (the accessibility events Qt would pass on to them)."""
    said: list[tuple[str, bool]] = []
    real = QAccessible.updateAccessibility

    def record(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append((event.message(), event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


def test_status_changes_are_announced_to_screen_readers(window, qtbot, announced):
    from refparcours.ui.lock import LockScreen

    window._focus_editor()
    assert ("Dossier ouvert : Famille Benali", False) in announced
    field = window.editor.form.widgets["referent"]
    field.setFocus()
    field.selectAll()
    type_text(field, "Karim Benali")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert ("Enregistré.", False) in announced

    window.open_plan()
    assert ("Projet pour la famille (PPF)", False) in announced
    window.close_plan()
    window.open_meeting()
    meeting = window.meeting_page
    open_the_meeting(window, qtbot)
    meeting.charter_button.click()
    meeting.next_phase()
    assert any(text.startswith("Étape : ") for text, _ in announced), announced
    window.close_plan()

    window.show_lock_screen(LockScreen("Claire Dumoulin"))
    window.hide_lock_screen()
    assert ("Dossiers", False) in announced


def test_the_lock_is_announced_at_once(qtbot, installed, announced):
    from refparcours.ui.lock import LockController

    installation, session, _ = installed
    window = MainWindow(DossierService(session.database, actor=session.actor), Settings(),
                        QApplication.font().pointSizeF())
    qtbot.addWidget(window)
    window.attach_lock(LockController(window, installation, session, minutes=5))
    window.show()
    window.lock()
    assert ("refparcours est verrouillé : saisissez votre mot de passe", True) in announced


# -- themes ----------------------------------------------------------------------------------------

TEXT_ROLES = [  # text colour, background it is read on
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.LinkVisited, QPalette.ColorRole.Base),
]


def test_contrast_ratio_follows_wcag():
    assert themes.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert themes.contrast_ratio("#777777", "#777777") == pytest.approx(1)
    assert themes.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's own example


def test_high_contrast_reaches_wcag_aaa_for_every_text(qapp):
    palette = themes.apply_theme("contraste")
    try:
        palette = QApplication.instance().palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for text, background in TEXT_ROLES:
                ratio = themes.contrast_ratio(palette.color(group, text), palette.color(group, background))
                assert ratio >= 7, f"{text.name} on {background.name}: {ratio:.1f}"
        disabled = QPalette.ColorGroup.Disabled
        for text, background in TEXT_ROLES[:4]:  # greyed-out, but still to be read
            ratio = themes.contrast_ratio(palette.color(disabled, text), palette.color(disabled, background))
            assert ratio >= 7, f"disabled {text.name} on {background.name}: {ratio:.1f}"
        # Borders and the focus mark: 3:1 at least against the background (WCAG 1.4.11).
        for colour in ("#000000", themes.NAVY):
            assert themes.contrast_ratio(colour, palette.color(QPalette.ColorRole.Window)) >= 3
        assert themes.contrast_ratio("#000000", themes.FOCUS_FILL) >= 7  # text in the field being typed in
    finally:
        themes.apply_theme("standard")


def test_large_type_keeps_greyed_out_and_placeholder_text_readable(qapp):
    """Large type keeps the platform's colours, but not its faint grey for what cannot be used yet."""
    standard = QPalette(QApplication.instance().palette())
    themes.apply_theme("grands_caracteres")
    try:
        palette = QApplication.instance().palette()
        disabled = QPalette.ColorGroup.Disabled
        for text, background in TEXT_ROLES[:4]:
            ratio = themes.contrast_ratio(palette.color(disabled, text), palette.color(disabled, background))
            assert ratio >= 7, f"disabled {text.name} on {background.name}: {ratio:.1f}"
        placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
        assert themes.contrast_ratio(placeholder, palette.color(QPalette.ColorRole.Base)) >= 7
        assert placeholder != palette.color(QPalette.ColorRole.Text)  # still told apart from typed text
        assert palette.color(QPalette.ColorRole.Highlight) == standard.color(QPalette.ColorRole.Highlight)
    finally:
        themes.apply_theme("standard")
    assert QApplication.instance().palette().color(disabled, QPalette.ColorRole.Text) == \
        standard.color(disabled, QPalette.ColorRole.Text)


def test_colours_set_by_the_screens_stay_readable_in_every_theme(qapp):
    from refparcours.ui.admin import OK_STYLE
    from refparcours.ui.directory_page import STALE_COLOR
    from refparcours.ui.forms import ERROR_COLOR

    for key in ("standard", "contraste"):
        themes.apply_theme(key)
        palette = QApplication.instance().palette()
        try:
            for colour in (ERROR_COLOR, STALE_COLOR, OK_STYLE.split("color:")[1].split(";")[0].strip()):
                for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                                   QPalette.ColorRole.AlternateBase):
                    ratio = themes.contrast_ratio(colour, palette.color(background))
                    assert ratio >= 7, f"{colour} on {background.name} ({key}): {ratio:.1f}"
        finally:
            themes.apply_theme("standard")


def test_family_screen_themes_reach_wcag_aaa():
    for colors in themes.FAMILY_THEME_COLORS.values():
        assert themes.contrast_ratio(colors.ink, colors.background) >= 7
        assert themes.contrast_ratio(colors.accent, colors.background) >= 7


def test_the_theme_menu_applies_at_once_and_is_remembered(window, qtbot):
    app = QApplication.instance()
    before = app.font().pointSizeF()
    window.findChild(QAction, "theme_contraste").trigger()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert "border: 3px solid" in app.styleSheet()
    assert load_settings().theme == "contraste"
    assert window.findChild(QAction, "theme_contraste").isChecked()
    assert offenders(window) == []

    window.findChild(QAction, "theme_grands_caracteres").trigger()
    assert app.font().pointSizeF() == pytest.approx(before * 1.3)
    assert window.list_panel.search.font().pointSizeF() == pytest.approx(before * 1.3)
    assert load_settings().theme == "grands_caracteres"
    # Ctrl++ still works on top of large type.
    key(window, qtbot, Qt.Key.Key_Plus, CTRL, widget=window)
    assert app.font().pointSizeF() == pytest.approx(before * 1.3 * 1.15)

    window.findChild(QAction, "theme_standard").trigger()
    assert app.styleSheet() == ""
    assert load_settings().theme == "standard"


def test_a_new_window_opens_in_the_remembered_theme(qtbot, database):
    settings = Settings(theme="contraste")
    window = MainWindow(DossierService(database, today=lambda: TODAY), settings, QApplication.font().pointSizeF())
    qtbot.addWidget(window)
    try:
        assert window.findChild(QAction, "theme_contraste").isChecked()
        assert QApplication.instance().palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
        assert QApplication.instance().styleSheet()
    finally:
        themes.apply_theme("standard")


def test_the_first_dialogs_open_in_the_remembered_theme_and_size(qtbot, monkeypatch):
    from refparcours.cli import build_parser
    from refparcours.settings import save_settings
    from refparcours.ui import application

    monkeypatch.setenv("REFPARCOURS_FAST_KDF", "1")
    save_settings(Settings(theme="contraste", ui_scale=1.3))
    app = QApplication.instance()
    base = app.font()
    seen = {}

    def look(dialog: QDialog) -> None:  # the first account, before any window
        seen.update(window=app.palette().color(QPalette.ColorRole.Window).name(), size=dialog.font().pointSizeF(),
                    problems=offenders(dialog))
        dialog.reject()

    driver = run_in_next_dialog(look)
    try:
        assert application.run_gui(build_parser().parse_args([])) == 0
    finally:
        themes.apply_theme("standard")
        app.setFont(base)
    driver.check()
    assert seen == {"window": "#ffffff", "size": pytest.approx(base.pointSizeF() * 1.3), "problems": []}


def test_unknown_theme_and_broken_scales_in_the_settings_file_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "fluo", "family_screen_theme": 3, "ui_scale": 1.3,
                                "ui_scales": {"HDMI-1": 1.75, "DP-2": "grand", "eDP-1": 99, "X": float("nan")},
                                "family_screen_scales": ["pas", "un", "dictionnaire"]}), encoding="utf-8")
    settings = load_settings(path)
    assert (settings.theme, settings.family_screen_theme) == ("standard", "standard")
    assert settings.ui_scales == {"HDMI-1": 1.75, "eDP-1": 2.5}
    assert settings.family_screen_scales == {}
    assert settings.scale_for("HDMI-1") == 1.75
    assert settings.scale_for("an unknown screen") == 1.3


def test_the_family_screen_colours_change_from_the_referent_keyboard_and_are_remembered(window, qtbot):
    window.open_meeting()
    meeting = window.meeting_page
    meeting.screen_button.setChecked(True)
    screen = meeting.family_screen
    assert "background: #ffffff" in screen.styleSheet()
    key(window, qtbot, Qt.Key.Key_F9, SHIFT, widget=meeting.input)
    assert load_settings().family_screen_theme == "contraste"
    assert "background: #000000" in screen.styleSheet() and "#ffff00" in screen.styleSheet()
    assert "blanc et jaune sur noir" in meeting.message.text()
    # The app's high contrast theme does not reach the family screen: it keeps its own colours.
    window.set_theme("contraste")
    assert screen.body.palette().color(QPalette.ColorRole.Base).name() != "#ffffff" or \
        "background: #000000" in screen.styleSheet()
    key(window, qtbot, Qt.Key.Key_F9, SHIFT, widget=meeting.input)
    assert load_settings().family_screen_theme == "standard"


# -- the text size per screen ------------------------------------------------------------------------


class _Screen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_the_text_size_is_remembered_per_screen(window, qtbot):
    app = QApplication.instance()
    base = window._base_point_size
    laptop = "Portable"
    window._screen_changed(_Screen(laptop))
    window.settings.ui_scales["Projecteur"] = 1.75
    window._screen_changed(_Screen("Projecteur"))
    assert app.font().pointSizeF() == pytest.approx(base * 1.75)
    key(window, qtbot, Qt.Key.Key_Minus, CTRL, widget=window)
    assert load_settings().ui_scales["Projecteur"] == 1.5
    window._screen_changed(_Screen(laptop))
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)  # the laptop had no size of its own yet
    key(window, qtbot, Qt.Key.Key_0, CTRL, widget=window)
    assert load_settings().ui_scales == {"Projecteur": 1.5, laptop: 1.0}
    window._screen_changed(_Screen("Projecteur"))
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    window._screen_changed(_Screen("Télévision"))  # never seen: the last size chosen
    assert app.font().pointSizeF() == pytest.approx(base * 1.0)


MOVING_SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    from refparcours.data.database import open_database
    from refparcours.dossiers import DossierService
    from refparcours.settings import load_settings
    from refparcours.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    base = app.font().pointSizeF()
    database = open_database(sys.argv[1])
    window = MainWindow(DossierService(database), load_settings(), base)
    window.show()
    app.processEvents()
    laptop, projector = app.screens()
    sizes = [window.screen().name(), app.font().pointSizeF() / base]
    window.windowHandle().setScreen(projector)  # what the window system does when it is dragged across
    app.processEvents()
    sizes += [window.screen().name(), app.font().pointSizeF() / base]
    window.windowHandle().setScreen(laptop)
    app.processEvents()
    sizes += [window.screen().name(), app.font().pointSizeF() / base]
    print(json.dumps(sizes))
    database.close()
""")


def test_moving_the_window_to_another_screen_applies_its_size(tmp_path):
    """Two screens (Qt's offscreen platform can have several): the window takes the size
    remembered for the screen it is moved to, and back."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "Portable", "x": 0, "y": 0, "width": 1280, "height": 800},
        {"name": "Projecteur", "x": 1280, "y": 0, "width": 1920, "height": 1080}]}), encoding="utf-8")
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(json.dumps({"ui_scale": 1.0, "ui_scales": {"Projecteur": 1.75}}),
                                              encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "REFPARCOURS_CONFIG_DIR": str(config_dir),
           "REFPARCOURS_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", MOVING_SCRIPT, str(tmp_path / "base.sqlite")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    sizes = json.loads(result.stdout.strip().splitlines()[-1])
    assert sizes == ["Portable", 1.0, "Projecteur", 1.75, "Portable", 1.0]


def test_the_family_screen_size_is_remembered_per_screen(window, qtbot):
    window.open_meeting()
    meeting = window.meeting_page
    meeting.screen_button.setChecked(True)
    screen = meeting.family_screen
    # Offscreen, the one screen has no name: the size is the one for screens met the first time.
    assert screen.screen().name() == ""
    before = screen.body.font().pointSizeF()
    key(window, qtbot, Qt.Key.Key_Equal, CTRL | Qt.KeyboardModifier.AltModifier, widget=meeting.input)
    assert screen.body.font().pointSizeF() > before
    assert load_settings().family_screen_scale == pytest.approx(1.15)
    # A projector's own size wins there; it does not change the size elsewhere.
    settings = screen.settings
    settings.remember_family_scale("Projecteur", 2.0)
    settings.remember_family_scale("Télévision", 1.5)
    assert (settings.family_scale_for("Projecteur"), settings.family_scale_for("Télévision")) == (2.0, 1.5)
    assert settings.family_scale_for("un écran jamais vu") == 1.5
    meeting.zoom_family_screen(1.15)  # on this screen: from the size for screens not seen before
    assert settings.family_screen_scale == pytest.approx(1.72)
    assert settings.family_scale_for("Projecteur") == 2.0


def test_describe_names_the_widget_and_its_window(window):
    assert "dossier_search" in describe(window.list_panel.search)


def test_large_type_at_130_percent_still_fits_a_laptop_screen(window, qtbot):
    """Nothing (a row of buttons, a long label) makes the window wider than a 1280-pixel screen."""
    window.set_theme("grands_caracteres")
    window.apply_scale(1.3)
    window.open_plan()
    window.close_plan()
    window.open_meeting()
    window.close_plan()
    widths = {}
    for name, page in (("dossiers", window.pages.widget(0)), ("plan", window.plan_page),
                       ("meeting", window.meeting_page)):
        widths[name] = page.minimumSizeHint().width()
    assert max(widths.values()) <= 1280 - 16, widths  # the window's own margins


def test_the_plan_and_directory_dialogs_name_and_label_their_inputs(window, qtbot, tmp_path):
    from refparcours.structures import DirectoryService
    from refparcours.ui.directory_page import ImportDialog, StructurePicker, WhereToGoDialog
    from refparcours.ui.plan_page import CompareDialog
    from refparcours.ui.plan_print import PrintPlanDialog

    window.open_plan()
    page = window.plan_page
    page.plans.adopt(page.plan_id, ["Samira Benali"])  # a version to compare with
    spreadsheet = tmp_path / "annuaire.csv"
    spreadsheet.write_text("Nom;Type;Domaines;Ville\nADIL du Nord;Association;Logement;Roubaix\n", encoding="utf-8")
    directory = DirectoryService(window.service)
    found = Findings()
    for name, make in (
        ("what changed", lambda: CompareDialog(page, window)),
        ("printing the plan", lambda: PrintPlanDialog(page.plans, page.plan_id, lambda _text: None, window)),
        ("where to go", lambda: WhereToGoDialog(directory, "Roubaix", "logement", window)),
        ("a service for an action", lambda: StructurePicker(window.service, "logement", window)),
        ("importing a spreadsheet", lambda: ImportDialog(directory, str(spreadsheet), window)),
    ):
        dialog = make()
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: not getattr(d, "loading", False))
        found.check(name, dialog)
        dialog.close()
    window.close_plan()
    found.assert_none()
