"""Words of the field: dossier states, kinds of people around a family."""

from __future__ import annotations

import enum


class DossierState(enum.StrEnum):
    """Where a dossier stands in the démarche (domain reference §2)."""

    REPERAGE = "reperage"
    PROPOSE = "propose"
    ACCOMPAGNEMENT = "accompagnement"
    DECLINE = "decline"
    CLOS = "clos"

    @property
    def label(self) -> str:
        return DOSSIER_STATE_LABELS[self]


DOSSIER_STATE_LABELS: dict[DossierState, str] = {
    DossierState.REPERAGE: "Repérage",
    DossierState.PROPOSE: "Démarche proposée",
    DossierState.ACCOMPAGNEMENT: "Accompagnement en cours",
    # Declining is a neutral outcome, never a mark against the family.
    DossierState.DECLINE: "Démarche déclinée",
    DossierState.CLOS: "Clos",
}

# States a user may pick directly; closing goes through "Clore le dossier…" (date and reason).
OPEN_STATES = (
    DossierState.REPERAGE,
    DossierState.PROPOSE,
    DossierState.ACCOMPAGNEMENT,
    DossierState.DECLINE,
)


class HouseholdRole(enum.StrEnum):
    ADULTE = "adulte"
    ENFANT = "enfant"

    @property
    def label(self) -> str:
        return {HouseholdRole.ADULTE: "Adulte", HouseholdRole.ENFANT: "Enfant"}[self]


class ContactKind(enum.StrEnum):
    """Someone of the family's network: a relative or friend, or a professional."""

    PROCHE = "proche"
    PROFESSIONNEL = "professionnel"

    @property
    def label(self) -> str:
        return {ContactKind.PROCHE: "Proche", ContactKind.PROFESSIONNEL: "Professionnel·le"}[self]


CLOSURE_REASONS = (
    "Objectifs atteints",
    "La famille a trouvé sa solution elle-même",
    "La famille ne souhaite plus l'accompagnement",
    "Déménagement hors du territoire",
    "Relais par un autre service",
    "Autre",
)


class Role(enum.StrEnum):
    """What an account may do (a référent follows dossiers; a cadre sees only anonymous figures)."""

    REFERENT = "referent"
    CADRE = "cadre"
    ADMINISTRATEUR = "administrateur"

    @property
    def label(self) -> str:
        return {Role.REFERENT: "Référent·e", Role.CADRE: "Cadre", Role.ADMINISTRATEUR: "Administrateur·rice"}[self]
