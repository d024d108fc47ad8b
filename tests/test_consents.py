"""Consents, the sharing gate, the sharing log, the right of access, rectification and
retention — in the core, without Qt."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from refparcours.consent import Recipient
from refparcours.consents import ConsentService, SharingRefused
from refparcours.data import tables
from refparcours.dossiers import CONTACT, DOSSIER, PERSON
from refparcours.errors import UserFacingError, ValidationError
from refparcours.meeting import load_charter
from refparcours.plans import PlanService
from refparcours.ppf import DEMANDE, FAMILLE, Writer
from refparcours.rights import RightsService
from tests.conftest import TODAY

PLAN_SECTIONS = ["demande", "actions"]


def consent_values(**changes):
    values = {"categories": ["evaluation_sociale", "actions", "professionnels"], "recipient_partners": [],
              "recipient_categories": ["caf"], "media": ["papier"], "purpose": "Préparer la synthèse",
              "collected_how": "oral", "collected_on": "10/11/2026", "collected_by": "Julie Martin"}
    values.update(changes)
    return values


@pytest.fixture
def family(service):
    dossier_id = service.create_dossier({"label": "Famille Benali", "referent": "Julie Martin"})
    samira = service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": "Benali",
                                                     "birth_date": "03/04/1988"})
    karim = service.add_member(PERSON, dossier_id, {"first_name": "Karim", "last_name": "Benali",
                                                    "birth_date": "12/12/1985"})
    yanis = service.add_member(PERSON, dossier_id, {"first_name": "Yanis", "last_name": "Benali", "role": "enfant"})
    return {"dossier": dossier_id, "samira": samira, "karim": karim, "yanis": yanis}


@pytest.fixture
def consents(service):
    return ConsentService(service)


CAF = Recipient("CAF du Nord", "caf")


def test_a_partner_copy_is_refused_without_consent_allowed_with_it_and_refused_after_withdrawal(consents, family):
    with pytest.raises(SharingRefused) as refused:
        consents.authorize_plan_copy(family["dossier"], CAF, PLAN_SECTIONS)
    assert refused.value.reasons == ["Samira Benali n'a pas encore donné son accord pour un partage.",
                                     "Karim Benali n'a pas encore donné son accord pour un partage."]
    samira = consents.record_consent(family["dossier"], family["samira"], consent_values())
    with pytest.raises(SharingRefused, match="Karim Benali n'a pas encore"):
        consents.authorize_plan_copy(family["dossier"], CAF, PLAN_SECTIONS)
    consents.record_consent(family["dossier"], family["karim"], consent_values())
    authorization = consents.authorize_plan_copy(family["dossier"], CAF, PLAN_SECTIONS)
    assert "accord de Samira Benali du 10/11/2026" in authorization.basis
    # Not for the school, nor for information the family did not agree to share.
    with pytest.raises(SharingRefused, match="ne couvre pas « Collège »"):
        consents.authorize_plan_copy(family["dossier"], Recipient("Collège", "education"), PLAN_SECTIONS)
    with pytest.raises(SharingRefused, match="ne couvre pas"):
        consents.authorize_plan_copy(family["dossier"], CAF, ["foyer"])
    consents.withdraw(samira, "20/11/2026", "Par téléphone")
    with pytest.raises(SharingRefused, match="Samira Benali a retiré son accord le 20/11/2026"):
        consents.authorize_plan_copy(family["dossier"], CAF, PLAN_SECTIONS)


def test_a_named_partner_is_covered_by_name(consents, family):
    ccas = consents.add_partner("CCAS de Roubaix", "ccas")
    for adult in ("samira", "karim"):
        consents.record_consent(family["dossier"], family[adult],
                                consent_values(recipient_partners=[str(ccas)], recipient_categories=[]))
    named = consents.recipient("ccas de roubaix")
    assert (named.name, named.category, named.partner_id) == ("CCAS de Roubaix", "ccas", str(ccas))
    consents.authorize_plan_copy(family["dossier"], named, PLAN_SECTIONS)
    with pytest.raises(SharingRefused):  # another CCAS is not covered by this name
        consents.authorize_plan_copy(family["dossier"], Recipient("CCAS de Lille", "ccas"), PLAN_SECTIONS)
    with pytest.raises(ValidationError, match="dites sa catégorie"):
        consents.recipient("Inconnu")


def test_a_legal_ground_allows_a_child_protection_sharing_with_its_justification(consents, family):
    with pytest.raises(ValidationError, match="justification"):
        consents.record_legal_ground(family["dossier"], "information_prealable", "",
                                     consent_values(recipient_categories=["protection_enfance"]))
    consents.record_legal_ground(family["dossier"], "information_prealable",
                                 "Parents informés le 18/11 de la transmission à l'ASE.",
                                 consent_values(recipient_categories=["protection_enfance"]))
    authorization = consents.authorize_plan_copy(family["dossier"], Recipient("ASE", "protection_enfance"),
                                                 PLAN_SECTIONS)
    assert authorization.basis.startswith("fondement légal")


def test_bad_consents_are_refused_in_french(consents, family):
    with pytest.raises(ValidationError, match="avec qui"):
        consents.record_consent(family["dossier"], family["samira"], consent_values(recipient_categories=[]))
    with pytest.raises(ValidationError, match="Cochez les informations"):
        consents.record_consent(family["dossier"], family["samira"], consent_values(categories=[]))
    with pytest.raises(ValidationError, match="adulte du foyer"):
        consents.record_consent(family["dossier"], family["yanis"], consent_values())
    with pytest.raises(ValidationError, match="dans le futur"):
        consents.record_consent(family["dossier"], family["samira"], consent_values(collected_on="01/01/2027"))
    consent_id = consents.record_consent(family["dossier"], family["samira"], consent_values())
    with pytest.raises(ValidationError, match="ne peut pas précéder l'accord"):
        consents.withdraw(consent_id, "01/11/2026", "oral")
    consents.withdraw(consent_id, "21/11/2026", "oral")
    with pytest.raises(UserFacingError, match="déjà été retiré"):
        consents.withdraw(consent_id, "22/11/2026", "oral")


def test_every_copy_is_in_the_sharing_log_and_a_partner_copy_needs_its_authorization(consents, family):
    consents.log_sharing(family["dossier"], document="Projet pour la famille", document_ref="version 1",
                         copy="famille", recipient="Samira Benali", family_present=True)
    for adult in ("samira", "karim"):
        consents.record_consent(family["dossier"], family[adult], consent_values())
    authorization = consents.authorize_plan_copy(family["dossier"], CAF, PLAN_SECTIONS)
    consents.log_sharing(family["dossier"], document="Projet pour la famille", document_ref="version 1",
                         copy="partenaire", recipient=CAF.name, recipient_category=CAF.category,
                         authorization=authorization, family_informed=True)
    with pytest.raises(ValueError):
        consents.log_sharing(family["dossier"], document="x", copy="partenaire", recipient="y")
    with pytest.raises(ValidationError, match="adresse protégée"):
        consents.log_sharing(family["dossier"], document="x", copy="partenaire", recipient="CAF",
                             authorization=authorization, address_included=True)
    log = consents.sharing_log(family["dossier"])
    assert [(r["copy"], r["recipient"], r["document_ref"]) for r in log] == [
        ("famille", "Samira Benali", "version 1"), ("partenaire", "CAF du Nord", "version 1")]
    assert "accord de Karim Benali" in log[1]["basis"] and len(log[1]["consent_ids"]) == 2


def test_partners_show_who_has_not_signed_the_charter(consents):
    version = load_charter().version
    signed = consents.add_partner("CCAS de Roubaix", "ccas")
    consents.add_partner("Collège Jean-Moulin", "education")
    consents.sign_charter(signed, version, "01/10/2026", "Mme Dupuis")
    consents.sign_charter(signed, "ancienne-version", "01/01/2025")
    listed = {p["name"]: p["signed_on"] for p in consents.partners(version)}
    assert listed == {"CCAS de Roubaix": date(2026, 10, 1), "Collège Jean-Moulin": None}


# -- rights ---------------------------------------------------------------------------------------


def _rich_family(service, family):
    plans = PlanService(service)
    plan_id = plans.plan_for(family["dossier"])
    plans.add_entry(plan_id, DEMANDE, "Garder notre appartement", Writer(FAMILLE, "Samira Benali"))
    plans.adopt(plan_id, ["Samira Benali"])
    consents = ConsentService(service)
    consents.record_consent(family["dossier"], family["samira"], consent_values(purpose="Pour Samira"))
    consents.record_consent(family["dossier"], family["karim"], consent_values(purpose="Pour Karim seulement"))
    service.set_fields(PERSON, family["samira"], {"first_name": "Samira-Nour"})
    service.set_fields(PERSON, family["karim"], {"relation": "conjoint"})
    return plan_id


def test_the_access_export_holds_every_record_of_the_person_and_nothing_of_another(service, family, tmp_path):
    _rich_family(service, family)
    # Another family, which must not leak into the export.
    other = service.create_dossier({"label": "Famille Girard"})
    service.add_member(PERSON, other, {"first_name": "Léa", "last_name": "Girard"})
    rights = RightsService(service)
    pdf_path, json_path = rights.export_person(family["samira"], tmp_path)
    export = json.loads(json_path.read_text(encoding="utf-8"))
    assert pdf_path.read_bytes().startswith(b"%PDF")
    text = json_path.read_text(encoding="utf-8")
    with service.database.engine.connect() as connection:
        person = connection.execute(select(tables.person).where(tables.person.c.id == family["samira"])).mappings().one()
    assert export["person"]["first_name"] == person["first_name"] == "Samira-Nour"
    assert export["person"]["birth_date"] == "1988-04-03"
    assert export["dossier"]["label"] == "Famille Benali"
    assert export["plans"][0]["current"]["demande"][0]["text"] == "Garder notre appartement"
    assert [v["number"] for v in export["plans"][0]["versions"]] == [1]
    assert [c["purpose"] for c in export["consents"]] == ["Pour Samira"]
    assert [(c["field"], c["old_value"], c["new_value"]) for c in export["corrections"]] == [
        ("first_name", "Samira", "Samira-Nour")]
    # Nothing of another person: not Karim's consent, birth date, corrections or id; not the other family.
    for foreign in (str(family["karim"]), "1985-12-12", "Pour Karim seulement", "conjoint", "Girard", str(other)):
        assert foreign not in text, foreign
    # The export itself is logged.
    assert ConsentService(service).sharing_log(family["dossier"])[-1]["document"] == "Export d'accès aux données"


def test_an_export_to_a_folder_that_cannot_be_written_is_explained(service, family, tmp_path, monkeypatch):
    from refparcours import rights as rights_module

    out = tmp_path / "export"
    out.mkdir()
    with pytest.raises(UserFacingError, match="n'existe pas"):
        RightsService(service).export_person(family["samira"], tmp_path / "absent")
    with pytest.raises(UserFacingError, match="n'existe pas"):
        RightsService(service).export_person(uuid.uuid4(), out)
    real_write = rights_module.atomic_write_bytes

    def full_disk(path, data):
        if str(path).endswith(".pdf"):
            raise OSError(28, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(rights_module, "atomic_write_bytes", full_disk)
    with pytest.raises(UserFacingError, match="n'a pas pu être écrit"):
        RightsService(service).export_person(family["samira"], out)
    assert list(out.iterdir()) == []  # both files or neither


def test_a_person_with_no_data_still_gets_a_readable_export(service, family, tmp_path):
    pdf_path, json_path = RightsService(service).export_person(family["yanis"], tmp_path)
    export = json.loads(json_path.read_text(encoding="utf-8"))
    assert (export["plans"], export["meetings"], export["consents"]) == ([], [], [])
    assert pdf_path.stat().st_size > 1000


def test_retention_lists_dossiers_without_contact_for_two_years_to_archive_or_delete(service, family):
    old = service.create_dossier({"label": "Famille Ancienne", "opened_on": "01/03/2023"})
    service.set_fields(DOSSIER, old, {"last_contact_on": "10/10/2024"})
    service.add_member(PERSON, old, {"first_name": "Paul", "last_name": "Ancien"})
    older = service.create_dossier({"label": "Famille Très Ancienne", "opened_on": "01/01/2022"})
    rights = RightsService(service)
    assert [d["label"] for d in rights.retention_due()] == ["Famille Très Ancienne", "Famille Ancienne"]
    with pytest.raises(ValidationError, match="justification"):
        rights.archive(old, "  ")
    rights.archive(old, "Procédure judiciaire en cours")
    assert old not in [uuid.UUID(str(k)) for k in service.search("")]
    assert [uuid.UUID(str(k)) for k in service.search("", archived=True)] == [old]
    with pytest.raises(ValidationError, match="archivé"):
        service.set_fields(DOSSIER, old, {"label": "Autre"})
    rights.delete_dossier(older)
    with service.database.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(tables.dossier)
                                  .where(tables.dossier.c.id == older)).scalar() == 0
        trace = connection.execute(select(tables.anonymous_trace)).mappings().one()
    assert (trace["year_opened"], trace["deleted_on"]) == (2022, TODAY)
    assert "Ancienne" not in str(dict(trace))
    assert [d["label"] for d in rights.retention_due()] == []


def test_a_correction_keeps_the_previous_value(service, family):
    service.set_fields(PERSON, family["samira"], {"birth_date": "04/03/1988"})
    plans = PlanService(service)
    plan_id = plans.plan_for(family["dossier"])
    entry = plans.add_entry(plan_id, DEMANDE, "Un toit", Writer(FAMILLE, "Samira Benali")).created_id
    plans.edit_entry(entry, "Un toit pour nous trois", Writer(FAMILLE, "Samira Benali"))
    with service.database.engine.connect() as connection:
        rows = connection.execute(select(tables.field_history).order_by(tables.field_history.c.changed_at)
                                  ).mappings().all()
    assert [(r["field"], r["old_value"], r["new_value"], r["changed_by"]) for r in rows] == [
        ("birth_date", "03/04/1988", "04/03/1988", "système"),
        ("text", "Un toit", "Un toit pour nous trois", "Samira Benali")]


def test_network_contacts_are_not_in_the_export_plan(service, family, tmp_path):
    service.add_member(CONTACT, family["dossier"], {"name": "Nadia Voisine", "kind": "proche"})
    PlanService(service).plan_for(family["dossier"])
    _, json_path = RightsService(service).export_person(family["samira"], tmp_path)
    assert "Nadia Voisine" not in json_path.read_text(encoding="utf-8")
