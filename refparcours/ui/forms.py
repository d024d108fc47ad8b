"""Forms built from field descriptions: every field has a visible label, an accessible
name and a place in the tab order, and every edit is committed as soon as it is finished."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from refparcours.text import format_date
from refparcours.ui.i18n import colon

# Dark red, bold: readable on a projector, and not the only signal (the text says it). Dark
# enough for 7:1 (WCAG AAA) on every theme's backgrounds (tests/test_accessibility.py).
ERROR_COLOR = "#9b001a"
ERROR_STYLE = f"color: {ERROR_COLOR}; font-weight: bold;"


def field_with_error(field: QWidget, error: QLabel) -> QWidget:
    """A field with its error message right under it, in one form cell."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return cell


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "text"  # text | date | bool | choice
    choices: tuple[tuple[Any, str], ...] = field(default_factory=tuple)
    placeholder: str = ""
    help: str = ""


def display_value(spec: FieldSpec, value: Any) -> str:
    if spec.kind == "date":
        return format_date(value)
    if spec.kind == "choice":
        return next((label for key, label in spec.choices if key == value), str(value or ""))
    return "" if value is None else str(value)


class _FieldKeys(QObject):
    """Escape in a field puts back the saved value. Ctrl+Z in a field with nothing unsaved
    goes to the application's undo (the saved edits), not to the field's own text history."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QLineEdit):
            return False
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and watched.isModified():
            self._form.revert(watched.objectName())
            return True
        if event.type() == QEvent.Type.ShortcutOverride and not watched.isModified():
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) \
                    or event.keyCombination() == QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y):
                event.ignore()
                return True
        return False


class RecordForm(QWidget):
    """Shows one record; emits ``edited(field, raw_value)`` when the user finishes an edit."""

    edited = Signal(str, object)

    def __init__(self, specs: list[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = {spec.name: spec for spec in specs}
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._values: dict[str, Any] = {}
        self._keys = _FieldKeys(self)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        previous: QWidget | None = None
        for spec in specs:
            widget = self._make_widget(spec)
            widget.setObjectName(spec.name)
            widget.setAccessibleName(spec.label)
            if spec.help:
                widget.setToolTip(spec.help)
                widget.setAccessibleDescription(spec.help)
            error = QLabel()
            error.setObjectName(f"{spec.name}_error")
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.setAccessibleName(self.tr("Erreur : %s") % spec.label)
            error.hide()
            cell = field_with_error(widget, error)
            if spec.kind == "bool":
                self.layout_.addRow("", cell)
            else:
                label = QLabel(colon(spec.label))
                label.setBuddy(widget)
                self.layout_.addRow(label, cell)
            self.widgets[spec.name] = widget
            self.error_labels[spec.name] = error
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget

    # -- building ------------------------------------------------------------------------

    def _make_widget(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "bool":
            box = QCheckBox(spec.label)
            box.clicked.connect(lambda checked, name=spec.name: self._emit(name, checked))
            return box
        if spec.kind == "choice":
            combo = QComboBox()
            for key, label in spec.choices:
                combo.addItem(label, key)
            combo.activated.connect(lambda index, name=spec.name, c=combo: self._emit(name, c.itemData(index)))
            return combo
        line = QLineEdit()
        line.setPlaceholderText(spec.placeholder or (self.tr("JJ/MM/AAAA") if spec.kind == "date" else ""))
        line.editingFinished.connect(lambda name=spec.name: self._line_finished(name))
        line.installEventFilter(self._keys)
        return line

    # -- showing -------------------------------------------------------------------------

    def set_values(self, values: dict[str, Any], *, keep_typing: bool = True) -> None:
        """Show saved values. Text the user typed and has not saved yet (still being typed,
        or refused with a message) stays on screen unless ``keep_typing`` is False."""
        for name, spec in self.specs.items():
            if name not in values:
                continue
            value = values[name]
            widget = self.widgets[name]
            self._values[name] = value
            if keep_typing and isinstance(widget, QLineEdit) and widget.isModified():
                continue
            self._show(spec, widget, value)
        if not keep_typing:
            self.clear_errors()

    def _show(self, spec: FieldSpec, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(index)
        else:
            widget.setText(display_value(spec, value))
            widget.setCursorPosition(0)

    def clear_errors(self) -> None:
        for name in self.error_labels:
            self.clear_error(name)

    def clear_error(self, name: str) -> None:
        label = self.error_labels[name]
        label.clear()
        label.hide()
        self.widgets[name].setAccessibleDescription(self.specs[name].help)

    def show_error(self, name: str, message: str) -> None:
        name = name if name in self.error_labels else next(iter(self.error_labels))
        label = self.error_labels[name]
        label.setText(message)
        label.show()
        widget = self.widgets[name]
        # Screen readers announce the description when the field gets focus again.
        widget.setAccessibleDescription(message)

    def revert(self, name: str) -> None:
        self.clear_error(name)
        self._show(self.specs[name], self.widgets[name], self._values.get(name))

    def current_values(self) -> dict[str, Any]:
        """What is on screen now, as typed (for dialogs that submit several fields at once)."""
        values: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            else:
                values[name] = widget.text()
        return values

    def saved_value(self, name: str) -> Any:
        return self._values.get(name)

    # -- editing -------------------------------------------------------------------------

    def _line_finished(self, name: str) -> None:
        widget = self.widgets[name]
        text = widget.text()
        if text == display_value(self.specs[name], self._values.get(name)):
            widget.setModified(False)
            self.clear_error(name)
            return
        self._emit(name, text)

    def _emit(self, name: str, value: Any) -> None:
        self.edited.emit(name, value)

    def flush(self) -> None:
        """Commit a field still being typed in (before undo, switching dossier or closing)."""
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit) and widget.isModified():
                self._line_finished(name)

    def has_unsaved(self) -> bool:
        return any(isinstance(w, QLineEdit) and w.isModified() for w in self.widgets.values())

    def mark_saved(self, name: str) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            widget.setModified(False)
        self.clear_error(name)

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.widgets[name].parentWidget(), visible)

    def first_widget(self) -> QWidget:
        return next(iter(self.widgets.values()))
