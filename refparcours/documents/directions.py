"""Right-to-left text in the printed documents: Arabic letters joined (shaped) and every line
put in the order it is read.

reportlab lays text out left to right, letter by letter as stored. For Arabic that gives
separate letters in the wrong order. So:

- before a paragraph is built, Arabic letters are replaced by their joined forms
  (``arabic_reshaper``, with the forms of the embedded font: DejaVu Sans has them);
- a paragraph is broken into lines as usual (logical order), then each line is drawn in
  visual order (the Unicode bidirectional algorithm of ``python-bidi``), so a paragraph of
  several lines reads from its first line down, each line from right to left;
- a right-to-left paragraph is right-aligned, its bullet on the right.

A text without right-to-left letters, in a left-to-right document, is drawn exactly as
before (same bytes)."""

from __future__ import annotations

import unicodedata
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph as rl_paragraph

from refparcours.printlang import has_rtl

# Whether the document being built reads right to left (set while ``build`` runs).
_document_rtl: ContextVar[bool] = ContextVar("document_rtl", default=False)


@contextmanager
def document_direction(rtl: bool):
    token = _document_rtl.set(rtl)
    try:
        yield
    finally:
        _document_rtl.reset(token)


def document_rtl() -> bool:
    return _document_rtl.get()


# -- shaping ------------------------------------------------------------------------------------


LAM_ALEF = {"ARABIC LIGATURE LAM WITH ALEF", "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
            "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW", "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE"}


@lru_cache(maxsize=1)
def _reshaper():
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.reshaper_config import default_config

    # Keep every mark and letter (never drop a vowel sign from someone's name); only the
    # lam-alef ligatures, which every Arabic font has (DejaVu Sans too).
    configuration = {key: (key in LAM_ALEF if key.startswith("ARABIC LIGATURE") else value)
                     for key, value in default_config.items()}
    configuration.update(delete_harakat=False, delete_tatweel=False, support_ligatures=True,
                         **{"ARABIC LIGATURE ALLAH": False, "RIAL SIGN": False})
    return ArabicReshaper(configuration=configuration)


def shape(text: str) -> str:
    """Arabic letters in their joined forms (still in reading order); other text unchanged."""
    if not has_rtl(text):
        return text
    return _reshaper().reshape(text)


# -- order --------------------------------------------------------------------------------------


def first_strong_rtl(text: str) -> bool | None:
    """The direction of the first letter that has one (True: right to left), else None."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def visual_order(text: str, rtl: bool) -> list[tuple[int, str]]:
    """The characters of one line in the order they are drawn, left to right: (index in
    ``text``, character, mirrored where needed: "(" in right-to-left text draws as ")")."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    # A vowel mark stays just before its letter when drawn left to right: DejaVu Sans draws
    # it over the glyph that follows it.
    return [(char["index"], char["ch"]) for char in storage["chars"]]


def visual(text: str, rtl: bool | None = None) -> str:
    """One line of text, shaped and in drawing order (for a footer or a head); ``rtl``: the
    direction of what surrounds it (None: that of its first letter)."""
    if not has_rtl(text) and not rtl:
        return text
    shaped = shape(text)
    base = first_strong_rtl(shaped) if rtl is None else rtl
    return "".join(char for _, char in visual_order(shaped, bool(base)) if not CONTROLS.match(char))


# -- styles -------------------------------------------------------------------------------------

_oriented: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}


def oriented(style: ParagraphStyle, rtl: bool) -> ParagraphStyle:
    """``style`` for a paragraph read right to left (right-aligned, indents and bullet on the
    other side) or left to right; the same object when it already is."""
    if (getattr(style, "wordWrap", None) == "RTL") == rtl:
        return style
    cached = _oriented.get(id(style))
    if cached is not None and cached[0] is style:
        return cached[1]
    copy = ParagraphStyle(style.name + ("-rtl" if rtl else "-ltr"))
    copy.__dict__.update(style.__dict__)
    alignment = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}.get(style.alignment, style.alignment)
    copy.__dict__.update(name=copy.name, leftIndent=style.rightIndent, rightIndent=style.leftIndent,
                         alignment=alignment, wordWrap="RTL" if rtl else None)
    _oriented[id(style)] = (style, copy)  # the original kept alive: its id is not reused
    return copy


# -- the paragraph ------------------------------------------------------------------------------

AUTO = "auto"

# Explicit embeddings (UAX #9): someone's words kept in one piece inside a sentence read the
# other way ("Julie Martin (CAF)" in an Arabic line keeps its brackets). DejaVu Sans draws
# them with no width; they are left out when a line is put in drawing order.
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"
CONTROLS = re.compile("[\u202a-\u202e\u200e\u200f]")


def embedded(text: str, marked: str) -> str:
    """``marked`` (the marked-up form of ``text``, someone's words) kept in one piece when it
    reads the other way from what surrounds it: Arabic words anywhere, words read left to
    right in a document read right to left. Otherwise ``marked`` itself (same bytes)."""
    first = first_strong_rtl(text)
    if first is None:
        return marked
    if first and has_rtl(text):
        return RLE + marked + PDF
    if not first and document_rtl():
        return LRE + marked + PDF
    return marked


class Paragraph(rl_paragraph.Paragraph):
    """reportlab's paragraph, drawing right-to-left text shaped and in reading order.

    ``direction``: None for the document's direction (our sentences), "rtl" or "ltr", or
    ``"auto"`` for someone's words (the direction of their first letter: Arabic words in a French document
    read right to left, French words in an Arabic one left to right)."""

    def __init__(self, text: Any, style: ParagraphStyle | None = None, bulletText: Any = None,  # noqa: N803
                 frags: Any = None, caseSensitive: int = 1, encoding: str = "utf8",  # noqa: N803
                 direction: str | None = None) -> None:
        self.direction = direction
        self.mixed = False
        if isinstance(text, str) and has_rtl(text):
            text, self.mixed = shape(text), True
        super().__init__(text, style, bulletText=bulletText, frags=frags, caseSensitive=caseSensitive,
                         encoding=encoding)
        plain = _plain_text(self.frags)  # now: breaking the lines replaces the frags by words
        if frags is not None:
            self.mixed = has_rtl(plain)
        self.mixed = self.mixed or bool(CONTROLS.search(plain))
        self.own_rtl = first_strong_rtl(plain) if direction == AUTO else None
        self._rtl: bool | None = None

    def _resolve_direction(self) -> bool:
        rtl = {"rtl": True, "ltr": False}.get(self.direction or "", document_rtl())
        if self.direction == AUTO and self.own_rtl is not None:
            rtl = self.own_rtl
        self._rtl = rtl
        self.style = oriented(self.style, rtl)
        return rtl

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._resolve_direction()
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        self._resolve_direction()
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if part is not self:
                part.direction, part.own_rtl, part.mixed = self.direction, self.own_rtl, self.mixed
        return parts

    def draw(self) -> None:
        rtl = self._rtl if self._rtl is not None else self._resolve_direction()
        if not self.mixed and not rtl:
            return super().draw()
        logical = self.blPara
        self.blPara = _visual_lines(logical, rtl)
        try:
            super().draw()
        finally:
            self.blPara = logical


def _plain_text(frags: Any) -> str:
    """The text of a paragraph's pieces (frags, or the words reportlab makes of them)."""
    parts = []
    for frag in frags or []:
        if isinstance(frag, list):  # a word: [width, (frag, text), …]
            parts += [item[1] for item in frag[1:] if isinstance(item, tuple) and isinstance(item[1], str)]
        else:
            parts.append(getattr(frag, "text", "") or "")
    return "".join(parts)


def _visual_lines(blPara: Any, rtl: bool) -> Any:  # noqa: N803 (reportlab's name)
    """A copy of a paragraph's lines, each in drawing order."""
    carried = ""  # the embeddings still open at the end of the line before

    def line_order(text: str) -> list[tuple[int, str]]:
        nonlocal carried
        order = [(index - len(carried), char) for index, char in visual_order(carried + text, rtl)
                 if index >= len(carried)]
        for char in text:
            if char in (LRE, RLE):
                carried += char
            elif char == PDF:
                carried = carried[:-1]
        return [(index, char) for index, char in order if not CONTROLS.match(char)]

    if blPara.kind == 0:
        lines = []
        for extra_space, words in blPara.lines:
            text = " ".join(words)
            lines.append((extra_space, ["".join(char for _, char in line_order(text))]))
        return blPara.clone(lines=lines)
    lines = []
    for line in blPara.lines:
        frags = list(line.words)
        if any(not hasattr(frag, "text") or hasattr(frag, "cbDefn") for frag in frags):
            lines.append(line)  # an image or a link anchor: drawn as laid out
            continue
        owners = [number for number, frag in enumerate(frags) for _ in frag.text]
        order = line_order("".join(frag.text for frag in frags))
        pieces: list[Any] = []
        for index, char in order:
            owner = owners[index]
            if pieces and pieces[-1][0] == owner:
                pieces[-1][1].append(char)
            else:
                pieces.append((owner, [char]))
        words = []
        for owner, chars in pieces:
            piece = frags[owner].clone()
            piece.text = "".join(chars)
            words.append(piece)
        if rtl:
            words.reverse()  # reportlab reverses the pieces of a right-to-left line when it draws it
        lines.append(line.clone(words=words))
    return blPara.clone(lines=lines)
