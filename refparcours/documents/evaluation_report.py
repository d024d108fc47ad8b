"""The anonymous evaluation report (domain reference §9): for the joint committee of
professionals and families (*évaluation croisée*) and for the annual note.

It prints the indicators the caller has already made anonymous (a count too small to be shown
is None): the period and the territory, what is counted, the key figures, each table with its
chart (drawn with reportlab.graphics) and the same numbers in a table below it — the chart
leaves out what is hidden, the table prints "< 5" —, then the words of the families who
agreed to be quoted, as they said them, without names. As a safety net, a whole number from 1
to 4 among the counts is hidden here too, should one slip through.

Pure function: data in, PDF bytes out. No name anywhere: the caller's indicators hold none."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from refparcours.documents.common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    TINT,
    StoryWriter,
    build_pdf,
    chained,
    content_width,
    long_date,
    our_text,
    restyle,
    styles,
    their_text,
    tinted_box,
)
from refparcours.evaluation import RESOLVED, SUPPRESSION_THRESHOLD
from refparcours.text import clean_text

DOCUMENT_TITLE = "Évaluation de la démarche référent de parcours"
SUBJECT = "Rapport anonyme d'évaluation"
FOOTER_NOTE = "Document anonyme — évaluation du {start} au {end}"
FOOTER_NOTE_UNDATED = "Document anonyme — évaluation"

INTRO = (
    "Ce document compte ce qui s'est passé dans les accompagnements pendant la période : les situations "
    "repérées, les accompagnements proposés, acceptés ou déclinés, les rencontres, les actions des projets, "
    "les orientations, les fins d'accompagnement, et ce que les familles ont répondu lors des suivis.",
    "Tout vient de ce qui était déjà noté dans les dossiers : rien n'a été demandé de plus aux familles pour "
    "le préparer.",
    "Il est anonyme : aucun nom, aucune adresse, aucune date de naissance. Quand un nombre est plus petit que "
    "{threshold}, il est caché pour que personne ne puisse être reconnu : « moins de {threshold} » est écrit "
    "à sa place (« < {threshold} » dans les tableaux).",
    "Les mots des familles ne sont cités que si elles l'ont accepté, tels qu'elles les ont dits, sans nom. "
    "Une famille qui a trouvé sa solution elle-même compte comme une réussite.",
)
NO_FIGURE = "Aucun chiffre n'a été compté pour cette période."
NO_TABLE = "Aucun tableau pour cette période : il n'y a encore rien à détailler."
EMPTY_TABLE = "Rien n'a été noté à ce sujet pendant cette période : il n'y a pas encore de chiffre à montrer."
QUOTES_TITLE = "Ce que disent les familles"
QUOTES_INTRO = "Leurs mots, tels qu'elles les ont dits, avec leur accord et sans nom."
NO_QUOTE = ("Aucune famille n'est citée pour cette période : les mots d'une famille ne sont repris ici que si "
            "elle l'a accepté.")
CHART_LEAVES_OUT = ("Le graphique laisse de côté les cases « < {threshold} » : ces nombres sont trop petits pour "
                    "être montrés.")
STACK_LEAVES_OUT = ("Le graphique laisse de côté les cases « < {threshold} » : ces nombres sont trop petits pour "
                    "être montrés, et les barres sont un peu plus courtes que le vrai total.")
NO_CHART_HIDDEN = ("Pas de graphique : tous les nombres de ce tableau sont plus petits que {threshold}, ils ne "
                   "sont pas montrés.")
NO_CHART_TOO_MANY = "Pas de graphique : il y a trop de lignes pour qu'il reste lisible. Les chiffres sont ci-dessous."
SUPPRESSED_FIGURE_UNIT = "trop peu de situations comptées pour le montrer (moins de {threshold})"
SCOPES = {"tous les dossiers": "tous les dossiers",
          "mes dossiers": "les dossiers suivis par la personne qui a préparé ce document"}
RESOLUTION_WORDS = {
    "non": "Pour cette famille, la situation de départ n'est pas résolue.",
    "en_partie": "Pour cette famille, la situation de départ est résolue en partie.",
    "completement": "Pour cette famille, la situation de départ est complètement résolue.",
}
assert set(RESOLUTION_WORDS) == set(RESOLVED)
CHART_KINDS = ("bar", "stacked", "line")

FRAME_PADDING = 6  # reportlab's frame keeps 6 points inside each edge
FIGURE_COLUMNS = 3
CELL_PADDING = 13  # left and right, and a little room for rounding
NUMBER_COLUMN_MAX = 4.2 * cm
LABEL_MAX, NOTE_MAX, CELL_MAX = 300, 400, 300  # characters: a card or a cell never grows taller than a page
TITLE_MAX = 300
QUOTE_KEPT_WHOLE = 800  # characters: a longer quote may flow onto the next page

# Charts.
PALETTE = (ACCENT, Color(0.85, 0.45, 0.10), Color(0.25, 0.58, 0.45), Color(0.55, 0.55, 0.55),
           Color(0.55, 0.70, 0.88), Color(0.60, 0.35, 0.60), Color(0.80, 0.70, 0.25))
MARKERS = ("FilledCircle", "FilledSquare", "FilledDiamond", "FilledTriangle", "Circle", "Square", "Diamond")
DASHES = (None, (6, 3), None, (2, 2), (6, 3), None, (2, 2))
GRID = Color(0.85, 0.85, 0.85)
TICK_SIZE = 9  # the numbers of the value axis
LABEL_SIZE = 10  # the categories and the legend
LABEL_LEADING = 12
PLOT_HEIGHT = 150  # a vertical chart's plotting area
PLOT_MAX = 430  # a horizontal chart's plotting area at most (about 15 cm)
BAND_MIN = 15  # points per category of a horizontal chart at least (one line of label)
LABEL_LINES = 3


def evaluation_report_pdf(indicators: dict, *, printed_on: date | None = None) -> bytes:
    """The report of ``indicators`` (see the module's docstring; the caller has already left
    out, as None, every count too small to be shown)."""
    printer = _Printer(indicators if isinstance(indicators, dict) else {})
    return build_pdf(printer.story(), title=DOCUMENT_TITLE, printed_on=printed_on, subject=SUBJECT,
                     footer_note=printer.footer_note())


# -- values ------------------------------------------------------------------------------------


def _text(value: Any, limit: int = 0) -> str:
    text = clean_text(str(value)) if value is not None else ""
    return text[:limit].rstrip() + "…" if limit and len(text) > limit else text


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def number(value: Any) -> str:
    """ "1 234", "7,5", "72,7": numbers the French way (a float keeps one decimal)."""
    if not _is_number(value):
        return _text(value)
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.1f}"
        if text.endswith(".0"):
            text = text[:-2]
    else:
        text = f"{int(value):,}"
    return text.replace(",", "\u00a0").replace(".", ",")


def figure_value(value: Any, unit: str) -> str:
    """A key figure with its unit: "38 jours", "94 %", "8,5 / 10"."""
    shown = number(value)
    if not unit or not _is_number(value):
        return shown
    if unit == "jours":
        return f"{shown}\u00a0jour" + ("s" if abs(value) >= 2 else "")
    return f"{shown}\u00a0{unit.replace(' ', chr(0xA0))}"


# -- the report --------------------------------------------------------------------------------


class _Printer(StoryWriter):
    def __init__(self, indicators: dict[str, Any]) -> None:
        self.data = indicators
        threshold = indicators.get("suppression_threshold")
        self.threshold = threshold if _is_number(threshold) and threshold > 0 else SUPPRESSION_THRESHOLD
        self.hidden_cell = f"<\u00a0{number(self.threshold)}"
        self.hidden_figure = f"moins de {number(self.threshold)}"
        period = indicators.get("period") if isinstance(indicators.get("period"), dict) else {}
        self.start, self.end = _day(period.get("start")), _day(period.get("end"))

        self.s = styles()
        s = self.s
        self.section = restyle(s.heading, fontSize=16, leading=20, spaceBefore=16, spaceAfter=6, textColor=ACCENT)
        self.title = restyle(s.title, textColor=ACCENT, spaceAfter=4)
        self.subtitle = restyle(s.body, fontSize=13, leading=17, textColor=MUTED, spaceAfter=8)
        self.box = restyle(s.body, spaceAfter=2)
        self.intro = restyle(s.body, fontSize=11, leading=14, spaceAfter=5)
        self.value = restyle(s.body, fontName=FONT_BOLD, fontSize=20, leading=24, textColor=ACCENT, spaceAfter=2)
        self.value_hidden = restyle(self.value, fontSize=15, leading=19)
        self.figure_label = restyle(s.body, fontSize=11, leading=13.5, spaceAfter=2)
        self.figure_note = restyle(s.small, spaceAfter=0)
        self.cell = restyle(s.body, fontSize=11, leading=13.5, spaceAfter=0)
        self.cell_number = restyle(self.cell, alignment=TA_RIGHT)
        self.cell_hidden = restyle(self.cell_number, textColor=MUTED)
        self.cell_head = restyle(self.cell, fontName=FONT_BOLD, fontSize=10.5, leading=13)
        self.cell_head_number = restyle(self.cell_head, alignment=TA_RIGHT)
        self.note = restyle(s.small, spaceBefore=2, spaceAfter=4)
        self.quote = restyle(s.quote, leftIndent=22, spaceBefore=8, spaceAfter=2)
        self.resolution = restyle(s.small, leftIndent=22, spaceAfter=6)
        self._spaced: dict[tuple[int, bool, bool], ParagraphStyle] = {}
        self.width = content_width() - 2 * FRAME_PADDING

    def guarded(self, value: Any) -> Any:
        """A safety net: a whole number from 1 to 4 that slipped through the caller's
        anonymisation is hidden as well (it prints "< 5", which stays true)."""
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < self.threshold:
            return None
        return value

    def footer_note(self) -> str:
        if self.start and self.end:
            return FOOTER_NOTE.format(start=long_date(self.start), end=long_date(self.end))
        return FOOTER_NOTE_UNDATED

    def items(self, key: str) -> list[dict[str, Any]]:
        value = self.data.get(key)
        return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []

    def story(self) -> list[Flowable]:
        return [*self.head(), *self.figures(), *self.tables(), *self.quotes()]

    # -- the head ------------------------------------------------------------------------------

    def period_words(self) -> str:
        if self.start and self.end:
            return f"Du {long_date(self.start)} au {long_date(self.end)}"
        if self.start:
            return f"Depuis le {long_date(self.start)}"
        if self.end:
            return f"Jusqu'au {long_date(self.end)}"
        return "Période non précisée"

    def head(self) -> list[Flowable]:
        story: list[Flowable] = [self.say(DOCUMENT_TITLE, self.title), self.say(self.period_words(), self.subtitle)]
        territory = _text(self.data.get("territory"), TITLE_MAX)
        lines = [self.labelled("Territoire :", their_text(territory) if territory else
                               our_text("tous les territoires"), self.box)]
        scope = _text(self.data.get("scope"), TITLE_MAX)
        if scope:
            lines.append(self.labelled("Dossiers comptés :", our_text(SCOPES[scope]) if scope in SCOPES
                                       else their_text(scope), self.box))
        generated = _day(self.data.get("generated_on"))
        if generated:
            lines.append(self.labelled("Chiffres préparés le", our_text(long_date(generated)) + ".", self.box))
        story.append(tinted_box(lines))
        story += [self.say(text.format(threshold=number(self.threshold)), self.intro) for text in INTRO]
        return story

    # -- the key figures -----------------------------------------------------------------------

    def figures(self) -> list[Flowable]:
        heading = self.heading("Les chiffres clés")
        cards = [self.card(figure) for figure in self.items("figures")]
        if not cards:
            return [heading, self.say(NO_FIGURE)]
        # One table per row of cards: the rows flow from page to page, the heading stays with the first.
        rows = [self.card_row(cards[start:start + FIGURE_COLUMNS]) for start in range(0, len(cards), FIGURE_COLUMNS)]
        return [*chained([heading, rows[0]]), *rows[1:]]

    def card_row(self, cards: list[list[Flowable]]) -> Table:
        row: list[Any] = [*cards, *[""] * (FIGURE_COLUMNS - len(cards))]
        table = Table([row], colWidths=[self.width / FIGURE_COLUMNS] * FIGURE_COLUMNS)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEAFTER", (0, 0), (-2, -1), 6, white),  # the gaps between the cards
            ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]
        for index in range(len(cards)):
            commands += [("BACKGROUND", (index, 0), (index, 0), TINT),
                         ("LINEBEFORE", (index, 0), (index, 0), 3, ACCENT)]
        table.setStyle(TableStyle(commands))
        table.spaceAfter = 5
        return table

    def card(self, figure: dict[str, Any]) -> list[Flowable]:
        value, unit = figure.get("value"), _text(figure.get("unit"), 20)
        if not unit:  # a count
            value = self.guarded(value)
        lines: list[Flowable]
        if value is None:
            lines = [self.say(self.hidden_figure, self.value_hidden)] if not unit else \
                [self.say("non montré", self.value_hidden)]
        else:
            lines = [Paragraph(their_text(figure_value(value, unit)), self.value)]
        lines.append(Paragraph(their_text(_text(figure.get("label"), LABEL_MAX)) or our_text("(sans titre)"),
                               self.figure_label))
        if value is None and unit:
            lines.append(self.say(SUPPRESSED_FIGURE_UNIT.format(threshold=number(self.threshold)), self.figure_note))
        note = _text(figure.get("note"), NOTE_MAX)
        if note:
            lines.append(Paragraph(their_text(note), self.figure_note))
        return lines

    # -- the tables ----------------------------------------------------------------------------

    def tables(self) -> list[Flowable]:
        tables = self.items("tables")
        if not tables:
            return [self.heading("En détail"), self.say(NO_TABLE)]
        story: list[Flowable] = []
        for table in tables:
            story += self.table(table)
        return story

    def table(self, table: dict[str, Any]) -> list[Flowable]:
        title = _text(table.get("title"), TITLE_MAX) or "Tableau"
        heading = Paragraph(their_text(title), self.section)
        rows = [row for row in table.get("rows") or [] if isinstance(row, list | tuple) and row]
        columns = [_text(column, LABEL_MAX) for column in table.get("columns") or []]
        width = max([len(columns), *(len(row) for row in rows)]) if rows else len(columns)
        note = _text(table.get("note"), NOTE_MAX)
        note_lines = [Paragraph(their_text(note), self.note)] if note else []
        if not rows:
            return [*chained([heading, self.say(EMPTY_TABLE)]), *note_lines]
        columns += [""] * (width - len(columns))
        rows = [[row[0], *[self.guarded(value) for value in row[1:width]], *[""] * (width - len(row))]
                for row in rows]
        kind = table.get("chart")
        chart = self.chart_part(kind, columns, rows) if kind in CHART_KINDS and width > 1 else []
        # The heading kept with the chart (or with the first lines of the table); a block that
        # fits on a page is not split.
        block = [*chained([heading, *chart[:2]]), *chart[2:], self.grid(columns, rows), *note_lines]
        return [KeepTogether(block)] if _height(block, self.width) <= page_room() else block

    def chart_part(self, kind: str, columns: list[str], rows: list[list[Any]]) -> list[Flowable]:
        """The chart (or a sentence saying why there is none), and the note on what it leaves out."""
        series = [[row[index] if _is_number(row[index]) else None for row in rows] for index in
                  range(1, len(columns))]
        hidden = any(row[index] is None for row in rows for index in range(1, len(columns)))
        threshold = number(self.threshold)
        if not any(value is not None for values in series for value in values):
            return [self.say(NO_CHART_HIDDEN.format(threshold=threshold), self.note)] if hidden else []
        if any(value is not None and value < 0 for values in series for value in values):
            return []  # counts are never below zero: no chart rather than a wrong one (the table says it all)
        chart = _Chart(kind, [_text(row[0], LABEL_MAX) for row in rows], columns[1:], series, self.width).drawing()
        if chart is None:
            return [self.say(NO_CHART_TOO_MANY, self.note)]
        if not hidden:
            return [Spacer(1, 4), chart, Spacer(1, 6)]
        return [Spacer(1, 4), chart, self.say((STACK_LEAVES_OUT if kind == "stacked" else CHART_LEAVES_OUT)
                                .format(threshold=threshold), self.note)]

    def grid(self, columns: list[str], rows: list[list[Any]]) -> Table:
        """The same numbers as the chart, in text: a hidden count prints "< 5"; flows from page
        to page with its header repeated."""
        labels = [_text(row[0], CELL_MAX) for row in rows]
        cells = [[self.hidden_cell if value is None else number(value) if _is_number(value) else
                  _text(value, CELL_MAX) for value in row[1:]] for row in rows]
        widths = self.column_widths(columns, labels, cells)
        head = [Paragraph(their_text(columns[0]), self.cell_head),
                *[Paragraph(self.header_text(name, width - CELL_PADDING), self.cell_head_number)
                  for name, width in zip(columns[1:], widths[1:], strict=True)]]
        body = [[Paragraph(their_text(label), self.cell),
                 *[Paragraph(their_text(text), self.cell_hidden if value is None else self.cell_number)
                   for value, text in zip(row[1:], texts, strict=True)]]
                for label, row, texts in zip(labels, rows, cells, strict=True)]
        table = Table([head, *body], colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, TINT]),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        table.spaceBefore, table.spaceAfter = 2, 4
        return table

    def column_widths(self, columns: list[str], labels: list[str], cells: list[list[str]]) -> list[float]:
        """Each column of numbers as wide as its header on one line when there is room, else as
        its longest word (cut with a hyphen only when even that cannot fit); the labels get the
        rest."""
        head, body = self.cell_head, self.cell

        def widest(texts: list[str], style: ParagraphStyle, *, words: bool) -> float:
            # Split at plain spaces only: a number ("1 234") never wraps.
            pieces = [piece for text in texts for piece in (text.split(" ") if words else [text])] or [""]
            return max(stringWidth(piece, style.fontName, style.fontSize) for piece in pieces)

        needed, wanted = [], []
        for index, name in enumerate(columns[1:]):
            values = [row[index] for row in cells]
            least = max(widest([name], head, words=True), widest(values, body, words=True), 28.0) + CELL_PADDING
            needed.append(least)
            wanted.append(max(least, min(widest([name], head, words=False) + CELL_PADDING, NUMBER_COLUMN_MAX)))
        needed.insert(0, max(widest([columns[0], *labels], body, words=True), 60.0) + CELL_PADDING)
        wanted.insert(0, max(needed[0], min(widest(labels, body, words=False) + CELL_PADDING, self.width * 0.5)))
        if sum(wanted) <= self.width:
            widths = wanted
        elif wanted[0] + sum(needed[1:]) <= self.width:  # the labels on one line first
            spare = self.width - wanted[0] - sum(needed[1:])
            extra = sum(w - n for w, n in zip(wanted[1:], needed[1:], strict=True)) or 1
            widths = [wanted[0], *[n + spare * (w - n) / extra for w, n in zip(wanted[1:], needed[1:], strict=True)]]
        elif sum(needed) <= self.width:
            spare = self.width - sum(needed)
            extra = sum(w - n for w, n in zip(wanted, needed, strict=True)) or 1
            widths = [n + spare * (w - n) / extra for w, n in zip(wanted, needed, strict=True)]
        else:
            label = min(needed[0], self.width * 0.3)
            widths = [label, *[(self.width - label) / (len(needed) - 1)] * (len(needed) - 1)]
        widths[0] = self.width - sum(widths[1:])  # the labels get what is left
        return widths

    def header_text(self, name: str, room: float) -> str:
        """A header's words, a word too long for its column cut with a hyphen."""
        style = self.cell_head
        words = []
        for word in name.split():
            while stringWidth(word, style.fontName, style.fontSize) > room + 0.01 and len(word) > 2:
                keep = len(word) - 1
                while keep > 1 and stringWidth(word[:keep] + "-", style.fontName, style.fontSize) > room:
                    keep -= 1
                words.append(word[:keep] + "-")
                word = word[keep:]
            words.append(word)
        return their_text(" ".join(words))

    # -- the families' words -------------------------------------------------------------------

    def quotes(self) -> list[Flowable]:
        quotes = [quote for quote in self.items("quotes") if clean_text(str(quote.get("text") or ""),
                                                                        multiline=True).strip()]
        heading = self.heading(QUOTES_TITLE)
        if not quotes:
            return chained([heading, self.say(NO_QUOTE)])
        story: list[Flowable] = [heading, self.say(QUOTES_INTRO, self.note)]
        for quote in quotes:
            said = self.words(quote.get("text"), self.quote)
            said[0] = self.marked(said[0])
            resolved = quote.get("resolved")
            said.append(self.say(RESOLUTION_WORDS[resolved], self.resolution) if resolved in RESOLUTION_WORDS
                        else Spacer(1, 4))
            short = len(str(quote.get("text") or "")) <= QUOTE_KEPT_WHOLE
            # A short quote stays on one page; a long one flows, its last line kept with its resolution.
            story += chained(said) if short else [*said[:-2], *chained(said[-2:])]
        # The heading and the introduction stay with the beginning of the first quote.
        return [*chained(story[:3]), *story[3:]]

    def marked(self, paragraph: Flowable) -> Flowable:
        """The first line of a quote opens with a mark in the margin (the words are untouched)."""
        if not isinstance(paragraph, Paragraph):
            return paragraph
        style = restyle(paragraph.style, bulletFontName=FONT_BOLD, bulletFontSize=16, bulletIndent=4,
                        bulletColor=ACCENT)
        return Paragraph(paragraph.text, style, bulletText="«")


# -- charts ------------------------------------------------------------------------------------


def _width(text: str, size: float, font: str = FONT) -> float:
    return stringWidth(text, font, size)


def _cut(word: str, room: float, size: float) -> str:
    """The longest beginning of ``word`` that fits in ``room`` with "…"."""
    keep = len(word)
    while keep > 1 and _width(word[:keep] + "…", size) > room:
        keep -= 1
    return word[:keep] + "…"


def wrap(text: str, room: float, size: float = LABEL_SIZE, lines: int = LABEL_LINES) -> tuple[list[str], bool]:
    """``text`` in lines of at most ``room`` points, ``lines`` at most; (lines, whether
    something had to be cut)."""
    result: list[str] = []
    current, cut = "", False
    for word in text.split():
        if _width(word, size) > room:
            word, cut = _cut(word, room, size), True
        candidate = f"{current} {word}" if current else word
        if _width(candidate, size) <= room:
            current = candidate
        else:
            result.append(current)
            current = word
    if current:
        result.append(current)
    if len(result) > lines:
        result, cut = result[:lines], True
        last = result[-1]
        while last and _width(last + "…", size) > room:
            last = last[:-1]
        result[-1] = last.rstrip(" ,;:—-") + "…"
    return result or [""], cut


def nice_scale(top: float, *, whole: bool) -> tuple[float, float]:
    """(maximum, step) of a value axis from 0: about five round steps above ``top``."""
    if top <= 0:
        return 5.0, 1.0
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw
                and not (whole and (m * magnitude) % 1))
    return math.ceil(top / step - 1e-9) * step, step


class _Chart:
    """One table drawn: ``categories`` are the rows (quarters, statuses…), ``names`` the
    series (the columns after the first), ``series`` their values (None: left out)."""

    def __init__(self, kind: str, categories: list[str], names: list[str], series: list[list[float | None]],
                 width: float) -> None:
        self.kind, self.categories, self.names, self.series, self.width = kind, categories, names, series, width
        self.whole = all(isinstance(v, int) for values in series for v in values if v is not None)
        self.legend = len(series) > 1

    # -- layout --------------------------------------------------------------------------------

    def drawing(self) -> Drawing | None:
        if self.kind == "line":
            return self.vertical()
        plot = self.width - self.value_margin() - 14
        per_category = plot / len(self.categories)
        fits = len(self.categories) <= 12 and all(not wrap(c, per_category - 6, lines=2)[1]
                                                  and len(wrap(c, per_category - 6, lines=2)[0]) <= 2
                                                  for c in self.categories)
        return self.vertical() if fits else self.horizontal()

    def top(self) -> float:
        if self.kind == "stacked":
            sums = [sum(values[i] or 0 for values in self.series) for i in range(len(self.categories))]
            return max(sums, default=0)
        return max((v for values in self.series for v in values if v is not None), default=0)

    def scale(self, room: float = 1.0) -> tuple[float, float]:
        top = self.top()
        return nice_scale(top * room, whole=self.whole)

    def value_margin(self) -> float:
        maximum, step = self.scale(1.12)
        ticks = [number(step * i) for i in range(int(round(maximum / step)) + 1)]
        return max(_width(tick, TICK_SIZE) for tick in ticks) + 10

    def legend_items(self) -> list[tuple[int, str, float]]:
        """(series, name shortened to fit, width of the item)."""
        items = []
        for index, name in enumerate(self.names):
            text = name if _width(name, LABEL_SIZE) <= self.width - 40 else _cut(name, self.width - 40, LABEL_SIZE)
            items.append((index, text, 24 + _width(text, LABEL_SIZE) + 16))
        return items

    def legend_rows(self) -> list[list[tuple[int, str, float]]]:
        rows: list[list[tuple[int, str, float]]] = [[]]
        used = 0.0
        for item in self.legend_items():
            if rows[-1] and used + item[2] > self.width:
                rows.append([])
                used = 0.0
            rows[-1].append(item)
            used += item[2]
        return rows if self.legend else []

    def legend_height(self) -> float:
        rows = self.legend_rows()
        return len(rows) * 16 + 6 if rows else 0

    def draw_legend(self, drawing: Drawing) -> None:
        y = self.legend_height() - 14
        for row in self.legend_rows():
            x = 0.0
            for index, text, width in row:
                color = PALETTE[index % len(PALETTE)]
                if self.kind == "line":
                    drawing.add(Line(x, y + 4, x + 18, y + 4, strokeColor=color, strokeWidth=2,
                                     strokeDashArray=DASHES[index % len(DASHES)]))
                    marker = makeMarker(MARKERS[index % len(MARKERS)], x=x + 9, y=y + 4, size=6, fillColor=color,
                                        strokeColor=color)
                    drawing.add(marker)
                else:
                    drawing.add(Rect(x + 4, y - 1, 11, 11, fillColor=color, strokeColor=None))
                drawing.add(String(x + 24, y, text, fontName=FONT, fontSize=LABEL_SIZE, fillColor=INK))
                x += width
            y -= 16

    def style_value_axis(self, axis: Any, maximum: float, step: float) -> None:
        axis.valueMin, axis.valueMax, axis.valueStep = 0, maximum, step
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = FONT, TICK_SIZE, MUTED
        axis.labelTextFormat = number
        axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = 1, GRID, 0.5
        axis.strokeColor, axis.strokeWidth = MUTED, 0.5
        axis.visibleTicks = 0

    def style_category_axis(self, axis: Any) -> None:
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = FONT, LABEL_SIZE, INK
        axis.labels.leading = LABEL_LEADING
        axis.strokeColor, axis.strokeWidth = MUTED, 0.7
        axis.visibleTicks = 0

    # -- categories along the bottom (line charts, and bars whose labels are short) ------------

    def vertical(self) -> Drawing:
        bars = self.kind != "line"
        maximum, step = self.scale(1.12 if self.kind == "bar" else 1.05)
        left = self.value_margin()
        plot_width = self.width - left - 14
        per_category = plot_width / len(self.categories)
        labels = [wrap(c, max(per_category - 6, 20), lines=2) for c in self.categories]
        every = 1
        if any(cut for _, cut in labels):  # many categories: every n-th label only, on more room
            natural = max(min(_width(c, LABEL_SIZE), 120) for c in self.categories)
            every = math.ceil((natural + 8) / per_category)
            labels = [wrap(c, every * per_category - 6, lines=2) if index % every == 0 else ([""], False)
                      for index, c in enumerate(self.categories)]
        names = ["\n".join(lines) for lines, _ in labels]
        labels = [lines for lines, _ in labels]
        label_height = max(len(lines) for lines in labels) * LABEL_LEADING + 8
        legend = self.legend_height()
        height = legend + label_height + PLOT_HEIGHT + 10
        drawing = Drawing(self.width, height)
        chart: Any = VerticalBarChart() if bars else HorizontalLineChart()
        chart.x, chart.y, chart.width, chart.height = left, legend + label_height, plot_width, PLOT_HEIGHT
        self.style_value_axis(chart.valueAxis, maximum, step)
        self.style_category_axis(chart.categoryAxis)
        chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dy = "n", -5
        chart.categoryAxis.categoryNames = names
        if bars:
            self.style_bars(chart, horizontal=False)
        else:
            self.style_lines(chart)
        drawing.add(chart)
        self.draw_legend(drawing)
        return drawing

    def style_lines(self, chart: HorizontalLineChart) -> None:
        """One data row per unbroken run of a series: a hidden value breaks the line rather than
        being bridged over."""
        data: list[list[float | None]] = []
        styles_of: list[int] = []
        for index, values in enumerate(self.series):
            run: list[float | None] = [None] * len(values)
            for position, value in enumerate([*values, None]):
                if value is not None:
                    run[position] = value
                elif any(v is not None for v in run):
                    data.append(run)
                    styles_of.append(index)
                    run = [None] * len(values)
        chart.data = data
        chart.joinedLines = 1
        for row, index in enumerate(styles_of):
            color = PALETTE[index % len(PALETTE)]
            chart.lines[row].strokeColor = color
            chart.lines[row].strokeWidth = 2
            chart.lines[row].strokeDashArray = DASHES[index % len(DASHES)]
            chart.lines[row].symbol = makeMarker(MARKERS[index % len(MARKERS)], size=6, fillColor=color,
                                                 strokeColor=color)

    def style_bars(self, chart: Any, *, horizontal: bool, sizes: tuple[float, float, float] | None = None) -> None:
        """Colours, and (bar, space between bars, space between groups) in proportion."""
        stacked = self.kind == "stacked"
        # Side by side across the page, bars are drawn from the bottom up: the first series on top.
        order = list(range(len(self.series)))[::-1] if horizontal and not stacked else list(range(len(self.series)))
        chart.data = [list(self.series[index]) for index in order]
        for row, index in enumerate(order):
            chart.bars[row].fillColor = PALETTE[index % len(PALETTE)]
        for index in range(len(self.series)):
            chart.bars[index].strokeColor = white if self.kind == "stacked" else None
            chart.bars[index].strokeWidth = 0.6
        if stacked:
            chart.categoryAxis.style = "stacked"
        chart.barWidth, chart.barSpacing, chart.groupSpacing = sizes or ((10, 0, 6) if stacked else
                                                                         (10, 1, 8 if len(self.series) > 1 else 6))
        if stacked or not self.room_for_labels(chart, horizontal=horizontal):
            return
        chart.barLabelFormat = number
        chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.fillColor = FONT, TICK_SIZE, INK
        if horizontal:
            chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
        else:
            chart.barLabels.boxAnchor, chart.barLabels.dy = "s", 2

    def room_for_labels(self, chart: Any, *, horizontal: bool) -> bool:
        """The value at the end of each bar, when the bars are thick (horizontal) or wide
        (vertical) enough for it not to run into the next one."""
        bars = len(self.series)
        group = chart.groupSpacing + bars * chart.barWidth + (bars - 1) * chart.barSpacing
        length = chart.height if horizontal else chart.width
        thickness = length / len(self.categories) * chart.barWidth / group
        if horizontal:
            return thickness >= TICK_SIZE + 1
        widest = max((_width(number(v), TICK_SIZE) for values in self.series for v in values if v is not None),
                     default=0)
        return thickness + chart.barSpacing >= widest + 2

    # -- categories down the left (bars with long labels) --------------------------------------

    def horizontal(self) -> Drawing | None:
        maximum, step = self.scale(1.15 if self.kind == "bar" else 1.05)
        longest = max(_width(c, LABEL_SIZE) for c in self.categories)
        label_width = min(longest + 2, self.width * 0.38)
        labels = [wrap(c, label_width)[0] for c in self.categories]
        count = len(self.categories)
        bars = 1 if self.kind == "stacked" else len(self.series)
        needed = [max(len(lines) * LABEL_LEADING + 6, bars * (14 if bars == 1 else 11) + 10) for lines in labels]
        band = max(needed)
        if band * count > PLOT_MAX:
            band = PLOT_MAX / count
            if band < BAND_MIN or band < bars * 4 + 6:
                return None
            labels = [wrap(c, label_width, lines=max(1, int((band - 4) // LABEL_LEADING)))[0]
                      for c in self.categories]
        plot_height = band * count
        legend = self.legend_height()
        axis_labels = TICK_SIZE + 8
        left = label_width + 8
        right = max(14.0, _width(number(maximum), TICK_SIZE) / 2 + 4)
        drawing = Drawing(self.width, legend + axis_labels + plot_height + 6)
        chart = HorizontalBarChart()
        chart.x, chart.y = left, legend + axis_labels
        chart.width, chart.height = self.width - left - right, plot_height
        self.style_value_axis(chart.valueAxis, maximum, step)
        self.style_category_axis(chart.categoryAxis)
        chart.categoryAxis.reverseDirection = 1  # the first row at the top, as in the table
        chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dx = "e", -6
        chart.categoryAxis.labels.textAnchor = "end"
        chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in labels]
        if self.kind == "stacked":
            thickness = min(18.0, band - 8)
            sizes = (thickness, 0.0, band - thickness)
        else:
            thickness = min(14.0 if bars == 1 else 11.0, (band - 8) / bars)
            sizes = (thickness, 1.0, max(band - bars * thickness - (bars - 1), 2))
        self.style_bars(chart, horizontal=True, sizes=sizes)
        drawing.add(chart)
        self.draw_legend(drawing)
        return drawing


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(width, page_room())
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def page_room() -> float:
    """The height a frame offers (a chart is never taller)."""
    return PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING
