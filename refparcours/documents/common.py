"""What every printed document shares: the embedded font, A4 pages with margins, the
footer (app version, print date, "page N / M") and the paragraph styles.

Pure functions: data in, PDF bytes out (the same data and print date give the same
bytes). ``write_pdf`` is the only function that touches the disk, atomically."""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from refparcours import APP_NAME, __version__
from refparcours.documents.directions import (
    AUTO,
    CONTROLS,
    Paragraph,
    document_direction,
    document_rtl,
    embedded,
    shape,
    visual,
)
from refparcours.errors import UserFacingError
from refparcours.fileio import atomic_write_bytes
from refparcours.paths import resources_dir
from refparcours.printlang import FRENCH, Catalogue, PrintLanguage, french
from refparcours.text import clean_text, format_date

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

PAGE_SIZE = A4
MARGIN_SIDE = 1.8 * cm
MARGIN_TOP = 1.6 * cm
MARGIN_BOTTOM = 1.8 * cm  # the footer sits inside this margin
FOOTER_Y = 0.9 * cm  # well inside what any office printer prints
FOOTER_SIZE = 9
FOOTER_LINE = 11  # the optional note sits one line above the footer, still inside the margin
HEAD_Y = 0.9 * cm  # from the top edge, pages 2 and after

INK = Color(0.10, 0.10, 0.10)
MUTED = Color(0.35, 0.35, 0.35)
TINT = Color(0.93, 0.95, 0.97)  # the background of a box
ACCENT = Color(0.16, 0.32, 0.52)  # the line beside a box, section headings, icons

# Someone's words: a line longer than LONG_LINE characters is cut into pieces of about CHUNK
# characters (see ``split_long_line``).
LONG_LINE = 3000
CHUNK = 1500

_registration_lock = threading.Lock()
_SENTENCE_END = re.compile(r"(?<=[.!?…»)])\s+")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab, once per process."""
    with _registration_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in FONT_FILES.items():
            if name in registered:
                continue
            path = fonts_dir() / file_name
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as error:  # a missing file (OSError) or a damaged one (reportlab's TTFError)
                raise UserFacingError(
                    "Impossible d'imprimer : la police « {file} » manque ou est abîmée dans « {folder} » "
                    "({detail}). Réinstallez refparcours.",
                    file=file_name, folder=str(fonts_dir()), detail=str(error)) from None
        # <b> in a paragraph then picks the bold face.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


# -- styles ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    quote_long: ParagraphStyle
    small: ParagraphStyle
    footer: ParagraphStyle


def styles() -> Styles:
    """Paragraph styles for documents a family reads: body text 12 pt, nothing under 11 pt
    except the "small" notes (10 pt) and the footer (9 pt)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=15, textColor=INK, spaceAfter=4)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=8),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=14, leading=18,
                               spaceBefore=9, spaceAfter=3, keepWithNext=1),
        subheading=ParagraphStyle("subheading", parent=body, fontName=FONT_BOLD, spaceBefore=2, spaceAfter=2,
                                  keepWithNext=1),
        body=body,
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=4, bulletFontName=FONT,
                              spaceAfter=2),
        quote=ParagraphStyle("quote", parent=body, leftIndent=18, rightIndent=12, spaceBefore=2, spaceAfter=6),
        # Long words of the family: still 11 pt, a little denser so a full page of them stays readable.
        quote_long=ParagraphStyle("quote_long", parent=body, fontSize=11, leading=13.5, leftIndent=10,
                                  spaceBefore=2, spaceAfter=6),
        small=ParagraphStyle("small", parent=body, fontSize=10, leading=13, textColor=MUTED),
        footer=ParagraphStyle("footer", parent=body, fontSize=FOOTER_SIZE, leading=11, textColor=MUTED,
                              alignment=TA_CENTER),
    )


# -- text --------------------------------------------------------------------------------------


def markup(text: str | None) -> str:
    """Someone's words, made safe for a reportlab paragraph and otherwise kept as written:
    invisible control characters dropped, line breaks kept."""
    cleaned = clean_text(text, multiline=True).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "<br/>".join(embedded(line, escape(line)) for line in cleaned.split("\n"))


def paragraph(text: str | None, style: ParagraphStyle, *, bullet: str | None = None) -> Paragraph:
    """A paragraph of plain text (escaped: "<", "&" print as typed)."""
    return Paragraph(markup(text), style, bulletText=bullet)


def french_spacing(text: str) -> str:
    """Our own sentences: a non-breaking space before ":", ";", "?", "!" and inside « »,
    so no line starts with a lone colon. Never applied to someone's own words."""
    for mark in (":", ";", "?", "!", "»"):
        text = text.replace(f" {mark}", f"\u00a0{mark}")
    return text.replace("« ", "«\u00a0")


def our_text(text: str) -> str:
    """One of our own sentences, ready for a paragraph: French spacing, then escaped (so
    the documents never mix up our wording with someone's words, which keep theirs)."""
    return escape(french_spacing(text))


def their_text(text: Any) -> str:
    """Someone's words on one line (a name, a title, a place), escaped and otherwise as
    written; None prints as nothing."""
    return markup(clean_text(str(text) if text is not None else ""))


def split_long_line(line: str) -> list[str]:
    """A very long line cut after a sentence (else at a space, else anywhere), so no single
    paragraph has to be split page after page: that is slow, and a paragraph taller than a
    page would make reportlab give up (LayoutError). Every character is kept."""
    if len(line) <= LONG_LINE:
        return [line]
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        if match.start() - start >= CHUNK:
            pieces.append(line[start:match.start()])
            start = match.end()
    pieces.append(line[start:])
    result = []
    for piece in pieces:
        while len(piece) > LONG_LINE:
            cut = piece.rfind(" ", CHUNK // 2, CHUNK)
            cut = cut if cut > 0 else CHUNK
            result.append(piece[:cut])
            piece = piece[cut:].lstrip(" ")
        result.append(piece)
    return [piece for piece in result if piece.strip()]


def long_date(value: date, catalogue: Catalogue | None = None) -> str:
    """ "1er mars 2026", "22 novembre 2026": the way a date is said (in French unless a
    language's catalogue is given)."""
    return (catalogue or french()).long_date(value)


def footer_text(printed_on: date, page: int, pages: int, catalogue: Catalogue | None = None) -> str:
    if catalogue is None or catalogue.code == FRENCH:
        return f"{APP_NAME} {__version__} — imprimé le {format_date(printed_on)} — page {page} / {pages}"
    return catalogue.text("common.footer", app=f"{APP_NAME} {__version__}", date=catalogue.short_date(printed_on),
                          page=page, pages=pages)


class Markup(str):
    """Text already marked up for a paragraph (someone's words escaped, or our bold): put in
    one of our sentences as it is."""


def fill(template: str, values: dict[str, Any]) -> str:
    """One of our sentences with its ``{placeholders}`` filled: the sentence escaped (French
    spacing), each value escaped unless it is already ``Markup``."""
    marked = {key: value if isinstance(value, Markup) else escape(str(value)) for key, value in values.items()}
    return our_text(template).format(**marked) if marked else our_text(template)


FRENCH_ONLY = PrintLanguage()


# -- flowables ---------------------------------------------------------------------------------


def restyle(style: ParagraphStyle, **changes: Any) -> ParagraphStyle:
    """A copy of ``style`` with some attributes changed: each document derives its own
    styles while the shared ones (``styles()``) stay as they are."""
    copy = ParagraphStyle(style.name + "+")
    copy.__dict__.update(style.__dict__)
    copy.__dict__.update(changes, name=style.name + "+")
    return copy


def chained(flowables: list[Flowable]) -> list[Flowable]:
    """Kept on one page together, and with the heading before them. (Not a KeepTogether:
    reportlab would not keep a heading with it.) Returns the same list."""
    for flowable in flowables[:-1]:
        flowable.keepWithNext = 1
    return flowables


def tinted_box(flowables: list[Flowable], *, rtl: bool = False) -> Table:
    """Short lines in a tinted box with a line beside it (on the right in a document read
    right to left), the full width of the text (a table cell cannot flow onto the next page:
    keep what goes in it short)."""
    table = Table([[flowables]], colWidths=[content_width()])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("LINEAFTER" if rtl else "LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("RIGHTPADDING" if rtl else "LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    table.spaceBefore, table.spaceAfter = 4, 8
    return table


class StoryWriter:
    """The paragraphs every printer writes the same way: our sentences, "Label : value"
    lines, headings and someone's words, so that the documents read alike.

    A subclass sets ``s`` (its styles), ``section`` (its heading style) and ``_spaced = {}``
    (the styles ``spaced`` derives, kept so each is made once)."""

    s: Styles
    section: ParagraphStyle
    _spaced: dict[tuple[int, bool, bool], ParagraphStyle]

    def say(self, text: str, style: ParagraphStyle | None = None, *, bullet: str | None = None) -> Paragraph:
        """One of our own sentences."""
        return Paragraph(our_text(text), style or self.s.body, bulletText=bullet)

    def labelled(self, label: str, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """ "<b>Label :</b> value": ``value`` already marked up."""
        return Paragraph(f"<b>{our_text(label)}</b> {value}", style or self.s.body)

    def heading(self, text: str) -> Paragraph:
        return self.say(text, self.section)

    def words(self, text: Any, style: ParagraphStyle) -> list[Flowable]:
        """Someone's words as written, one paragraph per line they typed (so a long text
        flows from page to page); an empty line keeps a little space."""
        lines = clean_text(str(text or ""), multiline=True).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        pieces: list[str | None] = []  # None: an empty line
        for line in lines:
            pieces += split_long_line(line) if line.strip() else [None]
        while pieces and pieces[-1] is None:
            pieces.pop()
        flowables: list[Flowable] = []
        for index, piece in enumerate(pieces):
            if piece is None:
                if flowables:
                    flowables.append(Spacer(1, style.leading / 2))
                continue
            first = index == 0 or pieces[index - 1] is None
            last = index == len(pieces) - 1 or pieces[index + 1] is None
            flowables.append(Paragraph(markup(piece), self.spaced(style, first=first, last=last), direction=AUTO))
        return flowables

    def spaced(self, style: ParagraphStyle, *, first: bool, last: bool) -> ParagraphStyle:
        """``style`` without its space above (not the first line) or below (not the last):
        the lines someone typed stay as close as in their text."""
        if first and last:
            return style
        key = (id(style), first, last)
        if key not in self._spaced:
            self._spaced[key] = restyle(style, spaceBefore=style.spaceBefore if first else 0,
                                        spaceAfter=style.spaceAfter if last else 0)
        return self._spaced[key]

    def labelled_words(self, label: str, text: Any, style: ParagraphStyle) -> list[Flowable]:
        """A label followed by someone's words (which may be long and span several lines)."""
        return self.words_after(f"<b>{our_text(label)}</b>", text, style)

    def words_after(self, label_markup: str, text: Any, style: ParagraphStyle) -> list[Flowable]:
        """Someone's words (see :meth:`words`), the first line led by ``label_markup``."""
        paragraphs = self.words(text, style)
        if paragraphs:
            first = paragraphs[0]
            paragraphs[0] = Paragraph(f"{label_markup} {first.text}", first.style)
        return paragraphs


class Names(list):
    """Names already marked up, said as a list in the sentence's language ("A, B et C")."""


class Voice:
    """Our sentences in one language: a catalogue's texts filled in, dates said the way
    that language says them, lists of names joined with its "and"."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def value(self, value: Any) -> Any:
        if isinstance(value, date):
            return self.catalogue.long_date(value)
        if isinstance(value, Names):
            return Markup(self.catalogue.names(list(value)))
        return value

    def t(self, key: str, **values: Any) -> str:
        """The text ``key``, marked up, with its values (escaped unless ``Markup``)."""
        return fill(self.catalogue.raw(key), {name: self.value(value) for name, value in values.items()})

    def plain(self, key: str, **values: Any) -> str:
        """The text ``key`` as plain text (for a footer, a head, the PDF's properties)."""
        return self.catalogue.text(key, **{name: self.value(value) for name, value in values.items()})


class Pair(Flowable):
    """One of our sentences in French, with its translation just under it (never split: our
    sentences are short)."""

    def __init__(self, first: Flowable, second: Flowable) -> None:
        super().__init__()
        self.first, self.second = first, second
        self.spaceBefore = first.getSpaceBefore()
        self.spaceAfter = second.getSpaceAfter()
        self.text = getattr(first, "text", "") + getattr(second, "text", "")

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.first_height = self.first.wrap(available_width, available_height)
        _, second_height = self.second.wrap(available_width, available_height)
        self.width, self.height = available_width, self.first_height + second_height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return [] if self.first_height > available_height else [self.first, self.second]

    def draw(self) -> None:
        self.first.drawOn(self.canv, 0, self.height - self.first_height)
        self.second.drawOn(self.canv, 0, 0)


class LanguageWriter(StoryWriter):
    """A ``StoryWriter`` whose fixed texts come from the print-language catalogues, by key,
    in the family's language, or in French and that language (``lang.both``).

    ``phrase`` is for labels and headings (one line: "Ma demande / My request"),
    ``sentence`` for sentences (the translation under the French one)."""

    lang: PrintLanguage = FRENCH_ONLY
    _pairs: dict[int, tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]]

    def set_language(self, language: PrintLanguage | None) -> None:
        self.lang = language or FRENCH_ONLY
        self.voice = Voice(self.lang.catalogue)
        self.fr = Voice(self.lang.french)
        self._pairs = {}

    def phrase_with(self, build: Callable[[Voice], str]) -> str:
        """A label or a heading, built by ``build`` for a language (marked up)."""
        translated = build(self.voice)
        return self.lang.inline(build(self.fr), translated) if self.lang.both else translated

    def phrase(self, key: str, **values: Any) -> str:
        return self.phrase_with(lambda voice: voice.t(key, **values))

    def sentence_with(self, build: Callable[[Voice], str], style: ParagraphStyle | None = None, *,
                      bullet: str | None = None) -> Flowable:
        style = style or self.s.body
        if not self.lang.both:
            return Paragraph(build(self.voice), style, bulletText=bullet)
        first, second = self.pair_styles(style)
        return Pair(Paragraph(build(self.fr), first, bulletText=bullet),
                    Paragraph(build(self.voice), second, direction="rtl" if self.lang.catalogue.rtl else "ltr"))

    def sentence(self, key: str, style: ParagraphStyle | None = None, *, bullet: str | None = None,
                 **values: Any) -> Flowable:
        return self.sentence_with(lambda voice: voice.t(key, **values), style, bullet=bullet)

    def pair_styles(self, style: ParagraphStyle) -> tuple[ParagraphStyle, ParagraphStyle]:
        found = self._pairs.get(id(style))
        if found is None or found[0] is not style:
            second = restyle(style, textColor=MUTED, spaceBefore=0, fontSize=style.fontSize - 0.5,
                             leading=style.leading - 0.5)
            found = (style, restyle(style, spaceAfter=1), second)
            self._pairs[id(style)] = found
        return found[1], found[2]

    def head(self, key: str, style: ParagraphStyle | None = None, **values: Any) -> Paragraph:
        return Paragraph(self.phrase(key, **values), style or self.section)

    def field(self, key: str, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """ "<b>Label :</b> value": ``value`` already marked up."""
        return Paragraph(f"<b>{self.phrase(key)}{self.label_end}</b> {value}", style or self.s.body)

    @property
    def label_end(self) -> str:
        """After a label, a mark of the document's direction: the label's last brackets and
        colon stay with it, and a number that follows is not drawn into it."""
        if self.lang.rtl:
            return "\u200f"
        return "\u200e" if self.lang.catalogue.rtl else ""

    def field_words(self, key: str, text: Any, style: ParagraphStyle) -> list[Flowable]:
        """A label followed by someone's words (which may be long and span several lines)."""
        return self.words_after(f"<b>{self.phrase(key)}{self.label_end}</b>", text, style)

    def box(self, flowables: list[Flowable]) -> Table:
        return tinted_box(flowables, rtl=self.lang.rtl)

    def known(self, kind: str, key: Any, stored: Any) -> str:
        """A text of a resource file (a domain's title, a criterion) in the family's
        language when it is the one shipped (``kind.key`` in the catalogues), else as stored
        (a territory's own wording stays as written). Marked up."""
        stored_text = clean_text(str(stored or ""))
        entry = f"{kind}.{key}"
        if not stored_text or not self.lang.french.has(entry) or self.lang.french.raw(entry) != stored_text:
            return markup(stored_text)
        return self.phrase(entry)


# -- building ----------------------------------------------------------------------------------


class _FooterCanvas(Canvas):
    """Keeps every page until the end so the footer can say "page N / M"."""

    def __init__(self, *args, printed_on: date, running_head: str = "", footer_note: str = "",
                 language: PrintLanguage = FRENCH_ONLY, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._printed_on = printed_on
        self._language = language
        self._running_head = running_head
        self._footer_note = footer_note
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, pages: int) -> None:
        self.saveState()
        self.setFont(FONT, FOOTER_SIZE)
        self.setFillColor(MUTED)
        width, height = self._pagesize
        rtl = self._language.rtl
        catalogue = self._language.catalogue
        footer = (footer_text(self._printed_on, page, pages) if catalogue.code == FRENCH
                  else footer_text(self._printed_on, page, pages, catalogue))
        # A line of its own: read in its language's direction (in two languages, the line's
        # own first letter decides).
        self.drawCentredString(width / 2, FOOTER_Y, visual(shape(footer), catalogue.rtl))
        line_rtl = rtl if not self._language.both else None
        if self._footer_note:
            self.drawCentredString(width / 2, FOOTER_Y + FOOTER_LINE,
                                   visual(_fit(self, shape(self._footer_note), width), line_rtl))
        if page > 1 and self._running_head:
            # A loose second page still says what it belongs to.
            head = visual(_fit(self, shape(self._running_head), width), line_rtl)
            if rtl:
                self.drawRightString(width - MARGIN_SIDE, height - HEAD_Y, head)
            else:
                self.drawString(MARGIN_SIDE, height - HEAD_Y, head)
        self.restoreState()


def _fit(canvas: Canvas, text: str, page_width: float) -> str:
    """``text`` shortened with "…" until it fits between the side margins: the longest
    ``text[:keep] + "…"`` that fits, never shorter than 20 characters in all.

    Found by halving, with a few measures of the whole line, not by taking one character
    off at a time: a family label of 20,000 characters took minutes that way (each step
    measures the whole remaining text). A text's width only grows with its length, so the
    result is the one the one-at-a-time trimming gives."""
    room = page_width - 2 * MARGIN_SIDE
    if len(text) <= 20 or canvas.stringWidth(text, FONT, FOOTER_SIZE) <= room:
        return text
    shortest, longest = 19, len(text) - 2  # text[:19] + "…" (20 characters) is printed even if too wide
    while shortest < longest:
        keep = (shortest + longest + 1) // 2
        if canvas.stringWidth(text[:keep] + "…", FONT, FOOTER_SIZE) <= room:
            shortest = keep
        else:
            longest = keep - 1
    return text[:shortest] + "…"


def document_template(buffer: io.BytesIO, *, title: str, subject: str = "", pagesize=PAGE_SIZE,
                      margins: tuple[float, float, float, float] = (MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP,
                                                                    MARGIN_BOTTOM),
                      lang: str = "fr-FR") -> SimpleDocTemplate:
    """Every document's page setup: size and margins (left, right, top, bottom), the embedded
    font, the properties, and the same bytes for the same data."""
    register_fonts()
    left, right, top, bottom = margins
    title, subject = CONTROLS.sub("", title), CONTROLS.sub("", subject)
    return SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        subject=subject,
        author=APP_NAME,
        creator=f"{APP_NAME} {__version__}",
        lang=lang,
        displayDocTitle=True,
        invariant=True,  # same data, same bytes (no hidden timestamp or random id)
        initialFontName=FONT,
    )


def build_pdf(story: Iterable[Flowable], *, title: str, printed_on: date | None = None, subject: str = "",
              running_head: str = "", footer_note: str = "", language: PrintLanguage | None = None) -> bytes:
    """The PDF bytes of ``story`` on A4 pages, each with the footer; ``running_head`` is
    printed at the top of the pages after the first, ``footer_note`` (which version of a
    document this is) just above the footer of every page.

    ``title`` goes in the document's properties: keep names out of it (it shows in file
    managers and print queues)."""
    language = language or FRENCH_ONLY
    buffer = io.BytesIO()
    document = document_template(buffer, title=title, subject=subject, lang=language.tag)
    canvasmaker = partial(_FooterCanvas, printed_on=printed_on or date.today(), running_head=running_head,
                          footer_note=footer_note, language=language)
    with document_direction(language.rtl):
        document.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue()


def content_width() -> float:
    return PAGE_SIZE[0] - 2 * MARGIN_SIDE


def write_pdf(path: str | os.PathLike[str], data: bytes) -> None:
    """Write a PDF atomically: whoever opens the file sees the old one or the whole new one."""
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    atomic_write_bytes(path, data)


class IconHeading(Flowable):
    """A heading of a plain-language document: its symbol in a small circle, then its title
    (the symbol is a glyph of the embedded font, so it prints everywhere)."""

    def __init__(self, icon: str, text: str, style: ParagraphStyle, *, ink: Color, tint: Color,
                 diameter_factor: float = 1.9) -> None:
        super().__init__()
        self.icon, self.style, self.ink, self.tint = icon, style, ink, tint
        self.paragraph = Paragraph(text, style)
        self.diameter = style.fontSize * diameter_factor
        self.gap = style.fontSize * 0.6
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, self.text_height = self.paragraph.wrap(available_width - self.diameter - self.gap, available_height)
        self.height = max(self.diameter, self.text_height)
        return self.width, self.height

    def draw(self) -> None:
        radius = self.diameter / 2
        rtl = document_rtl()  # the symbol on the side the heading is read from
        centre = self.width - radius if rtl else radius
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.tint)
        canvas.setStrokeColor(self.ink)
        canvas.setLineWidth(1.2)
        canvas.circle(centre, self.height - radius, radius, stroke=1, fill=1)
        size = self.style.fontSize * 1.05
        canvas.setFillColor(self.ink)
        canvas.setFont(FONT, size)
        canvas.drawCentredString(centre, self.height - radius - size * 0.36, self.icon)
        canvas.restoreState()
        # Leading and descent put the text a little high in its box: centre the letters instead.
        self.paragraph.drawOn(canvas, 0 if rtl else self.diameter + self.gap, (self.height - self.text_height) / 2)
