"""The printed PPF (projet pour la famille), from a plan's content dict (see ``refparcours.ppf``).

Three ways to print the same content:

- the family copy: large type, the family's words exactly as written, each followed by who
  wrote it; the actions grouped by who does them, then domain by domain;
- the plain-language copy (``plain=True``): shorter sentences, larger type, each domain with
  its simple title and its icon;
- the partner copy (``copy="partenaire"``): only the parts the family agreed to share.

Every page says which version of the plan it belongs to. A proposed date is a proposal, never
a deadline: it is always printed as "si possible vers le …".

The family copies print in the family's language (``language``), or in French and that
language; the partner copy, for professionals, is in French. The texts are in the print
catalogues (``resources/print-languages``, section ``[plan]``)."""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from refparcours.documents.common import (
    FRENCH_ONLY,
    IconHeading,
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    TINT,
    LanguageWriter,
    Markup,
    Names,
    Paragraph,
    PrintLanguage,
    Styles,
    Voice,
    build_pdf,
    chained,
    content_width,
    markup,
    our_text,
    restyle,
    styles,
    their_text,
)
from refparcours.documents.directions import document_direction, embedded
from refparcours.errors import UserFacingError
from refparcours.ppf import (
    DOMAIN_SECTIONS,
    ENSEMBLE,
    FAMILLE,
    FOYER,
    PARTNER_SECTIONS,
    PROFESSIONNEL,
    RESEAU,
    STATUSES,
    action_group,
)
from refparcours.printlang import french
from refparcours.text import clean_text

FAMILY_COPY, PARTNER_COPY = "famille", "partenaire"
COPIES = (FAMILY_COPY, PARTNER_COPY)

_FR = french()
TITLE = _FR.text("plan.title")
PLAIN_TITLE = _FR.text("plan.plain_title")
PARTNER_TITLE = "Copie pour un partenaire"

NO_ACTION = _FR.text("plan.no_action")
NO_ACTION_PLAIN = _FR.text("plan.no_action_plain")
NO_ACTION_PARTNER = "Aucune action n'est écrite dans ce projet pour l'instant."
NO_POINT_DE_VUE = _FR.text("plan.no_view")
SIGNING_OFFERED = _FR.text("plan.signing_offered")
NO_PARTNER_CHOICE = ("Avant d'imprimer une copie pour un partenaire, choisissez avec la famille les parties du "
                     "projet qu'elle accepte de partager.")

# The action groups, in the order printed (who.kind → key of the family's title, the partner's title).
GROUPS = {
    FOYER: ("plan.group_household", "Ce que fait la famille"),
    RESEAU: ("plan.group_network", "Ce que font les proches de la famille"),
    PROFESSIONNEL: ("plan.group_professionals", "Ce que font les professionnels"),
}
ONE_PERSON_GROUP = "plan.group_one_person"
OTHER_GROUP = "plan.group_other"

KEEP_WHOLE = 1200  # an entry shorter than this is never cut between two pages

ICON_INK = ACCENT
ICON_HEX = "#295285"  # ICON_INK, for <font color> in a paragraph


def plan_pdf(content: dict[str, Any], *, version: dict[str, Any] | None, copy: str = FAMILY_COPY,
             plain: bool = False, signatures: bool = False, recipient: str = "",
             printed_on: date | None = None, language: PrintLanguage | None = None) -> bytes:
    """The PDF bytes of one printed copy of a plan.

    ``version`` is None for a draft, else ``{"number", "frozen_on", "reason", "adopted_by",
    "adopted_on", "signatories"}`` (dates as ISO strings). ``copy`` is "famille" or
    "partenaire"; a partner copy needs ``content["partner_sections"]``, chosen with the
    family (else ``UserFacingError``), and says who it is for (``recipient``). ``language``:
    the family copy's language (French by default); a partner copy is always in French."""
    if copy not in COPIES:
        raise ValueError(f"copy must be one of {COPIES}, not {copy!r}")
    shared = None
    if copy == PARTNER_COPY:
        shared = [key for key in PARTNER_SECTIONS if key in (content.get("partner_sections") or [])]
        if not shared:
            raise UserFacingError(NO_PARTNER_CHOICE)
    language = FRENCH_ONLY if shared is not None else language or FRENCH_ONLY
    printer = _Printer(content, version, plain=plain, shared=shared, recipient=recipient, language=language)
    with document_direction(language.rtl):  # someone's words are marked up for the document's direction
        story = printer.story(signatures=signatures)
    return build_pdf(story, title=printer.document_title, printed_on=printed_on, subject="PPF",
                     running_head=printer.running_head, footer_note=printer.footer_note, language=language)


# -- text helpers ------------------------------------------------------------------------------
# (our_text, their_text, split_long_line… are shared with the meeting record, in ``common``)


def _names(names: list[Any]) -> Names:
    """The names, each escaped, to be said as a list ("A, B et C")."""
    return Names(their_text(name) for name in names if clean_text(str(name or "")))


def _day(value: Any) -> date | str:
    """An ISO date as a date (said in the document's language); whatever else was stored, as
    it was; "" for nothing."""
    if isinstance(value, date):
        return value
    if not value:
        return ""
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return clean_text(str(value))


def _plain_styles() -> Styles:
    """Larger type and more air for the plain-language copy (body 14 pt)."""
    s = styles()
    size = {"fontSize": 14, "leading": 19}
    body = restyle(s.body, spaceAfter=5, **size)
    return Styles(
        title=restyle(s.title, fontSize=26, leading=32, spaceAfter=10),
        heading=restyle(s.heading, fontSize=18, leading=23, spaceBefore=14, spaceAfter=6),
        subheading=restyle(s.subheading, fontSize=15, leading=20, spaceBefore=6, spaceAfter=3),
        body=body,
        bullet=restyle(s.bullet, leftIndent=22, bulletIndent=4, spaceAfter=3, **size),
        quote=restyle(s.quote, leftIndent=20, spaceBefore=3, spaceAfter=7, **size),
        quote_long=restyle(s.quote_long, fontSize=13, leading=17),
        small=restyle(s.small, fontSize=12, leading=15),
        footer=s.footer,
    )


# -- the document ------------------------------------------------------------------------------


class _Printer(LanguageWriter):
    """Builds the story of one copy; keeps the styles and the choices (plain, partner)."""

    def __init__(self, content: dict[str, Any], version: dict[str, Any] | None, *, plain: bool,
                 shared: list[str] | None, recipient: str, language: PrintLanguage = FRENCH_ONLY) -> None:
        self.set_language(language)
        self.content = content
        self.version = version
        self.plain = plain
        self.shared = shared  # None: the family copy
        self.recipient = clean_text(recipient)
        self.s = _plain_styles() if plain else styles()
        s = self.s
        self.note = restyle(s.small, spaceBefore=0, spaceAfter=6, leftIndent=s.quote.leftIndent)
        self.bullet_note = restyle(s.small, spaceBefore=0, spaceAfter=4, leftIndent=s.bullet.leftIndent)
        # Sections stand out from the domains inside them.
        self.section = restyle(s.heading, fontSize=s.heading.fontSize + 2, leading=s.heading.leading + 3,
                                spaceBefore=s.heading.spaceBefore + 6, textColor=ICON_INK)
        pad = 3
        self.domain_style = restyle(s.heading, backColor=TINT, borderPadding=pad, leftIndent=pad, rightIndent=pad,
                                     spaceBefore=s.heading.spaceBefore + 2 * pad, spaceAfter=s.heading.spaceAfter + pad)
        self._spaced: dict[tuple[int, bool, bool], ParagraphStyle] = {}
        self.action_title = restyle(s.body, fontName=FONT_BOLD, leftIndent=16, bulletIndent=0, bulletFontName=FONT,
                                     spaceBefore=8, spaceAfter=2)
        self.action_line = restyle(s.body, leftIndent=16, spaceAfter=1)
        self.action_note = restyle(s.small, leftIndent=16, spaceAfter=4)
        self.box_style = restyle(s.body, spaceAfter=2)
        household = [p for p in content.get("household") or [] if isinstance(p, dict)]
        self.household = household
        self.we = len(household) != 1  # "nous" unless one person lives alone
        self.domains = [d for d in content.get("domains") or [] if isinstance(d, dict)]
        self.domain_by_key = {d.get("key"): d for d in self.domains}
        self.actions = [a for a in content.get("actions") or [] if isinstance(a, dict)]
        dossier = content.get("dossier") or {}
        self.label = clean_text(str(dossier.get("label") or ""))

    # -- what every page says ------------------------------------------------------------------

    @property
    def partner(self) -> bool:
        return self.shared is not None

    def shares(self, section: str) -> bool:
        return self.shared is None or section in self.shared

    @property
    def title_key(self) -> str:
        return "plan.plain_title" if self.plain and not self.partner else "plan.title"

    def plain_phrase(self, key: str, **values: Any) -> str:
        """A label as plain text (for the footer, the head of pages, the PDF's properties)."""
        translated = self.voice.plain(key, **values)
        return self.lang.inline(self.fr.plain(key, **values), translated) if self.lang.both else translated

    @property
    def document_title(self) -> str:
        # No name here: it shows in file managers and print queues.
        return f"{TITLE} — copie pour un partenaire" if self.partner else self.plain_phrase("plan.title")

    @property
    def running_head(self) -> str:
        if self.partner:
            which = f"{TITLE} — copie pour un partenaire"
            return f"{which} — {self.label} (suite)" if self.label else f"{which} (suite)"
        title = self.plain_phrase(self.title_key)
        if self.label:
            return self.voice.plain("common.continued_for", title=title, label=self.label)
        return self.voice.plain("common.continued", title=title)

    @property
    def footer_note(self) -> str:
        if self.partner:
            which = f"{TITLE} — copie pour un partenaire"
            if self.version is None:
                return f"{which} — brouillon, pas encore adopté"
            number = clean_text(str(self.version.get("number") or ""))
            frozen = _day(self.version.get("frozen_on"))
            frozen = self.fr.catalogue.short_date(frozen) if isinstance(frozen, date) else frozen
            return f"{which} — version {number}".rstrip() + (f" du {frozen}" if frozen else "")
        title = self.plain_phrase("plan.title")
        if self.version is None:
            return self.plain_phrase("plan.note_draft", title=title)
        number = clean_text(str(self.version.get("number") or ""))
        frozen = _day(self.version.get("frozen_on"))
        if not frozen:
            return self.voice.plain("plan.note_version", title=title, number=number)
        short = self.voice.catalogue.short_date(frozen) if isinstance(frozen, date) else frozen
        return self.voice.plain("plan.note_version_of", title=title, number=number, date=short)

    # -- the story -----------------------------------------------------------------------------

    def story(self, *, signatures: bool) -> list[Flowable]:
        story = self.header()
        if self.shares("foyer"):
            story += self.household_block()
        if self.shares("demande"):
            story += self.demande()
        if self.shares("actions"):
            story += self.actions_by_who()
        if self.shares("domaines"):
            story += self.by_domain()
        if self.shares("point_de_vue"):
            story += self.point_de_vue()
        if signatures:
            story += self.signature_block()
        return story

    def header(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [Paragraph(self.phrase(self.title_key), s.title)]
        if self.partner:
            story.append(self.say(PARTNER_TITLE, self.section))
            if self.recipient:
                story.append(self.labelled("Pour :", their_text(self.recipient)))
            if self.label:
                story.append(self.labelled("Famille :", their_text(self.label)))
        elif self.label:
            story.append(self.field("common.for", their_text(self.label)))
        lines = [self.version_line()]
        adopted = self.adoption_line()
        if adopted:
            lines.append(adopted)
        if not self.partner:
            lines.append(self.review_line())
        story.append(self.box([line if isinstance(line, Flowable) else Paragraph(line, self.box_style)
                               for line in lines]))
        if self.partner:
            story += self.partner_notice()
        story += self.referent_block()
        return story

    def version_line(self) -> str:
        if self.version is None:
            return f"<b>{self.phrase('plan.draft')}</b>"
        frozen = _day(self.version.get("frozen_on"))
        number = str(self.version.get("number") or "")
        if frozen:
            return f"<b>{self.phrase('plan.version_of', number=number, date=frozen)}</b>"
        return f"<b>{self.phrase('plan.version', number=number)}</b>"

    def adoption_line(self) -> Flowable | None:
        if self.version is None:
            return None
        adopted_on = _day(self.version.get("adopted_on"))
        if not adopted_on:
            return self.sentence("plan.not_adopted", self.box_style)
        names = _names(list(self.version.get("adopted_by") or []))
        if self.partner or not names:  # a partner copy names nobody the family did not choose to share
            return self.sentence("plan.adopted_by_family", self.box_style, date=adopted_on)
        return self.sentence("plan.adopted_by", self.box_style, date=adopted_on, names=names)

    def review_line(self) -> Flowable:
        when = _day(self.content.get("next_review_on"))
        if self.plain:
            if not when:
                return self.sentence("plan.review_plain_none", self.box_style)
            return self.sentence("plan.review_plain", self.box_style, date=when)
        if not when:
            return self.sentence("plan.review_none", self.box_style)
        return self.sentence_with(lambda voice: f"<b>{voice.t('plan.review')}</b> {escape(str(voice.value(when)))} "
                                                f"{voice.t('plan.review_note')}", self.box_style)

    def partner_notice(self) -> list[Flowable]:
        s = self.s
        inside: list[Flowable] = [self.say("Cette copie ne contient que ce que la famille a accepté de partager :",
                                           self.box_style)]
        inside += [self.say(PARTNER_SECTIONS[key], s.bullet, bullet="•") for key in self.shared or []]
        inside.append(self.say("Le reste du projet n'y figure pas. Merci de ne pas transmettre cette copie à "
                               "d'autres personnes sans l'accord de la famille.", self.box_style))
        story: list[Flowable] = [self.box(inside)]
        note = clean_text(str(self.content.get("partner_sections_note") or ""), multiline=True)
        if note:  # outside the box: a table cell cannot flow onto the next page
            story.append(self.labelled("Précision :", markup(note)))
        return story

    def referent_block(self) -> list[Flowable]:
        referent = self.content.get("referent") or {}
        name, contact = clean_text(str(referent.get("name") or "")), referent.get("contact")
        story: list[Flowable] = []
        if name:
            label = "common.referent" if self.partner else (
                "plan.my_referent" if self.plain and not self.we else "plan.our_referent" if self.plain
                else "common.referent")
            story.append(self.field(label, their_text(name)))
        if clean_text(str(contact or "")):
            story.append(self.field("common.to_reach", their_text(contact)))
        return story

    # -- the household -------------------------------------------------------------------------

    def household_block(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = []
        adults = [p for p in self.household if p.get("role") != "enfant"]
        children = [p for p in self.household if p.get("role") == "enfant"]
        if adults or children:
            if self.partner:
                story.append(self.heading("La composition du foyer"))
            else:
                story.append(self.head("plan.our_household" if self.we else "plan.my_household"))
        for title, people in (("plan.adults", adults), ("plan.children", children)):
            if people:
                story.append(self.head(title, s.subheading))
                story += [Paragraph(self.person(p), s.bullet, bulletText="•") for p in people]
        if self.partner:
            return story  # the network is not among what a partner copy may carry
        network = [n for n in self.content.get("network") or [] if isinstance(n, dict)]
        trusted = [p for p in self.household if p.get("trusted")] + [n for n in network if n.get("trusted")]
        if trusted:
            story.append(self.head("plan.trusted_one" if len(trusted) == 1 else "plan.trusted_many", s.subheading))
            story += [Paragraph(self.person(p), s.bullet, bulletText="•") for p in trusted]
        professionals = [n for n in network if n.get("kind") == PROFESSIONNEL]
        if professionals:
            story.append(self.head("plan.our_professionals" if self.we else "plan.my_professionals", s.subheading))
            story += [Paragraph(self.person(p), s.bullet, bulletText="•") for p in professionals]
        return story

    @staticmethod
    def person(person: dict[str, Any]) -> str:
        keys = ("organisation", "role") if person.get("kind") == PROFESSIONNEL else ("relation",)
        details = [clean_text(str(person.get(key) or "")) for key in keys]
        details = [d for d in details if d]
        name = their_text(person.get("name")) or "?"
        return name + (" — " + ", ".join(markup(d) for d in details) if details else "")

    # -- words and who wrote them --------------------------------------------------------------

    @staticmethod
    def author(voice: Voice, author: dict[str, Any]) -> Markup:
        """Who wrote something: "Samira Benali", "Julie Martin (CAF)", "la famille"."""
        name = clean_text(str(author.get("name") or ""))
        organisation = clean_text(str(author.get("organisation") or ""))
        if not name:
            return Markup(voice.t("common.the_family" if author.get("kind") == FAMILLE else "common.a_professional"))
        if organisation:
            return Markup(voice.t("common.someone_at", name=name, organisation=organisation))
        return Markup(their_text(name))

    def written_by_in(self, voice: Voice, item: dict[str, Any]) -> str:
        author = item.get("author")
        if author.get("kind") == ENSEMBLE:
            name = clean_text(str(author.get("name") or ""))
            line = voice.t("plan.written_together_named", names=name) if name else voice.t("plan.written_together")
        else:
            line = voice.t("plan.written_by", name=self.author(voice, author))
        reworded = item.get("reworded")
        if isinstance(reworded, dict):
            by = reworded.get("by") if isinstance(reworded.get("by"), dict) else {}
            line += " — " + voice.t("plan.reworded_by", name=self.author(voice, by) if by else "?")
            accepted = clean_text(str(reworded.get("accepted_by") or ""))
            if accepted:
                line += ", " + voice.t("plan.reworded_accepted", name=Markup(their_text(accepted)))
            on = _day(reworded.get("on"))
            if on:
                line += " " + voice.t("common.on", date=on)
        return line

    def written_by(self, item: dict[str, Any], style: ParagraphStyle) -> Flowable | None:
        author = item.get("author")
        if not isinstance(author, dict) or not author:
            return None
        return self.sentence_with(lambda voice: self.written_by_in(voice, item), style)

    def entry(self, entry: dict[str, Any], style: ParagraphStyle, note: ParagraphStyle | None = None,
              *, bullet: bool = False) -> list[Flowable]:
        flowables = self.words(entry.get("text"), style)
        if not flowables:
            return []
        if bullet:
            flowables[0].bulletText = "•"
        by = self.written_by(entry, note or self.note)
        if by:
            flowables.append(by)
        if len(str(entry.get("text") or "")) <= KEEP_WHOLE:
            return chained(flowables)
        # A long text flows from page to page; its first line stays with the heading above,
        # the note with its last line.
        return [*chained(flowables[:1]), *flowables[1:-2], *chained(flowables[-2:])]

    # -- sections ------------------------------------------------------------------------------

    def demande(self) -> list[Flowable]:
        if self.partner:
            story: list[Flowable] = [self.heading("La demande de la famille")]
        else:
            story = [self.head("plan.our_request" if self.we else "plan.my_request")]
        entries = [e for e in self.content.get("demande") or [] if isinstance(e, dict)]
        printed = [f for e in entries for f in self.entry(e, self.s.quote)]
        return story + (printed or [self.sentence("plan.no_request_plain" if self.plain else "plan.no_request")])

    def point_de_vue(self) -> list[Flowable]:
        if self.partner:
            story: list[Flowable] = [self.heading("Le point de vue de la famille, ses désaccords")]
        elif self.plain:
            story = [self.head("plan.our_view_plain" if self.we else "plan.my_view_plain")]
        else:
            story = [self.head("plan.our_view" if self.we else "plan.my_view")]
        entries = [e for e in self.content.get("point_de_vue") or [] if isinstance(e, dict)]
        printed = [f for e in entries for f in self.entry(e, self.s.quote)]
        return story + (printed or [self.sentence("plan.no_view_plain" if self.plain else "plan.no_view")])

    # -- actions -------------------------------------------------------------------------------

    def group_title(self, kind: str, actions: list[dict[str, Any]]) -> str:
        """The key of a group's title (or, in a partner copy, the title)."""
        if kind not in GROUPS:
            return OTHER_GROUP
        if kind == FOYER and not self.partner:
            carriers = {clean_text(str((a.get("who") or {}).get("name") or "")) for a in actions}
            if len(carriers) <= 1:
                return ONE_PERSON_GROUP
        return GROUPS[kind][1 if self.partner else 0]

    def actions_by_who(self) -> list[Flowable]:
        """One heading per group ("Ce que je fais", "Ce que fait ma famille, mes proches"…)."""
        if not self.actions:
            if self.partner:
                return [self.heading("Les actions"), self.say(NO_ACTION_PARTNER)]
            return [self.head("plan.actions"), self.sentence("plan.no_action_plain" if self.plain else "plan.no_action")]
        story: list[Flowable] = []
        groups: dict[str, list[dict[str, Any]]] = {}
        for action in self.actions:
            try:
                kind = action_group(action)
            except (KeyError, TypeError):
                kind = ""
            groups.setdefault(kind if kind in GROUPS else "", []).append(action)
        for kind in (*GROUPS, ""):
            actions = groups.get(kind)
            if not actions:
                continue
            title = self.group_title(kind, actions)
            if self.partner and title.startswith("plan."):
                story.append(Paragraph(our_text(self.fr.plain(title)), self.section))
            elif self.partner:
                story.append(self.heading(title))
            else:
                story.append(self.head(title))
            story += [f for action in actions for f in self.action(action, alone=title == ONE_PERSON_GROUP)]
        return story

    def who(self, action: dict[str, Any]) -> str:
        who = action.get("who") if isinstance(action.get("who"), dict) else {}
        name, organisation = clean_text(str(who.get("name") or "")), clean_text(str(who.get("organisation") or ""))
        text = markup(name) if name else ""
        if organisation:  # one piece, its brackets with it, in a line read the other way
            text = (embedded(f"{name} ({organisation})", f"{text} ({markup(organisation)})") if text
                    else markup(organisation))
        if who.get("gone"):
            text += " " + self.phrase("plan.left_network")
        return text.strip()

    def when(self, action: dict[str, Any]) -> str:
        start, proposed = _day(action.get("start_on")), _day(action.get("proposed_on"))

        def build(voice: Voice) -> str:
            parts = []
            if start:
                parts.append(voice.t("plan.from_date", date=start))
            if proposed:
                parts.append(voice.t("plan.around_date", date=proposed))
            return ", ".join(parts)

        return self.phrase_with(build) if start or proposed else ""

    def feasible(self, action: dict[str, Any]) -> str:
        value = action.get("feasible")
        key = ("yes" if value else "no") if value in (True, False) else "unknown"
        text = self.phrase(f"plan.feasible.{key}")
        by = clean_text(str(action.get("feasible_by") or ""))
        return text + (" " + self.phrase("plan.said_by", name=Markup(markup(by))) if by and value is not None else "")

    def status(self, action: dict[str, Any]) -> str:
        status = action.get("status")
        return self.phrase(f"plan.statuses.{status}") if status in STATUSES else ""

    def action(self, action: dict[str, Any], *, alone: bool) -> list[Flowable]:
        """One action; ``alone``: the only person of the household who carries actions."""
        lines: list[Flowable] = []
        style, small = self.action_line, self.action_note
        what = their_text(action.get("what")) or self.phrase("common.untitled_action")
        domain = self.domain_by_key.get(action.get("domain")) if self.shares("domaines") else None
        who = self.who(action)
        if self.plain:
            # Fewer labels: "Je vais : …", "Julie Martin (CAF) va : …".
            doer = (self.phrase("plan.i_will") if alone
                    else self.phrase("plan.someone_will", name=Markup(who)) if who else self.phrase("plan.to_do"))
            what = f"{doer} {what}"
            if domain and domain.get("icon"):
                what = f'<font color="{ICON_HEX}">{their_text(domain.get("icon"))}</font> {what}'
        lines.append(Paragraph(what, self.action_title, bulletText="●"))
        status = self.status(action)
        how = clean_text(str(action.get("how") or ""), multiline=True)
        outcome = clean_text(str(action.get("outcome") or ""), multiline=True)
        if self.plain:
            if how:
                lines += self.field_words("plan.how", how, style)
            lines.append(self.field("plan.possible_plain", self.feasible(action), style))
            start, proposed = _day(action.get("start_on")), _day(action.get("proposed_on"))
            if start:
                lines.append(self.field("plan.start_plain", self.phrase_with(lambda voice: escape(str(voice.value(start)))),
                                        style))
            if proposed:
                lines.append(self.sentence("plan.around_date_sentence", style, date=proposed))
            if status:
                lines.append(self.field("plan.where_we_are", status, style))
            if outcome:
                lines += self.field_words("plan.outcome_plain", outcome, style)
        else:
            if who:
                lines.append(self.field("plan.who", who, style))
            if domain:
                lines.append(self.field("plan.domain", self.known("domains", f"{domain.get('key')}.label",
                                                                  domain.get("label")), style))
            need = clean_text(str(action.get("need_text") or ""))
            if need and self.shares("domaines"):
                lines.append(self.field("plan.for_need", markup(need), style))
            if how:
                if self.partner:
                    lines += self.labelled_words("Comment :", how, style)
                else:
                    lines += self.field_words("plan.how_i_do", how, style)
            if self.partner:
                lines.append(self.labelled("Possible pour la personne ?", self.feasible(action), style))
            else:
                lines.append(self.field("plan.possible", self.feasible(action), style))
            when = self.when(action)
            if when:
                lines.append(self.field("plan.when", when, style))
            if status:
                lines.append(self.field("plan.where_we_are", status, style))
            if outcome:
                lines += self.field_words("plan.outcome", outcome, style)
        place = self.place(action.get("structure"))
        if place:
            lines += self.field_words("plan.where_to_go" if self.plain else "plan.service", place, style)
        by = self.written_by(action, small)
        if by:
            lines.append(by)
        return chained(lines)

    @staticmethod
    def place(structure: dict[str, Any] | None) -> str:
        """The directory's service the action points to: name, address, hours, access, phone."""
        if not structure:
            return ""
        town = " ".join(p for p in (structure.get("postal_code"), structure.get("commune")) if p)
        parts = [structure.get("name"), ", ".join(p for p in (structure.get("address"), town) if p),
                 structure.get("hours"), structure.get("access"), structure.get("phone")]
        return "\n".join(clean_text(str(p), multiline=True) for p in parts if p and str(p).strip())

    # -- domain by domain ----------------------------------------------------------------------

    def by_domain(self) -> list[Flowable]:
        s = self.s
        title = "plan.in_each_part" if self.plain and not self.partner else "plan.domain_by_domain"
        story: list[Flowable] = []
        actions_of: dict[Any, list[dict[str, Any]]] = {}
        if self.shares("actions"):
            for action in self.actions:
                actions_of.setdefault(action.get("domain"), []).append(action)
        printed = False
        for domain in self.domains:
            entries = domain.get("entries") if isinstance(domain.get("entries"), dict) else {}
            sections = [(key, [e for e in entries.get(key) or [] if isinstance(e, dict)
                               and clean_text(str(e.get("text") or ""))]) for key in DOMAIN_SECTIONS]
            sections = [(key, found) for key, found in sections if found]
            actions = actions_of.get(domain.get("key"), [])
            if not sections and not actions:
                continue
            story.append(CondPageBreak(4 * cm))  # a domain does not start at the very bottom of a page
            if not printed:
                story.append(self.head(title))
            printed = True
            story.append(self.domain_heading(domain))
            for key, found in sections:
                story.append(self.head(f"plan.plain_sections.{key}" if self.plain else f"plan.sections.{key}",
                                       s.subheading))
                for entry in found:
                    story += self.entry(entry, s.bullet, self.bullet_note, bullet=True)
            if actions:
                story.append(self.head("plan.planned_plain" if self.plain else "plan.domain_actions", s.subheading))
                story += [Paragraph(self.short_action(a), s.bullet, bulletText="–") for a in actions]
        if not printed:
            story += [self.head(title), self.sentence("plan.no_domain")]
        return story

    def domain_heading(self, domain: dict[str, Any]) -> Flowable:
        style = self.domain_style
        key = domain.get("key")
        if not self.plain:
            return Paragraph(self.known("domains", f"{key}.label", domain.get("label")) or "?", style)
        if domain.get("plain"):
            text = self.known("domains", f"{key}.plain", domain.get("plain"))
        else:
            text = self.known("domains", f"{key}.label", domain.get("label"))
        text = text or "?"
        icon = clean_text(str(domain.get("icon") or ""))
        return (IconHeading(icon, text, style, ink=ICON_INK, tint=TINT, diameter_factor=1.9) if icon
                else Paragraph(text, style))

    def short_action(self, action: dict[str, Any]) -> str:
        parts = [their_text(action.get("what")) or self.phrase("common.untitled_action")]
        who = self.who(action)
        if who:
            parts.append(who)
        status = self.status(action)
        if status:
            parts.append(status)
        return " — ".join(parts)

    # -- signatures ----------------------------------------------------------------------------

    def signatories(self) -> list[str]:
        names = list((self.version or {}).get("signatories") or [])
        if not names:  # a draft: the adults of the household and the référent
            names = [p.get("name") for p in self.household if p.get("role") != "enfant"]
            names.append((self.content.get("referent") or {}).get("name"))
        return [clean_text(str(n)) for n in names if clean_text(str(n or ""))]

    def signature_block(self) -> list[Flowable]:
        s = self.s
        intro = [self.head("plan.signatures"),
                 self.sentence("plan.signing_offered_plain" if self.plain else "plan.signing_offered")]
        names = self.signatories()
        if not names:
            return intro
        width = content_width()
        gap = 0.6 * cm
        cell = (width - gap) / 2
        label = restyle(s.body, fontName=FONT_BOLD, spaceAfter=6)
        boxes = [[Paragraph(markup(name), label, direction="auto"), Paragraph(self.phrase("common.date"), s.body),
                  Paragraph(self.phrase("common.signature"), s.body), Spacer(1, 1.8 * cm)] for name in names]
        rows = [boxes[i:i + 2] for i in range(0, len(boxes), 2)]
        tables: list[Flowable] = []
        for row in rows:
            cells = [row[0], "", row[1] if len(row) > 1 else ""]
            table = Table([cells], colWidths=[cell, gap, cell])
            commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.8, MUTED),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6)]
            if len(row) > 1:
                commands.append(("BOX", (2, 0), (2, 0), 0.8, MUTED))
            table.setStyle(TableStyle(commands))
            table.spaceBefore, table.spaceAfter = 4, 6
            tables.append(table)
        return [KeepTogether(intro + tables)]  # the boxes are not sent alone to the next page
