"""The one-page summary of a screening, printed for the family and read by the family.

Plain words only: what was looked at together (the family wording of the points answered
"oui"), what it means, what the family decided, what happens next and their rights. Never a
score, never the professional's wording of the criteria, never the points answered "non".

In the family's language (``language``), or in French and that language; the texts are in
the print catalogues (``resources/print-languages``, section ``[screening]``)."""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from refparcours.documents.common import (
    FRENCH_ONLY,
    LanguageWriter,
    Paragraph,
    PrintLanguage,
    build_pdf,
    markup,
    our_text,
    styles,
)
from refparcours.documents.directions import document_direction
from refparcours.printlang import french
from refparcours.screening import EXAMINE, NOT_COMPLEX, OUTCOME_FAMILY, PROPOSE, YES, CriteriaSet
from refparcours.text import clean_text

TITLE = french().text("screening.title")

ACCEPTS, DECLINES, THINKS = "accepte", "decline", "reflechit"
PROPOSAL_ANSWERS = (ACCEPTS, DECLINES, THINKS)

LONG_WORDS = 700  # characters: longer words of the family print a little denser (still 11 pt)

_OUTCOMES = {PROPOSE: "screening.outcome_propose", EXAMINE: "screening.outcome_examine",
             NOT_COMPLEX: "screening.outcome_not_complex"}
_ACCEPTED = {PROPOSE: "screening.accepted_propose", EXAMINE: "screening.accepted_examine"}
_NEXT_ACCEPTED = {PROPOSE: "screening.next_propose", EXAMINE: "screening.next_examine"}


def screening_summary_pdf(
    *,
    family_label: str,
    record: dict[str, Any],
    criteria_set: CriteriaSet,
    decided_on: date,
    professional_name: str,
    office: str = "",
    proposal: dict[str, Any] | None = None,
    printed_on: date | None = None,
    language: PrintLanguage | None = None,
) -> bytes:
    """The PDF bytes of the family's summary of one screening.

    ``record`` is ``Screening.to_record()`` as stored; ``criteria_set`` the criteria it was
    made with (if its version differs, the family wording stored in the record is printed
    instead, so a later change of the criteria file never rewrites what the family saw).
    ``proposal``, once the family has answered: ``answer`` ("accepte", "decline" or
    "reflechit"), ``think_until`` (a date or None), ``family_words`` (printed as written)
    and ``leaflet_given`` (bool). ``language``: the family's language (French by default)."""
    if proposal is not None and proposal.get("answer") not in PROPOSAL_ANSWERS:
        raise ValueError(f"proposal answer must be one of {PROPOSAL_ANSWERS}, not {proposal.get('answer')!r}")
    writer = _Writer(language or FRENCH_ONLY)
    with document_direction(writer.lang.rtl):  # someone's words are marked up for the document's direction
        story = _story(writer, family_label=family_label, record=record, criteria_set=criteria_set,
                       decided_on=decided_on, professional_name=professional_name, office=office, proposal=proposal)
    family_label = clean_text(family_label)
    plain_title = writer.voice.plain("screening.title")
    if writer.lang.both:
        plain_title = writer.lang.inline(TITLE, plain_title)
    return build_pdf(story, title=plain_title, printed_on=printed_on, subject="Repérage — résumé pour la famille",
                     running_head=writer.voice.plain("common.continued_for", title=plain_title, label=family_label),
                     language=writer.lang)


def _story(writer: _Writer, *, family_label: str, record: dict[str, Any], criteria_set: CriteriaSet,
           decided_on: date, professional_name: str, office: str, proposal: dict[str, Any] | None) -> list[Flowable]:
    s = writer.s
    decision = record.get("decision")
    family_label = clean_text(family_label)
    title = writer.phrase("screening.title")
    story: list[Flowable] = [Paragraph(title, s.title)]
    story.append(writer.field("common.for", markup(family_label)))
    name = professional_name.strip()
    if name:
        story.append(writer.sentence("screening.on_with", s.body, date=decided_on, name=name))
    else:
        story.append(writer.sentence("screening.on", s.body, date=decided_on))

    story.append(writer.head("screening.looked_at"))
    story += writer.looked_at(record, criteria_set)

    story.append(writer.head("screening.meaning"))
    story.append(writer.meaning(record))

    story.append(writer.head("screening.decided"))
    story += writer.decided(decision, proposal)

    story.append(writer.head("screening.now"))
    story.append(writer.sentence(_next_step(decision, proposal), s.body))

    rights_block: list[Flowable] = [writer.head("screening.rights_heading")]
    contact = ", ".join(part.strip() for part in (professional_name, office) if part and part.strip()).rstrip(".")
    rights_block += [writer.sentence_with(lambda voice, n=number: writer.list_item(voice, "screening.rights", n),
                                          s.bullet, bullet="•")
                     for number in range(len(french().texts("screening.rights")))]
    if contact:
        rights_block.append(writer.sentence("screening.contact", s.bullet, bullet="•", contact=contact))
    story.append(KeepTogether(rights_block))  # the rights are read as one block, never cut in two
    return story


class _Writer(LanguageWriter):
    def __init__(self, language: PrintLanguage) -> None:
        self.set_language(language)
        self.s = styles()
        self.section = self.s.heading
        self._spaced: dict[tuple[int, bool, bool], ParagraphStyle] = {}

    @staticmethod
    def list_item(voice: Any, key: str, number: int) -> str:
        return our_text(voice.catalogue.texts(key)[number])

    # -- the sections --------------------------------------------------------------------------

    def looked_at(self, record: dict[str, Any], criteria_set: CriteriaSet) -> list[Flowable]:
        s = self.s
        yes = set(_yes_ids(record))
        known = {c.id for c in criteria_set.criteria}
        same_version = record.get("criteria_version") in (None, criteria_set.version)
        if not same_version or not yes <= known:
            stored = _stored_family_factors(record)
            if stored is None:
                return [self.sentence("screening.no_factor", s.body)]
            return [Paragraph(markup(stored), s.body, direction="auto")]  # as the family read it on the day
        if not yes:
            return [self.sentence("screening.no_factor", s.body)]
        flowables: list[Flowable] = [self.sentence("screening.points", s.body)]
        for dimension in criteria_set.dimensions:
            found = [c for c in criteria_set.in_dimension(dimension.id) if c.id in yes]
            if not found:
                continue
            flowables.append(Paragraph(self.known("screening.dimensions", dimension.id, dimension.family_title),
                                       s.subheading))
            flowables += [Paragraph(self.known("screening.criteria", c.id, c.family), s.bullet, bulletText="•")
                          for c in found]
        return flowables

    def meaning(self, record: dict[str, Any]) -> Flowable:
        decision = record.get("decision")
        if decision in _OUTCOMES:
            return self.sentence(_OUTCOMES[decision], self.s.body)
        return Paragraph(markup(str(record.get("family_explanation") or "").strip()), self.s.body, direction="auto")

    def decided(self, decision: str | None, proposal: dict[str, Any] | None) -> list[Flowable]:
        s = self.s
        if proposal is None:
            key = "screening.nothing_to_accept" if decision == NOT_COMPLEX else "screening.no_answer_yet"
            return [self.sentence(key, s.body)]

        answer = proposal["answer"]
        if answer == ACCEPTS:
            flowables: list[Flowable] = [self.sentence(_ACCEPTED.get(decision, "screening.accepted"), s.body)]
        elif answer == DECLINES:
            flowables = [self.sentence("screening.declined", s.body)]
        else:
            think_until = proposal.get("think_until")
            if isinstance(think_until, date):
                flowables = [self.sentence("screening.thinking_until", s.body, date=think_until)]
            else:
                flowables = [self.sentence("screening.thinking", s.body)]

        words = str(proposal.get("family_words") or "").strip()
        if words:
            flowables.append(self.sentence("screening.you_said", s.body))
            # Their words exactly as written, between quotes.
            flowables.append(_quoted(words, self))
        flowables.append(self.sentence("screening.leaflet_given" if proposal.get("leaflet_given")
                                       else "screening.leaflet_offered", s.body))
        return flowables


def _quoted(words: str, writer: _Writer) -> Flowable:
    s = writer.s
    style = s.quote_long if len(words) > LONG_WORDS else s.quote
    catalogue = writer.lang.french if writer.lang.both else writer.voice.catalogue
    return Paragraph(escape(catalogue.raw("common.quote_open")) + markup(words)
                     + escape(catalogue.raw("common.quote_close")), style, direction="auto")


# -- what was stored ---------------------------------------------------------------------------


def _yes_ids(record: dict[str, Any]) -> list[str]:
    answers = record.get("answers") or {}
    return [cid for cid, answer in answers.items() if (answer or {}).get("value") == YES]


def _stored_family_factors(record: dict[str, Any]) -> str | None:
    """The factors as the family read them on the day (the record's own family wording),
    without the closing sentence on what it means, printed in the next section; None when
    there is none."""
    text = str(record.get("family_explanation") or "").strip()
    meaning = OUTCOME_FAMILY.get(record.get("decision"), "")
    if meaning and text.endswith(meaning):
        text = text[: -len(meaning)].strip()
    return text or None


def _next_step(decision: str | None, proposal: dict[str, Any] | None) -> str:
    """The key of what happens next."""
    if decision == NOT_COMPLEX:
        return "screening.next_not_complex"
    answer = proposal["answer"] if proposal else None
    if answer == ACCEPTS:
        return _NEXT_ACCEPTED.get(decision, "screening.next_accepted")
    if answer == DECLINES:
        return "screening.next_declined"
    if answer == THINKS:
        return "screening.next_thinking"
    return "screening.next_unanswered"
