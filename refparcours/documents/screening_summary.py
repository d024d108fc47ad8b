"""The one-page summary of a screening, printed for the family and read by the family.

Plain words only: what was looked at together (the family wording of the points answered
"oui"), what it means, what the family decided, what happens next and their rights. Never a
score, never the professional's wording of the criteria, never the points answered "non"."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from refparcours.documents.common import Styles, build_pdf, french_spacing, long_date, markup, paragraph, styles
from refparcours.screening import EXAMINE, NOT_COMPLEX, OUTCOME_FAMILY, PROPOSE, YES, CriteriaSet
from refparcours.text import clean_text

TITLE = "Ce que nous avons regardé ensemble"

ACCEPTS, DECLINES, THINKS = "accepte", "decline", "reflechit"
PROPOSAL_ANSWERS = (ACCEPTS, DECLINES, THINKS)

LONG_WORDS = 700  # characters: longer words of the family print a little denser (still 11 pt)

NO_FACTOR = "Aucune difficulté n'a été relevée parmi les points regardés ensemble."

# What was offered, in the family's terms, by decision.
_ACCEPTED = {
    PROPOSE: "Vous avez accepté qu'un référent de parcours vous accompagne.",
    EXAMINE: "Vous avez accepté que votre situation soit regardée en commission, avec vous.",
}
_NEXT_ACCEPTED = {
    PROPOSE: "Nous allons choisir ensemble votre référent de parcours, parmi les professionnels qui vous "
             "accompagnent déjà. Puis nous ferons le point avec vous sur vos besoins et sur vos forces, "
             "pour construire votre projet.",
    EXAMINE: "Votre situation sera présentée à une petite commission de professionnels. Vous pouvez y venir "
             "et donner votre avis : rien ne sera décidé sans vous.",
}
_NEXT_NOT_COMPLEX = ("Si vous le souhaitez, nous pouvons vous indiquer un service près de chez vous qui peut "
                     "vous aider. Si votre situation change, vous pouvez revenir nous en parler à tout moment.")


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
) -> bytes:
    """The PDF bytes of the family's summary of one screening.

    ``record`` is ``Screening.to_record()`` as stored; ``criteria_set`` the criteria it was
    made with (if its version differs, the family wording stored in the record is printed
    instead, so a later change of the criteria file never rewrites what the family saw).
    ``proposal``, once the family has answered: ``answer`` ("accepte", "decline" or
    "reflechit"), ``think_until`` (a date or None), ``family_words`` (printed as written)
    and ``leaflet_given`` (bool)."""
    if proposal is not None and proposal.get("answer") not in PROPOSAL_ANSWERS:
        raise ValueError(f"proposal answer must be one of {PROPOSAL_ANSWERS}, not {proposal.get('answer')!r}")
    s = styles()
    decision = record.get("decision")
    family_label = clean_text(family_label)
    story: list[Flowable] = [paragraph(TITLE, s.title)]
    story.append(paragraph(f"{french_spacing('Pour :')} {family_label}", s.body))
    with_whom = f", avec {professional_name.strip()}" if professional_name.strip() else ""
    story.append(paragraph(f"Le {long_date(decided_on)}{with_whom}", s.body))

    story.append(paragraph("Ce que nous avons regardé", s.heading))
    story += _looked_at(record, criteria_set, s)

    story.append(paragraph("Ce que cela veut dire", s.heading))
    story.append(_say(_meaning(record), s.body))

    story.append(paragraph("Ce que vous avez décidé", s.heading))
    story += _decided(decision, proposal, s)

    story.append(paragraph("Et maintenant", s.heading))
    story.append(_say(_next_step(decision, proposal), s.body))

    rights_block: list[Flowable] = [paragraph("Vos droits", s.heading)]
    contact = ", ".join(part.strip() for part in (professional_name, office) if part and part.strip()).rstrip(".")
    rights = [
        "Ce qui vous est proposé est une offre, jamais une obligation.",
        "Vous pouvez dire oui, dire non, prendre le temps de réfléchir, ou changer d'avis à tout moment. "
        "Votre choix n'a aucune conséquence sur les aides et les services auxquels vous avez droit.",
        "Vous pouvez lire tout ce qui est écrit sur vous, quand vous le voulez : il suffit de le demander.",
    ]
    rights_block += [_say(text, s.bullet, bullet="•") for text in rights]
    if contact:
        rights_block.append(paragraph(f"{french_spacing('Votre contact :')} {contact}.", s.bullet, bullet="•"))
    story.append(KeepTogether(rights_block))  # the rights are read as one block, never cut in two
    return build_pdf(story, title=TITLE, printed_on=printed_on, subject="Repérage — résumé pour la famille",
                     running_head=f"{TITLE} — {family_label} (suite)")


def _say(text: str, style: ParagraphStyle, *, bullet: str | None = None) -> Flowable:
    """One of our own sentences (French spacing before ":" and ";")."""
    return paragraph(french_spacing(text), style, bullet=bullet)


# -- the sections ------------------------------------------------------------------------------


def _yes_ids(record: dict[str, Any]) -> list[str]:
    answers = record.get("answers") or {}
    return [cid for cid, answer in answers.items() if (answer or {}).get("value") == YES]


def _looked_at(record: dict[str, Any], criteria_set: CriteriaSet, s: Styles) -> list[Flowable]:
    yes = set(_yes_ids(record))
    known = {c.id for c in criteria_set.criteria}
    same_version = record.get("criteria_version") in (None, criteria_set.version)
    if not same_version or not yes <= known:
        return [paragraph(_stored_family_factors(record), s.body)]
    if not yes:
        return [paragraph(NO_FACTOR, s.body)]
    flowables: list[Flowable] = [_say("Voici les points qui sont ressortis de notre échange :", s.body)]
    for dimension in criteria_set.dimensions:
        found = [c for c in criteria_set.in_dimension(dimension.id) if c.id in yes]
        if not found:
            continue
        flowables.append(paragraph(dimension.family_title, s.subheading))
        flowables += [paragraph(c.family, s.bullet, bullet="•") for c in found]
    return flowables


def _stored_family_factors(record: dict[str, Any]) -> str:
    """The factors as the family read them on the day (the record's own family wording),
    without the closing sentence on what it means, printed in the next section."""
    text = str(record.get("family_explanation") or "").strip()
    meaning = OUTCOME_FAMILY.get(record.get("decision"), "")
    if meaning and text.endswith(meaning):
        text = text[: -len(meaning)].strip()
    return text or NO_FACTOR


def _meaning(record: dict[str, Any]) -> str:
    decision = record.get("decision")
    if decision in OUTCOME_FAMILY:
        return OUTCOME_FAMILY[decision]
    return str(record.get("family_explanation") or "").strip()


def _decided(decision: str | None, proposal: dict[str, Any] | None, s: Styles) -> list[Flowable]:
    if proposal is None:
        if decision == NOT_COMPLEX:
            text = ("Il n'y a rien à accepter ou à refuser aujourd'hui. C'est vous qui décidez si vous souhaitez "
                    "qu'on vous indique un autre service.")
        else:
            text = ("Vous n'avez pas encore donné votre réponse, et rien ne presse. C'est à vous de décider : "
                    "accepter, refuser, ou prendre le temps de réfléchir.")
        return [_say(text, s.body)]

    answer = proposal["answer"]
    if answer == ACCEPTS:
        text = _ACCEPTED.get(decision, "Vous avez accepté cette proposition.")
    elif answer == DECLINES:
        text = "Vous avez choisi de ne pas donner suite à cette proposition. C'est votre choix, et il est respecté."
    else:
        text = "Vous prenez le temps de réfléchir à cette proposition."
        think_until = proposal.get("think_until")
        if isinstance(think_until, date):
            text += (f" Nous avons convenu d'en reparler vers le {long_date(think_until)} ; vous pouvez nous "
                     "répondre avant ou après, à votre rythme.")
    flowables: list[Flowable] = [_say(text, s.body)]

    words = str(proposal.get("family_words") or "").strip()
    if words:
        flowables.append(_say("Ce que vous avez dit :", s.body))
        # Their words exactly as written, between French quotes.
        flowables.append(_quoted(words, s))
    if proposal.get("leaflet_given"):
        flowables.append(paragraph("Vous avez reçu la plaquette qui explique la démarche.", s.body))
    else:
        flowables.append(paragraph("Vous pouvez demander la plaquette qui explique la démarche.", s.body))
    return flowables


def _quoted(words: str, s: Styles) -> Flowable:
    style = s.quote_long if len(words) > LONG_WORDS else s.quote
    return Paragraph("«\u00a0" + markup(words) + "\u00a0»", style)


def _next_step(decision: str | None, proposal: dict[str, Any] | None) -> str:
    if decision == NOT_COMPLEX:
        return _NEXT_NOT_COMPLEX
    answer = proposal["answer"] if proposal else None
    if answer == ACCEPTS:
        return _NEXT_ACCEPTED.get(decision, "Nous allons voir ensemble, avec vous, la suite à donner.")
    if answer == DECLINES:
        return ("Rien d'autre n'est prévu pour cette démarche. Les professionnels qui vous accompagnent "
                "aujourd'hui continuent de le faire, comme avant. Si vous changez d'avis, même plus tard, il "
                "suffit de nous le dire.")
    if answer == THINKS:
        return ("Prenez le temps qu'il vous faut ; vous pouvez en parler avec vos proches. Quand vous le "
                "souhaitez, dites-nous ce que vous avez décidé : rien ne se fait sans votre accord.")
    return ("Prenez le temps de relire ce document, seul ou avec vos proches. Quand vous le souhaitez, "
            "dites-nous ce que vous décidez : rien ne se fait sans votre accord.")
