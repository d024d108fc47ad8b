"""Backups through SQLite's online backup API — never a copy of the live file.

This module holds the low-level copy; naming, verification, thinning, the second
destination and restoring live in :mod:`refparcours.data.backups`."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from refparcours.fileio import fsync_directory

# Pages copied per step of the backup API (4 MiB with SQLCipher's 4 KiB pages): between two
# steps the source is free, and the caller's progress callback runs.
PAGES_PER_STEP = 1024
# What SQLite may leave beside a database file.
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")

Progress = Callable[[int, int], None]


def remove_with_side_files(path: Path) -> None:
    """Delete a (closed) database file and its journal, WAL and shared-memory files.

    A leftover hot journal beside a new file of the same name would be "rolled back" into it."""
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES)):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass


def backup_sqlite(
    source: Path,
    destination: Path,
    key: bytes | None = None,
    *,
    pages: int = PAGES_PER_STEP,
    progress: Progress | None = None,
) -> Path:
    """Write a consistent copy of ``source`` to ``destination`` atomically; with ``key``,
    the copy is encrypted with the same key as the source (SQLCipher encrypts every page it
    writes, journal included: nothing reaches the disk in clear).

    The copy is made ``pages`` pages at a time; ``progress(done_pages, total_pages)`` is
    called after each step. It is written to a hidden ``.<name>.partial`` file, synced, then
    renamed: if the process dies half-way, ``destination`` either does not exist or is the
    previous complete file, and only the partial file is left behind (removed by the next
    backup to the same name, or by :func:`refparcours.data.backups.make_backup`)."""
    from refparcours.data.database import connect_sqlite

    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    remove_with_side_files(partial)  # left by an interrupted backup
    # connect_sqlite percent-encodes the path: a "#" or "?" in a folder name would otherwise
    # cut the URI short and back up an empty database created beside the real one.
    src = connect_sqlite(source, key, read_only=True)
    try:
        src.execute("PRAGMA temp_store=MEMORY")
        dst = connect_sqlite(partial, key)
        try:
            dst.execute("PRAGMA temp_store=MEMORY")
            if src.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                # One read transaction for the whole copy: a snapshot of the database as it is
                # now. Without it, every commit by the app between two steps would restart the
                # backup from the first page. (With a rollback journal, holding the read lock
                # would block the app's writes instead: there the backup API restarts.)
                src.execute("BEGIN")
                src.execute("SELECT count(*) FROM sqlite_master").fetchall()

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=max(1, pages), progress=report)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()  # also ends the read transaction
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, destination)
    fsync_directory(destination.parent)
    return destination


def backup_folder_for(database: Path) -> Path:
    return database.parent / "sauvegardes"


def backup_before_migration(database: Path, from_revision: str, key: bytes | None = None) -> Path:
    """A verified backup named ``<stem>-AAAAMMJJ-HHMMSS-avant-migration.sqlite``; raises a
    French error (and the migration does not run) if it cannot be made.

    ``from_revision`` is not part of the name: it is inside the backup (``alembic_version``)."""
    from refparcours.data.backups import make_backup

    return make_backup(database, key, "avant-migration").path
