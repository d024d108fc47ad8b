"""Sharing information about a family: the words of consent, the legal grounds, and the rule
of the gate. Pure rules, no database (see ``consents``).

French law (domain reference §6): outside the care team, information is shared only with the
person's prior consent, after telling them the categories of information, the categories of
professionals, the media and the security measures; they may withdraw it at any time. In
child protection, sharing may instead rest on a legal ground (the parents informed
beforehand, or why they were not), with its justification."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from refparcours.errors import ValidationError

INFO_CATEGORIES = {
    "identite": "Identité et coordonnées",
    "situation_familiale": "Situation familiale (qui vit au foyer)",
    "conditions_de_vie": "Conditions de vie (logement, budget, ressources)",
    "evaluation_sociale": "Ce que la famille demande, ses besoins, son point de vue",
    "actions": "Les actions du projet et leur avancée",
    "professionnels": "Les professionnels qui interviennent",
    "proches": "Les proches qu'on peut contacter",
}
PROFESSIONAL_CATEGORIES = {
    "service_social": "Service social du département",
    "protection_enfance": "Aide sociale à l'enfance, protection de l'enfance",
    "education": "Éducation nationale (école, collège, lycée)",
    "caf": "Caisse d'allocations familiales",
    "sante": "Professionnels de santé",
    "emploi": "Emploi et insertion (France Travail, mission locale)",
    "logement": "Bailleurs et services du logement",
    "ccas": "CCAS et mairie",
    "associations": "Associations",
    "justice": "Justice (SPIP, PJJ)",
    "autre": "Autre",
}
MEDIA = {
    "oral": "À l'oral, en réunion",
    "papier": "Copie papier remise en main propre",
    "courrier": "Courrier",
    "courriel": "Courriel sécurisé",
    "telephone": "Téléphone",
}
COLLECTED_HOW = {"oral": "À l'oral", "ecrit": "Par écrit, signé", "numerique": "Par voie numérique"}
CONSENT, LEGAL_GROUND = "consentement", "fondement_legal"
LEGAL_GROUNDS = {
    "information_prealable": "Partage en protection de l'enfance, les parents informés au préalable (CASF L.226-2-2)",
    "information_non_donnee": "Partage en protection de l'enfance sans information préalable des parents, contraire "
                              "à l'intérêt de l'enfant (CASF L.226-2-2)",
}
# What the person is told before consenting: how their information is protected.
SECURITY_MEASURES = (
    "Les informations sont gardées chiffrées sur l'ordinateur du référent ; sans mot de passe, elles sont illisibles.",
    "Chaque consultation et chaque modification sont inscrites dans un journal qui ne peut pas être modifié.",
    "Seul ce qui est utile à votre projet est partagé, et seulement avec les professionnels que vous avez acceptés.",
    "Chaque partage est noté : à qui, quand, quoi. Vous pouvez demander à voir cette liste à tout moment.",
    "Vous pouvez retirer votre accord à tout moment, sans avoir à vous justifier : les partages s'arrêtent.",
)

# What a partner copy of the plan contains, section by section.
PLAN_SECTION_CATEGORIES = {
    "foyer": {"situation_familiale"},
    "demande": {"evaluation_sociale"},
    "domaines": {"evaluation_sociale", "conditions_de_vie"},
    "actions": {"actions", "professionnels"},
    "point_de_vue": {"evaluation_sociale"},
}


def categories_for_plan(sections: list[str]) -> set[str]:
    needed: set[str] = set()
    for section in sections:
        needed |= PLAN_SECTION_CATEGORIES.get(section, {"evaluation_sociale"})
    return needed


@dataclass(frozen=True)
class Recipient:
    """Who receives: a partner structure from the list (id, name, category), or a
    professional named by hand with their category."""

    name: str
    category: str
    partner_id: str | None = None

    def __post_init__(self) -> None:
        if self.category not in PROFESSIONAL_CATEGORIES:
            raise ValidationError("Catégorie de professionnels inconnue : « {category} ».", field="category",
                                  category=self.category)


def is_valid(record: dict[str, Any], on: date) -> bool:
    """A consent or ground in force on that day: given, and not withdrawn (yet)."""
    given = record.get("collected_on")
    withdrawn = record.get("withdrawn_on")
    return given is not None and given <= on and (withdrawn is None or withdrawn > on)


def covers(record: dict[str, Any], recipient: Recipient, categories: set[str], on: date) -> bool:
    """Whether this consent (or legal ground) allows sending these categories to this recipient."""
    if not is_valid(record, on):
        return False
    named = recipient.partner_id is not None and recipient.partner_id in (record.get("recipient_partners") or [])
    by_category = recipient.category in (record.get("recipient_categories") or [])
    return (named or by_category) and categories <= set(record.get("categories") or [])


def missing_for(records: list[dict[str, Any]], adults: list[dict[str, Any]], recipient: Recipient,
                categories: set[str], on: date) -> tuple[list[dict[str, Any]], list[str]]:
    """The records that allow the sharing, and — if it is not allowed — the French reasons.

    Every adult of the household must have agreed (each about their own information), unless
    a recorded legal ground covers the sharing."""
    grounds = [r for r in records if r["basis"] == LEGAL_GROUND and covers(r, recipient, categories, on)]
    if grounds:
        return grounds[:1], []
    covering, reasons = [], []
    for adult in adults:
        own = [r for r in records if r["basis"] == CONSENT and r.get("person_id") == adult["id"]]
        found = next((r for r in own if covers(r, recipient, categories, on)), None)
        if found is not None:
            covering.append(found)
            continue
        withdrawn = [r for r in own if r.get("withdrawn_on") and r["withdrawn_on"] <= on]
        if withdrawn and not any(is_valid(r, on) for r in own):
            reasons.append(f"{adult['name']} a retiré son accord le {withdrawn[-1]['withdrawn_on']:%d/%m/%Y}.")
        elif any(is_valid(r, on) for r in own):
            reasons.append(f"L'accord de {adult['name']} ne couvre pas « {recipient.name} » ou pas ces informations "
                           f"({', '.join(INFO_CATEGORIES[c] for c in sorted(categories))}).")
        else:
            reasons.append(f"{adult['name']} n'a pas encore donné son accord pour un partage.")
    if not adults:
        reasons.append("Le foyer n'a aucun adulte inscrit : personne ne peut donner son accord.")
    return (covering, []) if not reasons else ([], reasons)
