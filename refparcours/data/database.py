"""Opening a database: the one place where connections are configured, locked,
version-checked, backed up and migrated."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import re

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from refparcours.data.backup import backup_before_migration
from refparcours.data.lock import DatabaseLock
from refparcours.errors import DatabaseOpenError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def resolve_url(database: str | Path) -> URL:
    """A SQLAlchemy URL from what the user typed: a URL, or a plain file path."""
    text = str(database).strip()
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseOpenError("L'adresse de base de données « {url} » n'est pas valide.", url=text) from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseOpenError(
            "refparcours fonctionne avec SQLite ou PostgreSQL ; « {backend} » n'est pas pris en charge.",
            backend=url.get_backend_name(),
        )
    return url


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and other databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser().resolve()


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([^'\"\s]+)['\"]?\s*$", re.MULTILINE)


def alembic_config():
    from alembic.config import Config  # alembic is imported only when a migration runs

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> tuple[set[str], str]:
    """The migrations this version of the app knows, and the newest one.

    Read from the migration files directly: importing alembic costs a noticeable part of
    start-up, and it is only needed when a migration actually runs."""
    revisions: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            revisions[found["revision"]] = None if down in (None, "None") else down
    parents = set(revisions.values())
    heads = [rev for rev in revisions if rev not in parents]
    assert len(heads) == 1, f"migrations must form one line, heads: {heads}"
    return set(revisions), heads[0]


def head_revision() -> str:
    return known_revisions()[1]


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # WAL is set by _enable_wal once the file is known to be ours: switching a refused
        # file to WAL would rewrite its header.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _not_a_database(path: Path | str) -> DatabaseOpenError:
    return DatabaseOpenError(
        "Le fichier « {path} » n'est pas une base de données refparcours (ou il est endommagé). "
        "Il n'a pas été modifié.",
        path=str(path),
    )


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseOpenError("« {path} » est un dossier, pas une base de données.", path=str(path))
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _not_a_database(path)


class Database:
    """An open, migrated database. Use :meth:`session` for one unit of work."""

    def __init__(self, engine: Engine, url: URL, lock: DatabaseLock | None) -> None:
        self.engine = engine
        self.url = url
        self._lock = lock
        self._sessions = None

    @property
    def path(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        return path.name if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Any]:
        """One ORM transaction: committed if the block succeeds, rolled back otherwise."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker  # the ORM loads on first use, not at start-up

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def open_database(database: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and migrate a database; raise DatabaseOpenError in French."""
    url = resolve_url(database)
    path = sqlite_file(url)
    lock = None
    if path is not None:
        _check_sqlite_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                "Impossible de créer le dossier « {folder} » : {reason}.", folder=str(path.parent), reason=exc.strerror
            ) from None
        lock = DatabaseLock(path)
        lock.acquire()
    try:
        engine = _create_engine(url)
        try:
            if migrate:
                _migrate(engine, path)
            if url.get_backend_name() == "sqlite":
                _enable_wal(engine)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Database(engine, url, lock)


def _create_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _enable_wal(engine: Engine) -> None:
    """Persistent: once set, every connection to the file uses the write-ahead log."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")


def _current_revision(connection) -> str | None:
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _migrate(engine: Engine, path: Path | None) -> None:
    known, head = known_revisions()
    try:
        with engine.connect() as connection:
            current = _current_revision(connection)
            tables = set(inspect(connection).get_table_names())
    except (DatabaseError, OperationalError) as exc:
        if path is not None and "not a database" in str(exc).lower():
            raise _not_a_database(path) from None
        raise DatabaseOpenError("La base de données ne peut pas être ouverte : {reason}", reason=str(exc.orig)) from None

    if current is None and tables - {"alembic_version"}:
        raise DatabaseOpenError(
            "Cette base de données n'a pas été créée par refparcours : elle contient déjà d'autres tables. "
            "Elle n'a pas été modifiée."
        )
    if current is not None and current not in known:
        raise DatabaseOpenError(
            "Cette base a été enregistrée par une version plus récente de refparcours (révision {revision}). "
            "Installez la dernière version de l'application pour l'ouvrir ; la base n'a pas été modifiée.",
            revision=current,
        )
    if current == head:
        return
    if current is not None and path is not None:
        backup = backup_before_migration(path, current)
        log.info("Sauvegarde avant migration : %s", backup)
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
