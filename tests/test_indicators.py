"""Indicators against a seeded database where every figure is known; the anonymous export
hides small counts and every name; follow-ups are scheduled only with the family's agreement."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import insert

from refparcours.data import tables
from refparcours.dossiers import DOSSIER, PERSON, DossierService
from refparcours.evaluation import age_band, load_questions, parse_questions
from refparcours.followups import FollowupService
from refparcours.indicators import IndicatorService, anonymous, anonymous_csv
from tests.conftest import TODAY

START, END = date(2026, 1, 1), date(2026, 12, 31)
NAMES = ["Zoë Benali", "Karim Ouédraogo", "Léa Dumoulin-Fabre", "Anaïs Kerhervé", "Jérôme N'Diaye", "Nour Saïd",
         "Paul Étienne", "Inès Caron"]


def seed(service: DossierService) -> dict:
    """Eight families in two territories; every record below is counted by hand in the tests."""
    database = service.database
    ids = []
    for number, name in enumerate(NAMES):
        first, last = name.split(" ", 1)
        dossier_id = service.create_dossier({"label": f"Famille {last}", "opened_on": "05/01/2026",
                                             "territory": "Nord" if number < 6 else "Sud",
                                             "referent": "Claire Dumoulin"})
        service.add_member(PERSON, dossier_id, {"first_name": first, "last_name": last, "birth_date": "03/04/1988"})
        ids.append(dossier_id)
    screenings = {}
    with database.engine.begin() as connection:
        for number, dossier_id in enumerate(ids):
            screening_id = uuid.uuid4()
            screenings[dossier_id] = screening_id
            connection.execute(insert(tables.screening).values(
                id=screening_id, dossier_id=dossier_id, screened_on=date(2026, 2, 1) + timedelta(days=30 * (number % 3)),
                answers={}, computed="proposer", decision="proposer", professional_reason="", explanation="",
                family_explanation="", criteria_version="v1", screened_by="test"))
        # Nord: 5 proposals — 3 accepted, 1 declined, 1 thinking. Sud: 1 accepted.
        for number, answer in enumerate(["accepte", "accepte", "accepte", "decline", "reflechit", None, "accepte"]):
            if answer is None:
                continue
            connection.execute(insert(tables.proposal).values(
                id=uuid.uuid4(), screening_id=screenings[ids[number]], proposed_on=date(2026, 3, 1), how="Entretien",
                leaflet_given=True, answer=answer, family_words=f"Mots privés de {NAMES[number]}"))
        for number in (0, 1, 2):  # accompaniments started in Q2
            connection.execute(insert(tables.designation).values(
                id=uuid.uuid4(), screening_id=screenings[ids[number]], designated_on=date(2026, 4, 10),
                chosen_by="famille", listed=["Claire Dumoulin"], chosen="Claire Dumoulin"))
        plans = {}
        for number in (0, 1):  # screened 1 Feb and 3 Mar; adopted 30 and 50 days later → median 40
            plan_id = uuid.uuid4()
            plans[number] = plan_id
            connection.execute(insert(tables.plan).values(id=plan_id, dossier_id=ids[number]))
            screened = date(2026, 2, 1) + timedelta(days=30 * number)
            connection.execute(insert(tables.plan_version).values(
                id=uuid.uuid4(), plan_id=plan_id, number=1, frozen_on=screened + timedelta(days=30 + 20 * number),
                adopted_on=screened + timedelta(days=30 + 20 * number), reason="adoption", content={},
                adopted_by=[NAMES[number]], signatories=[]))
        actions = [("en_cours", "foyer"), ("en_cours", "foyer"), ("realisee", "professionnel"),
                   ("en_projet", "reseau"), ("abandonnee_personne", "foyer"), ("realisee", "foyer")]
        for number, (status, who) in enumerate(actions):
            connection.execute(insert(tables.plan_action).values(
                id=uuid.uuid4(), plan_id=plans[number % 2], what=f"Action de {NAMES[0]}", status=status,
                who_kind=who, who_name=NAMES[0], author_kind="famille", author_name=NAMES[0]))
        for number, present in enumerate([True, True, False]):  # 3 meetings ended, 2 with the family
            connection.execute(insert(tables.meeting).values(
                id=uuid.uuid4(), dossier_id=ids[number], kind="synthese", planned_on=date(2026, 5, 5 + number),
                status="terminee", phase="terminee", family_present=present, author_kind="ensemble"))
        structure = uuid.uuid4()
        connection.execute(insert(tables.structure).values(id=structure, name="ADIL", kind="association", domains=[],
                                                           communes=[]))
        for number, outcome in enumerate(["pris_contact", "refuse_personne"]):
            connection.execute(insert(tables.orientation).values(
                id=uuid.uuid4(), dossier_id=ids[number], structure_id=structure, structure_name="ADIL",
                proposed_on=date(2026, 6, 1), outcome=outcome))
    # Two closures in Q3: one found their own solution (a success), one reached its goals.
    for number, reason in ((0, "La famille a trouvé sa solution elle-même"), (1, "Objectifs atteints")):
        service.set_fields(DOSSIER, ids[number], {"state": "clos", "closed_on": "15/07/2026", "closure_reason": reason})
    return {"ids": ids}


@pytest.fixture
def seeded(service):
    return seed(service)


def figures(indicators) -> dict:
    return {f["key"]: f["value"] for f in indicators["figures"]}


def table(indicators, key) -> dict:
    found = next(t for t in indicators["tables"] if t["key"] == key)
    return {row[0]: row[1:] for row in found["rows"]}


def test_every_indicator_matches_the_seeded_records(service, seeded):
    result = IndicatorService(service).compute(START, END, territory="Nord")
    assert figures(result) == {
        "screened": 6, "proposed": 5, "accepted": 3, "declined": 1, "delay": 40, "meetings": 3,
        "meetings_family": 2, "meetings_family_share": 67, "followups": 0, "resolved_share": None,
        "satisfaction": None, "own_solution": 1}
    assert table(result, "proposals") == {"Acceptée": [3], "Déclinée": [1], "En réflexion": [1],
                                          "Pas encore de réponse": [0]}
    assert table(result, "actions_status")["En cours"] == [2]
    assert table(result, "actions_status")["Réalisée"] == [2]
    assert table(result, "actions_who") == {"La famille": [4], "Les proches": [1], "Les professionnels": [1]}
    assert table(result, "orientations")["Refusé par la personne"] == [1]
    assert table(result, "closures")["La famille a trouvé sa solution elle-même"] == [1]
    trends = table(result, "trends")
    # Screened 1 Feb, 3 Mar and 2 Apr in turn: four in the first quarter, two in the second.
    assert trends["2026 T1"] == [4, 0, 0, 0] and trends["2026 T2"] == [2, 3, 0, 3] and trends["2026 T3"] == [0, 0, 2, 0]
    # The other territory, and both together.
    assert figures(IndicatorService(service).compute(START, END, territory="Sud"))["accepted"] == 1
    assert figures(IndicatorService(service).compute(START, END))["screened"] == 8


def test_a_referent_sees_their_own_dossiers_only(service, seeded, database):
    stranger = DossierService(database, today=service.today, scope=uuid.uuid4())
    assert figures(IndicatorService(stranger).compute(START, END))["screened"] == 0


def test_followups_are_scheduled_only_with_the_family_agreement_and_counted(service, seeded):
    followups = FollowupService(service)
    first, second = seeded["ids"][0], seeded["ids"][1]
    assert followups.due() == []  # closed, but nobody agreed to be asked
    followups.set_agreement(first, True)
    followups.set_agreement(second, False)
    due = followups.due()
    assert [(row["kind"], row["due_on"]) for row in due] == [("fin", date(2026, 7, 15)), ("3_mois", date(2026, 10, 15))]
    assert all(row["dossier_id"] == first for row in due)
    followups.record_answers(due[0]["id"], {"resolved": "completement", "satisfaction": "9",
                                            "changed": "On a gardé l'appartement, Zoë Benali respire.",
                                            "quote_agreed": True, "answers": {"meme-personne": "Beaucoup"}})
    followups.record_answers(due[1]["id"], {"resolved": "en_partie", "satisfaction": 6,
                                            "changed": "Des mots qui ne doivent pas sortir", "quote_agreed": False})
    result = IndicatorService(service).compute(START, END)
    assert figures(result)["followups"] == 2 and figures(result)["resolved_share"] == 100
    assert figures(result)["satisfaction"] == 7.5
    assert result["quotes"] == [{"text": "On a gardé l'appartement, Zoë Benali respire.", "resolved": "completement"}]
    with pytest.raises(Exception, match="de 0 à 10"):
        followups.record_answers(due[0]["id"], {"satisfaction": "12"})


def test_the_anonymous_export_hides_small_counts_and_every_name(service, seeded):
    result = anonymous(IndicatorService(service).compute(START, END, territory="Nord"))
    shown = figures(result)
    assert shown["screened"] == 6 and shown["proposed"] == 5
    assert shown["accepted"] is None and shown["declined"] is None  # 3 and 1: fewer than 5
    assert shown["delay"] is None  # a median of two plans could point to a family
    assert shown["meetings_family_share"] is None
    assert table(result, "actions_who")["La famille"] == [None]
    assert table(result, "proposals")["Pas encore de réponse"] == [0]  # zero points to nobody
    exported = anonymous_csv(result).decode("utf-8")
    assert "< 5" in exported
    for name in NAMES + ["Claire Dumoulin", "Mots privés", "Dumoulin"]:
        for part in name.split(" "):
            if len(part) > 3:
                assert part not in exported, part
    assert "1988" not in exported  # no date of birth, ever


def test_quotes_the_family_did_not_agree_to_never_leave(service, seeded):
    followups = FollowupService(service)
    followups.set_agreement(seeded["ids"][0], True)
    due = followups.due()
    followups.record_answers(due[0]["id"], {"resolved": "non", "changed": "Rien n'a changé pour nous"})
    exported = anonymous_csv(anonymous(IndicatorService(service).compute(START, END))).decode("utf-8")
    assert "Rien n'a changé pour nous" not in exported


def test_age_bands_and_the_territory_questions(tmp_path):
    assert age_band(date(1988, 4, 3), TODAY) == "26–39 ans"
    assert age_band(None, TODAY) == "âge inconnu"
    assert [q.id for q in load_questions().questions] == ["meme-personne"]
    with pytest.raises(Exception, match="deux réponses"):
        parse_questions("[[question]]\nid='a'\ntexte='Q'\ntype='choix'\nchoix=['seul']\n".encode())
    with pytest.raises(Exception, match="type « note » inconnu"):
        parse_questions("[[question]]\nid='a'\ntexte='Q'\ntype='note'\n".encode())
    with pytest.raises(Exception, match="deux fois"):
        parse_questions("[[question]]\nid='a'\ntexte='Q'\n[[question]]\nid='a'\ntexte='R'\n".encode())


def test_the_benchmark_activity_gives_every_indicator_something_to_count(tmp_path):
    from refparcours.data.database import open_database
    from refparcours.demo import fill_activity, fill_demo

    database = open_database(tmp_path / "activite.sqlite")
    fill_demo(database, 120, seed=4, reference=date(2026, 11, 1))
    fill_activity(database, seed=4)
    result = IndicatorService(DossierService(database, today=lambda: TODAY)).compute(date(2021, 1, 1), END)
    database.close()
    shown = figures(result)
    assert shown["screened"] == 120
    assert shown["proposed"] > 0 and shown["accepted"] > 0 and shown["meetings"] > 0 and shown["delay"] > 0
    assert sum(row[1] for row in next(t for t in result["tables"] if t["key"] == "actions_status")["rows"]) > 0
