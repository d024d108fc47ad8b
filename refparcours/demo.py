"""Deterministic fictional data: French households as a référent meets them.

The same seed, size and reference date always give the same database, ids included.
Names carry accents, hyphens, apostrophes and particles so that every screen and print
is exercised on the names real families have."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, insert, select

from refparcours.data import tables
from refparcours.data.database import Database
from refparcours.domain import CLOSURE_REASONS, ContactKind, DossierState, HouseholdRole
from refparcours.errors import UserFacingError
from refparcours.text import search_key

FEMALE_NAMES = (
    "Zoë", "Léa", "Chloé", "Inès", "Noémie", "Maëlle", "Hélène", "Anaïs", "Éloïse", "Françoise", "Aïcha",
    "Fatoumata", "Khadija", "Yasmine", "Amina", "Océane", "Célia", "Bérénice", "Joëlle", "Nour", "Elif",
    "Ana", "Marie-Thérèse", "Sandrine", "Manon", "Jade", "Louise", "Mélissa", "Awa", "Thảo", "Agnès",
    "Cécile", "Sévérine", "Laëtitia", "Rokia", "Şeyma", "Margaux", "Lou-Ann", "Ophélie", "Nadège",
)
MALE_NAMES = (
    "Jérôme", "François", "Gaël", "Loïc", "Noël", "Raphaël", "Mathéo", "Théo", "Jean-Baptiste", "Moussa",
    "Mamadou", "Youssef", "Ibrahim", "Emre", "Mehmet", "João", "Kévin", "Stéphane", "Hugo", "Nathan",
    "Enzo", "Rayan", "Adrien", "Grégory", "Sébastien", "Anthony", "Karim", "Bilal", "Dylan", "Lucas",
    "Jean-Eudes", "Hervé", "Benoît", "Cédric", "Aurélien", "Ismaël", "Joël", "Pierre-Louis", "Yannick", "Rémi",
)
SURNAMES = (
    "Martin", "Bernard", "Dubois", "Lefèvre", "Girard", "Gérard", "Roux", "Faure", "Mercier", "Lemaître",
    "Benoît", "Chevalier", "N'Diaye", "Diallo", "Traoré", "Koné", "Ben Saïd", "El Amrani", "de La Tour-Gérard",
    "d'Almeida", "Le Gall", "Le Goff", "Kerhervé", "Saint-Cyr", "Da Silva", "Dos Santos", "Nguyễn", "Yılmaz",
    "Öztürk", "Müller", "Ould-Ahmed", "Boulanger-Léger", "Pérez", "García", "O'Connor", "Lévêque", "Denis",
    "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Leroy", "Moreau", "Laurent", "Simon", "Michel",
    "Garnier", "Chevallier", "François", "Legrand", "Gauthier", "Perrin", "Robin", "Clément", "Morin",
    "Nicolas", "Henry", "Rivière", "Lucas", "Brun", "Blanc", "Guérin", "Boyer", "Colin", "Caron", "Mathieu",
    "Aubert", "Marchand", "Dumont", "Duval", "Lemoine", "Bouvier", "Hoarau", "Payet", "Mbappé", "Camara",
)
TERRITORIES = (
    "Territoire des Deux-Rives", "Territoire Val-de-Sèvre", "Territoire Côte-d'Opale", "Territoire Plaine-Saint-Éloi",
    "Territoire Haut-Bocage", "Territoire Cœur-de-Ville", "Territoire Marches-de-l'Est", "Territoire Étangs-et-Forêts",
    "Territoire Vallée-de-l'Yser", "Territoire Pays-d'Auge",
)
COMMUNES = (
    ("59100", "Roubaix"), ("59650", "Villeneuve-d'Ascq"), ("94240", "L'Haÿ-les-Roses"), ("02400", "Château-Thierry"),
    ("92340", "Bourg-la-Reine"), ("54700", "Pont-à-Mousson"), ("06360", "Èze"), ("59230", "Saint-Amand-les-Eaux"),
    ("79000", "Niort"), ("62100", "Calais"), ("14100", "Lisieux"), ("35000", "Rennes"), ("97400", "Saint-Denis"),
    ("13015", "Marseille"), ("69120", "Vaulx-en-Velin"), ("31000", "Toulouse"),
)
STREETS = (
    "rue des Lilas", "avenue Jean-Jaurès", "place de l'Église", "allée des Peupliers", "rue Émile-Zola",
    "résidence Les Hêtres, bât. C", "chemin du Moulin", "rue du 8-Mai-1945", "impasse des Célestins",
    "boulevard Gambetta", "cité Lamartine, esc. 4",
)
REFERENTS = (
    "Claire Dumoulin", "Karim Benali", "Sophie Lemaître-Vasseur", "Nathalie Ngo", "Élodie Favreau", "Thierry Rabier",
    "Malika Haddad", "Julien Kerbrat", "Anne-Sophie Duclos", "Fabienne Œhler", "Samia Bouzid", "Grégoire d'Aubigny",
)
ORGANISATIONS = (
    ("Service social départemental", "assistante sociale de secteur"),
    ("CAF", "conseillère en économie sociale et familiale"),
    ("CCAS", "travailleur social"),
    ("Collège Jean-Moulin", "assistante sociale scolaire"),
    ("PMI", "infirmière puéricultrice"),
    ("Mission locale", "conseiller d'insertion"),
    ("France Travail", "conseillère emploi"),
    ("CMP enfants", "psychologue"),
    ("Bailleur social Habitat Nord", "chargée de gestion locative"),
    ("Association Le Relais", "éducateur spécialisé"),
    ("Secours populaire", "bénévole"),
    ("Aide sociale à l'enfance", "éducatrice référente"),
    ("CSAPA Les Hauts-de-Seine", "infirmier"),
    ("Centre hospitalier", "assistante sociale hospitalière"),
    ("Espace France Services", "médiatrice numérique"),
)
RELATIVES = ("tante", "oncle", "grand-mère", "grand-père", "voisine", "ami", "amie", "marraine", "cousin", "sœur aînée")
STATE_WEIGHTS = (
    (DossierState.REPERAGE, 8), (DossierState.PROPOSE, 7), (DossierState.ACCOMPAGNEMENT, 45),
    (DossierState.DECLINE, 10), (DossierState.CLOS, 30),
)
HOUSEHOLD_SIZES = ((1, 8), (2, 15), (3, 22), (4, 22), (5, 14), (6, 9), (7, 6), (8, 4))
SPAN_DAYS = 5 * 365
CHUNK = 500


class DemoGenerator:
    def __init__(self, seed: int, reference: date) -> None:
        self.rng = random.Random(seed)
        self.reference = reference

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def pick_weighted(self, pairs):
        values, weights = zip(*pairs, strict=True)
        return self.rng.choices(values, weights)[0]

    def day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def stamp(self, day: date) -> datetime:
        return datetime.combine(day, time(9, 0), tzinfo=timezone.utc) + timedelta(minutes=self.rng.randint(0, 540))

    def birth(self, min_age: int, max_age: int) -> date:
        age_days = self.rng.randint(min_age * 365, max_age * 365 + 364)
        return self.reference - timedelta(days=age_days)

    def person(self, dossier_id, position, surname, *, role, relation, female, min_age, max_age, opened):
        first = self.rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        return {
            "id": self.uuid(), "dossier_id": dossier_id, "first_name": first, "last_name": surname,
            "birth_date": self.birth(min_age, max_age), "role": role, "relation": relation,
            "trusted_person": False, "position": position, "created_at": self.stamp(opened), "updated_at": self.stamp(opened),
        }

    def household(self, dossier_id, surname, opened):
        size = self.pick_weighted(HOUSEHOLD_SIZES)
        rng = self.rng
        members = []
        pattern = rng.random()
        if size == 1:
            young = rng.random() < 0.4  # e.g. a young adult leaving child welfare at 18
            members.append(self.person(dossier_id, 0, surname, role=HouseholdRole.ADULTE, relation="personne seule",
                                       female=rng.random() < 0.5, min_age=18 if young else 25, max_age=21 if young else 78,
                                       opened=opened))
            return members
        grandparent = pattern < 0.08
        couple = not grandparent and size >= 3 and pattern < 0.55
        adult_relations = ("grand-mère",) if grandparent else (("mère", "père") if couple else (rng.choice(("mère", "père")),))
        for relation in adult_relations:
            partner_name = surname if relation != "père" or rng.random() < 0.7 else rng.choice(SURNAMES)
            members.append(self.person(dossier_id, len(members), partner_name, role=HouseholdRole.ADULTE, relation=relation,
                                       female=relation in ("mère", "grand-mère"),
                                       min_age=52 if grandparent else 22, max_age=75 if grandparent else 55, opened=opened))
        while len(members) < size:
            female = rng.random() < 0.5
            if rng.random() < 0.06:
                relation, role, ages = ("tante" if female else "oncle"), HouseholdRole.ADULTE, (20, 60)
            else:
                base = ("petite-fille" if female else "petit-fils") if grandparent else ("fille" if female else "fils")
                relation, role, ages = base, HouseholdRole.ENFANT, (0, 17)
            members.append(self.person(dossier_id, len(members), surname, role=role, relation=relation,
                                       female=female, min_age=ages[0], max_age=ages[1], opened=opened))
        rng.choice([m for m in members if m["role"] == HouseholdRole.ADULTE])["trusted_person"] = rng.random() < 0.1
        return members

    def network(self, dossier_id, surname, commune, opened):
        rng = self.rng
        contacts = []
        for _ in range(rng.randint(0, 3)):
            relation = rng.choice(RELATIVES)
            name = f"{rng.choice(FEMALE_NAMES + MALE_NAMES)} {rng.choice((surname, rng.choice(SURNAMES)))}"
            contacts.append({"kind": ContactKind.PROCHE, "name": name, "relation": relation, "organisation": "",
                             "role": "", "contact": f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                             "chosen_by_family": True, "trusted_person": rng.random() < 0.15})
        for organisation, role in rng.sample(ORGANISATIONS, rng.randint(1, 5)):
            if organisation == "CCAS":
                organisation = f"CCAS de {commune}"
            first, last = rng.choice(FEMALE_NAMES + MALE_NAMES), rng.choice(SURNAMES)
            contacts.append({"kind": ContactKind.PROFESSIONNEL, "name": f"{first} {last}", "relation": "",
                             "organisation": organisation, "role": role,
                             "contact": f"03 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                             "chosen_by_family": rng.random() < 0.6, "trusted_person": False})
        for position, contact in enumerate(contacts):
            contact.update(id=self.uuid(), dossier_id=dossier_id, position=position,
                           created_at=self.stamp(opened), updated_at=self.stamp(opened))
        return contacts

    def dossier(self):
        rng = self.rng
        dossier_id = self.uuid()
        surname = rng.choice(SURNAMES)
        opened = self.reference - timedelta(days=rng.randint(0, SPAN_DAYS))
        state = self.pick_weighted(STATE_WEIGHTS)
        last_contact = self.day_between(opened, self.reference) if state != DossierState.REPERAGE or rng.random() < 0.5 else None
        closed_on = self.day_between(last_contact or opened, self.reference) if state == DossierState.CLOS else None
        postal_code, commune = rng.choice(COMMUNES)
        members = self.household(dossier_id, surname, opened)
        other_names = {m["last_name"] for m in members} - {surname}
        label = f"Famille {surname}" + (f" – {sorted(other_names)[0]}" if other_names and rng.random() < 0.5 else "")
        names = [f"{m['first_name']} {m['last_name']}" for m in members]
        row = {
            "id": dossier_id, "label": label, "territory": rng.choice(TERRITORIES), "referent": rng.choice(REFERENTS),
            "state": state, "opened_on": opened, "last_contact_on": last_contact, "closed_on": closed_on,
            "closure_reason": rng.choice(CLOSURE_REASONS) if closed_on else "",
            "address": f"{rng.randint(1, 180)} {rng.choice(STREETS)}", "postal_code": postal_code, "commune": commune,
            "address_protected": rng.random() < 0.04,
            "search_text": search_key(label, *names), "sort_key": search_key(label)[:200],
            "created_at": self.stamp(opened), "updated_at": self.stamp(last_contact or opened),
        }
        return row, members, self.network(dossier_id, surname, commune, opened)


def fill_demo(
    database: Database,
    size: int,
    *,
    seed: int = 1,
    reference: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Add ``size`` fictional dossiers to an empty database."""
    if size < 1:
        raise UserFacingError("Le nombre de dossiers de démonstration doit être d'au moins 1 (reçu : {size}).", size=size)
    with database.engine.connect() as connection:
        existing = connection.scalar(select(func.count()).select_from(tables.dossier))
    if existing:
        raise UserFacingError(
            "Cette base contient déjà {count} dossiers : les données de démonstration ne sont ajoutées "
            "qu'à une base vide. Choisissez un autre fichier avec --database.",
            count=existing,
        )
    generator = DemoGenerator(seed, reference or date.today())
    done = 0
    while done < size:
        batch = [generator.dossier() for _ in range(min(CHUNK, size - done))]
        with database.engine.begin() as connection:
            connection.execute(insert(tables.dossier), [b[0] for b in batch])
            connection.execute(insert(tables.person), [p for b in batch for p in b[1]])
            contacts = [c for b in batch for c in b[2]]
            if contacts:
                connection.execute(insert(tables.network_contact), contacts)
        done += len(batch)
        if progress:
            progress(done, size)


def fill_activity(database: Database, *, seed: int = 1, progress: Callable[[int, int], None] | None = None) -> None:
    """Screenings, proposals, designations, adopted plans with actions, meetings, orientations
    and follow-ups for the demo dossiers — what the indicators count (bulk, for the benchmark)."""
    rng = random.Random(seed)
    d = tables.dossier.c
    with database.engine.connect() as connection:
        dossiers = connection.execute(select(d.id, d.state, d.opened_on, d.closed_on, d.closure_reason)
                                      .order_by(d.sort_key, d.id)).all()
    statuses = ("en_projet", "en_cours", "en_attente", "realisee", "abandonnee_personne", "annulee_structure")
    done = 0
    for start in range(0, len(dossiers), CHUNK):
        rows: dict[str, list[dict]] = {name: [] for name in ("screening", "proposal", "designation", "plan",
                                                             "plan_version", "plan_action", "meeting", "followup")}
        for dossier_id, state, opened, closed_on, _ in dossiers[start:start + CHUNK]:
            screening_id = uuid.UUID(int=rng.getrandbits(128), version=4)
            screened = opened + timedelta(days=rng.randint(0, 20))
            rows["screening"].append({"id": screening_id, "dossier_id": dossier_id, "screened_on": screened,
                                      "criteria_version": "demo", "answers": {}, "computed": "proposer",
                                      "decision": "proposer", "screened_by": "demo"})
            if state == DossierState.REPERAGE:
                continue
            answer = "decline" if state == DossierState.DECLINE else "accepte"
            proposed = screened + timedelta(days=rng.randint(1, 15))
            rows["proposal"].append({"id": uuid.UUID(int=rng.getrandbits(128), version=4),
                                     "screening_id": screening_id, "proposed_on": proposed, "how": "Entretien",
                                     "answer": answer})
            if answer != "accepte" or state == DossierState.PROPOSE:
                continue
            designated = proposed + timedelta(days=rng.randint(1, 20))
            rows["designation"].append({"id": uuid.UUID(int=rng.getrandbits(128), version=4),
                                        "screening_id": screening_id, "designated_on": designated,
                                        "chosen_by": "famille", "listed": [], "chosen": "Référent"})
            plan_id = uuid.UUID(int=rng.getrandbits(128), version=4)
            adopted = designated + timedelta(days=rng.randint(10, 60))
            rows["plan"].append({"id": plan_id, "dossier_id": dossier_id})
            rows["plan_version"].append({"id": uuid.UUID(int=rng.getrandbits(128), version=4), "plan_id": plan_id,
                                         "number": 1, "frozen_on": adopted, "adopted_on": adopted,
                                         "reason": "adoption", "content": {}, "adopted_by": [], "signatories": []})
            for position in range(rng.randint(2, 8)):
                rows["plan_action"].append({"id": uuid.UUID(int=rng.getrandbits(128), version=4), "plan_id": plan_id,
                                            "what": "Action", "status": rng.choice(statuses),
                                            "who_kind": rng.choice(("foyer", "foyer", "reseau", "professionnel")),
                                            "position": position})
            for number in range(rng.randint(0, 3)):
                rows["meeting"].append({"id": uuid.UUID(int=rng.getrandbits(128), version=4),
                                        "dossier_id": dossier_id, "kind": "synthese",
                                        "planned_on": adopted + timedelta(days=90 * number), "status": "terminee",
                                        "phase": "terminee", "family_present": rng.random() < 0.85})
            if state == DossierState.CLOS and closed_on and rng.random() < 0.6:
                rows["followup"].append({"id": uuid.UUID(int=rng.getrandbits(128), version=4),
                                         "dossier_id": dossier_id, "kind": "fin", "due_on": closed_on,
                                         "done_on": closed_on, "resolved": rng.choice(("non", "en_partie",
                                                                                       "completement")),
                                         "satisfaction": rng.randint(3, 10), "answers": {}})
        with database.engine.begin() as connection:
            for name, batch in rows.items():
                if batch:
                    connection.execute(insert(getattr(tables, name)), batch)
        done += len(dossiers[start:start + CHUNK])
        if progress:
            progress(done, len(dossiers))
