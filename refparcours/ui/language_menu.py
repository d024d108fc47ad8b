"""The interface language, chosen in the Display menu; it applies at the next start (the
windows already built keep their words)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from refparcours.settings import save_settings
from refparcours.ui.i18n import translate

# Each language is named in its own words, so that someone lost in the other one finds theirs.
LANGUAGES = (("fr", "Français"), ("en", "English"),
             ("system", QT_TRANSLATE_NOOP("LanguageMenu", "Selon le &système")))


def add_language_menu(window: QWidget, parent_menu: QMenu) -> QMenu:
    """``window`` has ``settings``; the current choice is ticked."""
    menu = parent_menu.addMenu(translate("LanguageMenu", "&Langue de l'interface"))
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    for key, label in LANGUAGES:
        action = QAction(translate("LanguageMenu", label) if key == "system" else label, menu)
        action.setObjectName(f"language_{key}")
        action.setCheckable(True)
        action.setChecked(window.settings.interface_language == key)
        action.triggered.connect(lambda _checked=False, k=key: choose_language(window, k))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_language(window: QWidget, key: str) -> None:
    if window.settings.interface_language == key:
        return
    window.settings.interface_language = key
    save_settings(window.settings)
    QMessageBox.information(window, translate("LanguageMenu", "Langue de l'interface"),
                            translate("LanguageMenu", "La nouvelle langue s'appliquera au prochain démarrage "
                                                      "de refparcours."))
