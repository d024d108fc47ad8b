"""Operations on dossiers, household members and network contacts.

Each public method is one transaction. Methods that change data return what is needed
to undo them (previous values or a snapshot), so the interface can offer undo/redo
without knowing about the database."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, func, select, type_coerce

from refparcours.data import tables
from refparcours.data.database import Database
from refparcours.domain import DossierState
from refparcours.errors import EditConflict, ValidationError
from refparcours.rules import (
    CONTACT_RULES,
    DOSSIER_RULES,
    PERSON_RULES,
    Rule,
    apply_rules,
    check_dossier,
    check_person,
)
from refparcours.security import audit
from refparcours.text import search_key, search_terms

Snapshot = dict[str, Any]
# A dossier key as returned by search(): opaque, cheap to hold by the tens of thousands.
DossierKey = Any


@dataclass(frozen=True, eq=False)  # compared and hashed by identity
class RecordKind:
    model_name: str
    table: Any
    rules: dict[str, Rule]
    check: Callable[[dict[str, Any]], None] | None
    missing_message: str

    @property
    def model(self) -> Any:
        # The ORM is imported on first use: the dossier list does not need it.
        from refparcours.data import models

        return getattr(models, self.model_name)


DOSSIER = RecordKind("Dossier", tables.dossier, DOSSIER_RULES, check_dossier, "Ce dossier n'existe plus.")
PERSON = RecordKind("Person", tables.person, PERSON_RULES, check_person, "Cette personne ne fait plus partie du foyer.")
CONTACT = RecordKind("NetworkContact", tables.network_contact, CONTACT_RULES, None,
                     "Ce contact ne fait plus partie du réseau.")

SEARCHED_PERSON_FIELDS = {"first_name", "last_name"}


@dataclass(frozen=True)
class DossierRow:
    """What the dossier list shows for one household."""

    id: uuid.UUID
    label: str
    state: DossierState
    referent: str
    territory: str
    commune: str
    address_protected: bool
    last_contact_on: date | None
    person_count: int


def _shown(value: Any) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "oui" if value else "non"
    return "" if value is None else str(value)


def key_to_uuid(key: DossierKey) -> uuid.UUID:
    return key if isinstance(key, uuid.UUID) else uuid.UUID(hex=str(key))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def snapshot(record: Any) -> Snapshot:
    return {attr.key: getattr(record, attr.key) for attr in record.__mapper__.column_attrs}


def _values(record: Any, kind: RecordKind) -> dict[str, Any]:
    return {field: getattr(record, field) for field in kind.rules}


class DossierService:
    """The dossier book of one database."""

    def __init__(self, database: Database, today: Callable[[], date] = date.today,
                 actor: audit.Actor = audit.SYSTEM, scope: uuid.UUID | None = None) -> None:
        self.database = database
        self.today = today
        # Who is working: every read and change below is written to the audit log in the
        # same transaction, under this name.
        self.actor = actor
        # A référent's account: only the dossiers it follows or that are shared with it.
        # None: every dossier (an administrator, scripts).
        self.scope = scope

    def in_scope(self, statement):
        if self.scope is None:
            return statement
        dossier, share = tables.dossier.c, tables.dossier_share.c
        shared = select(share.dossier_id).where(share.account_id == self.scope)
        return statement.where((dossier.owner_id == self.scope) | dossier.id.in_(shared))

    def check_scope(self, session: Any, dossier_id: uuid.UUID) -> None:
        if self.scope is None:
            return
        allowed = session.execute(self.in_scope(
            select(tables.dossier.c.id).where(tables.dossier.c.id == dossier_id))).first()
        if allowed is None:
            raise ValidationError("Ce dossier n'est pas suivi par votre compte : demandez à son référent "
                                  "de le partager avec vous.")

    def check_writable(self, connection: Any, dossier_id: uuid.UUID) -> None:
        """An archived dossier is read-only: it stays readable, nothing is changed in it."""
        archived = connection.execute(select(tables.dossier.c.archived_on)
                                      .where(tables.dossier.c.id == dossier_id)).scalar()
        if archived is not None:
            raise ValidationError("Ce dossier est archivé depuis le {day} : on peut le lire, plus le modifier.",
                                  day=archived.strftime("%d/%m/%Y"))

    def _history(self, session: Any, kind: RecordKind, record_id: uuid.UUID, dossier_id: uuid.UUID,
                 previous: dict[str, Any], cleaned: dict[str, Any]) -> None:
        """Rectification: the previous value of every corrected field, readable by the person."""
        rows = [{"id": uuid.uuid4(), "dossier_id": dossier_id, "record_type": kind.table.name, "record_id": record_id,
                 "field": field, "old_value": _shown(previous[field]), "new_value": _shown(value),
                 "changed_at": tables.utc_now(), "changed_by": self.actor.username}
                for field, value in cleaned.items() if previous.get(field) != value and field != "search_text"]
        if rows:
            session.execute(tables.field_history.insert(), rows)

    def _log(self, session: Any, operation: str, kind: RecordKind, record_id: uuid.UUID, *,
             dossier_id: uuid.UUID | None = None, fields: Any = ()) -> None:
        details = []
        if dossier_id is not None and kind is not DOSSIER:
            details.append(f"dossier {dossier_id}")
        if fields:
            details.append("champs : " + ", ".join(sorted(fields)))
        audit.append(session, self.actor, operation, record_type=kind.table.name, record_id=str(record_id),
                     detail=" ; ".join(details))

    # -- reading -------------------------------------------------------------------------

    def count(self) -> int:
        with self.database.engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(tables.dossier)) or 0

    def search(self, query: str = "", states: Sequence[DossierState] | None = None, *,
               archived: bool = False) -> list[DossierKey]:
        """Keys of the dossiers whose label or member names contain every word typed,
        accents and case ignored, sorted by label; archived dossiers only when asked."""
        dossier = tables.dossier.c
        statement = select(type_coerce(dossier.id, String))
        statement = statement.where(dossier.archived_on.isnot(None) if archived else dossier.archived_on.is_(None))
        for term in search_terms(query):
            statement = statement.where(dossier.search_text.like(f"%{_escape_like(term)}%", escape="\\"))
        if states:
            statement = statement.where(dossier.state.in_(list(states)))
        statement = self.in_scope(statement).order_by(dossier.sort_key, dossier.id)
        with self.database.engine.connect() as connection:
            keys = connection.execute(statement).scalars().all()
        # SQLite gives the stored 32-hex text; PostgreSQL its native UUID: the same keys either way.
        return [key.hex if isinstance(key, uuid.UUID) else key for key in keys]

    def rows(self, keys: Sequence[DossierKey]) -> list[DossierRow | None]:
        """List rows for the given keys, in the same order (None for a vanished dossier)."""
        ids = [key_to_uuid(key) for key in keys]
        dossier, person = tables.dossier, tables.person
        people = (
            select(func.count(person.c.id)).where(person.c.dossier_id == dossier.c.id)
            .correlate(dossier).scalar_subquery()
        )
        statement = select(
            dossier.c.id, dossier.c.label, dossier.c.state, dossier.c.referent, dossier.c.territory,
            dossier.c.commune, dossier.c.address_protected, dossier.c.last_contact_on, people,
        ).where(dossier.c.id.in_(ids))
        with self.database.engine.connect() as connection:
            found = {row[0]: DossierRow(*row) for row in connection.execute(statement)}
        return [found.get(i) for i in ids]

    def load(self, dossier_id: uuid.UUID, *, record_read: bool = True) -> Snapshot:
        """Everything about one dossier: its fields, its household and its network.

        Opening it is a read for the audit log; showing it again after an edit is not."""
        with self.database.session() as session:
            self.check_scope(session, dossier_id)
            dossier = self._get(session, DOSSIER, dossier_id)
            data = snapshot(dossier)
            data["persons"] = [snapshot(p) for p in dossier.persons]
            data["contacts"] = [snapshot(c) for c in dossier.contacts]
            if record_read:
                self._log(session, "read", DOSSIER, dossier_id)
            return data

    # -- changing ------------------------------------------------------------------------

    def validate(self, kind: RecordKind, record_id: uuid.UUID, changes: dict[str, Any]) -> dict[str, Any]:
        """The cleaned values, or a ValidationError; nothing is written."""
        with self.database.session() as session:
            record = self._get(session, kind, record_id)
            return self._checked(kind, _values(record, kind), changes)

    def set_fields(self, kind: RecordKind, record_id: uuid.UUID, changes: dict[str, Any]) -> dict[str, Any]:
        """Change some fields of one record; return their previous values (for undo)."""
        with self.database.session() as session:
            record = self._get(session, kind, record_id)
            dossier_id = record.id if kind is DOSSIER else record.dossier_id
            self.check_scope(session, dossier_id)
            self.check_writable(session, dossier_id)
            cleaned = self._checked(kind, _values(record, kind), changes)
            previous = {field: getattr(record, field) for field in cleaned}
            self._history(session, kind, record_id, dossier_id, previous, cleaned)
            record.version = (record.version or 1) + 1  # forward even when undo puts back older values
            for field, value in cleaned.items():
                setattr(record, field, value)
            if kind is DOSSIER and "label" in cleaned:
                self._refresh_search(session, record)
            elif kind is PERSON and SEARCHED_PERSON_FIELDS & cleaned.keys():
                session.flush()
                self._refresh_search(session, record.dossier)
            self._log(session, "update", kind, record_id, dossier_id=getattr(record, "dossier_id", None),
                      fields=cleaned.keys())
            return previous

    def check_version(self, kind: RecordKind, record_id: uuid.UUID, changes: dict[str, Any],
                      expected_version: int | None) -> None:
        """An edit made on what was shown: if someone changed the record since, EditConflict
        with both values (nothing is written)."""
        if expected_version is None:
            return
        with self.database.session() as session:
            record = self._get(session, kind, record_id)
            if record.version == expected_version:
                return
            field = next(iter(changes))
            raise EditConflict(field=field, mine=_shown(changes[field]), theirs=_shown(getattr(record, field)),
                               theirs_by="", version=record.version)

    def change_token(self, dossier_id: uuid.UUID) -> tuple:
        """Moves with every change anyone makes to the dossier, its household or its network."""
        d, p, c = tables.dossier.c, tables.person.c, tables.network_contact.c
        with self.database.engine.connect() as connection:
            return (connection.execute(select(d.version).where(d.id == dossier_id)).scalar(),
                    tuple(connection.execute(select(func.count(), func.coalesce(func.sum(p.version), 0))
                                             .where(p.dossier_id == dossier_id)).one()),
                    tuple(connection.execute(select(func.count(), func.coalesce(func.sum(c.version), 0))
                                             .where(c.dossier_id == dossier_id)).one()))

    def prepare_dossier(self, values: dict[str, Any]) -> dict[str, Any]:
        """All the fields of a new dossier, cleaned; raises ValidationError, writes nothing."""
        defaults: dict[str, Any] = {field: None if field.endswith("_on") else "" for field in DOSSIER_RULES}
        defaults.update(address_protected=False, state=DossierState.REPERAGE, opened_on=self.today())
        # Every field goes through its rule: a missing label is refused like an empty one.
        return {**defaults, **self._checked(DOSSIER, defaults, {**defaults, **values})}

    def create_dossier(self, values: dict[str, Any]) -> uuid.UUID:
        fields = self.prepare_dossier(values)
        with self.database.session() as session:
            dossier = DOSSIER.model(**fields, owner_id=self.actor.id)  # followed by whoever creates it
            session.add(dossier)
            self._refresh_search(session, dossier)
            session.flush()
            self._log(session, "create", DOSSIER, dossier.id)
            return dossier.id

    def prepare_member(self, kind: RecordKind, values: dict[str, Any]) -> dict[str, Any]:
        """All the fields of a new member or contact, cleaned; raises ValidationError, writes nothing."""
        defaults = self.member_defaults(kind)
        # Missing fields go through their rule too: a contact without a name gets a French
        # refusal, not a NOT NULL error from the database.
        return {**defaults, **self._checked(kind, defaults, {**defaults, **values})}

    def add_member(self, kind: RecordKind, dossier_id: uuid.UUID, values: dict[str, Any]) -> uuid.UUID:
        """Add a household member (PERSON) or a network contact (CONTACT)."""
        fields = self.prepare_member(kind, values)
        with self.database.session() as session:
            self.check_scope(session, dossier_id)
            self.check_writable(session, dossier_id)
            dossier = self._get(session, DOSSIER, dossier_id)
            siblings = dossier.persons if kind is PERSON else dossier.contacts
            record = kind.model(**fields, position=max((s.position for s in siblings), default=-1) + 1)
            siblings.append(record)
            session.flush()
            if kind is PERSON:
                self._refresh_search(session, dossier)
            self._log(session, "create", kind, record.id, dossier_id=dossier_id)
            return record.id

    def remove(self, kind: RecordKind, record_id: uuid.UUID) -> Snapshot:
        """Delete a member, contact or dossier; return a snapshot that :meth:`restore` puts back."""
        with self.database.session() as session:
            record = self._get(session, kind, record_id)
            self.check_scope(session, record.id if kind is DOSSIER else record.dossier_id)
            if kind is not DOSSIER:
                self.check_writable(session, record.dossier_id)
            data = snapshot(record)
            if kind is DOSSIER:
                data["persons"] = [snapshot(p) for p in record.persons]
                data["contacts"] = [snapshot(c) for c in record.contacts]
            dossier = record.dossier if kind is PERSON else None
            session.delete(record)
            session.flush()
            if dossier is not None:
                session.expire(dossier, ["persons"])
                self._refresh_search(session, dossier)
            self._log(session, "delete", kind, record_id, dossier_id=data.get("dossier_id"))
            return data

    def restore(self, kind: RecordKind, data: Snapshot) -> None:
        """Put back exactly what :meth:`remove` took away, with the same ids."""
        with self.database.session() as session:
            fields = {k: v for k, v in data.items() if k not in ("persons", "contacts")}
            record = kind.model(**fields)
            session.add(record)
            if kind is DOSSIER:
                record.persons = [PERSON.model(**p) for p in data["persons"]]
                record.contacts = [CONTACT.model(**c) for c in data["contacts"]]
            session.flush()
            if kind is PERSON:
                self._refresh_search(session, session.get(DOSSIER.model, record.dossier_id))
            self._log(session, "restore", kind, record.id, dossier_id=data.get("dossier_id"))

    # -- who follows a dossier ---------------------------------------------------------------

    def shares(self, dossier_id: uuid.UUID) -> list[uuid.UUID]:
        with self.database.engine.connect() as connection:
            share = tables.dossier_share.c
            return list(connection.execute(select(share.account_id).where(share.dossier_id == dossier_id)).scalars())

    def share(self, dossier_id: uuid.UUID, account_id: uuid.UUID) -> None:
        """Let another référent's account work on this dossier too."""
        from sqlalchemy import insert

        with self.database.session() as session:
            self.check_scope(session, dossier_id)
            if account_id not in self.shares(dossier_id):
                session.execute(insert(tables.dossier_share).values(dossier_id=dossier_id, account_id=account_id))
            audit.append(session, self.actor, "update", record_type="dossier_share", record_id=str(dossier_id),
                         detail=f"partagé avec le compte {account_id}")

    def unshare(self, dossier_id: uuid.UUID, account_id: uuid.UUID) -> None:
        from sqlalchemy import delete

        with self.database.session() as session:
            self.check_scope(session, dossier_id)
            share = tables.dossier_share.c
            session.execute(delete(tables.dossier_share).where(share.dossier_id == dossier_id,
                                                               share.account_id == account_id))
            audit.append(session, self.actor, "update", record_type="dossier_share", record_id=str(dossier_id),
                         detail=f"plus partagé avec le compte {account_id}")

    @staticmethod
    def closing_changes(closed_on: Any, reason: str) -> dict[str, Any]:
        return {"state": DossierState.CLOS, "closed_on": closed_on, "closure_reason": reason}

    def reopening_changes(self) -> dict[str, Any]:
        return {"state": DossierState.ACCOMPAGNEMENT, "closed_on": None, "closure_reason": "",
                "last_contact_on": self.today()}

    def close_dossier(self, dossier_id: uuid.UUID, closed_on: Any, reason: str) -> dict[str, Any]:
        return self.set_fields(DOSSIER, dossier_id, self.closing_changes(closed_on, reason))

    def reopen_dossier(self, dossier_id: uuid.UUID) -> dict[str, Any]:
        return self.set_fields(DOSSIER, dossier_id, self.reopening_changes())

    # -- internals -----------------------------------------------------------------------

    def _checked(self, kind: RecordKind, current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
        cleaned = apply_rules(kind.rules, changes, self.today())
        if kind.check is not None:
            kind.check({**current, **cleaned})
        return cleaned

    @staticmethod
    def member_defaults(kind: RecordKind) -> dict[str, Any]:
        defaults = {}
        for field in kind.rules:
            column_default = kind.table.c[field].default
            defaults[field] = column_default.arg if column_default is not None else None
        return defaults

    @staticmethod
    def _get(session: Any, kind: RecordKind, record_id: uuid.UUID) -> Any:
        record = session.get(kind.model, record_id)
        if record is None:
            raise ValidationError(kind.missing_message)
        return record

    @staticmethod
    def _refresh_search(session: Any, dossier: Any) -> None:
        names: list[str] = []
        if dossier.id is not None:
            names = [
                f"{first} {last}"
                for first, last in session.execute(
                    select(tables.person.c.first_name, tables.person.c.last_name)
                    .where(tables.person.c.dossier_id == dossier.id)
                )
            ]
        dossier.search_text = search_key(dossier.label, *names)
        dossier.sort_key = search_key(dossier.label)[:200]
