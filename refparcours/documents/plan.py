"""The printed PPF (projet pour la famille), from a plan's content dict (see ``refparcours.ppf``).

Three ways to print the same content:

- the family copy: large type, the family's words exactly as written, each followed by who
  wrote it; the actions grouped by who does them, then domain by domain;
- the plain-language copy (``plain=True``): shorter sentences, larger type, each domain with
  its simple title and its icon;
- the partner copy (``copy="partenaire"``): only the parts the family agreed to share.

Every page says which version of the plan it belongs to. A proposed date is a proposal, never
a deadline: it is always printed as "si possible vers le …"."""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from refparcours.documents.common import (
    IconHeading,
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    TINT,
    StoryWriter,
    Styles,
    build_pdf,
    chained,
    content_width,
    long_date,
    markup,
    our_text,
    restyle,
    styles,
    their_text,
    tinted_box,
)
from refparcours.errors import UserFacingError
from refparcours.ppf import (
    BESOIN,
    DOMAIN_SECTIONS,
    ENSEMBLE,
    FEASIBLE,
    FOYER,
    OBJECTIF,
    OBSERVATION,
    PARTNER_SECTIONS,
    PROFESSIONNEL,
    RESEAU,
    RESSOURCE_ENVIRONNEMENT,
    RESSOURCE_PERSONNE,
    RESSOURCE_RESEAU,
    STATUSES,
    action_group,
    author_label,
)
from refparcours.text import clean_text, format_date

FAMILY_COPY, PARTNER_COPY = "famille", "partenaire"
COPIES = (FAMILY_COPY, PARTNER_COPY)

TITLE = "Projet pour la famille"
PLAIN_TITLE = "Notre projet"
PARTNER_TITLE = "Copie pour un partenaire"
DRAFT = "Brouillon — pas encore adopté"

NO_ACTION = ("Il n'y a pas encore d'action dans ce projet. Ce n'est pas un problème : les premiers petits pas "
             "pourront être choisis ensemble, au moment qui vous convient.")
NO_ACTION_PLAIN = "Il n'y a pas encore d'action. On les choisira ensemble, quand vous voudrez."
NO_ACTION_PARTNER = "Aucune action n'est écrite dans ce projet pour l'instant."
NO_POINT_DE_VUE = ("La famille n'a rien écrit ici pour l'instant. Elle peut ajouter son point de vue, ou un "
                   "désaccord, à tout moment : il sera imprimé tel qu'elle l'écrit.")
NO_POINT_DE_VUE_PLAIN = "Rien d'écrit ici pour l'instant. Vous pouvez donner votre avis quand vous voulez."
NO_DEMANDE = "La demande n'est pas encore écrite. La famille peut l'écrire avec ses mots, quand elle le souhaite."
NO_DEMANDE_PLAIN = "La demande n'est pas encore écrite. Vous pouvez l'écrire quand vous voulez."
NO_DOMAIN = "Rien n'est encore écrit domaine par domaine."
SIGNING_OFFERED = ("Signer est proposé, jamais obligatoire : le projet compte aussi sans signature. Chacun peut "
                   "signer, ou non, en toute liberté.")
SIGNING_OFFERED_PLAIN = "Vous pouvez signer si vous voulez. Ce n'est pas obligatoire."
NO_PARTNER_CHOICE = ("Avant d'imprimer une copie pour un partenaire, choisissez avec la famille les parties du "
                     "projet qu'elle accepte de partager.")

# Titles of the action groups, in the order printed (who.kind → family voice, partner voice).
GROUPS = {
    FOYER: ("Ce que nous faisons", "Ce que fait la famille"),
    RESEAU: ("Ce que fait ma famille, mes proches", "Ce que font les proches de la famille"),
    PROFESSIONNEL: ("Ce que font les professionnels", "Ce que font les professionnels"),
}
ONE_PERSON_GROUP = "Ce que je fais"
OTHER_GROUP = "Autres actions"

# Domain sections in simple words, for the plain-language copy.
PLAIN_SECTIONS = {
    BESOIN: "Ce dont j'ai besoin",
    RESSOURCE_PERSONNE: "Ce que je sais faire, mes forces",
    RESSOURCE_RESEAU: "Qui peut m'aider autour de moi",
    RESSOURCE_ENVIRONNEMENT: "Ce qui existe près de chez moi",
    OBJECTIF: "Ce que je veux atteindre",
    OBSERVATION: "Ce que j'en pense",
}

KEEP_WHOLE = 1200  # an entry shorter than this is never cut between two pages

ICON_INK = ACCENT
ICON_HEX = "#295285"  # ICON_INK, for <font color> in a paragraph


def plan_pdf(content: dict[str, Any], *, version: dict[str, Any] | None, copy: str = FAMILY_COPY,
             plain: bool = False, signatures: bool = False, recipient: str = "",
             printed_on: date | None = None) -> bytes:
    """The PDF bytes of one printed copy of a plan.

    ``version`` is None for a draft, else ``{"number", "frozen_on", "reason", "adopted_by",
    "adopted_on", "signatories"}`` (dates as ISO strings). ``copy`` is "famille" or
    "partenaire"; a partner copy needs ``content["partner_sections"]``, chosen with the
    family (else ``UserFacingError``), and says who it is for (``recipient``)."""
    if copy not in COPIES:
        raise ValueError(f"copy must be one of {COPIES}, not {copy!r}")
    shared = None
    if copy == PARTNER_COPY:
        shared = [key for key in PARTNER_SECTIONS if key in (content.get("partner_sections") or [])]
        if not shared:
            raise UserFacingError(NO_PARTNER_CHOICE)
    printer = _Printer(content, version, plain=plain, shared=shared, recipient=recipient)
    story = printer.story(signatures=signatures)
    return build_pdf(story, title=printer.document_title, printed_on=printed_on, subject="PPF",
                     running_head=printer.running_head, footer_note=printer.footer_note)


# -- text helpers ------------------------------------------------------------------------------
# (our_text, their_text, split_long_line… are shared with the meeting record, in ``common``)


def _names(names: list[Any]) -> str:
    """ "A", "A et B", "A, B et C" (each name escaped)."""
    marked = [their_text(name) for name in names if clean_text(str(name or ""))]
    if len(marked) <= 1:
        return "".join(marked)
    return ", ".join(marked[:-1]) + " et " + marked[-1]


def _day(value: Any) -> str:
    """An ISO date as said ("22 novembre 2026"); whatever else was stored, as it was."""
    if isinstance(value, date):
        return long_date(value)
    if not value:
        return ""
    try:
        return long_date(date.fromisoformat(str(value)))
    except ValueError:
        return clean_text(str(value))


def _short_day(value: Any) -> str:
    try:
        return format_date(value if isinstance(value, date) else date.fromisoformat(str(value)))
    except (TypeError, ValueError):
        return clean_text(str(value or ""))


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


class _Printer(StoryWriter):
    """Builds the story of one copy; keeps the styles and the choices (plain, partner)."""

    def __init__(self, content: dict[str, Any], version: dict[str, Any] | None, *, plain: bool,
                 shared: list[str] | None, recipient: str) -> None:
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
        self.box = restyle(s.body, spaceAfter=2)
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
    def title(self) -> str:
        return PLAIN_TITLE if self.plain and not self.partner else TITLE

    @property
    def document_title(self) -> str:
        # No name here: it shows in file managers and print queues.
        return f"{TITLE} — copie pour un partenaire" if self.partner else TITLE

    @property
    def running_head(self) -> str:
        which = f"{TITLE} — copie pour un partenaire" if self.partner else self.title
        return f"{which} — {self.label} (suite)" if self.label else f"{which} (suite)"

    @property
    def footer_note(self) -> str:
        which = f"{TITLE} — copie pour un partenaire" if self.partner else TITLE
        if self.version is None:
            return f"{which} — brouillon, pas encore adopté"
        number = clean_text(str(self.version.get("number") or ""))
        frozen = _short_day(self.version.get("frozen_on"))
        return f"{which} — version {number}".rstrip() + (f" du {frozen}" if frozen else "")

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
        story: list[Flowable] = [self.say(self.title, s.title)]
        if self.partner:
            story.append(self.say(PARTNER_TITLE, self.section))
            if self.recipient:
                story.append(self.labelled("Pour :", their_text(self.recipient)))
        if self.label:
            story.append(self.labelled("Famille :" if self.partner else "Pour :", their_text(self.label)))
        lines = [self.version_line()]
        adopted = self.adoption_line()
        if adopted:
            lines.append(adopted)
        if not self.partner:
            lines.append(self.review_line())
        story.append(tinted_box([Paragraph(line, self.box) for line in lines]))
        if self.partner:
            story += self.partner_notice()
        story += self.referent_block()
        return story

    def version_line(self) -> str:
        if self.version is None:
            return f"<b>{our_text(DRAFT)}</b>"
        frozen = _day(self.version.get("frozen_on"))
        number = escape(str(self.version.get("number") or ""))
        return f"<b>Version {number}</b>" + (f" du {escape(frozen)}" if frozen else "")

    def adoption_line(self) -> str:
        if self.version is None:
            return ""
        adopted_on = _day(self.version.get("adopted_on"))
        if not adopted_on:
            return our_text("Imprimée avant d'être adoptée : la famille ne l'a pas encore adoptée.")
        names = self.version.get("adopted_by") or []
        if self.partner or not names:  # a partner copy names nobody the family did not choose to share
            return our_text(f"Adoptée par la famille le {adopted_on}.")
        return our_text(f"Adoptée le {adopted_on} par ") + _names(list(names)) + "."

    def review_line(self) -> str:
        when = _day(self.content.get("next_review_on"))
        if self.plain:
            if not when:
                return our_text("On choisira ensemble la date du prochain point.")
            return our_text(f"On se revoit vers le {when}. Cette date peut changer.")
        if not when:
            return our_text("Prochain point ensemble : à choisir ensemble.")
        return (f"<b>{our_text('Prochain point ensemble :')}</b> {escape(when)} "
                + our_text("(une date proposée, que l'on peut changer)"))

    def partner_notice(self) -> list[Flowable]:
        s = self.s
        inside: list[Flowable] = [self.say("Cette copie ne contient que ce que la famille a accepté de partager :",
                                           self.box)]
        inside += [self.say(PARTNER_SECTIONS[key], s.bullet, bullet="•") for key in self.shared or []]
        inside.append(self.say("Le reste du projet n'y figure pas. Merci de ne pas transmettre cette copie à "
                               "d'autres personnes sans l'accord de la famille.", self.box))
        story: list[Flowable] = [tinted_box(inside)]
        note = clean_text(str(self.content.get("partner_sections_note") or ""), multiline=True)
        if note:  # outside the box: a table cell cannot flow onto the next page
            story.append(self.labelled("Précision :", markup(note)))
        return story

    def referent_block(self) -> list[Flowable]:
        referent = self.content.get("referent") or {}
        name, contact = clean_text(str(referent.get("name") or "")), referent.get("contact")
        story: list[Flowable] = []
        if name:
            label = "Référent de parcours :" if self.partner else (
                "Mon référent :" if self.plain and not self.we else "Notre référent :" if self.plain
                else "Référent de parcours :")
            story.append(self.labelled(label, their_text(name)))
        if clean_text(str(contact or "")):
            story.append(self.labelled("Pour le joindre :", their_text(contact)))
        return story

    # -- the household -------------------------------------------------------------------------

    def household_block(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = []
        adults = [p for p in self.household if p.get("role") != "enfant"]
        children = [p for p in self.household if p.get("role") == "enfant"]
        heading = "La composition du foyer" if self.partner else "Notre foyer" if self.we else "Mon foyer"
        if adults or children:
            story.append(self.heading(heading))
        for title, people in (("Adultes", adults), ("Enfants", children)):
            if people:
                story.append(self.say(title, s.subheading))
                story += [Paragraph(self.person(p), s.bullet, bulletText="•") for p in people]
        if self.partner:
            return story  # the network is not among what a partner copy may carry
        network = [n for n in self.content.get("network") or [] if isinstance(n, dict)]
        trusted = [p for p in self.household if p.get("trusted")] + [n for n in network if n.get("trusted")]
        if trusted:
            title = "Personne de confiance" if len(trusted) == 1 else "Personnes de confiance"
            story.append(self.say(title, s.subheading))
            story += [Paragraph(self.person(p), s.bullet, bulletText="•") for p in trusted]
        professionals = [n for n in network if n.get("kind") == PROFESSIONNEL]
        if professionals:
            title = "Les professionnels qui nous accompagnent" if self.we else "Les professionnels qui m'accompagnent"
            story.append(self.say(title, s.subheading))
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

    def written_by(self, item: dict[str, Any]) -> str:
        author = item.get("author")
        if not isinstance(author, dict) or not author:
            return ""
        if author.get("kind") == ENSEMBLE:
            line = our_text("Écrit ") + their_text(author_label(author))
        else:
            line = our_text("Écrit par ") + their_text(author_label(author))
        reworded = item.get("reworded")
        if isinstance(reworded, dict):
            by = reworded.get("by") if isinstance(reworded.get("by"), dict) else {}
            line += our_text(" — nouvelle formulation proposée par ") + their_text(author_label(by))
            accepted = clean_text(str(reworded.get("accepted_by") or ""))
            if accepted:
                line += ", acceptée par " + their_text(accepted)
            on = _day(reworded.get("on"))
            if on:
                line += f" le {escape(on)}"
        return line

    def entry(self, entry: dict[str, Any], style: ParagraphStyle, note: ParagraphStyle | None = None,
              *, bullet: bool = False) -> list[Flowable]:
        flowables = self.words(entry.get("text"), style)
        if not flowables:
            return []
        if bullet:
            flowables[0].bulletText = "•"
        by = self.written_by(entry)
        if by:
            flowables.append(Paragraph(by, note or self.note))
        if len(str(entry.get("text") or "")) <= KEEP_WHOLE:
            return chained(flowables)
        # A long text flows from page to page; its first line stays with the heading above,
        # the note with its last line.
        return [*chained(flowables[:1]), *flowables[1:-2], *chained(flowables[-2:])]

    # -- sections ------------------------------------------------------------------------------

    def demande(self) -> list[Flowable]:
        if self.partner:
            title = "La demande de la famille"
        else:
            title = "Notre demande" if self.we else "Ma demande"
        story: list[Flowable] = [self.heading(title)]
        entries = [e for e in self.content.get("demande") or [] if isinstance(e, dict)]
        printed = [f for e in entries for f in self.entry(e, self.s.quote)]
        return story + (printed or [self.say(NO_DEMANDE_PLAIN if self.plain else NO_DEMANDE)])

    def point_de_vue(self) -> list[Flowable]:
        if self.partner:
            title = "Le point de vue de la famille, ses désaccords"
        elif self.plain:
            title = "Notre avis, nos désaccords" if self.we else "Mon avis, mes désaccords"
        else:
            title = "Notre point de vue, nos désaccords" if self.we else "Mon point de vue, mes désaccords"
        story: list[Flowable] = [self.heading(title)]
        entries = [e for e in self.content.get("point_de_vue") or [] if isinstance(e, dict)]
        printed = [f for e in entries for f in self.entry(e, self.s.quote)]
        return story + (printed or [self.say(NO_POINT_DE_VUE_PLAIN if self.plain else NO_POINT_DE_VUE)])

    # -- actions -------------------------------------------------------------------------------

    def group_title(self, kind: str, actions: list[dict[str, Any]]) -> str:
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
            text = NO_ACTION_PARTNER if self.partner else NO_ACTION_PLAIN if self.plain else NO_ACTION
            return [self.heading("Les actions"), self.say(text)]
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
            story.append(self.heading(title))
            story += [f for action in actions for f in self.action(action, alone=title == ONE_PERSON_GROUP)]
        return story

    def who(self, action: dict[str, Any]) -> str:
        who = action.get("who") if isinstance(action.get("who"), dict) else {}
        name, organisation = clean_text(str(who.get("name") or "")), clean_text(str(who.get("organisation") or ""))
        text = markup(name) if name else ""
        if organisation:
            text = f"{text} ({markup(organisation)})" if text else markup(organisation)
        if who.get("gone"):
            text += " " + our_text("(ne fait plus partie du réseau)")
        return text.strip()

    def when(self, action: dict[str, Any]) -> str:
        start, proposed = _day(action.get("start_on")), _day(action.get("proposed_on"))
        parts = []
        if start:
            parts.append(f"à partir du {start}")
        if proposed:
            parts.append(f"si possible vers le {proposed}")
        return ", ".join(parts)

    def feasible(self, action: dict[str, Any]) -> str:
        value = action.get("feasible")
        text = our_text(FEASIBLE.get(value if value in (True, False) else None, FEASIBLE[None]))
        by = clean_text(str(action.get("feasible_by") or ""))
        return text + (f" ({our_text('dit par')} {markup(by)})" if by and value is not None else "")

    def action(self, action: dict[str, Any], *, alone: bool) -> list[Flowable]:
        """One action; ``alone``: the only person of the household who carries actions."""
        lines: list[Flowable] = []
        style, small = self.action_line, self.action_note
        what = their_text(action.get("what")) or our_text("(action sans titre)")
        domain = self.domain_by_key.get(action.get("domain")) if self.shares("domaines") else None
        who = self.who(action)
        if self.plain:
            # Fewer labels: "Je vais : …", "Julie Martin (CAF) va : …".
            doer = our_text("Je vais :") if alone else f"{who} {our_text('va :')}" if who else our_text("À faire :")
            what = f"{doer} {what}"
            if domain and domain.get("icon"):
                what = f'<font color="{ICON_HEX}">{their_text(domain.get("icon"))}</font> {what}'
        lines.append(Paragraph(what, self.action_title, bulletText="●"))
        status = STATUSES.get(action.get("status"), "")
        how = clean_text(str(action.get("how") or ""), multiline=True)
        outcome = clean_text(str(action.get("outcome") or ""), multiline=True)
        if self.plain:
            if how:
                lines += self.labelled_words("Comment :", how, style)
            lines.append(self.labelled("C'est possible pour moi ?", self.feasible(action), style))
            start, proposed = _day(action.get("start_on")), _day(action.get("proposed_on"))
            if start:
                lines.append(self.labelled("Quand je commence :", escape(start), style))
            if proposed:
                lines.append(self.say(f"Si possible vers le {proposed}.", style))
            if status:
                lines.append(self.labelled("Où on en est :", our_text(status), style))
            if outcome:
                lines += self.labelled_words("Ce que ça a donné :", outcome, style)
        else:
            if who:
                lines.append(self.labelled("Qui :", who, style))
            if domain:
                lines.append(self.labelled("Domaine :", their_text(domain.get("label")), style))
            need = clean_text(str(action.get("need_text") or ""))
            if need and self.shares("domaines"):
                lines.append(self.labelled("Pour ce besoin :", markup(need), style))
            if how:
                label = "Comment :" if self.partner else "Comment je m'y prends :"
                lines += self.labelled_words(label, how, style)
            label = "Possible pour la personne ?" if self.partner else "Possible pour moi ?"
            lines.append(self.labelled(label, self.feasible(action), style))
            when = self.when(action)
            if when:
                lines.append(self.labelled("Quand :", our_text(when), style))
            if status:
                lines.append(self.labelled("Où on en est :", our_text(status), style))
            if outcome:
                lines += self.labelled_words("Résultat :", outcome, style)
        place = self.place(action.get("structure"))
        if place:
            lines += self.labelled_words("Où aller :" if self.plain else "Le service :", place, style)
        by = self.written_by(action)
        if by:
            lines.append(Paragraph(by, small))
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
        title = "Dans chaque partie de ma vie" if self.plain and not self.partner else "Domaine par domaine"
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
                story.append(self.heading(title))
            printed = True
            story.append(self.domain_heading(domain))
            for key, found in sections:
                label = PLAIN_SECTIONS[key] if self.plain else DOMAIN_SECTIONS[key]
                story.append(self.say(label, s.subheading))
                for entry in found:
                    story += self.entry(entry, s.bullet, self.bullet_note, bullet=True)
            if actions:
                story.append(self.say("Ce qui est prévu" if self.plain else "Les actions de ce domaine",
                                      s.subheading))
                story += [Paragraph(self.short_action(a), s.bullet, bulletText="–") for a in actions]
        if not printed:
            story += [self.heading(title), self.say(NO_DOMAIN)]
        return story

    def domain_heading(self, domain: dict[str, Any]) -> Flowable:
        style = self.domain_style
        if not self.plain:
            return Paragraph(their_text(domain.get("label")) or "?", style)
        text = their_text(domain.get("plain") or domain.get("label")) or "?"
        icon = clean_text(str(domain.get("icon") or ""))
        return (IconHeading(icon, text, style, ink=ICON_INK, tint=TINT, diameter_factor=1.9) if icon
                else Paragraph(text, style))

    def short_action(self, action: dict[str, Any]) -> str:
        parts = [their_text(action.get("what")) or our_text("(action sans titre)")]
        who = self.who(action)
        if who:
            parts.append(who)
        status = STATUSES.get(action.get("status"), "")
        if status:
            parts.append(our_text(status))
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
        intro = [self.heading("Signatures"), self.say(SIGNING_OFFERED_PLAIN if self.plain else SIGNING_OFFERED)]
        names = self.signatories()
        if not names:
            return intro
        width = content_width()
        gap = 0.6 * cm
        cell = (width - gap) / 2
        label = restyle(s.body, fontName=FONT_BOLD, spaceAfter=6)
        boxes = [[Paragraph(markup(name), label), self.say("Date :"), self.say("Signature :"),
                  Spacer(1, 1.8 * cm)] for name in names]
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

