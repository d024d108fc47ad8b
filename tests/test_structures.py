"""The directory in the core: structures, filters, stale entries, duplicates, links with the
plan (printed with the action), orientations and "où aller"."""

from __future__ import annotations

import subprocess

import pytest

from refparcours.directory import check_structure
from refparcours.documents.plan import plan_pdf
from refparcours.dossiers import PERSON
from refparcours.errors import ValidationError
from refparcours.plans import PlanService
from refparcours.ppf import BESOIN, FAMILLE, PROFESSIONNEL, Writer
from refparcours.structures import DirectoryService

ADIL = {"name": "ADIL du Nord", "kind": "association", "domains": "logement; budget",
        "communes": "Roubaix ; Tourcoing", "address": "12 rue de l'Espérance", "postal_code": "59100",
        "commune": "Roubaix", "hours": "Mercredi 14 h – 17 h, sans rendez-vous", "access": "Sans condition",
        "phone": "03 20 00 00 00", "email": "contact@adil.example", "verified_on": "02/02/2026",
        "description": "Conseils gratuits sur le logement : impayés de loyer, droits du locataire."}


@pytest.fixture
def directory(service):
    return DirectoryService(service)


def test_structures_are_searched_as_you_type_and_filtered(directory):
    adil = directory.add(ADIL)
    directory.add({**ADIL, "name": "Secours populaire", "kind": "benevoles", "domains": "Vie sociale, culture, loisirs",
                   "communes": "Lille", "commune": "Lille", "verified_on": "01/01/2025",
                   "description": "Sorties, vacances, aide alimentaire."})
    assert [r["name"] for r in directory.search("impayes loyer")] == ["ADIL du Nord"]
    assert [r["name"] for r in directory.search(domain="logement")] == ["ADIL du Nord"]
    assert [r["name"] for r in directory.search(commune="tourcoing")] == ["ADIL du Nord"]
    assert [r["name"] for r in directory.search(kind="benevoles")] == ["Secours populaire"]
    stale = {r["name"]: r["stale"] for r in directory.search()}
    assert stale == {"ADIL du Nord": False, "Secours populaire": True}  # not verified for over a year
    assert directory.get(adil)["domains"] == ["logement", "budget"]
    assert "Tourcoing" in directory.communes()


def test_a_structure_is_checked_and_a_duplicate_refused(directory, service):
    directory.add(ADIL)
    with pytest.raises(ValidationError, match="existe déjà"):
        directory.add({**ADIL, "name": "adil du nord"})
    with pytest.raises(ValidationError, match="Domaine inconnu"):
        directory.add({**ADIL, "name": "Autre", "domains": "astronomie"})
    with pytest.raises(ValidationError, match="n'est pas un numéro"):
        check_structure({**ADIL, "phone": "appelez-nous"}, directory.domains, service.today())
    with pytest.raises(ValidationError, match="courriel"):
        check_structure({**ADIL, "email": "pas un courriel"}, directory.domains, service.today())
    for phone in ("+33 (0)3.20.00.00.00", "0320000000 poste 12", "03-20-00-00-00"):
        assert check_structure({**ADIL, "phone": phone}, directory.domains, service.today())["phone"] == phone


def test_an_edit_can_be_undone_and_a_removal_restored(directory):
    adil = directory.add(ADIL)
    previous = directory.update(adil, {"hours": "Lundi 9 h – 12 h"})
    assert directory.get(adil)["hours"] == "Lundi 9 h – 12 h"
    directory.update(adil, previous)
    assert directory.get(adil)["hours"] == ADIL["hours"]
    snapshot = directory.remove(adil)
    assert directory.search() == []
    directory.restore(snapshot)
    assert directory.get(adil)["name"] == "ADIL du Nord"


def test_a_plan_action_points_to_a_service_printed_with_its_address_and_hours(directory, service, tmp_path):
    adil = directory.add(ADIL)
    dossier_id = service.create_dossier({"label": "Famille Benali"})
    service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": "Benali"})
    plans = PlanService(service)
    plan_id = plans.plan_for(dossier_id)
    need = plans.add_entry(plan_id, BESOIN, "Ne plus avoir de retard de loyer", Writer(FAMILLE, "Samira"),
                           domain="logement").created_id
    action = plans.add_action(plan_id, {"what": "Aller à la permanence de l'ADIL", "who_kind": "professionnel",
                                        "who_organisation": "ADIL", "need_id": need, "structure_id": adil},
                              Writer(PROFESSIONNEL, "Julie")).created_id
    content = plans.content(plan_id)
    assert content["actions"][0]["structure"]["hours"] == ADIL["hours"]
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(plan_pdf(content, version=None))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "12 rue de l'Espérance" in text and "Mercredi 14 h – 17 h" in text
    assert [d["label"] for d in directory.dossiers_for(adil)] == ["Famille Benali"]
    # The service leaves the directory: the action stays, without its link.
    directory.remove(adil)
    assert plans.content(plan_id)["actions"][0]["structure"] is None
    assert plans.content(plan_id)["actions"][0]["id"] == str(action)


def test_an_orientation_is_recorded_with_its_outcome(directory, service):
    adil = directory.add(ADIL)
    dossier_id = service.create_dossier({"label": "Famille Benali"})
    orientation = directory.record_orientation(dossier_id, adil, domain="logement", note="Pour le dossier FSL")
    assert directory.orientations(dossier_id)[0]["outcome"] == ""
    directory.set_outcome(orientation, "refuse_personne")  # the family's choice, never held against them
    assert directory.orientations(dossier_id)[0]["outcome"] == "refuse_personne"
    with pytest.raises(ValidationError, match="Suite inconnue"):
        directory.set_outcome(orientation, "echec")


def test_where_to_go_lists_the_services_of_a_commune_for_a_domain(directory):
    directory.add(ADIL)
    directory.add({**ADIL, "name": "CCAS de Roubaix", "kind": "institution", "verified_on": "", "communes": "Roubaix"})
    directory.add({**ADIL, "name": "ADIL Lille", "communes": "Lille", "commune": "Lille"})
    assert [r["name"] for r in directory.where_to_go("Roubaix", "logement")] == ["ADIL du Nord", "CCAS de Roubaix"]
    assert directory.where_to_go("Roubaix", "sante") == []


def test_a_stale_edit_of_a_service_or_a_meeting_note_is_a_conflict(directory, service):
    from refparcours.errors import EditConflict

    adil = directory.add(ADIL)
    shown = directory.get(adil)["version"]
    directory.update(adil, {"hours": "Lundi matin"})  # a colleague
    with pytest.raises(EditConflict) as conflict:
        directory.update(adil, {"hours": "Jeudi soir"}, shown)
    assert (conflict.value.mine, conflict.value.theirs) == ("Jeudi soir", "Lundi matin")
    assert directory.get(adil)["hours"] == "Lundi matin"


def test_the_directory_is_in_alphabetical_order_whatever_the_accents(directory):
    for name in ("Garage solidaire", "Épicerie solidaire", "centre social", "Atelier"):
        directory.add({"name": name, "commune": "Lille"})
    assert [row["name"] for row in directory.search()] == [
        "Atelier", "centre social", "Épicerie solidaire", "Garage solidaire"]
