"""The anonymous evaluation report (joint committee and annual note), from the indicators the
caller has already made anonymous (a count too small to be shown is None). No Qt.

Checks on the printed text use poppler's ``pdftotext`` and are skipped where it is missing."""

from __future__ import annotations

import re
import subprocess
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart

from refparcours import __version__
from refparcours.documents.evaluation_report import (
    CHART_LEAVES_OUT,
    DOCUMENT_TITLE,
    EMPTY_TABLE,
    INTRO,
    NO_CHART_HIDDEN,
    NO_CHART_TOO_MANY,
    NO_FIGURE,
    NO_QUOTE,
    NO_TABLE,
    QUOTES_TITLE,
    RESOLUTION_WORDS,
    STACK_LEAVES_OUT,
    _Chart,
    _Printer,
    evaluation_report_pdf,
    figure_value,
    number,
    page_room,
)
from refparcours.documents.evaluation_sample import (
    QUARTERS,
    QUOTE_MEETINGS,
    QUOTE_ONE_PERSON,
    QUOTE_OWN_WAY,
    TERRITORY,
    sample_indicators,
)
from refparcours.evaluation import SUPPRESSION_THRESHOLD
from tests import pdf_helpers
from tests.pdf_helpers import A4_MEDIABOX, page_count, pdftotext_available, text_of

PRINTED = date(2026, 11, 23)
FOOTER_NOTE = "Document anonyme — évaluation du 1er octobre 2025 au 30 septembre 2026"
HIDDEN = re.compile(r"<\s*5\b")  # a hidden cell, however pdftotext spaces it



def flat(text: str) -> str:
    return re.sub(r"\s+", " ", str(text).replace("\u00a0", " ")).strip()


def printed(indicators=None) -> bytes:
    return evaluation_report_pdf(sample_indicators() if indicators is None else indicators, printed_on=PRINTED)


def running_text(pdf: bytes, tmp_path) -> str:
    return pdf_helpers.running_text(pdf, tmp_path, r"^Document anonyme — évaluation")


def layout_lines(pdf: bytes, tmp_path) -> list[str]:
    """The text as laid out on the page: a row of a table on one line."""
    path = tmp_path / "layout.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return [flat(line) for line in out.stdout.decode("utf-8").splitlines() if line.strip()]


def table(key: str, indicators=None) -> dict:
    return next(t for t in (indicators or sample_indicators())["tables"] if t["key"] == key)


def only(*keys: str, **changes) -> dict:
    """The sample with only some of its tables (and other parts changed)."""
    indicators = sample_indicators()
    indicators["tables"] = [t for t in indicators["tables"] if t["key"] in keys]
    indicators.update(changes)
    return indicators


def charts_in(drawing) -> list:
    return [item for item in drawing.contents if isinstance(item, HorizontalBarChart | VerticalBarChart |
                                                            HorizontalLineChart)]


# -- the file itself ---------------------------------------------------------------------------


def test_a4_embedded_font_same_bytes_and_only_the_title_in_the_properties():
    pdf = printed()
    assert pdf.startswith(b"%PDF-") and A4_MEDIABOX.search(pdf)
    assert b"/FontFile2" in pdf and b"DejaVuSans" in pdf
    assert pdf == printed(), "same data, same bytes"
    info = re.search(rb"/Author .*?/Trapped", pdf, re.S)
    assert info and b"valuation de la d" in info.group(0)
    assert b"Haute-Vienne" not in info.group(0)


def test_the_sample_covers_what_the_report_must_print():
    indicators = sample_indicators()
    assert indicators["format"] == 1 and indicators["anonymous"] is True
    assert indicators["suppression_threshold"] == SUPPRESSION_THRESHOLD
    figures = indicators["figures"]
    assert len(figures) == 11 and {f["unit"] for f in figures} == {"", "jours", "%", "/ 10"}
    assert any(f["value"] is None for f in figures) and any(isinstance(f["value"], float) for f in figures)
    tables = indicators["tables"]
    assert {t["chart"] for t in tables} == {"bar", "stacked", "line"}
    assert [row[0] for row in table("tendances")["rows"]] == list(QUARTERS)
    assert sum(value is None for t in tables for row in t["rows"] for value in row[1:]) >= 5
    assert any(value == 0 for t in tables for row in t["rows"] for value in row[1:])
    assert 2 <= len(indicators["quotes"]) <= 3
    assert sample_indicators() == indicators, "deterministic"


def test_numbers_are_written_the_french_way():
    assert number(1234567) == "1\u00a0234\u00a0567"
    assert number(72.7) == "72,7" and number(8.0) == "8" and number(0) == "0"
    assert figure_value(38, "jours") == "38\u00a0jours" and figure_value(1, "jours") == "1\u00a0jour"
    assert figure_value(94, "%") == "94\u00a0%" and figure_value(8.5, "/ 10") == "8,5\u00a0/\u00a010"
    assert figure_value(12, "") == "12"


# -- the head ----------------------------------------------------------------------------------


@pdftotext_available
def test_title_period_territory_and_what_is_counted(tmp_path):
    text = running_text(printed(), tmp_path)
    assert text.startswith(DOCUMENT_TITLE)
    for expected in ("Du 1er octobre 2025 au 30 septembre 2026", f"Territoire : {TERRITORY}",
                     "Dossiers comptés : tous les dossiers", "Chiffres préparés le 20 novembre 2026."):
        assert expected in text, expected
    for sentence in INTRO:
        assert flat(sentence.format(threshold=5)) in text
    assert "« moins de 5 » est écrit à sa place" in text
    everywhere = running_text(printed(only("fins", territory="", scope="mes dossiers")), tmp_path)
    assert "Territoire : tous les territoires" in everywhere
    assert "Dossiers comptés : les dossiers suivis par la personne qui a préparé ce document" in everywhere


@pdftotext_available
def test_the_footer_note_is_on_every_page_and_says_nothing_else(tmp_path):
    pdf = printed()
    pages = page_count(pdf)
    assert pages >= 3
    for page in range(1, pages + 1):
        lines = [flat(line) for line in pdf_helpers.raw_text(pdf, tmp_path, page).splitlines() if line.strip()]
        assert FOOTER_NOTE in lines, page
        assert f"refparcours {__version__} — imprimé le 23/11/2026 — page {page} / {pages}" in lines
        assert [line for line in lines if line.startswith("Document anonyme")] == [FOOTER_NOTE]


# -- the key figures ---------------------------------------------------------------------------


@pdftotext_available
def test_every_figure_label_and_value_is_printed(tmp_path):
    indicators = sample_indicators()
    text = running_text(printed(indicators), tmp_path)
    figures = text[text.index("Les chiffres clés"):text.index(indicators["tables"][0]["title"])]
    for figure in indicators["figures"]:
        assert flat(figure["label"]) in figures, figure["label"]
        if figure["value"] is not None:
            assert flat(figure_value(figure["value"], figure["unit"])) in figures, figure["label"]
        if figure["note"]:
            assert flat(figure["note"]) in figures
    for expected in ("64", "38 jours", "94 %", "72,7 %", "8,5 / 10"):
        assert expected in figures


@pdftotext_available
def test_a_hidden_figure_says_less_than_5_and_never_a_number(tmp_path):
    indicators = only("fins")
    indicators["figures"] = [
        {"key": "a", "label": "Familles ayant trouvé leur solution elles-mêmes", "value": None, "unit": "",
         "note": ""},
        {"key": "b", "label": "Satisfaction médiane", "value": None, "unit": "/ 10", "note": ""},
        {"key": "c", "label": "Rencontres tenues", "value": 87, "unit": "", "note": ""},
    ]
    lines = layout_lines(printed(indicators), tmp_path)
    start = lines.index("Les chiffres clés")
    cards = " ".join(lines[start + 1:lines.index("Pourquoi les accompagnements se sont terminés")])
    cards = cards[:cards.index("Document anonyme")] if "Document anonyme" in cards else cards
    assert cards.startswith("moins de 5 non montré 87")
    for words in ("Familles ayant trouvé", "leur solution elles-mêmes", "Satisfaction médiane", "Rencontres tenues",
                  "trop peu de situations", "moins de 5)"):
        assert words in cards, words
    assert not re.search(r"\b[1-4]\b", cards), "no small number next to a hidden figure"


def test_a_small_count_that_slipped_through_is_hidden_all_the_same():
    """The caller hides small counts (None); should a raw 3 reach the report, it prints exactly
    as if hidden: the same bytes."""
    hidden = sample_indicators()
    raw = sample_indicators()
    for figure in raw["figures"]:
        if figure["value"] is None and not figure["unit"]:
            figure["value"] = 3
    for t in raw["tables"]:
        t["rows"] = [[row[0], *[(index % 4) + 1 if value is None else value for index, value in enumerate(row[1:])]]
                     for row in t["rows"]]
    assert raw != hidden
    assert printed(raw) == printed(hidden)
    printer = _Printer({"suppression_threshold": 5})
    assert [printer.guarded(value) for value in (1, 4, 5, 0, 3.5, None, True)] == [None, None, 5, 0, 3.5, None, True]
    assert _Printer({"suppression_threshold": 10}).guarded(7) is None


@pdftotext_available
def test_no_figure_prints_a_sentence(tmp_path):
    text = running_text(printed(only("fins", figures=[])), tmp_path)
    assert f"Les chiffres clés {NO_FIGURE}" in text


# -- the tables and their charts ---------------------------------------------------------------


@pdftotext_available
def test_every_table_prints_its_numbers_and_hidden_cells_print_less_than_5(tmp_path):
    indicators = sample_indicators()
    pdf = printed(indicators)
    lines = layout_lines(pdf, tmp_path)
    text = running_text(pdf, tmp_path)
    for t in indicators["tables"]:
        assert flat(t["title"]) in lines, t["title"]
        if t["note"]:
            assert flat(t["note"]) in text
    rows = {
        "Annulée par la structure": [None], "Réalisée": [58], "Abandonnée par la personne": [6],
        "Conférence familiale": [7, None], "Référent de parcours": [41, 29],
        "Service adapté de l'offre locale": [16, 11],
        "La famille a trouvé sa solution elle-même": [None], "Objectifs atteints": [9], "Autre": [0],
        "Déménagement hors du territoire": [None],
        "À la fin de l'accompagnement": [None, 8, 6], "6 mois après": [None, None, 5],
        "La famille": [61, 29], "Les professionnels": [47, 21],
    }
    for label, values in rows.items():
        cells = r"\s+".join(HIDDEN.pattern if value is None else re.escape(str(value)) for value in values)
        pattern = re.compile(rf"^{re.escape(label)}\s+{cells}$")
        assert any(pattern.match(line) for line in lines), (label, values)
    # The trend table: its quarters wrap in their column, the numbers stay on the first line.
    assert any(re.match(r"^oct\.–déc\.\s+14\s+6\s+<\s*5\s+17$", line) for line in lines)
    assert any(re.match(r"^juil\.–sept\.\s+18\s+8\s+9\s+25$", line) for line in lines)
    hidden_cells = sum(value is None for t in indicators["tables"] for row in t["rows"] for value in row[1:])
    table_lines = [line for line in lines if not line.startswith("Le graphique") and "dans les tableaux" not in line]
    assert sum(len(HIDDEN.findall(line)) for line in table_lines) == hidden_cells


@pdftotext_available
def test_charts_are_drawn_with_their_categories_and_legends(tmp_path):
    with_charts = text_of(printed(), tmp_path)
    indicators = sample_indicators()
    for t in indicators["tables"]:
        t["chart"] = None
    without = text_of(printed(indicators), tmp_path)
    for label in ("juil.–sept. 2026", "Les proches", "Conférence familiale", "Objectifs atteints", "3 mois après"):
        assert with_charts.count(label) > without.count(label), label  # the chart's axis says it again
    for series in ("Accompagnements commencés", "dont réalisées", "Acceptées", "Complètement"):
        assert with_charts.count(series) > without.count(series), series  # and its legend
    for note in (CHART_LEAVES_OUT, STACK_LEAVES_OUT):
        assert flat(note.format(threshold=5)) in with_charts and flat(note.format(threshold=5)) not in without
    assert len(printed()) > len(printed(indicators)) + 2000, "the drawings themselves"


@pdftotext_available
def test_a_table_without_rows_prints_a_kind_sentence(tmp_path):
    indicators = only("fins", "actions_porteur")
    table("fins", indicators)["rows"] = []
    text = running_text(printed(indicators), tmp_path)
    assert f"Pourquoi les accompagnements se sont terminés {EMPTY_TABLE}" in text
    assert "Qui porte les actions" in text and "Les professionnels" in text


@pdftotext_available
def test_a_table_whose_numbers_are_all_hidden_has_no_chart(tmp_path):
    indicators = only("fins")
    indicators["tables"][0]["rows"] = [["Objectifs atteints", None], ["Autre", None]]
    text = running_text(printed(indicators), tmp_path)
    assert NO_CHART_HIDDEN.format(threshold=5) in text
    assert text.count("Objectifs atteints") == 1


@pdftotext_available
def test_empty_indicators_still_print_one_page(tmp_path):
    for indicators in ({}, None, {"format": 1, "figures": [], "tables": [], "quotes": []}):
        pdf = evaluation_report_pdf(indicators, printed_on=PRINTED)
        assert page_count(pdf) == 1
        text = text_of(pdf, tmp_path)
        assert DOCUMENT_TITLE in flat(text) and "Période non précisée" in text
        for sentence in (NO_FIGURE, NO_TABLE, NO_QUOTE):
            assert sentence in text
        assert "Document anonyme — évaluation refparcours" in text


@pdftotext_available
def test_a_large_table_flows_across_pages_with_its_header_repeated(tmp_path):
    rows = [[f"Raison numéro {i} — une raison décrite assez longuement pour tenir sur deux lignes au moins "
             f"dans la colonne des libellés du tableau", None if i % 9 == 0 else i + 5] for i in range(70)]
    indicators = only(figures=[], quotes=[])
    indicators["tables"] = [{"key": "long", "title": "Beaucoup de raisons", "columns": ["Raison", "Nombre"],
                             "rows": rows, "chart": "bar", "note": "Fin du tableau."}]
    pdf = printed(indicators)
    assert page_count(pdf) >= 3
    text = running_text(pdf, tmp_path)
    assert NO_CHART_TOO_MANY in text, "70 bars would not be readable"
    for i in range(70):
        assert f"Raison numéro {i} —" in text
    assert text.rstrip().endswith("Fin du tableau. Ce que disent les familles " + NO_QUOTE)
    for page in range(2, page_count(pdf)):
        assert text_of(pdf, tmp_path, page).startswith("Raison Nombre"), page


@pdftotext_available
def test_many_quarters_make_a_line_chart_that_names_some_of_them(tmp_path):
    rows = [[f"T{q % 4 + 1} {2015 + q // 4}", 40 + q, None if q % 5 == 0 else 10 + q] for q in range(36)]
    indicators = only(figures=[], quotes=[])
    indicators["tables"] = [{"key": "t", "title": "Neuf ans", "columns": ["Trimestre", "Repérées", "Closes"],
                             "rows": rows, "chart": "line", "note": ""}]
    text = text_of(printed(indicators), tmp_path)
    assert text.count("T1 2015") == 2 and text.count("T2 2015") == 1  # on the axis every n-th quarter only
    assert "…" not in text


def test_charts_never_outgrow_the_page():
    width = _Printer({}).width
    for kind in ("bar", "stacked", "line"):
        for categories in (1, 2, 5, 12, 13, 25, 31, 60):
            for count in (1, 3, 8):
                names = [f"Série numéro {i} au nom plutôt long" for i in range(count)]
                labels = [f"Catégorie {i} " + "avec un libellé très long " * (i % 4) for i in range(categories)]
                series = [[(i * 37 + j * 11) % 90 if (i + j) % 6 else None for i in range(categories)]
                          for j in range(count)]
                drawing = _Chart(kind, labels, names, series, width).drawing()
                if drawing is None:
                    assert kind != "line" and (categories > 23 or categories * count > 60), (kind, categories)
                    continue
                assert drawing.width <= width and drawing.height <= page_room() * 0.75, (kind, categories, count)
                assert len(charts_in(drawing)) == 1


def test_a_hidden_value_breaks_the_line_instead_of_bridging_it():
    drawing = _Chart("line", ["a", "b", "c", "d", "e"], ["un", "deux"],
                     [[1, None, 3, 4, None], [5, 6, 7, 8, 9]], 480).drawing()
    (chart,) = charts_in(drawing)
    assert chart.data == [[1, None, None, None, None], [None, None, 3, 4, None], [5, 6, 7, 8, 9]]
    assert chart.lines[0].strokeColor == chart.lines[1].strokeColor != chart.lines[2].strokeColor


def test_bars_leave_out_hidden_values_and_stack_the_rest():
    stacked = _Chart("stacked", ["fin", "3 mois"], ["Non", "En partie"], [[None, 5], [8, 6]], 480).drawing()
    (chart,) = charts_in(stacked)
    assert chart.categoryAxis.style == "stacked" and chart.data == [[None, 5], [8, 6]]
    assert chart.valueAxis.valueMax >= 11
    long_labels = ["Objectifs atteints", "La famille a trouvé sa solution elle-même",
                   "La famille ne souhaite plus l'accompagnement", "Déménagement hors du territoire",
                   "Relais par un autre service", "Autre"]
    (chart,) = charts_in(_Chart("bar", long_labels, ["Actions"], [[9, None, 5, None, 6, 0]], 480).drawing())
    assert isinstance(chart, HorizontalBarChart), "long labels read down the left"
    (chart,) = charts_in(_Chart("bar", ["La famille", "Les proches"], ["Actions"], [[61, 14]], 480).drawing())
    assert isinstance(chart, VerticalBarChart)


# -- the families' words -----------------------------------------------------------------------


@pdftotext_available
def test_quotes_are_printed_verbatim_with_the_resolution_in_words(tmp_path):
    text = running_text(printed(), tmp_path)
    part = text[text.index(QUOTES_TITLE):]
    positions = [part.index(flat(quote)) for quote in (QUOTE_ONE_PERSON, QUOTE_OWN_WAY, QUOTE_MEETINGS)]
    assert positions == sorted(positions)
    assert "& personne ne se parlait." in part and "le droit de dire <non>." in part
    assert part.index(RESOLUTION_WORDS["en_partie"]) > positions[0]
    assert positions[1] < part.index(RESOLUTION_WORDS["completement"]) < positions[2]
    assert RESOLUTION_WORDS["non"] not in part
    assert part.count("Pour cette famille") == 2, "no resolution said for a quote without one"
    assert NO_QUOTE not in text


@pdftotext_available
def test_a_quote_keeps_its_lines(tmp_path):
    lines = [flat(line) for line in pdf_helpers.raw_text(printed(), tmp_path).splitlines()]
    first, second = QUOTE_OWN_WAY.split("\n")
    assert lines[lines.index("« " + first) + 1:lines.index("« " + first) + 3] == [second,
                                                                               RESOLUTION_WORDS["completement"]]


@pdftotext_available
def test_no_quote_prints_a_kind_sentence(tmp_path):
    for quotes in ([], [{"text": "  \n ", "resolved": "non"}], None):
        text = running_text(printed(only("fins", quotes=quotes)), tmp_path)
        assert text.rstrip().endswith(f"{QUOTES_TITLE} {NO_QUOTE}")
