"""Backups through SQLite's online backup API — never a copy of the live file."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from refparcours.fileio import fsync_directory


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` atomically."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    # as_uri() percent-encodes the path: a "#" or "?" in a folder name would otherwise cut
    # the URI short and back up an empty database created beside the real one.
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
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


def backup_before_migration(database: Path, from_revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{database.stem}-avant-migration-{from_revision}-{stamp}.sqlite"
    return backup_sqlite(database, backup_folder_for(database) / name)
