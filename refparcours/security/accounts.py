"""Installations and accounts: creating the first account, logging in, passwords.

An *installation* is a database file plus its side file of key slots. Logging in unwraps
the database key with the account's password, opens the encrypted database and finds the
account there (its role, whether it is active)."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select, update

from refparcours.data import tables
from refparcours.data.database import Database, file_kind, not_a_database_error, open_database
from refparcours.domain import Role
from refparcours.errors import DatabaseOpenError, UserFacingError, ValidationError
from refparcours.fileio import atomic_write_bytes
from refparcours.security import audit
from refparcours.security.keys import (
    KdfParams,
    KeyFile,
    WrongCredentials,
    format_recovery_key,
    key_file_path,
    new_database_key,
    parse_recovery_key,
    tune_kdf,
)
from refparcours.text import clean_text

PASSWORD_MIN = 8
PASSWORD_MAX = 200


@dataclass(frozen=True)
class Account:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role

    @property
    def actor(self) -> audit.Actor:
        return audit.Actor(self.id, self.username)


@dataclass
class OpenSession:
    """A logged-in account and its open database."""

    database: Database
    account: Account
    keyfile: KeyFile

    @property
    def actor(self) -> audit.Actor:
        return self.account.actor

    def close(self) -> None:
        self.database.close()


def check_username(username: str) -> str:
    name = clean_text(username)
    if not 2 <= len(name) <= 100:
        raise ValidationError("L'identifiant compte de 2 à 100 caractères.", field="username")
    return name


def check_password(password: str, confirmation: str | None = None) -> str:
    if len(password) < PASSWORD_MIN:
        raise ValidationError("Le mot de passe doit compter au moins {min} caractères.", field="password",
                              min=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        raise ValidationError("Le mot de passe est trop long ({max} caractères au plus).", field="password",
                              max=PASSWORD_MAX)
    if confirmation is not None and confirmation != password:
        raise ValidationError("Les deux mots de passe ne sont pas identiques.", field="confirmation")
    return password


def _account_from_row(row) -> Account:
    return Account(row.id, row.username, row.display_name, Role(row.role))


class DamagedDatabaseError(DatabaseOpenError):
    """The password opened the key but the file does not open: offer a backup."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.key = key
        self.path = path
        super().__init__(
            "Le mot de passe est bon, mais la base « {name} » est endommagée et ne s'ouvre plus. "
            "Elle peut être remplacée par sa dernière sauvegarde valide.", name=path.name)


class Installation:
    """One database file and its key slots."""

    def __init__(self, database_path: Path, kdf: KdfParams | None = None) -> None:
        self.path = Path(database_path)
        self.keys_path = key_file_path(self.path)
        if kdf is None and os.environ.get("REFPARCOURS_FAST_KDF") == "1":
            kdf = KdfParams.fast()  # test suites only: new installations get cheap Argon2 parameters
        self._kdf = kdf

    # -- what is there ---------------------------------------------------------------------

    def check_file(self) -> None:
        """Refuse at once a file that is no database at all (it is left untouched)."""
        if file_kind(self.path) == "other":
            raise not_a_database_error(self.path)

    @property
    def has_keys(self) -> bool:
        return self.keys_path.exists()

    @property
    def database_exists(self) -> bool:
        return self.path.exists() and self.path.stat().st_size > 0

    @property
    def needs_first_account(self) -> bool:
        """No key slots and no encrypted database: the first start (or a plain database to convert)."""
        return not self.has_keys and file_kind(self.path) in ("absent", "plain")

    @property
    def is_plain(self) -> bool:
        return file_kind(self.path) == "plain"

    # -- first start -------------------------------------------------------------------------

    def create(self, username: str, display_name: str, password: str) -> tuple[OpenSession, str]:
        """The first account (administrateur) and the recovery key, shown once."""
        self.check_file()
        username = check_username(username)
        check_password(password)
        if self.has_keys:
            raise UserFacingError("Cette base a déjà des comptes : connectez-vous.")
        if self.is_plain:
            from refparcours.security.conversion import encrypt_plain_database

            key = new_database_key()
            encrypt_plain_database(self.path, key)
        elif self.database_exists:
            raise UserFacingError("Cette base est déjà chiffrée : utilisez la clé de secours pour y créer un accès.")
        else:
            key = new_database_key()
        database = open_database(self.path, key=key)
        try:
            keyfile = KeyFile.create(self.keys_path, key, username, password, self._kdf or tune_kdf())
            account = self._insert_account(database, username, display_name, Role.ADMINISTRATEUR, actor=None)
        except BaseException:
            database.close()
            raise
        return OpenSession(database, account, keyfile), format_recovery_key(key)

    # -- logging in --------------------------------------------------------------------------

    def _load_keys(self) -> KeyFile:
        """The side file; if it was lost, its copy kept with the backups is put back."""
        if not self.keys_path.exists():
            from refparcours.data.backup import backup_folder_for
            from refparcours.data.backups import backup_key_file

            copy = backup_key_file(backup_folder_for(self.path), self.path)
            if copy.exists():
                atomic_write_bytes(self.keys_path, copy.read_bytes())
        return KeyFile.load(self.keys_path)

    def login(self, username: str, password: str) -> OpenSession:
        self.check_file()
        keyfile = self._load_keys()
        username = clean_text(username)
        key = keyfile.unlock(username, password)
        try:
            database = open_database(self.path, key=key)
        except DatabaseOpenError as error:
            if "endommagé" in error.template or "n'est pas une base" in error.template:
                # The password was right, so the key is: the file itself is damaged.
                raise DamagedDatabaseError(self.path, key) from None
            raise
        try:
            account = self._find_account(database, username)
            if account is None:
                raise WrongCredentials()
            with database.engine.begin() as connection:
                failures = keyfile.take_failures_reported(username)
                if failures:
                    audit.append(connection, account.actor, "login_failed", record_type="account",
                                 record_id=str(account.id), detail=f"{failures} essai(s) manqué(s) avant connexion")
                audit.append(connection, account.actor, "login", record_type="account", record_id=str(account.id))
            if account.role == Role.ADMINISTRATEUR:
                # The CNIL keeps logs 6 months to 1 year: older entries go, the chain stays verifiable.
                cutoff = audit.retention_cutoff()
                with database.engine.begin() as connection:
                    if audit.entries(connection, until=cutoff, limit=1):
                        audit.prune(connection, older_than=cutoff, actor=account.actor)
        except BaseException:
            database.close()
            raise
        return OpenSession(database, account, keyfile)

    def open_with_recovery_key(self, recovery_key: str) -> Database:
        """The database opened with the organisation's recovery key (to reset a password
        or rebuild a lost side file)."""
        return open_database(self.path, key=parse_recovery_key(recovery_key))

    def reset_with_recovery_key(self, recovery_key: str, username: str, new_password: str) -> OpenSession:
        """Give an administrator a new password (and a new side file if it was lost)."""
        check_password(new_password)
        key = parse_recovery_key(recovery_key)
        database = open_database(self.path, key=key)
        try:
            account = self._find_account(database, clean_text(username))
            if account is None or account.role != Role.ADMINISTRATEUR:
                raise UserFacingError("Aucun compte administrateur actif ne porte l'identifiant « {name} ».",
                                      name=username)
            if self.has_keys:
                keyfile = KeyFile.load(self.keys_path)
                keyfile.set_password(account.username, new_password, key)
            else:
                keyfile = KeyFile.create(self.keys_path, key, account.username, new_password, self._kdf or tune_kdf())
            with database.engine.begin() as connection:
                audit.append(connection, account.actor, "account_password", record_type="account",
                             record_id=str(account.id), detail="réinitialisé avec la clé de secours")
        except BaseException:
            database.close()
            raise
        return OpenSession(database, account, keyfile)

    # -- accounts ----------------------------------------------------------------------------

    def add_account(self, session: OpenSession, username: str, display_name: str, role: Role,
                    password: str) -> Account:
        if session.account.role != Role.ADMINISTRATEUR:
            raise UserFacingError("Seul un compte administrateur peut créer des comptes.")
        username = check_username(username)
        check_password(password)
        if username in session.keyfile.usernames:
            raise ValidationError("L'identifiant « {name} » est déjà pris.", field="username", name=username)
        account = self._insert_account(session.database, username, display_name, role, actor=session.actor)
        session.keyfile.set_password(username, password, session.database.key)
        return account

    def change_password(self, session: OpenSession, old_password: str, new_password: str,
                        confirmation: str | None = None) -> None:
        """Re-wraps the database key under the new password; the database is not re-encrypted."""
        check_password(new_password, confirmation)
        session.keyfile.unlock(session.account.username, old_password)
        session.keyfile.set_password(session.account.username, new_password, session.database.key)
        with session.database.engine.begin() as connection:
            audit.append(connection, session.actor, "account_password", record_type="account",
                         record_id=str(session.account.id))

    def verify_password(self, session: OpenSession, password: str) -> None:
        """Raises WrongCredentials (or TooManyAttempts); used to unlock the screen."""
        session.keyfile.unlock(session.account.username, password)

    @staticmethod
    def _find_account(database: Database, username: str) -> Account | None:
        with database.engine.connect() as connection:
            row = connection.execute(
                select(tables.account).where(tables.account.c.username == username, tables.account.c.active)
            ).first()
        return _account_from_row(row) if row else None

    @staticmethod
    def _insert_account(database: Database, username: str, display_name: str, role: Role,
                        actor: audit.Actor | None) -> Account:
        account_id = uuid.uuid4()
        display = clean_text(display_name) or username
        with database.engine.begin() as connection:
            connection.execute(insert(tables.account).values(id=account_id, username=username, display_name=display,
                                                             role=role))
            account = Account(account_id, username, display, role)
            audit.append(connection, actor or account.actor, "account_create", record_type="account",
                         record_id=str(account_id), detail=f"rôle : {role.value}")
        return account

    @staticmethod
    def list_accounts(session: OpenSession) -> list[tuple[Account, bool]]:
        """Every account with whether it is active, for the administrator."""
        with session.database.engine.connect() as connection:
            rows = connection.execute(select(tables.account).order_by(tables.account.c.username)).all()
        return [(_account_from_row(row), bool(row.active)) for row in rows]

    def disable_account(self, session: OpenSession, account_id: uuid.UUID) -> None:
        """The account can no longer log in (its slot is removed); its log entries stay."""
        if session.account.role != Role.ADMINISTRATEUR:
            raise UserFacingError("Seul un compte administrateur peut désactiver des comptes.")
        if account_id == session.account.id:
            raise UserFacingError("Vous ne pouvez pas désactiver votre propre compte.")
        with session.database.engine.connect() as connection:
            username = connection.execute(
                select(tables.account.c.username).where(tables.account.c.id == account_id)).scalar()
        if username is None:
            raise UserFacingError("Ce compte n'existe pas.")
        session.keyfile.remove(username)
        with session.database.engine.begin() as connection:
            connection.execute(update(tables.account).where(tables.account.c.id == account_id).values(active=False))
            audit.append(connection, session.actor, "account_disable", record_type="account",
                         record_id=str(account_id))
