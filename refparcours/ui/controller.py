"""Every change goes through here: validated by the core, committed at once, and pushed
on the undo stack so that Ctrl+Z takes it back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from refparcours.dossiers import CONTACT, DOSSIER, PERSON, DossierService, RecordKind, Snapshot
from refparcours.errors import UserFacingError
from refparcours.ui.i18n import error_text

# Fields whose change can move a dossier in the list or out of the current filter.
LIST_SHAPING_FIELDS = {DOSSIER: {"label", "state"}, PERSON: {"first_name", "last_name"}, CONTACT: set()}


class _Command(QUndoCommand):
    def __init__(self, controller: DossierController, text: str, dossier_id: uuid.UUID | None, structural: bool) -> None:
        super().__init__(text)
        self.controller = controller
        self.dossier_id = dossier_id
        self.structural = structural

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except UserFacingError as error:  # e.g. the record vanished: say so, keep the app usable
            self.controller.failed.emit(error_text(error))
            self.setObsolete(True)
            return
        self.controller.changed.emit(self.dossier_id, self.structural)


class SetFieldsCommand(_Command):
    def __init__(self, controller, kind: RecordKind, record_id, dossier_id, changes: dict[str, Any], text: str) -> None:
        super().__init__(controller, text, dossier_id, bool(LIST_SHAPING_FIELDS[kind] & changes.keys()))
        self.kind, self.record_id, self.changes = kind, record_id, changes
        self.previous: dict[str, Any] | None = None

    def redo(self) -> None:
        def apply() -> None:
            previous = self.controller.service.set_fields(self.kind, self.record_id, self.changes)
            if self.previous is None:
                self.previous = previous

        self._run(apply)

    def undo(self) -> None:
        self._run(lambda: self.controller.service.set_fields(self.kind, self.record_id, self.previous))


class AddCommand(_Command):
    """Creates a record the first time, then restores the very same record on redo."""

    def __init__(self, controller, kind: RecordKind, create: Callable[[], uuid.UUID], dossier_id, text: str) -> None:
        super().__init__(controller, text, dossier_id, structural=kind is not CONTACT)
        self.kind, self.create = kind, create
        self.record_id: uuid.UUID | None = None
        self.snapshot: Snapshot | None = None

    def redo(self) -> None:
        def apply() -> None:
            if self.snapshot is None:
                self.record_id = self.create()
                if self.kind is DOSSIER:
                    self.dossier_id = self.record_id
            else:
                self.controller.service.restore(self.kind, self.snapshot)

        self._run(apply)

    def undo(self) -> None:
        def apply() -> None:
            self.snapshot = self.controller.service.remove(self.kind, self.record_id)

        self._run(apply)


class RemoveCommand(_Command):
    def __init__(self, controller, kind: RecordKind, record_id, dossier_id, text: str) -> None:
        super().__init__(controller, text, dossier_id, structural=kind is not CONTACT)
        self.kind, self.record_id = kind, record_id
        self.snapshot: Snapshot | None = None

    def redo(self) -> None:
        def apply() -> None:
            self.snapshot = self.controller.service.remove(self.kind, self.record_id)

        self._run(apply)

    def undo(self) -> None:
        self._run(lambda: self.controller.service.restore(self.kind, self.snapshot))


class DossierController(QObject):
    changed = Signal(object, bool)  # dossier id, whether the list must be searched again
    failed = Signal(str)

    def __init__(self, service: DossierService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    def edit(self, kind: RecordKind, record_id, dossier_id, changes: dict[str, Any], text: str,
             shown: dict[str, Any]) -> bool:
        """Validate then commit; raises UserFacingError (nothing saved) if refused.
        Returns False when the cleaned value is what ``shown`` already holds."""
        cleaned = self.service.validate(kind, record_id, changes)
        if all(shown.get(field) == value for field, value in cleaned.items()):
            return False
        # Someone else may have changed it since it was shown (a team server): never overwrite.
        self.service.check_version(kind, record_id, cleaned, shown.get("version"))
        self.undo_stack.push(SetFieldsCommand(self, kind, record_id, dossier_id, cleaned, text))
        return True

    def create_dossier(self, values: dict[str, Any]) -> uuid.UUID:
        fields = self.service.prepare_dossier(values)  # a refusal leaves nothing on the undo stack
        command = AddCommand(self, DOSSIER, lambda: self.service.create_dossier(fields), None,
                             self.tr("Créer le dossier « %s »") % fields["label"])
        self.undo_stack.push(command)
        return command.record_id

    def add_member(self, kind: RecordKind, dossier_id, values: dict[str, Any], text: str) -> uuid.UUID:
        self.service.prepare_member(kind, values)
        command = AddCommand(self, kind, lambda: self.service.add_member(kind, dossier_id, values), dossier_id, text)
        self.undo_stack.push(command)
        return command.record_id

    def remove(self, kind: RecordKind, record_id, dossier_id, text: str) -> None:
        self.undo_stack.push(RemoveCommand(self, kind, record_id, dossier_id, text))

    def close_dossier(self, dossier_id, closed_on, reason: str, text: str) -> None:
        self._push_checked(dossier_id, self.service.closing_changes(closed_on, reason), text)

    def reopen_dossier(self, dossier_id, text: str) -> None:
        self._push_checked(dossier_id, self.service.reopening_changes(), text)

    def _push_checked(self, dossier_id, changes: dict[str, Any], text: str) -> None:
        cleaned = self.service.validate(DOSSIER, dossier_id, changes)
        self.undo_stack.push(SetFieldsCommand(self, DOSSIER, dossier_id, dossier_id, cleaned, text))
