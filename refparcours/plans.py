"""The PPF of each dossier in the database: the live draft, its entries and actions, the
rewordings proposed to the family, and the frozen versions with whom they were handed to.

Every change is one transaction, checked against the rules of ``ppf`` (who may write
what), written to the audit log, and returned as a :class:`Changeset` — the rows before and
after — so the interface can undo and redo it across the whole plan."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from refparcours import ppf
from refparcours.data import tables
from refparcours.domain import ContactKind
from refparcours.dossiers import DossierService
from refparcours.errors import EditConflict, UserFacingError, ValidationError
from refparcours.ppf import (
    BESOIN,
    DOMAIN_SECTIONS,
    FOYER,
    PARTNER_SECTIONS,
    PROFESSIONNEL,
    RESEAU,
    SECTION_LABELS,
    STATUSES,
    WHO_KINDS,
    DomainSet,
    Writer,
)
from refparcours.rules import check_past_date
from refparcours.data.tables import utc_now
from refparcours.security import audit
from refparcours.text import SHORT_TEXT_MAX, check_length, clean_text, format_date, parse_date

TABLES = {t.name: t for t in (tables.plan, tables.plan_entry, tables.plan_action, tables.rewording)}
ACTION_TEXT_FIELDS = {"what": "Ce qu'il y a à faire", "how": "Comment je m'y prends", "outcome": "Le résultat"}
PENDING, ACCEPTED, REFUSED = "en_attente", "acceptee", "refusee"
FAMILY_COPY, PARTNER_COPY = "famille", "partenaire"


@dataclass(frozen=True)
class Change:
    table: str
    id: uuid.UUID
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass
class Changeset:
    """The rows one operation touched, before and after: enough to undo and redo it."""

    dossier_id: uuid.UUID
    changes: list[Change] = field(default_factory=list)
    created_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Version:
    number: int
    frozen_on: date
    reason: str  # adoption, impression
    adopted_by: list[str]
    adopted_on: date | None
    signatories: list[str]
    frozen_by: str
    handovers: list[dict[str, Any]]
    content: dict[str, Any] | None = None

    def meta(self) -> dict[str, Any]:
        """What the printed copy says about this version."""
        return {"number": self.number, "frozen_on": self.frozen_on.isoformat(), "reason": self.reason,
                "adopted_by": list(self.adopted_by),
                "adopted_on": self.adopted_on.isoformat() if self.adopted_on else None,
                "signatories": list(self.signatories)}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _author(row: Any) -> dict[str, str]:
    return {"kind": row["author_kind"], "name": row["author_name"], "organisation": row["author_organisation"]}


def _author_values(writer: Writer) -> dict[str, str]:
    return {"author_kind": writer.kind, "author_name": writer.name, "author_organisation": writer.organisation}


def _writer_name(writer: Writer) -> str:
    return ppf.author_label(writer.as_author())


class _Recorder:
    """Writes rows and keeps their before/after images."""

    def __init__(self, connection: Connection, changeset: Changeset) -> None:
        self.connection, self.changeset = connection, changeset

    def row(self, table: str, row_id: uuid.UUID) -> dict[str, Any] | None:
        t = TABLES[table]
        found = self.connection.execute(select(t).where(t.c.id == row_id)).mappings().first()
        return dict(found) if found else None

    def write(self, table: str, row_id: uuid.UUID, values: dict[str, Any] | None) -> None:
        before = self.row(table, row_id)
        _put(self.connection, table, row_id, values, exists=before is not None)
        self.changeset.changes.append(Change(table, row_id, before, self.row(table, row_id)))


def _put(connection: Connection, table: str, row_id: uuid.UUID, values: dict[str, Any] | None, *,
         exists: bool) -> None:
    t = TABLES[table]
    if values is None:
        connection.execute(delete(t).where(t.c.id == row_id))
    elif exists:
        values = {k: v for k, v in values.items() if k != "version"}
        if "version" in t.c:  # always forward, even when undo puts back older values
            values["version"] = t.c.version + 1
        connection.execute(update(t).where(t.c.id == row_id).values(**values))
    else:
        connection.execute(insert(t).values(id=row_id, **{k: v for k, v in values.items() if k != "id"}))


class PlanService:
    """The plans of one database, for one account (the dossier service's actor and scope)."""

    def __init__(self, dossiers: DossierService, domains: DomainSet | None = None,
                 new_id: Callable[[], uuid.UUID] = uuid.uuid4) -> None:
        self.dossiers = dossiers
        self.new_id = new_id  # the demo passes a seeded one: same seed, same ids
        self.database = dossiers.database
        self.domains = domains or ppf.load_domains()

    @property
    def actor(self) -> audit.Actor:
        return self.dossiers.actor

    def today(self) -> date:
        return self.dossiers.today()

    # -- the plan itself -----------------------------------------------------------------

    def plan_for(self, dossier_id: uuid.UUID) -> uuid.UUID:
        """The dossier's plan, created (empty, review proposed in three months) on first use."""
        with self.database.engine.begin() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            plan_id = connection.execute(select(tables.plan.c.id)
                                         .where(tables.plan.c.dossier_id == dossier_id)).scalar()
            if plan_id is not None:
                return plan_id
            if connection.execute(select(tables.dossier.c.id).where(tables.dossier.c.id == dossier_id)).first() is None:
                raise UserFacingError("Ce dossier n'existe plus.")
            self.dossiers.check_writable(connection, dossier_id)
            plan_id = self.new_id()
            connection.execute(insert(tables.plan).values(
                id=plan_id, dossier_id=dossier_id, next_review_on=ppf.proposed_review(self.today())))
            audit.append(connection, self.actor, audit.CREATE, record_type="plan", record_id=str(plan_id),
                         detail=f"dossier {dossier_id}")
            return plan_id

    def _plan(self, connection: Connection, plan_id: uuid.UUID) -> dict[str, Any]:
        row = connection.execute(select(tables.plan).where(tables.plan.c.id == plan_id)).mappings().first()
        if row is None:
            raise UserFacingError("Ce projet n'existe plus.")
        self.dossiers.check_scope(connection, row["dossier_id"])
        return dict(row)

    def _begin(self, connection: Connection, plan_id: uuid.UUID) -> tuple[dict[str, Any], _Recorder]:
        plan = self._plan(connection, plan_id)
        self.dossiers.check_writable(connection, plan["dossier_id"])
        return plan, _Recorder(connection, Changeset(plan["dossier_id"]))

    def _log(self, connection: Connection, operation: str, table: str, record_id: uuid.UUID,
             dossier_id: uuid.UUID, detail: str = "") -> None:
        # Which record and which fields, never the family's words.
        audit.append(connection, self.actor, operation, record_type=table, record_id=str(record_id),
                     detail=" ; ".join(part for part in (f"dossier {dossier_id}", detail) if part))

    def _history(self, connection: Connection, dossier_id: uuid.UUID, record_type: str, record_id: uuid.UUID,
                 changes: dict[str, tuple[str, str]], writer: Writer) -> None:
        """Rectification: what a text said before it was corrected, and who corrected it."""
        rows = [{"id": self.new_id(), "dossier_id": dossier_id, "record_type": record_type, "record_id": record_id,
                 "field": field, "old_value": old or "", "new_value": new or "", "changed_at": utc_now(),
                 "changed_by": _writer_name(writer)} for field, (old, new) in changes.items() if old != new]
        if rows:
            connection.execute(insert(tables.field_history), rows)

    def set_plan_fields(self, plan_id: uuid.UUID, changes: dict[str, Any]) -> Changeset:
        """The next review date (a proposal, in the future or today) and how to reach the référent."""
        values: dict[str, Any] = {}
        if "next_review_on" in changes:
            values["next_review_on"] = parse_date(changes["next_review_on"], field="next_review_on",
                                                  what="La date du prochain point")
        if "referent_contact" in changes:
            values["referent_contact"] = check_length(clean_text(changes["referent_contact"]), SHORT_TEXT_MAX,
                                                      field="referent_contact", what="Comment joindre le référent")
        with self.database.engine.begin() as connection:
            plan, recorder = self._begin(connection, plan_id)
            recorder.write("plan", plan_id, values)
            self._log(connection, audit.UPDATE, "plan", plan_id, plan["dossier_id"], "champs : " + ", ".join(values))
        return recorder.changeset

    def set_partner_sections(self, plan_id: uuid.UUID, sections: list[str], writer: Writer) -> Changeset:
        """What the family agreed to share in a partner copy, ticked with them; the choice
        records who ticked it and when."""
        unknown = [s for s in sections if s not in PARTNER_SECTIONS]
        if unknown:
            raise ValidationError("Section inconnue : « {name} ».", field="partner_sections", name=unknown[0])
        ordered = [s for s in PARTNER_SECTIONS if s in sections]
        note = f"choisi avec la famille le {format_date(self.today())} ({_writer_name(writer)})"
        with self.database.engine.begin() as connection:
            plan, recorder = self._begin(connection, plan_id)
            recorder.write("plan", plan_id, {"partner_sections": ordered, "partner_sections_note": note})
            self._log(connection, audit.UPDATE, "plan", plan_id, plan["dossier_id"],
                      "sections partagées : " + (", ".join(ordered) or "aucune"))
        return recorder.changeset

    # -- entries (texts with an author) --------------------------------------------------

    def add_entry(self, plan_id: uuid.UUID, section: str, text: str, writer: Writer, domain: str = "") -> Changeset:
        if section not in SECTION_LABELS:
            raise ValidationError("Section inconnue : « {name} ».", field="section", name=section)
        ppf.check_may_write(writer, section)
        if section in DOMAIN_SECTIONS:
            if self.domains.get(domain) is None:
                raise ValidationError("Choisissez le domaine de vie.", field="domain")
        else:
            domain = ""
        text = self._entry_text(text, section)
        with self.database.engine.begin() as connection:
            plan, recorder = self._begin(connection, plan_id)
            entry_id = self.new_id()
            position = connection.execute(select(func.coalesce(func.max(tables.plan_entry.c.position), -1))
                                          .where(tables.plan_entry.c.plan_id == plan_id)).scalar() + 1
            recorder.write("plan_entry", entry_id, {"plan_id": plan_id, "section": section, "domain": domain,
                                                    "text": text, "position": position, **_author_values(writer)})
            recorder.changeset.created_id = entry_id
            self._log(connection, audit.CREATE, "plan_entry", entry_id, plan["dossier_id"], f"section {section}")
        return recorder.changeset

    @staticmethod
    def _entry_text(text: str, section: str) -> str:
        cleaned = check_length(clean_text(text, multiline=True), ppf.PLAN_TEXT_MAX, field="text",
                               what=SECTION_LABELS[section])
        if not cleaned:
            raise ValidationError("Le texte est vide : écrivez quelque chose, ou retirez cette ligne.", field="text")
        return cleaned

    def _entry(self, connection: Connection, entry_id: uuid.UUID) -> dict[str, Any]:
        row = connection.execute(select(tables.plan_entry).where(tables.plan_entry.c.id == entry_id)).mappings().first()
        if row is None:
            raise UserFacingError("Ce texte ne fait plus partie du projet.")
        return dict(row)

    def edit_entry(self, entry_id: uuid.UUID, text: str, writer: Writer,
                   expected_version: int | None = None) -> Changeset:
        """A new text by its writer (who becomes its author). The family's words are never
        changed by a professional: :meth:`propose_rewording` instead. ``expected_version``:
        the version the writer saw; if the text changed since, ``EditConflict``."""
        with self.database.engine.begin() as connection:
            entry = self._entry(connection, entry_id)
            plan, recorder = self._begin(connection, entry["plan_id"])
            ppf.check_may_change(writer, entry["author_kind"])
            ppf.check_may_write(writer, entry["section"])
            text = self._entry_text(text, entry["section"])
            if text == entry["text"]:
                return recorder.changeset
            if expected_version is not None and entry["version"] != expected_version:
                raise EditConflict(field="text", mine=text, theirs=entry["text"], version=entry["version"],
                                   theirs_by=ppf.author_label(_author(entry)))
            recorder.write("plan_entry", entry_id, {"text": text, **_author_values(writer)})
            self._history(connection, plan["dossier_id"], "plan_entry", entry_id, {"text": (entry["text"], text)},
                          writer)
            self._log(connection, audit.UPDATE, "plan_entry", entry_id, plan["dossier_id"], "champs : text")
        return recorder.changeset

    def remove_entry(self, entry_id: uuid.UUID, writer: Writer) -> Changeset:
        with self.database.engine.begin() as connection:
            entry = self._entry(connection, entry_id)
            plan, recorder = self._begin(connection, entry["plan_id"])
            ppf.check_may_remove(writer, entry["section"], entry["author_kind"])
            a = tables.plan_action.c
            linked = connection.execute(select(a.id, a.who_kind).where(a.need_id == entry_id)).all()
            if any(who == PROFESSIONNEL for _, who in linked):
                raise ValidationError(
                    "Des actions de professionnels répondent à ce besoin : rattachez-les d'abord à un autre "
                    "besoin de la famille, ou retirez-les.", field="text")
            for action_id, _ in linked:  # the family's own actions simply lose the link
                recorder.write("plan_action", action_id, {"need_id": None})
            r = tables.rewording.c
            for (rewording_id,) in connection.execute(select(r.id).where(r.entry_id == entry_id)).all():
                recorder.write("rewording", rewording_id, None)
            recorder.write("plan_entry", entry_id, None)
            self._log(connection, audit.DELETE, "plan_entry", entry_id, plan["dossier_id"],
                      f"section {entry['section']}")
        return recorder.changeset

    # -- actions -------------------------------------------------------------------------

    def add_action(self, plan_id: uuid.UUID, values: dict[str, Any], writer: Writer) -> Changeset:
        with self.database.engine.begin() as connection:
            plan, recorder = self._begin(connection, plan_id)
            fields = {"status": "en_projet", "what": "", "how": "", "outcome": "", "domain": "", "need_id": None,
                      "who_kind": "", "who_person_id": None, "who_contact_id": None, "who_name": "",
                      "who_organisation": "", "feasible": None, "feasible_by": "", "start_on": None,
                      "proposed_on": None, "structure_id": None}
            fields.update(self._action_values(connection, plan, fields, values, writer, new=True))
            action_id = self.new_id()
            position = connection.execute(select(func.coalesce(func.max(tables.plan_action.c.position), -1))
                                          .where(tables.plan_action.c.plan_id == plan_id)).scalar() + 1
            recorder.write("plan_action", action_id, {"plan_id": plan_id, "position": position, **fields,
                                                      **_author_values(writer)})
            recorder.changeset.created_id = action_id
            self._log(connection, audit.CREATE, "plan_action", action_id, plan["dossier_id"])
        return recorder.changeset

    def edit_action(self, action_id: uuid.UUID, changes: dict[str, Any], writer: Writer,
                    expected_version: int | None = None) -> Changeset:
        with self.database.engine.begin() as connection:
            action = self._action(connection, action_id)
            plan, recorder = self._begin(connection, action["plan_id"])
            values = self._action_values(connection, plan, action, changes, writer, new=False)
            values = {k: v for k, v in values.items() if action.get(k) != v}
            if not values:
                return recorder.changeset
            touched_text = [name for name in ACTION_TEXT_FIELDS if name in values]
            if expected_version is not None and action["version"] != expected_version:
                field = touched_text[0] if touched_text else next(iter(values))
                raise EditConflict(field=field, mine=str(values[field] or ""), theirs=str(action[field] or ""),
                                   version=action["version"], theirs_by=ppf.author_label(_author(action)))
            if touched_text:
                ppf.check_may_change(writer, action["author_kind"])
            recorder.write("plan_action", action_id, values)
            self._history(connection, plan["dossier_id"], "plan_action", action_id,
                          {name: (action[name], values[name]) for name in touched_text}, writer)
            self._log(connection, audit.UPDATE, "plan_action", action_id, plan["dossier_id"],
                      "champs : " + ", ".join(sorted(values)))
        return recorder.changeset

    def remove_action(self, action_id: uuid.UUID, writer: Writer) -> Changeset:
        with self.database.engine.begin() as connection:
            action = self._action(connection, action_id)
            plan, recorder = self._begin(connection, action["plan_id"])
            if ppf.family_text(action["author_kind"]) and not writer.is_family:
                raise ValidationError("Cette action a été écrite par la famille : seule la famille peut la retirer. "
                                      "Vous pouvez changer son statut.", field="what")
            r = tables.rewording.c
            for (rewording_id,) in connection.execute(select(r.id).where(r.action_id == action_id)).all():
                recorder.write("rewording", rewording_id, None)
            recorder.write("plan_action", action_id, None)
            self._log(connection, audit.DELETE, "plan_action", action_id, plan["dossier_id"])
        return recorder.changeset

    def _action(self, connection: Connection, action_id: uuid.UUID) -> dict[str, Any]:
        row = connection.execute(select(tables.plan_action)
                                 .where(tables.plan_action.c.id == action_id)).mappings().first()
        if row is None:
            raise UserFacingError("Cette action ne fait plus partie du projet.")
        return dict(row)

    def _action_values(self, connection: Connection, plan: dict[str, Any], current: dict[str, Any],
                       changes: dict[str, Any], writer: Writer, *, new: bool) -> dict[str, Any]:
        """Checked values of an action; the whole action (current + changes) must hold together."""
        values: dict[str, Any] = {}
        for name, what in ACTION_TEXT_FIELDS.items():
            if name in changes:
                values[name] = check_length(clean_text(changes[name], multiline=True), ppf.ACTION_TEXT_MAX,
                                            field=name, what=what)
        if new or "what" in changes:
            if not values.get("what"):
                raise ValidationError("Dites ce qu'il y a à faire, en quelques mots.", field="what")
        if "status" in changes:
            if changes["status"] not in STATUSES:
                raise ValidationError("Statut inconnu : « {status} ».", field="status", status=changes["status"])
            values["status"] = changes["status"]
        for name, what in (("start_on", "La date de début"), ("proposed_on", "La date proposée")):
            if name in changes:
                values[name] = parse_date(changes[name], field=name, what=what)
        start = values.get("start_on", current.get("start_on"))
        proposed = values.get("proposed_on", current.get("proposed_on"))
        if start and proposed and proposed < start:
            raise ValidationError("La date proposée ({proposed}) est avant le début ({start}).", field="proposed_on",
                                  proposed=format_date(proposed), start=format_date(start))
        if new or {"who_kind", "who_person_id", "who_contact_id", "who_name", "who_organisation"} & changes.keys():
            values.update(self._who(connection, plan["dossier_id"], {**current, **changes}))
        if "domain" in changes:
            domain = changes["domain"] or ""
            if domain and self.domains.get(domain) is None and domain != current.get("domain"):
                raise ValidationError("Domaine inconnu : « {name} ».", field="domain", name=domain)
            values["domain"] = domain
        if "need_id" in changes:
            values["need_id"] = changes["need_id"]
        if "structure_id" in changes:
            structure_id = changes["structure_id"]
            if structure_id is not None and connection.execute(
                    select(tables.structure.c.id).where(tables.structure.c.id == structure_id)).first() is None:
                raise ValidationError("Ce service n'est plus dans l'annuaire.", field="structure_id")
            values["structure_id"] = structure_id
        who_kind = values.get("who_kind", current.get("who_kind"))
        need_id = values.get("need_id", current.get("need_id"))
        if need_id is not None:
            need = connection.execute(select(tables.plan_entry).where(tables.plan_entry.c.id == need_id)).mappings().first()
            if need is None or need["plan_id"] != plan["id"] or need["section"] != BESOIN:
                raise ValidationError("Le besoin choisi ne fait pas partie de ce projet.", field="need_id")
            if not values.get("domain", current.get("domain")):
                values["domain"] = need["domain"]
            if who_kind == PROFESSIONNEL and not ppf.family_text(need["author_kind"]):
                raise ValidationError("Une action d'un professionnel répond à un besoin exprimé par la famille ; "
                                      "ce besoin-là a été écrit par un professionnel.", field="need_id")
        elif who_kind == PROFESSIONNEL:
            raise ValidationError(
                "Une action d'un professionnel répond toujours à un besoin exprimé par la famille : choisissez ce "
                "besoin, ou notez-le d'abord avec la famille dans son domaine.", field="need_id")
        if "feasible" in changes:
            if changes["feasible"] not in (None, True, False):
                raise ValidationError("« Possible pour moi ? » : oui, pas pour l'instant, ou pas encore dit.",
                                      field="feasible")
            if who_kind in (FOYER, RESEAU) and not writer.is_family and changes["feasible"] is not None:
                raise ValidationError("C'est à la personne qui fait l'action de dire si c'est possible pour elle : "
                                      "laissez-la répondre (« Qui écrit ? »).", field="feasible")
            values["feasible"] = changes["feasible"]
            values["feasible_by"] = _writer_name(writer) if changes["feasible"] is not None else ""
        return values

    def _who(self, connection: Connection, dossier_id: uuid.UUID, wanted: dict[str, Any]) -> dict[str, Any]:
        """Who does it: picked from the household or the network, or a professional typed in."""
        kind = wanted.get("who_kind")
        if kind not in WHO_KINDS:
            raise ValidationError("Dites qui fait cette action : une personne du foyer, un proche, ou un "
                                  "professionnel.", field="who_kind")
        result = {"who_kind": kind, "who_person_id": None, "who_contact_id": None, "who_name": "",
                  "who_organisation": ""}
        if kind == FOYER:
            person = connection.execute(select(tables.person).where(
                tables.person.c.id == wanted.get("who_person_id"),
                tables.person.c.dossier_id == dossier_id)).mappings().first()
            if person is None:
                raise ValidationError("Choisissez la personne du foyer qui fait cette action.", field="who_name")
            result.update(who_person_id=person["id"],
                          who_name=" ".join(p for p in (person["first_name"], person["last_name"]) if p))
            return result
        contact_id = wanted.get("who_contact_id")
        if contact_id is not None:
            contact = connection.execute(select(tables.network_contact).where(
                tables.network_contact.c.id == contact_id,
                tables.network_contact.c.dossier_id == dossier_id)).mappings().first()
            if contact is None:
                raise ValidationError("Cette personne ne fait plus partie du réseau de la famille.", field="who_name")
            if (contact["kind"] == ContactKind.PROFESSIONNEL) != (kind == PROFESSIONNEL):
                raise ValidationError("« {name} » n'est pas noté comme {what} dans le réseau.", field="who_name",
                                      name=contact["name"], what="professionnel" if kind == PROFESSIONNEL else "proche")
            result.update(who_contact_id=contact["id"], who_name=contact["name"],
                          who_organisation=contact["organisation"])
            return result
        if kind == RESEAU:
            raise ValidationError("Choisissez le proche dans le réseau de la famille (ajoutez-le d'abord au réseau "
                                  "si besoin, avec son accord).", field="who_name")
        name = check_length(clean_text(wanted.get("who_name")), 200, field="who_name", what="Le nom")
        organisation = check_length(clean_text(wanted.get("who_organisation")), SHORT_TEXT_MAX,
                                    field="who_organisation", what="La structure")
        if not (name or organisation):
            raise ValidationError("Écrivez le nom du professionnel ou du service.", field="who_name")
        result.update(who_name=name, who_organisation=organisation)
        return result

    # -- rewordings ----------------------------------------------------------------------

    def propose_rewording(self, target_id: uuid.UUID, text: str, writer: Writer, field_name: str = "text") -> Changeset:
        """Another wording of the family's text, shown beside it until the family decides."""
        with self.database.engine.begin() as connection:
            if field_name == "text":
                target = self._entry(connection, target_id)
                what = SECTION_LABELS[target["section"]]
                link = {"entry_id": target_id, "action_id": None}
            elif field_name in ACTION_TEXT_FIELDS:
                target = self._action(connection, target_id)
                what = ACTION_TEXT_FIELDS[field_name]
                link = {"entry_id": None, "action_id": target_id}
            else:
                raise ValidationError("Ce champ ne se reformule pas.", field="text")
            plan, recorder = self._begin(connection, target["plan_id"])
            if not ppf.family_text(target["author_kind"]):
                raise ValidationError("Ce texte n'est pas celui de la famille : modifiez-le directement.", field="text")
            proposed = check_length(clean_text(text, multiline=True), ppf.PLAN_TEXT_MAX, field="text", what=what)
            if not proposed or proposed == target[field_name]:
                raise ValidationError("La formulation proposée est vide ou identique au texte de la famille.",
                                      field="text")
            rewording_id = self.new_id()
            recorder.write("rewording", rewording_id, {
                **link, "field": field_name, "original": target[field_name], "proposed": proposed,
                "status": PENDING, "decided_by": "", "decided_on": None, **_author_values(writer)})
            recorder.changeset.created_id = rewording_id
            self._log(connection, audit.CREATE, "rewording", rewording_id, plan["dossier_id"])
        return recorder.changeset

    def decide_rewording(self, rewording_id: uuid.UUID, accept: bool, writer: Writer) -> Changeset:
        """The family accepts the proposed wording (their text becomes it) or refuses it
        (their text stays); either way the proposal stays in the history."""
        if not writer.is_family:
            raise ValidationError("C'est à la famille d'accepter ou de refuser une reformulation : choisissez la "
                                  "personne dans « Qui écrit ? ».", field="text")
        with self.database.engine.begin() as connection:
            row = connection.execute(select(tables.rewording)
                                     .where(tables.rewording.c.id == rewording_id)).mappings().first()
            if row is None or row["status"] != PENDING:
                raise UserFacingError("Cette proposition a déjà été décidée ou retirée.")
            is_entry = row["entry_id"] is not None
            target = self._entry(connection, row["entry_id"]) if is_entry else self._action(connection, row["action_id"])
            plan, recorder = self._begin(connection, target["plan_id"])
            if accept and target[row["field"]] != row["original"]:
                raise ValidationError("Le texte de la famille a changé depuis cette proposition : elle ne peut plus "
                                      "être acceptée telle quelle.", field="text")
            recorder.write("rewording", rewording_id, {"status": ACCEPTED if accept else REFUSED,
                                                       "decided_by": _writer_name(writer), "decided_on": self.today()})
            if accept:
                recorder.write("plan_entry" if is_entry else "plan_action", target["id"], {row["field"]: row["proposed"]})
            self._log(connection, audit.UPDATE, "rewording", rewording_id, plan["dossier_id"],
                      "acceptée" if accept else "refusée")
        return recorder.changeset

    # -- undo / redo ---------------------------------------------------------------------

    def undo(self, changeset: Changeset) -> None:
        self._replay(changeset, [(c.table, c.id, c.before, c.after) for c in reversed(changeset.changes)], "annulé")

    def redo(self, changeset: Changeset) -> None:
        self._replay(changeset, [(c.table, c.id, c.after, c.before) for c in changeset.changes], "rétabli")

    def _replay(self, changeset: Changeset, steps: list[tuple], word: str) -> None:
        try:
            with self.database.engine.begin() as connection:
                self.dossiers.check_scope(connection, changeset.dossier_id)
                for table, row_id, values, _ in steps:
                    exists = connection.execute(select(TABLES[table].c.id)
                                                .where(TABLES[table].c.id == row_id)).first() is not None
                    _put(connection, table, row_id, values, exists=exists)
                    self._log(connection, audit.RESTORE if values is not None and not exists else
                              (audit.DELETE if values is None else audit.UPDATE),
                              table, row_id, changeset.dossier_id, word)
        except IntegrityError:
            raise UserFacingError("Impossible : le projet a changé entre-temps (un texte ou une personne a été "
                                  "retiré).") from None

    # -- versions ------------------------------------------------------------------------

    def adopt(self, plan_id: uuid.UUID, adopted_by: list[str], adopted_on: Any = None,
              signatories: list[str] | None = None) -> Version:
        """The family adopts the plan: version N is frozen, the draft goes on."""
        names = [clean_text(n) for n in adopted_by if clean_text(n)]
        if not names:
            raise ValidationError("Dites qui, dans la famille, adopte le projet.", field="adopted_by")
        when = check_past_date(adopted_on, self.today(), field="adopted_on", what="La date d'adoption") or self.today()
        return self._freeze(plan_id, "adoption", names, when, [clean_text(n) for n in (signatories or []) if n])

    def freeze_for_print(self, plan_id: uuid.UUID) -> Version:
        """The version a print shows: the last one if the draft has not changed since, or a
        new one frozen now."""
        latest = self.versions(plan_id)
        if latest:
            last = self.version(plan_id, latest[-1].number)
            if ppf.same_content(last.content, self.content(plan_id)):
                return last
        return self._freeze(plan_id, "impression", [], None, [])

    def freeze_after_synthesis(self, plan_id: uuid.UUID) -> Version:
        """The plan as it stands at the end of a meeting the family did not validate."""
        return self._freeze(plan_id, "synthese", [], None, [])

    def _freeze(self, plan_id: uuid.UUID, reason: str, adopted_by: list[str], adopted_on: date | None,
                signatories: list[str]) -> Version:
        with self.database.engine.begin() as connection:
            plan = self._plan(connection, plan_id)
            content = self._content(connection, plan)
            v = tables.plan_version.c
            number = connection.execute(select(func.coalesce(func.max(v.number), 0))
                                        .where(v.plan_id == plan_id)).scalar() + 1
            version_id = self.new_id()
            connection.execute(insert(tables.plan_version).values(
                id=version_id, plan_id=plan_id, number=number, frozen_on=self.today(), reason=reason, content=content,
                adopted_by=adopted_by, adopted_on=adopted_on, signatories=signatories, frozen_by=self.actor.username))
            self._log(connection, audit.CREATE, "plan_version", version_id, plan["dossier_id"],
                      f"version {number} ({reason})")
        return self.version(plan_id, number)

    def versions(self, plan_id: uuid.UUID) -> list[Version]:
        """Every frozen version, oldest first, with to whom each was handed (no content)."""
        v, h = tables.plan_version.c, tables.plan_handover
        with self.database.engine.connect() as connection:
            self._plan(connection, plan_id)
            rows = connection.execute(select(v.id, v.number, v.frozen_on, v.reason, v.adopted_by, v.adopted_on,
                                             v.signatories, v.frozen_by)
                                      .where(v.plan_id == plan_id).order_by(v.number)).mappings().all()
            handed = connection.execute(select(h).where(h.c.version_id.in_([r["id"] for r in rows]))
                                        .order_by(h.c.handed_on, h.c.created_at)).mappings().all()
        by_version: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for row in handed:
            by_version.setdefault(row["version_id"], []).append(dict(row))
        return [Version(r["number"], r["frozen_on"], r["reason"], r["adopted_by"], r["adopted_on"], r["signatories"],
                        r["frozen_by"], by_version.get(r["id"], [])) for r in rows]

    def version(self, plan_id: uuid.UUID, number: int) -> Version:
        v = tables.plan_version.c
        with self.database.engine.connect() as connection:
            self._plan(connection, plan_id)
            row = connection.execute(select(tables.plan_version).where(v.plan_id == plan_id, v.number == number)
                                     ).mappings().first()
            if row is None:
                count = connection.execute(select(func.count()).where(v.plan_id == plan_id)).scalar()
                if not count:
                    raise UserFacingError("Ce projet n'a encore aucune version (il n'a été ni adopté ni imprimé).")
                raise UserFacingError("Ce projet n'a pas de version {number} : ses versions vont de 1 à {count}.",
                                      number=number, count=count)
            handed = connection.execute(select(tables.plan_handover)
                                        .where(tables.plan_handover.c.version_id == row["id"])).mappings().all()
        return Version(row["number"], row["frozen_on"], row["reason"], row["adopted_by"], row["adopted_on"],
                       row["signatories"], row["frozen_by"], [dict(h) for h in handed], row["content"])

    def record_handover(self, plan_id: uuid.UUID, number: int, *, copy: str, recipient: str, handed_on: Any = None,
                        how: str = "", sections: list[str] | None = None) -> None:
        """To whom version N was handed (the family, a named partner)."""
        if copy not in (FAMILY_COPY, PARTNER_COPY):
            raise ValidationError("Copie inconnue : « {copy} ».", field="copy", copy=copy)
        recipient = check_length(clean_text(recipient), SHORT_TEXT_MAX, field="recipient", what="Le destinataire")
        if not recipient:
            raise ValidationError("Dites à qui cette version a été remise.", field="recipient")
        when = check_past_date(handed_on, self.today(), field="handed_on", what="La date de remise") or self.today()
        v = tables.plan_version.c
        with self.database.engine.begin() as connection:
            plan = self._plan(connection, plan_id)
            version_id = connection.execute(select(v.id).where(v.plan_id == plan_id, v.number == number)).scalar()
            if version_id is None:
                raise UserFacingError("Ce projet n'a pas de version {number}.", number=number)
            handover_id = self.new_id()
            connection.execute(insert(tables.plan_handover).values(
                id=handover_id, version_id=version_id, handed_on=when, copy=copy, recipient=recipient,
                sections=sections, how=clean_text(how)[:200], recorded_by=self.actor.username))
            self._log(connection, audit.PRINT if copy == FAMILY_COPY else audit.EXPORT, "plan_handover", handover_id,
                      plan["dossier_id"], f"version {number} ; copie {copy}")

    # -- reading -------------------------------------------------------------------------

    def record_versions(self, plan_id: uuid.UUID) -> dict[str, int]:
        """The version of every text and action of the plan, as the screen shows them."""
        e, a = tables.plan_entry.c, tables.plan_action.c
        with self.database.engine.connect() as connection:
            rows = [*connection.execute(select(e.id, e.version).where(e.plan_id == plan_id)),
                    *connection.execute(select(a.id, a.version).where(a.plan_id == plan_id))]
        return {str(row_id): version for row_id, version in rows}

    def change_token(self, plan_id: uuid.UUID) -> tuple:
        """Changes anyone made to the plan (for open screens to refresh themselves): counts and
        the sums of versions move with every addition, removal and edit."""
        e, a, r, p = tables.plan_entry.c, tables.plan_action.c, tables.rewording.c, tables.plan.c
        with self.database.engine.connect() as connection:
            entries = connection.execute(select(func.count(), func.coalesce(func.sum(e.version), 0))
                                         .where(e.plan_id == plan_id)).one()
            actions = connection.execute(select(func.count(), func.coalesce(func.sum(a.version), 0))
                                         .where(a.plan_id == plan_id)).one()
            rewordings = connection.execute(select(func.count(), func.max(r.updated_at)).where(
                r.entry_id.in_(select(e.id).where(e.plan_id == plan_id))
                | r.action_id.in_(select(a.id).where(a.plan_id == plan_id)))).one()
            plan = connection.execute(select(p.updated_at).where(p.id == plan_id)).scalar()
        return (tuple(entries), tuple(actions), tuple(rewordings), plan)

    def plan_row(self, plan_id: uuid.UUID) -> dict[str, Any]:
        with self.database.engine.connect() as connection:
            return self._plan(connection, plan_id)

    def content(self, plan_id: uuid.UUID) -> dict[str, Any]:
        """The live draft, in the content format of ``ppf``."""
        with self.database.engine.connect() as connection:
            return self._content(connection, self._plan(connection, plan_id))

    def _content(self, connection: Connection, plan: dict[str, Any]) -> dict[str, Any]:
        dossier = connection.execute(select(tables.dossier).where(tables.dossier.c.id == plan["dossier_id"])
                                     ).mappings().one()
        persons = connection.execute(select(tables.person).where(tables.person.c.dossier_id == dossier["id"])
                                     .order_by(tables.person.c.position)).mappings().all()
        contacts = connection.execute(select(tables.network_contact)
                                      .where(tables.network_contact.c.dossier_id == dossier["id"])
                                      .order_by(tables.network_contact.c.position)).mappings().all()
        e, a, r = tables.plan_entry.c, tables.plan_action.c, tables.rewording.c
        entries = connection.execute(select(tables.plan_entry).where(e.plan_id == plan["id"])
                                     .order_by(e.position)).mappings().all()
        actions = connection.execute(select(tables.plan_action).where(a.plan_id == plan["id"])
                                     .order_by(a.position)).mappings().all()
        ids = [x["id"] for x in entries] + [x["id"] for x in actions]
        structure_ids = [x["structure_id"] for x in actions if x["structure_id"]]
        st = tables.structure.c
        structures = {r["id"]: {"id": str(r["id"]), "name": r["name"], "address": r["address"],
                                "postal_code": r["postal_code"], "commune": r["commune"], "hours": r["hours"],
                                "access": r["access"], "phone": r["phone"]}
                      for r in connection.execute(select(st.id, st.name, st.address, st.postal_code, st.commune,
                                                         st.hours, st.access, st.phone)
                                                  .where(st.id.in_(structure_ids))).mappings()} if structure_ids else {}
        rewordings = connection.execute(select(tables.rewording).where(r.entry_id.in_(ids) | r.action_id.in_(ids))
                                        .order_by(r.created_at)).mappings().all() if ids else []

        def name_of(person) -> str:
            return " ".join(p for p in (person["first_name"], person["last_name"]) if p)

        person_names = {p["id"]: name_of(p) for p in persons}
        contact_rows = {c["id"]: c for c in contacts}

        def about(target_id: uuid.UUID, row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
            mine = [w for w in rewordings if target_id in (w["entry_id"], w["action_id"])]
            accepted = [w for w in mine if w["status"] == ACCEPTED and row[w["field"]] == w["proposed"]]
            last = accepted[-1] if accepted else None
            return {
                "reworded": {"by": _author(last), "accepted_by": last["decided_by"], "on": _iso(last["decided_on"]),
                             "field": last["field"]} if last else None,
                "pending": [{"id": str(w["id"]), "field": w["field"], "text": w["proposed"], "author": _author(w)}
                            for w in mine if w["status"] == PENDING and w["field"] in fields],
            }

        def entry(row) -> dict[str, Any]:
            return {"id": str(row["id"]), "text": row["text"], "author": _author(row), **about(row["id"], row, ("text",))}

        domains = []
        known = [d.key for d in self.domains.domains]
        used = {x["domain"] for x in entries if x["section"] in DOMAIN_SECTIONS} | {x["domain"] for x in actions}
        for key in known + sorted(k for k in used if k and k not in known):
            d = self.domains.get(key)
            domains.append({"key": key, "label": d.label if d else key, "plain": d.plain if d else key,
                            "icon": d.icon if d else "",
                            "entries": {section: [entry(x) for x in entries if x["domain"] == key
                                                  and x["section"] == section] for section in DOMAIN_SECTIONS}})
        needs = {x["id"]: x["text"] for x in entries if x["section"] == BESOIN}

        def who(row) -> dict[str, Any]:
            name, organisation, gone = row["who_name"], row["who_organisation"], False
            if row["who_kind"] == FOYER:
                gone = row["who_person_id"] not in person_names
                name = person_names.get(row["who_person_id"], name)
            elif row["who_contact_id"] in contact_rows:
                contact = contact_rows[row["who_contact_id"]]
                name, organisation = contact["name"], contact["organisation"]
            elif row["who_kind"] == RESEAU:
                gone = True
            return {"kind": row["who_kind"], "name": name, "organisation": organisation, "gone": gone}

        return {
            "format": ppf.CONTENT_FORMAT,
            "dossier": {"id": str(dossier["id"]), "label": dossier["label"], "territory": dossier["territory"]},
            "referent": {"name": dossier["referent"], "contact": plan["referent_contact"]},
            "household": [{"id": str(p["id"]), "name": name_of(p), "role": str(p["role"]), "relation": p["relation"],
                           "trusted": bool(p["trusted_person"])} for p in persons],
            "network": [{"id": str(c["id"]), "name": c["name"], "kind": str(c["kind"]), "relation": c["relation"],
                         "organisation": c["organisation"], "role": c["role"], "trusted": bool(c["trusted_person"])}
                        for c in contacts],
            "demande": [entry(x) for x in entries if x["section"] == ppf.DEMANDE],
            "point_de_vue": [entry(x) for x in entries if x["section"] == ppf.POINT_DE_VUE],
            "domains": domains,
            "actions": [{
                "id": str(x["id"]), "domain": x["domain"], "need_id": str(x["need_id"]) if x["need_id"] else None,
                "need_text": needs.get(x["need_id"], ""), "what": x["what"], "how": x["how"], "outcome": x["outcome"],
                "who": who(x), "feasible": x["feasible"], "feasible_by": x["feasible_by"],
                "start_on": _iso(x["start_on"]), "proposed_on": _iso(x["proposed_on"]), "status": x["status"],
                "structure": structures.get(x["structure_id"]),
                "author": _author(x), **about(x["id"], x, tuple(ACTION_TEXT_FIELDS))} for x in actions],
            "next_review_on": _iso(plan["next_review_on"]),
            "partner_sections": plan["partner_sections"],
            "partner_sections_note": plan["partner_sections_note"],
        }
