"""PPF — projet pour la famille: the words of the plan, its life domains, who may change
what, and the comparison of two versions. Pure rules, no database (see ``plans``).

The plan's *content* is a plain dict (JSON-ready: dates as ISO strings). A frozen version
keeps it as it was; the printed copies and the comparison read only this dict:

    {"format": 1,
     "dossier": {"id", "label", "territory"},
     "referent": {"name", "contact"},
     "household": [{"id", "name", "role": "adulte"|"enfant", "relation", "trusted": bool}],
     "network": [{"id", "name", "kind": "proche"|"professionnel", "relation", "organisation",
                  "role", "trusted": bool}],
     "demande": [ENTRY], "point_de_vue": [ENTRY],
     "domains": [{"key", "label", "plain", "icon",
                  "entries": {"besoin": [ENTRY], "ressource_personne": [...], "ressource_reseau": [...],
                              "ressource_environnement": [...], "objectif": [...], "observation": [...]}}],
     "actions": [ACTION],
     "next_review_on": "AAAA-MM-JJ" | None,
     "partner_sections": [section keys] | None, "partner_sections_note": str}

    ENTRY  = {"id", "text", "author": AUTHOR, "reworded": {"by": AUTHOR, "accepted_by": str, "on"} | None,
              "pending": [{"id", "field", "text", "author": AUTHOR}]}
    AUTHOR = {"kind": "famille"|"professionnel"|"ensemble", "name", "organisation"}
    ACTION = {"id", "domain", "need_id", "need_text", "what", "how", "outcome",
              "who": {"kind": "foyer"|"reseau"|"professionnel", "name", "organisation", "gone": bool},
              "feasible": True|False|None, "feasible_by", "start_on", "proposed_on", "status",
              "author": AUTHOR, "reworded": ..., "pending": [...]}
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from refparcours.errors import UserFacingError, ValidationError
from refparcours.paths import resources_dir
from refparcours.tomlfiles import read_toml

CONTENT_FORMAT = 1
DEFAULT_DOMAINS = resources_dir() / "ppf" / "domaines.toml"

# -- who writes --------------------------------------------------------------------------------

FAMILLE, PROFESSIONNEL, ENSEMBLE = "famille", "professionnel", "ensemble"
AUTHOR_KINDS = {FAMILLE: "Un membre de la famille", PROFESSIONNEL: "Un professionnel", ENSEMBLE: "Ensemble"}


@dataclass(frozen=True)
class Writer:
    """Who is at the keyboard: a named member of the household, a professional (name and
    organisation), or the family and the professional together."""

    kind: str
    name: str = ""
    organisation: str = ""

    def __post_init__(self) -> None:
        if self.kind not in AUTHOR_KINDS:
            raise ValueError(f"unknown writer kind {self.kind!r}")

    @property
    def is_family(self) -> bool:
        return self.kind in (FAMILLE, ENSEMBLE)

    def as_author(self) -> dict[str, str]:
        return {"kind": self.kind, "name": self.name, "organisation": self.organisation}


def author_label(author: dict[str, Any]) -> str:
    """ "Samira Benali", "Julie Martin (CAF)", "ensemble"."""
    if author.get("kind") == ENSEMBLE:
        return "ensemble" + (f" ({author['name']})" if author.get("name") else "")
    name = author.get("name") or ("la famille" if author.get("kind") == FAMILLE else "un professionnel")
    return f"{name} ({author['organisation']})" if author.get("organisation") else name


def family_text(author_kind: str) -> bool:
    """The family's words (alone or written together): a professional never changes them."""
    return author_kind in (FAMILLE, ENSEMBLE)


# -- sections ----------------------------------------------------------------------------------

DEMANDE, POINT_DE_VUE = "demande", "point_de_vue"
BESOIN, OBJECTIF, OBSERVATION = "besoin", "objectif", "observation"
RESSOURCE_PERSONNE, RESSOURCE_RESEAU, RESSOURCE_ENVIRONNEMENT = (
    "ressource_personne", "ressource_reseau", "ressource_environnement")
DOMAIN_SECTIONS = {
    BESOIN: "Besoins",
    RESSOURCE_PERSONNE: "Ressources de la personne",
    RESSOURCE_RESEAU: "Ressources du réseau",
    RESSOURCE_ENVIRONNEMENT: "Ressources de l'environnement",
    OBJECTIF: "Objectifs",
    OBSERVATION: "Observations de la famille",
}
PLAN_SECTIONS = {DEMANDE: "La demande", POINT_DE_VUE: "Point de vue et désaccords de la famille"}
SECTION_LABELS = {**PLAN_SECTIONS, **DOMAIN_SECTIONS}
# Written by the family only (or together): a professional may propose, never write them.
FAMILY_ONLY_SECTIONS = {DEMANDE, OBSERVATION, POINT_DE_VUE}

# What a partner copy may contain, chosen with the family.
PARTNER_SECTIONS = {
    "foyer": "La composition du foyer",
    "demande": "La demande de la famille",
    "domaines": "Besoins, ressources, objectifs et observations par domaine",
    "actions": "Les actions",
    "point_de_vue": "Le point de vue et les désaccords de la famille",
}

# -- actions -----------------------------------------------------------------------------------

FOYER, RESEAU = "foyer", "reseau"
WHO_KINDS = {FOYER: "Une personne du foyer", RESEAU: "Un proche du réseau", PROFESSIONNEL: "Un professionnel ou service"}

STATUSES = {
    "en_projet": "En projet",
    "en_cours": "En cours",
    "en_attente": "En attente",
    "realisee": "Réalisée",
    "abandonnee_personne": "Abandonnée par la personne",
    "annulee_structure": "Annulée par la structure",
}
DONE = "realisee"
FEASIBLE = {None: "Pas encore dit", True: "Oui", False: "Pas pour l'instant"}

PLAN_TEXT_MAX = 60_000  # the family's words are never cut: a 5,000-word demande fits
ACTION_TEXT_MAX = 5_000

# -- life domains ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LifeDomain:
    key: str
    label: str
    plain: str
    icon: str


@dataclass(frozen=True)
class DomainSet:
    version: str
    domains: tuple[LifeDomain, ...]

    def get(self, key: str) -> LifeDomain | None:
        return next((d for d in self.domains if d.key == key), None)


class DomainFileError(UserFacingError):
    pass


def parse_domains(data: bytes, source: str = "domaines.toml") -> DomainSet:
    """The list of life domains; a file with a mistake is refused with a French message."""
    document = read_toml(data, source, "des domaines", DomainFileError)
    entries = document.get("domaine")
    if not isinstance(entries, list) or not entries:
        raise DomainFileError("Le fichier des domaines « {source} » ne contient aucun [[domaine]].", source=source)
    domains: list[LifeDomain] = []
    for number, entry in enumerate(entries, start=1):
        values = {}
        for name in ("cle", "libelle"):
            value = entry.get(name) if isinstance(entry, dict) else None
            if not isinstance(value, str) or not value.strip():
                raise DomainFileError("Domaine n° {number} du fichier « {source} » : « {name} » manque.",
                                      number=number, source=source, name=name)
            values[name] = value.strip()
        key = values["cle"]
        if not all(ch.isalnum() or ch == "-" for ch in key) or len(key) > 60:
            raise DomainFileError("Domaine n° {number} : la clé « {key} » ne doit contenir que des lettres, "
                                  "des chiffres et des tirets.", number=number, key=key[:60])
        if any(d.key == key for d in domains):
            raise DomainFileError("Le domaine « {key} » apparaît deux fois.", key=key)
        plain = entry.get("simple") if isinstance(entry.get("simple"), str) else ""
        icon = entry.get("icone") if isinstance(entry.get("icone"), str) else ""
        domains.append(LifeDomain(key, values["libelle"][:200], (plain or values["libelle"]).strip()[:200],
                                  icon.strip()[:2]))
    version = document.get("version")
    return DomainSet(version if isinstance(version, str) else source, tuple(domains))


def load_domains(path: Path | None = None) -> DomainSet:
    path = Path(path) if path else DEFAULT_DOMAINS
    try:
        return parse_domains(path.read_bytes(), path.name)
    except OSError as error:
        raise DomainFileError("Le fichier des domaines « {path} » est illisible ({detail}).",
                              path=str(path), detail=error.strerror or str(error)) from None


# -- dates -------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """Same day N months later (the last day of a shorter month)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def proposed_review(today: date) -> date:
    """The next review, proposed three months ahead (a proposal: it can be changed)."""
    return add_months(today, 3)


# -- who may change what -----------------------------------------------------------------------


def check_may_write(writer: Writer, section: str) -> None:
    if section in FAMILY_ONLY_SECTIONS and not writer.is_family:
        raise ValidationError(
            "« {section} » est écrit par la famille, ou avec elle (choisissez « ensemble » ou le nom de la "
            "personne dans « Qui écrit ? »).", field="text", section=SECTION_LABELS[section])


def check_may_change(writer: Writer, author_kind: str) -> None:
    """A professional never changes the family's words: they propose another wording."""
    if family_text(author_kind) and not writer.is_family:
        raise ValidationError(
            "Ce texte est celui de la famille : un professionnel ne le modifie pas. Proposez une autre "
            "formulation ; la famille l'acceptera ou la refusera.", field="text")


def check_may_remove(writer: Writer, section: str, author_kind: str) -> None:
    if section == POINT_DE_VUE and not writer.is_family:
        raise ValidationError("Le point de vue de la famille ne peut pas être retiré par un professionnel.",
                              field="text")
    if family_text(author_kind) and not writer.is_family:
        raise ValidationError("Ce texte est celui de la famille : seule la famille peut le retirer.", field="text")


# -- comparison of two versions ----------------------------------------------------------------

COMPARED_ACTION_FIELDS = {
    "what": "quoi", "who": "qui", "how": "comment", "status": "statut", "feasible": "possible pour moi",
    "start_on": "début", "proposed_on": "date proposée", "outcome": "résultat", "domain": "domaine",
}


@dataclass(frozen=True)
class Comparison:
    """What changed from ``before`` to ``after``."""

    added_actions: list[dict[str, Any]]
    removed_actions: list[dict[str, Any]]
    changed_actions: list[tuple[dict[str, Any], list[str]]]  # action (after), French names of changed fields
    completed_actions: list[dict[str, Any]]  # became "Réalisée"
    added_entries: list[tuple[str, dict[str, Any]]]  # (section label, entry)
    removed_entries: list[tuple[str, dict[str, Any]]]
    changed_entries: list[tuple[str, dict[str, Any], dict[str, Any]]]  # (section label, before, after)
    review_changed: tuple[Any, Any] | None

    @property
    def empty(self) -> bool:
        return not any((self.added_actions, self.removed_actions, self.changed_actions, self.completed_actions,
                        self.added_entries, self.removed_entries, self.changed_entries, self.review_changed))


def _entries_by_id(content: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for section in (DEMANDE, POINT_DE_VUE):
        for entry in content.get(section, []):
            found[entry["id"]] = (SECTION_LABELS[section], entry)
    for domain in content.get("domains", []):
        for section, entries in domain.get("entries", {}).items():
            for entry in entries:
                found[entry["id"]] = (f"{domain['label']} — {SECTION_LABELS.get(section, section)}", entry)
    return found


def compare(before: dict[str, Any], after: dict[str, Any]) -> Comparison:
    old_actions = {a["id"]: a for a in before.get("actions", [])}
    new_actions = {a["id"]: a for a in after.get("actions", [])}
    changed, completed = [], []
    for action_id, action in new_actions.items():
        old = old_actions.get(action_id)
        if old is None:
            continue
        fields = [label for name, label in COMPARED_ACTION_FIELDS.items()
                  if (old.get(name) or None) != (action.get(name) or None)
                  and not (name == "who" and _same_who(old["who"], action["who"]))]
        if action["status"] == DONE and old["status"] != DONE:
            completed.append(action)
        elif fields:
            changed.append((action, fields))
    old_entries, new_entries = _entries_by_id(before), _entries_by_id(after)
    review = (before.get("next_review_on"), after.get("next_review_on"))
    return Comparison(
        added_actions=[a for i, a in new_actions.items() if i not in old_actions],
        removed_actions=[a for i, a in old_actions.items() if i not in new_actions],
        changed_actions=changed,
        completed_actions=completed,
        added_entries=[new_entries[i] for i in new_entries if i not in old_entries],
        removed_entries=[old_entries[i] for i in old_entries if i not in new_entries],
        changed_entries=[(new_entries[i][0], old_entries[i][1], new_entries[i][1]) for i in new_entries
                         if i in old_entries and old_entries[i][1]["text"] != new_entries[i][1]["text"]],
        review_changed=review if review[0] != review[1] else None,
    )


def _same_who(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (a.get("kind"), a.get("name"), a.get("organisation")) == (b.get("kind"), b.get("name"), b.get("organisation"))


def form_remarks(content: dict[str, Any]) -> list[str]:
    """What the référent checks before adoption — the form, never the content: does the plan
    answer the demande? Remarks to talk over with the family, never a veto."""
    remarks = []
    if not content.get("demande"):
        remarks.append("La demande de la famille n'est pas encore écrite.")
    if not content.get("actions"):
        remarks.append("Le projet n'a pas encore d'action : même un tout petit pas compte.")
    answered = {a.get("need_id") for a in content.get("actions", [])}
    unanswered = [e["text"] for d in content.get("domains", []) for e in d["entries"].get(BESOIN, [])
                  if e["id"] not in answered]
    if unanswered:
        remarks.append("Besoins sans action pour l'instant : " + " ; ".join(t[:60] for t in unanswered[:5])
                       + (" ;…" if len(unanswered) > 5 else "") + ".")
    if any(not a.get("who", {}).get("name") and not a.get("who", {}).get("organisation")
           for a in content.get("actions", [])):
        remarks.append("Une action ne dit pas qui la fait.")
    return remarks


def action_group(action: dict[str, Any]) -> str:
    """For the family copy: what I (we) do, what my family does, what the professionals do."""
    return action["who"]["kind"]


def same_content(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Two contents that print the same plan (the partner choice and pending proposals aside)."""
    if a is None or b is None:
        return False
    ignored = ("partner_sections", "partner_sections_note")
    return {k: v for k, v in a.items() if k not in ignored} == {k: v for k, v in b.items() if k not in ignored}
