"""Accessibility checks shared by the UI tests: what a screen reader would be told about every
input of a window (through Qt's accessibility interfaces, as an assistive tool reads them),
and where the Tab key goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton,
          QAbstractItemView, QAbstractButton)
# Fields a sighted person types or picks in: they need a visible label too, not only a name
# for screen readers (a placeholder vanishes as soon as one types).
TYPED = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, the widget's own text, or its
    label's (QLabel.setBuddy) — as Qt's accessibility interface computes it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None and interface.isValid() else ""


def accessible_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description).strip() if interface is not None else ""


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces of a control (a spin box's line edit, a combo box's list, a line edit's
    clear button, scroll arrows of a tab bar): the control around them carries the name."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit, QTabBar, QScrollBar)):
            return True
        if isinstance(parent, QAbstractItemView) and widget is not parent:
            return True  # an editor or the corner button inside a table
        parent = parent.parentWidget()  # through a combo box's popup window too
    return False


def describe(widget: QWidget) -> str:
    path = []
    node = widget
    while node is not None and not node.isWindow():
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    window = node.windowTitle() or type(node).__name__ if node is not None else "?"
    return f"{type(widget).__name__} {'/'.join(reversed(path))!r} in {window!r}"


def labelled_widgets(root: QWidget) -> set[QWidget]:
    return {label.buddy() for label in root.window().findChildren(QLabel) if label.buddy() is not None}


def offenders(root: QWidget, *, visible_only: bool = True) -> list[str]:
    """Every input under ``root`` without a name for screen readers, and every typed field
    without a visible label."""
    labelled = labelled_widgets(root)
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INPUTS) or _part_of_another_control(widget):
            continue
        if visible_only and not widget.isVisible():
            continue
        if not accessible_name(widget):
            problems.append(f"{describe(widget)}: no accessible name")
        elif isinstance(widget, TYPED) and widget not in labelled:
            problems.append(f"{describe(widget)}: no visible label (QLabel.setBuddy)")
    return problems


def assert_accessible(root: QWidget, *, visible_only: bool = True) -> None:
    problems = offenders(root, visible_only=visible_only)
    assert not problems, "\n".join(problems)


def focusable_inputs(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab should reach: visible, enabled, taking Tab focus."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None and not _part_of_another_control(w)]


def tab_cycle(start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from ``start`` until focus comes back to it; the widgets it went through.
    Fails if focus sticks in one widget (a trap) or never comes back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start, f"{describe(start)} does not take the focus"
    seen = [start]
    current = start
    for _ in range(limit):
        QTest.keyClick(current, Qt.Key.Key_Tab)
        following = QApplication.focusWidget()
        assert following is not None, f"Tab from {describe(current)} leaves nothing focused"
        assert following is not current, f"Tab is trapped in {describe(current)}"
        if following is start:
            return seen
        seen.append(following)
        current = following
    raise AssertionError(f"Tab never comes back to {describe(start)}: {[describe(w) for w in seen[-5:]]}")


def assert_tab_reaches_everything(root: QWidget, start: QWidget) -> list[QWidget]:
    """Tab from ``start`` goes through every focusable input under ``root`` and comes back,
    without getting stuck; returns the order."""
    order = tab_cycle(start)
    missed = [describe(w) for w in focusable_inputs(root) if w not in order]
    assert not missed, "Tab never reaches:\n" + "\n".join(missed)
    return order
