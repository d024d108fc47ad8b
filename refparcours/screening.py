"""Script de repérage: criteria as data, and the screening as a state machine.

The criteria, their wording for the professional and for the family, and the decision
rule live in a TOML file under ``resources/screening/`` that a territory may replace. A
file with mistakes is refused with a French message naming the line; the default set is
then used and the app says so. The screening is a human decision aid: it explains itself
in plain words, and the professional may record a different decision with a reason."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from refparcours.errors import UserFacingError
from refparcours.paths import resources_dir

DEFAULT_CRITERIA = resources_dir() / "screening" / "criteres-par-defaut.toml"

YES, NO, UNKNOWN = "oui", "non", "ne_sait_pas"
ANSWERS = {YES: "Oui", NO: "Non", UNKNOWN: "Ne sait pas"}

PROPOSE, EXAMINE, NOT_COMPLEX = "proposer", "examiner", "non_complexe"
OUTCOME_LABELS = {
    PROPOSE: "Proposer la démarche de référent de parcours",
    EXAMINE: "À examiner en commission",
    NOT_COMPLEX: "Pas de situation complexe",
}
OUTCOME_FAMILY = {
    PROPOSE: "Un référent de parcours pourrait vous aider : une seule personne qui coordonne, avec vous, "
             "tous les professionnels autour de vous. C'est une proposition, pas une obligation.",
    EXAMINE: "Votre situation mérite d'être regardée de plus près, avec vous, par une petite commission "
             "de professionnels. Rien n'est décidé sans vous.",
    NOT_COMPLEX: "D'après ce que nous avons regardé ensemble, un référent de parcours n'est pas nécessaire "
                 "aujourd'hui. D'autres services peuvent vous aider.",
}
ORIENTATIONS = {
    PROPOSE: ["Proposer un référent de parcours", "Ou, si la famille le souhaite, une conférence familiale"],
    EXAMINE: ["Présenter la situation en commission, avec la famille", "Envisager une conférence familiale"],
    NOT_COMPLEX: ["Orienter vers le service adapté de l'offre locale"],
}


class CriteriaFileError(UserFacingError):
    """A criteria file that cannot be used; ``line`` is where the problem is (1-based)."""

    def __init__(self, template: str, *, line: int | None = None, **params: object) -> None:
        self.line = line
        prefix = "Fichier de critères, ligne {line} : " if line else "Fichier de critères : "
        super().__init__(prefix + template, line=line, **params)


@dataclass(frozen=True)
class Dimension:
    id: str
    title: str
    family_title: str
    explanation: str


@dataclass(frozen=True)
class Criterion:
    id: str
    dimension: str
    professional: str
    family: str


@dataclass(frozen=True)
class RuleGroup:
    """Satisfied when at least ``at_least`` of its criteria are answered "oui"."""

    criteria: frozenset[str]
    at_least: int

    def satisfied(self, answers: dict[str, str]) -> bool:
        return sum(1 for c in self.criteria if answers.get(c) == YES) >= self.at_least


@dataclass(frozen=True)
class CriteriaSet:
    version: str
    title: str
    dimensions: tuple[Dimension, ...]
    criteria: tuple[Criterion, ...]
    propose: tuple[RuleGroup, ...]  # all groups satisfied → propose
    examine: tuple[RuleGroup, ...]  # any group satisfied → examine
    source: str = ""

    def in_dimension(self, dimension_id: str) -> list[Criterion]:
        return [c for c in self.criteria if c.dimension == dimension_id]

    def criterion(self, criterion_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)

    def outcome(self, answers: dict[str, str]) -> str:
        if self.propose and all(group.satisfied(answers) for group in self.propose):
            return PROPOSE
        if any(group.satisfied(answers) for group in self.examine):
            return EXAMINE
        return NOT_COMPLEX


# -- reading a criteria file ------------------------------------------------------------------


def _line_of(text: str, pattern: str, occurrence: int = 1) -> int | None:
    """Line (1-based) of the n-th match, to point at the problem in the territory's file."""
    matches = list(re.finditer(pattern, text, re.MULTILINE))
    if len(matches) < occurrence:
        return None
    return text.count("\n", 0, matches[occurrence - 1].start()) + 1


def _id_line(text: str, value: str, occurrence: int = 1) -> int | None:
    return _line_of(text, r'^\s*id\s*=\s*["\']' + re.escape(value) + r'["\']', occurrence)


def _required_text(entry: dict, key: str, what: str, text: str, entry_id: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CriteriaFileError("{what} « {id} » n'a pas de « {key} ».", line=_id_line(text, entry_id),
                                what=what, id=entry_id, key=key)
    return value.strip()


def parse_criteria(raw: bytes, source: str = "") -> CriteriaSet:
    """A criteria set from the bytes of a TOML file, or a CriteriaFileError naming the line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CriteriaFileError(
            "le fichier n'est pas encodé en UTF-8 (caractère illisible). Enregistrez-le en UTF-8.",
            line=raw.count(b"\n", 0, error.start) + 1) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        raise CriteriaFileError("syntaxe incorrecte ({detail}).", line=int(found.group(1)) if found else None,
                                detail=str(error).split(" (at")[0]) from None

    dimensions: list[Dimension] = []
    for entry in data.get("dimension", []):
        dimension_id = str(entry.get("id", "")).strip()
        if not dimension_id:
            raise CriteriaFileError("une dimension n'a pas d'identifiant (« id »).",
                                    line=_line_of(text, r"^\s*\[\[dimension\]\]", len(dimensions) + 1))
        if any(d.id == dimension_id for d in dimensions):
            raise CriteriaFileError("la dimension « {id} » est déclarée deux fois.",
                                    line=_id_line(text, dimension_id, 2), id=dimension_id)
        dimensions.append(Dimension(
            dimension_id, _required_text(entry, "titre", "La dimension", text, dimension_id),
            _required_text(entry, "famille", "La dimension", text, dimension_id),
            str(entry.get("explication", "")).strip()))
    if not dimensions:
        raise CriteriaFileError("aucune dimension n'est déclarée ([[dimension]]).")
    known_dimensions = {d.id for d in dimensions}

    criteria: list[Criterion] = []
    seen: dict[str, int] = {}
    for entry in data.get("critere", []):
        criterion_id = str(entry.get("id", "")).strip()
        if not criterion_id:
            raise CriteriaFileError("un critère n'a pas d'identifiant (« id »).",
                                    line=_line_of(text, r"^\s*\[\[critere\]\]", len(criteria) + 1))
        seen[criterion_id] = seen.get(criterion_id, 0) + 1
        if seen[criterion_id] > 1 or criterion_id in known_dimensions:
            raise CriteriaFileError("l'identifiant « {id} » est utilisé deux fois.",
                                    line=_id_line(text, criterion_id, 2), id=criterion_id)
        dimension = str(entry.get("dimension", "")).strip()
        if dimension not in known_dimensions:
            raise CriteriaFileError(
                "le critère « {id} » appartient à une dimension inconnue « {dimension} » (connues : {known}).",
                line=_line_of(text, r'^\s*dimension\s*=\s*["\']' + re.escape(dimension) + r'["\']') or
                _id_line(text, criterion_id), id=criterion_id, dimension=dimension,
                known=", ".join(sorted(known_dimensions)))
        criteria.append(Criterion(criterion_id, dimension,
                                  _required_text(entry, "professionnel", "Le critère", text, criterion_id),
                                  _required_text(entry, "famille", "Le critère", text, criterion_id)))
    if not criteria:
        raise CriteriaFileError("aucun critère n'est déclaré ([[critere]]).")

    rule = data.get("regle")
    if not isinstance(rule, dict):
        raise CriteriaFileError("la règle de décision ([regle]) manque.")
    known_criteria = {c.id for c in criteria}

    def groups(name: str) -> tuple[RuleGroup, ...]:
        result = []
        for group in rule.get(name, []):
            if not isinstance(group, dict):
                raise CriteriaFileError("la règle « {name} » est mal formée.", line=_line_of(text, rf"^\s*{name}\s*="),
                                        name=name)
            members: set[str] = set()
            for dimension in group.get("dimensions", []):
                if dimension not in known_dimensions:
                    raise CriteriaFileError("la règle « {name} » cite une dimension inconnue « {dimension} ».",
                                            line=_line_of(text, r'["\']' + re.escape(dimension) + r'["\']'),
                                            name=name, dimension=dimension)
                members |= {c.id for c in criteria if c.dimension == dimension}
            for criterion in group.get("criteres", []):
                if criterion not in known_criteria:
                    raise CriteriaFileError("la règle « {name} » cite un critère absent « {criterion} ».",
                                            line=_line_of(text, r'["\']' + re.escape(criterion) + r'["\']'),
                                            name=name, criterion=criterion)
                members.add(criterion)
            at_least = group.get("au_moins", 1)
            if not isinstance(at_least, int) or at_least < 1 or not members:
                raise CriteriaFileError("un groupe de la règle « {name} » est vide ou a un « au_moins » invalide.",
                                        line=_line_of(text, rf"^\s*{name}\s*="), name=name)
            result.append(RuleGroup(frozenset(members), at_least))
        return tuple(result)

    propose, examine = groups("proposer"), groups("examiner")
    if not propose:
        raise CriteriaFileError("la règle ne dit pas quand proposer la démarche (« proposer »).")
    version = str(data.get("version", "")).strip()
    if not version:
        raise CriteriaFileError("le fichier n'indique pas sa version (« version = … »), nécessaire à l'historique.",
                                line=1)
    return CriteriaSet(version, str(data.get("titre", "")).strip() or version, tuple(dimensions), tuple(criteria),
                       propose, examine, source)


def load_criteria(path: Path | None = None) -> tuple[CriteriaSet, str | None]:
    """The territory's criteria (or the default set) and, if the territory's file was refused,
    a French message saying so: the app then keeps working with the default set."""
    default = parse_criteria(DEFAULT_CRITERIA.read_bytes(), str(DEFAULT_CRITERIA))
    if path is None or Path(path) == DEFAULT_CRITERIA:
        return default, None
    try:
        return parse_criteria(Path(path).read_bytes(), str(path)), None
    except OSError as error:
        problem = f"Le fichier de critères « {path} » est illisible ({error.strerror or error})."
    except CriteriaFileError as error:
        problem = f"{error.message} ({path})"
    return default, problem + " Les critères par défaut sont utilisés."


# -- the screening itself ---------------------------------------------------------------------


@dataclass
class Answer:
    value: str | None = None  # oui / non / ne_sait_pas; None: not asked yet (never forced)
    note: str = ""


@dataclass
class Screening:
    """One screening, step by step: one step per dimension, then the result.

    Pure state, no Qt: the dialog only shows it and forwards what the user does."""

    criteria_set: CriteriaSet
    step: int = 0
    answers: dict[str, Answer] = field(default_factory=dict)
    professional_decision: str | None = None
    professional_reason: str = ""

    def __post_init__(self) -> None:
        for criterion in self.criteria_set.criteria:
            self.answers.setdefault(criterion.id, Answer())

    # steps
    @property
    def step_count(self) -> int:
        return len(self.criteria_set.dimensions) + 1

    @property
    def on_result(self) -> bool:
        return self.step == self.step_count - 1

    @property
    def current_dimension(self) -> Dimension | None:
        return None if self.on_result else self.criteria_set.dimensions[self.step]

    def next(self) -> None:
        if not self.on_result:
            self.step += 1

    def back(self) -> None:
        if self.step > 0:
            self.step -= 1

    # answers
    def answer(self, criterion_id: str, value: str | None, note: str | None = None) -> None:
        if criterion_id not in self.answers:
            raise KeyError(criterion_id)
        if value not in (None, YES, NO, UNKNOWN):
            raise ValueError(value)
        self.answers[criterion_id].value = value
        if note is not None:
            self.answers[criterion_id].note = note.strip()

    def values(self) -> dict[str, str]:
        return {cid: a.value for cid, a in self.answers.items() if a.value is not None}

    # result
    @property
    def computed(self) -> str:
        return self.criteria_set.outcome(self.values())

    @property
    def decision(self) -> str:
        """What was decided: the professional's own decision if they recorded one."""
        return self.professional_decision or self.computed

    def disagree(self, decision: str, reason: str) -> None:
        """The professional decides otherwise; both the computed result and theirs are kept."""
        if decision not in OUTCOME_LABELS:
            raise ValueError(decision)
        if not reason.strip():
            raise UserFacingError("Indiquez pourquoi vous retenez une autre décision que celle proposée.")
        self.professional_decision, self.professional_reason = decision, reason.strip()

    def agree(self) -> None:
        self.professional_decision, self.professional_reason = None, ""

    def factors(self) -> dict[str, list[Criterion]]:
        """The criteria answered "oui", by dimension."""
        yes = self.values()
        return {d.id: [c for c in self.criteria_set.in_dimension(d.id) if yes.get(c.id) == YES]
                for d in self.criteria_set.dimensions}

    def explanation(self, *, for_family: bool) -> str:
        """Why, in words: the factors that converge, and what the result means."""
        parts = []
        for dimension in self.criteria_set.dimensions:
            found = self.factors()[dimension.id]
            if found:
                words = [(c.family if for_family else c.professional).rstrip(".") for c in found]
                title = dimension.family_title if for_family else dimension.explanation or dimension.title
                parts.append(f"{title} : {_french_list(words)}.")
        if not parts:
            parts.append("Aucune difficulté n'a été relevée parmi les points regardés ensemble." if for_family
                         else "Aucun facteur n'a été relevé.")
        outcome = self.decision
        parts.append(OUTCOME_FAMILY[outcome] if for_family else f"Résultat : {OUTCOME_LABELS[outcome]}.")
        if not for_family and self.professional_decision:
            parts.append(f"Résultat calculé : {OUTCOME_LABELS[self.computed]} ; décision retenue par le "
                         f"professionnel : {OUTCOME_LABELS[self.professional_decision]} — {self.professional_reason}")
        return " ".join(parts)

    def orientations(self) -> list[str]:
        return list(ORIENTATIONS[self.decision])

    def to_record(self) -> dict[str, Any]:
        """What is kept in the dossier's history: the criteria version with the answers, so a
        later change of the criteria file never rewrites this result."""
        return {
            "criteria_version": self.criteria_set.version,
            "answers": {cid: {"value": a.value, "note": a.note} for cid, a in self.answers.items()},
            "computed": self.computed,
            "decision": self.decision,
            "professional_reason": self.professional_reason,
            "explanation": self.explanation(for_family=False),
            "family_explanation": self.explanation(for_family=True),
        }


def _french_list(words: list[str]) -> str:
    lowered = [w[0].lower() + w[1:] if w and not w[:2].isupper() else w for w in words]
    return lowered[0] if len(lowered) == 1 else ", ".join(lowered[:-1]) + " et " + lowered[-1]
