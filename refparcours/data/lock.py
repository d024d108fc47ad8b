"""One app per database file: a second copy gets a clear message, not a corrupted file."""

from __future__ import annotations

import os
from pathlib import Path

from refparcours.errors import DatabaseOpenError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


def try_lock(handle) -> bool:
    """Take an exclusive OS lock on an open file without waiting; False if someone holds it.
    The OS releases it when the process ends, even killed."""
    try:
        if os.name == "nt":  # pragma: no cover
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DatabaseLock:
    """An OS-level exclusive lock on ``<database>.lock``, released by the OS if the app dies."""

    def __init__(self, database_path: Path) -> None:
        self.path = database_path.with_name(database_path.name + ".lock")
        self._handle = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+b")
        except OSError as exc:  # e.g. a read-only folder: say so instead of crashing
            raise DatabaseOpenError(
                "La base « {name} » ne peut pas être ouverte : impossible d'écrire dans le dossier « {folder} » ({reason}).",
                name=self.path.name.removesuffix(".lock"),
                folder=str(self.path.parent),
                reason=exc.strerror or exc,
            ) from None
        if not try_lock(handle):
            handle.close()
            raise DatabaseOpenError(
                "La base « {name} » est déjà ouverte par une autre fenêtre de refparcours. "
                "Fermez l'autre fenêtre, puis réessayez.",
                name=self.path.name.removesuffix(".lock"),
            ) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
