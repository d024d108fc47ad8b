"""Running slow work (password derivation, opening a database) off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from refparcours.errors import UserFacingError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            try:
                result = self.work()
            except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which reports it
                self.signals.failed.emit(error)
            else:
                self.signals.done.emit(result)
        except RuntimeError:
            pass  # the application is closing: nobody is left to tell


def run_in_background(owner: QObject, work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[BaseException], None]) -> None:
    """Run ``work`` in a worker thread; its result or error comes back on the UI thread,
    unless ``owner`` (the window that asked) has been closed and deleted meanwhile."""
    # The carrier belongs to the application, not to the window: a window deleted while
    # the work runs must not leave the worker thread emitting through freed memory.
    signals = _Signals(QCoreApplication.instance())

    def deliver(callback: Callable[[Any], None], value: Any) -> None:
        signals.deleteLater()
        if shiboken6.isValid(owner):
            callback(value)
        elif isinstance(value, BaseException) and not isinstance(value, UserFacingError):
            raise value  # a bug is reported even when nobody is left to show it

    signals.done.connect(lambda result: deliver(on_done, result))
    signals.failed.connect(lambda error: deliver(on_failed, error))
    QThreadPool.globalInstance().start(_Job(work, signals))


def wait_for_background_work(timeout_ms: int = 120_000) -> None:
    """Before the process ends: let a backup being written finish."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)
