"""The Qt binding itself: a known-bad PySide6 release crashes the app after a few hundred
signals (each emit dropped a reference to ``True``). pyproject excludes it; this catches
any other release with the same fault before a référent does, mid-meeting."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object)


def test_emitting_signals_does_not_leak_or_drop_references(qapp):
    emitter = _Emitter()
    received = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.happened.emit(True)
    assert len(received) == 200
    assert abs(sys.getrefcount(True) - before - 200) < 20  # the list holds 200 references to True
