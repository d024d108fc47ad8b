"""The *plaquette d'information* (domain reference §8): what the démarche "référent de
parcours" is and is not, how it goes step by step, the family's rights, who their référent
is and how to reach the office. Handed to a family *before* they are offered the démarche.

Written for this product, in our own words. Second person ("vous"), warm, no jargon.

Two wordings: the usual one, and a plain-language one (``plain=True``: very short sentences,
one idea per line, type of 14 pt and more, a symbol per section). Two formats: A4 portrait
pages, or a folded A5 booklet (``booklet=True``): the A5 pages are laid out two by two on A4
landscape sheets, in booklet order, to print on both sides (turned on the short edge) and
fold in the middle.

In the family's language (``language``), or in French and that language; the texts are in
the print catalogues (``resources/print-languages``, section ``[leaflet]``).

Pure functions: data in, PDF bytes out. No name goes in the PDF's properties."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from refparcours import APP_NAME, __version__
from refparcours.documents.common import (
    FRENCH_ONLY,
    document_template,
    IconHeading,
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    TINT,
    LanguageWriter,
    Paragraph,
    PrintLanguage,
    build_pdf,
    chained,
    content_width,
    markup,
    our_text,
    restyle,
    styles,
)
from refparcours.documents.directions import document_direction, shape, visual
from refparcours.printlang import french
from refparcours.text import clean_text, format_date

_HOURS = re.compile(r"(\d) h\b")

_FR = french()
DOCUMENT_TITLE = _FR.text("leaflet.document_title")  # the PDF's properties: no name

# The French wording, for whoever needs it whole (the texts are in the catalogues).
TITLE = _FR.text("leaflet.title")
OFFER = _FR.text("leaflet.offer")
WHAT_IT_IS_NOT = tuple(_FR.texts("leaflet.what_it_is_not"))
RIGHTS = tuple(_FR.texts("leaflet.rights"))
NO_CONTACT = _FR.text("leaflet.no_contact")
PLAIN_TITLE = _FR.text("leaflet.plain_title")
PLAIN_RIGHTS = tuple(_FR.texts("leaflet.plain_rights"))
PLAIN_NO_CONTACT = tuple(_FR.texts("leaflet.plain_no_contact"))
REFERENT_LABEL = _FR.text("leaflet.referent_label")
REACH_LABEL = _FR.text("leaflet.reach_label")

# Section symbols of the plain-language copy (all in DejaVu Sans).
ICONS = {"what": "?", "decide": "✔", "steps": "➜", "rights": "⚖", "referent": "☺", "contact": "☎"}
STEP_MARKS = "①②③④⑤⑥⑦⑧⑨"


# How much of the territory's details prints (the UI keeps 300 characters; a file may hold more).
FIELD_MAX = 400
REFERENT_MAX = 200

# -- the booklet -------------------------------------------------------------------------------

SHEET = landscape(A4)  # two A5 pages side by side
A5_WIDTH, A5_HEIGHT = A5
BOOKLET_SIDE = 1.5 * cm
BOOKLET_TOP = 1.4 * cm
BOOKLET_BOTTOM = 1.7 * cm
NUMBER_Y = 0.95 * cm  # each A5 page's number
SHEET_NOTE_Y = 0.5 * cm  # the version line, once per side of a sheet
SHEET_NOTE_SIZE = 7
NUMBER_SIZE = 9
FOLD_MARK = (0.5 * cm, 1.1 * cm)  # from each edge of the sheet, on the fold


def leaflet_pdf(territory: dict[str, Any] | None, *, referent: str = "", plain: bool = False,
                booklet: bool = False, printed_on: date | None = None, language: PrintLanguage | None = None) -> bytes:
    """The leaflet for families. ``territory``: "territory" (its name), "office", "address",
    "phone", "email", "hours" — any may be empty, only what is there prints. ``referent``:
    the family's référent de parcours, else blank lines to write the name by hand.
    ``language``: the family's language (French by default)."""
    printed_on = printed_on or date.today()
    writer = _Writer(plain=plain, booklet=booklet, language=language or FRENCH_ONLY)
    with document_direction(writer.lang.rtl):  # someone's words are marked up for the document's direction
        story = writer.story(territory if isinstance(territory, dict) else {}, referent)
    subject = "Langage simple" if plain else "Pour les familles"
    title = writer.plain_phrase("leaflet.document_title")
    if booklet:
        return _booklet_pdf(story, printed_on=printed_on, subject=subject + " — livret A5", title=title,
                            notes_title=writer.plain_phrase("leaflet.plain_notes_title" if plain
                                                            else "leaflet.notes_title"),
                            language=writer.lang)
    return build_pdf(story, title=title, printed_on=printed_on, subject=subject,
                     running_head=writer.voice.plain("common.continued", title=writer.plain_phrase(
                         "leaflet.plain_title" if plain else "leaflet.title")), language=writer.lang)


# -- text helpers ------------------------------------------------------------------------------


def _text(value: Any, limit: int = FIELD_MAX, *, multiline: bool = False) -> str:
    text = clean_text(str(value) if value is not None else "", multiline=multiline)
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[:cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"
    return text


# -- styles ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Look:
    """The sizes of one format: usual or plain, A4 or A5."""

    body: float
    leading: float
    title: float
    heading: float
    space: float  # above a section heading


LOOKS = {
    # (plain, booklet)
    (False, False): _Look(body=12, leading=15.5, title=22, heading=15, space=12),
    (True, False): _Look(body=14.5, leading=19, title=24, heading=17, space=12),
    (False, True): _Look(body=11.5, leading=14.5, title=18, heading=13.5, space=9),
    (True, True): _Look(body=14, leading=18.5, title=21, heading=16, space=10),
}


class _Writer(LanguageWriter):
    def __init__(self, *, plain: bool, booklet: bool, language: PrintLanguage = FRENCH_ONLY) -> None:
        self.set_language(language)
        self.plain, self.booklet = plain, booklet
        self.s = styles()
        look = LOOKS[(plain, booklet)]
        self.look = look
        self.width = (A5_WIDTH - 2 * BOOKLET_SIDE if booklet else content_width()) - 12  # the frame's padding
        body = restyle(self.s.body, fontSize=look.body, leading=look.leading, spaceAfter=look.body * 0.3)
        self.body = body
        self.title = restyle(self.s.title, fontSize=look.title, leading=look.title * 1.22, textColor=ACCENT,
                             spaceAfter=4)
        self.subtitle = restyle(body, fontSize=look.body + 1, leading=look.leading + 1, textColor=INK,
                                spaceAfter=6)
        self.territory = restyle(body, textColor=MUTED, spaceAfter=8)
        self.section = restyle(self.s.heading, fontSize=look.heading, leading=look.heading * 1.25,
                               textColor=ACCENT, spaceBefore=look.space, spaceAfter=look.body * 0.35)
        indent = look.body * 1.5
        self.bullet = restyle(body, leftIndent=indent, bulletIndent=look.body * 0.3, bulletFontName=FONT,
                              spaceAfter=look.body * 0.25)
        self.step = restyle(self.bullet, leftIndent=look.body * 1.9, bulletIndent=0,
                            bulletFontName=FONT if plain else FONT_BOLD, bulletColor=ACCENT,
                            bulletFontSize=look.body * (1.15 if plain else 1))
        self.step_more = restyle(self.step, spaceAfter=look.body * 0.2)  # the next lines of a step (plain)
        self.line = restyle(body, spaceAfter=look.body * 0.2)  # one idea per line (plain)
        self.box_text = restyle(body, spaceAfter=2)
        self.offer = restyle(body, fontName=FONT_BOLD, fontSize=look.body + 1.5, leading=look.leading + 2,
                             textColor=ACCENT, spaceAfter=2)
        self.closing = restyle(body, textColor=MUTED, spaceBefore=look.space)
        self._spaced: dict[tuple[int, bool, bool], ParagraphStyle] = {}

    # -- building blocks -----------------------------------------------------------------------

    def plain_phrase(self, key: str) -> str:
        """A title as plain text (the PDF's properties, the head of pages)."""
        return self.lang.inline(self.fr.plain(key), self.voice.plain(key)) if self.lang.both else self.voice.plain(key)

    def heading_of(self, icon: str, key: str) -> Flowable:
        if self.plain:
            return IconHeading(ICONS[icon], self.phrase(key), self.section, ink=ACCENT, tint=TINT,
                               diameter_factor=1.75)
        return Paragraph(self.phrase(key), self.section)

    def box(self, flowables: list[Flowable]) -> Table:
        """Short lines in a tinted box with a line beside it (on the right, read right to left)."""
        rtl = self.lang.rtl
        table = Table([[flowables]], colWidths=[self.width])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEAFTER" if rtl else "LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8 if rtl else 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10 if rtl else 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        table.spaceBefore, table.spaceAfter = 4, 6
        return table

    @staticmethod
    def flowing(flowables: list[Flowable]) -> list[Flowable]:
        """A heading and its lines: the heading stays with the first two lines, the last line
        with the one before; the lines in between may go on to the next page."""
        if len(flowables) <= 5:
            return chained(flowables)
        return [*chained(flowables[:3]), *flowables[3:-2], *chained(flowables[-2:])]

    def lines(self, key: str) -> list[Any]:
        """The texts of a list of the catalogue (the same length in every language)."""
        return self.lang.french.texts(key)

    def item(self, key: str, *index: int) -> Any:
        """A builder of the ``index``-th text of a list, for ``sentence_with``."""
        def build(voice: Any) -> str:
            value: Any = voice.catalogue.texts(key)
            for number in index:
                value = value[number]
            return our_text(value)
        return build

    def bullets(self, key: str) -> list[Flowable]:
        return [self.sentence_with(self.item(key, number), self.bullet, bullet="•")
                for number in range(len(self.lines(key)))]

    def one_per_line(self, key: str, style: ParagraphStyle) -> list[Flowable]:
        return [self.sentence_with(self.item(key, number), style) for number in range(len(self.lines(key)))]

    # -- the story -----------------------------------------------------------------------------

    def story(self, territory: dict[str, Any], referent: str) -> list[Flowable]:
        story: list[Flowable] = [Paragraph(self.phrase("leaflet.plain_title" if self.plain else "leaflet.title"),
                                           self.title),
                                 self.sentence("leaflet.plain_subtitle" if self.plain else "leaflet.subtitle",
                                               self.subtitle)]
        name = _text(territory.get("territory"))
        if name:
            story.append(Paragraph(markup(name), self.territory, direction="auto"))
        story += self.plain_story() if self.plain else self.usual_story()
        back = [*self.referent_block(referent), *self.contact_block(territory)]
        if self.plain:
            back.append(self.sentence_with(lambda voice: "<br/>".join(
                our_text(line) for line in voice.catalogue.texts("leaflet.plain_question")), self.closing))
        else:
            back.append(self.sentence("leaflet.question", self.closing))
        if self.booklet:
            # The back cover: the référent and the office, on the last page of the booklet.
            return [*story, _BackCover(), *back]
        return [*story, KeepTogether(back)]

    def usual_story(self) -> list[Flowable]:
        story: list[Flowable] = [self.sentence("leaflet.intro", self.body)]
        story.append(self.box([self.sentence("leaflet.offer", self.offer),
                               self.sentence("leaflet.offer_more", self.box_text)]))
        story += self.flowing([self.heading_of("what", "leaflet.what_heading"), *self.bullets("leaflet.what_it_is")])
        story += self.flowing([self.heading_of("decide", "leaflet.not_heading"),
                               *self.bullets("leaflet.what_it_is_not")])
        steps: list[Flowable] = [self.heading_of("steps", "leaflet.steps_heading")]
        for number in range(len(self.lines("leaflet.steps"))):
            first, rest = self.item("leaflet.steps", number, 0), self.item("leaflet.steps", number, 1)
            steps.append(self.sentence_with(lambda voice, first=first, rest=rest: f"<b>{first(voice)}</b> {rest(voice)}",
                                            self.step, bullet=f"{number + 1}."))
        story += self.flowing(steps)
        story += self.flowing([self.heading_of("rights", "leaflet.rights_heading"), *self.bullets("leaflet.rights")])
        return story

    def plain_story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.flowing([self.heading_of("what", "leaflet.plain_what_heading"),
                               *self.one_per_line("leaflet.plain_what_it_is", self.line)])
        decide = [self.heading_of("decide", "leaflet.plain_decide_heading")]
        decide.append(self.box([self.sentence_with(self.item("leaflet.plain_you_decide", index),
                                                   self.offer if index < 2 else self.box_text)
                                for index in range(len(self.lines("leaflet.plain_you_decide")))]))
        story += self.flowing(decide)
        # Each step stays whole on a page, the heading with the first one.
        steps: list[Flowable] = [self.heading_of("steps", "leaflet.steps_heading")]
        for number, lines in enumerate(self.lines("leaflet.plain_steps")):
            steps += chained([self.sentence_with(self.item("leaflet.plain_steps", number, 0), self.step,
                                                 bullet=STEP_MARKS[number]),
                              *[self.sentence_with(self.item("leaflet.plain_steps", number, more), self.step_more)
                                for more in range(1, len(lines))]])
        story += steps
        story += self.flowing([self.heading_of("rights", "leaflet.rights_heading"), *self.bullets("leaflet.plain_rights")])
        return story

    def referent_block(self, referent: str) -> list[Flowable]:
        """ "Votre référent de parcours : …" with the name, else a line to write it by hand;
        a line to write how to reach them."""
        name = _text(referent, REFERENT_MAX)
        labels = (self.phrase("leaflet.referent_label"), self.phrase("leaflet.reach_label"))
        label_width = max(stringWidth(shape(label), FONT_BOLD, self.look.body) for label in labels)
        label_width += 14
        value_width = self.width - label_width - 20
        stacked = value_width < 4.5 * cm  # a narrow page: the line goes under its label
        rows: list[list[Any]] = []
        heights: list[float | None] = []
        lines: list[tuple[int, bool]] = []  # (row, to fill in by hand)
        for label, value in ((labels[0], name), (labels[1], "")):
            label_cell = Paragraph(f"<b>{label}</b>", self.box_text)
            value_cell = Paragraph(markup(value), self.box_text, direction="auto") if value else ""
            if stacked:
                rows += [[label_cell], [value_cell]]
                heights += [None, None if value else 0.9 * cm]
                lines.append((len(rows) - 1, not value))
            else:
                rows.append([label_cell, value_cell])
                heights.append(None if value else 1.0 * cm)
                lines.append((len(rows) - 1, not value))
        widths = [self.width - 20] if stacked else [label_width, self.width - 20 - label_width]
        if self.lang.rtl and not stacked:  # the label on the right, read first
            rows, widths = [row[::-1] for row in rows], widths[::-1]
        table = Table(rows, colWidths=widths, rowHeights=heights)
        value_column = 0 if stacked or self.lang.rtl else 1
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("LINEBELOW", (value_column, row), (value_column, row), 0.6, MUTED)
                     for row, blank in lines if blank]
        table.setStyle(TableStyle(commands))
        return chained([self.heading_of("referent", "leaflet.plain_referent_heading" if self.plain
                                        else "leaflet.referent_heading"), self.box([table])])

    def contact_block(self, territory: dict[str, Any]) -> list[Flowable]:
        """How to reach the office: only the details the territory filled in."""
        office = _text(territory.get("office"))
        address = _text(territory.get("address"), multiline=True)
        phone, email = _text(territory.get("phone")), _text(territory.get("email"))
        hours = _HOURS.sub("\\1\u00a0h", _text(territory.get("hours"), multiline=True))  # "17 h" on one line
        heading = self.heading_of("contact", "leaflet.plain_contact_heading" if self.plain
                                  else "leaflet.contact_heading")
        if not any((office, address, phone, email, hours)):
            if self.plain:
                return chained([heading, *self.one_per_line("leaflet.plain_no_contact", self.line)])
            return chained([heading, self.sentence("leaflet.no_contact", self.line)])
        block: list[Flowable] = []
        if office:
            block.append(Paragraph(f"<b>{markup(office)}</b>", self.line, direction="auto"))
        if address:
            block.append(Paragraph(markup(address), self.line, direction="auto"))
        if phone:
            block.append(self.field("leaflet.phone", f"<b>{markup(phone)}</b>", self.line))
        if email:
            block.append(self.field("leaflet.email", markup(email), self.line))
        if hours:
            block.append(self.field("leaflet.hours", markup(hours), self.line))
        return chained([heading, *block])




# -- the booklet -------------------------------------------------------------------------------


class _BackCover(Flowable):
    """Starts the back cover on a new A5 page, and tells the canvas where it starts (the blank
    pages a booklet may need go before it, so it stays the last page)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        pass

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 (reportlab's names)
        if isinstance(canvas, _BookletCanvas):
            canvas.mark_back_cover()


@dataclass
class _Page:
    """One A5 page, as drawn: its drawing operators and what they use."""

    code: list[str]
    colors: dict
    shading: dict
    forms: list


def booklet_order(pages: int) -> list[tuple[int, int]]:
    """The A5 pages (numbered from 1) on each side of each sheet, left then right: for 4 pages
    [(4, 1), (2, 3)]; for 8 pages [(8, 1), (2, 7), (6, 3), (4, 5)]. ``pages``: a multiple of 4."""
    sides = []
    for sheet in range(pages // 4):
        sides.append((pages - 2 * sheet, 1 + 2 * sheet))  # front
        sides.append((2 + 2 * sheet, pages - 1 - 2 * sheet))  # back
    return sides


class _BookletCanvas(Canvas):
    """Keeps every A5 page until the end, then lays them out two by two on A4 landscape sheets
    in booklet order, with each page's number, a fold mark, and the version line once per side.

    A page's drawing operators are replayed, shifted, in the sheet (same document, same fonts)."""

    def __init__(self, *args: Any, printed_on: date, notes_title: str, language: PrintLanguage = FRENCH_ONLY,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._printed_on = printed_on
        self._language = language
        self._notes_title = notes_title
        self._a5_pages: list[_Page] = []
        self._back_cover: int | None = None

    def mark_back_cover(self) -> None:
        # The page being drawn (the back cover starts a page of its own: see ``_booklet_pdf``).
        self._back_cover = len(self._a5_pages)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._a5_pages.append(_Page(list(self._code), dict(self._colorsUsed), dict(self._shadingUsed),
                                    list(self._formsinuse)))
        self._startPage()

    def save(self) -> None:
        pages: list[_Page | None] = list(self._a5_pages)
        blank = -len(pages) % 4 or (4 if not pages else 0)
        at = self._back_cover if self._back_cover is not None else len(pages)
        pages[at:at] = [None] * blank  # note pages, before the back cover
        total = len(pages)
        sides = booklet_order(total)
        self.setPageSize(SHEET)
        for index, side in enumerate(sides):
            for slot, number in enumerate(side):
                self._draw_a5(pages[number - 1], number, total, slot * A5_WIDTH)
            self._draw_sheet(index, len(sides))
            for page in (pages[number - 1] for number in side):
                if page is not None:
                    self._colorsUsed.update(page.colors)
                    self._shadingUsed.update(page.shading)
                    self._formsinuse.extend(page.forms)
            super().showPage()
        super().save()

    def _draw_a5(self, page: _Page | None, number: int, total: int, x: float) -> None:
        self.saveState()
        self.translate(x, 0)
        if page is None:
            self._draw_notes()
        else:
            self._code.append("q")
            self._code.extend(page.code)
            self._code.append("Q")
        self.setFont(FONT, NUMBER_SIZE)
        self.setFillColor(MUTED)
        page = self._language.catalogue.text("common.page", page=number, pages=total)
        self.drawCentredString(A5_WIDTH / 2, NUMBER_Y, visual(page, self._language.rtl))
        self.restoreState()

    def _draw_notes(self) -> None:
        """A page left to write on: the family's questions, or what they want to remember."""
        self.setFont(FONT_BOLD, 14)
        self.setFillColor(ACCENT)
        top = A5_HEIGHT - BOOKLET_TOP - 14
        if self._language.rtl:
            self.drawRightString(A5_WIDTH - BOOKLET_SIDE, top, visual(self._notes_title, True))
        else:
            self.drawString(BOOKLET_SIDE, top, visual(self._notes_title, False))
        self.setStrokeColor(MUTED)
        self.setLineWidth(0.4)
        y = top - 1.1 * cm
        while y > BOOKLET_BOTTOM + 0.2 * cm:
            self.line(BOOKLET_SIDE, y, A5_WIDTH - BOOKLET_SIDE, y)
            y -= 0.9 * cm

    def _draw_sheet(self, index: int, sides: int) -> None:
        width, height = SHEET
        self.saveState()
        self.setStrokeColor(MUTED)
        self.setLineWidth(0.5)
        self.setDash(2, 2)
        near, far = FOLD_MARK
        self.line(width / 2, near, width / 2, far)
        self.line(width / 2, height - far, width / 2, height - near)
        self.setDash()
        self.setFont(FONT, SHEET_NOTE_SIZE)
        self.setFillColor(MUTED)
        sheet, side = index // 2 + 1, "recto" if index % 2 == 0 else "verso"
        note = (f"{APP_NAME} {__version__} — imprimé le {format_date(self._printed_on)} — feuille {sheet} / "
                f"{sides // 2}, {side} — recto verso (bord court), plier au milieu")
        self.drawCentredString(A5_WIDTH / 2, SHEET_NOTE_Y, note)
        self.restoreState()


def _booklet_pdf(story: list[Flowable], *, printed_on: date, subject: str, title: str, notes_title: str,
                 language: PrintLanguage) -> bytes:
    buffer = io.BytesIO()
    document = document_template(buffer, title=title, subject=subject, pagesize=A5,
                                 margins=(BOOKLET_SIDE, BOOKLET_SIDE, BOOKLET_TOP, BOOKLET_BOTTOM), lang=language.tag)
    # The back cover starts a page of its own (a new page, unless this one is still empty).
    frame_height = A5_HEIGHT - BOOKLET_TOP - BOOKLET_BOTTOM - 12
    story = [part for flowable in story
             for part in ((CondPageBreak(frame_height - 2), flowable) if isinstance(flowable, _BackCover)
                          else (flowable,))]
    with document_direction(language.rtl):
        document.build(story, canvasmaker=partial(_BookletCanvas, printed_on=printed_on, notes_title=notes_title,
                                                  language=language))
    return buffer.getvalue()

