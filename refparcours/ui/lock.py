"""The automatic lock: after an idle time, or on demand, every family's data is hidden
behind the password; unlocking brings the user back exactly where they were."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from refparcours.errors import UserFacingError
from refparcours.security import audit
from refparcours.security.accounts import Installation, OpenSession
from refparcours.ui.a11y import announce
from refparcours.ui.background import run_in_background
from refparcours.ui.forms import ERROR_STYLE
from refparcours.ui.i18n import error_text

CHECK_INTERVAL_MS = 5_000
USER_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
              QEvent.Type.TouchBegin}


class LockScreen(QWidget):
    """What the window shows while locked: no family data, a password field."""

    unlock_requested = Signal(str)

    def __init__(self, account_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        # Said by screen readers when the window locks (MainWindow announces the page).
        self.setAccessibleName(self.tr("refparcours est verrouillé : saisissez votre mot de passe"))
        title = QLabel(self.tr("refparcours est verrouillé"))
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        who = QLabel(self.tr("Session de %s. Saisissez votre mot de passe pour reprendre.") % account_name)
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Mot de passe"))
        caption = QLabel(self.tr("&Mot de passe :"))
        caption.setBuddy(self.password)
        self.message = QLabel()
        self.message.setObjectName("unlock_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.button = QPushButton(self.tr("&Déverrouiller"))
        self.button.setObjectName("unlock")
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        box = QWidget()
        box.setFixedWidth(max(480, title.sizeHint().width() + 40))
        layout = QVBoxLayout(box)
        for widget in (title, who, caption, self.password, self.message, self.button):
            layout.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _submit(self) -> None:
        if self.button.isEnabled():
            self.unlock_requested.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.password.setEnabled(not busy)


class LockController(QObject):
    """Watches user input; locks the main window after ``minutes`` without any."""

    locked_changed = Signal(bool)

    def __init__(self, window, installation: Installation, session: OpenSession, minutes: int) -> None:
        super().__init__(window)
        self.window, self.installation, self.session = window, installation, session
        self.minutes = minutes
        self.locked = False
        self._last_input = time.monotonic()
        self._hidden_windows: list[QWidget] = []
        self._copied_text: str | None = None
        self.screen = LockScreen(session.account.display_name)
        self.screen.unlock_requested.connect(self.try_unlock)
        QApplication.instance().installEventFilter(self)
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self._check_idle)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT and not self.locked:
            self._last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    def _check_idle(self) -> None:
        if not self.locked and self.idle_seconds() >= self.minutes * 60:
            self.lock()

    def _clipboard_changed(self) -> None:
        # Text copied while our window is in front came from the app: it may hold family data.
        if QApplication.activeWindow() is not None:
            self._copied_text = QGuiApplication.clipboard().text()

    def lock(self) -> None:
        if self.locked:
            return
        self.window.flush_edits()  # what is being typed is saved first
        clipboard = QGuiApplication.clipboard()
        if self._copied_text and clipboard.text() == self._copied_text:
            clipboard.clear()
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w.isVisible() and w is not self.window and w.isWindow()]
        for widget in self._hidden_windows:
            widget.hide()
        self.locked = True
        self.window.show_lock_screen(self.screen)
        self.screen.password.clear()
        self.screen.message.clear()
        self.screen.password.setFocus()
        with self.session.database.engine.begin() as connection:
            audit.append(connection, self.session.actor, "lock", record_type="account",
                         record_id=str(self.session.account.id))
        self.locked_changed.emit(True)

    def try_unlock(self, password: str) -> None:
        self.screen.set_busy(True)
        run_in_background(self, lambda: self.installation.verify_password(self.session, password),
                          lambda _result: self._unlocked(), self._refused)

    def _refused(self, error: BaseException) -> None:
        self.screen.set_busy(False)
        if not isinstance(error, UserFacingError):
            raise error
        self.screen.password.clear()
        self.screen.message.setText(error_text(error))
        announce(self.screen.message, error_text(error), assertive=True)
        self.screen.password.setFocus()

    def _unlocked(self) -> None:
        self.screen.set_busy(False)
        self.locked = False
        self._last_input = time.monotonic()
        self.window.hide_lock_screen()
        for widget in self._hidden_windows:
            widget.show()
        self._hidden_windows = []
        with self.session.database.engine.begin() as connection:
            audit.append(connection, self.session.actor, "unlock", record_type="account",
                         record_id=str(self.session.account.id))
        self.locked_changed.emit(False)
