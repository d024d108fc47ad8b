"""A deterministic, realistic access export (the dict of ``RightsService.person_export``),
shared by the tests of the printed rights documents: accents, "<" and "&" in people's words,
an Arabic name, a consent still valid, a withdrawn consent, a legal ground, several lines of
the sharing log, a plan with its versions, a meeting, a screening with its proposal and the
designation of the référent, and corrections."""

from __future__ import annotations

import copy
from typing import Any

from refparcours.consent import CONSENT, LEGAL_GROUND
from refparcours.documents.plan_sample import sample_plan_content
from refparcours.documents.synthesis_sample import NOUR, sample_meeting_record
from refparcours.screening import OUTCOME_FAMILY, PROPOSE

PERSON_ID = "p1"
FIRST_NAME, LAST_NAME = "Samira", "Benali"
EXPORTED_ON = "2026-11-22"
ADDRESS = "12 rue des Écoles, appartement 3 <bâtiment B> & boîte 7"

CONSENT_PURPOSE = "Préparer la synthèse & suivre le dossier CAF <mutation> avec Julie."
WITHDRAWN_PURPOSE = "Parler de la fatigue de Théo avec le centre médico-psychologique."
WITHDRAWN_HOW = "Par téléphone, sans avoir à se justifier"
JUSTIFICATION = (
    "Les parents ont été informés le 2 octobre 2026, chez eux, avant tout échange avec l'Aide sociale à "
    "l'enfance : ils savent ce qui est transmis & pourquoi <suivi de Léa>."
)
FAMILY_WORDS = "D'accord, si c'est une seule personne & qu'on garde la main <sur tout>. Merci Élodie."
PROFESSIONAL_EXPLANATION = (
    "Difficultés de logement et de budget qui durent, plusieurs services déjà présents sans coordination "
    "(CAF, mission locale, CMP) & une famille qui demande « une seule personne qui fait le lien »."
)

# (at, document, document_ref, copy, recipient, recipient_category, purpose, basis, family_present,
#  family_informed, address_included, address_reason)
_SHARING = (
    ("2026-10-20T15:42:00+00:00", "Projet pour la famille", "version 2", "famille", "Samira Benali", "",
     "Copie remise à la famille", "copie pour la famille", True, True, False, ""),
    ("2026-10-21T09:05:00+00:00", "Projet pour la famille", "version 2 — copie partenaire", "partenaire",
     "CAF de la Haute-Vienne", "caf", "Vérifier le calcul des droits & la mutation <logement>",
     "accord de Samira Benali du 15/09/2026 ; accord de Karim Benali du 15/09/2026", False, True, False, ""),
    ("2026-11-20T17:30:00+00:00", "Compte rendu de la synthèse", "synthèse du 20/11/2026", "partenaire",
     "Aide sociale à l'enfance — secteur Nord", "protection_enfance", "Suivi de Léa, en accord avec la loi",
     "fondement légal : Partage en protection de l'enfance, les parents informés au préalable (CASF L.226-2-2)",
     True, True, True, "Visite à domicile convenue avec Samira & Karim <le 3 décembre>"),
)

# (record_type, field, old_value, new_value, changed_at, changed_by)
_CORRECTIONS = (
    ("person", "first_name", "Samirah", "Samira", "2026-09-16T08:30:00+00:00", "emarchand"),
    ("dossier", "address", "12 rue des Ecoles", ADDRESS, "2026-09-18T13:15:00+00:00", "emarchand"),
    ("network_contact", "name", "Nour El Houda", NOUR, "2026-10-02T10:00:00+00:00", "emarchand"),
    ("person", "relation", "", "mère", "2026-10-05T07:45:00+00:00", "jmartin"),
)


def _only(content: dict[str, Any]) -> dict[str, Any]:
    """As the export gives it: the household reduced to this person, no network."""
    return {**content, "household": [p for p in content["household"] if p["id"] == PERSON_ID], "network": []}


def _plan() -> dict[str, Any]:
    current = _only(sample_plan_content(domains=3, actions=6))
    versions = []
    for number, frozen_on, reason, adopted_by, adopted_on in (
            (1, "2026-10-02", "impression", [], None),
            (2, "2026-10-20", "adoption", ["Samira Benali", "Karim Benali"], "2026-10-20"),
            (3, "2026-11-22", "adoption", ["Samira Benali"], "2026-11-22")):
        versions.append({"number": number, "frozen_on": frozen_on, "reason": reason, "adopted_by": adopted_by,
                         "adopted_on": adopted_on, "content": copy.deepcopy(current)})
    return {"current": current, "versions": versions}


def _consents() -> list[dict[str, Any]]:
    base = {"legal_ground": "", "justification": "", "withdrawn_on": None, "withdrawn_how": "",
            "collected_by": "Élodie Marchand"}
    return [
        {**base, "basis": CONSENT, "categories": ["situation_familiale", "evaluation_sociale", "actions"],
         "recipient_partners": ["CAF de la Haute-Vienne", "Mission locale & PLIE"],
         "recipient_categories": ["caf", "emploi"], "media": ["oral", "papier"], "purpose": CONSENT_PURPOSE,
         "collected_how": "ecrit", "collected_on": "2026-09-15"},
        {**base, "basis": CONSENT, "categories": ["evaluation_sociale"], "recipient_partners": [],
         "recipient_categories": ["sante"], "media": ["courriel"], "purpose": WITHDRAWN_PURPOSE,
         "collected_how": "oral", "collected_on": "2026-10-01", "withdrawn_on": "2026-11-05",
         "withdrawn_how": WITHDRAWN_HOW},
        {**base, "basis": LEGAL_GROUND, "legal_ground": "information_prealable", "justification": JUSTIFICATION,
         "categories": ["identite", "situation_familiale", "conditions_de_vie"], "recipient_partners": [],
         "recipient_categories": ["protection_enfance"], "media": ["papier", "courrier"],
         "purpose": "Suivi de Léa en protection de l'enfance", "collected_how": "ecrit",
         "collected_on": "2026-10-02"},
    ]


def _screening() -> dict[str, Any]:
    return {
        "screened_on": "2026-09-12",
        "decision": PROPOSE,
        "explanation": PROFESSIONAL_EXPLANATION,
        "family_explanation": "Le logement, le budget, et beaucoup de services à la fois. " + OUTCOME_FAMILY[PROPOSE],
        "professional_reason": "",
        "criteria_version": "defaut-2026-1",
        "proposal": {"proposed_on": "2026-09-15", "how": "Entretien au centre social", "leaflet_given": True,
                     "answer": "accepte", "think_until": None, "family_words": FAMILY_WORDS},
        "designation": {"designated_on": "2026-09-25", "chosen_by": "famille",
                        "listed": ["Élodie Marchand", "Julie Martin"], "chosen": "Élodie Marchand", "opinion": ""},
    }


def sample_access_export() -> dict[str, Any]:
    """Everything recorded about Samira Benali (the same dict every time)."""
    sharing = [{"id": f"partage-{n}", "at": at, "document": document, "document_ref": ref, "copy": which,
                "recipient": recipient, "recipient_category": category, "purpose": purpose, "basis": basis,
                "consent_ids": [], "family_present": present, "family_informed": informed,
                "address_included": address, "address_reason": reason, "recorded_by": "emarchand"}
               for n, (at, document, ref, which, recipient, category, purpose, basis, present, informed, address,
                       reason) in enumerate(_SHARING, start=1)]
    return {
        "format": 1,
        "exported_on": EXPORTED_ON,
        "person": {"id": PERSON_ID, "first_name": FIRST_NAME, "last_name": LAST_NAME, "birth_date": "1988-03-14",
                   "role": "adulte", "relation": "mère", "trusted_person": False},
        "dossier": {"id": "dossier-exemple", "label": "Famille Benali-Morel", "territory": "Territoire Nord",
                    "referent": "Élodie Marchand", "state": "accompagnement", "opened_on": "2026-09-10",
                    "last_contact_on": "2026-11-20", "closed_on": None, "closure_reason": "",
                    "address": ADDRESS, "postal_code": "87200", "commune": "Saint-Junien",
                    "address_protected": True, "archived_on": None, "archive_reason": ""},
        "plans": [_plan()],
        "meetings": [sample_meeting_record()],
        "screenings": [_screening()],
        "consents": _consents(),
        "sharing_log": sharing,
        "corrections": [{"record_type": record_type, "field": field, "old_value": old, "new_value": new,
                         "changed_at": at, "changed_by": by}
                        for record_type, field, old, new, at, by in _CORRECTIONS],
    }
