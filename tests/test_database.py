"""Opening a database: settings that protect the data, the schema, refusals that leave
the user's file alone, and backups."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import delete, func, select

from refparcours.data.backup import backup_before_migration, backup_sqlite
from refparcours.data.database import head_revision, open_database, resolve_url
from refparcours.data.models import Base, Dossier, NetworkContact, Person
from refparcours.demo import fill_demo
from refparcours.errors import DatabaseOpenError

REFERENCE = date(2026, 11, 1)
TABLES = ("dossier", "person", "network_contact")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "t.db"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


def make_sqlite(path: Path, *statements: str) -> bytes:
    """A plain SQLite file (rollback journal, as other programs leave them); its bytes."""
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path.read_bytes()


def row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    finally:
        connection.close()


# -- connection settings and schema -------------------------------------------------------


def test_every_connection_protects_the_data(db):
    # Two connections at once: both fresh from the pool, both configured.
    with db.engine.connect() as first, db.engine.connect() as second:
        for connection in (first, second):
            pragma = lambda name, c=connection: c.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL: a power cut loses no committed change
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") > 0


def test_migrated_schema_matches_the_models(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == head_revision()


def test_reopening_an_up_to_date_database_keeps_its_data(db_path):
    with open_database(db_path) as database:
        fill_demo(database, 3, seed=1, reference=REFERENCE)
    with open_database(db_path) as database, database.session() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 3


def test_deleting_a_dossier_deletes_its_household_and_network(db):
    fill_demo(db, 2, seed=3, reference=REFERENCE)
    with db.session() as session:
        victim = session.scalars(select(Dossier.id).order_by(Dossier.id)).first()
        keeper_persons = session.scalar(select(func.count()).select_from(Person).where(Person.dossier_id != victim))
        assert session.scalar(select(func.count()).select_from(Person).where(Person.dossier_id == victim)) > 0
    # A plain SQL delete, not the ORM: the database itself must cascade.
    with db.engine.begin() as connection:
        connection.execute(delete(Dossier).where(Dossier.id == victim))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person).where(Person.dossier_id == victim)) == 0
        assert session.scalar(select(func.count()).select_from(NetworkContact).where(NetworkContact.dossier_id == victim)) == 0
        assert session.scalar(select(func.count()).select_from(Person)) == keeper_persons


# -- one window per database --------------------------------------------------------------


def test_second_open_is_refused_until_the_first_is_closed(db_path):
    first = open_database(db_path)
    try:
        with pytest.raises(DatabaseOpenError) as caught:
            open_database(db_path)
        assert "déjà ouverte" in caught.value.message
        assert "t.db" in caught.value.message
    finally:
        first.close()
    second = open_database(db_path)
    second.close()


# -- refusals that leave the file alone ---------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(4096),
        "Compte rendu de la réunion du 12 mars\nPrésents : …\n".encode(),
        b"SQLite format 3\x00" + os.urandom(4000),  # right header, damaged body
    ],
    ids=["random-bytes", "text-file", "damaged-sqlite"],
)
def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert "n'est pas une base de données refparcours" in caught.value.message
    assert "n'a pas été modifié" in caught.value.message
    assert path.read_bytes() == content


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(tmp_path)
    assert "est un dossier" in caught.value.message


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.db"
    content = make_sqlite(
        path,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('9999_future')",
        "CREATE TABLE dossier (id CHAR(32) PRIMARY KEY, something_new TEXT)",
    )
    for _attempt in range(2):  # the refusal releases the lock: the second try says the same
        with pytest.raises(DatabaseOpenError) as caught:
            open_database(path)
        assert "plus récente" in caught.value.message
        assert "9999_future" in caught.value.message
    assert path.read_bytes() == content


def test_refparcours_database_from_a_newer_version_is_untouched(db_path):
    # As a newer refparcours would leave it: our schema, WAL mode, a revision we don't know.
    with open_database(db_path) as database:
        fill_demo(database, 2, seed=1, reference=REFERENCE)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    content = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(db_path)
    assert "plus récente" in caught.value.message
    assert db_path.read_bytes() == content
    assert row_counts(db_path)["dossier"] == 2


def test_sqlite_file_of_another_program_is_refused_and_untouched(tmp_path):
    path = tmp_path / "agenda.sqlite"
    content = make_sqlite(
        path, "CREATE TABLE rendezvous (id INTEGER PRIMARY KEY, quand TEXT)", "INSERT INTO rendezvous VALUES (1, 'lundi')"
    )
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert "n'a pas été créée par refparcours" in caught.value.message
    assert path.read_bytes() == content
    assert not (tmp_path / "sauvegardes").exists()


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "nouvelle.db"
    path.touch()
    with open_database(path) as database, database.session() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0


# -- where the database is ----------------------------------------------------------------


def test_missing_folders_of_a_sqlite_url_are_created(tmp_path):
    path = tmp_path / "pas encore" / "créé" / "x.db"
    with open_database(f"sqlite:///{path}") as database:
        assert database.path == path
    assert path.is_file()


def test_plain_path_gives_an_absolute_sqlite_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = resolve_url("relative.db")
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(tmp_path.resolve() / "relative.db")
    assert Path(resolve_url(tmp_path / "b.db").database).is_absolute()


def test_postgresql_url_is_accepted_as_is():
    url = resolve_url("postgresql://referent@serveur/refparcours")
    assert url.get_backend_name() == "postgresql" and url.database == "refparcours"


def test_unsupported_database_is_refused_in_french():
    with pytest.raises(DatabaseOpenError) as caught:
        resolve_url("mysql://x")
    assert "n'est pas pris en charge" in caught.value.message
    assert "mysql" in caught.value.message


# -- backups ------------------------------------------------------------------------------


def test_backup_is_a_complete_sound_copy_of_a_database_in_use(db, db_path, tmp_path):
    fill_demo(db, 25, seed=5, reference=REFERENCE)
    # Taken while the app holds the database open: recent changes may still sit in the WAL.
    backup = backup_sqlite(db_path, tmp_path / "copies" / "copie.sqlite")
    assert backup == tmp_path / "copies" / "copie.sqlite"
    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # A standalone file: no -wal beside it is needed to read it.
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()
    assert row_counts(backup) == row_counts(db_path)
    assert row_counts(backup)["dossier"] == 25
    assert [p.name for p in backup.parent.iterdir()] == ["copie.sqlite"]  # no partial file left


def test_backup_works_when_the_folder_name_has_url_characters(tmp_path):
    # "#", "?" and "%" once cut the path short and produced an empty "backup".
    path = tmp_path / "Dossier #2 ? 100%" / "base.db"
    with open_database(path) as database:
        fill_demo(database, 3, seed=2, reference=REFERENCE)
    backup = backup_sqlite(path, path.parent / "copie.sqlite")
    assert row_counts(backup) == row_counts(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Dossier #2 ? 100%"]


def test_backup_before_migration_goes_to_the_sauvegardes_folder(db, db_path):
    fill_demo(db, 4, seed=9, reference=REFERENCE)
    backup = backup_before_migration(db_path, "0001")
    assert backup.parent == db_path.parent / "sauvegardes"
    assert backup.name.startswith("t-") and backup.name.endswith("-avant-migration.sqlite")
    assert row_counts(backup) == row_counts(db_path)


def test_database_whose_lock_cannot_be_written_is_refused_in_french(db_path):
    # Stands in for a read-only folder (which root, running CI, could still write to):
    # the lock file cannot be created.
    db_path.with_name(db_path.name + ".lock").mkdir()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(db_path)
    assert "ne peut pas être ouverte" in caught.value.message
    assert not db_path.exists()
