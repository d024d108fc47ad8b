"""The documents handed to a family, printed in the family's language (French, English,
Spanish, Portuguese, Arabic, Turkish) or in French and that language; the catalogues they
take their texts from. No Qt.

Checks on the printed text use poppler's ``pdftotext`` and are skipped where it is missing.
Arabic is printed in joined letter forms (Unicode presentation forms) and in drawing order:
``pdftotext`` gives it back in reading order, and NFKC turns the joined forms back into
letters, so the text can be compared with what was written."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date

import pytest

from refparcours.documents.common import PrintLanguage, long_date
from refparcours.documents.leaflet import leaflet_pdf
from refparcours.documents.plan import plan_pdf
from refparcours.documents.plan_sample import DEMANDE_TEXT, sample_plan_content, sample_version
from refparcours.documents.screening_summary import screening_summary_pdf
from refparcours.documents.synthesis import synthesis_record_pdf
from refparcours.documents.synthesis_sample import NOUR, sample_meeting_record
from refparcours.printlang import (
    PRINT_LANGUAGES,
    PrintLanguageError,
    catalogues_dir,
    differences,
    french,
    load_catalogue,
    parse_catalogue,
)
from refparcours.screening import EXAMINE, NOT_COMPLEX, OUTCOME_FAMILY, PROPOSE, load_criteria
from tests.pdf_helpers import A4_MEDIABOX, pdftotext_available, raw_text

PRINTED = date(2026, 11, 23)
FAMILY_WORDS = "نريد أن نفكر قليلا مع العائلة & « <b>les nôtres</b> »"
FIRST_DEMANDE_LINE = DEMANDE_TEXT.split("\n")[0]
DOCUMENTS = ("plan", "plain", "record", "leaflet", "screening")
TITLES = {"plan": "plan.title", "plain": "plan.plain_title", "record": "meeting.record_titles.synthese",
          "leaflet": "leaflet.title", "screening": "screening.title"}
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e]")


def readable(pdf: bytes, tmp_path) -> str:
    """The printed text as a person reads it: letters rather than joined forms, one space
    between words."""
    text = unicodedata.normalize("NFKC", _CONTROLS.sub("", raw_text(pdf, tmp_path)))
    return re.sub(r"\s+", " ", text)


def screening(language: PrintLanguage, words: str = FAMILY_WORDS) -> bytes:
    criteria = load_criteria()[0]
    record = {"criteria_version": criteria.version, "decision": "proposer", "family_explanation": "",
              "answers": {c.id: {"value": "oui"} for c in criteria.criteria[:3]}}
    return screening_summary_pdf(family_label="Famille Benali", record=record, criteria_set=criteria,
                                 decided_on=date(2026, 11, 20), professional_name="Julie Martin", office="MDS",
                                 proposal={"answer": "reflechit", "think_until": date(2026, 12, 1),
                                           "family_words": words, "leaflet_given": True},
                                 printed_on=PRINTED, language=language)


def document(kind: str, language: PrintLanguage) -> bytes:
    if kind in ("plan", "plain"):
        return plan_pdf(sample_plan_content(domains=4, actions=6), version=sample_version(), plain=kind == "plain",
                        printed_on=PRINTED, language=language)
    if kind == "record":
        return synthesis_record_pdf(sample_meeting_record(), printed_on=PRINTED, language=language)
    if kind == "leaflet":
        return leaflet_pdf({"territory": "MDS Roubaix-Est", "phone": "03 20 00 00 00"}, referent="Élodie Marchand",
                           printed_on=PRINTED, language=language)
    return screening(language)


# -- the catalogues ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", [code for code in PRINT_LANGUAGES if code != "fr"])
def test_every_catalogue_has_every_french_text_with_the_same_parts_to_fill(code):
    assert differences(load_catalogue(code), french()) == []


def test_a_missing_text_or_a_lost_or_changed_placeholder_is_caught():
    source = (catalogues_dir() / "en.toml").read_text(encoding="utf-8")
    lost = source.replace('adopted_by = "Agreed on {date} by {names}."', 'adopted_by = "Agreed on {date}."')
    renamed = source.replace('footer = "{app} — printed on {date}', 'footer = "{app} — printed on {day}')
    missing = source.replace('my_request = "My request"\n', "")
    shorter = source.replace('  "You can change your mind and withdraw your agreement at any time.",\n', "")
    for broken, key in ((lost, "plan.adopted_by"), (renamed, "common.footer"), (missing, "plan.my_request"),
                        (shorter, "leaflet.rights")):
        assert broken != source
        problems = differences(parse_catalogue(broken.encode(), "en.toml", "en"), french())
        assert len(problems) == 1 and f"« {key} »" in problems[0]


def test_the_french_catalogue_says_what_the_screening_says():
    fr = french()
    assert [fr.text(f"screening.outcome_{key}") for key in ("propose", "examine", "not_complex")] == [
        OUTCOME_FAMILY[PROPOSE], OUTCOME_FAMILY[EXAMINE], OUTCOME_FAMILY[NOT_COMPLEX]]


@pytest.mark.parametrize("data, words", [
    (b'[language]\ncode = "en"\nname = "English"\ndirection = "ltr"\ntag = "en"\n[plan]\ntitle = "Family plan',
     "mal formé"),
    (b'[plan]\ntitle = "Family plan"\n', "n'a pas de section [language]"),
    (b'[language]\ncode = "es"\nname = "x"\ndirection = "ltr"\ntag = "es"\n', "celui de la langue « es »"),
    (b'[language]\ncode = "en"\nname = "x"\ndirection = "haut"\ntag = "en"\n', "sens d'écriture"),
    (b'[language]\ncode = "en"\nname = "x"\ndirection = "ltr"\ntag = "en"\n[plan]\ntitle = 3\n', "un texte"),
    (b'[language]\ncode = "en"\nname = "x"\ndirection = "ltr"\ntag = "en"\n[plan]\ntitle = "A {date"\n',
     "accolade"),
    ("[language]\ncode = 'en'\n".encode("utf-16"), "UTF-8"),
])
def test_a_broken_catalogue_is_refused_with_a_french_message(data, words):
    with pytest.raises(PrintLanguageError) as raised:
        parse_catalogue(data, "en.toml", "en")
    assert words in raised.value.message and "en.toml" in raised.value.message


def test_a_missing_catalogue_or_an_unknown_language_is_said_in_french(tmp_path):
    with pytest.raises(PrintLanguageError, match="illisible"):
        load_catalogue("tr", tmp_path)
    with pytest.raises(PrintLanguageError, match="Langue d'impression inconnue : « de »"):
        load_catalogue("de")


def test_dates_are_said_in_each_language():
    said = {code: long_date(date(2026, 3, 1), load_catalogue(code)) for code in PRINT_LANGUAGES}
    assert said == {"fr": "1er mars 2026", "en": "1 March 2026", "es": "1 de marzo de 2026",
                    "pt": "1 de março de 2026", "ar": "1 مارس 2026", "tr": "1 Mart 2026"}
    assert long_date(date(2026, 11, 22)) == "22 novembre 2026"


# -- every document in every language -----------------------------------------------------------


@pdftotext_available
@pytest.mark.parametrize("bilingual", [False, True], ids=["seule", "bilingue"])
@pytest.mark.parametrize("code", list(PRINT_LANGUAGES))
@pytest.mark.parametrize("kind", DOCUMENTS)
def test_prints_in_every_language(kind, code, bilingual, tmp_path):
    pdf = document(kind, PrintLanguage(code, bilingual))
    assert A4_MEDIABOX.search(pdf)
    text = readable(pdf, tmp_path)
    catalogue = load_catalogue(code)
    title = catalogue.text(TITLES[kind])
    assert title in text
    if bilingual:
        assert french().text(TITLES[kind]) in text  # French first, then the family's language
    # The footer of every page, in the family's language.
    footer = catalogue.text("common.footer", app="X", date=catalogue.short_date(PRINTED), page=1, pages=9)
    before_page = footer.split(catalogue.short_date(PRINTED))[0].replace("X", "").strip(" —")
    assert before_page in text and catalogue.short_date(PRINTED) in text
    # Someone's words, as written, whatever the language.
    if kind in ("plan", "plain"):
        assert FIRST_DEMANDE_LINE[:60] in text
    elif kind == "record":
        assert NOUR in text
    elif kind == "screening":  # (pdftotext puts words read both ways in an order of its own)
        assert all(word in text for word in "نريد أن نفكر قليلا مع العائلة".split()) and "les nôtres</b" in text
    else:
        assert "Élodie Marchand" in text


@pdftotext_available
def test_a_translated_sentence_and_date_are_printed(tmp_path):
    english = readable(document("plan", PrintLanguage("en")), tmp_path)
    assert "Version 3 of 22 November 2026" in english and "Our request" in english
    assert "Projet pour la famille" not in english
    turkish = readable(document("screening", PrintLanguage("tr", bilingual=True)), tmp_path)
    assert "Ce que vous avez dit : Söyledikleriniz:" in turkish  # the translation under the French
    assert "Nous avons convenu d'en reparler vers le 1er décembre 2026" in turkish
    assert "1 Aralık 2026 civarında yeniden konuşmak üzere anlaştık" in turkish


# -- right to left --------------------------------------------------------------------------------


def words_with_boxes(pdf: bytes, tmp_path) -> list[tuple[float, float, float, str]]:
    """The words of the first page with where they start and end (left to right) and their
    height on the page; a word drawn right to left is given back as it reads."""
    path = tmp_path / "boxes.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)
    boxes = []
    for x_min, y_min, x_max, word in found:
        word = unicodedata.normalize("NFKC", word)
        boxes.append((float(x_min), float(x_max), float(y_min),
                      word[::-1] if re.search("[\u0600-\u06ff]", word) else word))
    return boxes


def line_with(boxes: list[tuple[float, float, float, str]], word: str) -> dict[str, float]:
    """Where each word of the (first) line holding ``word`` starts."""
    y = next(y for _, _, y, found in boxes if found == word)
    return {found: x_min for x_min, _, at, found in boxes if abs(at - y) < 3}


@pdftotext_available
def test_arabic_documents_read_right_to_left_with_joined_letters(tmp_path):
    pdf = document("plan", PrintLanguage("ar"))
    raw = raw_text(pdf, tmp_path)
    assert re.search("[\ufe70-\ufeff]", raw)  # joined forms: the letters are shaped
    boxes = words_with_boxes(pdf, tmp_path)
    # "النسخة 3 بتاريخ 22 نوفمبر 2026" (version 3 of 22 November 2026): read from the right.
    at = line_with(boxes, "النسخة")
    assert at["النسخة"] > at["3"] > at["بتاريخ"] > at["22"] > at["نوفمبر"] > at["2026"]
    at = line_with(boxes, "صفحة")
    assert at["صفحة"] > at["1"] > at["من"]  # "page 1 of N", in the footer
    title = [box for box in boxes if box[3] in ("مشروع", "الأسرة")]
    right_margin = 595.28 - 51.02 - 6  # the page margin, then the frame's padding
    assert title and max(box[1] for box in title) == pytest.approx(right_margin, abs=2)  # right-aligned
    # The family's French words stay left to right, from the left margin.
    first = [box for box in boxes if box[3] == "voudrait"]
    assert first and first[0][0] < 120


@pdftotext_available
def test_an_arabic_name_in_a_french_document_is_shaped_and_in_order(tmp_path):
    content = sample_plan_content(domains=2, actions=2)
    content["household"][0]["name"] = "سميرة بن علي (Samira)"
    content["dossier"]["label"] = "عائلة بن علي"
    pdf = plan_pdf(content, version=sample_version(), printed_on=PRINTED)
    raw = raw_text(pdf, tmp_path)
    assert re.search("[\ufe70-\ufeff]", raw)
    text = readable(pdf, tmp_path)
    assert "Projet pour la famille" in text and "page 1 / " in text
    boxes = words_with_boxes(pdf, tmp_path)
    at = line_with(boxes, "عائلة")
    assert at["Pour"] < at["علي"] < at["بن"] < at["عائلة"]  # the French label, then the name read from the right
    at = line_with(boxes, "سميرة")
    assert at["(Samira)"] < at["علي"] < at["بن"] < at["سميرة"]


def test_a_partner_copy_stays_in_french():
    content = {**sample_plan_content(domains=2, actions=2), "partner_sections": ["actions"]}
    in_arabic = plan_pdf(content, version=sample_version(), copy="partenaire", recipient="CCAS", printed_on=PRINTED,
                         language=PrintLanguage("ar", bilingual=True))
    assert in_arabic == plan_pdf(content, version=sample_version(), copy="partenaire", recipient="CCAS",
                                 printed_on=PRINTED)


def test_french_alone_prints_the_same_bytes_as_before_languages_existed():
    content = sample_plan_content(domains=3, actions=4)
    assert plan_pdf(content, version=sample_version(), printed_on=PRINTED) == plan_pdf(
        content, version=sample_version(), printed_on=PRINTED, language=PrintLanguage("fr", bilingual=True))


def test_a_bilingual_label_has_one_colon_after_both_languages():
    from refparcours.printlang import PrintLanguage

    assert PrintLanguage("en", bilingual=True).inline("Pour :", "To:") == "Pour / To:"
    # Arabic: the colon would otherwise be drawn on the left of the Arabic words, inside them.
    assert PrintLanguage("ar", bilingual=True).inline("Pour :", "موجّه إلى:") == \
        "Pour / \u202bموجّه إلى\u202c\u00a0:"
    assert PrintLanguage("ar").inline("Pour :", "موجّه إلى:") == "موجّه إلى:"


@pdftotext_available
def test_in_a_bilingual_invitation_an_arabic_name_follows_the_arabic_label(tmp_path):
    from refparcours.documents.synthesis import invitation_pdf

    record = sample_meeting_record()
    family = next(p for p in record["participants"] if p["side"] == "famille")
    family["name"], family["organisation"] = "سميرة بن علي", ""
    record["participants"] = [family]
    boxes = words_with_boxes(invitation_pdf(record, printed_on=PRINTED, language=PrintLanguage("ar", True)), tmp_path)
    at = line_with(boxes, "سميرة")
    # "La famille / الأسرة : سميرة بن علي": the label in French then in Arabic, then the name read from the right.
    assert at["famille"] < at["/"] < at[":"] < at["علي"] < at["بن"] < at["سميرة"]
