"""Small dialogs: creating a dossier or a member, closing a dossier."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from refparcours.domain import CLOSURE_REASONS
from refparcours.errors import UserFacingError
from refparcours.ui.forms import FieldSpec, RecordForm
from refparcours.ui.i18n import error_text, tr_core, translate



def named_buttons(dialog: QDialog, accept_text: str, on_accept: Callable[[], Any] | None = None,
                  cancel_text: str | None = None) -> QDialogButtonBox:
    """A dialog's two buttons, the first named for what it does (never a bare "OK"); the
    second cancels (or closes). ``on_accept`` defaults to closing the dialog accepted."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text or translate("dialog", "Annuler"))
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RecordDialog(QDialog):
    """Collects a few fields and hands them to ``submit``; a refusal is shown in the
    dialog, which stays open with everything typed."""

    def __init__(self, title: str, intro: str, specs: list[FieldSpec], submit: Callable[[dict[str, Any]], Any],
                 accept_text: str, initial: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._submit = submit
        self.result_value: Any = None
        self.form = RecordForm(specs)
        if initial:
            self.form.set_values(initial)
        buttons = named_buttons(self, accept_text, self._try_accept)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.first_widget().setFocus()

    def _try_accept(self) -> None:
        self.form.clear_errors()
        try:
            self.result_value = self._submit(self.form.current_values())
        except UserFacingError as error:
            field = getattr(error, "field", None) or next(iter(self.form.widgets))
            self.form.show_error(field, error_text(error))
            self.form.widgets.get(field, self.form.first_widget()).setFocus()
            return
        self.accept()


def close_dossier_dialog(submit: Callable[[dict[str, Any]], Any], today: date,
                         parent: QWidget | None = None) -> RecordDialog:
    specs = [
        FieldSpec("closed_on", translate("RecordDialog", "Date de clôture"), "date"),
        FieldSpec("closure_reason", translate("RecordDialog", "Motif"), "choice",
                  tuple((reason, tr_core(reason)) for reason in CLOSURE_REASONS)),
    ]
    return RecordDialog(
        translate("RecordDialog", "Clore le dossier"),
        translate("RecordDialog", "Le dossier restera consultable et pourra être rouvert si la famille revient."),
        specs, submit, translate("RecordDialog", "Clore le dossier"),
        initial={"closed_on": today, "closure_reason": CLOSURE_REASONS[0]}, parent=parent,
    )
