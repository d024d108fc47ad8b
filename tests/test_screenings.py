"""A screening's life in the dossier: offer, answer, choice of référent, history."""

from __future__ import annotations

import pytest

from refparcours.errors import UserFacingError, ValidationError
from refparcours.screening import EXAMINE, PROPOSE, YES, Screening, load_criteria
from refparcours.screenings import ACCEPTS, DECLINES, THINKS, ScreeningService
from tests.conftest import TODAY


@pytest.fixture
def dossier(service):
    return service.create_dossier({"label": "Famille N'Diaye", "opened_on": "02/09/2026"})


@pytest.fixture
def screenings(database):
    return ScreeningService(database, today=lambda: TODAY)


def screened(screenings, dossier, **answers) -> tuple:
    screening = Screening(load_criteria()[0])
    for criterion_id, value in answers.items():
        screening.answer(criterion_id, value)
    return screenings.record_screening(dossier, screening), screening


def test_accepting_then_choosing_a_referent_moves_the_dossier_to_accompagnement(service, screenings, dossier):
    screening_id, _ = screened(screenings, dossier, deux_institutions=YES, isolement=YES)
    assert service.load(dossier)["state"] == "reperage"
    screenings.record_proposal(screening_id, proposed_on="20/11/2026", how="Visite à domicile", leaflet_given=True,
                               answer=ACCEPTS, family_words="On veut bien essayer, si c'est Mme Leroy.")
    assert service.load(dossier)["state"] == "propose"
    screenings.record_designation(screening_id, chosen_by="famille", listed=["Mme Leroy (CAF)", "M. Diallo (CCAS)"],
                                  chosen="Mme Leroy (CAF)", designated_on="21/11/2026")
    data = service.load(dossier)
    assert data["state"] == "accompagnement" and data["referent"] == "Mme Leroy (CAF)"
    entry = screenings.history(dossier)[0]
    assert entry.decision == PROPOSE
    assert entry.proposal["family_words"] == "On veut bien essayer, si c'est Mme Leroy."
    assert entry.designation["listed"] == ["Mme Leroy (CAF)", "M. Diallo (CCAS)"]


def test_declining_is_neutral_and_a_new_screening_can_start_later(service, screenings, dossier):
    screening_id, _ = screened(screenings, dossier, sante=YES)
    screenings.record_proposal(screening_id, proposed_on=TODAY, how="Entretien au bureau", leaflet_given=True,
                               answer=DECLINES)
    assert service.load(dossier)["state"] == "decline"
    with pytest.raises(UserFacingError) as refused:
        screenings.record_designation(screening_id, chosen_by="famille", listed=[], chosen="Mme Leroy",
                                      designated_on=TODAY)
    assert "acceptée" in refused.value.message
    later, _ = screened(screenings, dossier, deux_institutions=YES, sante=YES)
    assert service.load(dossier)["state"] == "reperage"
    assert [e.id for e in screenings.history(dossier)][0] == later


def test_wanting_to_think_keeps_a_date_to_talk_again(service, screenings, dossier):
    screening_id, _ = screened(screenings, dossier, sante=YES)
    screenings.record_proposal(screening_id, proposed_on=TODAY, how="Par téléphone", leaflet_given=False,
                               answer=THINKS, think_until="05/12/2026")
    entry = screenings.history(dossier)[0]
    assert entry.proposal["think_until"].isoformat() == "2026-12-05"
    assert service.load(dossier)["state"] == "propose"


def test_the_chosen_referent_must_be_among_those_listed(screenings, dossier):
    screening_id, _ = screened(screenings, dossier, sante=YES)
    screenings.record_proposal(screening_id, proposed_on=TODAY, how="Entretien au bureau", leaflet_given=True,
                               answer=ACCEPTS)
    with pytest.raises(ValidationError):
        screenings.record_designation(screening_id, chosen_by="famille", listed=["Mme Leroy"], chosen="M. Petit",
                                      designated_on=TODAY)


def test_history_keeps_the_criteria_version_and_the_professional_decision(screenings, dossier):
    screening = Screening(load_criteria()[0])
    screening.answer("sante", YES)
    screening.disagree(PROPOSE, "Les services se contredisent")
    screenings.record_screening(dossier, screening)
    entry = screenings.history(dossier)[0]
    assert entry.criteria_version == "defaut-2026-1"
    assert entry.computed == EXAMINE and entry.decision == PROPOSE
    assert entry.answers["sante"] == {"value": "oui", "note": ""}


def test_a_closed_dossier_is_reopened_before_a_new_screening(service, screenings, dossier):
    service.close_dossier(dossier, TODAY, "Autre")
    with pytest.raises(UserFacingError):
        screened(screenings, dossier, sante=YES)


def test_dates_in_the_future_are_refused(screenings, dossier):
    screening_id, _ = screened(screenings, dossier, sante=YES)
    with pytest.raises(ValidationError):
        screenings.record_proposal(screening_id, proposed_on="01/01/2099", how="Entretien", leaflet_given=True)
