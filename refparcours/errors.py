"""Errors whose message is meant for the person in front of the screen.

The message is a French template with ``{placeholders}``; the interface passes the
template through Qt's translation system before filling it, so the core stays free of Qt.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error that is explained to the user in plain French, never as a traceback."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(UserFacingError):
    """A value was refused; nothing was saved."""

    def __init__(self, template: str, *, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


class DatabaseOpenError(UserFacingError):
    """The database cannot be opened (locked, newer, not a database…)."""


class EditConflict(UserFacingError):
    """Someone else changed this since it was shown: both values are kept for the user to choose
    or join; nothing is overwritten."""

    def __init__(self, *, field: str, mine: str, theirs: str, theirs_by: str, version: int) -> None:
        self.field, self.mine, self.theirs, self.theirs_by, self.version = field, mine, theirs, theirs_by, version
        super().__init__("{who} a modifié ceci pendant que vous l'écriviez : les deux versions sont gardées, "
                         "choisissez ou réunissez-les.", who=theirs_by or "Quelqu'un")
