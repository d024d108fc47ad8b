"""The PPF in the core: authorship, rewordings, the need–action link, versions and their
comparison, undo — without Qt."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from refparcours import ppf
from refparcours.data import tables
from refparcours.dossiers import CONTACT, PERSON
from refparcours.errors import UserFacingError, ValidationError
from refparcours.plans import PlanService
from refparcours.ppf import BESOIN, DEMANDE, ENSEMBLE, FAMILLE, OBSERVATION, POINT_DE_VUE, PROFESSIONNEL, Writer
from refparcours.security import audit

SAMIRA = Writer(FAMILLE, "Samira Benali")
JULIE = Writer(PROFESSIONNEL, "Julie Martin", "CAF")
TOGETHER = Writer(ENSEMBLE)


@pytest.fixture
def family(service):
    dossier_id = service.create_dossier({"label": "Famille Benali", "opened_on": "02/09/2026",
                                         "referent": "Julie Martin"})
    samira = service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": "Benali"})
    yanis = service.add_member(PERSON, dossier_id, {"first_name": "Yanis", "last_name": "Benali", "role": "enfant"})
    aunt = service.add_member(CONTACT, dossier_id, {"name": "Nadia (sa sœur)", "kind": "proche"})
    school = service.add_member(CONTACT, dossier_id, {"name": "Mme Roux", "kind": "professionnel",
                                                      "organisation": "Collège Jean-Moulin"})
    return {"dossier": dossier_id, "samira": samira, "yanis": yanis, "aunt": aunt, "school": school}


@pytest.fixture
def plans(service):
    return PlanService(service)


@pytest.fixture
def plan(plans, family):
    return plans.plan_for(family["dossier"])


def _need(plans, plan, text="Trouver un logement plus grand", writer=SAMIRA):
    return plans.add_entry(plan, BESOIN, text, writer, domain="logement").created_id


def test_a_new_plan_proposes_a_review_in_three_months_and_reuses_the_same_plan(plans, plan, family):
    assert plans.plan_for(family["dossier"]) == plan
    assert plans.content(plan)["next_review_on"] == "2027-02-22"
    assert ppf.add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_every_entry_records_who_wrote_it(plans, plan):
    plans.add_entry(plan, DEMANDE, "Que mes enfants restent avec moi & qu'on ait <un> toit.", SAMIRA)
    plans.add_entry(plan, "ressource_environnement", "Le centre social du quartier", JULIE, domain="logement")
    plans.add_entry(plan, "objectif", "Déposer une demande de logement social", TOGETHER, domain="logement")
    content = plans.content(plan)
    assert content["demande"][0]["text"] == "Que mes enfants restent avec moi & qu'on ait <un> toit."
    assert content["demande"][0]["author"] == {"kind": "famille", "name": "Samira Benali", "organisation": ""}
    logement = next(d for d in content["domains"] if d["key"] == "logement")
    assert ppf.author_label(logement["entries"]["ressource_environnement"][0]["author"]) == "Julie Martin (CAF)"
    assert logement["entries"]["objectif"][0]["author"]["kind"] == "ensemble"


def test_the_family_sections_are_written_by_the_family_or_together(plans, plan):
    for section in (DEMANDE, OBSERVATION, POINT_DE_VUE):
        with pytest.raises(ValidationError, match="écrit par la famille"):
            plans.add_entry(plan, section, "Texte", JULIE, domain="sante")
    plans.add_entry(plan, OBSERVATION, "On y arrivera", TOGETHER, domain="sante")


def test_a_professional_never_overwrites_the_family_words_but_proposes_a_rewording(plans, plan):
    entry = plans.add_entry(plan, DEMANDE, "je veux plus de galère avec la caf", SAMIRA).created_id
    with pytest.raises(ValidationError, match="Proposez une autre formulation"):
        plans.edit_entry(entry, "Régulariser le dossier CAF", JULIE)
    proposal = plans.propose_rewording(entry, "Régulariser le dossier CAF", JULIE).created_id
    content = plans.content(plan)
    # The proposal is shown beside the original, which is unchanged.
    assert content["demande"][0]["text"] == "je veux plus de galère avec la caf"
    assert content["demande"][0]["pending"][0]["text"] == "Régulariser le dossier CAF"
    assert content["demande"][0]["pending"][0]["author"]["name"] == "Julie Martin"
    with pytest.raises(ValidationError, match="C'est à la famille"):
        plans.decide_rewording(proposal, True, JULIE)
    plans.decide_rewording(proposal, True, SAMIRA)
    accepted = plans.content(plan)["demande"][0]
    assert accepted["text"] == "Régulariser le dossier CAF"
    assert accepted["author"]["name"] == "Samira Benali"  # still the family's text
    assert accepted["reworded"]["by"]["name"] == "Julie Martin"
    assert accepted["reworded"]["accepted_by"] == "Samira Benali"
    assert accepted["pending"] == []


def test_a_refused_rewording_leaves_the_text_and_stays_in_the_history(plans, plan, database):
    entry = plans.add_entry(plan, DEMANDE, "mes mots", SAMIRA).created_id
    proposal = plans.propose_rewording(entry, "d'autres mots", JULIE).created_id
    plans.decide_rewording(proposal, False, TOGETHER)
    content = plans.content(plan)["demande"][0]
    assert (content["text"], content["pending"], content["reworded"]) == ("mes mots", [], None)
    with database.engine.connect() as connection:
        status = connection.execute(select(tables.rewording.c.status)).scalar()
    assert status == "refusee"
    with pytest.raises(UserFacingError, match="déjà été décidée"):
        plans.decide_rewording(proposal, True, SAMIRA)


def test_a_rewording_of_a_text_the_family_changed_since_cannot_be_accepted(plans, plan):
    entry = plans.add_entry(plan, DEMANDE, "version 1", SAMIRA).created_id
    proposal = plans.propose_rewording(entry, "reformulé", JULIE).created_id
    plans.edit_entry(entry, "version 2", SAMIRA)
    with pytest.raises(ValidationError, match="a changé depuis"):
        plans.decide_rewording(proposal, True, SAMIRA)


def test_the_family_point_of_view_cannot_be_removed_by_a_professional(plans, plan):
    entry = plans.add_entry(plan, POINT_DE_VUE, "Nous ne sommes pas d'accord avec le placement.", SAMIRA).created_id
    with pytest.raises(ValidationError, match="ne peut pas être retiré par un professionnel"):
        plans.remove_entry(entry, JULIE)
    assert plans.content(plan)["point_de_vue"][0]["text"].startswith("Nous ne sommes pas")
    plans.remove_entry(entry, SAMIRA)  # the family may
    assert plans.content(plan)["point_de_vue"] == []


def test_a_professional_action_must_answer_a_need_the_family_expressed(plans, plan, family):
    school = {"what": "Rencontrer la famille", "who_kind": PROFESSIONNEL, "who_contact_id": family["school"]}
    with pytest.raises(ValidationError, match="répond toujours à un besoin exprimé par la famille"):
        plans.add_action(plan, school, JULIE)
    professional_need = _need(plans, plan, "Évaluer la situation", JULIE)
    with pytest.raises(ValidationError, match="ce besoin-là a été écrit par un professionnel"):
        plans.add_action(plan, {**school, "need_id": professional_need}, JULIE)
    need = _need(plans, plan)
    action = plans.add_action(plan, {**school, "need_id": need}, JULIE).created_id
    stored = plans.content(plan)["actions"][0]
    assert stored["id"] == str(action)
    assert (stored["need_text"], stored["domain"]) == ("Trouver un logement plus grand", "logement")
    assert stored["who"] == {"kind": "professionnel", "name": "Mme Roux", "organisation": "Collège Jean-Moulin",
                             "gone": False}
    # The need cannot vanish from under the professional's action.
    with pytest.raises(ValidationError, match="Des actions de professionnels répondent à ce besoin"):
        plans.remove_entry(need, SAMIRA)
    # A family member's action need not be linked.
    plans.add_action(plan, {"what": "Appeler ma sœur", "who_kind": "foyer", "who_person_id": family["samira"]}, SAMIRA)


def test_an_action_says_who_does_it_and_the_person_confirms_it_is_possible(plans, plan, family):
    action = plans.add_action(plan, {"what": "Aller à la permanence logement", "who_kind": "foyer",
                                     "who_person_id": family["samira"], "how": "En bus, le mercredi",
                                     "start_on": "01/12/2026", "proposed_on": "15/01/2027"}, JULIE).created_id
    with pytest.raises(ValidationError, match="C'est à la personne qui fait l'action"):
        plans.edit_action(action, {"feasible": True}, JULIE)
    plans.edit_action(action, {"feasible": True}, SAMIRA)
    stored = plans.content(plan)["actions"][0]
    assert (stored["feasible"], stored["feasible_by"]) == (True, "Samira Benali")
    assert (stored["start_on"], stored["proposed_on"], stored["status"]) == ("2026-12-01", "2027-01-15", "en_projet")
    with pytest.raises(ValidationError, match="avant le début"):
        plans.edit_action(action, {"proposed_on": "01/11/2026"}, SAMIRA)
    with pytest.raises(ValidationError, match="n'existe pas dans le calendrier"):
        plans.edit_action(action, {"start_on": "31/02/2027"}, SAMIRA)
    with pytest.raises(ValidationError, match="Statut inconnu"):
        plans.edit_action(action, {"status": "en_retard"}, SAMIRA)
    with pytest.raises(ValidationError, match="Choisissez le proche"):
        plans.add_action(plan, {"what": "Garder Yanis", "who_kind": "reseau"}, SAMIRA)


def test_an_action_whose_person_left_the_network_keeps_its_name(plans, plan, family, service):
    plans.add_action(plan, {"what": "Garder Yanis le mercredi", "who_kind": "reseau",
                            "who_contact_id": family["aunt"]}, SAMIRA)
    service.remove(CONTACT, family["aunt"])
    who = plans.content(plan)["actions"][0]["who"]
    assert who == {"kind": "reseau", "name": "Nadia (sa sœur)", "organisation": "", "gone": True}


def test_the_family_action_text_is_theirs_but_its_status_can_be_updated(plans, plan, family):
    action = plans.add_action(plan, {"what": "Appeler la CAF", "who_kind": "foyer",
                                     "who_person_id": family["samira"]}, SAMIRA).created_id
    with pytest.raises(ValidationError, match="celui de la famille"):
        plans.edit_action(action, {"what": "Contacter la CAF"}, JULIE)
    with pytest.raises(ValidationError, match="seule la famille peut la retirer"):
        plans.remove_action(action, JULIE)
    plans.edit_action(action, {"status": "realisee", "outcome": ""}, JULIE)
    proposal = plans.propose_rewording(action, "Téléphoner à la CAF (3230)", JULIE, field_name="what").created_id
    assert plans.content(plan)["actions"][0]["pending"][0]["text"] == "Téléphoner à la CAF (3230)"
    plans.decide_rewording(proposal, True, SAMIRA)
    assert plans.content(plan)["actions"][0]["what"] == "Téléphoner à la CAF (3230)"


def test_undo_and_redo_put_back_exactly_what_was_there(plans, plan, family):
    need = _need(plans, plan)
    family_action = plans.add_action(plan, {"what": "Remplir le dossier", "who_kind": "foyer",
                                            "who_person_id": family["samira"], "need_id": need}, SAMIRA)
    before = plans.content(plan)
    removed = plans.remove_entry(need, SAMIRA)
    assert plans.content(plan)["actions"][0]["need_id"] is None
    plans.undo(removed)
    assert plans.content(plan) == before
    plans.redo(removed)
    assert plans.content(plan)["actions"][0]["need_id"] is None
    plans.undo(removed)
    plans.undo(family_action)
    assert plans.content(plan)["actions"] == []
    edit = plans.edit_entry(need, "Un logement avec une chambre pour Yanis", SAMIRA)
    plans.undo(edit)
    assert plans.content(plan)["domains"][0]["entries"]["besoin"][0]["text"] == "Trouver un logement plus grand"


def test_adoption_freezes_an_immutable_version_and_the_draft_goes_on(plans, plan, family):
    plans.add_entry(plan, DEMANDE, "Garder mon logement", SAMIRA)
    v1 = plans.adopt(plan, ["Samira Benali"], "20/11/2026", signatories=["Samira Benali", "Julie Martin"])
    assert (v1.number, v1.reason, v1.adopted_on, v1.adopted_by) == (1, "adoption", date(2026, 11, 20),
                                                                    ["Samira Benali"])
    plans.add_entry(plan, DEMANDE, "Et que Yanis reste au collège", SAMIRA)
    assert len(plans.version(plan, 1).content["demande"]) == 1  # the frozen version did not move
    assert len(plans.content(plan)["demande"]) == 2
    with pytest.raises(ValidationError, match="qui, dans la famille, adopte"):
        plans.adopt(plan, ["  "])
    with pytest.raises(ValidationError, match="dans le futur"):
        plans.adopt(plan, ["Samira Benali"], "01/01/2027")


def test_printing_freezes_a_version_only_when_the_draft_changed(plans, plan):
    plans.add_entry(plan, DEMANDE, "Garder mon logement", SAMIRA)
    first = plans.freeze_for_print(plan)
    assert (first.number, first.reason) == (1, "impression")
    assert plans.freeze_for_print(plan).number == 1
    plans.add_entry(plan, DEMANDE, "Autre chose", SAMIRA)
    assert plans.freeze_for_print(plan).number == 2


def test_a_version_that_does_not_exist_is_explained(plans, plan):
    with pytest.raises(UserFacingError, match="aucune version"):
        plans.version(plan, 1)
    plans.freeze_for_print(plan)
    with pytest.raises(UserFacingError, match="pas de version 7 : ses versions vont de 1 à 1"):
        plans.version(plan, 7)


def test_comparing_two_versions_shows_added_changed_and_completed_actions(plans, plan, family):
    need = _need(plans, plan)
    done_later = plans.add_action(plan, {"what": "Déposer la demande", "who_kind": "foyer",
                                         "who_person_id": family["samira"], "need_id": need}, SAMIRA).created_id
    moved = plans.add_action(plan, {"what": "Visiter un appartement", "who_kind": "foyer",
                                    "who_person_id": family["samira"]}, SAMIRA).created_id
    dropped = plans.add_action(plan, {"what": "Demander une aide", "who_kind": "professionnel",
                                      "who_name": "Assistante sociale", "need_id": need}, JULIE).created_id
    plans.adopt(plan, ["Samira Benali"])
    plans.edit_action(done_later, {"status": "realisee"}, SAMIRA)
    plans.edit_action(moved, {"start_on": "05/12/2026"}, SAMIRA)
    plans.remove_action(dropped, JULIE)
    plans.add_action(plan, {"what": "Accompagner à la visite", "who_kind": "reseau",
                            "who_contact_id": family["aunt"]}, SAMIRA)
    plans.edit_entry(need, "Un logement de trois pièces", SAMIRA)
    plans.adopt(plan, ["Samira Benali"])
    comparison = ppf.compare(plans.version(plan, 1).content, plans.version(plan, 2).content)
    assert [a["what"] for a in comparison.added_actions] == ["Accompagner à la visite"]
    assert [a["what"] for a in comparison.removed_actions] == ["Demander une aide"]
    assert [a["what"] for a in comparison.completed_actions] == ["Déposer la demande"]
    assert [(a["what"], fields) for a, fields in comparison.changed_actions] == [("Visiter un appartement", ["début"])]
    assert [(before["text"], after["text"]) for _, before, after in comparison.changed_entries] == [
        ("Trouver un logement plus grand", "Un logement de trois pièces")]
    assert ppf.compare(plans.version(plan, 2).content, plans.version(plan, 2).content).empty


def test_handovers_record_to_whom_each_version_was_given(plans, plan):
    plans.freeze_for_print(plan)
    plans.record_handover(plan, 1, copy="famille", recipient="Samira Benali")
    plans.record_handover(plan, 1, copy="partenaire", recipient="Collège Jean-Moulin", sections=["actions"])
    handed = plans.versions(plan)[0].handovers
    assert [(h["copy"], h["recipient"], h["sections"]) for h in handed] == [
        ("famille", "Samira Benali", None), ("partenaire", "Collège Jean-Moulin", ["actions"])]
    with pytest.raises(ValidationError, match="à qui"):
        plans.record_handover(plan, 1, copy="famille", recipient="")


def test_the_partner_sections_record_who_chose_them(plans, plan):
    assert plans.content(plan)["partner_sections"] is None
    plans.set_partner_sections(plan, ["point_de_vue", "actions"], TOGETHER)
    content = plans.content(plan)
    assert content["partner_sections"] == ["actions", "point_de_vue"]
    assert content["partner_sections_note"] == "choisi avec la famille le 22/11/2026 (ensemble)"


def test_long_words_arabic_names_and_emoji_are_kept_as_written(plans, plan):
    long_demande = " ".join(["mot"] * 5000) + " — fin."
    plans.add_entry(plan, DEMANDE, long_demande, SAMIRA)
    plans.add_entry(plan, OBSERVATION, "سميرة بن علي 🙂 ça ira", Writer(FAMILLE, "سميرة"), domain="sante")
    content = plans.content(plan)
    assert content["demande"][0]["text"] == long_demande
    sante = next(d for d in content["domains"] if d["key"] == "sante")
    assert sante["entries"]["observation"][0]["text"] == "سميرة بن علي 🙂 ça ira"
    with pytest.raises(ValidationError, match="trop long"):
        plans.add_entry(plan, DEMANDE, "x" * (ppf.PLAN_TEXT_MAX + 1), SAMIRA)


def test_every_change_is_in_the_audit_log_without_the_family_words(plans, plan, database):
    plans.add_entry(plan, DEMANDE, "Mon secret de famille", SAMIRA)
    with database.engine.connect() as connection:
        entries = audit.entries(connection)
    plan_entries = [e for e in entries if e.record_type == "plan_entry"]
    assert plan_entries and all("secret" not in e.detail for e in entries)


def test_another_referents_plan_is_out_of_reach(plans, plan, service, database):
    import uuid

    from refparcours.dossiers import DossierService

    with database.engine.begin() as connection:
        connection.execute(update(tables.dossier).values(owner_id=None))
    stranger = PlanService(DossierService(database, today=service.today, scope=uuid.uuid4()))
    with pytest.raises(ValidationError, match="n'est pas suivi par votre compte"):
        stranger.content(plan)


def test_the_domain_file_is_checked(tmp_path):
    assert len(ppf.load_domains().domains) == 11
    with pytest.raises(ppf.DomainFileError, match="aucun"):
        ppf.parse_domains(b"version = 'x'\n")
    with pytest.raises(ppf.DomainFileError, match="apparaît deux fois"):
        ppf.parse_domains("[[domaine]]\ncle='a'\nlibelle='A'\n[[domaine]]\ncle='a'\nlibelle='B'\n".encode())
    with pytest.raises(ppf.DomainFileError, match="mal formé"):
        ppf.parse_domains(b"[[domaine\n")
    with pytest.raises(ppf.DomainFileError, match="illisible"):
        ppf.load_domains(tmp_path / "absent.toml")


def test_before_adoption_the_referent_checks_the_form_never_the_content(plans, plan, family):
    remarks = ppf.form_remarks(plans.content(plan))
    assert any("demande" in r for r in remarks) and any("action" in r for r in remarks)
    plans.add_entry(plan, DEMANDE, "Garder le logement", SAMIRA)
    need = _need(plans, plan)
    assert any("Trouver un logement plus grand" in r for r in ppf.form_remarks(plans.content(plan)))
    plans.add_action(plan, {"what": "Déposer la demande", "who_kind": "foyer", "who_person_id": family["samira"],
                            "need_id": need}, SAMIRA)
    assert ppf.form_remarks(plans.content(plan)) == []
    # Remarks never prevent the family from adopting.
    plans.remove_entry(need, SAMIRA)
    assert plans.adopt(plan, ["Samira Benali"]).number == 1


def test_demo_plans_are_rich_and_the_same_for_the_same_seed(tmp_path):
    from refparcours.data.database import open_database
    from refparcours.demo import fill_demo
    from refparcours.demo_plans import add_demo_plans

    ids = []
    for name in ("a", "b"):
        database = open_database(tmp_path / f"{name}.sqlite")
        fill_demo(database, 40, seed=2, reference=date(2026, 11, 22))
        assert add_demo_plans(database, seed=2, reference=date(2026, 11, 22)) == 3
        with database.engine.connect() as connection:
            ids.append(connection.execute(select(tables.plan_action.c.id).order_by(tables.plan_action.c.id)).all())
            versions = connection.execute(select(tables.plan_version.c.number)).scalars().all()
            kinds = set(connection.execute(select(tables.plan_action.c.who_kind)).scalars())
        database.close()
    assert ids[0] == ids[1] and len(ids[0]) >= 36
    assert sorted(versions) == [1, 1, 1, 2, 2, 2]
    assert kinds == {"foyer", "reseau", "professionnel"}


def test_two_sessions_editing_the_same_action_get_a_conflict_and_both_texts_are_kept(plans, plan, family, service):
    from refparcours.dossiers import DossierService
    from refparcours.plans import EditConflict

    action = plans.add_action(plan, {"what": "Appeler la CAF", "who_kind": "professionnel", "who_name": "Julie",
                                     "need_id": _need(plans, plan)}, JULIE).created_id
    other = PlanService(DossierService(service.database, today=service.today))  # a colleague, another session
    seen_by_me = plans.record_versions(plan)[str(action)]
    seen_by_other = other.record_versions(plan)[str(action)]
    token = plans.change_token(plan)
    other.edit_action(action, {"how": "Le mardi, au guichet"}, JULIE, expected_version=seen_by_other)
    assert plans.change_token(plan) != token  # open screens notice within their next look
    with pytest.raises(EditConflict) as conflict:
        plans.edit_action(action, {"how": "Par téléphone, le 3230"}, JULIE, expected_version=seen_by_me)
    assert (conflict.value.mine, conflict.value.theirs) == ("Par téléphone, le 3230", "Le mardi, au guichet")
    assert plans.content(plan)["actions"][0]["how"] == "Le mardi, au guichet"  # nothing overwritten
    merged = f"{conflict.value.theirs} ; ou {conflict.value.mine}"
    plans.edit_action(action, {"how": merged}, JULIE, expected_version=conflict.value.version)
    assert plans.content(plan)["actions"][0]["how"] == "Le mardi, au guichet ; ou Par téléphone, le 3230"


def test_an_undo_never_moves_a_version_backwards(plans, plan):
    entry = plans.add_entry(plan, DEMANDE, "Un toit", SAMIRA).created_id
    edit = plans.edit_entry(entry, "Un toit à nous", SAMIRA)
    before_undo = plans.record_versions(plan)[str(entry)]
    plans.undo(edit)
    assert plans.record_versions(plan)[str(entry)] > before_undo
    from refparcours.plans import EditConflict

    with pytest.raises(EditConflict):  # a screen still showing the undone text is stale
        plans.edit_entry(entry, "Autre", SAMIRA, expected_version=before_undo)
