"""Dossier packages: the whole dossier in one encrypted file, to hand a family over to the
next référent or to carry it between a laptop and the office.

A package is ``MAGIC`` + one line of JSON (format, schema revision, key derivation — no name
in it) + AES-256-GCM of the compressed JSON rows, the header being authenticated too: a
truncated, tampered or wrongly-unlocked package is refused as a whole. Importing keeps every
id; a dossier already there is merged under the user's control: rows only on one side are
kept, rows that differ are shown both ways and chosen — never a silent overwrite."""

from __future__ import annotations

import base64
import json
import os
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Date, DateTime, Table, Uuid, insert, select, update

from refparcours import __version__
from refparcours.data import tables
from refparcours.data.database import head_revision, known_revisions
from refparcours.dossiers import DossierService
from refparcours.errors import UserFacingError, ValidationError
from refparcours.security import audit
from refparcours.security.keys import KdfParams, derive_key, tune_kdf

MAGIC = b"REFPARCOURS-PAQUET\n"
FORMAT = 1
PASSPHRASE_MIN = 10
MAX_PACKAGE_BYTES = 500 * 1024 * 1024

# Parents before children (inserts in this order, deletes never happen).
TABLE_ORDER: tuple[Table, ...] = (
    tables.structure, tables.partner, tables.dossier, tables.person, tables.network_contact,
    tables.screening, tables.proposal, tables.designation, tables.plan, tables.plan_entry, tables.plan_action,
    tables.rewording, tables.plan_version, tables.plan_handover, tables.meeting, tables.meeting_participant,
    tables.meeting_entry, tables.meeting_draft, tables.consent, tables.sharing_log, tables.field_history,
    tables.orientation, tables.followup,
)
BY_NAME = {t.name: t for t in TABLE_ORDER}


class PackageError(UserFacingError):
    pass


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        # Moments are stored in UTC; SQLite hands them back without their zone, PostgreSQL with it.
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _decode(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row as the database wants it (dates, moments and ids from their text)."""
    out = {}
    for name, value in row.items():
        if name not in table.c:
            continue  # a column this version does not know: ignored, never guessed
        column_type = table.c[name].type
        if value is not None and isinstance(column_type, Uuid):
            value = uuid.UUID(value)
        elif value is not None and isinstance(column_type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            value = date.fromisoformat(value)
        out[name] = value
    return out


def _comparable(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """What two copies of a row are compared on (not the bookkeeping that differs between bases)."""
    ignored = {"updated_at", "created_at", "version", "search_text", "sort_key", "owner_id"}
    return {k: _encode(v) for k, v in row.items() if k not in ignored}


@dataclass
class RowConflict:
    table: str
    id: str
    local: dict[str, Any]
    package: dict[str, Any]

    @property
    def fields(self) -> list[str]:
        return sorted(k for k in set(self.local) | set(self.package) if self.local.get(k) != self.package.get(k))


@dataclass
class Merge:
    """What importing a package into a base that already has the dossier would do."""

    dossier_id: uuid.UUID
    label: str
    rows: dict[str, list[dict[str, Any]]]
    new: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    conflicts: list[RowConflict] = field(default_factory=list)
    local_only: int = 0
    unchanged: int = 0


class PackageService:
    def __init__(self, dossiers: DossierService, kdf: KdfParams | None = None) -> None:
        self.dossiers = dossiers
        self.database = dossiers.database
        self.kdf = kdf

    # -- collecting ----------------------------------------------------------------------------

    def _rows(self, connection, dossier_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
        c = {t.name: t.c for t in TABLE_ORDER}
        plan_ids = select(c["plan"].id).where(c["plan"].dossier_id == dossier_id)
        screening_ids = select(c["screening"].id).where(c["screening"].dossier_id == dossier_id)
        meeting_ids = select(c["meeting"].id).where(c["meeting"].dossier_id == dossier_id)
        entry_ids = select(c["plan_entry"].id).where(c["plan_entry"].plan_id.in_(plan_ids))
        action_ids = select(c["plan_action"].id).where(c["plan_action"].plan_id.in_(plan_ids))
        version_ids = select(c["plan_version"].id).where(c["plan_version"].plan_id.in_(plan_ids))
        wheres = {
            "dossier": c["dossier"].id == dossier_id,
            "plan_entry": c["plan_entry"].plan_id.in_(plan_ids),
            "plan_action": c["plan_action"].plan_id.in_(plan_ids),
            "rewording": c["rewording"].entry_id.in_(entry_ids) | c["rewording"].action_id.in_(action_ids),
            "plan_version": c["plan_version"].plan_id.in_(plan_ids),
            "plan_handover": c["plan_handover"].version_id.in_(version_ids),
            "proposal": c["proposal"].screening_id.in_(screening_ids),
            "designation": c["designation"].screening_id.in_(screening_ids),
            "meeting_participant": c["meeting_participant"].meeting_id.in_(meeting_ids),
            "meeting_entry": c["meeting_entry"].meeting_id.in_(meeting_ids),
            "meeting_draft": c["meeting_draft"].meeting_id.in_(meeting_ids),
        }
        rows: dict[str, list[dict[str, Any]]] = {}
        for table in TABLE_ORDER:
            if table.name in ("structure", "partner"):
                continue
            where = wheres.get(table.name, table.c.dossier_id == dossier_id if "dossier_id" in table.c else None)
            rows[table.name] = [dict(r) for r in connection.execute(select(table).where(where)).mappings()]
        # The directory's services and the partners the dossier points to travel with it.
        structure_ids = {r["structure_id"] for r in rows["plan_action"] + rows["orientation"] if r["structure_id"]}
        rows["structure"] = [dict(r) for r in connection.execute(
            select(tables.structure).where(tables.structure.c.id.in_(structure_ids))).mappings()]
        partner_ids = {uuid.UUID(p) for r in rows["consent"] for p in r["recipient_partners"]}
        rows["partner"] = [dict(r) for r in connection.execute(
            select(tables.partner).where(tables.partner.c.id.in_(partner_ids))).mappings()]
        return rows

    # -- writing a package ---------------------------------------------------------------------

    def export(self, dossier_id: uuid.UUID, passphrase: str, *, recipient: str = "", recipient_category: str = "",
               authorization=None) -> bytes:
        """The whole dossier, encrypted with ``passphrase`` (given to the recipient separately)."""
        if len(passphrase) < PASSPHRASE_MIN:
            raise ValidationError("La phrase secrète du paquet compte au moins {n} caractères (elle se transmet à "
                                  "part, jamais avec le fichier).", field="passphrase", n=PASSPHRASE_MIN)
        with self.database.engine.connect() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            rows = self._rows(connection, dossier_id)
        if not rows["dossier"]:
            raise UserFacingError("Ce dossier n'existe plus.")
        payload = zlib.compress(json.dumps({t: [{k: _encode(v) for k, v in r.items()} for r in rs]
                                            for t, rs in rows.items()}, ensure_ascii=False).encode("utf-8"), 9)
        params = self.kdf or tune_kdf()
        salt, nonce = os.urandom(16), os.urandom(12)
        header = json.dumps({"format": FORMAT, "app": __version__, "schema": head_revision(),
                             "kdf": {"salt": base64.b64encode(salt).decode(), "time_cost": params.time_cost,
                                     "memory_kib": params.memory_kib, "parallelism": params.parallelism},
                             "nonce": base64.b64encode(nonce).decode()}).encode("utf-8")
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        sealed = AESGCM(derive_key(passphrase, salt, params)).encrypt(nonce, payload, MAGIC + header)
        from refparcours.consents import ConsentService

        ConsentService(self.dossiers).log_sharing(
            dossier_id, document="Paquet du dossier (transfert)", copy="partenaire" if authorization else "famille",
            recipient=recipient or "transfert interne (même référent)", recipient_category=recipient_category,
            purpose="passage de relais ou travail hors ligne", authorization=authorization)
        return MAGIC + header + b"\n" + sealed

    # -- reading a package ---------------------------------------------------------------------

    @staticmethod
    def open(data: bytes, passphrase: str) -> dict[str, list[dict[str, Any]]]:
        """The rows of a package; a damaged, tampered, newer or wrongly-unlocked one is refused."""
        if len(data) > MAX_PACKAGE_BYTES:
            raise PackageError("Ce fichier est trop gros pour être un paquet de dossier.")
        if not data.startswith(MAGIC):
            raise PackageError("Ce fichier n'est pas un paquet de dossier refparcours.")
        header_end = data.find(b"\n", len(MAGIC))
        if header_end < 0:
            raise PackageError("Le paquet est incomplet (coupé pendant la copie ?).")
        header_bytes = data[len(MAGIC):header_end]
        try:
            header = json.loads(header_bytes)
            params = KdfParams(int(header["kdf"]["time_cost"]), int(header["kdf"]["memory_kib"]),
                               int(header["kdf"]["parallelism"]))
            salt = base64.b64decode(header["kdf"]["salt"])
            nonce = base64.b64decode(header["nonce"])
        except (ValueError, KeyError, TypeError):
            raise PackageError("L'en-tête du paquet est abîmé.") from None
        if header.get("format", 0) > FORMAT or header.get("schema") not in known_revisions()[0]:
            raise PackageError("Ce paquet vient d'une version plus récente de refparcours ({app}) : mettez "
                               "l'application à jour pour l'ouvrir.", app=str(header.get("app", "?"))[:20])
        if not (1 <= params.time_cost <= 20 and 8 <= params.memory_kib <= 4 * 1024 * 1024 and len(salt) >= 8):
            raise PackageError("L'en-tête du paquet est abîmé.")
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            payload = AESGCM(derive_key(passphrase, salt, params)).decrypt(
                nonce, data[header_end + 1:], MAGIC + header_bytes)
            rows = json.loads(zlib.decompress(payload))
        except (InvalidTag, zlib.error, ValueError):
            raise PackageError("Ce paquet ne s'ouvre pas : la phrase secrète n'est pas la bonne, ou le fichier a été "
                               "abîmé ou modifié. Rien n'a été importé.") from None
        if not isinstance(rows, dict) or len(rows.get("dossier", [])) != 1:
            raise PackageError("Le paquet ne contient pas un dossier.")
        return {name: [_decode(BY_NAME[name], r) for r in rs] for name, rs in rows.items() if name in BY_NAME}

    def plan_import(self, rows: dict[str, list[dict[str, Any]]]) -> Merge:
        """Compare the package with this base: new rows, rows that differ, rows only here."""
        dossier = rows["dossier"][0]
        merge = Merge(dossier["id"], dossier["label"], rows)
        with self.database.engine.connect() as connection:
            for table in TABLE_ORDER:
                for row in rows.get(table.name, []):
                    local = connection.execute(select(table).where(table.c.id == row["id"])).mappings().first()
                    if local is None:
                        merge.new.append((table.name, row))
                        continue
                    mine, theirs = _comparable(table, dict(local)), _comparable(table, row)
                    if mine == theirs:
                        merge.unchanged += 1
                    elif table.name not in ("structure", "partner", "sharing_log", "field_history"):
                        merge.conflicts.append(RowConflict(table.name, str(row["id"]), mine, theirs))
            if merge.conflicts or merge.unchanged:
                local_rows = self._rows(connection, merge.dossier_id)
                package_ids = {str(r["id"]) for rs in rows.values() for r in rs}
                merge.local_only = sum(1 for rs in local_rows.values() for r in rs if str(r["id"]) not in package_ids)
        return merge

    def apply(self, merge: Merge, choices: dict[str, str] | None = None) -> dict[str, int]:
        """Import: new rows added with their ids, rows only here kept, and each conflict
        resolved as chosen ("local" or "paquet"); an unresolved conflict stops everything."""
        choices = choices or {}
        missing = [c for c in merge.conflicts if choices.get(f"{c.table}:{c.id}") not in ("local", "paquet")]
        if missing:
            raise ValidationError("{count} fiches diffèrent entre ce poste et le paquet : choisissez pour chacune "
                                  "la version à garder (rien n'est écrasé sans votre choix).", count=len(missing))
        with self.database.engine.begin() as connection:
            existing = connection.execute(select(tables.dossier.c.id).where(tables.dossier.c.id == merge.dossier_id)
                                          ).first()
            if existing is not None:
                self.dossiers.check_scope(connection, merge.dossier_id)
            for table in TABLE_ORDER:
                batch = [row for name, row in merge.new if name == table.name]
                if table is tables.dossier and batch:
                    batch = [{**row, "owner_id": self.dossiers.actor.id} for row in batch]  # followed here now
                if batch:
                    connection.execute(insert(table), batch)
            replaced = 0
            for conflict in merge.conflicts:
                if choices[f"{conflict.table}:{conflict.id}"] == "paquet":
                    table = BY_NAME[conflict.table]
                    row = next(r for r in merge.rows[conflict.table] if str(r["id"]) == conflict.id)
                    values = {k: v for k, v in row.items() if k not in ("id", "version", "owner_id")}
                    if "version" in table.c:
                        values["version"] = table.c.version + 1
                    connection.execute(update(table).where(table.c.id == row["id"]).values(**values))
                    replaced += 1
            audit.append(connection, self.dossiers.actor, audit.RESTORE, record_type="dossier",
                         record_id=str(merge.dossier_id),
                         detail=f"import d'un paquet : {len(merge.new)} ajoutées, {replaced} remplacées")
        if existing is None:
            from refparcours.dossiers import DOSSIER

            # Search keys are computed by this base: refresh them through the usual path.
            self.dossiers.set_fields(DOSSIER, merge.dossier_id, {"label": merge.label})
        return {"added": len(merge.new), "replaced": replaced, "kept": merge.local_only}
