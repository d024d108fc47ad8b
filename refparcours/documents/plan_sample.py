"""A deterministic, realistic plan content (the dict documented in ``refparcours.ppf``),
shared by the benchmark and the tests of the printed plan: accents, "<" and "&" in the
family's words, long texts, every status, every kind of "who", a rewording, a person who
left the network."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from refparcours.ppf import (
    BESOIN,
    CONTENT_FORMAT,
    ENSEMBLE,
    FAMILLE,
    FOYER,
    OBJECTIF,
    OBSERVATION,
    PROFESSIONNEL,
    RESEAU,
    RESSOURCE_ENVIRONNEMENT,
    RESSOURCE_PERSONNE,
    RESSOURCE_RESEAU,
    STATUSES,
    load_domains,
)

SAMIRA = {"kind": FAMILLE, "name": "Samira Benali", "organisation": ""}
KARIM = {"kind": FAMILLE, "name": "Karim Benali", "organisation": ""}
TOGETHER = {"kind": ENSEMBLE, "name": "", "organisation": ""}
JULIE = {"kind": PROFESSIONNEL, "name": "Julie Martin", "organisation": "CAF"}
REFERENT = {"kind": PROFESSIONNEL, "name": "Élodie Marchand", "organisation": "Territoire de solidarité Nord"}

DEMANDE_TEXT = (
    "On voudrait retrouver un logement plus grand & plus près de l'école de Léa <c'est le plus urgent pour "
    "nous>.\n"
    "Et que Théo puisse finir sa formation sans s'inquiéter de l'argent à la fin du mois.\n"
    "On ne veut plus avoir à tout raconter à chaque nouveau service : une seule personne qui fait le lien, "
    "ça nous aiderait beaucoup."
)
POINT_DE_VUE_TEXT = (
    "Nous ne sommes pas d'accord avec l'idée d'un placement de Léa chez sa grand-mère pendant la semaine : "
    "Françoise nous aide déjà beaucoup le mercredi, ça suffit. On préfère chercher une autre solution "
    "ensemble."
)
LONG_HOW = (
    "Je prépare la liste des papiers avec Julie, je fais les photocopies à la médiathèque (c'est moins cher "
    "qu'au tabac), je range tout dans la pochette bleue et je téléphone le lundi matin, parce que c'est là "
    "qu'on attend le moins. Si ça ne répond pas, je réessaie le mardi, et si je n'y arrive pas je le dis à "
    "Élodie au prochain rendez-vous, sans me décourager. "
) * 2

# Beyond the default file (eleven domains): a territory may add its own.
EXTRA_DOMAINS = (
    ("alimentation", "Alimentation", "Manger, faire les courses", "☕"),
    ("animaux", "Animaux de compagnie", "Mon chien, mon chat", "✿"),
    ("securite", "Sécurité", "Me sentir en sécurité", "⚑"),
)

_ENTRY_TEXTS = {
    BESOIN: ("Avoir une chambre pour chaque enfant & un peu de calme le soir pour les devoirs.",
             "Comprendre les courriers <surtout ceux de la CAF> sans devoir attendre qu'on nous les explique."),
    RESSOURCE_PERSONNE: ("Je sais cuisiner pour beaucoup de monde et je suis organisée.",),
    RESSOURCE_RESEAU: ("Mamie Françoise garde les petits le mercredi ; notre voisin Rémi nous dépanne en voiture.",),
    RESSOURCE_ENVIRONNEMENT: ("La médiathèque a des ordinateurs gratuits et un atelier le jeudi.",),
    OBJECTIF: ("Déménager avant la rentrée prochaine, si c'est possible pour tout le monde.",),
    OBSERVATION: ("On a déjà essayé deux fois ; cette fois on veut avancer à notre rythme, pas à celui des "
                  "dossiers.",),
}


def _entry(entry_id: str, text: str, author: dict[str, str], reworded: dict | None = None) -> dict[str, Any]:
    return {"id": entry_id, "text": text, "author": dict(author), "reworded": reworded, "pending": []}


def _domains(count: int) -> list[dict[str, Any]]:
    known = [(d.key, d.label, d.plain, d.icon) for d in load_domains().domains] + list(EXTRA_DOMAINS)
    chosen = known[:count] + [(f"domaine-{n}", f"Domaine n° {n}", f"Autre chose n° {n}", "●")
                              for n in range(len(known) + 1, count + 1)]
    domains = []
    for index, (key, label, plain, icon) in enumerate(chosen):
        entries: dict[str, list[dict[str, Any]]] = {}
        for number, (section, texts) in enumerate(_ENTRY_TEXTS.items()):
            if (index + number) % 4 == 3:  # some sections stay empty, as in real plans
                entries[section] = []
                continue
            author = SAMIRA if section in (OBSERVATION, RESSOURCE_PERSONNE) else TOGETHER if number % 2 else KARIM
            entries[section] = [_entry(f"{key}-{section}-{n}", f"{text} ({label})", author)
                                for n, text in enumerate(texts[: 1 + index % len(texts)])]
        if index == 0:
            entries[BESOIN][0]["reworded"] = {"by": dict(JULIE), "accepted_by": "Samira Benali", "on": "2026-11-08"}
        domains.append({"key": key, "label": label, "plain": plain, "icon": icon, "entries": entries})
    return domains


_WHO = (
    {"kind": FOYER, "name": "Samira Benali", "organisation": "", "gone": False},
    {"kind": PROFESSIONNEL, "name": "Julie Martin", "organisation": "CAF", "gone": False},
    {"kind": RESEAU, "name": "Françoise Morel", "organisation": "", "gone": False},
    {"kind": FOYER, "name": "Karim Benali", "organisation": "", "gone": False},
    {"kind": PROFESSIONNEL, "name": "Dr Aurélien Petit", "organisation": "Centre médico-psychologique",
     "gone": False},
    {"kind": RESEAU, "name": "Rémi Lefèvre", "organisation": "", "gone": True},  # moved away
    {"kind": PROFESSIONNEL, "name": "Mission locale", "organisation": "", "gone": False},
)
_WHAT = (
    "Appeler le bailleur pour demander où en est ma demande de mutation",
    "Remplir le dossier de la CAF & envoyer les justificatifs",
    "Garder Léa et Théo le mercredi après-midi",
    "Aller au rendez-vous de la mission locale avec Théo",
    "Proposer un rendez-vous au centre médico-psychologique",
    "Emmener Samira aux rendez-vous en voiture",
    "Chercher une formation <courte> près de la maison",
)


def _actions(count: int, domains: list[dict[str, Any]]) -> list[dict[str, Any]]:
    statuses = list(STATUSES)
    start = date(2026, 9, 1)
    actions = []
    for n in range(count):
        domain = domains[n % len(domains)]
        needs = domain["entries"].get(BESOIN) or []
        who = dict(_WHO[n % len(_WHO)])
        status = statuses[n % len(statuses)]
        author = JULIE if who["kind"] == PROFESSIONNEL else SAMIRA if n % 3 else TOGETHER
        actions.append({
            "id": f"action-{n + 1}",
            "domain": domain["key"],
            "need_id": needs[0]["id"] if needs else None,
            "need_text": needs[0]["text"] if needs else "",
            "what": f"{_WHAT[n % len(_WHAT)]} ({domain['label'].lower()})",
            "how": LONG_HOW if n % 10 == 3 else "Avec l'aide de Julie, le lundi matin." if n % 2 else "",
            "outcome": ("C'est fait : le dossier est complet et accepté." if status == "realisee"
                        else "Trop compliqué en ce moment, on en reparlera." if status == "abandonnee_personne"
                        else ""),
            "who": who,
            "feasible": (None, True, False)[n % 3],
            "feasible_by": "Samira Benali" if n % 3 else "",
            "start_on": (start + timedelta(days=3 * n)).isoformat() if n % 4 else None,
            "proposed_on": (start + timedelta(days=60 + 5 * n)).isoformat() if n % 3 != 2 else None,
            "status": status,
            "author": dict(author),
            "reworded": ({"by": dict(JULIE), "accepted_by": "Samira Benali", "on": "2026-11-10"}
                         if n % 9 == 4 else None),
            "pending": [],
        })
    return actions


def sample_plan_content(domains: int = 12, actions: int = 60) -> dict[str, Any]:
    """A plan of the Benali family with ``domains`` life domains and ``actions`` actions
    (the same dict every time)."""
    domain_list = _domains(domains)
    return {
        "format": CONTENT_FORMAT,
        "dossier": {"id": "dossier-exemple", "label": "Famille Benali-Morel", "territory": "Territoire Nord"},
        "referent": {"name": "Élodie Marchand", "contact": "05 55 12 34 56 — elodie.marchand@exemple.fr"},
        "household": [
            {"id": "p1", "name": "Samira Benali", "role": "adulte", "relation": "mère", "trusted": False},
            {"id": "p2", "name": "Karim Benali", "role": "adulte", "relation": "père", "trusted": False},
            {"id": "p3", "name": "Léa Benali", "role": "enfant", "relation": "fille, 8 ans", "trusted": False},
            {"id": "p4", "name": "Théo Benali", "role": "enfant", "relation": "fils, 17 ans", "trusted": False},
        ],
        "network": [
            {"id": "n1", "name": "Françoise Morel", "kind": "proche", "relation": "grand-mère", "organisation": "",
             "role": "", "trusted": True},
            {"id": "n2", "name": "Julie Martin", "kind": "professionnel", "relation": "", "organisation": "CAF",
             "role": "conseillère", "trusted": False},
            {"id": "n3", "name": "Dr Aurélien Petit", "kind": "professionnel", "relation": "",
             "organisation": "Centre médico-psychologique", "role": "médecin", "trusted": False},
        ],
        "demande": [_entry("demande-1", DEMANDE_TEXT, TOGETHER)],
        "point_de_vue": [_entry("pdv-1", POINT_DE_VUE_TEXT, SAMIRA)],
        "domains": domain_list,
        "actions": _actions(actions, domain_list),
        "next_review_on": "2027-02-22",
        "partner_sections": ["demande", "actions"],
        "partner_sections_note": "Choisi avec Samira et Karim le 22 novembre 2026.",
    }


def sample_version(number: int = 3) -> dict[str, Any]:
    """An adopted version of the sample plan."""
    return {"number": number, "frozen_on": "2026-11-22", "reason": "adoption",
            "adopted_by": ["Samira Benali", "Karim Benali"], "adopted_on": "2026-11-22",
            "signatories": ["Samira Benali", "Karim Benali", "Élodie Marchand"]}
