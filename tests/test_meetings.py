"""Meetings with the family in the core: preparation, opening, charter, phases, entries and
who may change them, a decision becoming an action, read-back, end, the writer thread."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from refparcours import meeting as rules
from refparcours.data import tables
from refparcours.dossiers import CONTACT, PERSON
from refparcours.errors import UserFacingError, ValidationError
from refparcours.meeting import load_charter, parse_charter
from refparcours.meetings import MeetingService, MeetingWriter
from refparcours.plans import PlanService
from refparcours.ppf import BESOIN, FAMILLE, PROFESSIONNEL, Writer

SAMIRA = Writer(FAMILLE, "Samira Benali")
JULIE = Writer(PROFESSIONNEL, "Julie Martin", "CCAS")


@pytest.fixture
def dossier(service):
    dossier_id = service.create_dossier({"label": "Famille Benali", "referent": "Julie Martin"})
    service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": "Benali"})
    service.add_member(CONTACT, dossier_id, {"name": "Nadia Benali", "kind": "proche"})
    service.add_member(CONTACT, dossier_id, {"name": "M. Caron", "kind": "professionnel", "organisation": "CAF"})
    return dossier_id


@pytest.fixture
def meetings(service):
    return MeetingService(service)


def _prepared(meetings, dossier):
    meeting_id = meetings.prepare(dossier, kind="synthese", planned_on="02/12/2026", planned_time="14h",
                                  place="Chez Samira", agenda="Parler du loyer et de l'école", agenda_author=SAMIRA)
    ids = {}
    for person in meetings.suggested_participants(dossier):
        ids[person["name"]] = meetings.add_participant(meeting_id, **person, present=True)
    return meeting_id, ids


def _opened(meetings, dossier):
    meeting_id, ids = _prepared(meetings, dossier)
    meetings.open(meeting_id, family_present=True)
    meetings.acknowledge_charter(meeting_id, load_charter(), "Samira Benali")
    meetings.set_phase(meeting_id, rules.INFORMATION)
    return meeting_id, ids


def test_the_suggested_participants_come_from_the_household_network_and_referent(meetings, dossier):
    suggested = [(p["name"], p["side"]) for p in meetings.suggested_participants(dossier)]
    assert suggested == [("Samira Benali", "famille"), ("Nadia Benali", "invite_famille"),
                         ("M. Caron", "professionnel"), ("Julie Martin", "professionnel")]


def test_opening_needs_presence_a_reason_when_the_family_is_absent_and_the_charter(meetings, dossier):
    meeting_id = meetings.prepare(dossier, kind="synthese", planned_on="02/12/2026")
    with pytest.raises(ValidationError, match="Cochez d'abord qui est présent"):
        meetings.open(meeting_id, family_present=True)
    meetings.add_participant(meeting_id, name="M. Caron", side="professionnel", present=True)
    with pytest.raises(ValidationError, match="notez pourquoi"):
        meetings.open(meeting_id, family_present=False)
    meetings.open(meeting_id, family_present=False, absence_reason="Hospitalisée cette semaine")
    with pytest.raises(ValidationError, match="lire la charte"):
        meetings.set_phase(meeting_id, rules.INFORMATION)
    meetings.acknowledge_charter(meeting_id, load_charter(), "Julie Martin")
    meetings.set_phase(meeting_id, rules.INFORMATION)
    record = meetings.record(meeting_id)
    assert record["charter"]["version"] == "charte-par-defaut-2026-1"
    assert (record["family_present"], record["absence_reason"]) == (False, "Hospitalisée cette semaine")


def test_entries_keep_their_speaker_kind_and_phase(meetings, dossier):
    meeting_id, ids = _opened(meetings, dossier)
    meetings.add_entry(meeting_id, text="Est-ce que la CAF peut revoir mon dossier ?", kind="question",
                       participant_id=ids["Samira Benali"])
    meetings.add_entry(meeting_id, text="Je m'inquiète du retard de loyer, je vous le dis à vous.",
                       kind="inquietude", participant_id=ids["M. Caron"])
    record = meetings.record(meeting_id)
    entries = record["phases"][0]["entries"]
    assert [(e["kind_label"], e["speaker"], e["author"]["kind"]) for e in entries] == [
        ("Question", "Samira Benali", "famille"), ("Inquiétude", "M. Caron", "professionnel")]
    with pytest.raises(ValidationError, match="Type de note inconnu"):
        meetings.add_entry(meeting_id, text="x", kind="secret", participant_id=ids["M. Caron"])


def test_the_private_time_is_the_family_s_and_a_professional_cannot_edit_it(meetings, dossier):
    meeting_id, ids = _opened(meetings, dossier)
    meetings.set_phase(meeting_id, rules.PRIVATE_TIME)
    with pytest.raises(ValidationError, match="la famille écrit seule"):
        meetings.add_entry(meeting_id, text="Note", kind="information", participant_id=ids["M. Caron"])
    entry = meetings.add_entry(meeting_id, text="On a peur du placement.", kind="inquietude",
                               participant_id=ids["Nadia Benali"])
    assert meetings.record(meeting_id)["phases"][0]["entries"][0]["private"] is True
    with pytest.raises(ValidationError, match="pas les modifier"):
        meetings.edit_entry(entry, "Autre chose", JULIE)
    with pytest.raises(ValidationError, match="pas les modifier"):
        meetings.remove_entry(entry, JULIE)
    meetings.edit_entry(entry, "On a peur d'un placement.", SAMIRA)


def test_a_decision_becomes_a_plan_action_in_one_step(meetings, dossier, service):
    plans = PlanService(service)
    plan_id = plans.plan_for(dossier)
    need = plans.add_entry(plan_id, BESOIN, "Ne plus avoir de retard de loyer", SAMIRA, domain="logement").created_id
    meeting_id, ids = _opened(meetings, dossier)
    meetings.set_phase(meeting_id, rules.DECISIONS)
    decision = meetings.add_entry(meeting_id, text="Le CCAS monte le dossier FSL avec Samira", kind="decision",
                                  participant_id=ids["Julie Martin"])
    action_id = meetings.decision_to_action(decision, {"who_kind": "professionnel", "who_organisation": "CCAS",
                                                       "need_id": need}, JULIE)
    action = plans.content(plan_id)["actions"][0]
    assert (action["id"], action["what"], action["need_text"]) == (
        str(action_id), "Le CCAS monte le dossier FSL avec Samira", "Ne plus avoir de retard de loyer")
    linked = meetings.record(meeting_id)["phases"][0]["entries"][0]["action"]
    assert linked["what"] == "Le CCAS monte le dossier FSL avec Samira"
    with pytest.raises(UserFacingError, match="déjà une action"):
        meetings.decision_to_action(decision, {"who_kind": "professionnel", "who_name": "x", "need_id": need}, JULIE)


def test_the_end_needs_the_read_back_and_gives_the_plan_a_new_version(meetings, dossier, service):
    meeting_id, ids = _opened(meetings, dossier)
    meetings.set_phase(meeting_id, rules.READ_BACK)
    with pytest.raises(ValidationError, match="relisez avec la famille"):
        meetings.close(meeting_id)
    with pytest.raises(ValidationError, match="n'est pas d'accord"):
        meetings.read_back(meeting_id, validated=False, by="Samira Benali")
    meetings.read_back(meeting_id, validated=True, by="Samira Benali")
    assert meetings.close(meeting_id) == 1
    record = meetings.record(meeting_id)
    assert (record["status"], record["phase"], record["plan_version"]) == ("terminee", "terminee", 1)
    assert record["next_meeting_on"] == "2027-02-22"  # proposed three months ahead
    plans = PlanService(service)
    version = plans.versions(plans.plan_for(dossier))[0]
    assert (version.reason, version.adopted_by) == ("adoption", ["Samira Benali"])
    assert plans.content(plans.plan_for(dossier))["next_review_on"] == "2027-02-22"
    with pytest.raises(UserFacingError, match="n'est pas ouverte"):
        meetings.add_entry(meeting_id, text="Trop tard", kind="information", participant_id=ids["M. Caron"])


def test_without_the_family_the_meeting_stays_open_until_they_are_told(meetings, dossier):
    meeting_id = meetings.prepare(dossier, kind="commission", planned_on="02/12/2026")
    caf = meetings.add_participant(meeting_id, name="M. Caron", side="professionnel", present=True)
    meetings.open(meeting_id, family_present=False, absence_reason="N'a pas pu se libérer")
    meetings.acknowledge_charter(meeting_id, load_charter(), "Julie Martin")
    meetings.set_phase(meeting_id, rules.INFORMATION)
    meetings.add_entry(meeting_id, text="Point sur le dossier FSL", kind="information", participant_id=caf)
    meetings.close(meeting_id)
    assert meetings.record(meeting_id)["status"] == "ouverte"
    assert meetings.resumable(dossier) is None  # ended: nothing to resume, only to tell the family
    meetings.record_family_informed(meeting_id, informed_on="21/11/2026", how="Rencontre au centre social")
    record = meetings.record(meeting_id)
    assert (record["status"], record["family_informed_how"]) == ("terminee", "Rencontre au centre social")


def test_a_crash_leaves_the_meeting_resumable_with_its_draft(meetings, dossier):
    meeting_id, ids = _opened(meetings, dossier)
    meetings.save_draft(meeting_id, "Samira dit que le bailleur a", ids["Samira Benali"], "information")
    assert meetings.resumable(dossier) == meeting_id
    draft = meetings.draft(meeting_id)
    assert (draft["text"], draft["participant_id"], draft["kind"]) == (
        "Samira dit que le bailleur a", ids["Samira Benali"], "information")
    meetings.add_entry(meeting_id, text="Samira dit que le bailleur a accepté", kind="information",
                       participant_id=ids["Samira Benali"])
    assert meetings.draft(meeting_id) is None  # the entry replaced its draft


def test_the_writer_keeps_the_order_and_the_latest_draft(meetings, dossier, database):
    meeting_id, ids = _opened(meetings, dossier)
    errors = []
    writer = MeetingWriter(meetings, meeting_id, on_error=errors.append)
    typed = [f"Note n° {n} — « {n * 'é'} »" for n in range(30)]
    for number, text in enumerate(typed):
        for end in range(1, len(text)):
            writer.save_draft(text[:end], ids["Samira Benali"], "information")
        writer.add_entry(text=text, kind="information", participant_id=ids["Samira Benali" if number % 2 else "M. Caron"])
    writer.save_draft("en cours", ids["M. Caron"], "question")
    writer.close()
    assert errors == []
    with database.engine.connect() as connection:
        stored = connection.execute(select(tables.meeting_entry.c.text)
                                    .order_by(tables.meeting_entry.c.position)).scalars().all()
    assert stored == typed
    assert meetings.draft(meeting_id)["text"] == "en cours"


def test_the_writer_reports_a_refusal_in_french_and_keeps_going(meetings, dossier):
    meeting_id, ids = _opened(meetings, dossier)
    errors = []
    writer = MeetingWriter(meetings, meeting_id, on_error=errors.append)
    writer.add_entry(text="   ", kind="information", participant_id=ids["M. Caron"])
    writer.add_entry(text="Suite", kind="information", participant_id=ids["M. Caron"])
    writer.close()
    assert [e.message for e in errors] == ["La note est vide."]
    assert meetings.record(meeting_id)["phases"][0]["entries"][0]["text"] == "Suite"


def test_the_charter_file_is_checked():
    charter = load_charter()
    assert len(charter.points) == 9 and charter.plain_points[3].startswith("Rien ne se dit sur vous sans vous")
    with pytest.raises(rules.CharterFileError, match="pas de version"):
        parse_charter("[[point]]\ntexte = 'a'\n".encode())
    with pytest.raises(rules.CharterFileError, match="aucun"):
        parse_charter(b"version = 'v1'\n")
    with pytest.raises(rules.CharterFileError, match="mal formé"):
        parse_charter(b"version = \n")
