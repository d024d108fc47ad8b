"""The dossier book: what a référent creates, finds, corrects, removes and undoes."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from refparcours.domain import ContactKind, DossierState, HouseholdRole
from refparcours.dossiers import CONTACT, DOSSIER, PERSON, DossierService, key_to_uuid
from refparcours.errors import ValidationError

from tests.conftest import TODAY


@pytest.fixture
def db(database):
    return database


@pytest.fixture
def family(service):
    """A household of two with one professional around it."""
    dossier = service.create_dossier({"label": "Famille de La Tour-Gérard", "opened_on": "12/01/2026"})
    mother = service.add_member(
        PERSON, dossier, {"first_name": "Zoë", "last_name": "N'Diaye", "birth_date": "05/03/1990", "relation": "mère"}
    )
    child = service.add_member(
        PERSON, dossier, {"first_name": "Noël", "last_name": "de La Tour-Gérard", "role": HouseholdRole.ENFANT}
    )
    contact = service.add_member(
        CONTACT, dossier, {"name": "Hélène Faure", "kind": ContactKind.PROFESSIONNEL, "organisation": "PMI"}
    )
    return {"dossier": dossier, "mother": mother, "child": child, "contact": contact}


def found(service: DossierService, query: str, states=None) -> set[uuid.UUID]:
    return {key_to_uuid(key) for key in service.search(query, states)}


def person(service: DossierService, dossier_id, person_id) -> dict:
    return next(p for p in service.load(dossier_id)["persons"] if p["id"] == person_id)


# -- creating and reading -----------------------------------------------------------------


def test_created_dossier_is_read_back_with_defaults(service):
    dossier = service.create_dossier({"label": "  Famille Martin  ", "territory": "Territoire Val-de-Sèvre"})
    data = service.load(dossier)
    assert data["label"] == "Famille Martin"  # trimmed as typed, nothing else changed
    assert data["territory"] == "Territoire Val-de-Sèvre"
    assert data["state"] == DossierState.REPERAGE
    assert data["opened_on"] == TODAY
    assert data["closed_on"] is None and data["address_protected"] is False
    assert data["persons"] == [] and data["contacts"] == []
    assert service.count() == 1


def test_members_and_contacts_are_kept_in_the_order_they_were_added(service, family):
    data = service.load(family["dossier"])
    assert [p["id"] for p in data["persons"]] == [family["mother"], family["child"]]
    assert [p["first_name"] for p in data["persons"]] == ["Zoë", "Noël"]
    assert data["persons"][0]["birth_date"] == date(1990, 3, 5)
    assert data["persons"][1]["role"] == HouseholdRole.ENFANT
    assert [c["name"] for c in data["contacts"]] == ["Hélène Faure"]
    assert data["contacts"][0]["kind"] == ContactKind.PROFESSIONNEL


def test_a_vanished_dossier_is_explained(service, family):
    service.remove(DOSSIER, family["dossier"])
    with pytest.raises(ValidationError) as caught:
        service.load(family["dossier"])
    assert caught.value.message == "Ce dossier n'existe plus."


# -- searching ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["tour gerard", "TOUR-GÉRARD", "la tour", "zoe", "ndiaye", "n’diaye", "noel", "zoe ndiaye", "famille noel"],
)
def test_search_finds_by_label_and_member_names_ignoring_accents(service, family, query):
    service.create_dossier({"label": "Famille Martin"})
    assert found(service, query) == {family["dossier"]}


def test_search_needs_every_word(service, family):
    other = service.create_dossier({"label": "Famille Zoë"})
    assert found(service, "zoe") == {family["dossier"], other}
    assert found(service, "zoe gerard") == {family["dossier"]}
    assert found(service, "zoe dupont") == set()


def test_search_does_not_look_at_contacts(service, family):
    # The network is not the household: typing a professional's name must not list the family.
    assert found(service, "helene faure") == set()


def test_empty_search_lists_everything_sorted_by_label_ignoring_accents(service):
    ids = {label: service.create_dossier({"label": label}) for label in ("Famille Fontaine", "Famille Émile", "Famille dubois")}
    order = [key_to_uuid(k) for k in service.search("")]
    assert order == [ids["Famille dubois"], ids["Famille Émile"], ids["Famille Fontaine"]]


def test_search_treats_percent_and_underscore_as_plain_characters(service):
    service.create_dossier({"label": "Famille Martin"})
    odd = service.create_dossier({"label": "Famille 100%_test"})
    assert found(service, "%") == {odd}
    assert found(service, "_") == {odd}


def test_renaming_a_person_changes_what_finds_the_dossier(service, family):
    service.set_fields(PERSON, family["mother"], {"last_name": "Diallo"})
    assert found(service, "ndiaye") == set()
    assert found(service, "diallo") == {family["dossier"]}


def test_renaming_the_dossier_changes_what_finds_it(service, family):
    dossier = service.create_dossier({"label": "Famille Lemaître"})
    service.add_member(PERSON, dossier, {"first_name": "Théo", "last_name": "Roux"})
    service.set_fields(DOSSIER, dossier, {"label": "Famille Koné"})
    assert found(service, "kone") == {dossier}
    assert found(service, "lemaitre") == set()
    assert found(service, "theo roux") == {dossier}  # members still find it


def test_state_filter(service, family):
    other = service.create_dossier({"label": "Famille Martin", "state": DossierState.ACCOMPAGNEMENT})
    assert found(service, "", [DossierState.ACCOMPAGNEMENT]) == {other}
    assert found(service, "", [DossierState.REPERAGE]) == {family["dossier"]}
    assert found(service, "", [DossierState.REPERAGE, DossierState.ACCOMPAGNEMENT]) == {other, family["dossier"]}
    assert found(service, "famille", [DossierState.CLOS]) == set()
    assert found(service, "martin", [DossierState.REPERAGE]) == set()


# -- list rows ----------------------------------------------------------------------------


def test_rows_follow_the_order_of_the_keys_and_count_persons(service, family):
    alone = service.create_dossier({"label": "Famille Martin", "commune": "Roubaix"})
    service.add_member(PERSON, alone, {"first_name": "Ana"})
    empty = service.create_dossier({"label": "Famille Vide"})
    keys = service.search("")
    wanted = [keys[2], keys[0], keys[1]]
    rows = service.rows(wanted)
    assert [row.id for row in rows] == [key_to_uuid(k) for k in wanted]
    by_id = {row.id: row for row in rows}
    assert by_id[family["dossier"]].person_count == 2
    assert by_id[alone].person_count == 1 and by_id[alone].commune == "Roubaix"
    assert by_id[empty].person_count == 0
    assert by_id[family["dossier"]].state == DossierState.REPERAGE


def test_rows_give_none_for_a_dossier_removed_meanwhile(service, family):
    keys = service.search("")
    service.remove(DOSSIER, family["dossier"])
    assert service.rows(keys) == [None]


# -- changing and undoing -----------------------------------------------------------------


def test_set_fields_returns_previous_values_that_undo_the_change(service, family):
    before = service.load(family["dossier"])
    previous = service.set_fields(
        DOSSIER, family["dossier"], {"referent": "Claire Dumoulin", "last_contact_on": "20/11/2026"}
    )
    assert previous == {"referent": "", "last_contact_on": None}
    changed = service.load(family["dossier"])
    assert changed["referent"] == "Claire Dumoulin" and changed["last_contact_on"] == date(2026, 11, 20)
    service.set_fields(DOSSIER, family["dossier"], previous)
    after = service.load(family["dossier"])
    assert {k: after[k] for k in ("referent", "last_contact_on")} == {k: before[k] for k in ("referent", "last_contact_on")}


def test_removed_person_comes_back_with_the_same_id(service, family):
    before = person(service, family["dossier"], family["mother"])
    data = service.remove(PERSON, family["mother"])
    assert [p["id"] for p in service.load(family["dossier"])["persons"]] == [family["child"]]
    assert found(service, "ndiaye") == set()

    service.restore(PERSON, data)
    assert person(service, family["dossier"], family["mother"]) == before
    assert [p["id"] for p in service.load(family["dossier"])["persons"]] == [family["mother"], family["child"]]
    assert found(service, "ndiaye") == {family["dossier"]}


def test_removed_contact_comes_back(service, family):
    before = service.load(family["dossier"])["contacts"]
    data = service.remove(CONTACT, family["contact"])
    assert service.load(family["dossier"])["contacts"] == []
    service.restore(CONTACT, data)
    assert service.load(family["dossier"])["contacts"] == before


def test_removed_dossier_comes_back_whole_with_the_same_ids(service, family):
    before = service.load(family["dossier"])
    data = service.remove(DOSSIER, family["dossier"])
    assert service.count() == 0
    assert found(service, "zoe") == set()

    service.restore(DOSSIER, data)
    assert service.load(family["dossier"]) == before
    assert found(service, "zoe") == {family["dossier"]}


# -- refusals: French message, nothing saved ----------------------------------------------


@pytest.mark.parametrize(
    ("kind_name", "changes", "words"),
    [
        ("dossier", {"label": ""}, "Le nom du dossier ne peut pas être vide"),
        ("dossier", {"label": "   \n "}, "Le nom du dossier ne peut pas être vide"),
        ("dossier", {"label": "x" * 20_000}, "Le nom du dossier est trop long : 20 000 caractères"),
        ("dossier", {"opened_on": "31/02/2026"}, "n'existe pas dans le calendrier"),
        ("dossier", {"opened_on": "demain"}, "n'est pas une date"),
        ("dossier", {"opened_on": ""}, "La date d'ouverture est obligatoire"),
        ("dossier", {"last_contact_on": "01/01/2027"}, "ne peut pas être dans le futur"),
        ("dossier", {"last_contact_on": "01/01/2020"}, "ne peut pas précéder l'ouverture"),
        ("dossier", {"state": DossierState.CLOS}, "Un dossier clos doit avoir une date de clôture"),
        ("mother", {"first_name": "", "last_name": " "}, "Indiquez au moins un prénom ou un nom"),
        ("mother", {"birth_date": "23/11/2026"}, "La date de naissance ne peut pas être dans le futur"),
        ("mother", {"birth_date": "30/02/2010"}, "n'existe pas dans le calendrier"),
        ("mother", {"last_name": "N" * 101}, "Le nom est trop long"),
        ("contact", {"name": ""}, "Le nom ne peut pas être vide"),
        ("contact", {"kind": "voisin"}, "valeur inconnue"),
    ],
)
def test_bad_changes_are_refused_in_french_and_nothing_is_saved(service, family, kind_name, changes, words):
    kind, record = {"dossier": (DOSSIER, family["dossier"]), "mother": (PERSON, family["mother"]),
                    "contact": (CONTACT, family["contact"])}[kind_name]
    before = service.load(family["dossier"])
    with pytest.raises(ValidationError) as caught:
        service.set_fields(kind, record, changes)
    assert words in caught.value.message
    assert service.load(family["dossier"]) == before
    # validate() says the same without writing either.
    with pytest.raises(ValidationError):
        service.validate(kind, record, changes)


def test_one_bad_field_keeps_the_good_one_from_being_saved(service, family):
    before = service.load(family["dossier"])
    with pytest.raises(ValidationError) as caught:
        service.set_fields(DOSSIER, family["dossier"], {"referent": "Karim Benali", "opened_on": "31/02/2026"})
    assert caught.value.field == "opened_on"
    assert service.load(family["dossier"]) == before

    with pytest.raises(ValidationError):
        service.set_fields(PERSON, family["mother"], {"first_name": "Aïcha", "birth_date": "01/01/2030"})
    assert person(service, family["dossier"], family["mother"])["first_name"] == "Zoë"
    assert found(service, "aicha") == set()


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"label": ""}, "ne peut pas être vide"),
        ({}, "ne peut pas être vide"),  # a label left out is as empty as one left blank
        ({"label": "Famille " + "x" * 20_000}, "est trop long"),
        ({"label": "Famille Martin", "opened_on": "31/02/2026"}, "n'existe pas dans le calendrier"),
        ({"label": "Famille Martin", "opened_on": "23/11/2026"}, "ne peut pas être dans le futur"),
    ],
)
def test_bad_new_dossier_is_refused_and_not_created(service, values, words):
    with pytest.raises(ValidationError) as caught:
        service.create_dossier(values)
    assert words in caught.value.message
    assert service.count() == 0


@pytest.mark.parametrize(
    ("kind", "values", "words"),
    [
        (PERSON, {"first_name": "", "last_name": ""}, "Indiquez au moins un prénom ou un nom"),
        (PERSON, {}, "Indiquez au moins un prénom ou un nom"),
        (PERSON, {"first_name": "Léa", "birth_date": "01/12/2026"}, "dans le futur"),
        (PERSON, {"first_name": "Léa", "birth_date": "31/04/2020"}, "n'existe pas dans le calendrier"),
        (PERSON, {"first_name": "Léa", "role": "bébé"}, "valeur inconnue"),
        (CONTACT, {"name": "  "}, "Le nom ne peut pas être vide"),
        (CONTACT, {"kind": ContactKind.PROCHE}, "Le nom ne peut pas être vide"),  # no name at all
    ],
)
def test_bad_new_member_is_refused_and_not_added(service, family, kind, values, words):
    before = service.load(family["dossier"])
    with pytest.raises(ValidationError) as caught:
        service.add_member(kind, family["dossier"], values)
    assert words in caught.value.message
    assert service.load(family["dossier"]) == before


def test_changing_a_removed_person_is_explained(service, family):
    service.remove(PERSON, family["child"])
    with pytest.raises(ValidationError) as caught:
        service.set_fields(PERSON, family["child"], {"first_name": "Léo"})
    assert caught.value.message == "Cette personne ne fait plus partie du foyer."


# -- every script, every emoji ------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last"),
    [("محمد", "بن سعيد"), ("Zoë 🌟", "Nguyễn"), ("שרה", "כהן"), ("👩🏽‍⚕️", "O'Connor"), ("Şeyma", "Yılmaz")],
)
def test_names_in_any_script_are_stored_and_found_exactly(service, family, first, last):
    new = service.add_member(PERSON, family["dossier"], {"first_name": first, "last_name": last})
    stored = person(service, family["dossier"], new)
    assert (stored["first_name"], stored["last_name"]) == (first, last)
    assert found(service, last) == {family["dossier"]}


def test_emoji_and_right_to_left_label_read_back_exactly(service):
    label = "Famille محمد – Zoë 🌟"
    dossier = service.create_dossier({"label": label})
    assert service.load(dossier)["label"] == label
    assert service.rows([dossier])[0].label == label
    assert found(service, "محمد zoe") == {dossier}


# -- closing and reopening ----------------------------------------------------------------


def test_close_then_reopen(service, family):
    previous = service.close_dossier(family["dossier"], "15/11/2026", "Objectifs atteints")
    assert previous["state"] == DossierState.REPERAGE and previous["closed_on"] is None
    closed = service.load(family["dossier"])
    assert closed["state"] == DossierState.CLOS
    assert closed["closed_on"] == date(2026, 11, 15)
    assert closed["closure_reason"] == "Objectifs atteints"
    assert found(service, "", [DossierState.CLOS]) == {family["dossier"]}

    service.reopen_dossier(family["dossier"])
    reopened = service.load(family["dossier"])
    assert reopened["state"] == DossierState.ACCOMPAGNEMENT
    assert reopened["closed_on"] is None and reopened["closure_reason"] == ""
    assert reopened["last_contact_on"] == TODAY


def test_closing_can_be_undone_with_the_previous_values(service, family):
    before = service.load(family["dossier"])
    previous = service.close_dossier(family["dossier"], "15/11/2026", "Autre")
    service.set_fields(DOSSIER, family["dossier"], previous)
    after = service.load(family["dossier"])
    fields = ("state", "closed_on", "closure_reason")
    assert {f: after[f] for f in fields} == {f: before[f] for f in fields}


@pytest.mark.parametrize(
    ("closed_on", "words"),
    [
        ("11/01/2026", "ne peut pas précéder l'ouverture du dossier (12/01/2026)"),
        ("23/11/2026", "ne peut pas être dans le futur"),
        ("", "Un dossier clos doit avoir une date de clôture"),
    ],
)
def test_impossible_closing_date_is_refused(service, family, closed_on, words):
    with pytest.raises(ValidationError) as caught:
        service.close_dossier(family["dossier"], closed_on, "Autre")
    assert words in caught.value.message
    assert service.load(family["dossier"])["state"] == DossierState.REPERAGE


def test_only_a_closed_dossier_has_a_closing_date(service, family):
    with pytest.raises(ValidationError) as caught:
        service.set_fields(DOSSIER, family["dossier"], {"closed_on": "15/11/2026"})
    assert "Seul un dossier clos" in caught.value.message


def test_opening_a_dossier_is_logged_once_not_at_every_refresh(service, family):
    from refparcours.security import audit

    dossier = family["dossier"]
    service.load(dossier)
    service.load(dossier, record_read=False)  # shown again after an edit
    with service.database.engine.connect() as connection:
        reads = audit.entries(connection, operation="read", record_id=dossier)
    assert len(reads) == 1


def test_an_edit_made_on_what_another_session_changed_meanwhile_is_a_conflict(service):
    from refparcours.errors import EditConflict

    dossier_id = service.create_dossier({"label": "Famille Benali", "commune": "Roubaix"})
    shown = service.load(dossier_id)
    token = service.change_token(dossier_id)
    service.set_fields(DOSSIER, dossier_id, {"commune": "Tourcoing"})  # a colleague, elsewhere
    assert service.change_token(dossier_id) != token
    with pytest.raises(EditConflict) as conflict:
        service.check_version(DOSSIER, dossier_id, {"commune": "Wattrelos"}, shown["version"])
    assert (conflict.value.mine, conflict.value.theirs) == ("Wattrelos", "Tourcoing")
    service.check_version(DOSSIER, dossier_id, {"commune": "Wattrelos"}, conflict.value.version)  # now current
