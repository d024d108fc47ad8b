"""The person's rights: access to everything recorded about them (a readable PDF and the same
in JSON), and retention (two years without contact: archive with a written reason, or
delete, leaving only an anonymous trace for the indicators)."""

from __future__ import annotations

import json
import os
import uuid
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update

from refparcours.consents import FAMILY_COPY, ConsentService
from refparcours.data import tables
from refparcours.dossiers import DossierService
from refparcours.errors import UserFacingError, ValidationError
from refparcours.fileio import atomic_write_bytes
from refparcours.meetings import MeetingService
from refparcours.plans import PlanService
from refparcours.screenings import ScreeningService
from refparcours.security import audit
from refparcours.text import LONG_TEXT_MAX, check_length, clean_text

EXPORT_FORMAT = 1
RETENTION_YEARS = 2  # CNIL: the active base keeps a dossier 2 years after the last contact


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _only(content: dict[str, Any], person_id: str) -> dict[str, Any]:
    """A plan's content without the other people's records (their names stay where they wrote)."""
    return {**content, "household": [p for p in content.get("household", []) if p["id"] == person_id],
            "network": []}


class RightsService:
    def __init__(self, dossiers: DossierService) -> None:
        self.dossiers = dossiers
        self.database = dossiers.database

    # -- access ----------------------------------------------------------------------------

    def find_person(self, text: str) -> uuid.UUID:
        """A person named on the command line: their id, or "first name last name" matching one."""
        try:
            return uuid.UUID(text.strip())
        except ValueError:
            pass
        p = tables.person.c
        wanted = " ".join(text.split()).casefold()
        with self.database.engine.connect() as connection:
            rows = connection.execute(select(p.id, p.first_name, p.last_name, p.dossier_id)).all()
        found = [r for r in rows if f"{r.first_name} {r.last_name}".casefold() == wanted]
        if not found:
            raise UserFacingError("Aucune personne ne s'appelle « {text} ».", text=text)
        if len(found) > 1:
            listed = "\n".join(f"  {r.id}  {r.first_name} {r.last_name}" for r in found[:10])
            raise UserFacingError("{count} personnes s'appellent « {text} » ; donnez l'identifiant :\n{listed}",
                                  count=len(found), text=text, listed=listed)
        return found[0].id

    def person_export(self, person_id: uuid.UUID) -> dict[str, Any]:
        """Everything recorded about one person, as stored: their record, their dossier, the
        plans and their versions, the meetings, the screenings, their consents and the
        dossier's legal grounds, the sharing log, and every correction."""
        with self.database.engine.connect() as connection:
            person = connection.execute(select(tables.person).where(tables.person.c.id == person_id)).mappings().first()
            if person is None:
                raise UserFacingError("Cette personne n'existe pas (ou plus) dans la base.")
            dossier_id = person["dossier_id"]
            self.dossiers.check_scope(connection, dossier_id)
            dossier = connection.execute(select(tables.dossier).where(tables.dossier.c.id == dossier_id)
                                         ).mappings().one()
            h = tables.field_history.c
            others = select(tables.person.c.id).where(tables.person.c.dossier_id == dossier_id,
                                                      tables.person.c.id != person_id)
            corrections = connection.execute(
                select(tables.field_history).where(h.dossier_id == dossier_id, h.record_id.notin_(others))
                .order_by(h.changed_at)).mappings().all()
            partners = {str(r.id): r.name for r in connection.execute(select(tables.partner.c.id, tables.partner.c.name))}
        consents = [c for c in ConsentService(self.dossiers).records(dossier_id)
                    if c["person_id"] in (None, person_id)]
        plans = PlanService(self.dossiers)
        plan_exports = []
        with self.database.engine.connect() as connection:
            plan_id = connection.execute(select(tables.plan.c.id).where(tables.plan.c.dossier_id == dossier_id)).scalar()
        if plan_id is not None:
            versions = [plans.version(plan_id, v.number) for v in plans.versions(plan_id)]
            plan_exports.append({
                "current": _only(plans.content(plan_id), str(person_id)),
                "versions": [{"number": v.number, "frozen_on": v.frozen_on, "reason": v.reason,
                              "adopted_by": v.adopted_by, "adopted_on": v.adopted_on,
                              "content": _only(v.content, str(person_id))} for v in versions]})
        meetings = MeetingService(self.dossiers, plans)
        screenings = ScreeningService(self.database).history(dossier_id)
        export = {
            "format": EXPORT_FORMAT,
            "exported_on": self.dossiers.today(),
            "person": {k: person[k] for k in ("id", "first_name", "last_name", "birth_date", "role", "relation",
                                              "trusted_person")},
            "dossier": {k: dossier[k] for k in ("id", "label", "territory", "referent", "state", "opened_on",
                                                "last_contact_on", "closed_on", "closure_reason", "address",
                                                "postal_code", "commune", "address_protected", "archived_on",
                                                "archive_reason")},
            "plans": plan_exports,
            "meetings": [meetings.record(m.id) for m in meetings.meetings(dossier_id)],
            "screenings": [{"screened_on": s.screened_on, "decision": s.decision, "explanation": s.explanation,
                            "family_explanation": s.family_explanation, "professional_reason": s.professional_reason,
                            "criteria_version": s.criteria_version, "proposal": s.proposal,
                            "designation": s.designation} for s in screenings],
            "consents": [{**{k: c[k] for k in ("basis", "legal_ground", "justification", "categories",
                                               "recipient_categories", "media", "purpose", "collected_how",
                                               "collected_on", "collected_by", "withdrawn_on", "withdrawn_how")},
                          "recipient_partners": [partners.get(p, p) for p in c["recipient_partners"]]}
                         for c in consents],
            "sharing_log": ConsentService(self.dossiers).sharing_log(dossier_id),
            "corrections": [{k: r[k] for k in ("record_type", "field", "old_value", "new_value", "changed_at",
                                               "changed_by")} for r in corrections],
        }
        return _jsonable(export)

    def export_person(self, person_id: uuid.UUID, folder: str | os.PathLike[str]) -> tuple[Path, Path]:
        """Write the PDF and the JSON of the access export into ``folder`` (each file whole or
        not at all) and log it."""
        from refparcours.documents.rights import access_export_pdf

        folder = Path(folder)
        if not folder.is_dir():
            raise UserFacingError("Le dossier « {folder} » n'existe pas : choisissez un dossier existant.",
                                  folder=str(folder))
        export = self.person_export(person_id)
        person = export["person"]
        stem = f"acces-{clean_text(person['first_name'] + '-' + person['last_name']).replace(' ', '-')}-" \
               f"{export['exported_on']}"
        stem = "".join(ch for ch in stem if ch.isalnum() or ch in "-_")[:120] or "acces"
        pdf = access_export_pdf(export, printed_on=date.fromisoformat(export["exported_on"]))
        pdf_path, json_path = folder / f"{stem}.pdf", folder / f"{stem}.json"
        written: list[Path] = []
        try:
            for path, data in ((json_path, json.dumps(export, ensure_ascii=False, indent=2).encode("utf-8")),
                               (pdf_path, pdf)):
                atomic_write_bytes(path, data)
                written.append(path)
        except OSError as error:
            for path in written:  # both files or neither
                path.unlink(missing_ok=True)
            raise UserFacingError("L'export n'a pas pu être écrit dans « {folder} » : {detail}.", folder=str(folder),
                                  detail=error.strerror or str(error)) from None
        ConsentService(self.dossiers).log_sharing(
            uuid.UUID(export["dossier"]["id"]), document="Export d'accès aux données", copy=FAMILY_COPY,
            recipient=f"{person['first_name']} {person['last_name']}".strip(),
            purpose="droit d'accès de la personne", family_informed=True)
        return pdf_path, json_path

    # -- retention -----------------------------------------------------------------------------

    def retention_due(self) -> list[dict[str, Any]]:
        """Dossiers with no contact for two years (the last contact, or else the opening)."""
        today = self.dossiers.today()
        limit = date(today.year - RETENTION_YEARS, today.month, min(today.day, 28))
        d = tables.dossier.c
        last = func.coalesce(d.last_contact_on, d.closed_on, d.opened_on)
        statement = self.dossiers.in_scope(
            select(d.id, d.label, d.state, d.referent, last.label("last_contact"))
            .where(d.archived_on.is_(None), last < limit).order_by(last))
        with self.database.engine.connect() as connection:
            return [dict(r) for r in connection.execute(statement).mappings()]

    def archive(self, dossier_id: uuid.UUID, reason: str) -> None:
        """Kept beyond two years, only with a written justification: read-only and out of the lists."""
        reason = check_length(clean_text(reason, multiline=True), LONG_TEXT_MAX, field="archive_reason",
                              what="La justification")
        if not reason:
            raise ValidationError("L'archivage demande une justification écrite (par exemple : une procédure en "
                                  "cours).", field="archive_reason")
        with self.database.engine.begin() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            connection.execute(update(tables.dossier).where(tables.dossier.c.id == dossier_id)
                               .values(archived_on=self.dossiers.today(), archive_reason=reason))
            audit.append(connection, self.dossiers.actor, audit.UPDATE, record_type="dossier",
                         record_id=str(dossier_id), detail="archivé")

    def delete_dossier(self, dossier_id: uuid.UUID) -> None:
        """Delete everything about the family; keep only an anonymous trace for the indicators."""
        with self.database.engine.begin() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            row = connection.execute(select(tables.dossier).where(tables.dossier.c.id == dossier_id)).mappings().first()
            if row is None:
                raise UserFacingError("Ce dossier n'existe plus.")
            count = lambda table, column: connection.execute(  # noqa: E731
                select(func.count()).select_from(table).where(column)).scalar()
            plan_ids = select(tables.plan.c.id).where(tables.plan.c.dossier_id == dossier_id)
            connection.execute(insert(tables.anonymous_trace).values(
                id=uuid.uuid4(), year_opened=row["opened_on"].year if row["opened_on"] else None,
                year_closed=row["closed_on"].year if row["closed_on"] else None, state=str(row["state"]),
                territory=row["territory"], closure_reason=row["closure_reason"],
                persons=count(tables.person, tables.person.c.dossier_id == dossier_id),
                plan_versions=count(tables.plan_version, tables.plan_version.c.plan_id.in_(plan_ids)),
                meetings=count(tables.meeting, tables.meeting.c.dossier_id == dossier_id),
                deleted_on=self.dossiers.today()))
            # Meeting entries point to plan actions: remove them first, then everything cascades.
            meeting_ids = select(tables.meeting.c.id).where(tables.meeting.c.dossier_id == dossier_id)
            connection.execute(delete(tables.meeting_entry).where(tables.meeting_entry.c.meeting_id.in_(meeting_ids)))
            connection.execute(delete(tables.plan_action).where(or_(tables.plan_action.c.plan_id.in_(plan_ids))))
            connection.execute(delete(tables.dossier).where(tables.dossier.c.id == dossier_id))
            audit.append(connection, self.dossiers.actor, audit.DELETE, record_type="dossier",
                         record_id=str(dossier_id), detail="suppression (durée de conservation)")
