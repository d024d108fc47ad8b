"""The two printed documents of a meeting with the family (synthèse, examen en commission,
réunion de suivi), from its *record* dict (see ``refparcours.meeting``):

- the record handed to the family: who was there, the charter, every word written phase by
  phase exactly as written, the decisions and the disagreements, the read-back and what
  comes next;
- the invitation, for the family and the people invited: when, where, who, the agenda in
  the family's own words and what the family may expect (someone of their choice, nothing
  decided without them, the right to disagree).

Nothing written about the family is left out of the record. A next date is a proposal,
never a deadline.

Both print in the family's language (``language``), or in French and that language; the
texts are in the print catalogues (``resources/print-languages``, section ``[meeting]``)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from refparcours.documents.common import (
    ACCENT,
    FONT_BOLD,
    FRENCH_ONLY,
    MUTED,
    LanguageWriter,
    Markup,
    Names,
    Paragraph,
    PrintLanguage,
    Voice,
    build_pdf,
    chained,
    markup,
    our_text,
    restyle,
    styles,
    their_text,
)
from refparcours.documents.directions import document_direction, embedded
from refparcours.meeting import (
    DECISION,
    DISAGREEMENT,
    ENDED_STATUS,
    ENTRY_KINDS,
    FAMILY_GUEST,
    FAMILY_SIDE,
    KINDS,
    PHASES,
    PRIVATE_TIME,
    PROFESSIONAL_SIDE,
    entries_of_kind,
)
from refparcours.ppf import ENSEMBLE, FAMILLE, PROFESSIONNEL
from refparcours.printlang import Catalogue, french
from refparcours.text import clean_text

_FR = french()
GROUPS = {FAMILY_SIDE: "meeting.groups.famille", FAMILY_GUEST: "meeting.groups.invite_famille",
          PROFESSIONAL_SIDE: "meeting.groups.professionnel"}

NO_ENTRY = _FR.text("meeting.no_entry")
NO_DECISION = _FR.text("meeting.no_decision")
NO_DISAGREEMENT = _FR.text("meeting.no_disagreement")
PRIVATE_MARK = _FR.text("meeting.private_mark")
STAYS_OPEN = _FR.text("meeting.stays_open")
NOT_READ_BACK = _FR.text("meeting.not_read_back")
NO_AGENDA = _FR.text("meeting.no_agenda")
# What the family may expect, said to the family, in plain words.
FAMILY_NOTES = tuple(_FR.texts("meeting.family_notes"))

KEEP_WHOLE = 1200  # a text shorter than this is never cut between two pages
HEAD_LABEL = 100  # characters of the family label in the head of pages 2 and after
BOX_LIMIT = 600  # characters of someone's words in the tinted box (a table cell cannot flow onto a next page)

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})?\s*$")


def synthesis_record_pdf(record: dict[str, Any], *, printed_on: date | None = None,
                         language: PrintLanguage | None = None) -> bytes:
    """The PDF bytes of the record of one meeting, handed to the family (in French unless
    ``language`` says otherwise)."""
    printer = _RecordPrinter(record, language)
    with document_direction(printer.lang.rtl):  # someone's words are marked up for the document's direction
        story = printer.story()
    return build_pdf(story, title=printer.title, printed_on=printed_on, subject=printer.kind_label,
                     running_head=printer.running_head, footer_note=printer.footer_note, language=printer.lang)


def invitation_pdf(record: dict[str, Any], *, printed_on: date | None = None, recipient: str = "",
                   language: PrintLanguage | None = None) -> bytes:
    """The PDF bytes of the invitation to one meeting (one page, two for a long agenda);
    ``recipient`` (who this copy is for) is printed at the top when given."""
    printer = _InvitationPrinter(record, recipient, language)
    with document_direction(printer.lang.rtl):
        story = printer.story()
    return build_pdf(story, title=printer.title, printed_on=printed_on, subject=printer.kind_label,
                     running_head=printer.running_head, footer_note=printer.footer_note, language=printer.lang)


# -- text helpers ------------------------------------------------------------------------------
# (our_text, their_text, split_long_line… are shared with the printed plan, in ``common``)


def _text(value: Any) -> str:
    return clean_text(str(value) if value is not None else "")


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _day(catalogue: Catalogue, value: Any, *, weekday: bool = False) -> str:
    """An ISO date as said ("20 novembre 2026"); whatever else was stored, as it was."""
    day = _as_date(value)
    if day is None:
        return _text(value)
    said = catalogue.long_date(day)
    return catalogue.text("dates.weekday_date", weekday=catalogue.weekday(day), date=said) if weekday else said


def _short_day(catalogue: Catalogue, value: Any) -> str:
    day = _as_date(value)
    return catalogue.short_date(day) if day else _text(value)


def _clock(catalogue: Catalogue, value: Any) -> str:
    """ "14:00" → "14 h", "9:30" → "9 h 30"; anything else as written."""
    text = _text(value)
    match = _TIME.match(text)
    if not match:
        return text
    return catalogue.clock(int(match.group(1)), int(match.group(2) or 0))


def _moment(value: Any) -> tuple[date, str] | None:
    """An ISO date and its time ("14:08"; "" for a date alone); None if it is not one."""
    if not value:
        return None
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if isinstance(value, str) and len(value) <= 10:  # a date alone
        return moment.date(), ""
    return moment.date(), moment.strftime("%H:%M")


def _said_moment(catalogue: Catalogue, value: Any) -> str:
    """ "20 novembre 2026 à 14 h 08"; whatever else was stored, as it was."""
    moment = _moment(value)
    if moment is None:
        return _day(catalogue, value)
    day, time = moment
    said = catalogue.long_date(day)
    return catalogue.text("dates.at_time", date=said, time=_clock(catalogue, time)) if time else said


def _names(value: Any) -> Names:
    """Who did something, however it was stored: a name, an author dict or a list of them
    (names marked up, said as a list in the sentence's language)."""
    if isinstance(value, dict):
        return Names([_author(value)] if value else [])
    if isinstance(value, (list, tuple)):
        return Names(name for item in value for name in _names(item))
    name = their_text(value)
    return Names([name] if name else [])


def _author(author: dict[str, Any]) -> str:
    """ "Samira Benali", "Julie Martin (CAF)", "ensemble" (in French: for the family's
    words and for a name, it is the name that counts)."""
    if author.get("kind") == ENSEMBLE:
        return markup(_FR.text("common.together") + (f" ({author['name']})" if author.get("name") else ""))
    name = author.get("name") or _FR.text("common.the_family" if author.get("kind") == FAMILLE
                                          else "common.a_professional")
    return markup(f"{name} ({author['organisation']})" if author.get("organisation") else str(name))


def _person(name: Any, organisation: Any) -> str:
    name, organisation = _text(name), _text(organisation)
    if name and organisation:  # one piece, its brackets with it, in a line read the other way
        return embedded(f"{name} ({organisation})", f"{markup(name)} ({markup(organisation)})")
    return markup(name or organisation)


# -- what both documents share -----------------------------------------------------------------


class _Printer(LanguageWriter):
    def __init__(self, record: dict[str, Any], language: PrintLanguage | None = None) -> None:
        self.set_language(language or FRENCH_ONLY)
        self.record = record
        self.s = styles()
        s = self.s
        self.section = restyle(s.heading, fontSize=16, leading=20, spaceBefore=14, textColor=ACCENT)
        self.box_style = restyle(s.body, spaceAfter=2)
        self.note = restyle(s.small, fontSize=11, leading=14, leftIndent=s.quote.leftIndent, spaceAfter=4)
        self.bullet_note = restyle(self.note, leftIndent=s.bullet.leftIndent)
        self.head = restyle(s.body, spaceBefore=8, spaceAfter=2)
        self.group = restyle(s.subheading, spaceBefore=6)
        self.action_line = restyle(s.body, leftIndent=s.quote.leftIndent, spaceAfter=6)
        self.bullet_action = restyle(self.action_line, leftIndent=s.bullet.leftIndent)
        self._spaced: dict[tuple[int, bool, bool], ParagraphStyle] = {}
        self.kind = record.get("kind")
        self.kind_label = KINDS.get(self.kind) or _text(record.get("kind_label")) or _FR.text("meeting.meeting")
        dossier = record.get("dossier") if isinstance(record.get("dossier"), dict) else {}
        self.label = _text(dossier.get("label"))
        self.participants = [p for p in record.get("participants") or [] if isinstance(p, dict)]
        referent = record.get("referent")
        self.referent = referent if isinstance(referent, dict) else {"name": referent or ""}

    def plain_phrase(self, key: str, **values: Any) -> str:
        """A label as plain text (for the footer, the head of pages, the PDF's properties)."""
        translated = self.voice.plain(key, **values)
        return self.lang.inline(self.fr.plain(key, **values), translated) if self.lang.both else translated

    def head_of(self, key: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A heading (``self.head`` is the style of an entry's first line)."""
        return Paragraph(self.phrase(key), style or self.section)

    def kind_in(self, voice: Voice) -> str:
        """The kind of meeting ("Synthèse"), plain text, in a language."""
        if self.kind in KINDS:
            return voice.plain(f"meeting.kinds.{self.kind}")
        return _text(self.record.get("kind_label")) or voice.plain("meeting.meeting")

    @property
    def running_head(self) -> str:
        # The head is cut to the page width anyway: a huge label would only make that slow.
        label = self.label if len(self.label) <= HEAD_LABEL else self.label[:HEAD_LABEL] + "…"
        if label:
            return self.voice.plain("common.continued_for", title=self.title, label=label)
        return self.voice.plain("common.continued", title=self.title)

    def boxed(self, lines: list[Flowable]) -> list[Flowable]:
        """Short lines in a tinted box; long ones as they are (a table cell cannot be split)."""
        if sum(len(getattr(line, "text", "")) for line in lines) > BOX_LIMIT:
            return lines
        return [self.box(lines)]

    def planned(self, voice: Voice) -> str:
        return _short_day(voice.catalogue, self.record.get("planned_on"))

    def when_in(self, voice: Voice, *, weekday: bool) -> str:
        day = _day(voice.catalogue, self.record.get("planned_on"), weekday=weekday)
        time = _clock(voice.catalogue, self.record.get("planned_time"))
        if not day:
            return voice.t("meeting.date_to_choose")
        if time:
            return voice.t("meeting.on_day_at", date=day, time=time)
        return voice.t("meeting.on_day", date=day)

    def when_line(self, *, weekday: bool) -> str:
        return self.phrase_with(lambda voice: self.when_in(voice, weekday=weekday))

    def referent_lines(self, key: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """Name and contact on two lines, so a phone number is not cut in the middle."""
        name, contact = _text(self.referent.get("name")), _text(self.referent.get("contact"))
        lines = []
        if name:
            lines.append(self.field(key, markup(name), style or self.box_style))
        if contact:
            lines.append(self.field("common.to_reach", markup(contact), style or self.box_style))
        return lines


def _keep_long(flowables: list[Flowable], length: int) -> list[Flowable]:
    """A short block stays on one page; a long one flows, its first line kept with what is
    above and its last line with what follows."""
    if length <= KEEP_WHOLE or len(flowables) < 3:
        return chained(flowables)
    return [*chained(flowables[:2]), *flowables[2:-2], *chained(flowables[-2:])]


# -- the record --------------------------------------------------------------------------------


class _RecordPrinter(_Printer):
    @property
    def title(self) -> str:
        # No name here: it shows in file managers and print queues.
        key = f"meeting.record_titles.{self.kind}" if self.kind in KINDS else "meeting.record_title"
        return self.plain_phrase(key)

    @property
    def footer_note(self) -> str:
        voice = self.voice
        present = self.record.get("family_present")
        presence = voice.plain("meeting.family_present" if present is True else "meeting.family_absent"
                               if present is False else "meeting.presence_unknown")
        planned = self.planned(voice)
        kind = self.kind_in(voice)
        if planned:
            note = voice.plain("meeting.note_dated", kind=kind, date=planned, presence=presence)
        else:
            note = voice.plain("meeting.note", kind=kind, presence=presence)
        return note if self.ended else voice.plain("meeting.note_provisional", note=note)

    @property
    def ended(self) -> bool:
        return self.record.get("status") == ENDED_STATUS

    def story(self) -> list[Flowable]:
        story = self.header()
        story += self.presence()
        story += self.charter()
        story += self.phases()
        story += self.decisions()
        story += self.disagreements()
        story += self.read_back()
        story += self.what_next()
        return story

    # -- the header ----------------------------------------------------------------------------

    def header(self) -> list[Flowable]:
        s = self.s
        key = f"meeting.record_titles.{self.kind}" if self.kind in KINDS else "meeting.record_title"
        story: list[Flowable] = [Paragraph(self.phrase(key), s.title)]
        if self.label:
            story.append(self.field("common.for", markup(self.label)))
        lines = [self.field("common.date", self.when_line(weekday=True), self.box_style)]
        place = _text(self.record.get("place"))
        if place:
            lines.append(self.field("meeting.place", markup(place), self.box_style))
        opened, closed = _moment(self.record.get("opened_at")), _moment(self.record.get("closed_at"))
        if opened:
            lines.append(self.sentence_with(lambda voice: self.opening(voice, opened, closed), self.box_style))
        lines += self.referent_lines("common.referent")
        if not self.ended:
            lines.append(self.sentence("meeting.provisional", restyle(self.box_style, fontName=FONT_BOLD)))
        return story + self.boxed(lines)

    def opening(self, voice: Voice, opened: tuple[date, str], closed: tuple[date, str] | None) -> str:
        catalogue = voice.catalogue
        start = _said_moment(catalogue, self.record.get("opened_at"))
        if closed is None:
            return voice.t("meeting.started", start=start)
        if closed[0] == opened[0] and closed[1]:  # the same day: the hour is enough
            return voice.t("meeting.started_ended_same_day", start=start, end=_clock(catalogue, closed[1]))
        return voice.t("meeting.started_ended", start=start, end=_said_moment(catalogue, self.record.get("closed_at")))

    # -- who was there -------------------------------------------------------------------------

    @staticmethod
    def status(person: dict[str, Any]) -> str:
        invited, present = person.get("invited", True) is not False, person.get("present")
        if present is True:
            return "meeting.presence.present" if invited else "meeting.presence.uninvited"
        if present is False:
            return "meeting.presence.excused" if invited else "meeting.presence.not_invited"
        return "meeting.presence.not_noted"

    def presence(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.head_of("meeting.who_was_there")]
        present = self.record.get("family_present")
        if present is True:
            story.append(self.sentence("meeting.family_was_present", restyle(s.body, fontName=FONT_BOLD)))
        elif present is False:
            story += self.absence()
        else:
            story.append(self.sentence("meeting.presence_not_noted"))
        groups: dict[str, list[dict[str, Any]]] = {}
        for person in self.participants:
            side = person.get("side")
            groups.setdefault(side if side in GROUPS else PROFESSIONAL_SIDE, []).append(person)
        for side, title in GROUPS.items():
            people = groups.get(side)
            if not people:
                continue
            lines = [self.head_of(title, self.group)]
            lines += [Paragraph(f"{_person(p.get('name'), p.get('organisation')) or '?'} — "
                                f"{self.phrase(self.status(p))}", s.bullet, bulletText="•") for p in people]
            story += chained(lines) if len(lines) <= 12 else lines
        if not self.participants:
            story.append(self.sentence("meeting.no_participants"))
        return story

    def absence(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.sentence("meeting.family_was_absent", restyle(s.body, fontName=FONT_BOLD))]
        reason = self.field_words("meeting.why", self.record.get("absence_reason"), s.body)
        if reason:
            story += reason
        else:
            story.append(self.sentence("meeting.no_reason"))
        informed = _as_date(self.record.get("family_informed_on"))
        how = self.words(self.record.get("family_informed_how"), s.quote)
        if informed:
            story.append(self.sentence("meeting.informed_on_how" if how else "meeting.informed_on", date=informed))
            story += how
        elif _text(self.record.get("family_informed_on")):
            story.append(self.sentence("meeting.informed_on_how" if how else "meeting.informed_on",
                                       date=_text(self.record.get("family_informed_on"))))
            story += how
        else:
            story.append(self.sentence("meeting.stays_open", restyle(s.body, fontName=FONT_BOLD)))
        return story

    # -- the charter ---------------------------------------------------------------------------

    def charter(self) -> list[Flowable]:
        charter = self.record.get("charter") if isinstance(self.record.get("charter"), dict) else {}
        title = _text(charter.get("title"))
        version = _text(charter.get("version"))
        title_markup = f"<b>{markup(title)}</b>" if title else f"<b>{self.phrase('meeting.charter_default_title')}</b>"
        lines: list[Flowable] = [self.head_of("meeting.charter"),
                                 Paragraph(title_markup + (f" — {self.phrase('meeting.charter_version')} "
                                                           f"{markup(version)}" if version else ""), self.s.body)]
        by = _names(charter.get("acknowledged_by"))
        at = charter.get("acknowledged_at")
        if at or by:
            def build(voice: Voice) -> str:
                said = _said_moment(voice.catalogue, at) if at else ""
                if said and by:
                    return voice.t("meeting.charter_read_on_by", date=said, names=by)
                if said:
                    return voice.t("meeting.charter_read_on", date=said)
                return voice.t("meeting.charter_read_by", names=by)

            lines.append(self.sentence_with(build, self.s.body))
        else:
            lines.append(self.sentence("meeting.charter_not_read"))
        return chained(lines)

    # -- the words, phase by phase -------------------------------------------------------------

    def phases(self) -> list[Flowable]:
        story: list[Flowable] = [self.head_of("meeting.said_and_written")]
        printed = False
        for phase in self.record.get("phases") or []:
            if not isinstance(phase, dict):
                continue
            entries = [e for e in phase.get("entries") or [] if isinstance(e, dict)]
            if not entries:
                continue
            printed = True
            key = phase.get("key")
            stored = _text(phase.get("label")) or PHASES.get(key) or _text(key) or "?"
            label = self.known("meeting.phases", key, stored) if key in PHASES else markup(stored)
            story.append(Paragraph(label, restyle(self.s.subheading, fontSize=14, leading=18, spaceBefore=10,
                                                  spaceAfter=2)))
            if key == PRIVATE_TIME:
                story.append(self.sentence("meeting.private_intro", restyle(self.s.body, textColor=MUTED,
                                                                             keepWithNext=1)))
            for entry in entries:
                story += self.entry(entry)
        if not printed:
            story.append(self.sentence("meeting.no_entry"))
        return story

    def who_said(self, entry: dict[str, Any]) -> tuple[str, Any]:
        """Who said it (marked up), and a note on who wrote it down when that is someone else
        (a function of the language, or None)."""
        author = entry.get("author") if isinstance(entry.get("author"), dict) else {}
        speaker = entry.get("speaker")
        speaker = _author(speaker) if isinstance(speaker, dict) else markup(_text(speaker))
        written = _author(author) if author else ""
        if not speaker:
            return written, None
        if author and markup(_text(author.get("name"))) == speaker:
            return written, None  # the same person, with their organisation
        if not author:
            return speaker, None
        if author.get("kind") == ENSEMBLE:
            name = _text(author.get("name"))
            if name:
                return speaker, lambda voice: voice.t("meeting.noted_together_named", names=name)
            return speaker, lambda voice: voice.t("meeting.noted_together")
        return speaker, lambda voice: voice.t("meeting.noted_by", name=Markup(written))

    def said_by(self, entry: dict[str, Any], speaker: str) -> Any:
        """ "Dit par …" under a summary line; "Écrit ensemble" when nobody in particular said it
        (a function of the language, or None)."""
        author = entry.get("author") if isinstance(entry.get("author"), dict) else {}
        if not _text(entry.get("speaker")) and author.get("kind") == ENSEMBLE:
            name = _text(author.get("name"))
            if name:
                return lambda voice: voice.t("meeting.written_together_named", names=name)
            return lambda voice: voice.t("meeting.written_together")
        return (lambda voice: voice.t("meeting.said_by", name=Markup(speaker))) if speaker else None

    def kind_of(self, entry: dict[str, Any]) -> str:
        kind = entry.get("kind")
        if kind in ENTRY_KINDS:
            return self.phrase(f"meeting.entry_kinds.{kind}")
        return escape(_text(entry.get("kind_label"))) or self.phrase("meeting.entry_note")

    def entry(self, entry: dict[str, Any]) -> list[Flowable]:
        s = self.s
        speaker, writer = self.who_said(entry)
        head = f"<b>{self.kind_of(entry)}{self.label_end}</b>" + (f" — {speaker}" if speaker else "")
        flowables: list[Flowable] = [Paragraph(head, self.head)]
        words = self.words(entry.get("text"), s.quote)
        flowables += words or [self.sentence("meeting.nothing_written", restyle(s.quote, textColor=MUTED))]
        if entry.get("private"):
            flowables.append(self.sentence("meeting.private_mark", self.note))
        if writer:
            flowables.append(self.sentence_with(writer, self.note))
        action = self.action(entry, self.action_line)
        if action:
            flowables.append(action)
        return _keep_long(flowables, len(str(entry.get("text") or "")))

    def action(self, entry: dict[str, Any], style: ParagraphStyle) -> Paragraph | None:
        action = entry.get("action")
        if not isinstance(action, dict):
            return None
        what = their_text(action.get("what")) or self.phrase("common.untitled_action")
        who = action.get("who")
        if isinstance(who, dict):
            who = _person(who.get("name"), who.get("organisation"))
        else:
            who = their_text(who)
        return Paragraph(f"→ <b>{self.phrase('meeting.became_action')}</b> {what}" + (f" — {who}" if who else ""),
                         style)

    # -- summaries -----------------------------------------------------------------------------

    def summary(self, title: str, kind: str, empty: str) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.head_of(title)]
        entries = entries_of_kind({"phases": [p for p in self.record.get("phases") or [] if isinstance(p, dict)
                                              and isinstance(p.get("entries"), list)]}, kind)
        entries = [e for e in entries if isinstance(e, dict)]
        for entry in entries:
            flowables = self.words(entry.get("text"), s.bullet)
            if not flowables:
                continue
            flowables[0].bulletText = "•"
            said = self.said_by(entry, self.who_said(entry)[0])
            if said:
                flowables.append(self.sentence_with(said, self.bullet_note))
            action = self.action(entry, self.bullet_action)
            if action:
                flowables.append(action)
            story += _keep_long(flowables, len(str(entry.get("text") or "")))
        if len(story) == 1:
            story.append(self.sentence(empty))
        return story

    def decisions(self) -> list[Flowable]:
        return self.summary("meeting.decided_summary", DECISION, "meeting.no_decision")

    def disagreements(self) -> list[Flowable]:
        return self.summary("meeting.disagreements_summary", DISAGREEMENT, "meeting.no_disagreement")

    # -- the end -------------------------------------------------------------------------------

    def read_back(self) -> list[Flowable]:
        s = self.s
        validation = self.record.get("validation") if isinstance(self.record.get("validation"), dict) else {}
        validated = validation.get("validated")
        by, on = _names(validation.get("by")), validation.get("on")

        def details(voice: Voice) -> str:
            parts = []
            if by:
                parts.append(voice.t("common.by", names=by))
            if on:
                parts.append(voice.t("common.on", date=_day(voice.catalogue, on)))
            return " ".join(parts)

        story: list[Flowable] = [self.head_of("meeting.read_back")]
        comment = self.words(validation.get("comment"), s.quote)
        if validated is True:
            story.append(self.sentence_with(
                lambda voice: voice.t("meeting.validated_details", details=Markup(details(voice))) if by or on
                else voice.t("meeting.validated"), s.body))
            if comment:
                story += chained([self.sentence("meeting.added"), *comment[:1]]) + comment[1:]
        elif validated is False:
            story.append(self.sentence_with(
                lambda voice: voice.t("meeting.not_validated_details", details=Markup(details(voice))) if by or on
                else voice.t("meeting.not_validated"), s.body))
            if comment:
                story += chained([self.sentence("meeting.disagreement_words"), *comment[:1]]) + comment[1:]
        else:
            story.append(self.sentence("meeting.not_read_back"))
        return story

    def what_next(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.head_of("meeting.what_next")]
        when = self.record.get("next_meeting_on")
        if _text(when):
            story.append(self.sentence_with(
                lambda voice: f"<b>{voice.t('meeting.next_meeting')}</b> {escape(_day(voice.catalogue, when))} "
                              f"{voice.t('meeting.next_meeting_note')}", s.body))
        else:
            story.append(self.sentence("meeting.next_meeting_none"))
        version = _text(self.record.get("plan_version"))
        if version:
            story.append(self.sentence_with(
                lambda voice: f"{voice.t('meeting.in_the_plan')} <b>{voice.t('meeting.plan_version', number=version)}</b>.",
                s.body))
        story.append(self.sentence("meeting.nothing_hidden"))
        return story


# -- the invitation ----------------------------------------------------------------------------


class _InvitationPrinter(_Printer):
    def __init__(self, record: dict[str, Any], recipient: str, language: PrintLanguage | None = None) -> None:
        super().__init__(record, language)
        self.recipient = clean_text(recipient)
        s = self.s
        # A little denser than the record: the invitation holds on one page.
        self.section = restyle(self.section, spaceBefore=10)
        self.bullet = restyle(s.bullet, spaceAfter=3)

    @property
    def title_key(self) -> str:
        return f"meeting.invitation_titles.{self.kind}" if self.kind in KINDS else "meeting.invitation_title"

    @property
    def title(self) -> str:
        return self.plain_phrase(self.title_key)

    @property
    def footer_note(self) -> str:
        voice = self.voice
        planned, kind = self.planned(voice), self.kind_in(voice)
        if planned:
            return voice.plain("meeting.invitation_note_dated", kind=kind, date=planned)
        return voice.plain("meeting.invitation_note", kind=kind)

    def story(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [Paragraph(self.phrase(self.title_key), s.title)]
        if self.recipient:
            story.append(self.field("common.for", markup(self.recipient)))
        lines = []
        if self.label:
            lines.append(self.field("meeting.with", markup(self.label), self.box_style))
        lines.append(self.field("meeting.when", self.when_line(weekday=True), self.box_style))
        place = _text(self.record.get("place"))
        lines.append(self.field("meeting.where", markup(place) + " " + self.phrase("meeting.place_chosen") if place
                                else self.phrase("meeting.place_to_choose"), self.box_style))
        story += self.boxed(lines)
        story += self.invited()
        story += self.agenda()
        # Read as one block, never cut in two.
        notes = range(len(_FR.texts("meeting.family_notes")))
        story += chained([self.head_of("meeting.for_the_family"),
                          *(self.sentence_with(lambda voice, n=number: our_text(voice.catalogue.texts(
                              "meeting.family_notes")[n]), self.bullet, bullet="•") for number in notes)])
        referent = self.referent_lines("meeting.your_referent", self.s.body)
        if referent:
            story += chained([self.head_of("meeting.a_question"), *referent])
        return story

    def invited(self) -> list[Flowable]:
        groups: dict[str, list[str]] = {}
        for person in self.participants:
            if person.get("invited", True) is False:
                continue  # came without an invitation: not on the invitation
            side = person.get("side") if person.get("side") in GROUPS else PROFESSIONAL_SIDE
            name = _person(person.get("name"), person.get("organisation"))
            if name:
                groups.setdefault(side, []).append(name)
        story: list[Flowable] = [self.head_of("meeting.who_is_invited")]
        for side, title in GROUPS.items():
            if groups.get(side):
                label = self.phrase_with(lambda voice, t=title: voice.t("meeting.invited_list",
                                                                         group=voice.plain(t)))
                story.append(Paragraph(f"<b>{label}{self.label_end}</b> " + ", ".join(groups[side]), self.bullet,
                                       bulletText="•"))
        if len(story) == 1:
            story.append(self.sentence("meeting.no_invited"))
        return story

    def agenda(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.head_of("meeting.agenda")]
        words = self.words(self.record.get("agenda"), s.quote)
        if not words:
            return story + [self.sentence("meeting.no_agenda")]
        author = self.record.get("agenda_author")
        author = author if isinstance(author, dict) else {"kind": FAMILLE, "name": _text(author)}
        if author.get("kind") == PROFESSIONNEL:
            intro = self.sentence("meeting.agenda_by", s.body, name=Markup(_author(author)))
        elif author.get("kind") == ENSEMBLE:
            intro = self.sentence("meeting.agenda_together", s.body)
        else:
            name = _text(author.get("name"))
            intro = (self.sentence("meeting.agenda_family_named", s.body, name=name) if name
                     else self.sentence("meeting.agenda_family", s.body))
        return story + chained([intro, *words[:1]]) + words[1:]
