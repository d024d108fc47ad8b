"""Driving Qt like a person: typing any character, answering modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel


def type_text(widget, text: str) -> None:
    """Type like a keyboard would, any character included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


class DialogDriver:
    """Answers the next modal dialog like a person: ``callback(dialog)`` types and clicks.
    A failed check closes the dialog (so the test cannot hang) and is raised by ``check()``.
    ``keep_open`` callbacks may leave it open (e.g. waiting for background work); ``kind``
    waits for a dialog of that class."""

    def __init__(self, callback, *, keep_open: bool = False, kind: type | None = None) -> None:
        self.callback = callback
        self.keep_open = keep_open
        self.kind = kind
        self.seen: list[QDialog] = []
        self.error: BaseException | None = None
        QTimer.singleShot(0, self._act)

    def _act(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (self.kind is not None and not isinstance(dialog, self.kind)):
            QTimer.singleShot(20, self._act)
            return
        self.seen.append(dialog)
        try:
            self.callback(dialog)
            if dialog.isVisible() and not self.keep_open:
                shown = [label.text() for label in dialog.findChildren(QLabel)
                         if label.objectName().endswith("_error") or label.objectName() == "message"]
                raise AssertionError(f"the dialog is still open: {[t for t in shown if t]}")
        except BaseException as error:  # noqa: BLE001 - reported by check()
            self.error = error
            if dialog.isVisible():
                dialog.reject()

    def check(self) -> None:
        assert self.seen, "no dialog was opened"
        if self.error is not None:
            raise self.error


def run_in_next_dialog(callback, **options) -> DialogDriver:
    return DialogDriver(callback, **options)
