"""Running slow work (password derivation, opening a database) off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
            pass  # the window that asked has closed: nobody is left to tell


def run_in_background(owner: QObject, work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[BaseException], None]) -> None:
    """Run ``work`` in a worker thread; its result or error comes back on the UI thread."""
    signals = _Signals(owner)  # owned by ``owner``: lives until the answer arrives
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    signals.done.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(_Job(work, signals))


def wait_for_background_work(timeout_ms: int = 120_000) -> None:
    """Before the process ends: let a backup being written finish."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)
