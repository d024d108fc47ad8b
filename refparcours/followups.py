"""Follow-ups in the database: the family's choice to be asked (recorded; without it nothing
is scheduled), the follow-ups due at the end of an accompaniment and 3 and 6 months after,
and their answers in the family's words."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import insert, select, update

from refparcours.data import tables
from refparcours.domain import DossierState
from refparcours.dossiers import DossierService
from refparcours.errors import UserFacingError, ValidationError
from refparcours.evaluation import FOLLOWUP_KINDS, QuestionSet, check_answers, due_dates, load_questions
from refparcours.security import audit


class FollowupService:
    def __init__(self, dossiers: DossierService, questions: QuestionSet | None = None) -> None:
        self.dossiers = dossiers
        self.database = dossiers.database
        self.questions = questions or load_questions()

    def set_agreement(self, dossier_id: uuid.UUID, agreed: bool | None) -> None:
        """The family agrees (or not) to be asked how things went after the accompaniment."""
        if agreed not in (True, False, None):
            raise ValidationError("Réponse inconnue.", field="followup_agreed")
        with self.database.engine.begin() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            self.dossiers.check_writable(connection, dossier_id)
            connection.execute(update(tables.dossier).where(tables.dossier.c.id == dossier_id).values(
                followup_agreed=agreed, followup_agreed_on=self.dossiers.today() if agreed is not None else None))
            audit.append(connection, self.dossiers.actor, audit.UPDATE, record_type="dossier",
                         record_id=str(dossier_id), detail="accord pour les suivis : "
                         + {True: "oui", False: "non", None: "pas encore demandé"}[agreed])

    def schedule(self) -> int:
        """Create the follow-ups of every closed accompaniment whose family agreed (idempotent).
        Returns how many were added."""
        d, f = tables.dossier.c, tables.followup.c
        scheduled = select(f.dossier_id).distinct()
        statement = self.dossiers.in_scope(select(d.id, d.closed_on).where(
            d.followup_agreed.is_(True), d.state == DossierState.CLOS, d.closed_on.isnot(None),
            d.id.notin_(scheduled)))
        added = 0
        with self.database.engine.begin() as connection:
            for dossier_id, closed_on in connection.execute(statement).all():
                rows = [{"id": uuid.uuid4(), "dossier_id": dossier_id, "kind": kind, "due_on": due, "answers": {}}
                        for kind, due in due_dates(closed_on).items()]
                connection.execute(insert(tables.followup), rows)
                added += len(rows)
        return added

    def due(self) -> list[dict[str, Any]]:
        """The reminder list: follow-ups due today or before, not yet done, for the account's dossiers."""
        self.schedule()
        d, f = tables.dossier.c, tables.followup.c
        statement = self.dossiers.in_scope(
            select(f.id, f.kind, f.due_on, d.id.label("dossier_id"), d.label, d.referent)
            .join(tables.dossier, d.id == f.dossier_id)
            .where(f.done_on.is_(None), f.due_on <= self.dossiers.today(), d.followup_agreed.is_(True))
            .order_by(f.due_on, d.sort_key))
        with self.database.engine.connect() as connection:
            return [dict(r) for r in connection.execute(statement).mappings()]

    def followups(self, dossier_id: uuid.UUID) -> list[dict[str, Any]]:
        self.schedule()
        f = tables.followup.c
        with self.database.engine.connect() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            return [dict(r) for r in connection.execute(select(tables.followup).where(f.dossier_id == dossier_id)
                                                        .order_by(f.due_on)).mappings()]

    def record_answers(self, followup_id: uuid.UUID, values: dict[str, Any]) -> None:
        """The family's answers (every one may stay empty), in their words."""
        answers = check_answers(values, self.questions)
        with self.database.engine.begin() as connection:
            row = connection.execute(select(tables.followup).where(tables.followup.c.id == followup_id)
                                     ).mappings().first()
            if row is None:
                raise UserFacingError("Ce suivi n'existe plus.")
            self.dossiers.check_scope(connection, row["dossier_id"])
            connection.execute(update(tables.followup).where(tables.followup.c.id == followup_id).values(
                done_on=self.dossiers.today(), questions_version=self.questions.version,
                recorded_by=self.dossiers.actor.username, **answers))
            audit.append(connection, self.dossiers.actor, audit.UPDATE, record_type="followup",
                         record_id=str(followup_id),
                         detail=f"dossier {row['dossier_id']} ; suivi {FOLLOWUP_KINDS[row['kind']]}")
