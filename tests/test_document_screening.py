"""The printed summary of a screening, read by the family: A4, embedded font, plain words,
their own words as written, the footer on every page. No Qt.

Checks on the printed text use poppler's ``pdftotext`` and are skipped where it is missing."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from refparcours import __version__
from refparcours.documents import common
from refparcours.documents.common import build_pdf, footer_text, long_date, paragraph, styles, write_pdf
from refparcours.documents.screening_summary import TITLE, screening_summary_pdf
from refparcours.screening import NO, OUTCOME_FAMILY, UNKNOWN, YES, Screening, load_criteria
from tests.pdf_helpers import A4_MEDIABOX, pdftotext_available

NAME = "Zoë N'Diaye de La Tour-Gérard"
WORDS = "On préfère réfléchir à deux : ça fait beaucoup d'un coup, même si l'idée nous plaît. Œuvre & « <b>test</b> »"
PRINTED = date(2026, 11, 23)
DECIDED = date(2026, 11, 22)



@pytest.fixture
def criteria():
    return load_criteria()[0]


def record_of(criteria, yes=(), unknown=(), disagree=None):
    """A real screening's stored record: the named criteria "oui" (or "ne sait pas"), the rest "non"."""
    screening = Screening(criteria)
    for criterion in criteria.criteria:
        value = YES if criterion.id in yes else UNKNOWN if criterion.id in unknown else NO
        screening.answer(criterion.id, value, note="note du professionnel, jamais imprimée")
    if disagree:
        screening.disagree(disagree, "Raison clinique et systémique du professionnel")
    return screening.to_record()


def summary(criteria, record=None, *, proposal=None, **overrides):
    arguments = dict(family_label=NAME, record=record or record_of(criteria, yes=("sante", "deux_institutions")),
                     criteria_set=criteria, decided_on=DECIDED, professional_name="Élodie Marchand",
                     office="Territoire de solidarité Nord", proposal=proposal, printed_on=PRINTED)
    arguments.update(overrides)
    return screening_summary_pdf(**arguments)


def proposal(answer="reflechit", words=WORDS, think_until=None, leaflet=True):
    return {"answer": answer, "think_until": think_until, "family_words": words, "leaflet_given": leaflet}


def text_of_raw(pdf: bytes, tmp_path) -> str:
    """What pdftotext reads: pages separated by form feeds, non-breaking spaces as spaces."""
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").replace("\u00a0", " ")


def text_of(pdf: bytes, tmp_path) -> str:
    """The printed text on one line, spaces normalised."""
    return re.sub(r"\s+", " ", text_of_raw(pdf, tmp_path))


def page_texts(pdf: bytes, tmp_path) -> list[str]:
    return [re.sub(r"\s+", " ", page) for page in text_of_raw(pdf, tmp_path).split("\f") if page.strip()]


def running_text(pdf: bytes, tmp_path) -> str:
    """The text as it reads across pages: without the footers and the heads of pages 2 and after."""
    lines = [line for line in text_of_raw(pdf, tmp_path).replace("\f", "\n").splitlines()
             if not line.startswith(f"refparcours {__version__} — imprimé le") and not line.endswith("(suite)")]
    return re.sub(r"\s+", " ", " ".join(lines))


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


# -- the file itself ---------------------------------------------------------------------------


def test_is_a_single_a4_pdf_with_the_embedded_font(criteria):
    pdf = summary(criteria, proposal=proposal())
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert page_count(pdf) == 1
    assert A4_MEDIABOX.search(pdf), "every page is A4"
    assert not re.search(rb"/MediaBox\s*\[\s*0\s+0\s+612", pdf), "no US Letter page"
    # The TrueType font is embedded (a subset, named after DejaVu Sans), not a base-14 font.
    assert b"DejaVuSans" in pdf
    assert b"/FontFile2" in pdf
    assert b"/Helvetica" not in pdf


def test_same_data_gives_the_same_bytes(criteria):
    assert summary(criteria, proposal=proposal()) == summary(criteria, proposal=proposal())


def test_the_document_properties_carry_no_name(criteria):
    # The title shows in file managers and print queues: no name in it.
    pdf = summary(criteria, proposal=proposal())
    info = re.search(rb"/Author .*?/Trapped", pdf, re.S)
    assert info, "the document properties are written uncompressed"
    assert b"/Title (Ce que nous avons regard" in info.group(0)
    assert b"/Creator (refparcours " + __version__.encode() + b")" in info.group(0)
    assert b"Diaye" not in info.group(0)
    assert b"/Lang (fr-FR)" in pdf


def test_write_pdf_is_atomic_and_refuses_non_pdf(criteria, tmp_path):
    target = tmp_path / "sous-dossier" / "résumé.pdf"
    pdf = summary(criteria)
    write_pdf(target, pdf)
    assert target.read_bytes() == pdf
    with pytest.raises(ValueError):
        write_pdf(target, b"not a pdf")
    assert target.read_bytes() == pdf
    assert [p.name for p in target.parent.iterdir()] == ["résumé.pdf"]


def test_font_registration_is_idempotent():
    common.register_fonts()
    common.register_fonts()
    from reportlab.pdfbase import pdfmetrics

    assert {common.FONT, common.FONT_BOLD} <= set(pdfmetrics.getRegisteredFontNames())


def test_fonts_and_their_licence_are_shipped():
    folder = common.fonts_dir()
    for file_name in common.FONT_FILES.values():
        assert (folder / file_name).stat().st_size > 100_000
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence


def test_body_text_is_large_enough():
    s = styles()
    for style in (s.body, s.bullet, s.quote, s.quote_long, s.subheading):
        assert style.fontSize >= 11, style.name
    assert s.title.fontSize > s.heading.fontSize > s.body.fontSize


def test_long_date_and_footer_text():
    assert long_date(date(2026, 3, 1)) == "1er mars 2026"
    assert long_date(date(2026, 8, 15)) == "15 août 2026"
    assert footer_text(date(2026, 2, 5), 1, 2) == f"refparcours {__version__} — imprimé le 05/02/2026 — page 1 / 2"


def test_every_page_gets_the_footer_with_the_total(criteria, monkeypatch):
    # Checked without poppler: the footer is drawn once per page, with "page N / M".
    drawn = []
    real = common.footer_text

    def spy(printed_on, page, pages):
        drawn.append((printed_on, page, pages))
        return real(printed_on, page, pages)

    monkeypatch.setattr(common, "footer_text", spy)
    every = record_of(criteria, yes=[c.id for c in criteria.criteria])
    pdf = summary(criteria, every, proposal=proposal(words=WORDS * 10))
    total = page_count(pdf)
    assert total >= 2
    assert drawn == [(PRINTED, n, total) for n in range(1, total + 1)]

    drawn.clear()
    before = date.today()
    summary(criteria, printed_on=None)
    assert drawn in ([(before, 1, 1)], [(date.today(), 1, 1)]), "printed today unless told otherwise"


def test_unknown_proposal_answer_is_refused(criteria):
    with pytest.raises(ValueError):
        summary(criteria, proposal=proposal(answer="oui"))


# -- what the family reads ---------------------------------------------------------------------


@pdftotext_available
def test_footer_on_every_page_with_version_date_and_page_numbers(criteria, tmp_path):
    pdf = summary(criteria, proposal=proposal())
    text = text_of(pdf, tmp_path)
    assert f"refparcours {__version__} — imprimé le 23/11/2026 — page 1 / 1" in text


@pdftotext_available
def test_names_and_family_words_print_exactly_with_their_accents(criteria, tmp_path):
    pdf = summary(criteria, proposal=proposal(words=WORDS))
    text = text_of(pdf, tmp_path)
    assert NAME in text
    assert WORDS in text, "the family's words are printed as written (escaped, not interpreted)"
    assert f"« {WORDS} »" in text, "between quotes"
    assert "Élodie Marchand" in text and "Territoire de solidarité Nord" in text
    assert "22 novembre 2026" in text


@pdftotext_available
def test_sections_in_plain_words(criteria, tmp_path):
    text = text_of(summary(criteria, proposal=proposal()), tmp_path)
    for heading in (TITLE, "Ce que nous avons regardé", "Ce que cela veut dire", "Ce que vous avez décidé",
                    "Et maintenant", "Vos droits"):
        assert heading in text
    assert "offre, jamais une obligation" in text
    assert "changer d'avis à tout moment" in text
    assert "aucune conséquence" in text
    assert "lire tout ce qui est écrit sur vous" in text


@pdftotext_available
def test_only_the_points_answered_yes_in_family_words_and_no_jargon(criteria, tmp_path):
    record = record_of(criteria, yes=("sante", "logement", "deux_institutions"), unknown=("violence",),
                       disagree="examiner")
    text = text_of(summary(criteria, record, proposal=proposal()), tmp_path)
    by_id = {c.id: c for c in criteria.criteria}
    for cid in ("sante", "logement", "deux_institutions"):
        assert by_id[cid].family in text
    for cid in ("violence", "handicap", "addiction", "urgence"):  # "ne sait pas" and "non" are not printed
        assert by_id[cid].family not in text
    # Grouped under the dimensions' family titles, only those with a point.
    dims = {d.id: d for d in criteria.dimensions}
    assert text.index(dims["clinique"].family_title) < text.index(by_id["sante"].family)
    assert text.index(dims["sociale"].family_title) < text.index(by_id["logement"].family)
    assert text.index(dims["systemique"].family_title) < text.index(by_id["deux_institutions"].family)
    lowered = text.lower()
    for jargon in ("systémique", "clinique", "dimension", "score", "risque de", "critère", "facteur"):
        assert jargon not in lowered, jargon
    # Neither the professional's wording, nor their notes, nor their reason.
    assert by_id["sante"].professional not in text
    assert "note du professionnel" not in text
    assert "Raison" not in text
    # What it means follows the decision kept (the professional's, here).
    assert OUTCOME_FAMILY["examiner"] in text


@pdftotext_available
def test_no_point_answered_yes(criteria, tmp_path):
    text = text_of(summary(criteria, record_of(criteria)), tmp_path)
    assert "Aucune difficulté n'a été relevée" in text
    assert OUTCOME_FAMILY["non_complexe"] in text
    assert "Il n'y a rien à accepter ou à refuser" in text


@pdftotext_available
def test_without_an_answer_yet_the_decision_is_theirs(criteria, tmp_path):
    text = text_of(summary(criteria, proposal=None), tmp_path)
    assert "pas encore donné votre réponse" in text
    assert "C'est à vous de décider" in text
    assert "Ce que vous avez dit" not in text


@pdftotext_available
def test_declining_reads_neutral_and_respected(criteria, tmp_path):
    text = text_of(summary(criteria, proposal=proposal(answer="decline", words="Non merci.", leaflet=False)),
                   tmp_path)
    assert "Vous avez choisi de ne pas donner suite" in text
    assert "votre choix, et il est respecté" in text
    assert "continuent de le faire" in text
    assert "Si vous changez d'avis" in text
    assert "« Non merci. »" in text
    assert "Vous pouvez demander la plaquette" in text
    lowered = text.lower()
    for word in ("refus", "échec", "non-adhésion", "obligatoire", "sanction"):
        assert word not in lowered, word


@pdftotext_available
def test_accepting_and_thinking_say_what_comes_next(criteria, tmp_path):
    accepted = text_of(summary(criteria, proposal=proposal(answer="accepte")), tmp_path)
    assert "Vous avez accepté qu'un référent de parcours vous accompagne" in accepted
    assert "choisir ensemble votre référent de parcours" in accepted
    assert "Vous avez reçu la plaquette" in accepted
    thinking = text_of(summary(criteria, proposal=proposal(think_until=date(2026, 12, 6))), tmp_path)
    assert "Vous prenez le temps de réfléchir" in thinking
    assert "6 décembre 2026" in thinking
    assert "avant ou après, à votre rythme" in thinking


@pdftotext_available
def test_a_record_made_with_other_criteria_prints_its_own_family_wording(criteria, tmp_path):
    record = record_of(criteria, yes=("sante", "deux_institutions"))
    record = {**record, "criteria_version": "territoire-2025"}
    text = text_of(summary(criteria, record), tmp_path)
    assert "des soucis de santé, du corps ou du moral" in text.lower()  # the stored family wording
    assert text.count(OUTCOME_FAMILY["proposer"]) == 1


FAMILY_SENTENCES = (
    "Nous avons déjà vu beaucoup de monde : l'assistante sociale, le médecin, l'école de Léa et la mission "
    "locale pour Théo. Ça fait beaucoup ; on voudrait qu'une seule personne s'occupe de faire le lien, mais on "
    "a besoin d'en parler avec mamie Françoise d'abord, parce qu'elle garde les petits le mercredi. "
)


def long_family_text(line_breaks: int) -> str:
    """5,000 characters of a family's words, with ``line_breaks`` line breaks spread through them."""
    text = (FAMILY_SENTENCES * 40)[:5000]
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    chosen = {spaces[len(spaces) * (k + 1) // (line_breaks + 1)] for k in range(line_breaks)}
    text = "".join("\n" if i in chosen else ch for i, ch in enumerate(text))
    assert len(text) == 5000
    return text


def assert_all_pages_numbered(pdf: bytes, tmp_path, total: int) -> list[str]:
    pages = page_texts(pdf, tmp_path)
    assert len(pages) == page_count(pdf) == total
    for number, page in enumerate(pages, start=1):
        assert f"refparcours {__version__} — imprimé le 23/11/2026 — page {number} / {total}" in page
    return pages


@pdftotext_available
def test_five_thousand_characters_of_family_words_continue_on_a_second_page(criteria, tmp_path):
    words = long_family_text(line_breaks=3)
    pdf = summary(criteria, proposal=proposal(words=words))
    assert pdf.startswith(b"%PDF-") and A4_MEDIABOX.search(pdf)
    pages = assert_all_pages_numbered(pdf, tmp_path, 2)
    assert f"{TITLE} — {NAME} (suite)" in pages[1], "a loose second page says what it belongs to"
    assert f"{TITLE} — {NAME} (suite)" not in pages[0]
    assert re.sub(r"\s+", " ", words).strip() in running_text(pdf, tmp_path), "all of it, nothing cut"
    assert "Vos droits" in pages[1] and "Élodie Marchand, Territoire de solidarité Nord" in pages[1]


@pdftotext_available
def test_words_written_in_many_short_lines_keep_their_lines_and_every_page_is_numbered(criteria, tmp_path):
    # Line breaks are kept as typed, so many short lines take more room: a third page then.
    words = long_family_text(line_breaks=40)
    pdf = summary(criteria, proposal=proposal(words=words))
    pages = assert_all_pages_numbered(pdf, tmp_path, page_count(pdf))
    assert 2 <= len(pages) <= 3
    assert re.sub(r"\s+", " ", words).strip() in running_text(pdf, tmp_path), "all of it, nothing cut"


@pdftotext_available
def test_every_point_answered_yes_continues_on_a_second_page(criteria, tmp_path):
    every = record_of(criteria, yes=[c.id for c in criteria.criteria])
    pdf = summary(criteria, every, proposal=proposal(words="Oui."))
    pages = assert_all_pages_numbered(pdf, tmp_path, page_count(pdf))
    assert len(pages) <= 2
    text = text_of(pdf, tmp_path)
    for criterion in criteria.criteria:
        assert criterion.family in text
    assert "Vos droits" in text


def test_a_long_text_without_spaces_still_prints(criteria):
    pdf = summary(criteria, proposal=proposal(words="é" * 5000))
    assert pdf.startswith(b"%PDF-") and 1 <= page_count(pdf) <= 3


def test_build_pdf_numbers_pages_of_any_story(tmp_path):
    s = styles()
    pdf = build_pdf([paragraph(f"Ligne {n} — àéîõü", s.body) for n in range(120)], title="Essai",
                    printed_on=PRINTED)
    assert page_count(pdf) >= 3
    if shutil.which("pdftotext"):
        pages = page_texts(pdf, tmp_path)
        total = len(pages)
        assert total == page_count(pdf)
        for number, page in enumerate(pages, start=1):
            assert f"page {number} / {total}" in page
