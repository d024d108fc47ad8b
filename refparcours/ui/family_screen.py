"""The family screen: a second window for the room's projector, TV or a second monitor.

Large type, plain words, high contrast, no menus: the current step of the meeting, the
notes as they are written (the one being typed included) and the actions decided. Ctrl++
and Ctrl+− change its size during the meeting, Maj+F9 its colours (black on white, or white
and yellow on black for a dim projector); the app remembers the screen, the size on each
screen and the colours."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from refparcours.meeting import OPENING, PHASES_PLAIN, Charter
from refparcours.settings import FAMILY_THEMES, Settings, save_settings
from refparcours.ui.i18n import pair, tr_core
from refparcours.ui.themes import family_colors

BASE_POINT_SIZE = 28  # read from the far end of a meeting room
KIND_PLAIN = {
    "information": "Information", "inquietude": "Inquiétude", "ressource": "Une force, une aide",
    "proposition": "Proposition", "decision": "Décidé", "desaccord": "Pas d'accord", "question": "Question",
}


class FamilyScreen(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        # A top-level window of its own (to drag onto the projector), without menus.
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self.setObjectName("family_screen")
        self.setWindowTitle(self.tr("Écran de la famille"))
        self.setAccessibleName(self.tr("Écran de la famille"))
        self._watched_window = None
        self.title = QLabel()
        self.title.setObjectName("family_title")
        self.title.setWordWrap(True)
        self.phase = QLabel()
        self.phase.setObjectName("family_phase")
        self.phase.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setObjectName("family_body")
        self.body.setAccessibleName(self.tr("Ce qui est écrit"))
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.phase)
        layout.addWidget(self.body, 1)
        for keys, step in (("Ctrl++", 1.15), ("Ctrl+=", 1.15), ("Ctrl+-", 1 / 1.15)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.zoom(s))
        QShortcut(QKeySequence("Shift+F9"), self, self.next_theme)
        self._record: dict[str, Any] | None = None
        self._typing = ("", "", "")
        self._charter: Charter | None = None
        self.apply_colors()
        self.apply_scale()

    # -- size and place ------------------------------------------------------------------

    def apply_colors(self) -> None:
        """Its own colours, whatever the app's theme: the room reads it, not the référent."""
        self.colors = family_colors(self.settings.family_screen_theme)
        # Its own stylesheet also keeps the app's (borders, focus fill) off this screen.
        self.setStyleSheet(f"QWidget {{ background: {self.colors.background}; color: {self.colors.ink}; border: none; }}"
                           f"QLabel#family_phase {{ color: {self.colors.accent}; }}")
        self._render()

    def next_theme(self) -> None:
        """Black on white, or white and yellow on black (remembered)."""
        current = FAMILY_THEMES.index(self.settings.family_screen_theme)
        self.settings.family_screen_theme = FAMILY_THEMES[(current + 1) % len(FAMILY_THEMES)]
        save_settings(self.settings)
        self.apply_colors()

    def _screen_name(self) -> str:
        screen = self.screen()
        return screen.name() if screen is not None else ""

    def apply_scale(self) -> None:
        """The size chosen for the screen it is on (a projector, a TV, a second monitor)."""
        size = BASE_POINT_SIZE * self.settings.family_scale_for(self._screen_name())
        font = QFont(self.font())
        font.setPointSizeF(size)
        self.setFont(font)
        self.body.setFont(font)
        for label, factor in ((self.title, 1.4), (self.phase, 1.15)):
            big = QFont(font)
            big.setPointSizeF(size * factor)
            big.setBold(True)
            label.setFont(big)
        self._render()

    def zoom(self, factor: float) -> None:
        screen = self._screen_name()
        self.settings.remember_family_scale(screen, round(self.settings.family_scale_for(screen) * factor, 2))
        save_settings(self.settings)
        self.apply_scale()

    def show_on_remembered_screen(self) -> None:
        """On the screen chosen last time, or else on a second screen, full screen; with one
        screen only, as a window beside the référent's."""
        screens = QGuiApplication.screens()
        chosen = next((s for s in screens if s.name() == self.settings.family_screen_name), None)
        primary = QGuiApplication.primaryScreen()
        if chosen is None:
            chosen = next((s for s in screens if s is not primary), None)
        if chosen is not None and chosen is not primary:
            self.setGeometry(chosen.geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()

    def remember_screen(self) -> None:
        screen = self.screen()
        if screen is not None and screen.name() != self.settings.family_screen_name:
            self.settings.family_screen_name = screen.name()
            save_settings(self.settings)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and handle is not self._watched_window:
            self._watched_window = handle
            handle.screenChanged.connect(lambda _screen: self.apply_scale())
        self.apply_scale()

    def moveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().moveEvent(event)
        if self.isVisible():
            self.remember_screen()

    # -- content -------------------------------------------------------------------------

    def show_record(self, record: dict[str, Any], charter: Charter | None = None) -> None:
        self._record, self._charter = record, charter
        self._render()

    def show_typing(self, text: str, speaker: str, kind: str) -> None:
        """The note being typed, live (it is not saved as a note until Entrée)."""
        self._typing = (text, speaker, kind)
        self._render()

    def _render(self) -> None:
        record = self._record
        if record is None:
            return
        self.title.setText(f"{tr_core(record['kind_label'])} — {record['dossier']['label']}")
        self.phase.setText(tr_core(PHASES_PLAIN.get(record["phase"], "")))
        parts: list[str] = []
        if record["phase"] == OPENING and self._charter is not None:
            parts.append(f"<p><b>{escape(tr_core(self._charter.plain_title))}</b></p><ol>")
            parts += [f"<li>{escape(tr_core(point))}</li>" for point in self._charter.plain_points]
            parts.append("</ol>")
        for phase in record["phases"]:
            for entry in phase["entries"]:
                kind = escape(tr_core(KIND_PLAIN.get(entry["kind"], entry["kind_label"])))
                text = escape(entry["text"]).replace("\n", "<br>")
                line = f"<p><b>{kind}</b> — " + pair(escape(entry["speaker"]), text)
                if entry.get("action"):
                    line += "<br>➜ " + escape(self.tr("Dans le projet : %s") % entry["action"]["what"])
                parts.append(line + "</p>")
        typed, speaker, kind = self._typing
        if typed.strip():
            who = f"{escape(speaker)} ({escape(tr_core(KIND_PLAIN.get(kind, kind)))})"
            parts.append(f"<p style='color:{self.colors.accent}'><i>"
                         + pair(who, escape(typed).replace(chr(10), "<br>")) + "▌</i></p>")
        if not parts:
            parts.append("<p>" + escape(self.tr("Rien n’est encore écrit.")) + "</p>")
        self.body.setHtml("".join(parts))
        bar = self.body.verticalScrollBar()
        # The charter is read from its first point; later, the latest words stay in view.
        bar.setValue(bar.minimum() if record["phase"] == OPENING else bar.maximum())
