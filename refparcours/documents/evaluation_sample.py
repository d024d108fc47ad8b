"""A deterministic, realistic set of anonymous indicators (the dict the evaluation report
prints), shared by the tests of the printed report and by whoever wants to see the report
without a database: a year of one territory, counts of every kind, a few counts too small to
be shown (None, as the caller leaves them), a percentage, a median in days and a median out of
10, tables for each chart kind, and the words of three families who agreed to be quoted."""

from __future__ import annotations

import copy
from typing import Any

from refparcours.domain import CLOSURE_REASONS
from refparcours.evaluation import FOLLOWUP_KINDS, OWN_SOLUTION, RESOLVED, SUPPRESSION_THRESHOLD
from refparcours.ppf import STATUSES

PERIOD = {"start": "2025-10-01", "end": "2026-09-30"}
TERRITORY = "Haute-Vienne — secteur de Saint-Junien"
QUARTERS = ("oct.–déc. 2025", "janv.–mars 2026", "avr.–juin 2026", "juil.–sept. 2026")

QUOTE_ONE_PERSON = ("On a enfin eu une seule personne à appeler. Avant, on répétait notre histoire à chaque "
                    "bureau & personne ne se parlait.")
QUOTE_OWN_WAY = ("C'est nous qui avons trouvé pour la garde des petits, avec ma sœur.\n"
                 "On nous a juste aidés à y croire.")
QUOTE_MEETINGS = "Les réunions font moins peur quand on les prépare avant et qu'on a le droit de dire <non>."

_FIGURES = (
    ("reperes", "Situations repérées", 64, "", ""),
    ("proposes", "Accompagnements proposés", 41, "", ""),
    ("acceptes", "Accompagnements acceptés", 29, "", ""),
    ("declines", "Propositions déclinées", 12, "",
     "Dire non est un droit : la famille garde toute l'aide qu'elle avait."),
    ("delai_premier_projet", "Délai médian entre le repérage et le premier projet adopté", 38, "jours", ""),
    ("rencontres", "Rencontres tenues", 87, "", ""),
    ("rencontres_famille_presente", "dont avec la famille présente", 94, "%", ""),
    ("suivis", "Suivis réalisés (fin, 3 mois, 6 mois après)", 33, "", ""),
    ("situation_resolue", "Situation de départ résolue en partie ou complètement", 72.7, "%",
     "Parmi les familles qui ont répondu au suivi."),
    ("satisfaction", "Satisfaction médiane", 8.5, "/ 10", "Parmi les familles qui ont répondu."),
    ("solution_elle_meme", "Familles ayant trouvé leur solution elles-mêmes", None, "",
     "Une réussite, comptée comme telle."),
)


def sample_indicators() -> dict[str, Any]:
    """A fresh copy every time (the tests change it freely)."""
    figures = [{"key": key, "label": label, "value": value, "unit": unit, "note": note}
               for key, label, value, unit, note in _FIGURES]
    tables = [
        {"key": "tendances", "title": "Trimestre par trimestre",
         "columns": ["Trimestre", "Situations repérées", "Accompagnements commencés", "Accompagnements clos",
                     "Rencontres tenues"],
         "rows": [[QUARTERS[0], 14, 6, None, 17],
                  [QUARTERS[1], 17, 8, 5, 22],
                  [QUARTERS[2], 15, 7, 6, 23],
                  [QUARTERS[3], 18, 8, 9, 25]],
         "chart": "line", "note": "Un accompagnement commencé : la famille a accepté la proposition."},
        {"key": "actions_statut", "title": "Les actions des projets, selon où elles en sont",
         "columns": ["Où en est l'action", "Actions"],
         "rows": [[STATUSES["en_projet"], 23], [STATUSES["en_cours"], 41], [STATUSES["en_attente"], 9],
                  [STATUSES["realisee"], 58], [STATUSES["abandonnee_personne"], 6],
                  [STATUSES["annulee_structure"], None]],
         "chart": "bar", "note": "Une action abandonnée par la personne est son choix : elle n'est pas un échec."},
        {"key": "actions_porteur", "title": "Qui porte les actions",
         "columns": ["Portée par", "Actions", "dont réalisées"],
         "rows": [["La famille", 61, 29], ["Les proches", 14, 8], ["Les professionnels", 47, 21]],
         "chart": "bar", "note": ""},
        {"key": "orientations", "title": "Les orientations après le repérage",
         "columns": ["Orientation", "Proposées", "Acceptées"],
         "rows": [["Référent de parcours", 41, 29], ["Conférence familiale", 7, None],
                  ["Service adapté de l'offre locale", 16, 11]],
         "chart": "bar", "note": ""},
        {"key": "fins", "title": "Pourquoi les accompagnements se sont terminés",
         "columns": ["Raison", "Accompagnements clos"],
         "rows": [[CLOSURE_REASONS[0], 9], [OWN_SOLUTION, None], [CLOSURE_REASONS[2], 5], [CLOSURE_REASONS[3], None],
                  [CLOSURE_REASONS[4], 6], [CLOSURE_REASONS[5], 0]],
         "chart": "bar", "note": "Une famille qui a trouvé sa solution elle-même compte comme une réussite."},
        {"key": "resolution_suivis", "title": "La situation de départ est-elle résolue ?",
         "columns": ["Suivi", RESOLVED["non"], RESOLVED["en_partie"], RESOLVED["completement"]],
         "rows": [[FOLLOWUP_KINDS["fin"], None, 8, 6],
                  [FOLLOWUP_KINDS["3_mois"], None, 6, 5],
                  [FOLLOWUP_KINDS["6_mois"], None, None, 5]],
         "chart": "stacked", "note": "Ce que les familles ont répondu, à chaque suivi."},
    ]
    quotes = [
        {"text": QUOTE_ONE_PERSON, "resolved": "en_partie"},
        {"text": QUOTE_OWN_WAY, "resolved": "completement"},
        {"text": QUOTE_MEETINGS, "resolved": ""},
    ]
    return copy.deepcopy({
        "format": 1, "period": dict(PERIOD), "territory": TERRITORY, "scope": "tous les dossiers",
        "generated_on": "2026-11-20", "anonymous": True, "suppression_threshold": SUPPRESSION_THRESHOLD,
        "figures": figures, "tables": tables, "quotes": quotes,
    })
