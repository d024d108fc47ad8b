"""A database saved by an earlier version opens in this one: migrated, with a backup first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from refparcours.data.backup import backup_folder_for
from refparcours.data.database import alembic_config, head_revision, open_database
from refparcours.dossiers import DossierService
from refparcours.errors import DatabaseOpenError
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


def test_the_household_and_network_survive_the_migration_of_an_old_base(tmp_path):
    """Recreating the dossier table must not delete the rows that point to it (it did, with
    foreign keys on: every household member of a foundation-era base was lost)."""
    path = tmp_path / "ancienne.sqlite"
    database_at_revision(path, "0001")
    with sqlite3.connect(path) as old:
        old.execute("INSERT INTO person (id, dossier_id, first_name, last_name, role, relation, trusted_person, "
                    "position, created_at, updated_at) VALUES ('00000000000040008000000000000002', "
                    "'00000000000040008000000000000001', 'Samira', 'Benali', 'adulte', 'mère', 0, 0, "
                    "'2025-01-02 10:00:00', '2025-01-02 10:00:00')")
        old.execute("INSERT INTO network_contact (id, dossier_id, kind, name, relation, organisation, role, contact, "
                    "chosen_by_family, trusted_person, position, created_at, updated_at) VALUES "
                    "('00000000000040008000000000000003', '00000000000040008000000000000001', 'proche', "
                    "'Fatima Benali', 'sœur', '', '', '06 00 00 00 00', 1, 1, 0, '2025-01-02 10:00:00', "
                    "'2025-01-02 10:00:00')")
    with open_database(path) as database:
        assert DossierService(database).search("gerard")
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT first_name FROM person").scalars().all() == ["Samira"]
            assert connection.exec_driver_sql("SELECT name FROM network_contact").scalars().all() == ["Fatima Benali"]
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on after the migration


def test_a_migration_that_fails_half_way_leaves_the_base_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "ancienne.sqlite"
    database_at_revision(path, "0001")
    from refparcours.data import database as database_module

    real_config = database_module.alembic_config

    def failing_config():
        config = real_config()
        config.set_main_option("script_location", str(tmp_path / "scripts"))
        return config

    # The real migrations up to 0006, then one that fails after changing things.
    versions = Path(real_config().get_main_option("script_location")) / "versions"
    shutil.copytree(versions.parent, tmp_path / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    for later in (tmp_path / "scripts" / "versions").glob("00*.py"):
        if later.name[:4] > "0006":
            later.unlink()
    (tmp_path / "scripts" / "versions" / "0007_broken.py").write_text(
        "from alembic import op\nrevision = '0007'\ndown_revision = '0006'\nbranch_labels = None\n"
        "depends_on = None\n\ndef upgrade():\n    op.execute(\"UPDATE dossier SET label = 'abîmé'\")\n"
        "    op.execute('DROP TABLE person')\n    op.execute('SELECT no_such_function()')\n\n"
        "def downgrade():\n    pass\n", encoding="utf-8")
    monkeypatch.setattr(database_module, "alembic_config", failing_config)
    monkeypatch.setattr(database_module, "known_revisions", lambda: ({f"{n:04d}" for n in range(1, 8)}, "0007"))
    with pytest.raises(DatabaseOpenError, match="Elle a été annulée"):
        open_database(path)
    with sqlite3.connect(path) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT label FROM dossier").fetchall() == [("Famille Gérard",)]
        assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'person'").fetchone() == (1,)
        assert old.execute("SELECT name FROM sqlite_master WHERE name IN ('account', 'plan')").fetchall() == []
