"""Text rules every field goes through: how names are found, how dates are read,
what is kept of what was typed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from refparcours.errors import ValidationError
from refparcours.rules import DOSSIER_RULES, PERSON_RULES, apply_rules
from refparcours.text import clean_text, parse_date, search_key, search_terms

TODAY = date(2026, 11, 22)


def found_by(name: str, query: str) -> bool:
    """What the dossier search does: every typed word is contained in the folded text."""
    key = search_key(name)
    return all(term in key for term in search_terms(query))


# -- search_key ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Gérard", "gerard"),
        ("GÉRARD", "gerard"),
        ("Zoë", "zoe"),
        ("Œhler", "oehler"),
        ("Lætitia", "laetitia"),
        ("Straße", "strasse"),
        ("Yılmaz", "yilmaz"),
        ("Nguyễn", "nguyen"),
        ("N'Diaye", "ndiaye"),
        ("  Marie-Thérèse   Dubois ", "marie therese dubois"),
    ],
)
def test_search_key_folds_accents_case_and_separators(typed, folded):
    assert search_key(typed) == folded


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("Gérard", "gerard"),
        ("gerard", "GÉRARD"),
        ("Zoë", "zoe"),
        ("N'Diaye", "ndiaye"),
        ("N'Diaye", "n’diaye"),  # typographic apostrophe, as macOS and Word type it
        ("N’Diaye", "n'diaye"),
        ("de La Tour-Gérard", "tour gerard"),
        ("de La Tour-Gérard", "la tour-gerard"),
        ("Fabienne Œhler", "oehler"),
    ],
)
def test_names_are_found_whatever_the_accents_case_and_apostrophes(name, query):
    assert found_by(name, query)


@pytest.mark.parametrize(("name", "query"), [("Gérard", "gerarde"), ("Zoë", "zoé martin"), ("N'Diaye", "diallo")])
def test_a_different_name_is_not_found(name, query):
    assert not found_by(name, query)


def test_search_key_joins_parts_and_skips_empty_ones():
    assert search_key("Famille Gérard", None, "", "Zoë N'Diaye") == "famille gerard zoe ndiaye"


def test_search_key_keeps_scripts_without_case():
    assert search_key("محمد") == "محمد"
    assert search_key("שלום") == "שלום"


@settings(max_examples=300, deadline=None)
@given(st.text())
# Letters that only become plain after decomposing, then folding case, then decomposing again.
@example("ℌ")
@example("Ǣ")
@example("ᴬ")
@example("ϒ")
@example("㎁")
def test_search_key_never_raises_and_is_stable(text):
    key = search_key(text)
    assert isinstance(key, str)
    # A stored key folded again (e.g. pasted back into the search box) must still match.
    assert search_key(key) == key


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_a_name_is_always_found_by_itself(prefix, name):
    assert found_by(prefix + " " + name, name)


# -- parse_date ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["05/03/2019", "5/3/2019", "2019-03-05", " 05/03/2019 ", "05.03.2019", "05-03-2019"]
)
def test_parse_date_reads_the_usual_french_forms(typed):
    assert parse_date(typed, field="d", what="La date") == date(2019, 3, 5)


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_parse_date_empty_means_no_date(typed):
    assert parse_date(typed, field="d", what="La date") is None


def test_parse_date_passes_a_date_through():
    assert parse_date(date(2020, 2, 29), field="d", what="La date") == date(2020, 2, 29)


def test_parse_date_accepts_a_real_leap_day():
    assert parse_date("29/02/2020", field="d", what="La date") == date(2020, 2, 29)


@pytest.mark.parametrize(
    ("typed", "expected_words"),
    [
        ("31/02/2020", "n'existe pas dans le calendrier"),
        ("29/02/2019", "n'existe pas dans le calendrier"),
        ("00/01/2020", "n'existe pas dans le calendrier"),
        ("hier", "n'est pas une date"),
        ("2019/03/05 10:00", "n'est pas une date"),
        ("05/03/19", "n'est pas une date"),
    ],
)
def test_parse_date_refuses_with_a_french_message_naming_the_field(typed, expected_words):
    with pytest.raises(ValidationError) as caught:
        parse_date(typed, field="birth_date", what="La date de naissance")
    assert expected_words in caught.value.message
    assert caught.value.message.startswith("La date de naissance")
    assert caught.value.field == "birth_date"


def test_parse_date_message_shows_the_expected_format():
    with pytest.raises(ValidationError) as caught:
        parse_date("hier", field="d", what="La date")
    assert "JJ/MM/AAAA" in caught.value.message


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.from_regex(r"\A\d{1,4}[/.\- -]\d{1,4}[/.\- ]\d{1,5}\Z")))
def test_parse_date_either_reads_or_refuses_in_french(text):
    try:
        result = parse_date(text, field="d", what="La date")
    except ValidationError as error:
        assert error.message  # a sentence for the user, never an empty box
    else:
        assert result is None or isinstance(result, date)


# -- clean_text ---------------------------------------------------------------------------


def test_clean_text_drops_control_characters_and_trims():
    assert clean_text("  Zo\x00ë\x1b Martin\x7f\x85 ") == "Zoë Martin"


def test_clean_text_turns_line_breaks_into_spaces_on_one_line_fields():
    assert clean_text("Famille\nMartin\tDupont") == "Famille Martin Dupont"
    assert clean_text("ligne 1\nligne 2", multiline=True) == "ligne 1\nligne 2"


def test_clean_text_stores_accents_one_way():
    decomposed = "Ge\u0301rard"  # e + combining acute, as some keyboards and PDFs produce
    assert clean_text(decomposed) == "Gérard"
    assert search_key(decomposed) == search_key("Gérard")


@pytest.mark.parametrize(
    "typed",
    [
        "Zoë 🌟",
        "👨‍👩‍👧‍👦 famille",  # zero-width joiners must survive, or the emoji falls apart
        "محمد بن سعيد",
        "שרה כהן",
        "Nguyễn Thị Thảo",
        "Famille O'Connor – d'Almeida",
    ],
)
def test_clean_text_keeps_what_people_type(typed):
    assert clean_text(typed) == typed


def test_clean_text_of_none_is_empty():
    assert clean_text(None) == ""


# -- field rules --------------------------------------------------------------------------


def test_rules_refuse_an_unknown_field():
    with pytest.raises(ValidationError) as caught:
        apply_rules(DOSSIER_RULES, {"search_text": "x"}, TODAY)
    assert "ne peut pas être modifié" in caught.value.message


def test_rules_refuse_an_unknown_state_in_french():
    with pytest.raises(ValidationError) as caught:
        apply_rules(DOSSIER_RULES, {"state": "perdu"}, TODAY)
    assert "valeur inconnue" in caught.value.message


def test_too_long_message_gives_the_count_and_the_limit():
    with pytest.raises(ValidationError) as caught:
        apply_rules(DOSSIER_RULES, {"label": "a" * 20_000}, TODAY)
    assert caught.value.message == "Le nom du dossier est trop long : 20 000 caractères, 200 au plus."
    assert caught.value.field == "label"


@pytest.mark.parametrize(("typed", "words"), [("23/11/2026", "futur"), ("31/12/1899", "trop ancienne")])
def test_birth_date_must_be_plausible(typed, words):
    with pytest.raises(ValidationError) as caught:
        apply_rules(PERSON_RULES, {"birth_date": typed}, TODAY)
    assert words in caught.value.message


def test_birth_date_today_is_accepted():
    # A baby born today is added to the household the same day.
    assert apply_rules(PERSON_RULES, {"birth_date": "22/11/2026"}, TODAY) == {"birth_date": TODAY}
