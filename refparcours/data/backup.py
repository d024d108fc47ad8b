"""Backups through SQLite's online backup API — never a copy of the live file."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from refparcours.fileio import fsync_directory


def backup_sqlite(source: Path, destination: Path, key: bytes | None = None) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` atomically; with ``key``,
    the copy is encrypted with the same key as the source."""
    from refparcours.data.database import connect_sqlite

    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    if partial.exists():
        partial.unlink()  # left by an interrupted backup
    # connect_sqlite percent-encodes the path: a "#" or "?" in a folder name would otherwise
    # cut the URI short and back up an empty database created beside the real one.
    src = connect_sqlite(source, key, read_only=True)
    try:
        dst = connect_sqlite(partial, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, destination)
    fsync_directory(destination.parent)
    return destination


def backup_folder_for(database: Path) -> Path:
    return database.parent / "sauvegardes"


def backup_before_migration(database: Path, from_revision: str, key: bytes | None = None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{database.stem}-avant-migration-{from_revision}-{stamp}.sqlite"
    return backup_sqlite(database, backup_folder_for(database) / name, key)
