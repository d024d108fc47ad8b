"""Two versions of the same thing (a colleague changed it meanwhile): side by side, to keep
one or join them; nothing is overwritten without the user's choice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from refparcours.ui.i18n import error_text, translate


def resolve_conflict(parent: QWidget, conflict) -> str | None:
    """Both texts side by side; the user keeps one or joins them. None: decide later (their own
    text stays on screen, unsaved)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("ConflictDialog", "Deux versions du même texte"))
    dialog.resize(820, 460)
    intro = QLabel(error_text(conflict))
    intro.setWordWrap(True)
    mine, theirs = QTextBrowser(), QTextBrowser()
    mine.setPlainText(conflict.mine)
    mine.setObjectName("conflict_mine")
    mine.setAccessibleName(translate("ConflictDialog", "Votre texte"))
    theirs.setPlainText(conflict.theirs)
    theirs.setObjectName("conflict_theirs")
    theirs.setAccessibleName(translate("ConflictDialog", "Le texte enregistré entre-temps"))
    merged = QPlainTextEdit(f"{conflict.theirs}\n{conflict.mine}")
    merged.setObjectName("conflict_merged")
    merged.setAccessibleName(translate("ConflictDialog", "Le texte à garder"))
    merged.setTabChangesFocus(True)
    chosen: dict[str, str] = {}

    def keep(text: str) -> None:
        chosen["text"] = text
        dialog.accept()

    buttons = QHBoxLayout()
    for label, name, value in ((translate("ConflictDialog", "Garder &mon texte"), "keep_mine", lambda: conflict.mine),
                               (translate("ConflictDialog", "Garder l'&autre texte"), "keep_theirs", lambda: conflict.theirs),
                               (translate("ConflictDialog", "Garder le texte &réuni ci-dessous"), "keep_merged", merged.toPlainText)):
        button = QPushButton(label)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, v=value: keep(v()))
        buttons.addWidget(button)
    later = QPushButton(translate("ConflictDialog", "Plus tard"))
    later.clicked.connect(dialog.reject)
    buttons.addWidget(later)
    sides = QHBoxLayout()
    for title, widget in ((translate("ConflictDialog", "Votre texte :"), mine), (translate("ConflictDialog", "Enregistré entre-temps :"), theirs)):
        column = QVBoxLayout()
        label = QLabel(title)
        label.setBuddy(widget)
        column.addWidget(label)
        column.addWidget(widget)
        sides.addLayout(column)
    merged_label = QLabel(translate("ConflictDialog", "T&exte réuni (modifiable) :"))
    merged_label.setBuddy(merged)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(sides, 2)
    layout.addWidget(merged_label)
    layout.addWidget(merged, 1)
    layout.addLayout(buttons)
    return chosen.get("text") if dialog.exec() else None
