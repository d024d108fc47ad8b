"""The printed documents of the family's rights over their information (domain reference §6):

- what a person is told *before* agreeing to a sharing (CSP L.1110-4 and D.1110-3-1): the
  categories of information, the categories of professionals, the media and the security
  measures; that the agreement is free, may be partial, may be withdrawn at any time; how to
  see everything recorded and have it corrected;
- the charter, for a partner structure to sign;
- what has been shared about a family (the sharing log, in plain words);
- the access export: everything recorded about one person, as written.

Pure functions: data in, PDF bytes out. No name goes in the PDF's properties (they show in
file managers and print queues); people's words are printed exactly as written."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from refparcours.consent import (
    COLLECTED_HOW,
    INFO_CATEGORIES,
    LEGAL_GROUND,
    LEGAL_GROUNDS,
    MEDIA,
    PROFESSIONAL_CATEGORIES,
    SECURITY_MEASURES,
)
from refparcours.documents.common import (
    ACCENT,
    FONT_BOLD,
    MUTED,
    StoryWriter,
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
from refparcours.domain import DOSSIER_STATE_LABELS, HouseholdRole
from refparcours.meeting import ENTRY_KINDS, KINDS, PHASES, PRIVATE_TIME, SIDES
from refparcours.ppf import DOMAIN_SECTIONS, ENSEMBLE, FEASIBLE, PARTNER_SECTIONS, STATUSES, author_label
from refparcours.screening import OUTCOME_LABELS
from refparcours.text import clean_text

FAMILY_COPY, PARTNER_COPY = "famille", "partenaire"

# -- the information before consenting ---------------------------------------------------------

INFORMATION_TITLE = "Le partage de vos informations"
INFORMATION_SUBTITLE = "Ce que vous devez savoir avant de donner votre accord"
INFORMATION_INTRO = (
    "Pour vous accompagner, votre référent de parcours peut avoir besoin de partager certaines informations "
    "avec d'autres professionnels. La loi (article L.1110-4 du code de la santé publique) dit qu'il doit "
    "d'abord vous demander votre accord, et vous dire avant : quelles informations, avec qui, par quels "
    "moyens, et comment elles sont protégées. C'est ce que dit cette feuille. Elle est pour vous : gardez-la."
)
RIGHTS = (
    "Votre accord est libre : vous pouvez dire oui, dire non, ou prendre le temps de réfléchir.",
    "Vous pouvez accepter une partie seulement : certaines informations, certains professionnels, certains "
    "moyens.",
    "Vous pouvez retirer votre accord à tout moment, sans donner de raison. Les partages s'arrêtent dès que "
    "vous le dites.",
    "Dire non, ou retirer votre accord, ne change rien à l'aide que vous recevez ni à vos droits : vous "
    "êtes accompagné de la même façon.",
    "Vous pouvez demander à voir tout ce qui est enregistré à votre sujet : on vous en remet une copie, "
    "tel que c'est écrit.",
    "Vous pouvez demander la liste de tout ce qui a été partagé à votre sujet : quoi, à qui, quand et pourquoi.",
    "Si quelque chose est faux ou incomplet, vous pouvez demander qu'on le corrige. La correction est notée, "
    "avec l'ancienne et la nouvelle version : vous pouvez les voir toutes les deux.",
)
RECEIPT_TITLE = "J'ai reçu ces informations"
RECEIPT_RECEIVED = (
    "J'ai reçu la feuille « Le partage de vos informations » : les informations qui peuvent être partagées, "
    "avec quels professionnels, par quels moyens, comment elles sont protégées, et mes droits."
)
RECEIPT_OFFERED = (
    "Si vous le souhaitez, vous pouvez signer cette page pour dire que vous avez reçu ces informations, et la "
    "remettre à votre référent de parcours ; gardez les pages d'avant. C'est proposé, jamais obligatoire. Ce "
    "n'est pas un accord de partage : votre accord, si vous le donnez, est noté à part, avec vous."
)

# -- the charter -------------------------------------------------------------------------------

CHARTER_TITLE = "Charte de partage d'informations"
CHARTER_INTRO = (
    "Cette charte dit comment les professionnels partagent les informations sur une famille qu'ils "
    "accompagnent ensemble. Elle est lue avec la famille au début de chaque rencontre. Chaque structure "
    "partenaire la signe avant de recevoir la moindre information sur une famille."
)
CHARTER_COMMITMENT = (
    "En signant, la structure s'engage à respecter chacun de ces points, dans chaque échange au sujet d'une "
    "famille. Quand le texte de la charte change, il porte une nouvelle version, qui est signée à nouveau."
)

# -- the sharing log ---------------------------------------------------------------------------

SHARING_TITLE = "Ce qui a été partagé à votre sujet"
SHARING_INTRO = (
    "Chaque fois qu'un document qui vous concerne est imprimé, remis ou envoyé, c'est noté : quand, quel "
    "document, à qui, pourquoi, et ce qui le permettait (votre accord, ou ce que prévoit la loi). Rien n'est "
    "partagé sans être noté ici."
)
NO_SHARING = (
    "Rien n'a été partagé à votre sujet pour l'instant. Si un document qui vous concerne est un jour "
    "imprimé, remis ou envoyé, ce sera noté ici."
)

# -- the access export -------------------------------------------------------------------------

ACCESS_TITLE = "Tout ce qui est enregistré à votre sujet"
ACCESS_DOCUMENT_TITLE = "Accès aux données"  # the PDF's properties: no name
ACCESS_INTRO = (
    "Ce document contient tout ce qui est enregistré à votre sujet, tel que c'est écrit : rien n'est résumé, "
    "rien n'est caché. Les mots de chacun sont recopiés exactement comme ils ont été écrits."
)
ACCESS_CORRECTION = (
    "Si quelque chose est faux ou incomplet, vous pouvez demander une correction, à l'oral ou par écrit. "
    "Elle sera notée, avec l'ancienne et la nouvelle version."
)
RETENTION = (
    "Un dossier est gardé deux ans après le dernier contact. Ensuite, il est supprimé, ou gardé en archive "
    "seulement avec une raison écrite."
)
ADDRESS_PROTECTED = (
    "Adresse protégée : elle n'est transmise à personne sans une raison écrite, et chaque transmission est "
    "notée dans la liste de ce qui a été partagé."
)
NO_CONSENT = (
    "Aucun accord de partage n'est enregistré à votre sujet. Rien n'est transmis à un partenaire sans un "
    "accord noté ici."
)
CONSENT_INTRO = (
    "Chaque accord dit quelles informations peuvent être partagées, avec qui, par quels moyens et pourquoi. "
    "Vous pouvez retirer un accord à tout moment, sans donner de raison."
)
NO_PLAN = (
    "Aucun projet n'est encore écrit. Vous pourrez l'écrire avec vos mots, avec votre référent de parcours, "
    "quand vous le souhaiterez."
)
NO_VERSION = "Le projet n'a pas encore de version adoptée ou imprimée."
NO_MEETING = "Aucune rencontre n'est enregistrée."
NO_SCREENING = "Aucun repérage n'est enregistré."
NO_CORRECTION = (
    "Rien n'a été corrigé pour l'instant. Si quelque chose est faux, vous pouvez demander une correction : "
    "elle sera notée ici, avec l'ancienne et la nouvelle version."
)

# What a correction is about, in plain words (record type, then field).
RECORD_TYPES = {"person": "Vous", "dossier": "Votre dossier", "network_contact": "Une personne de votre entourage"}
FIELDS = {
    "first_name": "Prénom", "last_name": "Nom", "birth_date": "Date de naissance", "role": "Place dans le foyer",
    "relation": "Lien dans la famille", "trusted_person": "Personne de confiance", "position": "Ordre dans la liste",
    "label": "Nom du dossier", "territory": "Territoire", "referent": "Référent de parcours",
    "state": "Où en est le dossier", "opened_on": "Ouvert le", "last_contact_on": "Dernier contact",
    "closed_on": "Clos le", "closure_reason": "Raison de la clôture", "address": "Adresse",
    "postal_code": "Code postal", "commune": "Commune", "address_protected": "Adresse protégée",
    "archived_on": "Archivé le", "archive_reason": "Raison de l'archivage", "name": "Nom",
    "kind": "Proche ou professionnel", "organisation": "Structure", "contact": "Pour le joindre",
    "chosen_by_family": "Choisi par la famille",
}
ANSWERS = {
    "accepte": "Vous avez accepté.",
    "decline": "Vous avez préféré ne pas donner suite. C'est un choix neutre, qui ne vous est jamais reproché.",
    "reflechit": "Vous avez souhaité prendre le temps de réfléchir.",
}
CHOSEN_BY = {"famille": "par la famille", "commission": "par une commission, avec la famille présente"}
MEETING_STATUSES = {"preparee": "Rencontre préparée, pas encore commencée.", "ouverte": "Rencontre en cours.",
                    "terminee": "Rencontre terminée."}

KEEP_WHOLE = 1200  # a text shorter than this is never cut between two pages
FORM_VALUE_MAX = 300  # characters of a name written in advance in a box to fill in
HEAD_LABEL = 100  # characters of a name in the head of pages 2 and after
LIST_SEPARATOR = "\u00a0; "  # between labels that contain commas themselves


# -- public functions --------------------------------------------------------------------------


def consent_information_pdf(*, family_label: str, person_name: str, referent: str, charter_version: str = "",
                            printed_on: date | None = None) -> bytes:
    """The sheet handed to a person before they agree (or not) to a sharing: what may be
    shared, with whom, by which means, how it is protected, and their rights; it ends with a
    box "J'ai reçu ces informations" they may sign (offered, never required)."""
    writer = _Writer()
    s = writer.s
    story: list[Flowable] = [writer.say(INFORMATION_TITLE, s.title),
                             writer.say(INFORMATION_SUBTITLE, writer.subtitle)]
    person, family = clean_text(person_name), clean_text(family_label)
    lines = writer.labelled_words("Pour :", f"{person} ({family})" if person and family else person or family,
                                  writer.box)
    lines += writer.labelled_words("Votre référent de parcours :", referent, writer.box)
    story += writer.boxed(lines)
    story.append(writer.say(INFORMATION_INTRO))

    story += chained([writer.heading("Les informations qui peuvent être partagées"),
                      writer.say("Vous choisissez lesquelles. Seul ce qui est utile à votre projet est partagé."),
                      *writer.bullets(INFO_CATEGORIES.values())])
    with_whom = [writer.heading("Avec quels professionnels"),
                 writer.say("Vous choisissez avec qui : une structure précise, ou un type de professionnels."),
                 *writer.bullets(PROFESSIONAL_CATEGORIES.values())]
    version = clean_text(charter_version)
    if version:
        with_whom.append(Paragraph(
            our_text("Les structures partenaires ont signé la charte de partage d'informations") + " ("
            + our_text("version") + f" {markup(version)}) " + our_text(
                ": elles s'engagent à ne partager que ce qui est nécessaire, et à vous tenir au courant."),
            s.body))
    story += chained(with_whom)
    story += chained([writer.heading("Par quels moyens"), *writer.bullets(MEDIA.values())])
    story += chained([writer.heading("Comment vos informations sont protégées"),
                      *writer.bullets(SECURITY_MEASURES)])
    rights = [writer.heading("Vos droits"), *writer.bullets(RIGHTS)]
    ask = our_text("Pour tout cela, il suffit de le demander à votre référent de parcours")
    name = clean_text(referent)
    ask += (f", {their_text(_short(name))}" if name else "") + our_text(", à l'oral ou par écrit.")
    rights.append(Paragraph(ask, s.bullet, bulletText="•"))
    story += chained(rights)

    # The receipt on a page of its own: the person keeps the sheet, and may hand this page back.
    form = writer.form(RECEIPT_TITLE, [("Nom :", _short(clean_text(person_name)), 1.1 * cm),
                                       ("Remis par :", _short(name), 1.1 * cm),
                                       ("Date :", "", 1.1 * cm), ("Signature :", "", 2.6 * cm)])
    story += [PageBreak(), writer.say(RECEIPT_TITLE, writer.section), writer.say(RECEIPT_OFFERED, writer.note_body),
              writer.say(RECEIPT_RECEIVED), form]
    return build_pdf(story, title=INFORMATION_TITLE, printed_on=printed_on, subject=INFORMATION_SUBTITLE,
                     running_head=_head(INFORMATION_TITLE, person_name))


def charter_for_signature_pdf(charter: Any, *, partner_name: str = "", printed_on: date | None = None) -> bytes:
    """The charter (a ``refparcours.meeting.Charter``: title, version, numbered points) for a
    partner structure to sign, with a box: structure, who signs, date, signature."""
    writer = _Writer()
    s = writer.s
    title = clean_text(getattr(charter, "title", "")) or CHARTER_TITLE
    version = clean_text(getattr(charter, "version", ""))
    points = [p for p in getattr(charter, "points", ()) or () if clean_text(str(p or ""))]
    story: list[Flowable] = [Paragraph(markup(title), s.title)]
    lines = []
    if version:
        lines.append(writer.labelled("Version :", markup(version), writer.box))
    lines += writer.labelled_words("Structure partenaire :", partner_name, writer.box)
    if lines:
        story += writer.boxed(lines)
    story.append(writer.say(CHARTER_INTRO))
    story.append(writer.heading("Nos engagements"))
    number_style = restyle(s.bullet, leftIndent=26, bulletIndent=0, bulletFontName=FONT_BOLD, spaceAfter=5)
    for number, point in enumerate(points, start=1):
        paragraphs = writer.words(point, number_style)
        if paragraphs:
            paragraphs[0].bulletText = f"{number}."
            story += paragraphs
    if not points:
        story.append(writer.say("Cette charte ne contient encore aucun point."))
    fields = [("Structure :", _short(clean_text(partner_name)), 1.1 * cm),
              ("Nom et fonction de la personne qui signe :", "", 1.5 * cm),
              ("Date :", "", 1.1 * cm), ("Signature et cachet :", "", 2.6 * cm)]
    story.append(KeepTogether([writer.heading("Signature de la structure partenaire"),
                               writer.say(CHARTER_COMMITMENT),
                               writer.form("Pour la structure", fields, label_width=5.6 * cm)]))
    which = f"{title} — version {version}" if version else title
    return build_pdf(story, title=title, printed_on=printed_on, subject="Charte — à signer",
                     running_head=f"{which} (suite)", footer_note=which)


def sharing_log_pdf(*, family_label: str, rows: list[dict[str, Any]], printed_on: date | None = None) -> bytes:
    """"Ce qui a été partagé à votre sujet": one entry per line of the sharing log (oldest
    first), in plain words; a kind sentence when nothing was shared."""
    writer = _Writer()
    s = writer.s
    story: list[Flowable] = [writer.say(SHARING_TITLE, s.title)]
    story += writer.labelled_words("Pour :", family_label, s.body)
    story.append(writer.say(SHARING_INTRO))
    found = [row for row in rows or [] if isinstance(row, dict)]
    if found:
        count = len(found)
        story.append(writer.say(f"{count} partage{'s' if count > 1 else ''} noté{'s' if count > 1 else ''}, "
                                "du plus ancien au plus récent.", writer.muted))
    story += writer.sharing(found)
    return build_pdf(story, title=SHARING_TITLE, printed_on=printed_on, subject="Liste des partages",
                     running_head=_head(SHARING_TITLE, family_label))


def access_export_pdf(export: dict[str, Any], *, printed_on: date | None = None) -> bytes:
    """The person's access export (the dict of ``RightsService.person_export``): everything
    recorded about them, readable, section by section; every page says whose it is and when
    it was made."""
    printer = _AccessPrinter(export, printed_on)
    return build_pdf(printer.story(), title=ACCESS_DOCUMENT_TITLE, printed_on=printed_on,
                     subject="Droit d'accès aux données", running_head=f"{ACCESS_TITLE} (suite)",
                     footer_note=printer.footer_note)


# -- text helpers ------------------------------------------------------------------------------


def _text(value: Any) -> str:
    return clean_text(str(value)) if value is not None else ""


def _short(text: str, limit: int = FORM_VALUE_MAX) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _head(title: str, name: str) -> str:
    name = _short(clean_text(name), HEAD_LABEL)
    return f"{title} — {name} (suite)" if name else f"{title} (suite)"


def _when(value: Any) -> datetime | date | None:
    """A date or a date and time, from what was stored (objects or ISO strings)."""
    if isinstance(value, (datetime, date)):
        return value
    text = _text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text)
    except ValueError:
        return None


def _local(moment: datetime) -> datetime:
    """A moment stored in UTC (aware, or naive meaning UTC), in the local time of this computer."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


def _day(value: Any) -> str:
    """ "22 novembre 2026"; whatever else was stored, as it was (plain text, not escaped)."""
    found = _when(value)
    if isinstance(found, datetime):
        return long_date(_local(found).date())
    if isinstance(found, date):
        return long_date(found)
    return _text(value)


def _moment(value: Any) -> str:
    """ "22 novembre 2026 à 14 h 08", in local time; a date alone as a date."""
    found = _when(value)
    if isinstance(found, datetime):
        local = _local(found)
        return f"{long_date(local.date())} à {local.hour} h" + (f" {local.minute:02d}" if local.minute else "")
    return _day(value)


def _clock(value: Any) -> str:
    """ "14:00" → "14 h", "9:30" → "9 h 30"; anything else as written."""
    text = _text(value)
    hours, _, minutes = text.partition(":")
    if hours.isdigit() and (minutes.isdigit() or not minutes) and len(minutes) in (0, 2):
        return f"{int(hours)} h" + (f" {minutes}" if minutes and minutes != "00" else "")
    return text


def _sort_key(value: Any) -> datetime:
    found = _when(value)
    if isinstance(found, datetime):
        return found if found.tzinfo else found.replace(tzinfo=UTC)
    if isinstance(found, date):
        return datetime(found.year, found.month, found.day, tzinfo=UTC)
    return datetime.min.replace(tzinfo=UTC)


def _and(parts: list[str]) -> str:
    """ "A", "A et B", "A, B et C" (the parts already marked up)."""
    parts = [part for part in parts if part]
    return ", ".join(parts[:-1]) + " et " + parts[-1] if len(parts) > 1 else "".join(parts)


def _labels(keys: Any, known: dict[str, str]) -> list[str]:
    """Marked-up labels of stored keys (an unknown key as it was stored)."""
    if not isinstance(keys, (list, tuple)):
        keys = [keys] if keys else []
    return [escape(known[key]) if key in known else their_text(key) for key in keys if _text(key)]


def _person(name: Any, organisation: Any) -> str:
    name, organisation = _text(name), _text(organisation)
    if name and organisation:
        return f"{markup(name)} ({markup(organisation)})"
    return markup(name or organisation)


def _yes_no(value: Any) -> str:
    return "oui" if value is True else "non" if value is False else "non noté"


# -- the writer shared by the four documents ---------------------------------------------------


class _Writer(StoryWriter):
    def __init__(self) -> None:
        self.s = styles()
        s = self.s
        self.section = restyle(s.heading, fontSize=16, leading=20, spaceBefore=14, textColor=ACCENT)
        self.subtitle = restyle(s.heading, fontName=s.body.fontName, spaceBefore=0, spaceAfter=8, textColor=MUTED,
                                keepWithNext=0)
        self.sub = restyle(s.subheading, fontSize=13, leading=17, spaceBefore=12, spaceAfter=3)
        self.item = restyle(s.body, fontName=FONT_BOLD, spaceBefore=8, spaceAfter=2, keepWithNext=1)
        self.line = restyle(s.body, leftIndent=12, spaceAfter=2)
        self.quote = restyle(s.quote, leftIndent=24, spaceBefore=0, spaceAfter=4)
        self.bullet_line = restyle(s.bullet, leftIndent=30, bulletIndent=16)
        self.note = restyle(s.small, fontSize=11, leading=14, leftIndent=24, spaceAfter=4)
        self.detail = restyle(s.body, leftIndent=30, spaceAfter=2)  # under an action
        self.detail_note = restyle(self.note, leftIndent=30)
        self.domain_bullet = restyle(s.bullet, leftIndent=38, bulletIndent=24)  # under a section of a domain
        self.domain_note = restyle(self.note, leftIndent=38)
        self.note_body = restyle(s.body, textColor=MUTED)
        self.muted = restyle(s.body, textColor=MUTED)
        self.box = restyle(s.body, spaceAfter=2)
        self._spaced: dict[tuple[int, bool, bool], ParagraphStyle] = {}

    # -- building blocks -----------------------------------------------------------------------

    def bullets(self, texts: Any, style: ParagraphStyle | None = None) -> list[Flowable]:
        return [self.say(text, style or self.s.bullet, bullet="•") for text in texts]

    def boxed(self, lines: list[Flowable]) -> list[Flowable]:
        """Short lines in a tinted box; long ones as they are (a table cell cannot be split)."""
        if not lines:
            return []
        if sum(len(getattr(line, "text", "")) for line in lines) > 600:
            return lines
        return [tinted_box(lines)]

    def form(self, title: str, fields: list[tuple[str, str, float]], *, label_width: float = 4.2 * cm) -> Table:
        """A box to fill in by hand: its title, then one line per field (label, what is
        already known — plain text —, height of the line)."""
        width = content_width()
        rows: list[list[Any]] = [[Paragraph(f"<b>{our_text(title)}</b>", self.box), ""]]
        heights: list[float | None] = [None]
        for label, value, height in fields:
            rows.append([Paragraph(our_text(label), self.box), Paragraph(markup(value), self.box) if value else ""])
            heights.append(None if value else height)
        table = Table(rows, colWidths=[label_width, width - label_width], rowHeights=heights)
        commands: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (-1, 0)),
            ("BOX", (0, 0), (-1, -1), 0.8, MUTED),
            ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
        commands += [("LINEBELOW", (1, row), (1, row), 0.5, MUTED) for row in range(1, len(rows))]
        table.setStyle(TableStyle(commands))
        table.spaceBefore, table.spaceAfter = 6, 6
        return table

    def keep(self, flowables: list[Flowable], length: int) -> list[Flowable]:
        """A short block stays on one page; a long one flows, its first lines kept with what
        is above and its last line with what follows."""
        if length <= KEEP_WHOLE or len(flowables) < 4:
            return chained(flowables)
        return [*chained(flowables[:2]), *flowables[2:-2], *chained(flowables[-2:])]

    def field(self, label: str, value: Any, style: ParagraphStyle | None = None) -> list[Flowable]:
        """ "Label : value" with someone's words (nothing when there are none)."""
        return self.labelled_words(label, value, style or self.line)

    def fact(self, label: str, value: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """ "Label : value" with a value already marked up (nothing when it is empty)."""
        return [self.labelled(label, value, style or self.line)] if value else []

    # -- one line of the sharing log -----------------------------------------------------------

    def sharing(self, rows: list[dict[str, Any]]) -> list[Flowable]:
        if not rows:
            return [self.say(NO_SHARING)]
        story: list[Flowable] = []
        for row in sorted(rows, key=lambda row: _sort_key(row.get("at"))):
            story += self.sharing_row(row)
        return story

    def sharing_row(self, row: dict[str, Any]) -> list[Flowable]:
        when = _moment(row.get("at"))
        document = their_text(row.get("document")) or our_text("(document sans nom)")
        reference = their_text(row.get("document_ref"))
        head = (escape(when) + " — " if when else our_text("Date non notée — ")) + document
        lines: list[Flowable] = [Paragraph(head + (f" ({reference})" if reference else ""),
                                           restyle(self.item, spaceBefore=12))]
        recipient = their_text(row.get("recipient")) or our_text("(destinataire non noté)")
        category = _labels([row.get("recipient_category")], PROFESSIONAL_CATEGORIES)
        if category:
            recipient += f" ({category[0]})"
        copy = row.get("copy")
        which = ("copie pour la famille" if copy == FAMILY_COPY else "copie pour un partenaire"
                 if copy == PARTNER_COPY else _text(copy))
        lines.append(self.labelled("Remis à :", recipient + (f" — {escape(which)}" if which else ""), self.line))
        lines += self.field("Pourquoi :", row.get("purpose"))
        lines += self.field("Ce qui le permettait :", row.get("basis"))
        presence = self.presence_line(row.get("family_present"), row.get("family_informed"))
        if presence:
            lines.append(self.say(presence, self.line))
        if row.get("address_included"):
            lines += self.labelled_words("L'adresse a été transmise. Pourquoi :",
                                         row.get("address_reason") or "(raison non notée)", self.line)
        lines += self.field("Noté par :", row.get("recorded_by"), restyle(self.note, leftIndent=12))
        return self.keep(lines, sum(len(str(row.get(k) or "")) for k in ("purpose", "basis", "address_reason")))

    @staticmethod
    def presence_line(present: Any, informed: Any) -> str:
        parts = []
        if present is True:
            parts.append("La famille était présente.")
        elif present is False:
            parts.append("La famille n'était pas présente.")
        if informed is True:
            parts.append("Elle en a été informée." if parts else "La famille en a été informée.")
        elif informed is False:
            parts.append("Elle n'en a pas été informée." if parts else "La famille n'en a pas été informée.")
        return " ".join(parts)


# -- the access export -------------------------------------------------------------------------


class _AccessPrinter(_Writer):
    def __init__(self, export: dict[str, Any], printed_on: date | None) -> None:
        super().__init__()
        self.export = export if isinstance(export, dict) else {}
        self.person = self.part("person")
        self.dossier = self.part("dossier")
        self.name = " ".join(part for part in (_text(self.person.get("first_name")),
                                               _text(self.person.get("last_name"))) if part)
        made = _when(self.export.get("exported_on")) or printed_on or date.today()
        self.made = made.date() if isinstance(made, datetime) else made

    def part(self, key: str) -> dict[str, Any]:
        value = self.export.get(key)
        return value if isinstance(value, dict) else {}

    def items(self, key: str) -> list[dict[str, Any]]:
        return [item for item in self.export.get(key) or [] if isinstance(item, dict)]

    @property
    def footer_note(self) -> str:
        name = _short(self.name, HEAD_LABEL)
        return f"Accès aux données — {name} — {long_date(self.made)}" if name else \
            f"Accès aux données — {long_date(self.made)}"

    def story(self) -> list[Flowable]:
        story = self.header()
        story += self.you()
        story += self.file()
        story += self.consents()
        story += [self.heading("Ce qui a été partagé"), *self.sharing(self.items("sharing_log"))]
        story += self.plans()
        story += self.meetings()
        story += self.screenings()
        story += self.corrections()
        story += self.closing()
        return story

    # -- the beginning and the end -------------------------------------------------------------

    def header(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [self.say(ACCESS_TITLE, s.title)]
        lines = self.labelled_words("Pour :", self.name, self.box)
        lines += self.labelled_words("Dossier :", self.dossier.get("label"), self.box)
        lines.append(self.labelled("Document préparé le", escape(long_date(self.made)) + ".", self.box))
        story += self.boxed(lines)
        story.append(self.say(ACCESS_INTRO))
        story.append(self.say(ACCESS_CORRECTION))
        return story

    def closing(self) -> list[Flowable]:
        referent = _text(self.dossier.get("referent"))
        text = our_text("Pour demander une correction, ou pour toute question, adressez-vous à votre référent de "
                        "parcours")
        text += (f", {markup(referent)}" if referent else "") + our_text(", à l'oral ou par écrit.")
        return chained([self.heading("Une question, une correction ?"), Paragraph(text, self.s.body)])

    # -- you and your file ---------------------------------------------------------------------

    def you(self) -> list[Flowable]:
        person = self.person
        lines: list[Flowable] = [self.heading("Vous")]
        lines += self.field("Prénom :", person.get("first_name"))
        lines += self.field("Nom :", person.get("last_name"))
        lines += self.fact("Date de naissance :", escape(_day(person.get("birth_date"))))
        role = person.get("role")
        lines += self.fact("Place dans le foyer :", escape(HouseholdRole(role).label) if role in
                           tuple(HouseholdRole) else their_text(role))
        lines += self.field("Lien dans la famille :", person.get("relation"))
        if "trusted_person" in person:
            lines.append(self.labelled("Personne de confiance de la famille :",
                                       escape(_yes_no(person.get("trusted_person"))), self.line))
        if len(lines) == 1:
            lines.append(self.say("Rien n'est noté."))
        return chained(lines)

    def file(self) -> list[Flowable]:
        dossier = self.dossier
        lines: list[Flowable] = [self.heading("Votre dossier")]
        lines += self.field("Nom du dossier :", dossier.get("label"))
        lines += self.field("Territoire :", dossier.get("territory"))
        lines += self.field("Référent de parcours :", dossier.get("referent"))
        state = dossier.get("state")
        lines += self.fact("Où en est le dossier :",
                           escape(DOSSIER_STATE_LABELS[state]) if state in DOSSIER_STATE_LABELS else their_text(state))
        lines += self.fact("Ouvert le", escape(_day(dossier.get("opened_on"))))
        lines += self.fact("Dernier contact le", escape(_day(dossier.get("last_contact_on"))))
        lines += self.fact("Clos le", escape(_day(dossier.get("closed_on"))))
        lines += self.field("Raison de la clôture :", dossier.get("closure_reason"))
        address = ", ".join(part for part in (
            _text(dossier.get("address")),
            " ".join(p for p in (_text(dossier.get("postal_code")), _text(dossier.get("commune"))) if p)) if part)
        lines += self.field("Adresse :", address or "non notée")
        if dossier.get("address_protected"):
            lines.append(self.say(ADDRESS_PROTECTED, restyle(self.line, fontName=FONT_BOLD)))
        lines += self.fact("Archivé le", escape(_day(dossier.get("archived_on"))))
        lines += self.field("Pourquoi il est gardé en archive :", dossier.get("archive_reason"))
        lines.append(self.say(RETENTION, self.note_body))
        return self.keep(lines, len(str(dossier.get("archive_reason") or "")) + len(address))

    # -- consents ------------------------------------------------------------------------------

    def consents(self) -> list[Flowable]:
        records = self.items("consents")
        story: list[Flowable] = [self.heading("Vos accords de partage")]
        if not records:
            return story + [self.say(NO_CONSENT)]
        story.append(self.say(CONSENT_INTRO, restyle(self.s.body, keepWithNext=1)))
        for record in records:
            story += self.consent(record)
        return story

    def consent(self, record: dict[str, Any]) -> list[Flowable]:
        legal = record.get("basis") == LEGAL_GROUND
        collected = _day(record.get("collected_on"))
        if legal:
            head = our_text("Partage prévu par la loi") + (escape(f", noté le {collected}") if collected else "")
        else:
            head = our_text("Votre accord") + (escape(f", donné le {collected}") if collected else "")
        lines: list[Flowable] = [Paragraph(head, self.item)]
        withdrawn = _day(record.get("withdrawn_on"))
        if withdrawn:
            how = _text(record.get("withdrawn_how"))
            text = our_text(f"Retiré le {withdrawn}") + (f" ({markup(how)})" if how else "") + our_text(
                ". Depuis, plus rien n'est partagé sur la base de cet accord.")
            lines.append(Paragraph(text, restyle(self.line, fontName=FONT_BOLD)))
        elif legal:
            lines.append(self.say("Toujours en vigueur.", self.line))
        else:
            lines.append(self.say("Toujours valable. Vous pouvez le retirer à tout moment.", self.line))
        if legal:
            lines += self.fact("Fondement légal :", _and(_labels([record.get("legal_ground")], LEGAL_GROUNDS)))
        lines += self.field("Justification :", record.get("justification"))
        lines += self.fact("Informations :", LIST_SEPARATOR.join(_labels(record.get("categories"), INFO_CATEGORIES)))
        recipients = [their_text(name) for name in record.get("recipient_partners") or [] if _text(name)]
        recipients += _labels(record.get("recipient_categories"), PROFESSIONAL_CATEGORIES)
        lines += self.fact("Avec :", LIST_SEPARATOR.join(recipients))
        lines += self.fact("Par :", LIST_SEPARATOR.join(_labels(record.get("media"), MEDIA)))
        lines += self.field("Pourquoi :", record.get("purpose"))
        how = _labels([record.get("collected_how")], COLLECTED_HOW)
        by = _text(record.get("collected_by"))
        collected_line = ", ".join(part for part in (
            how[0] if how else "", escape(f"le {collected}") if collected else "",
            f"{our_text('par')} {markup(by)}" if by else "") if part)
        lines += self.fact("Recueilli :", collected_line)
        length = sum(len(str(record.get(k) or "")) for k in ("justification", "purpose"))
        return self.keep(lines, length)

    # -- the plan ------------------------------------------------------------------------------

    def plans(self) -> list[Flowable]:
        plans = self.items("plans")
        story: list[Flowable] = [self.heading("Votre projet")]
        if not plans:
            return story + [self.say(NO_PLAN)]
        for number, plan in enumerate(plans, start=1):
            if len(plans) > 1:
                story.append(self.say(f"Projet n° {number}", self.sub))
            content = plan.get("current") if isinstance(plan.get("current"), dict) else None
            if content is not None:
                story += self.plan(content)
            story += self.versions([v for v in plan.get("versions") or [] if isinstance(v, dict)])
        return story

    def plan(self, content: dict[str, Any]) -> list[Flowable]:
        story: list[Flowable] = [
            self.say("Le projet tel qu'il est aujourd'hui", self.sub),
            self.say("C'est le texte en cours : il peut encore changer, avec vous.", self.muted)]
        review = _day(content.get("next_review_on"))
        if review:
            story.append(self.say(f"Prochain point proposé : si possible vers le {review}."))
        story += self.entries("La demande", content.get("demande"), "Pas encore écrite.")
        story += self.domains(content)
        story += self.actions(content)
        story += self.entries("Point de vue et désaccords", content.get("point_de_vue"), "Rien d'écrit ici.")
        sections = content.get("partner_sections")
        if isinstance(sections, list):
            shared = _labels(sections, PARTNER_SECTIONS)
            text = LIST_SEPARATOR.join(shared) if shared else our_text("aucune")
            story.append(self.labelled("Parties du projet que la famille accepte de partager avec un partenaire :",
                                       text, self.s.body))
            story += self.words(content.get("partner_sections_note"), self.quote)
        return story

    def written_by(self, item: dict[str, Any], style: ParagraphStyle | None = None) -> list[Flowable]:
        """Who wrote it, a rewording, and the rewordings still waiting for the family's answer."""
        note = style or self.note
        quote = restyle(self.quote, leftIndent=note.leftIndent) if style else self.quote
        notes: list[Flowable] = []
        author = item.get("author") if isinstance(item.get("author"), dict) else None
        if author:
            verb = "Écrit " if author.get("kind") == ENSEMBLE else "Écrit par "
            notes.append(Paragraph(our_text(verb) + their_text(author_label(author)), note))
        reworded = item.get("reworded")
        if isinstance(reworded, dict):
            by = reworded.get("by") if isinstance(reworded.get("by"), dict) else {}
            text = our_text("Nouvelle formulation proposée par ") + their_text(author_label(by))
            accepted = _text(reworded.get("accepted_by"))
            text += (our_text(", acceptée par ") + markup(accepted)) if accepted else ""
            on = _day(reworded.get("on"))
            text += escape(f" le {on}") if on else ""
            notes.append(Paragraph(text, note))
        for pending in item.get("pending") or []:
            if not isinstance(pending, dict):
                continue
            by = pending.get("author") if isinstance(pending.get("author"), dict) else {}
            intro = our_text("Autre formulation proposée par ") + their_text(author_label(by)) + our_text(
                ", en attente de votre réponse :")
            notes.append(Paragraph(intro, note))
            notes += self.words(pending.get("text"), quote)
        return notes

    def entries(self, title: str, entries: Any, empty: str) -> list[Flowable]:
        found = [e for e in entries or [] if isinstance(e, dict)]
        story: list[Flowable] = [self.say(title, self.item)]
        printed = False
        for entry in found:
            words = self.words(entry.get("text"), self.quote)
            if not words:
                continue
            printed = True
            story += self.keep([*words, *self.written_by(entry)], len(str(entry.get("text") or "")))
        if not printed:
            story.append(self.say(empty, self.line))
        return story

    def domains(self, content: dict[str, Any]) -> list[Flowable]:
        story: list[Flowable] = []
        for domain in content.get("domains") or []:
            if not isinstance(domain, dict):
                continue
            entries = domain.get("entries") if isinstance(domain.get("entries"), dict) else {}
            sections = [(key, [e for e in entries.get(key) or [] if isinstance(e, dict) and _text(e.get("text"))])
                        for key in DOMAIN_SECTIONS]
            sections = [(key, found) for key, found in sections if found]
            if not sections:
                continue
            if not story:
                story.append(self.say("Domaine par domaine", self.item))
            story.append(CondPageBreak(3 * cm))
            story.append(Paragraph(their_text(domain.get("label")) or "?", restyle(self.line, fontName=FONT_BOLD,
                                                                                       spaceBefore=6,
                                                                                       keepWithNext=1)))
            for key, found in sections:
                story.append(self.say(DOMAIN_SECTIONS[key], restyle(self.line, leftIndent=24, textColor=ACCENT,
                                                                    keepWithNext=1)))
                for entry in found:
                    words = self.words(entry.get("text"), self.domain_bullet)
                    words[0].bulletText = "•"
                    story += self.keep([*words, *self.written_by(entry, self.domain_note)],
                                       len(str(entry.get("text") or "")))
        return story

    def actions(self, content: dict[str, Any]) -> list[Flowable]:
        actions = [a for a in content.get("actions") or [] if isinstance(a, dict)]
        story: list[Flowable] = [self.say("Les actions", self.item)]
        if not actions:
            return story + [self.say("Il n'y a pas encore d'action.", self.line)]
        domains = {d.get("key"): d for d in content.get("domains") or [] if isinstance(d, dict)}
        for action in actions:
            what = their_text(action.get("what")) or our_text("(action sans titre)")
            lines: list[Flowable] = [Paragraph(what, restyle(self.line, fontName=FONT_BOLD, spaceBefore=6),
                                               bulletText="●")]
            who = action.get("who") if isinstance(action.get("who"), dict) else {}
            who_text = _person(who.get("name"), who.get("organisation"))
            if who.get("gone"):
                who_text += " " + our_text("(ne fait plus partie du réseau)")
            lines += self.fact("Qui :", who_text.strip(), self.detail)
            domain = domains.get(action.get("domain"))
            if domain:
                lines += self.fact("Domaine :", their_text(domain.get("label")), self.detail)
            lines += self.field("Pour ce besoin :", action.get("need_text"), self.detail)
            lines += self.field("Comment :", action.get("how"), self.detail)
            feasible = action.get("feasible")
            if feasible in (True, False):
                by = _text(action.get("feasible_by"))
                lines.append(self.labelled("Possible pour la personne ?", our_text(FEASIBLE[feasible]) + (
                    f" ({our_text('dit par')} {markup(by)})" if by else ""), self.detail))
            start, proposed = _day(action.get("start_on")), _day(action.get("proposed_on"))
            when = ", ".join(part for part in (f"à partir du {start}" if start else "",
                                               f"si possible vers le {proposed}" if proposed else "") if part)
            lines += self.fact("Quand :", our_text(when), self.detail)
            status = action.get("status")
            status = escape(STATUSES[status]) if status in STATUSES else their_text(status)
            lines += self.fact("Où on en est :", status, self.detail)
            lines += self.field("Résultat :", action.get("outcome"), self.detail)
            lines += self.written_by(action, self.detail_note)
            length = sum(len(str(action.get(k) or "")) for k in ("what", "how", "outcome", "need_text"))
            story += self.keep(lines, length)
        return story

    def versions(self, versions: list[dict[str, Any]]) -> list[Flowable]:
        story: list[Flowable] = [
            self.say("Les versions du projet", self.sub),
            self.say("Chaque version est gardée telle qu'elle a été adoptée ou imprimée. Vous pouvez en "
                     "demander une copie.", self.muted)]
        if not versions:
            return chained(story + [self.say(NO_VERSION)])
        lines = []
        for version in versions:
            number = their_text(version.get("number"))
            frozen = _day(version.get("frozen_on"))
            text = f"<b>{our_text('Version')} {number}</b>" + (escape(f" du {frozen}") if frozen else "")
            adopted = _day(version.get("adopted_on"))
            names = version.get("adopted_by") if isinstance(version.get("adopted_by"), list) else []
            names = _and([their_text(name) for name in names if _text(name)])
            if adopted:
                text += our_text(f" — adoptée le {adopted}") + (f" {our_text('par')} {names}" if names else "")
            elif version.get("reason") == "impression":
                text += our_text(" — gardée lors d'une impression, pas encore adoptée")
            else:
                reason = their_text(version.get("reason"))
                text += f" — {reason}" if reason else ""
            lines.append(Paragraph(text + ".", self.s.bullet, bulletText="•"))
        return chained([*story, lines[0]]) + lines[1:]

    # -- meetings ------------------------------------------------------------------------------

    def meetings(self) -> list[Flowable]:
        meetings = self.items("meetings")
        story: list[Flowable] = [self.heading("Les rencontres")]
        if not meetings:
            return story + [self.say(NO_MEETING)]
        for meeting in meetings:
            story += self.meeting(meeting)
        return story

    def meeting(self, record: dict[str, Any]) -> list[Flowable]:
        kind = KINDS.get(record.get("kind")) or _text(record.get("kind_label")) or "Rencontre"
        day = _day(record.get("planned_on"))
        story: list[Flowable] = [CondPageBreak(4 * cm),
                                 Paragraph(escape(f"{kind} du {day}" if day else kind), self.sub)]
        time = _clock(record.get("planned_time"))
        if day:
            story.append(self.labelled("Date :", escape(day + (f" à {time}" if time else "")), self.line))
        story += self.field("Lieu :", record.get("place"))
        status = MEETING_STATUSES.get(record.get("status"))
        if status:
            story.append(self.say(status, self.line))
        agenda = self.words(record.get("agenda"), self.quote)
        if agenda:
            author = record.get("agenda_author")
            by = their_text(author_label(author)) if isinstance(author, dict) and author else their_text(author)
            story += self.keep([Paragraph(our_text("Ordre du jour") + (f", {our_text('écrit par')} {by}" if by else "")
                                          + our_text(" :"), self.line), *agenda], len(str(record.get("agenda"))))
        story += self.participants(record)
        story += self.family_presence(record)
        story += self.charter_read(record)
        story += self.said(record)
        story += self.read_back(record)
        nxt = _day(record.get("next_meeting_on"))
        if nxt:
            story.append(self.say(f"Prochaine rencontre proposée : {nxt} (une date proposée, que l'on peut changer "
                                  "ensemble).", self.line))
        version = their_text(record.get("plan_version"))
        if version:
            decided = our_text("Ce qui a été décidé est écrit dans le projet, version")
            story.append(Paragraph(f"{decided} {version}.", self.line))
        return story

    def participants(self, record: dict[str, Any]) -> list[Flowable]:
        people = [p for p in record.get("participants") or [] if isinstance(p, dict)]
        if not people:
            return [self.say("La liste des participants n'a pas été notée.", self.line)]
        lines: list[Flowable] = [self.say("Qui était là :", self.line)]
        for person in people:
            invited, present = person.get("invited", True) is not False, person.get("present")
            status = ("présent·e" if invited else "présent·e sans invitation") if present is True else \
                ("excusé·e" if invited else "non invité·e") if present is False else "présence non notée"
            side = SIDES.get(person.get("side"), "")
            text = (_person(person.get("name"), person.get("organisation")) or "?") + (
                f" — {escape(side)}" if side else "") + f" — {escape(status)}"
            lines.append(Paragraph(text, self.bullet_line, bulletText="•"))
        return chained(lines) if len(lines) <= 12 else lines

    def family_presence(self, record: dict[str, Any]) -> list[Flowable]:
        present = record.get("family_present")
        if present is True:
            return [self.say("La famille était présente.", self.line)]
        if present is None:
            return [self.say("La présence de la famille n'a pas été notée.", self.line)]
        lines: list[Flowable] = [self.say("La famille n'était pas présente.", self.line)]
        lines += self.field("Pourquoi :", record.get("absence_reason"))
        informed = _day(record.get("family_informed_on"))
        if informed:
            lines.append(self.say(f"La famille a été informée de tout ce qui a été dit le {informed}.", self.line))
            lines += self.field("De cette façon :", record.get("family_informed_how"))
        else:
            lines.append(self.say("La famille n'a pas encore été informée de ce qui a été dit.", self.line))
        return lines

    def charter_read(self, record: dict[str, Any]) -> list[Flowable]:
        charter = record.get("charter") if isinstance(record.get("charter"), dict) else {}
        at = _moment(charter.get("acknowledged_at"))
        by = charter.get("acknowledged_by")
        by = their_text(author_label(by)) if isinstance(by, dict) else their_text(by)
        if not at and not by:
            return [self.say("La charte n'a pas été lue ensemble.", self.line)]
        title = their_text(charter.get("title")) or our_text(CHARTER_TITLE)
        version = their_text(charter.get("version"))
        text = our_text("Charte lue ensemble :") + f" {title}" + (f" ({our_text('version')} {version})"
                                                                    if version else "")
        text += escape(f", le {at}") if at else ""
        text += f", {our_text('reconnue par')} {by}" if by else ""
        return [Paragraph(text + ".", self.line)]

    def said(self, record: dict[str, Any]) -> list[Flowable]:
        story: list[Flowable] = []
        for phase in record.get("phases") or []:
            if not isinstance(phase, dict):
                continue
            entries = [e for e in phase.get("entries") or [] if isinstance(e, dict)]
            if not entries:
                continue
            key = phase.get("key")
            label = _text(phase.get("label")) or PHASES.get(key) or _text(key) or "?"
            story.append(Paragraph(markup(label), restyle(self.item, textColor=ACCENT, spaceBefore=10)))
            if key == PRIVATE_TIME:
                story.append(self.say("Pendant ce temps, les professionnels étaient sortis : la famille a écrit "
                                      "seule.", restyle(self.muted, keepWithNext=1)))
            for entry in entries:
                story += self.entry(entry)
        if not story:
            return [self.say("Rien n'a été écrit pendant cette rencontre.", self.line)]
        return [self.say("Ce qui a été dit et écrit :", restyle(self.line, keepWithNext=1, spaceBefore=6)), *story]

    def entry(self, entry: dict[str, Any]) -> list[Flowable]:
        kind = ENTRY_KINDS.get(entry.get("kind")) or _text(entry.get("kind_label")) or "Note"
        author = entry.get("author") if isinstance(entry.get("author"), dict) else {}
        speaker = entry.get("speaker")
        speaker = their_text(author_label(speaker)) if isinstance(speaker, dict) else their_text(speaker)
        written = their_text(author_label(author)) if author else ""
        note = ""
        if not speaker:
            speaker = written
        elif author and their_text(author.get("name")) != speaker:
            together = author.get("kind") == ENSEMBLE
            note = our_text("Noté ensemble") if together else f"{our_text('Noté par')} {written}"
        head = f"<b>{escape(kind)}</b>" + (f" — {speaker}" if speaker else "")
        lines: list[Flowable] = [Paragraph(head, restyle(self.line, spaceBefore=4, keepWithNext=1))]
        lines += self.words(entry.get("text"), self.quote) or [self.say("(rien d'écrit)", self.quote)]
        if entry.get("private"):
            lines.append(self.say("Écrit par la famille pendant son temps privé.", self.note))
        if note:
            lines.append(Paragraph(note, self.note))
        action = entry.get("action")
        if isinstance(action, dict):
            what = their_text(action.get("what")) or our_text("(action sans titre)")
            who = action.get("who")
            who = _person(who.get("name"), who.get("organisation")) if isinstance(who, dict) else their_text(who)
            lines.append(Paragraph(f"→ {our_text('Devenue une action du projet :')} {what}" + (
                f" — {who}" if who else ""), self.note))
        return self.keep(lines, len(str(entry.get("text") or "")))

    def read_back(self, record: dict[str, Any]) -> list[Flowable]:
        validation = record.get("validation") if isinstance(record.get("validation"), dict) else {}
        validated = validation.get("validated")
        by, on = their_text(validation.get("by")), _day(validation.get("on"))
        said = (f" {our_text('par')} {by}" if by else "") + (escape(f" le {on}") if on else "")
        if validated is True:
            text = our_text("Relecture : la famille a relu ce qui est écrit et l'a validé") + said + "."
        elif validated is False:
            text = our_text("Relecture : la famille a relu ce qui est écrit et n'est pas d'accord") + said + "."
        else:
            text = our_text("Relecture : ce qui est écrit n'a pas encore été relu avec la famille.")
        lines: list[Flowable] = [Paragraph(text, restyle(self.line, spaceBefore=6))]
        comment = self.words(validation.get("comment"), self.quote)
        if comment:
            lines = self.keep([*lines, self.say("Ce qu'elle a ajouté :", self.line), *comment],
                              len(str(validation.get("comment"))))
        return lines

    # -- screenings ----------------------------------------------------------------------------

    def screenings(self) -> list[Flowable]:
        screenings = self.items("screenings")
        story: list[Flowable] = [self.heading("Les repérages")]
        if not screenings:
            return story + [self.say(NO_SCREENING)]
        for screening in screenings:
            story += self.screening(screening)
        return story

    def screening(self, screening: dict[str, Any]) -> list[Flowable]:
        day = _day(screening.get("screened_on"))
        lines: list[Flowable] = [Paragraph(escape(f"Repérage du {day}" if day else "Repérage"), self.item)]
        decision = screening.get("decision")
        lines += self.fact("Résultat :", escape(OUTCOME_LABELS[decision]) if decision in OUTCOME_LABELS
                           else their_text(decision))
        lines += self.field("Ce qui vous a été expliqué :", screening.get("family_explanation"))
        lines += self.field("L'explication écrite par le professionnel :", screening.get("explanation"))
        lines += self.field("La raison donnée par le professionnel pour son choix :",
                            screening.get("professional_reason"))
        lines += self.fact("Critères utilisés :", their_text(screening.get("criteria_version")))
        length = sum(len(str(screening.get(k) or "")) for k in ("family_explanation", "explanation",
                                                                 "professional_reason"))
        story = self.keep(lines, length)
        proposal = screening.get("proposal")
        if isinstance(proposal, dict):
            story += self.proposal(proposal)
        designation = screening.get("designation")
        if isinstance(designation, dict):
            story += self.designation(designation)
        return story

    def proposal(self, proposal: dict[str, Any]) -> list[Flowable]:
        day = _day(proposal.get("proposed_on"))
        how = _text(proposal.get("how"))
        text = our_text("La démarche vous a été proposée") + (escape(f" le {day}") if day else "")
        text += f" ({markup(how)})" if how else ""
        lines: list[Flowable] = [Paragraph(text + ".", self.line)]
        if "leaflet_given" in proposal:
            lines.append(self.labelled("Dépliant remis :", escape(_yes_no(proposal.get("leaflet_given"))),
                                       self.line))
        answer = proposal.get("answer")
        answer_text = ANSWERS.get(answer, "Pas encore de réponse." if not answer else _text(answer))
        until = _day(proposal.get("think_until"))
        if answer == "reflechit" and until:
            answer_text = f"Vous avez souhaité prendre le temps de réfléchir, si possible jusqu'au {until}."
        lines.append(self.labelled("Votre réponse :", our_text(answer_text), self.line))
        lines += self.field("Vos mots :", proposal.get("family_words"))
        return self.keep(lines, len(str(proposal.get("family_words") or "")))

    def designation(self, designation: dict[str, Any]) -> list[Flowable]:
        chosen = their_text(designation.get("chosen"))
        day = _day(designation.get("designated_on"))
        text = our_text("Votre référent de parcours :") + f" {chosen or '?'}"
        by = CHOSEN_BY.get(designation.get("chosen_by"))
        text += our_text(", choisi") + (escape(f" le {day}") if day else "") + (our_text(f" {by}") if by else "")
        lines: list[Flowable] = [Paragraph(text + ".", self.line)]
        listed = designation.get("listed") if isinstance(designation.get("listed"), list) else []
        lines += self.fact("Professionnels proposés :", _and([their_text(name) for name in listed if _text(name)]))
        lines += self.field("Votre avis :", designation.get("opinion"))
        return self.keep(lines, len(str(designation.get("opinion") or "")))

    # -- corrections ---------------------------------------------------------------------------

    def corrections(self) -> list[Flowable]:
        corrections = self.items("corrections")
        story: list[Flowable] = [self.heading("Les corrections")]
        if not corrections:
            return story + [self.say(NO_CORRECTION)]
        story.append(self.say("Chaque correction garde ce qui était écrit avant : voici l'ancienne et la nouvelle "
                              "version, de la plus ancienne correction à la plus récente."))
        for correction in sorted(corrections, key=lambda c: _sort_key(c.get("changed_at"))):
            story += self.correction(correction)
        return story

    def correction(self, correction: dict[str, Any]) -> list[Flowable]:
        record_type, field = correction.get("record_type"), correction.get("field")
        what = [escape(RECORD_TYPES[record_type]) if record_type in RECORD_TYPES else their_text(record_type),
                escape(FIELDS[field]) if field in FIELDS else their_text(field)]
        lines: list[Flowable] = [Paragraph(" — ".join(part for part in what if part) or "?", self.item)]
        for label, key in (("Avant :", "old_value"), ("Après :", "new_value")):
            value = self.shown(field, correction.get(key))
            lines += self.field(label, value) or [self.labelled(label, our_text("(vide)"), self.line)]
        when, by = _moment(correction.get("changed_at")), their_text(correction.get("changed_by"))
        if when or by:
            lines.append(Paragraph(our_text("Corrigé") + (escape(f" le {when}") if when else "")
                                   + (f" {our_text('par')} {by}" if by else "") + ".", self.note))
        length = sum(len(str(correction.get(k) or "")) for k in ("old_value", "new_value"))
        return self.keep(lines, length)

    @staticmethod
    def shown(field: Any, value: Any) -> Any:
        """A stored key said in words (a state, a role); anything else as written."""
        if field == "state" and value in DOSSIER_STATE_LABELS:
            return DOSSIER_STATE_LABELS[value]
        if field == "role" and value in tuple(HouseholdRole):
            return HouseholdRole(value).label
        return value
