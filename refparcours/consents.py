"""Partners and the charter they signed, the family's consents (and legal grounds), the gate
that lets a partner copy out only when they are covered, and the log of every sharing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from refparcours import consent as rules
from refparcours.consent import (
    COLLECTED_HOW,
    CONSENT,
    INFO_CATEGORIES,
    LEGAL_GROUND,
    LEGAL_GROUNDS,
    MEDIA,
    PROFESSIONAL_CATEGORIES,
    Recipient,
)
from refparcours.data import tables
from refparcours.data.tables import utc_now
from refparcours.domain import HouseholdRole
from refparcours.dossiers import DossierService
from refparcours.errors import UserFacingError, ValidationError
from refparcours.rules import check_past_date
from refparcours.security import audit
from refparcours.text import LONG_TEXT_MAX, SHORT_TEXT_MAX, check_length, clean_text, format_date

FAMILY_COPY, PARTNER_COPY = "famille", "partenaire"


class SharingRefused(UserFacingError):
    """A partner copy that no consent or legal ground covers; ``reasons`` say what is missing."""

    def __init__(self, recipient: str, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__("Partage avec « {recipient} » impossible pour l'instant : {reasons} Vous pouvez noter "
                         "l'accord avec la famille (Dossier → Accords de partage).",
                         recipient=recipient, reasons=" ".join(reasons))


@dataclass(frozen=True)
class Authorization:
    """Why a sharing is allowed: the consents (one per adult) or the legal ground."""

    records: list[dict[str, Any]]

    @property
    def basis(self) -> str:
        parts = []
        for record in self.records:
            if record["basis"] == LEGAL_GROUND:
                parts.append(f"fondement légal : {LEGAL_GROUNDS[record['legal_ground']]}")
            else:
                parts.append(f"accord de {record['person_name']} du {format_date(record['collected_on'])}")
        return " ; ".join(parts)


def _keys(values: list[str] | None, known: dict[str, str], field: str, what: str) -> list[str]:
    values = list(dict.fromkeys(values or []))
    unknown = [v for v in values if v not in known]
    if unknown:
        raise ValidationError("{what} inconnu : « {value} ».", field=field, what=what, value=unknown[0])
    return values


class ConsentService:
    def __init__(self, dossiers: DossierService, today: Callable[[], date] | None = None) -> None:
        self.dossiers = dossiers
        self.database = dossiers.database
        self.today = today or dossiers.today

    @property
    def actor(self) -> audit.Actor:
        return self.dossiers.actor

    def _log(self, connection: Connection, operation: str, table: str, record_id: Any, detail: str = "") -> None:
        audit.append(connection, self.actor, operation, record_type=table, record_id=str(record_id), detail=detail)

    # -- partners and the charter ----------------------------------------------------------

    def add_partner(self, name: str, category: str, contact: str = "") -> uuid.UUID:
        name = check_length(clean_text(name), SHORT_TEXT_MAX, field="name", what="Le nom de la structure")
        if not name:
            raise ValidationError("Écrivez le nom de la structure.", field="name")
        _keys([category], PROFESSIONAL_CATEGORIES, "category", "Catégorie")
        partner_id = uuid.uuid4()
        with self.database.engine.begin() as connection:
            connection.execute(insert(tables.partner).values(
                id=partner_id, name=name, category=category,
                contact=check_length(clean_text(contact), SHORT_TEXT_MAX, field="contact", what="Le contact")))
            self._log(connection, audit.CREATE, "partner", partner_id)
        return partner_id

    def partners(self, charter_version: str | None = None) -> list[dict[str, Any]]:
        """The partner structures, each with whether (and when) it signed ``charter_version``."""
        p, s = tables.partner.c, tables.charter_signature.c
        with self.database.engine.connect() as connection:
            partners = [dict(r) for r in connection.execute(select(tables.partner).order_by(p.name)).mappings()]
            signatures = connection.execute(select(tables.charter_signature).order_by(s.signed_on)).mappings().all()
        for partner in partners:
            signed = [dict(x) for x in signatures if x["partner_id"] == partner["id"]]
            partner["signatures"] = signed
            current = [x for x in signed if charter_version is None or x["charter_version"] == charter_version]
            partner["signed_on"] = current[-1]["signed_on"] if current else None
        return partners

    def sign_charter(self, partner_id: uuid.UUID, charter_version: str, signed_on: Any,
                     professional: str = "") -> None:
        when = check_past_date(signed_on, self.today(), field="signed_on", what="La date de signature", required=True)
        with self.database.engine.begin() as connection:
            if connection.execute(select(tables.partner.c.id).where(tables.partner.c.id == partner_id)).first() is None:
                raise UserFacingError("Cette structure n'est plus dans la liste des partenaires.")
            signature_id = uuid.uuid4()
            connection.execute(insert(tables.charter_signature).values(
                id=signature_id, partner_id=partner_id, charter_version=charter_version, signed_on=when,
                professional=check_length(clean_text(professional), 200, field="professional", what="Le nom")))
            self._log(connection, audit.CREATE, "charter_signature", signature_id, f"charte {charter_version}")

    # -- consents and grounds --------------------------------------------------------------

    def _adults(self, connection: Connection, dossier_id: uuid.UUID) -> list[dict[str, Any]]:
        person = tables.person.c
        rows = connection.execute(select(person.id, person.first_name, person.last_name).where(
            person.dossier_id == dossier_id, person.role == HouseholdRole.ADULTE).order_by(person.position)).all()
        return [{"id": r.id, "name": f"{r.first_name} {r.last_name}".strip()} for r in rows]

    def _values(self, changes: dict[str, Any]) -> dict[str, Any]:
        categories = _keys(changes.get("categories"), INFO_CATEGORIES, "categories", "Type d'information")
        if not categories:
            raise ValidationError("Cochez les informations que la personne accepte de partager.", field="categories")
        partners = [str(p) for p in dict.fromkeys(changes.get("recipient_partners") or [])]
        recipient_categories = _keys(changes.get("recipient_categories"), PROFESSIONAL_CATEGORIES,
                                     "recipient_categories", "Catégorie de professionnels")
        if not partners and not recipient_categories:
            raise ValidationError("Un accord dit avec qui : choisissez au moins un partenaire ou une catégorie de "
                                  "professionnels.", field="recipient_categories")
        media = _keys(changes.get("media"), MEDIA, "media", "Moyen de partage")
        if not media:
            raise ValidationError("Dites par quels moyens les informations peuvent être transmises.", field="media")
        how = changes.get("collected_how")
        if how not in COLLECTED_HOW:
            raise ValidationError("Dites comment l'accord a été recueilli (à l'oral, par écrit, par voie numérique).",
                                  field="collected_how")
        collected_by = check_length(clean_text(changes.get("collected_by")), 200, field="collected_by",
                                    what="Le nom de qui a recueilli l'accord")
        if not collected_by:
            raise ValidationError("Dites qui a recueilli l'accord.", field="collected_by")
        return {
            "categories": categories, "recipient_partners": partners, "recipient_categories": recipient_categories,
            "media": media, "collected_how": how, "collected_by": collected_by,
            "purpose": check_length(clean_text(changes.get("purpose"), multiline=True), LONG_TEXT_MAX,
                                    field="purpose", what="Le but du partage"),
            "collected_on": check_past_date(changes.get("collected_on"), self.today(), field="collected_on",
                                            what="La date de l'accord", required=True),
        }

    def record_consent(self, dossier_id: uuid.UUID, person_id: uuid.UUID, values: dict[str, Any]) -> uuid.UUID:
        """One adult's consent: what, to whom, by which means, why, how and when it was given."""
        fields = self._values(values)
        if not fields["purpose"]:
            raise ValidationError("Écrivez le but du partage, avec la personne (par exemple : préparer la synthèse).",
                                  field="purpose")
        consent_id = uuid.uuid4()
        with self.database.engine.begin() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            if person_id not in {a["id"] for a in self._adults(connection, dossier_id)}:
                raise ValidationError("L'accord est donné par un adulte du foyer : choisissez-le.", field="person_id")
            connection.execute(insert(tables.consent).values(id=consent_id, dossier_id=dossier_id, person_id=person_id,
                                                             basis=CONSENT, **fields))
            self._log(connection, audit.CREATE, "consent", consent_id, f"dossier {dossier_id}")
        return consent_id

    def record_legal_ground(self, dossier_id: uuid.UUID, legal_ground: str, justification: str,
                            values: dict[str, Any]) -> uuid.UUID:
        """Child protection: the sharing rests on the law, with its justification."""
        if legal_ground not in LEGAL_GROUNDS:
            raise ValidationError("Fondement légal inconnu.", field="legal_ground")
        justification = check_length(clean_text(justification, multiline=True), LONG_TEXT_MAX,
                                     field="justification", what="La justification")
        if not justification:
            raise ValidationError("Écrivez la justification : pourquoi ce partage, et pourquoi les parents ont (ou "
                                  "n'ont pas) été informés avant.", field="justification")
        fields = self._values(values)
        ground_id = uuid.uuid4()
        with self.database.engine.begin() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            connection.execute(insert(tables.consent).values(id=ground_id, dossier_id=dossier_id, person_id=None,
                                                             basis=LEGAL_GROUND, legal_ground=legal_ground,
                                                             justification=justification, **fields))
            self._log(connection, audit.CREATE, "consent", ground_id, f"dossier {dossier_id} ; fondement légal")
        return ground_id

    def withdraw(self, consent_id: uuid.UUID, withdrawn_on: Any, how: str) -> None:
        """The person withdraws their consent (at any time, without having to say why)."""
        how = check_length(clean_text(how), SHORT_TEXT_MAX, field="withdrawn_how", what="Comment")
        when = check_past_date(withdrawn_on, self.today(), field="withdrawn_on", what="La date du retrait",
                               required=True)
        with self.database.engine.begin() as connection:
            row = connection.execute(select(tables.consent).where(tables.consent.c.id == consent_id)).mappings().first()
            if row is None:
                raise UserFacingError("Cet accord n'existe plus.")
            self.dossiers.check_scope(connection, row["dossier_id"])
            if row["withdrawn_on"] is not None:
                raise UserFacingError("Cet accord a déjà été retiré le {day}.", day=format_date(row["withdrawn_on"]))
            if when < row["collected_on"]:
                raise ValidationError("Le retrait ({withdrawn}) ne peut pas précéder l'accord ({given}).",
                                      field="withdrawn_on", withdrawn=format_date(when),
                                      given=format_date(row["collected_on"]))
            connection.execute(update(tables.consent).where(tables.consent.c.id == consent_id)
                               .values(withdrawn_on=when, withdrawn_how=how or "non précisé"))
            self._log(connection, audit.UPDATE, "consent", consent_id, f"dossier {row['dossier_id']} ; retrait")

    def records(self, dossier_id: uuid.UUID, connection: Connection | None = None) -> list[dict[str, Any]]:
        """Every consent and ground of the dossier (withdrawn ones included), oldest first."""
        if connection is None:
            with self.database.engine.connect() as own:
                return self.records(dossier_id, own)
        c, p = tables.consent.c, tables.person.c
        rows = connection.execute(select(tables.consent, p.first_name, p.last_name)
                                  .outerjoin(tables.person, p.id == c.person_id)
                                  .where(c.dossier_id == dossier_id).order_by(c.collected_on, c.created_at)).mappings()
        return [{**{k: v for k, v in r.items() if k not in ("first_name", "last_name")},
                 "person_name": f"{r['first_name'] or ''} {r['last_name'] or ''}".strip()} for r in rows]

    # -- the gate and the log ----------------------------------------------------------------

    def recipient(self, name: str, category: str = "") -> Recipient:
        """A partner of the list (by its exact name), or a professional named with a category."""
        wanted = clean_text(name)
        if not wanted:
            raise ValidationError("Dites à qui la copie est destinée.", field="recipient")
        partner = next((p for p in self.partners() if p["name"].casefold() == wanted.casefold()), None)
        if partner is not None:
            return Recipient(partner["name"], partner["category"], str(partner["id"]))
        if not category:
            raise ValidationError("« {name} » n'est pas dans la liste des partenaires : dites sa catégorie de "
                                  "professionnels.", field="category", name=wanted)
        return Recipient(wanted, category)

    def authorize_plan_copy(self, dossier_id: uuid.UUID, recipient: Recipient,
                            sections: list[str] | None) -> Authorization:
        """A partner copy of the plan: the sections the family chose, to a covered recipient."""
        if not sections:
            raise UserFacingError("Aucune partie du projet n'a encore été choisie avec la famille pour un partenaire.")
        return self.authorize(dossier_id, recipient, rules.categories_for_plan(sections))

    def authorize(self, dossier_id: uuid.UUID, recipient: Recipient, categories: set[str]) -> Authorization:
        """Allowed only for a recipient covered by a valid consent of every adult (or a legal
        ground); otherwise ``SharingRefused`` says what is missing."""
        with self.database.engine.connect() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            records = self.records(dossier_id, connection)
            adults = self._adults(connection, dossier_id)
        covering, reasons = rules.missing_for(records, adults, recipient, categories, self.today())
        if reasons:
            raise SharingRefused(recipient.name, reasons)
        return Authorization(covering)

    def log_sharing(self, dossier_id: uuid.UUID, *, document: str, document_ref: str = "", copy: str,
                    recipient: str, purpose: str = "", authorization: Authorization | None = None,
                    recipient_partner_id: str | None = None, recipient_category: str = "",
                    family_present: bool | None = None, family_informed: bool | None = None,
                    address_included: bool = False, address_reason: str = "") -> uuid.UUID:
        """One line of the sharing log. A partner copy needs its authorization; the family's
        own copies are never gated, but they are logged too."""
        if copy == PARTNER_COPY and authorization is None:
            raise ValueError("a partner copy is logged with the authorization that allowed it")
        if address_included and not clean_text(address_reason):
            raise ValidationError("L'adresse protégée n'est transmise qu'avec une raison écrite.",
                                  field="address_reason")
        log_id = uuid.uuid4()
        with self.database.engine.begin() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            connection.execute(insert(tables.sharing_log).values(
                id=log_id, dossier_id=dossier_id, at=utc_now(), document=document[:60], document_ref=document_ref[:100],
                copy=copy, recipient=clean_text(recipient)[:300] or "—", purpose=clean_text(purpose)[:300],
                basis=authorization.basis if authorization else "copie pour la famille",
                consent_ids=[str(r["id"]) for r in authorization.records] if authorization else [],
                recipient_partner_id=uuid.UUID(recipient_partner_id) if recipient_partner_id else None,
                recipient_category=recipient_category, family_present=family_present,
                family_informed=family_informed, address_included=address_included,
                address_reason=clean_text(address_reason)[:300], recorded_by=self.actor.username))
            self._log(connection, audit.PRINT if copy == FAMILY_COPY else audit.EXPORT, "sharing_log", log_id,
                      f"dossier {dossier_id} ; {document} ; copie {copy}")
        return log_id

    def sharing_log(self, dossier_id: uuid.UUID) -> list[dict[str, Any]]:
        s = tables.sharing_log.c
        with self.database.engine.connect() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            return [dict(r) for r in connection.execute(select(tables.sharing_log).where(s.dossier_id == dossier_id)
                                                        .order_by(s.at)).mappings()]
