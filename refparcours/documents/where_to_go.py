""""Où aller à <commune> pour <domaine>": ONE page handed to a family, with the services of
the directory (domain reference §7) that may help them: who they are, what they do, where,
when, on which conditions, how to reach them, and whether the details were checked within a
year.

Always one A4 page: long texts are shortened to a few lines (never in the middle of a word,
with "…" when something is left out), and when there are more services than fit, the first
ones are printed and a sentence says how many more the référent can show.

Pure function: data in, PDF bytes out. No name goes in the PDF's properties."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from refparcours.directory import KINDS, is_stale
from refparcours.documents.common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    TINT,
    StoryWriter,
    build_pdf,
    content_width,
    french_spacing,
    markup,
    our_text,
    restyle,
    styles,
)
from refparcours.text import clean_text, format_date

DOCUMENT_TITLE = "Où aller"  # the PDF's properties: no name
INTRO = ("Voici des lieux qui peuvent vous aider. Vous pouvez y aller par vous-même, ou en parler d'abord avec "
         "votre référent de parcours.")
STALE_NOTE = ("« À vérifier » : ces informations n'ont pas été vérifiées depuis plus d'un an. Un appel avant de "
              "vous déplacer évite un trajet pour rien.")
NOTHING = ("Nous n'avons pas encore noté de lieu pour cela ici. Votre référent de parcours peut chercher avec "
           "vous : parlez-en ensemble.")

FRAME_PADDING = 6  # reportlab's frame keeps 6 points inside each edge
LEFT_SHARE = 0.46  # what they do and how to reach them; where, when, how on the right
GAP = 12  # between the two columns
CHECKED_WIDTH = 125  # "Vérifié le 28/09/2026" or "À vérifier", on the right of the name
SAFETY = 2  # points kept free at the bottom of the page, for rounding

# Lines at most per field (the rest is shortened with "…").
NAME_LINES, DESCRIPTION_LINES, ADDRESS_LINES, HOURS_LINES, ACCESS_LINES = 2, 3, 2, 2, 2
CONTACT_MAX = 120  # characters of a phone or an e-mail address (the directory keeps them short)
CHARACTERS_PER_LINE = 120  # an upper bound, to cut a very long text before measuring it

_MINUTES = re.compile(r"(\d) h (\d\d)\b")
_HOUR = re.compile(r"(\d) h\b")
_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")
MUTED_HEX = "#595959"  # MUTED, for <font color> in a paragraph
_SENTENCE_END = re.compile(r"[.!?…:;]$")


def where_to_go_pdf(*, commune: str, domain_label: str, structures: list[dict[str, Any]], family_label: str = "",
                    printed_on: date | None = None, today: date | None = None) -> bytes:
    """One page: the services (dicts of the directory's fields) in the order given, as many as
    fit; a kind sentence when there are none."""
    today = today or date.today()
    writer = _Writer(today)
    found = [s for s in structures or [] if isinstance(s, dict) and clean_text(str(s.get("name") or ""))]
    head = writer.head(clean_text(str(commune or "")), clean_text(str(domain_label or "")),
                       clean_text(str(family_label or "")), intro=bool(found))
    if not found:
        story = [*head, writer.say(NOTHING)]
        return build_pdf(story, title=DOCUMENT_TITLE, printed_on=printed_on, subject=_subject(domain_label))
    cards = [writer.card(structure) for structure in found]
    shown = writer.fitting(head, cards, found)
    while True:
        story = [*head, *cards[:shown], *writer.tail(found[:shown], len(found) - shown)]
        pdf = build_pdf(story, title=DOCUMENT_TITLE, printed_on=printed_on, subject=_subject(domain_label))
        if shown <= 1 or len(_PAGE.findall(pdf)) <= 1:  # measured right, this is the first time
            return pdf
        shown -= 1


def _subject(domain_label: Any) -> str:
    domain = clean_text(str(domain_label or ""))[:100]
    return f"Où aller — {domain}" if domain else "Où aller"


# -- text helpers ------------------------------------------------------------------------------


def _text(value: Any) -> str:
    return clean_text(str(value) if value is not None else "")


def _times(text: str) -> str:
    """ "8 h 30" and "17 h" kept on one line (non-breaking spaces; the text reads the same)."""
    return _HOUR.sub("\\1\u00a0h", _MINUTES.sub("\\1\u00a0h\u00a0\\2", text))


def _one_line(value: Any) -> str:
    """A text of the directory typed on several lines, on one line: the lines joined with "; "
    (or a space after a line that already ends with a mark), no line starting with a lone
    ":" or "?" (non-breaking spaces: the text reads the same)."""
    lines = [line.strip() for line in clean_text(str(value or ""), multiline=True).splitlines() if line.strip()]
    joined = ""
    for line in lines:
        if joined:
            joined += " " if _SENTENCE_END.search(joined) else " ; "
        joined += line
    return french_spacing(joined)


def shorten(text: str, fits: Any, *, whole: bool = True) -> tuple[str, bool]:
    """The longest beginning of ``text`` that ``fits(candidate)``, cut between two words, with
    "…" when something is left out; (text, whether it was cut). ``whole=False``: ``text`` is
    already the beginning of a longer text (its last word may be incomplete). A first word
    that does not fit on its own is the only thing ever cut inside a word."""
    if whole and fits(text):
        return text, False
    words = text.split(" ")
    # words[:low] fits; words[:high + 1] does not (or, not whole, may end inside a word).
    low, high = 0, len(words) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if fits(_ellipsis(words[:middle])):
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return text[:CHARACTERS_PER_LINE // 3].rstrip() + "…", True
    return _ellipsis(words[:low]), True


def _ellipsis(words: list[str]) -> str:
    return " ".join(words).rstrip(" .,;:—-") + "…"


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# -- the page ----------------------------------------------------------------------------------


class _Writer(StoryWriter):
    def __init__(self, today: date) -> None:
        self.today = today
        self.s = styles()
        s = self.s
        self.section = s.heading
        self.title = restyle(s.title, textColor=ACCENT, spaceAfter=4)
        self.for_whom = restyle(s.body, textColor=MUTED, spaceAfter=4)
        self.intro = restyle(s.body, spaceAfter=8)
        self.name = restyle(s.body, fontName=FONT_BOLD, fontSize=12.5, leading=15.5, spaceAfter=0)
        self.text = restyle(s.body, fontSize=11, leading=13.5, spaceAfter=0)
        self.detail = restyle(self.text, spaceAfter=2)
        self.phone = restyle(self.detail, fontName=FONT_BOLD)
        self.checked = restyle(s.small, spaceBefore=1, spaceAfter=0)
        self.stale = restyle(self.checked, fontName=FONT_BOLD, textColor=ACCENT)
        self.closing = restyle(s.body, spaceBefore=8, spaceAfter=0)
        self.note = restyle(s.small, spaceBefore=4, spaceAfter=0)
        self._spaced: dict[tuple[int, bool, bool], ParagraphStyle] = {}
        self.width = content_width() - 2 * FRAME_PADDING
        self.left = (self.width - GAP) * LEFT_SHARE
        self.right = self.width - GAP - self.left

    # -- the head ------------------------------------------------------------------------------

    def head(self, commune: str, domain: str, family: str, *, intro: bool) -> list[Flowable]:
        title = our_text("Où aller")
        if commune:
            title += " " + our_text("à") + f" {markup(commune[:200])}"
        if domain:
            title += " " + our_text("pour :") + f" {markup(domain[:200])}"
        head: list[Flowable] = [Paragraph(title, self.title)]
        if family:
            head.append(self.labelled("Pour :", markup(family[:200]), self.for_whom))
        if intro:
            head.append(self.say(INTRO, self.intro))
        return head

    # -- one service ---------------------------------------------------------------------------

    def fitted(self, prefix: str, value: str, style: ParagraphStyle, width: float, lines: int,
               suffix: str = "") -> Paragraph | None:
        """``prefix`` (marked up), ``value`` (plain text, shortened if need be) and ``suffix``
        (marked up) on ``lines`` lines at most."""
        if not value:
            return None
        limit = lines * CHARACTERS_PER_LINE  # far more than fits: measured below

        def fits(candidate: str) -> bool:
            _, height = Paragraph(prefix + markup(candidate) + suffix, style).wrap(width, 10_000)
            return height <= lines * style.leading + 0.5

        short, _ = shorten(value[:limit], fits, whole=len(value) <= limit)
        return Paragraph(prefix + markup(short) + suffix, style)

    def card(self, structure: dict[str, Any]) -> Table:
        """A service: its name (and when it was checked) on a tinted band; below, on the left
        what it does and how to reach it, on the right where, when and on which conditions."""
        kind = KINDS.get(_text(structure.get("kind")), "")
        kind = "" if kind == KINDS["autre"] else (f'\u00a0<font name="{FONT}" size="10" color="{MUTED_HEX}">'
                                                  f"—\u00a0{our_text(kind)}</font>" if kind else "")
        name = self.fitted("", _text(structure.get("name")), self.name, self.width - CHECKED_WIDTH - 10, NAME_LINES,
                           kind)

        left: list[Flowable] = []
        description = self.fitted("", _one_line(structure.get("description")), self.text, self.left,
                                  DESCRIPTION_LINES)
        if description:
            left.append(description)
        phone, email = _text(structure.get("phone")), _text(structure.get("email"))
        for label, value, style in (("Téléphone :", phone, self.phone), ("Courriel :", email, self.detail)):
            if value:  # whole: half a phone number or an address is of no use
                left.append(Paragraph(f"<b>{our_text(label)}</b> {markup(value[:CONTACT_MAX])}", style))

        right: list[Flowable] = []
        place = ", ".join(part for part in (_one_line(structure.get("address")),
                                            " ".join(p for p in (_text(structure.get("postal_code")),
                                                                 _text(structure.get("commune"))) if p)) if part)
        for label, value, lines in (("Adresse :", place, ADDRESS_LINES),
                                    ("Horaires :", _times(_one_line(structure.get("hours"))), HOURS_LINES),
                                    ("Accès :", _one_line(structure.get("access")), ACCESS_LINES)):
            line = self.fitted(f"<b>{our_text(label)}</b> ", value, self.detail, self.right, lines)
            if line:
                right.append(line)

        band = Table([[name, self.checked_line(structure.get("verified_on"))]],
                     colWidths=[self.width - CHECKED_WIDTH, CHECKED_WIDTH])
        band.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
            ("LEFTPADDING", (0, 0), (0, -1), 6),
            ("LEFTPADDING", (1, 0), (1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        body = Table([[left or "", right or ""]], colWidths=[self.left + GAP / 2, self.right + GAP / 2])
        body.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), GAP / 2),
            ("LEFTPADDING", (1, 0), (1, -1), GAP / 2),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        table = Table([[band], [body]], colWidths=[self.width])
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        table.spaceAfter = 7
        return table

    def checked_line(self, verified_on: Any) -> Paragraph:
        """ "Vérifié le 12/03/2026", or "À vérifier" when over a year old (or never checked)."""
        verified = _as_date(verified_on)
        if is_stale(verified, self.today):
            return self.say("À vérifier", self.stale)
        return self.say(f"Vérifié le {format_date(verified)}", self.checked)

    # -- what fits -----------------------------------------------------------------------------

    def tail(self, shown: list[dict[str, Any]], more: int) -> list[Flowable]:
        tail: list[Flowable] = []
        if more:
            tail.append(self.say(_more(more), self.closing))
        if any(is_stale(_as_date(s.get("verified_on")), self.today) for s in shown):
            tail.append(self.say(STALE_NOTE, self.note))
        return tail

    def fitting(self, head: list[Flowable], cards: list[Table], found: list[dict[str, Any]]) -> int:
        """How many cards fit on the page with the head and what is said after them."""
        room = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING - SAFETY
        room -= sum(_height(flowable, self.width) for flowable in head)
        used, shown = 0.0, 0
        for index, card in enumerate(cards):
            used += _height(card, self.width)
            after = sum(_height(flowable, self.width) for flowable in self.tail(found[:index + 1],
                                                                                   len(cards) - index - 1))
            if used + after > room:
                break
            shown = index + 1
        return shown


def _more(count: int) -> str:
    if count == 1:
        return "Il y a encore 1 autre lieu : votre référent de parcours peut vous le montrer."
    return f"Il y a encore {count} autres lieux : votre référent de parcours peut vous les montrer."


def _height(flowable: Flowable, width: float) -> float:
    _, height = flowable.wrap(width, 10_000)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
