"""Meetings with the family in the database: preparation, opening (presence, charter),
phases, entries, the read-back, the end (a new PPF version, the next meeting date).

What is typed during a meeting is written by a :class:`MeetingWriter` thread, so a
keystroke never waits on the disk: entries in order, the text being typed (the *draft*)
coalesced to its latest state. Reopening the dossier after a crash finds the meeting open
and its draft where it was."""

from __future__ import annotations

import queue
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from refparcours import meeting as rules
from refparcours.data import tables
from refparcours.data.tables import utc_now
from refparcours.domain import ContactKind, HouseholdRole
from refparcours.dossiers import DossierService
from refparcours.errors import EditConflict, UserFacingError, ValidationError
from refparcours.meeting import (
    DECISION,
    ENDED,
    ENTRY_KINDS,
    FAMILY_GUEST,
    FAMILY_SIDE,
    KINDS,
    OPENING,
    PHASES,
    PREPARATION,
    PRIVATE_TIME,
    PROFESSIONAL_SIDE,
    SIDES,
    Charter,
)
from refparcours.plans import PlanService
from refparcours.ppf import ENSEMBLE, Writer, add_months
from refparcours.rules import check_past_date
from refparcours.security import audit
from refparcours.text import SHORT_TEXT_MAX, check_length, clean_text, parse_date

OPEN, PREPARED, DONE = rules.OPEN, rules.PREPARED, rules.ENDED_STATUS


def _iso(value: Any) -> str | None:
    """Dates as they are; moments in the local time of this computer (stored in UTC)."""
    if isinstance(value, datetime):
        value = (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone()
    return value.isoformat() if value else None


@dataclass(frozen=True)
class MeetingSummary:
    id: uuid.UUID
    kind: str
    planned_on: Any
    status: str
    phase: str
    family_present: bool | None


class MeetingService:
    def __init__(self, dossiers: DossierService, plans: PlanService | None = None) -> None:
        self.dossiers = dossiers
        self.database = dossiers.database
        self.plans = plans or PlanService(dossiers)

    @property
    def actor(self) -> audit.Actor:
        return self.dossiers.actor

    def today(self):
        return self.dossiers.today()

    # -- helpers -------------------------------------------------------------------------

    def _meeting(self, connection: Connection, meeting_id: uuid.UUID) -> dict[str, Any]:
        row = connection.execute(select(tables.meeting).where(tables.meeting.c.id == meeting_id)).mappings().first()
        if row is None:
            raise UserFacingError("Cette rencontre n'existe plus.")
        self.dossiers.check_scope(connection, row["dossier_id"])
        return dict(row)

    def _log(self, connection: Connection, operation: str, table: str, record_id: uuid.UUID, dossier_id: uuid.UUID,
             detail: str = "") -> None:
        audit.append(connection, self.actor, operation, record_type=table, record_id=str(record_id),
                     detail=" ; ".join(p for p in (f"dossier {dossier_id}", detail) if p))

    def _writable(self, connection: Connection, meeting_id: uuid.UUID) -> dict[str, Any]:
        row = self._meeting(connection, meeting_id)
        self.dossiers.check_writable(connection, row["dossier_id"])
        return row

    def _set(self, meeting_id: uuid.UUID, values: dict[str, Any], detail: str) -> None:
        with self.database.engine.begin() as connection:
            row = self._writable(connection, meeting_id)
            connection.execute(update(tables.meeting).where(tables.meeting.c.id == meeting_id).values(**values))
            self._log(connection, audit.UPDATE, "meeting", meeting_id, row["dossier_id"], detail)

    # -- preparing -----------------------------------------------------------------------

    def prepare(self, dossier_id: uuid.UUID, *, kind: str, planned_on: Any, planned_time: str = "", place: str = "",
                agenda: str = "", agenda_author: Writer | None = None) -> uuid.UUID:
        """A meeting to come; the place and the agenda are the family's choice and words."""
        values = self._preparation_values({"kind": kind, "planned_on": planned_on, "planned_time": planned_time,
                                           "place": place, "agenda": agenda})
        author = agenda_author or Writer(ENSEMBLE)
        meeting_id = uuid.uuid4()
        with self.database.engine.begin() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            self.dossiers.check_writable(connection, dossier_id)
            connection.execute(insert(tables.meeting).values(
                id=meeting_id, dossier_id=dossier_id, status=PREPARED, phase=PREPARATION, author_kind=author.kind,
                author_name=author.name, author_organisation=author.organisation, **values))
            self._log(connection, audit.CREATE, "meeting", meeting_id, dossier_id, f"type {kind}")
        return meeting_id

    @staticmethod
    def _preparation_values(changes: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if "kind" in changes:
            if changes["kind"] not in KINDS:
                raise ValidationError("Type de rencontre inconnu : « {kind} ».", field="kind", kind=changes["kind"])
            values["kind"] = changes["kind"]
        if "planned_on" in changes:
            values["planned_on"] = parse_date(changes["planned_on"], field="planned_on", what="La date de la rencontre")
            if values["planned_on"] is None:
                raise ValidationError("Choisissez la date de la rencontre, avec la famille.", field="planned_on")
        if "planned_time" in changes:
            values["planned_time"] = check_length(clean_text(changes["planned_time"]), 20, field="planned_time",
                                                  what="L'heure")
        if "place" in changes:
            values["place"] = check_length(clean_text(changes["place"]), SHORT_TEXT_MAX, field="place", what="Le lieu")
        if "agenda" in changes:
            values["agenda"] = check_length(clean_text(changes["agenda"], multiline=True), rules.ENTRY_MAX,
                                            field="agenda", what="L'ordre du jour")
        return values

    def update_preparation(self, meeting_id: uuid.UUID, changes: dict[str, Any]) -> None:
        self._set(meeting_id, self._preparation_values(changes), "champs : " + ", ".join(sorted(changes)))

    def suggested_participants(self, dossier_id: uuid.UUID) -> list[dict[str, Any]]:
        """The household's adults, the family's network and the référent — to invite or not."""
        data = self.dossiers.load(dossier_id, record_read=False)
        found = [{"name": f"{p['first_name']} {p['last_name']}".strip(), "side": FAMILY_SIDE, "organisation": "",
                  "person_id": p["id"], "contact_id": None}
                 for p in data["persons"] if p["role"] == HouseholdRole.ADULTE]
        for contact in data["contacts"]:
            professional = contact["kind"] == ContactKind.PROFESSIONNEL
            found.append({"name": contact["name"], "side": PROFESSIONAL_SIDE if professional else FAMILY_GUEST,
                          "organisation": contact["organisation"], "person_id": None, "contact_id": contact["id"]})
        if data["referent"] and all(f["name"] != data["referent"] for f in found):
            found.append({"name": data["referent"], "side": PROFESSIONAL_SIDE, "organisation": "",
                          "person_id": None, "contact_id": None})
        return found

    def add_participant(self, meeting_id: uuid.UUID, *, name: str, side: str, organisation: str = "",
                        invited: bool = True, person_id: uuid.UUID | None = None,
                        contact_id: uuid.UUID | None = None, present: bool | None = None) -> uuid.UUID:
        if side not in SIDES:
            raise ValidationError("Côté inconnu : « {side} ».", field="side", side=side)
        name = check_length(clean_text(name), 200, field="name", what="Le nom")
        if not name:
            raise ValidationError("Écrivez le nom de la personne.", field="name")
        participant_id = uuid.uuid4()
        with self.database.engine.begin() as connection:
            row = self._writable(connection, meeting_id)
            p = tables.meeting_participant.c
            position = connection.execute(select(func.coalesce(func.max(p.position), -1))
                                          .where(p.meeting_id == meeting_id)).scalar() + 1
            connection.execute(insert(tables.meeting_participant).values(
                id=participant_id, meeting_id=meeting_id, name=name, side=side, invited=bool(invited),
                organisation=check_length(clean_text(organisation), SHORT_TEXT_MAX, field="organisation",
                                          what="La structure"),
                person_id=person_id, contact_id=contact_id, present=present, position=position))
            self._log(connection, audit.CREATE, "meeting_participant", participant_id, row["dossier_id"])
        return participant_id

    def set_presence(self, participant_id: uuid.UUID, present: bool) -> None:
        self._set_participant(participant_id, {"present": bool(present)}, "présence")

    def set_invited(self, participant_id: uuid.UUID, invited: bool) -> None:
        self._set_participant(participant_id, {"invited": bool(invited)}, "invitation")

    def _set_participant(self, participant_id: uuid.UUID, values: dict[str, Any], detail: str) -> None:
        with self.database.engine.begin() as connection:
            meeting_id = connection.execute(select(tables.meeting_participant.c.meeting_id).where(
                tables.meeting_participant.c.id == participant_id)).scalar()
            if meeting_id is None:
                raise UserFacingError("Cette personne ne fait plus partie de la rencontre.")
            row = self._writable(connection, meeting_id)
            connection.execute(update(tables.meeting_participant)
                               .where(tables.meeting_participant.c.id == participant_id).values(**values))
            self._log(connection, audit.UPDATE, "meeting_participant", participant_id, row["dossier_id"], detail)

    def participants(self, meeting_id: uuid.UUID) -> list[dict[str, Any]]:
        p = tables.meeting_participant.c
        with self.database.engine.connect() as connection:
            self._meeting(connection, meeting_id)
            return [dict(r) for r in connection.execute(select(tables.meeting_participant)
                                                        .where(p.meeting_id == meeting_id)
                                                        .order_by(p.position)).mappings()]

    # -- opening and phases --------------------------------------------------------------

    def open(self, meeting_id: uuid.UUID, *, family_present: bool, absence_reason: str = "") -> None:
        """Opening: who is there is recorded; without the family, why — and the meeting stays
        open until the family has been told everything that was said."""
        reason = check_length(clean_text(absence_reason, multiline=True), rules.ENTRY_MAX, field="absence_reason",
                              what="La raison de l'absence")
        if not family_present and not reason:
            raise ValidationError("La famille n'est pas là : notez pourquoi (elle sera informée de tout ce qui aura "
                                  "été dit).", field="absence_reason")
        with self.database.engine.begin() as connection:
            row = self._meeting(connection, meeting_id)
            if row["status"] != PREPARED:
                raise UserFacingError("Cette rencontre est déjà ouverte.")
            present = connection.execute(select(func.count()).where(
                tables.meeting_participant.c.meeting_id == meeting_id,
                tables.meeting_participant.c.present.is_(True))).scalar()
            if not present:
                raise ValidationError("Cochez d'abord qui est présent.", field="present")
            connection.execute(update(tables.meeting).where(tables.meeting.c.id == meeting_id).values(
                status=OPEN, phase=OPENING, family_present=bool(family_present),
                absence_reason="" if family_present else reason, opened_at=utc_now()))
            self._log(connection, audit.UPDATE, "meeting", meeting_id, row["dossier_id"],
                      "ouverture ; famille " + ("présente" if family_present else "absente"))

    def acknowledge_charter(self, meeting_id: uuid.UUID, charter: Charter, by: str) -> None:
        by = clean_text(by)
        if not by:
            raise ValidationError("Dites qui a lu la charte avec la famille.", field="charter")
        self._set(meeting_id, {"charter_version": charter.version, "charter_acknowledged_at": utc_now(),
                               "charter_acknowledged_by": by[:200]}, f"charte {charter.version} lue")

    def set_phase(self, meeting_id: uuid.UUID, phase: str) -> None:
        if phase not in PHASES or phase in (PREPARATION, ENDED):
            raise ValidationError("Étape inconnue : « {phase} ».", field="phase", phase=phase)
        with self.database.engine.connect() as connection:
            row = self._meeting(connection, meeting_id)
        if row["status"] != OPEN or row["phase"] == ENDED:
            raise UserFacingError("La rencontre n'est pas ouverte.")
        if phase != OPENING and not row["charter_acknowledged_at"]:
            raise ValidationError("Commencez par lire la charte avec la famille et notez qu'elle a été lue.",
                                  field="phase")
        self._set(meeting_id, {"phase": phase}, f"étape {phase}")

    # -- entries -------------------------------------------------------------------------

    def add_entry(self, meeting_id: uuid.UUID, *, text: str, kind: str, participant_id: uuid.UUID,
                  entry_id: uuid.UUID | None = None) -> uuid.UUID:
        """One entry, said or written by a present person; it also clears the draft."""
        if kind not in ENTRY_KINDS:
            raise ValidationError("Type de note inconnu : « {kind} ».", field="kind", kind=kind)
        text = check_length(clean_text(text, multiline=True), rules.ENTRY_MAX, field="text", what="La note")
        if not text:
            raise ValidationError("La note est vide.", field="text")
        entry_id = entry_id or uuid.uuid4()
        with self.database.engine.begin() as connection:
            row = self._writable(connection, meeting_id)
            if row["status"] != OPEN or row["phase"] == ENDED:
                raise UserFacingError("La rencontre n'est pas ouverte : on n'y écrit plus.")
            speaker = connection.execute(select(tables.meeting_participant).where(
                tables.meeting_participant.c.id == participant_id,
                tables.meeting_participant.c.meeting_id == meeting_id)).mappings().first()
            if speaker is None:
                raise ValidationError("Choisissez qui parle, parmi les personnes présentes.", field="speaker")
            author_kind = rules.side_author_kind(speaker["side"])
            rules.check_may_write_entry(row["phase"], author_kind)
            e = tables.meeting_entry.c
            position = connection.execute(select(func.coalesce(func.max(e.position), -1))
                                          .where(e.meeting_id == meeting_id)).scalar() + 1
            connection.execute(insert(tables.meeting_entry).values(
                id=entry_id, meeting_id=meeting_id, phase=row["phase"], kind=kind, participant_id=participant_id,
                speaker=speaker["name"], author_kind=author_kind, author_name=speaker["name"],
                author_organisation=speaker["organisation"], text=text, private=row["phase"] == PRIVATE_TIME,
                position=position))
            connection.execute(delete(tables.meeting_draft).where(tables.meeting_draft.c.meeting_id == meeting_id))
            self._log(connection, audit.CREATE, "meeting_entry", entry_id, row["dossier_id"], f"type {kind}")
        return entry_id

    def _entry(self, connection: Connection, entry_id: uuid.UUID) -> tuple[dict[str, Any], dict[str, Any]]:
        entry = connection.execute(select(tables.meeting_entry)
                                   .where(tables.meeting_entry.c.id == entry_id)).mappings().first()
        if entry is None:
            raise UserFacingError("Cette note n'existe plus.")
        return dict(entry), self._writable(connection, entry["meeting_id"])

    def edit_entry(self, entry_id: uuid.UUID, text: str, writer: Writer, expected_version: int | None = None) -> str:
        """A corrected note; returns the previous text (for undo). A note changed meanwhile by
        someone else (``expected_version`` no longer current) is a conflict, never overwritten."""
        text = check_length(clean_text(text, multiline=True), rules.ENTRY_MAX, field="text", what="La note")
        if not text:
            raise ValidationError("La note est vide : retirez-la plutôt.", field="text")
        with self.database.engine.begin() as connection:
            entry, row = self._entry(connection, entry_id)
            rules.check_may_change_entry(entry["private"], entry["author_kind"], writer.kind)
            if expected_version is not None and entry["version"] != expected_version:
                raise EditConflict(field="text", mine=text, theirs=entry["text"], theirs_by="",
                                   version=entry["version"])
            connection.execute(update(tables.meeting_entry).where(tables.meeting_entry.c.id == entry_id)
                               .values(text=text, version=tables.meeting_entry.c.version + 1))
            self._log(connection, audit.UPDATE, "meeting_entry", entry_id, row["dossier_id"], "champs : text")
        return entry["text"]

    def remove_entry(self, entry_id: uuid.UUID, writer: Writer) -> dict[str, Any]:
        """Take a note back; returns it whole so that undo can put it back."""
        with self.database.engine.begin() as connection:
            entry, row = self._entry(connection, entry_id)
            rules.check_may_change_entry(entry["private"], entry["author_kind"], writer.kind)
            connection.execute(delete(tables.meeting_entry).where(tables.meeting_entry.c.id == entry_id))
            self._log(connection, audit.DELETE, "meeting_entry", entry_id, row["dossier_id"])
        return entry

    def restore_entry(self, entry: dict[str, Any]) -> None:
        with self.database.engine.begin() as connection:
            row = self._meeting(connection, entry["meeting_id"])
            connection.execute(insert(tables.meeting_entry).values(**entry))
            self._log(connection, audit.RESTORE, "meeting_entry", entry["id"], row["dossier_id"])

    def decision_to_action(self, entry_id: uuid.UUID, values: dict[str, Any], writer: Writer) -> uuid.UUID:
        """A decision becomes a PPF action in one step (what prefilled with the decision)."""
        with self.database.engine.connect() as connection:
            entry, row = self._entry(connection, entry_id)
        if entry["kind"] != DECISION:
            raise ValidationError("Seule une décision devient une action du projet.", field="kind")
        if entry["action_id"] is not None:
            raise UserFacingError("Cette décision est déjà une action du projet.")
        plan_id = self.plans.plan_for(row["dossier_id"])
        changeset = self.plans.add_action(plan_id, {"what": entry["text"][:rules.ENTRY_MAX], **values}, writer)
        action_id = changeset.created_id
        with self.database.engine.begin() as connection:
            connection.execute(update(tables.meeting_entry).where(tables.meeting_entry.c.id == entry_id)
                               .values(action_id=action_id))
            self._log(connection, audit.UPDATE, "meeting_entry", entry_id, row["dossier_id"], "devenue action")
        return action_id

    # -- the draft (text being typed) ------------------------------------------------------

    def save_draft(self, meeting_id: uuid.UUID, text: str, participant_id: uuid.UUID | None, kind: str) -> None:
        # Not audited: the entry it becomes is; the draft is just the keyboard's memory.
        d = tables.meeting_draft.c
        with self.database.engine.begin() as connection:
            updated = connection.execute(update(tables.meeting_draft).where(d.meeting_id == meeting_id).values(
                text=text, participant_id=participant_id, kind=kind, updated_at=utc_now())).rowcount
            if not updated:
                connection.execute(insert(tables.meeting_draft).values(
                    id=uuid.uuid4(), meeting_id=meeting_id, text=text, participant_id=participant_id, kind=kind))

    def draft(self, meeting_id: uuid.UUID) -> dict[str, Any] | None:
        with self.database.engine.connect() as connection:
            row = connection.execute(select(tables.meeting_draft)
                                     .where(tables.meeting_draft.c.meeting_id == meeting_id)).mappings().first()
        return dict(row) if row and row["text"] else None

    # -- the end -------------------------------------------------------------------------

    def read_back(self, meeting_id: uuid.UUID, *, validated: bool, by: str, comment: str = "") -> None:
        """The family reads back the record: they validate it, or say what they disagree with."""
        by = clean_text(by)
        if not by:
            raise ValidationError("Dites qui, dans la famille, a relu.", field="validated_by")
        comment = check_length(clean_text(comment, multiline=True), rules.ENTRY_MAX, field="validation_comment",
                               what="Le désaccord")
        if not validated and not comment:
            raise ValidationError("Notez ce avec quoi la famille n'est pas d'accord, avec ses mots.",
                                  field="validation_comment")
        self._set(meeting_id, {"validated": bool(validated), "validated_by": by[:200], "validated_on": self.today(),
                               "validation_comment": comment}, "relecture " + ("validée" if validated else "désaccord"))

    def close(self, meeting_id: uuid.UUID, *, next_meeting_on: Any = None) -> int:
        """End of the meeting: the plan gets a new version (adopted if the family validated the
        read-back); the next meeting is proposed three months ahead. Without the family, the
        meeting stays open until they have been told. Returns the plan version."""
        with self.database.engine.connect() as connection:
            row = self._meeting(connection, meeting_id)
        if row["status"] != OPEN or row["phase"] == ENDED:
            raise UserFacingError("Cette rencontre n'est pas ouverte.")
        if row["family_present"] and row["validated"] is None:
            raise ValidationError("Avant de terminer, relisez avec la famille : elle valide ce qui a été écrit, ou dit "
                                  "son désaccord.", field="validated")
        next_on = parse_date(next_meeting_on, field="next_meeting_on", what="La prochaine rencontre") \
            or add_months(self.today(), 3)
        plan_id = self.plans.plan_for(row["dossier_id"])
        if row["validated"]:
            version = self.plans.adopt(plan_id, row["validated_by"].split(","), self.today())
        else:
            version = self.plans.freeze_after_synthesis(plan_id)
        status = DONE if row["family_present"] or row["family_informed_on"] else OPEN
        self._set(meeting_id, {"phase": ENDED, "status": status, "next_meeting_on": next_on,
                               "plan_version": version.number, "closed_at": utc_now()},
                  f"fin ; version {version.number} du projet")
        self.plans.set_plan_fields(plan_id, {"next_review_on": next_on})
        return version.number

    def record_family_informed(self, meeting_id: uuid.UUID, *, informed_on: Any, how: str) -> None:
        """The family, absent, has been told everything that was said: the meeting can close."""
        how = check_length(clean_text(how), SHORT_TEXT_MAX, field="family_informed_how", what="Comment")
        if not how:
            raise ValidationError("Dites comment la famille a été informée (rencontre, téléphone, courrier…).",
                                  field="family_informed_how")
        when = check_past_date(informed_on, self.today(), field="family_informed_on", what="La date", required=True)
        with self.database.engine.connect() as connection:
            row = self._meeting(connection, meeting_id)
        values: dict[str, Any] = {"family_informed_on": when, "family_informed_how": how}
        if row["phase"] == ENDED:
            values["status"] = DONE
        self._set(meeting_id, values, "famille informée")

    # -- reading -------------------------------------------------------------------------

    def meetings(self, dossier_id: uuid.UUID) -> list[MeetingSummary]:
        m = tables.meeting.c
        with self.database.engine.connect() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            rows = connection.execute(select(m.id, m.kind, m.planned_on, m.status, m.phase, m.family_present)
                                      .where(m.dossier_id == dossier_id)
                                      .order_by(m.planned_on.desc(), m.created_at.desc())).all()
        return [MeetingSummary(*row) for row in rows]

    def resumable(self, dossier_id: uuid.UUID) -> uuid.UUID | None:
        """A meeting left open in the middle (a crash, a power cut): to resume where it was."""
        return next((m.id for m in self.meetings(dossier_id) if m.status == OPEN and m.phase != ENDED), None)

    def record(self, meeting_id: uuid.UUID) -> dict[str, Any]:
        with self.database.engine.connect() as connection:
            row = self._meeting(connection, meeting_id)
            dossier = connection.execute(select(tables.dossier.c.id, tables.dossier.c.label, tables.dossier.c.referent)
                                         .where(tables.dossier.c.id == row["dossier_id"])).mappings().one()
            contact = connection.execute(select(tables.plan.c.referent_contact)
                                         .where(tables.plan.c.dossier_id == row["dossier_id"])).scalar() or ""
            p, e = tables.meeting_participant.c, tables.meeting_entry.c
            participants = connection.execute(select(tables.meeting_participant).where(p.meeting_id == meeting_id)
                                              .order_by(p.position)).mappings().all()
            entries = connection.execute(select(tables.meeting_entry).where(e.meeting_id == meeting_id)
                                         .order_by(e.position)).mappings().all()
            a = tables.plan_action.c
            action_ids = [x["action_id"] for x in entries if x["action_id"]]
            actions = {r["id"]: r for r in connection.execute(
                select(a.id, a.what, a.who_name, a.who_organisation).where(a.id.in_(action_ids))).mappings()} \
                if action_ids else {}
        phases = []
        for key, label in PHASES.items():
            found = [self._entry_dict(x, actions) for x in entries if x["phase"] == key]
            if found:
                phases.append({"key": key, "label": label, "entries": found})
        return {
            "id": str(row["id"]),
            "dossier": {"id": str(dossier["id"]), "label": dossier["label"]},
            "referent": {"name": dossier["referent"], "contact": contact},
            "kind": row["kind"], "kind_label": KINDS.get(row["kind"], row["kind"]),
            "planned_on": _iso(row["planned_on"]), "planned_time": row["planned_time"], "place": row["place"],
            "agenda": row["agenda"],
            "agenda_author": {"kind": row["author_kind"], "name": row["author_name"],
                              "organisation": row["author_organisation"]},
            "participants": [{"id": str(x["id"]), "name": x["name"], "organisation": x["organisation"],
                              "side": x["side"], "invited": bool(x["invited"]), "present": x["present"]}
                             for x in participants],
            "family_present": row["family_present"], "absence_reason": row["absence_reason"],
            "family_informed_on": _iso(row["family_informed_on"]), "family_informed_how": row["family_informed_how"],
            "charter": {"version": row["charter_version"], "title": "Charte de partage d'informations",
                        "acknowledged_at": _iso(row["charter_acknowledged_at"]),
                        "acknowledged_by": row["charter_acknowledged_by"]},
            "phase": row["phase"], "status": row["status"], "phases": phases,
            "validation": {"validated": row["validated"], "by": row["validated_by"], "on": _iso(row["validated_on"]),
                           "comment": row["validation_comment"]},
            "next_meeting_on": _iso(row["next_meeting_on"]), "plan_version": row["plan_version"],
            "opened_at": _iso(row["opened_at"]), "closed_at": _iso(row["closed_at"]),
        }

    @staticmethod
    def _entry_dict(row: Any, actions: dict) -> dict[str, Any]:
        action = actions.get(row["action_id"])
        return {"id": str(row["id"]), "phase": row["phase"], "kind": row["kind"],
                "kind_label": ENTRY_KINDS.get(row["kind"], row["kind"]), "speaker": row["speaker"],
                "author": {"kind": row["author_kind"], "name": row["author_name"],
                           "organisation": row["author_organisation"]},
                "text": row["text"], "private": bool(row["private"]), "version": row["version"],
                "action": {"id": str(action["id"]), "what": action["what"],
                           "who": " ".join(x for x in (action["who_name"], f"({action['who_organisation']})"
                                                       if action["who_organisation"] else "") if x)}
                if action else None}


class MeetingWriter:
    """Writes a meeting's entries and draft on its own thread, so typing never waits on the
    disk. Entries are written in the order they were typed; of the drafts, only the latest
    state is written. ``on_error`` is called (on the writer thread) with a UserFacingError."""

    def __init__(self, service: MeetingService, meeting_id: uuid.UUID,
                 on_error: Callable[[UserFacingError], None] | None = None,
                 on_written: Callable[[uuid.UUID], None] | None = None) -> None:
        self.service, self.meeting_id = service, meeting_id
        self.on_error, self.on_written = on_error, on_written
        self._entries: queue.Queue = queue.Queue()
        self._draft: tuple | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="meeting-writer", daemon=True)
        self._thread.start()

    def add_entry(self, *, text: str, kind: str, participant_id: uuid.UUID) -> uuid.UUID:
        entry_id = uuid.uuid4()
        with self._lock:
            self._idle.clear()
            self._draft = None  # the entry replaces the draft it came from
            self._entries.put((entry_id, text, kind, participant_id))
        self._wake.set()
        return entry_id

    def save_draft(self, text: str, participant_id: uuid.UUID | None, kind: str) -> None:
        with self._lock:
            self._idle.clear()
            self._draft = (text, participant_id, kind)
        self._wake.set()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything typed so far is on disk."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        self.flush(timeout)
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            while True:
                with self._lock:
                    if not self._entries.empty():
                        job = ("entry", self._entries.get_nowait())
                    elif self._draft is not None:
                        job, self._draft = ("draft", self._draft), None
                    else:
                        self._idle.set()
                        break
                self._write(*job)
            if self._stopping:
                return

    def _write(self, what: str, job: tuple) -> None:
        try:
            if what == "entry":
                entry_id, text, kind, participant_id = job
                self.service.add_entry(self.meeting_id, text=text, kind=kind, participant_id=participant_id,
                                       entry_id=entry_id)
                if self.on_written:
                    self.on_written(entry_id)
            else:
                self.service.save_draft(self.meeting_id, *job)
        except UserFacingError as error:
            if self.on_error:
                self.on_error(error)
        except Exception as error:  # noqa: BLE001 - the writer must survive to write what follows
            if self.on_error:
                self.on_error(UserFacingError("La note n'a pas pu être enregistrée : {detail}", detail=str(error)))
