"""Turning a plain database (from before encryption) into an encrypted one."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from refparcours.data.backup import backup_folder_for
from refparcours.data.database import connect_sqlite, file_kind
from refparcours.errors import UserFacingError
from refparcours.fileio import fsync_directory


def encrypt_plain_database(path: Path, key: bytes) -> Path:
    """Encrypt ``path`` in place with SQLCipher's ``sqlcipher_export``.

    The encrypted copy is written beside the database and verified; an encrypted backup is
    kept in ``sauvegardes/`` before the plain file is replaced. Returns that backup."""
    from sqlcipher3 import dbapi2 as sqlcipher

    encrypted = path.with_name(path.name + ".chiffrement")
    for leftover in (encrypted, Path(str(encrypted) + "-journal")):
        leftover.unlink(missing_ok=True)
    plain = sqlcipher.connect(str(path))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(encrypted),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    except sqlite3.DatabaseError as exc:
        raise UserFacingError("La base n'a pas pu être chiffrée : {reason}. Elle n'a pas été modifiée.",
                              reason=str(exc)) from None
    finally:
        plain.close()
    check = connect_sqlite(encrypted, key)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise UserFacingError("La copie chiffrée de la base est incomplète ; la base n'a pas été modifiée.")
    finally:
        check.close()
    with open(encrypted, "rb+") as handle:
        os.fsync(handle.fileno())
    from datetime import datetime

    from refparcours.data.backup import backup_sqlite
    from refparcours.data.backups import backup_name

    folder = backup_folder_for(path)
    backup = folder / backup_name(path.stem, datetime.now(), "avant-chiffrement")
    backup_sqlite(encrypted, backup, key)  # the backup is encrypted too: no new plaintext copy
    os.replace(encrypted, path)
    for stale in (Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        stale.unlink(missing_ok=True)
    # Backups made before encryption are plaintext copies of the same families: the
    # encrypted backup just made replaces them.
    for old in folder.glob(f"{path.stem}-*.sqlite"):
        if file_kind(old) == "plain":
            old.unlink()
    fsync_directory(path.parent)
    return backup
