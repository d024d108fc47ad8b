"""Fictional PPFs for the demo base: a few accompanied families with a plan written in their
words, needs in several domains, actions carried by the household, their network and the
professionals, a rewording waiting for the family, and two adopted versions."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import select

from refparcours.data import tables
from refparcours.data.database import Database
from refparcours.consents import ConsentService
from refparcours.domain import ContactKind, DossierState, HouseholdRole
from refparcours.meeting import load_charter
from refparcours.dossiers import DossierService
from refparcours.plans import PlanService
from refparcours.ppf import BESOIN, DEMANDE, ENSEMBLE, FAMILLE, OBJECTIF, OBSERVATION, POINT_DE_VUE, PROFESSIONNEL, Writer
from refparcours.security import audit

DEMO_PARTNER = "CCAS de la ville"
DEMANDES = (
    "Je voudrais qu'on arrête de me parler de mes dettes à chaque rendez-vous et qu'on m'aide vraiment à garder "
    "l'appartement. Mes enfants ont leurs copains ici, leur école, le club de foot de Mathéo. Si on part, tout "
    "s'écroule. Je ne demande pas qu'on fasse à ma place : je veux comprendre les papiers et savoir à qui "
    "m'adresser, une seule personne si possible, pas cinq.",
    "Que ma fille retourne au collège sans avoir mal au ventre le matin, et que je retrouve un travail, même à "
    "temps partiel, près de chez nous (je n'ai pas le permis).",
    "On veut être tranquilles : ne plus recevoir de lettres qu'on ne comprend pas, et que mon mari soit soigné "
    "près d'ici.",
)
NEEDS = (
    ("logement", "Garder le logement : ne plus avoir de retard de loyer"),
    ("budget", "Comprendre les courriers de la CAF et des impôts"),
    ("enfants", "Que Zoë retourne au collège sans angoisse"),
    ("emploi", "Un travail à temps partiel, près de la maison, sans voiture"),
    ("sante", "Un médecin traitant qui prenne de nouveaux patients"),
    ("mobilite", "Pouvoir aller aux rendez-vous sans voiture"),
    ("numerique", "Savoir faire les démarches en ligne seule"),
)
RESOURCES = (
    ("logement", "ressource_personne", "Je paie le loyer chaque mois depuis mars, même en retard."),
    ("logement", "ressource_reseau", "Ma sœur peut m'héberger quelques jours si besoin."),
    ("budget", "ressource_environnement", "Le point conseil budget du centre social, le mardi matin."),
    ("enfants", "ressource_personne", "Zoë adore dessiner ; elle parle facilement avec l'infirmière scolaire."),
)
FAMILY_STEPS = (
    ("logement", "Rassembler les quittances et les courriers du bailleur dans une pochette",
     "Le soir, avec ma fille, une fois par semaine", "realisee"),
    ("budget", "Aller au point conseil budget du centre social", "Le mardi, après avoir déposé les enfants",
     "en_cours"),
    ("enfants", "Parler avec Zoë de ce qui lui fait peur au collège", "Pendant nos balades du dimanche",
     "en_cours"),
    ("numerique", "Créer mon compte sur le site de la CAF avec l'écrivain public", "", "en_projet"),
    ("emploi", "Regarder les offres de la résidence autonomie (à pied)", "", "en_attente"),
    ("sante", "Appeler les trois cabinets de la liste", "Le matin, quand c'est plus calme", "abandonnee_personne"),
)
NETWORK_STEPS = (
    ("enfants", "Garder Zoë et Mathéo le mercredi pendant les rendez-vous", "en_cours"),
    ("mobilite", "Accompagner en voiture au rendez-vous de la commission", "en_projet"),
)
PROFESSIONAL_STEPS = (
    ("logement", "Monter le dossier FSL (fonds de solidarité logement) avec la famille", "CCAS", "en_cours"),
    ("logement", "Demander au bailleur un plan d'apurement", "Bailleur social", "realisee"),
    ("budget", "Vérifier les droits CAF (prime d'activité, APL)", "CAF", "en_attente"),
    ("enfants", "Proposer un rendez-vous à trois avec le professeur principal", "Collège", "en_projet"),
    ("emploi", "Inscrire aux ateliers « reprendre confiance »", "Mission locale", "annulee_structure"),
    ("sante", "Chercher un médecin traitant avec la CPAM (mission accompagnement santé)", "CPAM", "en_cours"),
)


def add_demo_plans(database: Database, *, count: int = 3, seed: int = 1, reference: date | None = None,
                   actor: audit.Actor = audit.SYSTEM) -> int:
    """Write a plan for the first ``count`` accompanied families (by name); returns how many."""
    reference = reference or date.today()
    rng = random.Random(seed)
    dossiers = DossierService(database, today=lambda: reference, actor=actor)
    plans = PlanService(dossiers, new_id=lambda: uuid.UUID(int=rng.getrandbits(128), version=4))
    d = tables.dossier.c
    with database.engine.connect() as connection:
        chosen = connection.execute(select(d.id).where(d.state == DossierState.ACCOMPAGNEMENT)
                                    .order_by(d.sort_key, d.id).limit(count)).scalars().all()
    consents = ConsentService(dossiers)
    ccas = consents.add_partner(DEMO_PARTNER, "ccas", "03 20 11 22 33")
    consents.sign_charter(ccas, load_charter().version, reference - timedelta(days=90), "Mme Dupuis, directrice")
    consents.add_partner("Collège Jean-Moulin", "education", "0590001X@ac-lille.fr")  # has not signed yet
    for number, dossier_id in enumerate(chosen):
        _one_plan(plans, dossier_id, DEMANDES[number % len(DEMANDES)], reference, rng)
        _consents(consents, dossier_id, ccas, reference)
    return len(chosen)


def _consents(consents: ConsentService, dossier_id: uuid.UUID, ccas: uuid.UUID, reference: date) -> None:
    """Every adult agrees that the CCAS and the CAF receive the plan's actions and their demande."""
    data = consents.dossiers.load(dossier_id, record_read=False)
    for person in data["persons"]:
        if person["role"] == HouseholdRole.ADULTE:
            consents.record_consent(dossier_id, person["id"], {
                "categories": ["situation_familiale", "evaluation_sociale", "actions", "professionnels",
                               "conditions_de_vie"],
                "recipient_partners": [str(ccas)], "recipient_categories": ["caf"], "media": ["papier", "courriel"],
                "purpose": "Suivre ensemble le dossier de logement", "collected_how": "ecrit",
                "collected_on": reference - timedelta(days=20), "collected_by": data["referent"] or "Le référent"})


def _one_plan(plans: PlanService, dossier_id: uuid.UUID, demande: str, reference: date, rng: random.Random) -> None:
    data = plans.dossiers.load(dossier_id, record_read=False)
    adults = [p for p in data["persons"] if p["role"] == HouseholdRole.ADULTE]
    parent = adults[0]
    parent_name = f"{parent['first_name']} {parent['last_name']}"
    family = Writer(FAMILLE, parent_name)
    referent = Writer(PROFESSIONNEL, data["referent"] or "Le référent", "Centre social")
    plan_id = plans.plan_for(dossier_id)
    plans.set_plan_fields(plan_id, {"referent_contact": "03 20 00 00 00 — permanence le jeudi matin"})
    plans.add_entry(plan_id, DEMANDE, demande, family)
    needs = {}
    for domain, text in NEEDS:
        needs[domain] = plans.add_entry(plan_id, BESOIN, text, family if rng.random() < 0.7 else Writer(ENSEMBLE),
                                        domain=domain).created_id
    for domain, section, text in RESOURCES:
        plans.add_entry(plan_id, section, text, family, domain=domain)
    plans.add_entry(plan_id, OBJECTIF, "Ne plus avoir de dette de loyer d'ici l'été", Writer(ENSEMBLE), domain="logement")
    plans.add_entry(plan_id, OBSERVATION, "On a déjà essayé l'an dernier ; cette fois on le fait à notre rythme.",
                    family, domain="logement")
    for domain, what, how, status in FAMILY_STEPS:
        plans.add_action(plan_id, {"what": what, "how": how, "who_kind": "foyer", "who_person_id": parent["id"],
                                   "domain": domain, "need_id": needs.get(domain), "status": status,
                                   "start_on": reference - timedelta(days=rng.randint(5, 60)),
                                   "feasible": True}, family)
    relatives = [c for c in data["contacts"] if c["kind"] == ContactKind.PROCHE]
    for domain, what, status in NETWORK_STEPS if relatives else ():
        plans.add_action(plan_id, {"what": what, "who_kind": "reseau", "who_contact_id": relatives[0]["id"],
                                   "domain": domain, "status": status}, family)
    for domain, what, organisation, status in PROFESSIONAL_STEPS:
        plans.add_action(plan_id, {"what": what, "who_kind": "professionnel", "who_name": "", "domain": domain,
                                   "who_organisation": organisation, "need_id": needs[domain], "status": status,
                                   "proposed_on": reference + timedelta(days=rng.randint(20, 90)),
                                   "outcome": "Accord du bailleur le 3 novembre" if status == "realisee" else ""},
                         referent)
    plans.adopt(plan_id, [parent_name], reference - timedelta(days=30), signatories=[parent_name, referent.name])
    plans.add_entry(plan_id, POINT_DE_VUE, "Je ne suis pas d'accord pour qu'on parle de mes dettes en commission "
                    "sans moi. Je veux être là.", family)
    proposed = plans.add_entry(plan_id, OBSERVATION, "c'est dur mais on lache rien", family, domain="budget")
    plans.propose_rewording(proposed.created_id, "C'est difficile, mais nous continuons nos efforts.", referent)
    plans.set_partner_sections(plan_id, ["demande", "actions"], Writer(ENSEMBLE))
    plans.adopt(plan_id, [parent_name], reference, signatories=[parent_name, referent.name])
