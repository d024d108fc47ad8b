"""A fictional directory of local services for the demo database: the cartographie is not
empty when someone first opens the application (every name, phone and address is made up)."""

from __future__ import annotations

from datetime import date, timedelta

from refparcours.data.database import Database
from refparcours.dossiers import DossierService
from refparcours.security import audit
from refparcours.structures import DirectoryService

# name, kind, domains, communes covered, address, postal code, commune, hours, access, description,
# days since verified (None: never)
SERVICES = (
    ("Centre social La Passerelle", "association", ["vie-sociale", "numerique", "langue"], "Roubaix; Wattrelos",
     "12 rue des Arts", "59100", "Roubaix", "Du lundi au vendredi, 9 h – 12 h et 14 h – 18 h", "Sans condition",
     "Ateliers numériques, cours de français, sorties familiales ; accueil des parents avec les enfants.", 40),
    ("Espace France services du Val", "institution", ["droits", "numerique"], "Roubaix; Villeneuve-d'Ascq",
     "3 place de la Mairie", "59650", "Villeneuve-d'Ascq", "Mardi et jeudi, 9 h – 17 h",
     "Permanence sans rendez-vous", "Aide aux démarches en ligne : CAF, impôts, retraite, carte grise.", 120),
    ("Association Un Toit Pour Tous", "association", ["logement", "budget"], "Roubaix; Calais; Lisieux",
     "8 allée des Peupliers", "62100", "Calais", "Sur rendez-vous", "Sur orientation d'un professionnel",
     "Accompagnement vers le logement, médiation avec le bailleur, prévention des expulsions.", 200),
    ("Point conseil budget du Littoral", "association", ["budget", "droits"], "Calais",
     "27 boulevard Gambetta", "62100", "Calais", "Lundi 14 h – 17 h, mercredi 9 h – 12 h", "Gratuit",
     "Faire le point sur le budget, les dettes, le dossier de surendettement, sans jugement.", 400),
    ("Maison de santé pluriprofessionnelle des Hêtres", "institution", ["sante"], "Lisieux",
     "5 résidence Les Hêtres", "14100", "Lisieux", "Du lundi au samedi, 8 h – 20 h", "Sur rendez-vous",
     "Médecins, infirmières, psychologue ; consultations en tiers payant.", 60),
    ("Centre médico-psychologique enfants", "institution", ["sante", "enfants"], "Niort",
     "14 rue Émile-Zola", "79000", "Niort", "Du lundi au vendredi", "Sur rendez-vous",
     "Consultations pour les enfants et les adolescents, avec les parents.", 90),
    ("Lieu d'accueil enfants-parents Les Petits Pas", "association", ["enfants", "relations"], "Rennes",
     "2 impasse des Célestins", "35000", "Rennes", "Mercredi et samedi matin", "Sans condition",
     "Un lieu pour jouer et parler entre parents, anonyme et gratuit, pour les moins de 6 ans.", 30),
    ("Mission locale des Deux-Rives", "institution", ["emploi", "mobilite"], "Toulouse",
     "40 avenue Jean-Jaurès", "31000", "Toulouse", "Du lundi au vendredi, 9 h – 17 h", "Sur rendez-vous",
     "Jeunes de 16 à 25 ans : emploi, formation, permis, logement des jeunes.", 150),
    ("Garage solidaire Roule Ma Poule", "association", ["mobilite"], "Marseille; Vaulx-en-Velin",
     "9 chemin du Moulin", "13015", "Marseille", "Du mardi au samedi", "Participation financière",
     "Réparations à petit prix, location de voitures et de scooters pour aller travailler.", None),
    ("Les Parents Relais", "pairs", ["relations", "enfants"], "Roubaix",
     "", "59100", "Roubaix", "Le premier samedi du mois", "Sans condition",
     "Des parents qui ont traversé les mêmes difficultés écoutent et accompagnent d'autres parents.", 500),
    ("Épicerie solidaire Le Panier", "benevoles", ["budget", "vie-sociale"], "Saint-Amand-les-Eaux",
     "1 rue du 8-Mai-1945", "59230", "Saint-Amand-les-Eaux", "Mardi et vendredi après-midi",
     "Sur orientation d'un professionnel", "Produits à 10 à 30 % du prix, ateliers cuisine.", 45),
    ("Atelier Français pour tous", "benevoles", ["langue"], "Marseille",
     "22 cité Lamartine", "13015", "Marseille", "Lundi et jeudi soir", "Gratuit",
     "Cours de français à l'oral et à l'écrit, en petits groupes, tous niveaux.", 700),
)


def add_demo_directory(database: Database, *, reference: date | None = None, actor=None) -> int:
    """Add the fictional services (audited like any new service); returns how many."""
    today = reference or date.today()
    service = DossierService(database, today=lambda: today, actor=actor or audit.SYSTEM)
    directory = DirectoryService(service)
    for number, (name, kind, domains, communes, address, postal_code, commune, hours, access, description,
                 verified_days) in enumerate(SERVICES, start=1):
        directory.add({"name": name, "kind": kind, "domains": domains, "communes": communes, "address": address,
                       "postal_code": postal_code, "commune": commune, "hours": hours, "access": access,
                       "contact_name": "", "phone": f"01 99 00 {number:02d} {number * 7:02d}",  # a range kept for fiction
                       "email": "", "description": description,
                       "verified_on": today - timedelta(days=verified_days) if verified_days is not None else None})
    return len(SERVICES)
