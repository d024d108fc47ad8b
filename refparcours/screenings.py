"""The screenings of a dossier, the offer made to the family and their answer, and the
choice of référent — kept in the dossier's history, each step moving the dossier's state.

Nothing past the offer is possible without the family's *accepte*; declining closes the
screening without any negative mark, and a new screening can be started later."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update

from refparcours.data import tables
from refparcours.data.database import Database
from refparcours.domain import DossierState
from refparcours.errors import UserFacingError, ValidationError
from refparcours.rules import check_past_date
from refparcours.screening import Screening
from refparcours.security import audit
from refparcours.text import LONG_TEXT_MAX, SHORT_TEXT_MAX, optional_text, parse_date, required_text

ACCEPTS, DECLINES, THINKS = "accepte", "decline", "reflechit"
ANSWER_LABELS = {ACCEPTS: "Accepte", DECLINES: "Décline", THINKS: "Souhaite réfléchir"}
HOW_OFFERED = ("Entretien au bureau", "Visite à domicile", "Lieu choisi par la famille", "Par téléphone",
               "En commission")
CHOSEN_BY = {"famille": "La famille", "commission": "Une commission, avec la famille présente"}


@dataclass(frozen=True)
class ScreeningEntry:
    """One screening of the dossier's history, with what followed it."""

    id: uuid.UUID
    screened_on: date
    criteria_version: str
    answers: dict[str, Any]
    computed: str
    decision: str
    professional_reason: str
    explanation: str
    family_explanation: str
    screened_by: str
    proposal: dict[str, Any] | None
    designation: dict[str, Any] | None


class ScreeningService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today,
                 actor: audit.Actor = audit.SYSTEM) -> None:
        self.database, self.today, self.actor = database, today, actor

    # -- writing -------------------------------------------------------------------------

    def record_screening(self, dossier_id: uuid.UUID, screening: Screening) -> uuid.UUID:
        record = screening.to_record()
        screening_id = uuid.uuid4()
        with self.database.engine.begin() as connection:
            state = connection.execute(select(tables.dossier.c.state)
                                       .where(tables.dossier.c.id == dossier_id)).scalar()
            if state is None:
                raise UserFacingError("Ce dossier n'existe plus.")
            if state == DossierState.CLOS:
                raise UserFacingError("Ce dossier est clos : rouvrez-le avant un nouveau repérage.")
            connection.execute(insert(tables.screening).values(
                id=screening_id, dossier_id=dossier_id, screened_on=self.today(),
                criteria_version=record["criteria_version"], answers=record["answers"], computed=record["computed"],
                decision=record["decision"], professional_reason=record["professional_reason"],
                explanation=record["explanation"], family_explanation=record["family_explanation"],
                screened_by=self.actor.username))
            self._set_state(connection, dossier_id, DossierState.REPERAGE)
            audit.append(connection, self.actor, audit.CREATE, record_type="screening", record_id=str(screening_id),
                         detail=f"dossier {dossier_id} ; résultat : {record['decision']}")
        return screening_id

    def record_proposal(self, screening_id: uuid.UUID, *, proposed_on: Any, how: str, leaflet_given: bool,
                        answer: str = "", think_until: Any = None, family_words: str = "") -> None:
        """The offer and the family's answer (or none yet); the dossier becomes *proposé*, or
        *décliné* — a neutral outcome."""
        if answer not in ("", ACCEPTS, DECLINES, THINKS):
            raise ValidationError("Réponse inconnue : « {answer} ».", field="answer", answer=answer)
        values = {
            "proposed_on": self._past_date(proposed_on, "La date de la proposition", "proposed_on"),
            "how": required_text(how, SHORT_TEXT_MAX, field="how", what="La façon dont la démarche a été proposée"),
            "leaflet_given": bool(leaflet_given),
            "answer": answer,
            "think_until": parse_date(think_until, field="think_until", what="La date pour en reparler")
            if answer == THINKS else None,
            # The family's own words: kept exactly as they said them.
            "family_words": optional_text(family_words, LONG_TEXT_MAX, field="family_words",
                                          what="Les mots de la famille", multiline=True),
        }
        with self.database.engine.begin() as connection:
            dossier_id = self._dossier_of(connection, screening_id)
            exists = connection.execute(select(tables.proposal.c.id)
                                        .where(tables.proposal.c.screening_id == screening_id)).scalar()
            if exists:
                connection.execute(update(tables.proposal).where(tables.proposal.c.id == exists).values(**values))
            else:
                connection.execute(insert(tables.proposal).values(id=uuid.uuid4(), screening_id=screening_id, **values))
            state = DossierState.DECLINE if answer == DECLINES else DossierState.PROPOSE
            self._set_state(connection, dossier_id, state)
            audit.append(connection, self.actor, audit.UPDATE, record_type="proposal", record_id=str(screening_id),
                         detail=f"dossier {dossier_id} ; réponse : {answer or 'pas encore'}")

    def record_designation(self, screening_id: uuid.UUID, *, chosen_by: str, listed: list[str], chosen: str,
                           designated_on: Any, opinion: str = "") -> None:
        """The référent the family chose; only after the family accepted the démarche."""
        if chosen_by not in CHOSEN_BY:
            raise ValidationError("Qui a choisi : la famille, ou une commission avec la famille présente.",
                                  field="chosen_by")
        listed = [name.strip() for name in listed if name and name.strip()]
        chosen = required_text(chosen, SHORT_TEXT_MAX, field="chosen", what="Le nom du référent choisi")
        if listed and chosen not in listed:
            raise ValidationError("Le référent choisi doit faire partie des professionnels proposés à la famille.",
                                  field="chosen")
        when = self._past_date(designated_on, "La date de désignation", "designated_on")
        with self.database.engine.begin() as connection:
            dossier_id = self._dossier_of(connection, screening_id)
            answer = connection.execute(select(tables.proposal.c.answer)
                                        .where(tables.proposal.c.screening_id == screening_id)).scalar()
            if answer != ACCEPTS:
                raise UserFacingError("Le référent ne peut être désigné qu'une fois la démarche acceptée par la famille.")
            connection.execute(insert(tables.designation).values(
                id=uuid.uuid4(), screening_id=screening_id, designated_on=when, chosen_by=chosen_by,
                listed=listed or [chosen], chosen=chosen,
                opinion=optional_text(opinion, LONG_TEXT_MAX, field="opinion", what="L'avis de la famille",
                                      multiline=True)))
            connection.execute(update(tables.dossier).where(tables.dossier.c.id == dossier_id)
                               .values(referent=chosen, state=DossierState.ACCOMPAGNEMENT,
                                       last_contact_on=when))
            audit.append(connection, self.actor, audit.CREATE, record_type="designation",
                         record_id=str(screening_id), detail=f"dossier {dossier_id} ; choisi par : {chosen_by}")

    # -- reading -------------------------------------------------------------------------

    def history(self, dossier_id: uuid.UUID) -> list[ScreeningEntry]:
        """Every screening of the dossier, newest first, as it was recorded."""
        s, p, d = tables.screening, tables.proposal, tables.designation
        proposal_columns = [c.label(f"p_{c.name}") for c in p.c]
        designation_columns = [c.label(f"d_{c.name}") for c in d.c]
        statement = (select(s, *proposal_columns, *designation_columns)
                     .outerjoin(p, p.c.screening_id == s.c.id).outerjoin(d, d.c.screening_id == s.c.id)
                     .where(s.c.dossier_id == dossier_id)
                     .order_by(s.c.screened_on.desc(), s.c.created_at.desc()))

        def part(row, prefix: str, table) -> dict[str, Any] | None:
            if row[f"{prefix}id"] is None:
                return None
            return {c.name: row[f"{prefix}{c.name}"] for c in table.c}

        with self.database.engine.connect() as connection:
            rows = connection.execute(statement).mappings().all()
        entries = [ScreeningEntry(
            row["id"], row["screened_on"], row["criteria_version"], row["answers"], row["computed"], row["decision"],
            row["professional_reason"], row["explanation"], row["family_explanation"], row["screened_by"],
            part(row, "p_", p), part(row, "d_", d)) for row in rows]
        return entries

    # -- internals -----------------------------------------------------------------------

    def _past_date(self, value: Any, what: str, field: str) -> date:
        """Today when left empty; never in the future."""
        return check_past_date(value, self.today(), field=field, what=what) or self.today()

    @staticmethod
    def _dossier_of(connection, screening_id: uuid.UUID) -> uuid.UUID:
        dossier_id = connection.execute(select(tables.screening.c.dossier_id)
                                        .where(tables.screening.c.id == screening_id)).scalar()
        if dossier_id is None:
            raise UserFacingError("Ce repérage n'existe plus.")
        return dossier_id

    @staticmethod
    def _set_state(connection, dossier_id: uuid.UUID, state: DossierState) -> None:
        connection.execute(update(tables.dossier).where(tables.dossier.c.id == dossier_id).values(state=state))
