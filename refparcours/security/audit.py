"""The audit log: who did what to which record, and when — tamper-evident.

What the law asks (CNIL, délibération 2021-122): each entry names the identified author,
the time, the nature of the operation and a *reference* to the data concerned — never the
family's data itself. So an entry holds a record type and UUID, field names, counts or file
names; no names, no free text. Entries are kept 6 months to 1 year, then pruned.

Tamper evidence: the entries form a hash chain. Each entry's hash is
``sha256(previous hash + canonical JSON of its own fields, seq included)``, so editing a
field, deleting, inserting or reordering an entry breaks the chain at that entry, which
:func:`verify` reports. Limits, inherent to a chain without a secret key:

* someone with write access to the database who also recomputes every later hash goes
  unnoticed — comparing :func:`head` with a value noted elsewhere (a printout, a backup)
  catches that;
* deleting the *latest* entries leaves a shorter, valid chain: nothing in the remaining
  rows can tell (the next entry even reuses the number). Again only an outside copy of
  :func:`head` reveals it.

Entries are written with SQLAlchemy Core on the caller's connection, inside the caller's
transaction: the change and its log entry are committed, or rolled back, together."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, text, update

from refparcours.data.tables import audit_anchor, audit_entry, utc_now


@dataclass(frozen=True)
class Actor:
    """Who acts: an account (its id and username), or the application itself (no id)."""

    id: uuid.UUID | None
    username: str


SYSTEM = Actor(None, "système")

# -- operations -------------------------------------------------------------------------------

LOGIN = "login"
LOGIN_FAILED = "login_failed"
LOGOUT = "logout"
LOCK = "lock"
UNLOCK = "unlock"
READ = "read"
CREATE = "create"
UPDATE = "update"
DELETE = "delete"
RESTORE = "restore"
PRINT = "print"
EXPORT = "export"
BACKUP = "backup"
RESTORE_BACKUP = "restore_backup"
ACCOUNT_CREATE = "account_create"
ACCOUNT_UPDATE = "account_update"
ACCOUNT_PASSWORD = "account_password"
ACCOUNT_DISABLE = "account_disable"
PRUNE = "prune"

OPERATION_LABELS: dict[str, str] = {
    LOGIN: "Connexion",
    LOGIN_FAILED: "Échec de connexion",
    LOGOUT: "Déconnexion",
    LOCK: "Verrouillage",
    UNLOCK: "Déverrouillage",
    READ: "Consultation",
    CREATE: "Création",
    UPDATE: "Modification",
    DELETE: "Suppression",
    RESTORE: "Restauration",
    PRINT: "Impression",
    EXPORT: "Export",
    BACKUP: "Sauvegarde",
    RESTORE_BACKUP: "Restauration d'une sauvegarde",
    ACCOUNT_CREATE: "Création de compte",
    ACCOUNT_UPDATE: "Modification de compte",
    ACCOUNT_PASSWORD: "Changement de mot de passe",
    ACCOUNT_DISABLE: "Désactivation de compte",
    PRUNE: "Purge du journal",
}

GENESIS_HASH = "0" * 64
# Long enough for field names, counts and a file name; too short for a family's story.
MAX_DETAIL = 500
RETENTION_DAYS = 365  # the default; the CNIL recommends 6 months to 1 year
MIN_RETENTION_DAYS = 183  # pruning may never reach younger entries than this
# Serialises writers on PostgreSQL (any constant; "rfpa" in ASCII).
_PG_LOCK_ID = 0x72667061
_VERIFY_BATCH = 5000


def label(operation: str) -> str:
    return OPERATION_LABELS.get(operation, operation)


# -- helpers ----------------------------------------------------------------------------------


@contextmanager
def _connection(bind: Any) -> Iterator[Connection]:
    """The Core connection behind ``bind``: a Connection, an ORM Session (its transaction's
    connection), or an Engine (a transaction of its own, committed on success)."""
    if isinstance(bind, Connection):
        yield bind
    elif isinstance(bind, Engine):
        with bind.begin() as connection:
            yield connection
    else:  # an ORM Session; checked by behaviour so this module never imports the ORM
        yield bind.connection()


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    return moment.astimezone(timezone.utc)


def _stored_utc(moment: datetime) -> datetime:
    # SQLite gives back the UTC time it was given, without its zone; PostgreSQL gives it in
    # the session's zone.
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _entry_hash(prev_hash: str, seq: int, at: datetime, actor_id: uuid.UUID | None, actor: str, operation: str,
                record_type: str, record_id: str, detail: str) -> str:
    # Every stored field is covered: seq (so rows cannot be renumbered or moved), the time in
    # UTC to the microsecond, who, what, on which record. The previous hash links the rows.
    payload = json.dumps(
        {
            "seq": seq,
            "at": _stored_utc(at).isoformat(timespec="microseconds"),
            "actor_id": None if actor_id is None else str(actor_id),
            "actor": actor,
            "operation": operation,
            "record_type": record_type,
            "record_id": record_id,
            "detail": detail,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _lock_for_append(connection: Connection) -> None:
    # Two writers must not both chain onto the same last entry. On SQLite the database's
    # single writer and the seq primary key already ensure it (a racing writer fails on the
    # duplicate seq instead of forking the chain); PostgreSQL needs a transaction lock.
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID})


def _anchor(connection: Connection):
    return connection.execute(select(audit_anchor.c.seq, audit_anchor.c.hash).where(audit_anchor.c.id == 1)).first()


def _check_length(name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise ValueError(f"audit {name} is {len(value)} characters long, the limit is {limit}")


def _french_count(number: int) -> str:
    # French groups thousands with a (non-breaking) space: 1 234.
    return f"{number:,}".replace(",", "\u00a0")


# -- writing ----------------------------------------------------------------------------------


def append(bind: Any, actor: Actor, operation: str, *, record_type: str = "", record_id: str | uuid.UUID = "",
           detail: str = "", at: datetime | None = None) -> int:
    """Record one operation in the caller's transaction; return the entry's number (seq).

    ``detail`` is for field names, counts, file names — never the family's data."""
    if operation not in OPERATION_LABELS:
        raise ValueError(f"unknown audit operation {operation!r}")
    record_id = str(record_id)
    if len(detail) > MAX_DETAIL:
        raise ValueError(f"audit detail is {len(detail)} characters long, the limit is {MAX_DETAIL}: "
                         "the log records references, not the family's data")
    _check_length("actor", actor.username, audit_entry.c.actor.type.length)
    _check_length("record_type", record_type, audit_entry.c.record_type.type.length)
    _check_length("record_id", record_id, audit_entry.c.record_id.type.length)
    at = utc_now() if at is None else _as_utc(at)
    with _connection(bind) as connection:
        _lock_for_append(connection)
        last = connection.execute(
            select(audit_entry.c.seq, audit_entry.c.hash).order_by(audit_entry.c.seq.desc()).limit(1)
        ).first()
        if last is None:
            last = _anchor(connection)
        prev_seq, prev_hash = (last.seq, last.hash) if last is not None else (0, GENESIS_HASH)
        seq = prev_seq + 1
        connection.execute(
            insert(audit_entry).values(
                seq=seq, at=at, actor_id=actor.id, actor=actor.username, operation=operation,
                record_type=record_type, record_id=record_id, detail=detail, prev_hash=prev_hash,
                hash=_entry_hash(prev_hash, seq, at, actor.id, actor.username, operation, record_type, record_id,
                                 detail),
            )
        )
    return seq


# -- verifying --------------------------------------------------------------------------------


# What a check of the chain says: French templates the interface translates (tr_core).
VERIFY_MESSAGES = {
    "empty": "Journal intact : aucune entrée à vérifier.",
    "one": "Journal intact : {count} entrée vérifiée.",
    "many": "Journal intact : {count} entrées vérifiées.",
    "missing": "Le journal a été modifié : l'entrée n° {seq} a disparu (supprimée).",
    "altered": "Le journal a été modifié : l'entrée n° {seq} ne correspond plus à sa chaîne (modifiée, supprimée ou "
               "insérée).",
    "no_purge": "Le journal a été modifié : aucune purge enregistrée n'explique l'absence des entrées avant le "
                "n° {seq}.",
}


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    checked: int  # entries found intact (up to the break, if any)
    first_broken_seq: int | None
    template: str  # one of VERIFY_MESSAGES, with {count} = checked and {seq} = first_broken_seq

    @property
    def message(self) -> str:
        """In French, for the administrator and the command line."""
        return self.template.format(count=_french_count(self.checked), seq=self.first_broken_seq)


def _broken(checked: int, seq: int, kind: str) -> VerifyReport:
    return VerifyReport(False, checked, seq, VERIFY_MESSAGES[kind])


def verify(bind: Any) -> VerifyReport:
    """Walk the chain from the anchor (or the beginning) and recompute every hash."""
    with _connection(bind) as connection:
        anchor = _anchor(connection)
        expected_seq, expected_prev = (anchor.seq + 1, anchor.hash) if anchor is not None else (1, GENESIS_HASH)
        checked = 0
        last_seen = None
        while True:  # in batches, by seq: memory stays flat however long the log
            query = select(audit_entry).order_by(audit_entry.c.seq).limit(_VERIFY_BATCH)
            if last_seen is not None:
                query = query.where(audit_entry.c.seq > last_seen)
            rows = connection.execute(query).all()
            for row in rows:
                if row.seq > expected_seq:
                    return _broken(checked, expected_seq, "missing")
                # A row numbered below the expected one sits before the anchor: put back or forged.
                recomputed = _entry_hash(row.prev_hash, row.seq, row.at, row.actor_id, row.actor, row.operation,
                                         row.record_type, row.record_id, row.detail)
                if row.seq < expected_seq or row.prev_hash != expected_prev or row.hash != recomputed:
                    return _broken(checked, row.seq, "altered")
                checked += 1
                last_seen = row.seq
                expected_seq, expected_prev = row.seq + 1, row.hash
            if len(rows) < _VERIFY_BATCH:
                break
        if anchor is not None:
            # An anchor moved without a purge would silently drop the oldest entries: the
            # purge that set it must be in the (verified) chain, naming the anchor's seq.
            purge = connection.execute(
                select(audit_entry.c.seq).where(audit_entry.c.operation == PRUNE,
                                                audit_entry.c.record_id == str(anchor.seq)).limit(1)
            ).first()
            if purge is None:
                return _broken(checked, anchor.seq + 1, "no_purge")
    if checked == 0:
        return VerifyReport(True, 0, None, VERIFY_MESSAGES["empty"])
    return VerifyReport(True, checked, None, VERIFY_MESSAGES["one" if checked == 1 else "many"])


def head(bind: Any) -> tuple[int, str]:
    """The last entry's seq and hash: noted outside the database (a printout, a backup's
    manifest), they reveal a rewritten chain or deleted latest entries later on."""
    with _connection(bind) as connection:
        last = connection.execute(
            select(audit_entry.c.seq, audit_entry.c.hash).order_by(audit_entry.c.seq.desc()).limit(1)
        ).first() or _anchor(connection)
    return (last.seq, last.hash) if last is not None else (0, GENESIS_HASH)


# -- pruning ----------------------------------------------------------------------------------


def retention_cutoff(now: datetime | None = None, days: int = RETENTION_DAYS) -> datetime:
    """The ``older_than`` for :func:`prune` under a retention of ``days``."""
    return (utc_now() if now is None else _as_utc(now)) - timedelta(days=days)


def prune(bind: Any, *, older_than: datetime, actor: Actor) -> int:
    """Delete the entries older than ``older_than``; return how many.

    Only a leading run of entries goes (up to the first one that is recent enough), so the
    chain keeps no holes even if the clock once went backwards. The last deleted entry's
    hash becomes the anchor verification starts from, and a "prune" entry records the purge."""
    cutoff = _as_utc(older_than)
    if cutoff > utc_now() - timedelta(days=MIN_RETENTION_DAYS):
        raise ValueError(f"audit entries must be kept at least {MIN_RETENTION_DAYS} days")
    with _connection(bind) as connection:
        _lock_for_append(connection)
        # Checked first: if the part about to go was tampered with, the purge must not erase
        # the evidence — the purge entry keeps it.
        report = verify(connection)
        first_kept = connection.execute(select(func.min(audit_entry.c.seq)).where(audit_entry.c.at >= cutoff)).scalar()
        last_query = select(audit_entry.c.seq, audit_entry.c.hash).order_by(audit_entry.c.seq.desc()).limit(1)
        if first_kept is not None:
            last_query = last_query.where(audit_entry.c.seq < first_kept)
        last_deleted = connection.execute(last_query).first()
        removed = 0
        if last_deleted is not None:
            removed = connection.execute(delete(audit_entry).where(audit_entry.c.seq <= last_deleted.seq)).rowcount
            values = {"seq": last_deleted.seq, "hash": last_deleted.hash, "pruned_at": utc_now()}
            if _anchor(connection) is None:
                connection.execute(insert(audit_anchor).values(id=1, **values))
            else:
                connection.execute(update(audit_anchor).where(audit_anchor.c.id == 1).values(**values))
        plural = "entrée supprimée" if removed < 2 else "entrées supprimées"
        detail = f"{_french_count(removed)} {plural}, antérieures au {cutoff:%d/%m/%Y %H:%M} UTC"
        if not report.ok:
            detail += f" ; le journal avait été modifié avant la purge (entrée n° {report.first_broken_seq})"
        append(connection, actor, PRUNE, record_type="audit_entry",
               record_id=str(last_deleted.seq) if last_deleted is not None else "", detail=detail)
    return removed


# -- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime  # UTC, timezone-aware
    actor_id: uuid.UUID | None
    actor: str
    operation: str
    record_type: str
    record_id: str
    detail: str

    @property
    def label(self) -> str:
        return label(self.operation)


def entries(bind: Any, *, since: datetime | None = None, until: datetime | None = None,
            actor: Actor | uuid.UUID | str | None = None, operation: str | None = None,
            record_id: str | uuid.UUID | None = None, limit: int = 500) -> list[AuditEntry]:
    """Entries for the administrator's viewer, newest first.

    ``actor`` is an Actor, an account id or a username; ``since`` is inclusive, ``until``
    exclusive."""
    query = select(audit_entry).order_by(audit_entry.c.seq.desc()).limit(limit)
    if since is not None:
        query = query.where(audit_entry.c.at >= _as_utc(since))
    if until is not None:
        query = query.where(audit_entry.c.at < _as_utc(until))
    if isinstance(actor, Actor):
        actor = actor.id if actor.id is not None else actor.username
    if isinstance(actor, uuid.UUID):
        query = query.where(audit_entry.c.actor_id == actor)
    elif actor is not None:
        query = query.where(audit_entry.c.actor == actor)
    if operation is not None:
        query = query.where(audit_entry.c.operation == operation)
    if record_id is not None:
        query = query.where(audit_entry.c.record_id == str(record_id))
    with _connection(bind) as connection:
        rows = connection.execute(query).all()
    return [
        AuditEntry(row.seq, _stored_utc(row.at), row.actor_id, row.actor, row.operation, row.record_type,
                   row.record_id, row.detail)
        for row in rows
    ]
