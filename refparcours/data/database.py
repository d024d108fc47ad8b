"""Opening a database: the one place where connections are configured, locked,
version-checked, backed up and migrated."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

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
    if url.drivername == "postgresql":  # the driver refparcours installs
        url = url.set(drivername="postgresql+psycopg")
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


def connect_sqlite(path: Path, key: bytes | None = None, *, read_only: bool = False):
    """A DB-API connection to a SQLite file: SQLCipher with the raw key when there is one.

    The key is given as a raw 256-bit key (``x'…'``): SQLCipher then skips its own key
    derivation, which the password slots already did."""
    uri = f"{Path(path).resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"
    if key is None:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported in French, not on stderr
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def file_kind(path: Path) -> str:
    """"absent", "plain" (SQLite), "encrypted" (SQLCipher) or "other" (text, another format).

    An encrypted file starts with a random salt; a file whose first bytes are all readable
    text is something else (notes, a CSV…) and is never taken for a database."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return "absent"
    if not header:
        return "absent"
    if header == SQLITE_HEADER:
        return "plain"
    if len(header) < len(SQLITE_HEADER) or all(32 <= byte < 127 or byte in (9, 10, 13) for byte in header):
        return "other"
    return "encrypted"


def is_encrypted_file(path: Path) -> bool:
    return file_kind(path) == "encrypted"


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Sorting and temporary indexes stay in memory: no plaintext temporary files.
        cursor.execute("PRAGMA temp_store=MEMORY")
        # WAL is set by _enable_wal once the file is known to be ours: switching a refused
        # file to WAL would rewrite its header.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def not_a_database_error(path: Path | str) -> DatabaseOpenError:
    return DatabaseOpenError(
        "Le fichier « {path} » n'est pas une base de données refparcours (ou il est endommagé). "
        "Il n'a pas été modifié.",
        path=str(path),
    )


class PlainDatabaseError(DatabaseOpenError):
    """A database from before encryption: it can be converted."""


def _check_sqlite_file(path: Path, key: bytes | None) -> None:
    if path.is_dir():
        raise DatabaseOpenError("« {path} » est un dossier, pas une base de données.", path=str(path))
    if not path.exists() or path.stat().st_size == 0:
        return
    kind = file_kind(path)
    encrypted = kind == "encrypted"
    if kind == "other" or (key is None and encrypted):
        raise not_a_database_error(path)
    if key is not None and not encrypted:
        raise PlainDatabaseError(
            "La base « {name} » n'est pas encore chiffrée. Elle peut l'être maintenant (une sauvegarde est faite "
            "d'abord).",
            name=path.name,
        )


class Database:
    """An open, migrated database. Use :meth:`session` for one unit of work."""

    def __init__(self, engine: Engine, url: URL, lock: DatabaseLock | None, key: bytes | None = None) -> None:
        self.engine = engine
        self.url = url
        self._lock = lock
        # Kept in memory while the database is open, for backups; never written anywhere.
        self.key = key
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


def open_database(database: str | Path, *, key: bytes | None = None, migrate: bool = True) -> Database:
    """Open (creating if needed) and migrate a database; raise DatabaseOpenError in French.

    With ``key``, a SQLite file is encrypted with SQLCipher (a new one is created encrypted)."""
    url = resolve_url(database)
    path = sqlite_file(url)
    lock = None
    if path is None:
        key = None  # PostgreSQL: protected by the server, not by SQLCipher
    else:
        _check_sqlite_file(path, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                "Impossible de créer le dossier « {folder} » : {reason}.", folder=str(path.parent), reason=exc.strerror
            ) from None
        lock = DatabaseLock(path)
        lock.acquire()
    try:
        engine = _create_engine(url, path, key)
        try:
            if migrate:
                _migrate(engine, path, key)
            if url.get_backend_name() == "sqlite":
                _enable_wal(engine, path)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Database(engine, url, lock, key)


class ServerUnavailableError(DatabaseOpenError):
    """The team server does not answer (down, network cut): what the user typed stays on screen."""


def _server_errors(context) -> BaseException | None:
    """SQLAlchemy's error hook: a server problem replaced by its French explanation."""
    return _server_error(context.original_exception, context.is_disconnect)


def _server_error(original: BaseException, is_disconnect: bool = False) -> BaseException | None:
    """A lost or refused connection to the team server, in French (instead of the driver's words)."""
    text = str(original).lower()
    if is_disconnect or "connection refused" in text or "could not connect" in text \
            or "server closed the connection" in text or "connection failed" in text:
        return ServerUnavailableError(
            "Le serveur de la base ne répond pas (arrêté, ou le réseau est coupé). Ce que vous avez écrit reste à "
            "l'écran ; réessayez dans un instant.")
    if "password authentication failed" in text or "authentication failed" in text:
        return DatabaseOpenError("Le serveur refuse ces identifiants : vérifiez l'utilisateur et le mot de passe "
                                 "de la base.")
    return None


def _server_connector(url: URL):
    """Connections to the team server; a refused one is said in French (the pool raises it as is)."""
    import psycopg

    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)

    def connect():
        try:
            return psycopg.connect(conninfo)
        except psycopg.OperationalError as error:
            translated = _server_error(error)
            if translated is not None:
                raise translated from None
            raise

    return connect


def _create_engine(url: URL, path: Path | None, key: bytes | None) -> Engine:
    if url.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True, creator=_server_connector(url))
        event.listen(engine, "handle_error", _server_errors)
        return engine
    if path is None:  # in memory
        engine = create_engine(url)
    elif key is None:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    else:
        from sqlcipher3 import dbapi2 as sqlcipher

        # A creator with the plain pysqlite dialect: the pysqlcipher dialect breaks with creator.
        engine = create_engine("sqlite+pysqlite://", module=sqlcipher, poolclass=QueuePool,
                               creator=lambda: connect_sqlite(path, key))
    event.listen(engine, "connect", _configure_sqlite)
    return engine


def _enable_wal(engine: Engine, path: Path | None) -> None:
    """Persistent: once set, every connection to the file uses the write-ahead log."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    except (DatabaseError, OperationalError) as exc:  # a read-only file or folder, an unknown file format
        raise DatabaseOpenError(
            "La base « {name} » ne peut pas être modifiée ({reason}) : vérifiez que le fichier et son dossier ne "
            "sont pas en lecture seule. Elle n'a pas été modifiée.",
            name=path.name if path else "", reason=str(getattr(exc, "orig", exc)),
        ) from None


def _current_revision(connection) -> str | None:
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _migrate(engine: Engine, path: Path | None, key: bytes | None) -> None:
    known, head = known_revisions()
    try:
        with engine.connect() as connection:
            current = _current_revision(connection)
            tables = set(inspect(connection).get_table_names())
    except DatabaseOpenError:
        raise
    except (DatabaseError, OperationalError) as exc:
        if path is not None and "not a database" in str(exc).lower():
            if key is not None:
                raise DatabaseOpenError(
                    "La base « {name} » ne s'ouvre pas avec cette clé : ce n'est pas la clé de cette base, ou le "
                    "fichier est endommagé. Il n'a pas été modifié.",
                    name=path.name,
                ) from None
            raise not_a_database_error(path) from None
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
    backup = None
    if current is not None and path is not None:
        backup = backup_before_migration(path, current, key)
        log.info("Sauvegarde avant migration : %s", backup)
    try:
        _upgrade_in_one_transaction(engine)
    except (DatabaseError, OperationalError) as exc:
        reason = str(getattr(exc, "orig", exc))
        if backup is None:
            raise DatabaseOpenError("La mise à jour de la base pour cette version de refparcours a échoué ({reason}). "
                                    "Elle a été annulée : la base est restée telle qu'elle était.",
                                    reason=reason) from None
        raise DatabaseOpenError("La mise à jour de la base pour cette version de refparcours a échoué ({reason}). "
                                "Elle a été annulée : la base est restée telle qu'elle était (une sauvegarde en a "
                                "été faite avant : « {backup} »).", reason=reason, backup=backup.name) from None


def _upgrade_in_one_transaction(engine: Engine) -> None:
    """All migrations or none, whatever happens (a power cut, a kill, an error).

    On SQLite, Python's driver would run each CREATE/DROP outside any transaction, and with
    foreign keys on, recreating a table (Alembic's batch mode) deletes the rows pointing at it
    (``ON DELETE CASCADE`` on the implicit DELETE of DROP TABLE): both are turned off for the
    migration, and the foreign keys are checked before committing."""
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # ignored inside a transaction
            connection.commit()
        try:
            with connection.begin():
                if sqlite:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise DatabaseOpenError(
                            "La mise à jour de la base a été annulée : la table « {table} » contient une fiche qui "
                            "renvoie à une fiche absente. La base est restée telle qu'elle était.",
                            table=broken[0])
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
