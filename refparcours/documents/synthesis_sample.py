"""A deterministic, realistic meeting *record* (the dict documented in ``refparcours.meeting``),
shared by the benchmark and the tests of the printed synthesis: accents, "<" and "&" in
people's words, an Arabic name, every kind of entry, the family's private time, decisions
that became actions of the plan, a disagreement, people present, excused and come without
an invitation, and the family's read-back."""

from __future__ import annotations

from typing import Any

from refparcours.meeting import (
    DECISIONS,
    ENDED_STATUS,
    ENTRY_KINDS,
    FAMILY_GUEST,
    FAMILY_SIDE,
    INFORMATION,
    KINDS,
    PHASES,
    PRIVATE_TIME,
    PROFESSIONAL_SIDE,
    READ_BACK,
    load_charter,
)
from refparcours.ppf import ENSEMBLE, FAMILLE, PROFESSIONNEL

SAMIRA = {"kind": FAMILLE, "name": "Samira Benali", "organisation": ""}
TOGETHER = {"kind": ENSEMBLE, "name": "", "organisation": ""}
JULIE = {"kind": PROFESSIONNEL, "name": "Julie Martin", "organisation": "CAF"}
REFERENT = {"kind": PROFESSIONNEL, "name": "Élodie Marchand", "organisation": "Territoire de solidarité Nord"}
NOUR = "نور الهدى بن علي"  # Samira's cousin, invited by the family

AGENDA = (
    "Parler du logement & de la mutation <c'est le plus urgent pour nous>.\n"
    "La formation de Théo : est-ce qu'il peut la finir ?\n"
    "Qui garde Léa le mercredi ?"
)
PLACE = "Chez Françoise Morel, 4 place de l'Église à Aixe-sur-Vienne (au rez-de-chaussée)"

# (phase, kind, speaker, author, text, private, action)
_ENTRIES: tuple[tuple[str, str, str, dict[str, str], str, bool, dict[str, Any] | None], ...] = (
    (INFORMATION, "question", "Samira Benali", SAMIRA,
     "Est-ce que la CAF peut revoir le calcul avant la fin du mois ? & qui s'en occupe <vraiment> ?", False, None),
    (INFORMATION, "information", "Julie Martin", JULIE,
     "Le dossier de mutation est complet depuis le 3 novembre. La commission du bailleur se réunit en décembre.",
     False, None),
    (INFORMATION, "inquietude", "Élodie Marchand", REFERENT,
     "Je suis inquiète pour Théo : il m'a dit qu'il était très fatigué et qu'il pensait arrêter sa formation.\n"
     "Je préfère vous le dire à vous, directement.", False, None),
    (INFORMATION, "ressource", "Françoise Morel", REFERENT,
     "Françoise peut garder Léa le mercredi et, si besoin, le vendredi soir.", False, None),
    (INFORMATION, "proposition", "Julie Martin", JULIE,
     "Proposer un rendez-vous avec la conseillère sociale du bailleur, à la CAF ou chez vous.", False, None),
    (PRIVATE_TIME, "proposition", "", SAMIRA,
     "On veut d'abord le logement. Le reste, on verra après : on est fatigués de tout raconter à chaque fois.\n"
     "Théo dit qu'il veut finir sa formation, il faut juste qu'il dorme mieux (pas de bureau à lui).", True, None),
    (PRIVATE_TIME, "information", NOUR, TOGETHER,
     "Je peux accompagner Samira aux rendez-vous le lundi 🚗.", True, None),
    (DECISIONS, "decision", "Samira Benali", TOGETHER,
     "Samira appelle le bailleur lundi matin pour savoir où en est la mutation.", False,
     {"id": "action-1", "what": "Appeler le bailleur pour demander où en est la mutation",
      "who": {"kind": "foyer", "name": "Samira Benali", "organisation": ""}}),
    (DECISIONS, "decision", "Julie Martin", JULIE,
     "Julie vérifie le calcul des droits & envoie la réponse par courrier.", False,
     {"id": "action-2", "what": "Vérifier le calcul des droits CAF",
      "who": {"kind": "professionnel", "name": "Julie Martin", "organisation": "CAF"}}),
    (DECISIONS, "decision", "", TOGETHER,
     "On se revoit en février, de nouveau chez Françoise.", False, None),
    (DECISIONS, "desaccord", "Samira Benali", SAMIRA,
     "Nous ne sommes pas d'accord pour que Léa aille chez sa grand-mère toute la semaine : le mercredi, ça "
     "suffit.", False, None),
    (READ_BACK, "information", "Samira Benali", SAMIRA,
     "C'est bien ce qu'on a dit. Merci d'avoir écrit nos mots comme on les a dits.", False, None),
)

PARTICIPANTS = (
    # (id, name, organisation, side, invited, present)
    ("p1", "Samira Benali", "", FAMILY_SIDE, True, True),
    ("p2", "Karim Benali", "", FAMILY_SIDE, True, False),  # excused: at work
    ("p3", "Françoise Morel", "", FAMILY_GUEST, True, True),
    ("p4", NOUR, "", FAMILY_GUEST, True, True),
    ("p5", "Élodie Marchand", "Territoire de solidarité Nord", PROFESSIONAL_SIDE, True, True),
    ("p6", "Julie Martin", "CAF", PROFESSIONAL_SIDE, True, True),
    ("p7", "Dr Aurélien Petit", "Centre médico-psychologique", PROFESSIONAL_SIDE, True, False),
    ("p8", "Yanis Haddad", "Mission locale", PROFESSIONAL_SIDE, False, True),  # came with Théo's news
)


def sample_meeting_record() -> dict[str, Any]:
    """The synthesis of the Benali-Morel family, ended and read back (the same dict every time)."""
    charter = load_charter()
    phases: list[dict[str, Any]] = []
    for number, (phase, kind, speaker, author, text, private, action) in enumerate(_ENTRIES, start=1):
        if not phases or phases[-1]["key"] != phase:
            phases.append({"key": phase, "label": PHASES[phase], "entries": []})
        phases[-1]["entries"].append({
            "id": f"entree-{number}", "phase": phase, "kind": kind, "kind_label": ENTRY_KINDS[kind],
            "speaker": speaker, "author": dict(author), "text": text, "private": private,
            "action": {**action, "who": dict(action["who"])} if action else None,
        })
    return {
        "dossier": {"id": "dossier-exemple", "label": "Famille Benali-Morel"},
        "kind": "synthese",
        "kind_label": KINDS["synthese"],
        "planned_on": "2026-11-20",
        "planned_time": "14:00",
        "place": PLACE,
        "agenda": AGENDA,
        "agenda_author": dict(SAMIRA),
        "participants": [{"id": pid, "name": name, "organisation": organisation, "side": side,
                          "invited": invited, "present": present}
                         for pid, name, organisation, side, invited, present in PARTICIPANTS],
        "family_present": True,
        "absence_reason": "",
        "family_informed_on": None,
        "family_informed_how": "",
        "charter": {"version": charter.version, "title": charter.title,
                    "acknowledged_at": "2026-11-20T14:08:00", "acknowledged_by": "Samira Benali"},
        "phase": "terminee",
        "status": ENDED_STATUS,
        "phases": phases,
        "validation": {"validated": True, "by": "Samira Benali", "on": "2026-11-20", "comment": ""},
        "next_meeting_on": "2027-02-19",
        "plan_version": 3,
        "opened_at": "2026-11-20T14:05:00",
        "closed_at": "2026-11-20T16:10:00",
        "referent": {"name": "Élodie Marchand", "contact": "05 55 12 34 56 — elodie.marchand@exemple.fr"},
    }
