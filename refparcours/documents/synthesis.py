"""The two printed documents of a meeting with the family (synthèse, examen en commission,
réunion de suivi), from its *record* dict (see ``refparcours.meeting``):

- the record handed to the family: who was there, the charter, every word written phase by
  phase exactly as written, the decisions and the disagreements, the read-back and what
  comes next;
- the invitation, for the family and the people invited: when, where, who, the agenda in
  the family's own words and what the family may expect (someone of their choice, nothing
  decided without them, the right to disagree).

Nothing written about the family is left out of the record. A next date is a proposal,
never a deadline."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from refparcours.documents.common import (
    ACCENT,
    FONT_BOLD,
    MUTED,
    StoryWriter,
    build_pdf,
    chained,
    long_date,
    markup,
    our_text,
    restyle,
    styles,
    their_text,
    tinted_box,
)
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
from refparcours.ppf import ENSEMBLE, FAMILLE, PROFESSIONNEL, author_label
from refparcours.text import clean_text, format_date

RECORD_TITLES = {
    "synthese": "Compte rendu de la synthèse",
    "commission": "Compte rendu de l'examen en commission",
    "suivi": "Compte rendu de la réunion de suivi",
}
RECORD_TITLE = "Compte rendu de la rencontre"
INVITATION_TITLES = {
    "synthese": "Invitation à la synthèse",
    "commission": "Invitation à l'examen en commission",
    "suivi": "Invitation à la réunion de suivi",
}
INVITATION_TITLE = "Invitation à une rencontre"

GROUPS = {FAMILY_SIDE: "La famille", FAMILY_GUEST: "Invités de la famille", PROFESSIONAL_SIDE: "Professionnels"}
PRESENT, EXCUSED, UNINVITED, NOT_NOTED = "présent·e", "excusé·e", "présent·e sans invitation", "présence non notée"

NO_ENTRY = ("Rien n'a encore été écrit pendant cette rencontre. Ce que chacun dira, et ce que vous écrirez, "
            "figurera ici, tel que ce sera écrit.")
NO_DECISION = "Aucune décision n'a été écrite pendant cette rencontre."
NO_DISAGREEMENT = ("Aucun désaccord n'a été écrit. La famille peut en ajouter un à tout moment : il sera imprimé "
                   "tel qu'elle l'écrit.")
PRIVATE_INTRO = ("Pendant ce temps, les professionnels étaient sortis : la famille a écrit seule. Personne "
                 "d'autre n'a modifié ces mots.")
PRIVATE_MARK = "Écrit par la famille pendant son temps privé."
STAYS_OPEN = ("La famille n'a pas encore été informée de ce qui a été dit. La rencontre reste ouverte tant que "
              "la famille n'a pas été informée de tout ce qui a été dit.")
NOT_READ_BACK = ("Ce compte rendu n'a pas encore été relu avec la famille. Elle pourra dire si elle est d'accord, "
                 "ou non, et ce qu'elle veut ajouter.")
NOTHING_HIDDEN = ("Tout ce qui a été écrit pendant la rencontre figure dans ce compte rendu : rien ne vous est "
                  "caché. Vous pouvez demander une correction, ou ajouter un désaccord, à tout moment.")
NO_AGENDA = ("La famille n'a pas encore écrit l'ordre du jour. Elle peut l'écrire avec ses mots avant la "
             "rencontre, ou le dire au début.")

# What the family may expect, said to the family, in plain words.
FAMILY_NOTES = (
    "Vous pouvez venir avec une personne de votre choix : un proche, un ami, quelqu'un qui vous soutient.",
    "Rien ne sera décidé sans vous.",
    "Vous pouvez dire ce avec quoi vous n'êtes pas d'accord : votre désaccord sera écrit avec vos mots, et cela "
    "ne sera jamais retenu contre vous.",
    "Au début de la rencontre, nous lirons ensemble la charte : ce qui est dit sert seulement votre projet.",
    "Si la date ou le lieu ne vous conviennent pas, dites-le : on en choisira d'autres avec vous.",
)

KEEP_WHOLE = 1200  # a text shorter than this is never cut between two pages
HEAD_LABEL = 100  # characters of the family label in the head of pages 2 and after
BOX_LIMIT = 600  # characters of someone's words in the tinted box (a table cell cannot flow onto a next page)

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})?\s*$")


def synthesis_record_pdf(record: dict[str, Any], *, printed_on: date | None = None) -> bytes:
    """The PDF bytes of the record of one meeting, handed to the family."""
    printer = _RecordPrinter(record)
    return build_pdf(printer.story(), title=printer.title, printed_on=printed_on, subject=printer.kind_label,
                     running_head=printer.running_head, footer_note=printer.footer_note)


def invitation_pdf(record: dict[str, Any], *, printed_on: date | None = None, recipient: str = "") -> bytes:
    """The PDF bytes of the invitation to one meeting (one page, two for a long agenda);
    ``recipient`` (who this copy is for) is printed at the top when given."""
    printer = _InvitationPrinter(record, recipient)
    return build_pdf(printer.story(), title=printer.title, printed_on=printed_on, subject=printer.kind_label,
                     running_head=printer.running_head, footer_note=printer.footer_note)


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


def _day(value: Any, *, weekday: bool = False) -> str:
    """An ISO date as said ("20 novembre 2026"); whatever else was stored, as it was."""
    day = _as_date(value)
    if day is None:
        return _text(value)
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}" if weekday else long_date(day)


def _short_day(value: Any) -> str:
    day = _as_date(value)
    return format_date(day) if day else _text(value)


def _clock(value: Any) -> str:
    """ "14:00" → "14 h", "9:30" → "9 h 30"; anything else as written."""
    text = _text(value)
    match = _TIME.match(text)
    if not match:
        return text
    hours, minutes = int(match.group(1)), match.group(2)
    return f"{hours} h" + (f" {minutes}" if minutes and minutes != "00" else "")


def _moment(value: Any) -> str:
    """An ISO date and time as said ("20 novembre 2026 à 14 h 08")."""
    if not value:
        return ""
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return _day(value)
    if isinstance(value, str) and len(value) <= 10:  # a date alone
        return long_date(moment.date())
    return f"{long_date(moment.date())} à {_clock(moment.strftime('%H:%M'))}"


def _names(value: Any) -> str:
    """Who did something, however it was stored: a name, an author dict or a list of them."""
    if isinstance(value, dict):
        return their_text(author_label(value)) if value else ""
    if isinstance(value, (list, tuple)):
        marked = [name for name in (_names(item) for item in value) if name]
        return ", ".join(marked[:-1]) + " et " + marked[-1] if len(marked) > 1 else "".join(marked)
    return their_text(value)


def _person(name: Any, organisation: Any) -> str:
    name, organisation = _text(name), _text(organisation)
    if name and organisation:
        return f"{markup(name)} ({markup(organisation)})"
    return markup(name or organisation)


# -- what both documents share -----------------------------------------------------------------


class _Printer(StoryWriter):
    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record
        self.s = styles()
        s = self.s
        self.section = restyle(s.heading, fontSize=16, leading=20, spaceBefore=14, textColor=ACCENT)
        self.box = restyle(s.body, spaceAfter=2)
        self.note = restyle(s.small, fontSize=11, leading=14, leftIndent=s.quote.leftIndent, spaceAfter=4)
        self.bullet_note = restyle(self.note, leftIndent=s.bullet.leftIndent)
        self.head = restyle(s.body, spaceBefore=8, spaceAfter=2)
        self.group = restyle(s.subheading, spaceBefore=6)
        self.action_line = restyle(s.body, leftIndent=s.quote.leftIndent, spaceAfter=6)
        self.bullet_action = restyle(self.action_line, leftIndent=s.bullet.leftIndent)
        self._spaced: dict[tuple[int, bool, bool], ParagraphStyle] = {}
        self.kind = record.get("kind")
        self.kind_label = KINDS.get(self.kind) or _text(record.get("kind_label")) or "Rencontre"
        dossier = record.get("dossier") if isinstance(record.get("dossier"), dict) else {}
        self.label = _text(dossier.get("label"))
        self.participants = [p for p in record.get("participants") or [] if isinstance(p, dict)]
        referent = record.get("referent")
        self.referent = referent if isinstance(referent, dict) else {"name": referent or ""}

    @property
    def running_head(self) -> str:
        # The head is cut to the page width anyway: a huge label would only make that slow.
        label = self.label if len(self.label) <= HEAD_LABEL else self.label[:HEAD_LABEL] + "…"
        return f"{self.title} — {label} (suite)" if label else f"{self.title} (suite)"

    def boxed(self, lines: list[Flowable]) -> list[Flowable]:
        """Short lines in a tinted box; long ones as they are (a table cell cannot be split)."""
        if sum(len(getattr(line, "text", "")) for line in lines) > BOX_LIMIT:
            return lines
        return [tinted_box(lines)]

    @property
    def planned(self) -> str:
        return _short_day(self.record.get("planned_on"))

    def when_line(self, *, weekday: bool) -> str:
        day = _day(self.record.get("planned_on"), weekday=weekday)
        time = _clock(self.record.get("planned_time"))
        if not day:
            return our_text("date à choisir ensemble")
        return escape(f"le {day}" + (f" à {time}" if time else ""))

    def referent_lines(self, label: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """Name and contact on two lines, so a phone number is not cut in the middle."""
        name, contact = _text(self.referent.get("name")), _text(self.referent.get("contact"))
        lines = []
        if name:
            lines.append(self.labelled(label, markup(name), style or self.box))
        if contact:
            lines.append(self.labelled("Pour le joindre :", markup(contact), style or self.box))
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
        return RECORD_TITLES.get(self.kind, RECORD_TITLE)

    @property
    def footer_note(self) -> str:
        present = self.record.get("family_present")
        presence = ("famille présente" if present is True else "famille absente" if present is False
                    else "présence de la famille non notée")
        note = f"{self.kind_label} du {self.planned} — {presence}" if self.planned else f"{self.kind_label} — {presence}"
        return note if self.ended else f"{note} — compte rendu provisoire"

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
        story: list[Flowable] = [self.say(self.title, s.title)]
        if self.label:
            story.append(self.labelled("Pour :", markup(self.label)))
        lines = [self.labelled("Date :", self.when_line(weekday=True), self.box)]
        place = _text(self.record.get("place"))
        if place:
            lines.append(self.labelled("Lieu :", markup(place), self.box))
        opened, closed = _moment(self.record.get("opened_at")), _moment(self.record.get("closed_at"))
        if opened:
            day = opened.split(" à ")[0]
            if closed.startswith(day + " à "):  # the same day: the hour is enough
                closed = closed[len(day) + 1:]
            else:
                closed = f"le {closed}" if closed else ""
            lines.append(self.say(f"Commencée le {opened}" + (f", terminée {closed}" if closed else "") + ".",
                                  self.box))
        lines += self.referent_lines("Référent de parcours :")
        if not self.ended:
            lines.append(self.say("Compte rendu provisoire : la rencontre n'est pas terminée.",
                                  restyle(self.box, fontName=FONT_BOLD)))
        return story + self.boxed(lines)

    # -- who was there -------------------------------------------------------------------------

    @staticmethod
    def status(person: dict[str, Any]) -> str:
        invited, present = person.get("invited", True) is not False, person.get("present")
        if present is True:
            return PRESENT if invited else UNINVITED
        if present is False:
            return EXCUSED if invited else "non invité·e"
        return NOT_NOTED

    def presence(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.heading("Qui était là")]
        present = self.record.get("family_present")
        if present is True:
            story.append(self.say("La famille était présente.", restyle(s.body, fontName=FONT_BOLD)))
        elif present is False:
            story += self.absence()
        else:
            story.append(self.say("La présence de la famille n'a pas encore été notée."))
        groups: dict[str, list[dict[str, Any]]] = {}
        for person in self.participants:
            side = person.get("side")
            groups.setdefault(side if side in GROUPS else PROFESSIONAL_SIDE, []).append(person)
        for side, title in GROUPS.items():
            people = groups.get(side)
            if not people:
                continue
            lines = [self.say(title, self.group)]
            lines += [Paragraph(f"{_person(p.get('name'), p.get('organisation')) or '?'} — "
                                f"{our_text(self.status(p))}", s.bullet, bulletText="•") for p in people]
            story += chained(lines) if len(lines) <= 12 else lines
        if not self.participants:
            story.append(self.say("La liste des participants n'a pas été notée."))
        return story

    def absence(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.say("La famille n'était pas présente.", restyle(s.body, fontName=FONT_BOLD))]
        reason = self.labelled_words("Pourquoi :", self.record.get("absence_reason"), s.body)
        if reason:
            story += reason
        else:
            story.append(self.say("La raison de son absence n'a pas été notée."))
        informed = _day(self.record.get("family_informed_on"))
        how = self.words(self.record.get("family_informed_how"), s.quote)
        if informed:
            story.append(self.say(f"La famille a été informée de tout ce qui a été dit le {informed}"
                                  + (", de cette façon :" if how else ".")))
            story += how
        else:
            story.append(self.say(STAYS_OPEN, restyle(s.body, fontName=FONT_BOLD)))
        return story

    # -- the charter ---------------------------------------------------------------------------

    def charter(self) -> list[Flowable]:
        charter = self.record.get("charter") if isinstance(self.record.get("charter"), dict) else {}
        title = _text(charter.get("title")) or "Charte de partage d'informations"
        version = _text(charter.get("version"))
        lines: list[Flowable] = [self.heading("La charte"),
                                 Paragraph(f"<b>{markup(title)}</b>"
                                           + (f" — {our_text('version')} {markup(version)}" if version else ""),
                                           self.s.body)]
        at, by = _moment(charter.get("acknowledged_at")), _names(charter.get("acknowledged_by"))
        if at or by:
            text = our_text("Lue ensemble au début de la rencontre")
            text += escape(f", le {at}") if at else ""
            text += f", {our_text('et reconnue par')} {by}" if by else ""
            lines.append(Paragraph(text + ".", self.s.body))
        else:
            lines.append(self.say("Pas encore lue ensemble."))
        return chained(lines)

    # -- the words, phase by phase -------------------------------------------------------------

    def phases(self) -> list[Flowable]:
        story: list[Flowable] = [self.heading("Ce qui a été dit et écrit")]
        printed = False
        for phase in self.record.get("phases") or []:
            if not isinstance(phase, dict):
                continue
            entries = [e for e in phase.get("entries") or [] if isinstance(e, dict)]
            if not entries:
                continue
            printed = True
            key = phase.get("key")
            label = _text(phase.get("label")) or PHASES.get(key) or _text(key) or "?"
            story.append(Paragraph(markup(label), restyle(self.s.subheading, fontSize=14, leading=18,
                                                            spaceBefore=10, spaceAfter=2)))
            if key == PRIVATE_TIME:
                story.append(self.say(PRIVATE_INTRO, restyle(self.s.body, textColor=MUTED, keepWithNext=1)))
            for entry in entries:
                story += self.entry(entry)
        if not printed:
            story.append(self.say(NO_ENTRY))
        return story

    def who_said(self, entry: dict[str, Any]) -> tuple[str, str]:
        """Who said it, and a note on who wrote it down when that is someone else (both
        marked up)."""
        author = entry.get("author") if isinstance(entry.get("author"), dict) else {}
        speaker = entry.get("speaker")
        speaker = _names(speaker) if isinstance(speaker, dict) else markup(_text(speaker))
        written = markup(author_label(author)) if author else ""
        if not speaker:
            return written, ""
        if author and markup(_text(author.get("name"))) == speaker:
            return written, ""  # the same person, with their organisation
        if not author:
            return speaker, ""
        if author.get("kind") == ENSEMBLE:
            name = their_text(author.get("name"))
            return speaker, our_text("Noté ensemble") + (f" ({name})" if author.get("name") else "")
        return speaker, f"{our_text('Noté par')} {written}"

    @staticmethod
    def said_by(entry: dict[str, Any], speaker: str) -> str:
        """ "Dit par …" under a summary line; "Écrit ensemble" when nobody in particular said it."""
        author = entry.get("author") if isinstance(entry.get("author"), dict) else {}
        if not _text(entry.get("speaker")) and author.get("kind") == ENSEMBLE:
            return our_text("Écrit ensemble") + (f" ({their_text(author.get('name'))})" if author.get("name") else "")
        return f"{our_text('Dit par')} {speaker}" if speaker else ""

    def kind_of(self, entry: dict[str, Any]) -> str:
        return ENTRY_KINDS.get(entry.get("kind")) or _text(entry.get("kind_label")) or "Note"

    def entry(self, entry: dict[str, Any]) -> list[Flowable]:
        s = self.s
        speaker, writer = self.who_said(entry)
        head = f"<b>{escape(self.kind_of(entry))}</b>" + (f" — {speaker}" if speaker else "")
        flowables: list[Flowable] = [Paragraph(head, self.head)]
        words = self.words(entry.get("text"), s.quote)
        flowables += words or [self.say("(rien d'écrit)", restyle(s.quote, textColor=MUTED))]
        if entry.get("private"):
            flowables.append(self.say(PRIVATE_MARK, self.note))
        if writer:
            flowables.append(Paragraph(writer, self.note))
        action = self.action(entry, self.action_line)
        if action:
            flowables.append(action)
        return _keep_long(flowables, len(str(entry.get("text") or "")))

    def action(self, entry: dict[str, Any], style: ParagraphStyle) -> Paragraph | None:
        action = entry.get("action")
        if not isinstance(action, dict):
            return None
        what = their_text(action.get("what")) or our_text("(action sans titre)")
        who = action.get("who")
        if isinstance(who, dict):
            who = _person(who.get("name"), who.get("organisation"))
        else:
            who = their_text(who)
        return Paragraph(f"→ <b>{our_text('Devenue une action du projet :')}</b> {what}"
                         + (f" — {who}" if who else ""), style)

    # -- summaries -----------------------------------------------------------------------------

    def summary(self, title: str, kind: str, empty: str) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.heading(title)]
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
                flowables.append(Paragraph(said, self.bullet_note))
            action = self.action(entry, self.bullet_action)
            if action:
                flowables.append(action)
            story += _keep_long(flowables, len(str(entry.get("text") or "")))
        if len(story) == 1:
            story.append(self.say(empty))
        return story

    def decisions(self) -> list[Flowable]:
        return self.summary("En résumé : ce qui a été décidé", DECISION, NO_DECISION)

    def disagreements(self) -> list[Flowable]:
        return self.summary("En résumé : les désaccords", DISAGREEMENT, NO_DISAGREEMENT)

    # -- the end -------------------------------------------------------------------------------

    def read_back(self) -> list[Flowable]:
        s = self.s
        validation = self.record.get("validation") if isinstance(self.record.get("validation"), dict) else {}
        validated = validation.get("validated")
        by, on = _names(validation.get("by")), _day(validation.get("on"))
        said = (f" {our_text('par')} {by}" if by else "") + (escape(f" le {on}") if on else "")
        story: list[Flowable] = [self.heading("Relecture avec la famille")]
        comment = self.words(validation.get("comment"), s.quote)
        if validated is True:
            story.append(Paragraph(our_text("La famille a relu ce compte rendu et l'a validé") + said + ".", s.body))
            if comment:
                story += chained([self.say("Ce qu'elle a ajouté :"), *comment[:1]]) + comment[1:]
        elif validated is False:
            story.append(Paragraph(our_text("La famille a relu ce compte rendu et n'est pas d'accord avec ce qui est "
                                         "écrit") + (f" ({our_text('dit')}{said})" if said else "") + ".", s.body))
            if comment:
                story += chained([self.say("Son désaccord, avec ses mots :"), *comment[:1]]) + comment[1:]
        else:
            story.append(self.say(NOT_READ_BACK))
        return story

    def what_next(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.heading("La suite")]
        when = _day(self.record.get("next_meeting_on"))
        if when:
            story.append(Paragraph(f"<b>{our_text('Prochaine rencontre proposée :')}</b> {escape(when)} "
                                   + our_text("(une date proposée, que l'on peut changer ensemble)"), s.body))
        else:
            story.append(self.say("Prochaine rencontre : la date sera choisie ensemble."))
        version = _text(self.record.get("plan_version"))
        if version:
            story.append(Paragraph(our_text("Ce qui a été décidé est écrit dans le projet pour la famille :")
                                   + f" <b>version {markup(version)}</b>.", s.body))
        story.append(self.say(NOTHING_HIDDEN))
        return story


# -- the invitation ----------------------------------------------------------------------------


class _InvitationPrinter(_Printer):
    def __init__(self, record: dict[str, Any], recipient: str) -> None:
        super().__init__(record)
        self.recipient = clean_text(recipient)
        s = self.s
        # A little denser than the record: the invitation holds on one page.
        self.section = restyle(self.section, spaceBefore=10)
        self.bullet = restyle(s.bullet, spaceAfter=3)

    @property
    def title(self) -> str:
        return INVITATION_TITLES.get(self.kind, INVITATION_TITLE)

    @property
    def footer_note(self) -> str:
        return f"Invitation — {self.kind_label} du {self.planned}" if self.planned else f"Invitation — {self.kind_label}"

    def story(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.say(self.title, s.title)]
        if self.recipient:
            story.append(self.labelled("Pour :", markup(self.recipient)))
        lines = []
        if self.label:
            lines.append(self.labelled("Avec :", markup(self.label), self.box))
        lines.append(self.labelled("Quand :", self.when_line(weekday=True), self.box))
        place = _text(self.record.get("place"))
        lines.append(self.labelled("Où :", markup(place) + " " + our_text("(lieu choisi par la famille)") if place
                                   else our_text("le lieu sera choisi par la famille"), self.box))
        story += self.boxed(lines)
        story += self.invited()
        story += self.agenda()
        # Read as one block, never cut in two.
        story += chained([self.heading("Pour la famille"),
                         *(self.say(text, self.bullet, bullet="•") for text in FAMILY_NOTES)])
        referent = self.referent_lines("Votre référent de parcours :", self.s.body)
        if referent:
            story += chained([self.heading("Une question ?"), *referent])
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
        story: list[Flowable] = [self.heading("Qui est invité")]
        for side, title in GROUPS.items():
            if groups.get(side):
                story.append(Paragraph(f"<b>{our_text(title + ' :')}</b> " + ", ".join(groups[side]), self.bullet,
                                       bulletText="•"))
        if len(story) == 1:
            story.append(self.say("La famille choisit qui elle invite ; la liste sera faite avec elle."))
        return story

    def agenda(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.heading("Ce dont nous parlerons")]
        words = self.words(self.record.get("agenda"), s.quote)
        if not words:
            return story + [self.say(NO_AGENDA)]
        author = self.record.get("agenda_author")
        author = author if isinstance(author, dict) else {"kind": FAMILLE, "name": _text(author)}
        if author.get("kind") == PROFESSIONNEL:
            intro = our_text("Écrit par") + f" {_names(author)}" + our_text(" :")
        elif author.get("kind") == ENSEMBLE:
            intro = our_text("Écrit ensemble, avec les mots de la famille :")
        else:
            name = their_text(author.get("name"))
            intro = our_text("Écrit par la famille, avec ses mots") + (f" ({name})" if name else "") + our_text(" :")
        return story + chained([Paragraph(intro, s.body), *words[:1]]) + words[1:]
