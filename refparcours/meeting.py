"""Synthèse with the family: the words of a meeting, its phases, the charter read at the
opening, and who may write what. Pure rules, no database (see ``meetings``).

The *record* of a meeting — what the synthesis PDF prints and the family screen shows — is
a plain dict (dates as ISO strings):

    {"dossier": {"id", "label"}, "kind", "kind_label", "planned_on", "planned_time", "place",
     "agenda": str, "agenda_author": AUTHOR,
     "participants": [{"id", "name", "organisation", "side": "famille"|"invite_famille"|"professionnel",
                       "invited": bool, "present": bool | None}],
     "family_present": bool | None, "absence_reason", "family_informed_on", "family_informed_how",
     "charter": {"version", "title", "acknowledged_at": ISO datetime | None, "acknowledged_by"},
     "phase": current phase key, "status": "preparee"|"ouverte"|"terminee",
     "phases": [{"key", "label", "entries": [ENTRY]}],   # phases that have entries, in order
     "validation": {"validated": bool | None, "by", "on", "comment"},
     "next_meeting_on", "plan_version": int | None, "opened_at", "closed_at", "referent"}

    ENTRY = {"id", "phase", "kind", "kind_label", "speaker", "author": AUTHOR (as in ``ppf``),
             "text", "private": bool, "action": {"id", "what", "who"} | None}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from refparcours.errors import UserFacingError, ValidationError
from refparcours.paths import resources_dir
from refparcours.tomlfiles import read_toml
from refparcours.ppf import ENSEMBLE, FAMILLE, PROFESSIONNEL

KINDS = {"synthese": "Synthèse", "commission": "Examen en commission", "suivi": "Réunion de suivi"}

FAMILY_SIDE, FAMILY_GUEST, PROFESSIONAL_SIDE = "famille", "invite_famille", "professionnel"
SIDES = {FAMILY_SIDE: "La famille", FAMILY_GUEST: "Invité·e de la famille", PROFESSIONAL_SIDE: "Professionnel·le"}

PREPARATION, OPENING, INFORMATION, PRIVATE_TIME, DECISIONS, READ_BACK, ENDED = (
    "preparation", "ouverture", "information", "temps_prive", "decisions", "relecture", "terminee")
PHASES = {
    PREPARATION: "Préparation",
    OPENING: "Ouverture",
    INFORMATION: "Information",
    PRIVATE_TIME: "Temps privé de la famille",
    DECISIONS: "Décisions",
    READ_BACK: "Relecture",
    ENDED: "Terminée",
}
# What the family screen says of each phase, in plain words.
PHASES_PLAIN = {
    PREPARATION: "Nous préparons la rencontre.",
    OPENING: "Bienvenue. Nous commençons par nos engagements.",
    INFORMATION: "Vos questions, et ce que chacun a à dire, devant vous.",
    PRIVATE_TIME: "Votre temps à vous : les professionnels sortent, vous écrivez ce que vous voulez.",
    DECISIONS: "Ce que nous décidons ensemble.",
    READ_BACK: "Nous relisons ensemble. Vous dites si vous êtes d'accord.",
    ENDED: "La rencontre est terminée. Merci.",
}
WRITING_PHASES = (INFORMATION, PRIVATE_TIME, DECISIONS, READ_BACK)

ENTRY_KINDS = {
    "information": "Information",
    "inquietude": "Inquiétude",
    "ressource": "Ressource",
    "proposition": "Proposition",
    "decision": "Décision",
    "desaccord": "Désaccord",
    "question": "Question",
}
DECISION, DISAGREEMENT = "decision", "desaccord"

OPEN, PREPARED, ENDED_STATUS = "ouverte", "preparee", "terminee"
ENTRY_MAX = 20_000


def side_author_kind(side: str) -> str:
    """A family member or their guest speaks for the family side; a professional for theirs."""
    return PROFESSIONNEL if side == PROFESSIONAL_SIDE else FAMILLE


def check_may_write_entry(phase: str, author_kind: str) -> None:
    if phase not in WRITING_PHASES:
        raise ValidationError("On écrit pendant l'information, le temps privé, les décisions ou la relecture : "
                              "passez d'abord à l'une de ces étapes.", field="text")
    if phase == PRIVATE_TIME and author_kind not in (FAMILLE, ENSEMBLE):
        raise ValidationError("Pendant le temps privé, la famille écrit seule : les professionnels sont sortis.",
                              field="text")


def check_may_change_entry(entry_private: bool, entry_author_kind: str, writer_kind: str) -> None:
    """The family's words — and all of their private time — are never edited by a professional."""
    if (entry_private or entry_author_kind in (FAMILLE, ENSEMBLE)) and writer_kind == PROFESSIONNEL:
        raise ValidationError("Ce sont les mots de la famille : un professionnel peut les lire, pas les modifier.",
                              field="text")


# -- the charter -------------------------------------------------------------------------------

DEFAULT_CHARTER = resources_dir() / "charte" / "charte-par-defaut.toml"


@dataclass(frozen=True)
class Charter:
    version: str
    title: str
    plain_title: str
    points: tuple[str, ...]
    plain_points: tuple[str, ...]


class CharterFileError(UserFacingError):
    pass


def parse_charter(data: bytes, source: str = "charte.toml") -> Charter:
    document = read_toml(data, source, "de la charte", CharterFileError)
    version, title = document.get("version"), document.get("titre")
    if not isinstance(version, str) or not version.strip():
        raise CharterFileError("La charte « {source} » n'a pas de version : chaque texte lu doit être retrouvé.",
                               source=source)
    points = document.get("point")
    if not isinstance(points, list) or not points:
        raise CharterFileError("La charte « {source} » ne contient aucun [[point]].", source=source)
    texts, plain = [], []
    for number, point in enumerate(points, start=1):
        text = point.get("texte") if isinstance(point, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise CharterFileError("Point n° {number} de la charte « {source} » : « texte » manque.",
                                   number=number, source=source)
        texts.append(text.strip())
        simple = point.get("simple")
        plain.append(simple.strip() if isinstance(simple, str) and simple.strip() else text.strip())
    title = title.strip() if isinstance(title, str) and title.strip() else "Charte de partage d'informations"
    plain_title = document.get("titre_simple")
    return Charter(version.strip(), title,
                   plain_title.strip() if isinstance(plain_title, str) and plain_title.strip() else title,
                   tuple(texts), tuple(plain))


def load_charter(path: Path | None = None) -> Charter:
    path = Path(path) if path else DEFAULT_CHARTER
    try:
        return parse_charter(path.read_bytes(), path.name)
    except OSError as error:
        raise CharterFileError("Le fichier de la charte « {path} » est illisible ({detail}).", path=str(path),
                               detail=error.strerror or str(error)) from None


def entries_of_kind(record: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [entry for phase in record["phases"] for entry in phase["entries"] if entry["kind"] == kind]
