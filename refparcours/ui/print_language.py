"""Choosing the language of a document printed for a family (the dossier's, by default), and
whether it prints in French and that language side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from refparcours.printlang import FRENCH, PRINT_LANGUAGES, PrintLanguage
from refparcours.ui.fields import print_language_choices
from refparcours.ui.dialogs import named_buttons


def dossier_language(dossier: dict[str, Any] | None) -> PrintLanguage:
    """The language chosen for a dossier's documents (French when none is)."""
    dossier = dossier or {}
    code = dossier.get("print_language") or FRENCH
    return PrintLanguage(code if code in PRINT_LANGUAGES else FRENCH, bool(dossier.get("print_bilingual")))


class PrintLanguageChoice(QObject):
    """A labelled language list and the bilingual box, for a print dialog's form (the widgets
    go in the form; this object only holds them)."""

    def __init__(self, language: PrintLanguage, parent=None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("print_language")
        for code, label in print_language_choices():
            self.combo.addItem(label, code)
        self.combo.setAccessibleName(self.tr("Langue du document"))
        self.bilingual = QCheckBox(self.tr("&Bilingue : en français et dans cette langue (chaque titre, chaque "
                                           "phrase fixe)"))
        self.bilingual.setObjectName("print_bilingual")
        self.label = QLabel(self.tr("Lan&gue du document :"))
        self.label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self._french_alone)
        self.set_language(language)

    def set_language(self, language: PrintLanguage) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(language.code), 0))
        self.bilingual.setChecked(language.bilingual)
        self._french_alone()

    def _french_alone(self) -> None:
        self.bilingual.setEnabled(self.combo.currentData() != FRENCH)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.label, self.combo)
        form.addRow("", self.bilingual)

    def language(self) -> PrintLanguage:
        return PrintLanguage(self.combo.currentData(), self.bilingual.isChecked())


def ask_print_language(parent: QWidget, language: PrintLanguage, title: str) -> PrintLanguage | None:
    """The language to print in (proposed: ``language``), or None if the user cancels."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    choice = PrintLanguageChoice(language, dialog)
    form = QFormLayout()
    choice.add_to(form)
    buttons = named_buttons(dialog, dialog.tr("Continuer…"))
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    choice.combo.setFocus()
    return choice.language() if dialog.exec() == QDialog.DialogCode.Accepted else None
