"""Display themes for the whole application: the platform's look, high contrast, large type.

A theme is a QPalette and a small stylesheet set on the QApplication, so every window and
dialog follows, and a text factor the main window applies on top of the chosen text size.
High contrast is black on white: every text reaches WCAG AAA (7:1), borders and the focus
are drawn thick and dark, and the colours the screens set themselves (errors, "à vérifier")
stay readable on it. The family screen has its own two themes (a projector in a bright room
is not a laptop): black on white, or white and yellow on black."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from refparcours.settings import FAMILY_THEMES, THEMES

Role, Group = QPalette.ColorRole, QPalette.ColorGroup


# Translated when shown (this module is imported before the translations are installed).
THEME_LABELS = {"standard": QT_TRANSLATE_NOOP("Themes", "&Standard"),
                "contraste": QT_TRANSLATE_NOOP("Themes", "&Contraste élevé"),
                "grands_caracteres": QT_TRANSLATE_NOOP("Themes", "&Grands caractères")}
THEME_DESCRIPTIONS = {
    "standard": QT_TRANSLATE_NOOP("Themes", "Les couleurs et la taille du système."),
    "contraste": QT_TRANSLATE_NOOP("Themes", "Noir sur blanc, bordures épaisses, le champ actif surligné en jaune."),
    "grands_caracteres": QT_TRANSLATE_NOOP("Themes", "Texte plus grand, boutons et cases plus grands."),
}


def label(table: dict[str, str], key: str) -> str:
    """A theme's name or description, in the interface's language."""
    return QCoreApplication.translate("Themes", table[key])

# Focus and selection: navy, far from the black text, and a pale yellow field being typed in.
NAVY, FOCUS_FILL, GREY_TEXT = "#000080", "#ffffb0", "#4a4a4a"

_HIGH_CONTRAST_COLORS = {
    Role.Window: "#ffffff", Role.WindowText: "#000000", Role.Base: "#ffffff", Role.AlternateBase: "#ececec",
    Role.Text: "#000000", Role.Button: "#ffffff", Role.ButtonText: "#000000", Role.BrightText: "#ffffff",
    Role.Highlight: NAVY, Role.HighlightedText: "#ffffff", Role.Link: "#0000b0", Role.LinkVisited: "#551a8b",
    Role.ToolTipBase: "#ffffff", Role.ToolTipText: "#000000", Role.PlaceholderText: "#404040",
    Role.Light: "#ffffff", Role.Midlight: "#ffffff", Role.Mid: "#000000", Role.Dark: "#000000",
    Role.Shadow: "#000000", Role.Accent: NAVY,
}
# Greyed-out text is still read (why a button cannot be used yet): it keeps 7:1 too.
_HIGH_CONTRAST_DISABLED = {Role.WindowText: GREY_TEXT, Role.Text: GREY_TEXT, Role.ButtonText: GREY_TEXT,
                           Role.Base: "#ffffff", Role.Button: "#ffffff", Role.Highlight: GREY_TEXT,
                           Role.HighlightedText: "#ffffff", Role.PlaceholderText: GREY_TEXT}

_HIGH_CONTRAST_STYLE = f"""
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView {{
    border: 2px solid #000000; background: #ffffff; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{
    border: 3px solid {NAVY}; background: {FOCUS_FILL}; }}
QAbstractItemView:focus {{ border: 3px solid {NAVY}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QComboBox:disabled,
QAbstractSpinBox:disabled {{ border: 2px dashed {GREY_TEXT}; color: {GREY_TEXT}; }}
QComboBox {{ padding: 2px 6px; }}
QComboBox QAbstractItemView {{ background: #ffffff; selection-background-color: {NAVY};
    selection-color: #ffffff; }}
QPushButton, QToolButton {{ border: 2px solid #000000; border-radius: 3px; background: #ffffff;
    color: #000000; padding: 4px 12px; }}
QPushButton:hover, QToolButton:hover {{ background: #e0e0ff; }}
QPushButton:focus, QToolButton:focus {{ border: 3px solid {NAVY}; background: {FOCUS_FILL}; }}
QPushButton:pressed, QPushButton:checked, QToolButton:checked {{ background: {NAVY}; color: #ffffff; }}
QPushButton:disabled, QToolButton:disabled {{ border: 2px dashed {GREY_TEXT}; color: {GREY_TEXT}; }}
QCheckBox, QRadioButton {{ padding: 2px; border: 2px solid transparent; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {NAVY}; background: {FOCUS_FILL}; }}
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{ width: 0.9em; height: 0.9em;
    border: 2px solid #000000; background: #ffffff; }}
QRadioButton::indicator {{ border-radius: 0.5em; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked, QAbstractItemView::indicator:checked {{
    background: {NAVY}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border: 2px dashed {GREY_TEXT}; }}
QScrollBar:vertical {{ background: #ffffff; width: 16px; border-left: 1px solid #000000; }}
QScrollBar:horizontal {{ background: #ffffff; height: 16px; border-top: 1px solid #000000; }}
QScrollBar::handle {{ background: {GREY_TEXT}; border: 1px solid #000000; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QHeaderView::section {{ background: #ffffff; color: #000000; border: 1px solid #000000; padding: 3px;
    font-weight: bold; }}
QTableView {{ gridline-color: #000000; }}
QTabBar::tab {{ border: 2px solid #000000; background: #ffffff; color: #000000; padding: 5px 12px;
    margin-right: 2px; }}
QTabBar::tab:selected {{ background: {NAVY}; color: #ffffff; }}
QTabBar:focus {{ border-bottom: 3px solid {NAVY}; }}
QMenuBar, QMenu {{ background: #ffffff; color: #000000; }}
QMenu {{ border: 2px solid #000000; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {NAVY}; color: #ffffff; }}
QMenu::item:disabled {{ color: {GREY_TEXT}; }}
QToolTip {{ background: #ffffff; color: #000000; border: 2px solid #000000; }}
QStatusBar {{ border-top: 1px solid #000000; }}
QSplitter::handle {{ background: #000000; }}
QSplitter::handle:horizontal {{ width: 3px; }}
"""

# Bigger targets and a thicker focus; the colours stay the platform's.
_LARGE_TYPE_STYLE = """
QPushButton, QToolButton { padding: 8px 16px; min-height: 1.6em; }
QLineEdit, QComboBox, QAbstractSpinBox { padding: 3px; }
QCheckBox::indicator, QRadioButton::indicator { width: 1.1em; height: 1.1em; }
QTabBar::tab { padding: 8px 16px; }
QHeaderView::section { padding: 4px; }
"""


@dataclass(frozen=True)
class Theme:
    key: str
    text_factor: float = 1.0
    colors: dict = field(default_factory=dict)  # QPalette.ColorRole -> colour, every group
    disabled: dict = field(default_factory=dict)  # the same, greyed-out widgets
    stylesheet: str = ""
    # Greyed-out and placeholder text this close to the text colour (0: the same, 1: the
    # background), from the platform's palette, light or dark: still read at 7:1.
    muted: float | None = None

    @property
    def changes_palette(self) -> bool:
        return bool(self.colors) or self.muted is not None

    def palette(self, base: QPalette) -> QPalette:
        palette = QPalette(base)
        for role, colour in self.colors.items():
            palette.setColor(role, QColor(colour))
        for role, colour in self.disabled.items():
            palette.setColor(Group.Disabled, role, QColor(colour))
        if self.muted is not None:
            for text, background in ((Role.WindowText, Role.Window), (Role.Text, Role.Base),
                                     (Role.ButtonText, Role.Button)):
                palette.setColor(Group.Disabled, text, _mix(base.color(text), base.color(Group.Disabled, background),
                                                            self.muted))
            for group in (Group.Active, Group.Inactive, Group.Disabled):
                palette.setColor(group, Role.PlaceholderText,
                                 _mix(base.color(Role.Text), base.color(Role.Base), self.muted))
        return palette


def _mix(ink: QColor, paper: QColor, towards_paper: float) -> QColor:
    return QColor.fromRgbF(*(a + (b - a) * towards_paper for a, b in ((ink.redF(), paper.redF()),
                                                                       (ink.greenF(), paper.greenF()),
                                                                       (ink.blueF(), paper.blueF()))))


THEME_SPECS = {
    "standard": Theme("standard"),
    "contraste": Theme("contraste", 1.0, _HIGH_CONTRAST_COLORS, _HIGH_CONTRAST_DISABLED, _HIGH_CONTRAST_STYLE),
    "grands_caracteres": Theme("grands_caracteres", 1.3, stylesheet=_LARGE_TYPE_STYLE, muted=0.3),
}
assert set(THEME_SPECS) == set(THEMES)

# The platform's style and palette, kept when a theme first changes them (to come back to).
_platform: tuple[str, QPalette] | None = None


def theme(key: str) -> Theme:
    return THEME_SPECS.get(key, THEME_SPECS["standard"])


def apply_theme(key: str, app: QApplication | None = None) -> Theme:
    """Set the theme on the application (every window, open or to come). The standard theme
    leaves the platform's look untouched unless another theme had replaced it."""
    global _platform
    app = app or QApplication.instance()
    chosen = theme(key)
    if chosen.changes_palette or chosen.stylesheet:
        if _platform is None:
            _platform = (app.style().name(), QPalette(app.palette()))
        if chosen.colors:
            app.setStyle("Fusion")  # the one built-in style that draws everything from the palette
        app.setPalette(chosen.palette(_platform[1]))
    elif _platform is not None:
        app.setStyle(_platform[0])
        app.setPalette(_platform[1])
    app.setStyleSheet(chosen.stylesheet)
    return chosen


def refresh_fonts(app: QApplication | None = None) -> None:
    """Call after changing the text size. Under a stylesheet, Qt stops passing a parent's new
    font down to its children (each keeps the size it had when styled); styling again passes
    the new size on."""
    app = app or QApplication.instance()
    if app.styleSheet():
        app.setStyleSheet(app.styleSheet())


# -- the family screen ---------------------------------------------------------------------

@dataclass(frozen=True)
class FamilyColors:
    background: str
    ink: str
    accent: str  # the step of the meeting, the note being typed


FAMILY_THEME_COLORS = {
    "standard": FamilyColors("#ffffff", "#000000", "#003c8f"),  # black on white
    "contraste": FamilyColors("#000000", "#ffffff", "#ffff00"),  # white and yellow on black
}
assert set(FAMILY_THEME_COLORS) == set(FAMILY_THEMES)
FAMILY_THEME_LABELS = {"standard": QT_TRANSLATE_NOOP("Themes", "noir sur blanc"),
                       "contraste": QT_TRANSLATE_NOOP("Themes", "blanc et jaune sur noir")}


def family_colors(key: str) -> FamilyColors:
    return FAMILY_THEME_COLORS.get(key, FAMILY_THEME_COLORS["standard"])


# -- measuring -------------------------------------------------------------------------------

def relative_luminance(colour: QColor | str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    colour = QColor(colour)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2 contrast ratio, from 1 (same colour) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
