"""Accounts on a team server (PostgreSQL): the same accounts, roles and audit log as on a
laptop, with each password checked against its Argon2id hash in the account table (the server
protects the data at rest; there is no database key to unwrap). Same interface as
``accounts.Installation``, so the login screens and the administration work unchanged."""

from __future__ import annotations

import uuid

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update

from refparcours.data import tables
from refparcours.data.database import Database
from refparcours.domain import Role
from refparcours.errors import UserFacingError, ValidationError
from refparcours.security import audit
from refparcours.security.accounts import Account, Installation, OpenSession, check_password, check_username
from refparcours.security.keys import WrongCredentials

_hasher = PasswordHasher()


class ServerInstallation:
    """The accounts of one team-server database."""

    server = True
    is_plain = False

    def __init__(self, database: Database, hasher: PasswordHasher | None = None) -> None:
        self.database = database
        self.hasher = hasher or _hasher

    def check_file(self) -> None:
        """Nothing to check on a server (the connection was made already)."""

    @property
    def needs_first_account(self) -> bool:
        with self.database.engine.connect() as connection:
            return not connection.execute(select(func.count()).select_from(tables.account)
                                          .where(tables.account.c.active)).scalar()

    def create(self, username: str, display_name: str, password: str) -> tuple[OpenSession, str]:
        """The first account, an administrator. No recovery key: the server's own backups and
        another administrator are the way back."""
        if not self.needs_first_account:
            raise UserFacingError("Cette base a déjà des comptes : connectez-vous.")
        username = check_username(username)
        check_password(password)
        account = Installation._insert_account(self.database, username, display_name, Role.ADMINISTRATEUR, None)
        self._set_hash(account.id, password)
        return OpenSession(self.database, account, None), ""

    def login(self, username: str, password: str) -> OpenSession:
        username = username.strip()
        with self.database.engine.begin() as connection:
            row = connection.execute(select(tables.account).where(tables.account.c.username == username,
                                                                  tables.account.c.active)).first()
            account = Account(row.id, row.username, row.display_name, Role(row.role)) if row else None
            try:
                if row is None or row.password_hash is None:
                    raise VerificationError
                self.hasher.verify(row.password_hash, password)
                accepted = True
            except (VerificationError, InvalidHashError):
                accepted = False
            if account is not None:  # the failure is logged too (committed, then refused)
                audit.append(connection, account.actor, "login" if accepted else "login_failed",
                             record_type="account", record_id=str(account.id))
        if not accepted:
            raise WrongCredentials()
        return OpenSession(self.database, account, None)

    def verify_password(self, session: OpenSession, password: str) -> None:
        """Raises WrongCredentials; used to unlock the screen."""
        with self.database.engine.connect() as connection:
            stored = connection.execute(select(tables.account.c.password_hash)
                                        .where(tables.account.c.id == session.account.id)).scalar()
        try:
            self.hasher.verify(stored or "", password)
        except (VerificationError, InvalidHashError):
            raise WrongCredentials() from None

    def add_account(self, session: OpenSession, username: str, display_name: str, role: Role,
                    password: str) -> Account:
        if session.account.role != Role.ADMINISTRATEUR:
            raise UserFacingError("Seul un compte administrateur peut créer des comptes.")
        username = check_username(username)
        check_password(password)
        with self.database.engine.connect() as connection:
            taken = connection.execute(select(tables.account.c.id)
                                       .where(tables.account.c.username == username)).first()
        if taken is not None:
            raise ValidationError("L'identifiant « {name} » est déjà pris.", field="username", name=username)
        account = Installation._insert_account(self.database, username, display_name, role, actor=session.actor)
        self._set_hash(account.id, password)
        return account

    def change_password(self, session: OpenSession, old_password: str, new_password: str,
                        confirmation: str | None = None) -> None:
        check_password(new_password, confirmation)
        self.verify_password(session, old_password)
        self._set_hash(session.account.id, new_password)
        with self.database.engine.begin() as connection:
            audit.append(connection, session.actor, "account_password", record_type="account",
                         record_id=str(session.account.id))

    list_accounts = staticmethod(Installation.list_accounts)

    def disable_account(self, session: OpenSession, account_id: uuid.UUID) -> None:
        if session.account.role != Role.ADMINISTRATEUR:
            raise UserFacingError("Seul un compte administrateur peut désactiver des comptes.")
        if account_id == session.account.id:
            raise UserFacingError("Vous ne pouvez pas désactiver votre propre compte.")
        with self.database.engine.begin() as connection:
            done = connection.execute(update(tables.account).where(tables.account.c.id == account_id)
                                      .values(active=False, password_hash=None)).rowcount
            if not done:
                raise UserFacingError("Ce compte n'existe pas.")
            audit.append(connection, session.actor, "account_disable", record_type="account",
                         record_id=str(account_id))

    def _set_hash(self, account_id: uuid.UUID, password: str) -> None:
        with self.database.engine.begin() as connection:
            connection.execute(update(tables.account).where(tables.account.c.id == account_id)
                               .values(password_hash=self.hasher.hash(password)))
