"""A database saved by an earlier version opens in this one: migrated, with a backup first."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from refparcours.data.backup import backup_folder_for
from refparcours.data.database import alembic_config, head_revision, open_database
from refparcours.dossiers import DossierService
from refparcours.security.keys import new_database_key


def database_at_revision(path, revision: str, key: bytes | None = None) -> None:
    """A file as an older refparcours left it: schema at ``revision``, one family in it."""
    from refparcours.data.database import connect_sqlite

    engine = create_engine("sqlite://", creator=lambda: connect_sqlite(path, key))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.exec_driver_sql(
            "INSERT INTO dossier (id, label, territory, referent, state, opened_on, closure_reason, address, "
            "postal_code, commune, address_protected, search_text, sort_key, created_at, updated_at) VALUES "
            "('00000000000040008000000000000001', 'Famille Gérard', '', '', 'reperage', '2025-01-02', '', '', '', "
            "'', 0, 'famille gerard', 'famille gerard', '2025-01-02 10:00:00', '2025-01-02 10:00:00')")
    engine.dispose()


def test_a_foundation_database_is_migrated_after_a_backup(tmp_path):
    path = tmp_path / "ancienne.sqlite"
    database_at_revision(path, "0001")
    with open_database(path) as database:
        assert DossierService(database).search("gerard")
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    backups = list(backup_folder_for(path).glob("*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT label FROM dossier").fetchall() == [("Famille Gérard",)]


def test_an_encrypted_database_is_migrated_with_an_encrypted_backup(tmp_path):
    path = tmp_path / "chiffree.sqlite"
    key = new_database_key()
    database_at_revision(path, "0001", key)
    with open_database(path, key=key) as database:
        assert DossierService(database).search("gerard")
    backup = next(backup_folder_for(path).glob("*.sqlite"))
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert b"Famille G" not in backup.read_bytes()
