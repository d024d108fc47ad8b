"""Telling screen readers what changed: a saved edit, a page opened, the lock. A sighted
person sees the status bar or the new page; a screen reader says nothing unless told."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` (polite: after what they are reading; assertive: at once,
    for what must not be missed, like the lock)."""
    if not text or widget is None:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
