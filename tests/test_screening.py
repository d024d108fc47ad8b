"""Script de repérage: the criteria file and the screening, without Qt."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refparcours.errors import UserFacingError
from refparcours.screening import (
    DEFAULT_CRITERIA,
    EXAMINE,
    NO,
    NOT_COMPLEX,
    PROPOSE,
    UNKNOWN,
    YES,
    CriteriaFileError,
    Screening,
    load_criteria,
    parse_criteria,
)

DEFAULT_TEXT = DEFAULT_CRITERIA.read_text(encoding="utf-8")


@pytest.fixture
def criteria():
    return load_criteria()[0]


def screening_with(criteria, **answers) -> Screening:
    screening = Screening(criteria)
    for criterion_id, value in answers.items():
        screening.answer(criterion_id, value)
    return screening


# -- the rule, every branch --------------------------------------------------------------------

def test_systemic_and_social_factors_together_propose_the_demarche(criteria):
    assert screening_with(criteria, deux_institutions=YES, isolement=YES).computed == PROPOSE


def test_systemic_and_clinical_factors_together_propose_the_demarche(criteria):
    assert screening_with(criteria, situation_bloquee=YES, sante=YES).computed == PROPOSE


def test_factors_on_the_person_side_only_go_to_the_commission(criteria):
    assert screening_with(criteria, sante=YES, precarite=YES).computed == EXAMINE


def test_systemic_factors_only_go_to_the_commission(criteria):
    assert screening_with(criteria, urgence=YES, transition=YES).computed == EXAMINE


def test_no_factor_is_not_a_complex_situation_with_orientations(criteria):
    screening = screening_with(criteria, sante=NO, isolement=UNKNOWN)
    assert screening.computed == NOT_COMPLEX
    assert screening.orientations() == ["Orienter vers le service adapté de l'offre locale"]


def test_ne_sait_pas_and_unanswered_never_count_as_a_factor(criteria):
    assert screening_with(criteria, deux_institutions=UNKNOWN, isolement=YES).computed == EXAMINE
    assert Screening(criteria).computed == NOT_COMPLEX  # nothing is forced: no answer is no factor


# -- going back, changing an answer, disagreeing ----------------------------------------------

def test_steps_go_through_each_dimension_then_the_result_and_back(criteria):
    screening = Screening(criteria)
    seen = []
    while not screening.on_result:
        seen.append(screening.current_dimension.id)
        screening.next()
    assert seen == ["clinique", "sociale", "systemique"]
    screening.next()  # already on the result: stays there
    assert screening.on_result
    screening.back()
    assert screening.current_dimension.id == "systemique"
    for _ in range(5):
        screening.back()
    assert screening.step == 0


def test_changing_an_answer_on_going_back_changes_the_result(criteria):
    screening = screening_with(criteria, deux_institutions=YES, isolement=YES)
    assert screening.computed == PROPOSE
    screening.back()
    screening.answer("isolement", NO, note="La famille a des amis proches")
    assert screening.computed == EXAMINE
    assert screening.answers["isolement"].note == "La famille a des amis proches"


def test_the_professional_may_disagree_and_both_results_are_kept(criteria):
    screening = screening_with(criteria, sante=YES)
    with pytest.raises(UserFacingError):
        screening.disagree(PROPOSE, "   ")
    screening.disagree(PROPOSE, "Trois services se contredisent depuis six mois")
    record = screening.to_record()
    assert record["computed"] == EXAMINE and record["decision"] == PROPOSE
    assert "Trois services se contredisent" in record["explanation"]
    assert record["criteria_version"] == "defaut-2026-1"
    screening.agree()
    assert screening.decision == EXAMINE


def test_explanations_name_the_converging_factors_in_each_register(criteria):
    screening = screening_with(criteria, deux_institutions=YES, accompagnements_juxtaposes=YES, violence=YES)
    professional = screening.explanation(for_family=False)
    family = screening.explanation(for_family=True)
    assert "deux institutions différentes" in professional and "violences" in professional
    assert "Plusieurs professionnels de services différents vous suivent déjà".lower() in family.lower()
    assert "pas une obligation" in family
    for jargon in ("systémique", "clinique", "dimension", "non-recours"):
        assert jargon not in family


# -- the criteria file ------------------------------------------------------------------------

def test_the_default_file_follows_the_domain_reference(criteria):
    assert [d.id for d in criteria.dimensions] == ["clinique", "sociale", "systemique"]
    assert len(criteria.in_dimension("clinique")) == 6
    assert len(criteria.in_dimension("sociale")) == 7
    assert len(criteria.in_dimension("systemique")) == 6


def test_a_territory_file_with_its_own_rule_is_used(tmp_path):
    own = DEFAULT_TEXT.replace('version = "defaut-2026-1"', 'version = "nord-2027"').replace(
        '{ dimensions = ["systemique"], au_moins = 1 }', '{ dimensions = ["systemique"], au_moins = 2 }')
    path = tmp_path / "criteres.toml"
    path.write_text(own, encoding="utf-8")
    criteria, warning = load_criteria(path)
    assert warning is None and criteria.version == "nord-2027"
    assert screening_with(criteria, deux_institutions=YES, isolement=YES).computed == EXAMINE
    assert screening_with(criteria, deux_institutions=YES, urgence=YES, isolement=YES).computed == PROPOSE


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if fragment in line]
    return lines[occurrence - 1]


@pytest.mark.parametrize(("change", "words", "fragment", "occurrence"), [
    (lambda t: t.replace('dimension = "sociale"\nprofessionnel = "Exclusion"',
                         'dimension = "environnement"\nprofessionnel = "Exclusion"'),
     "dimension inconnue « environnement »", 'dimension = "environnement"', 1),
    (lambda t: t.replace('id = "handicap"', 'id = "sante"'), "« sante » est utilisé deux fois", 'id = "sante"', 2),
    (lambda t: t.replace('{ dimensions = ["systemique"], au_moins = 1 }',
                         '{ criteres = ["logement_insalubre"], au_moins = 1 }'),
     "critère absent « logement_insalubre »", "logement_insalubre", 1),
    (lambda t: t.replace('titre = "La personne (dimension clinique)"', 'titre = "La personne'),
     "syntaxe incorrecte", 'titre = "La personne', 1),
])
def test_a_broken_file_is_refused_naming_the_line_and_the_problem(tmp_path, change, words, fragment, occurrence):
    broken = change(DEFAULT_TEXT)
    assert broken != DEFAULT_TEXT
    with pytest.raises(CriteriaFileError) as refused:
        parse_criteria(broken.encode("utf-8"))
    assert words in refused.value.message
    assert refused.value.line == line_of(broken, fragment, occurrence)
    assert refused.value.message.startswith(f"Fichier de critères, ligne {refused.value.line} :")


def test_a_file_in_the_wrong_encoding_is_refused_with_its_line():
    raw = DEFAULT_TEXT.encode("latin-1", errors="replace")
    with pytest.raises(CriteriaFileError) as refused:
        parse_criteria(raw)
    assert "UTF-8" in refused.value.message
    assert refused.value.line == line_of(DEFAULT_TEXT, "é")


def test_a_refused_territory_file_falls_back_to_the_default_set_and_says_so(tmp_path):
    path = tmp_path / "criteres.toml"
    path.write_text(DEFAULT_TEXT.replace('id = "urgence"', 'id = "transition"'), encoding="utf-8")
    criteria, warning = load_criteria(path)
    assert criteria.version == "defaut-2026-1"
    assert "utilisé deux fois" in warning and "critères par défaut sont utilisés" in warning
    missing, warning = load_criteria(tmp_path / "absent.toml")
    assert missing.version == "defaut-2026-1" and "illisible" in warning


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
def test_any_input_loads_or_is_refused_in_french(raw):
    try:
        parse_criteria(raw)
    except CriteriaFileError as error:
        assert error.message.startswith("Fichier de critères")
