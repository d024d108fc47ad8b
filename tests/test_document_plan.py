"""The printed PPF (projet pour la famille): the family copy, the plain-language copy and the
partner copy, from a plan's content dict. No Qt.

Checks on the printed text use poppler's ``pdftotext`` and are skipped where it is missing."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from reportlab.pdfbase import pdfmetrics

from refparcours import __version__
from tests import pdf_helpers
from tests.pdf_helpers import A4_MEDIABOX, page_count, pdftotext_available, raw_text, text_of
from refparcours.documents.common import FONT, FOOTER_SIZE, PAGE_SIZE, build_pdf, content_width, paragraph, styles
from refparcours.documents.plan import (
    NO_ACTION,
    NO_ACTION_PARTNER,
    NO_ACTION_PLAIN,
    NO_POINT_DE_VUE,
    SIGNING_OFFERED,
    _plain_styles,
    plan_pdf,
)
from refparcours.documents.plan_sample import (
    DEMANDE_TEXT,
    LONG_HOW,
    POINT_DE_VUE_TEXT,
    sample_plan_content,
    sample_version,
)
from refparcours.errors import UserFacingError
from refparcours.ppf import PARTNER_SECTIONS, STATUSES, WHO_KINDS

PRINTED = date(2026, 11, 23)
VERSION_NOTE = "Projet pour la famille — version 3 du 22/11/2026"
FAMILY_WORDS = "Œuvre & « <b>pas du gras</b> » : on veut décider nous-mêmes ; d'accord ?"



def content(**changes):
    plan = sample_plan_content(domains=12, actions=18)
    plan.update(changes)
    return plan


def printed(plan=None, *, version="adopted", **options):
    return plan_pdf(plan if plan is not None else content(),
                    version=sample_version() if version == "adopted" else version,
                    printed_on=PRINTED, **options)


def running_text(pdf: bytes, tmp_path) -> str:
    return pdf_helpers.running_text(pdf, tmp_path, r"^Projet pour la famille — |.*\(suite\)$")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# -- the file itself ---------------------------------------------------------------------------


def test_a4_embedded_font_same_bytes_and_no_name_in_the_properties():
    pdf = printed()
    assert pdf.startswith(b"%PDF-") and A4_MEDIABOX.search(pdf)
    assert b"/FontFile2" in pdf and b"DejaVuSans" in pdf
    assert pdf == printed(), "same data, same bytes"
    info = re.search(rb"/Author .*?/Trapped", pdf, re.S)
    assert info and b"/Title (Projet pour la famille)" in info.group(0)
    assert b"Benali" not in info.group(0)
    partner = printed(copy="partenaire", recipient="Mission locale")
    info = re.search(rb"/Author .*?/Trapped", partner, re.S)
    assert b"Benali" not in info.group(0) and b"Mission" not in info.group(0)


def test_unknown_copy_is_refused():
    with pytest.raises(ValueError):
        printed(copy="public")


def test_type_is_large_enough():
    assert styles().body.fontSize >= 12
    plain = _plain_styles()
    assert plain.body.fontSize >= 14 and plain.bullet.fontSize >= 14 and plain.quote.fontSize >= 14
    assert plain.heading.fontSize > plain.body.fontSize


# -- the family copy ---------------------------------------------------------------------------


@pdftotext_available
def test_family_words_print_exactly_as_written_with_who_wrote_them(tmp_path):
    plan = content()
    plan["point_de_vue"][0]["text"] = FAMILY_WORDS
    text = running_text(printed(plan), tmp_path)
    for line in DEMANDE_TEXT.split("\n"):
        assert flat(line) in text, line
    assert "plus grand & plus près" in text and "<c'est le plus urgent pour nous>" in text
    assert FAMILY_WORDS in text, "escaped, not interpreted, and no spacing added to their words"
    assert flat(LONG_HOW) in text
    assert "Écrit ensemble" in text and "Écrit par Samira Benali" in text
    assert "Écrit par Julie Martin (CAF)" in text
    assert ("nouvelle formulation proposée par Julie Martin (CAF), acceptée par Samira Benali le 8 novembre 2026"
            in text)


@pdftotext_available
def test_the_header_says_who_and_which_version(tmp_path):
    text = text_of(printed(), tmp_path, 1)
    for expected in ("Projet pour la famille", "Famille Benali-Morel", "Version 3 du 22 novembre 2026",
                     "Adoptée le 22 novembre 2026 par Samira Benali et Karim Benali",
                     "Prochain point ensemble : 22 février 2027 (une date proposée",
                     "Samira Benali — mère", "Léa Benali — fille, 8 ans", "Personne de confiance",
                     "Françoise Morel — grand-mère", "Julie Martin — CAF, conseillère",
                     "Dr Aurélien Petit — Centre médico-psychologique, médecin",
                     "Référent de parcours : Élodie Marchand", "05 55 12 34 56 — elodie.marchand@exemple.fr",
                     "Notre demande"):
        assert expected in text, expected

    draft = text_of(printed(version=None), tmp_path, 1)
    assert "Brouillon — pas encore adopté" in draft and "Version" not in draft.split("Notre foyer")[0]


@pdftotext_available
def test_actions_are_grouped_by_who_does_them(tmp_path):
    text = running_text(printed(), tmp_path)
    ours = text.index("Ce que nous faisons")  # Samira and Karim both carry actions
    family = text.index("Ce que fait ma famille, mes proches")
    professionals = text.index("Ce que font les professionnels")
    assert ours < family < professionals < text.index("Domaine par domaine")
    assert ours < text.index("Qui : Samira Benali") < family
    assert family < text.index("Qui : Françoise Morel") < professionals
    assert professionals < text.index("Qui : Julie Martin (CAF)")
    assert "Qui : Rémi Lefèvre (ne fait plus partie du réseau)" in text
    assert "Comment je m'y prends :" in text and "Possible pour moi ? Oui (dit par Samira Benali)" in text
    assert "Possible pour moi ? Pas encore dit" in text
    for label in STATUSES.values():
        assert f"Où on en est : {label}" in text, label
    assert "Résultat : C'est fait : le dossier est complet et accepté." in text
    assert "Ce que je fais" not in text


@pdftotext_available
def test_one_person_carrying_the_actions_says_je(tmp_path):
    plan = content()
    plan["actions"] = [a for a in plan["actions"] if a["who"]["name"] != "Karim Benali"]
    text = running_text(printed(plan), tmp_path)
    assert "Ce que je fais" in text and "Ce que nous faisons" not in text
    plain = running_text(printed(plan, plain=True), tmp_path)
    assert "Je vais : Appeler le bailleur" in plain


@pdftotext_available
def test_a_proposed_date_is_never_a_deadline(tmp_path):
    for options in ({}, {"plain": True}, {"copy": "partenaire"}):
        text = running_text(printed(**options), tmp_path)
        assert "si possible vers le" in text.lower()
        lowered = text.lower()
        for word in ("échéance", "avant le", "date limite", "au plus tard", "délai"):
            assert word not in lowered, (options, word)
    text = running_text(printed(), tmp_path)
    assert "Quand : à partir du 4 septembre 2026, si possible vers le 5 novembre 2026" in text


@pdftotext_available
def test_domain_by_domain_with_their_sections_and_actions(tmp_path):
    text = running_text(printed(), tmp_path)
    part = text[text.index("Domaine par domaine"):text.index("Notre point de vue, nos désaccords")]
    for heading in ("Logement", "Besoins", "Ressources de la personne", "Ressources du réseau",
                    "Ressources de l'environnement", "Objectifs", "Observations de la famille",
                    "Les actions de ce domaine", "Alimentation"):
        assert heading in part, heading
    assert "Je sais cuisiner pour beaucoup de monde et je suis organisée. (Logement)" in part
    assert "Appeler le bailleur pour demander où en est ma demande de mutation (logement) — Samira Benali — En projet" in part
    assert POINT_DE_VUE_TEXT in text


@pdftotext_available
def test_every_page_says_which_version_and_its_page_number(tmp_path):
    pdf = printed()
    total = page_count(pdf)
    assert total >= 3
    for number in range(1, total + 1):
        page = text_of(pdf, tmp_path, number)
        assert VERSION_NOTE in page, number
        assert f"refparcours {__version__} — imprimé le 23/11/2026 — page {number} / {total}" in page
        assert ("Projet pour la famille — Famille Benali-Morel (suite)" in page) == (number > 1)
    draft = printed(version=None)
    for number in range(1, page_count(draft) + 1):
        assert "Projet pour la famille — brouillon, pas encore adopté" in text_of(draft, tmp_path, number)


@pdftotext_available
def test_a_huge_family_label_is_cut_in_the_head_of_the_next_pages(tmp_path):
    # Shortened one character at a time, this head took minutes to fit: the call must simply finish.
    label = ("Famille Benali-Morel " * 1000)[:20_000].strip()
    pdf = printed(content(actions=[], dossier={"id": "d", "label": label}))
    assert page_count(pdf) >= 2
    head = next(line for line in raw_text(pdf, tmp_path, 2).splitlines() if line.strip())
    assert head.startswith("Projet pour la famille — Famille Benali-Morel")
    assert head.endswith("…") and "(suite)" not in head
    assert pdfmetrics.stringWidth(head, FONT, FOOTER_SIZE) <= content_width() < PAGE_SIZE[0]


def test_build_pdf_footer_note_is_optional(tmp_path):
    s = styles()
    story = [paragraph(f"Ligne {n}", s.body) for n in range(80)]
    with_note = build_pdf(story, title="Essai", printed_on=PRINTED, footer_note="Note de version")
    assert page_count(with_note) >= 2
    if shutil.which("pdftotext"):
        for number in range(1, page_count(with_note) + 1):
            assert "Note de version" in text_of(with_note, tmp_path, number)
        without = build_pdf([paragraph("Ligne", s.body)], title="Essai", printed_on=PRINTED)
        assert "Note de version" not in text_of(without, tmp_path)


@pdftotext_available
def test_empty_point_de_vue_prints_a_neutral_sentence(tmp_path):
    text = running_text(printed(content(point_de_vue=[])), tmp_path)
    assert NO_POINT_DE_VUE in text


# -- signatures --------------------------------------------------------------------------------


@pdftotext_available
def test_signature_block_only_when_asked(tmp_path):
    text = running_text(printed(), tmp_path)
    assert "Signatures" not in text and "Signature :" not in text
    signed = running_text(printed(signatures=True), tmp_path)
    assert SIGNING_OFFERED in signed, "offered, never required"
    block = signed[signed.index("Signatures"):]
    for name in sample_version()["signatories"]:
        assert name in block
    assert block.count("Date :") == 3 and block.count("Signature :") == 3

    draft = running_text(printed(version=None, signatures=True), tmp_path)
    block = draft[draft.index("Signatures"):]
    assert block.count("Date :") == 3, "a draft: the adults of the household and the référent"
    assert "Samira Benali" in block and "Karim Benali" in block and "Élodie Marchand" in block
    assert "Léa Benali" not in block


# -- the plain-language copy -------------------------------------------------------------------


@pdftotext_available
def test_plain_copy_has_simple_titles_icons_and_few_labels(tmp_path):
    plan = content()
    text = running_text(printed(plan, plain=True), tmp_path)
    assert "Notre projet" in text
    for domain in plan["domains"]:
        assert domain["icon"] in text, domain["key"]
        assert domain["plain"] in text, domain["key"]
    assert "Mon logement" in text and "⌂" in text and "✚" in text and "€" in text
    for label in ("Quand je commence :", "Si possible vers le", "Où on en est :", "C'est possible pour moi ?",
                  "Ce dont j'ai besoin", "Samira Benali va :", "Julie Martin (CAF) va :"):
        assert label in text, label
    assert "Domaine :" not in text and "Comment je m'y prends" not in text
    for line in DEMANDE_TEXT.split("\n"):
        assert flat(line) in text, "the family's words are the same in the plain copy"


# -- the partner copy --------------------------------------------------------------------------


@pdftotext_available
def test_partner_copy_carries_only_what_the_family_agreed_to_share(tmp_path):
    plan = content(partner_sections=["demande", "actions"])
    plan["dossier"]["address"] = "12 rue des Lilas, 87000 Limoges"
    plan["household"][0]["address"] = "12 rue des Lilas"
    pdf = printed(plan, copy="partenaire", recipient="Mission locale — M. Dupont")
    text = running_text(pdf, tmp_path)
    first = text_of(pdf, tmp_path, 1)
    assert "Copie pour un partenaire" in first and "Pour : Mission locale — M. Dupont" in first
    assert "Cette copie ne contient que ce que la famille a accepté de partager" in first
    assert PARTNER_SECTIONS["demande"] in first and PARTNER_SECTIONS["actions"] in first
    assert PARTNER_SECTIONS["domaines"] not in first and PARTNER_SECTIONS["point_de_vue"] not in first
    assert flat(DEMANDE_TEXT.split("\n")[0]) in text
    assert "Ce que fait la famille" in text and "Ce que font les professionnels" in text
    for absent in ("Lilas", "Domaine par domaine", "Je sais cuisiner", POINT_DE_VUE_TEXT[:40],
                   "fille, 8 ans", "Personne de confiance", "grand-mère", "Pour ce besoin",
                   "Avoir une chambre pour chaque enfant", "Prochain point"):
        assert absent not in text, absent
    for number in range(1, page_count(pdf) + 1):
        assert "Projet pour la famille — copie pour un partenaire — version 3 du 22/11/2026" in text_of(
            pdf, tmp_path, number)

    only_view = running_text(printed(content(partner_sections=["point_de_vue"]), copy="partenaire"), tmp_path)
    assert POINT_DE_VUE_TEXT in only_view
    assert "Qui :" not in only_view and flat(DEMANDE_TEXT.split("\n")[0]) not in only_view
    assert "Samira Benali — mère" not in only_view

    household = running_text(printed(content(partner_sections=["foyer", "domaines"]), copy="partenaire"), tmp_path)
    assert "Samira Benali — mère" in household and "Je sais cuisiner" in household
    assert "Les actions de ce domaine" not in household, "the actions were not shared"


@pytest.mark.parametrize("choice", [None, [], ["inconnu"]])
def test_partner_copy_is_refused_until_the_sections_are_chosen_with_the_family(choice):
    with pytest.raises(UserFacingError) as raised:
        printed(content(partner_sections=choice), copy="partenaire")
    assert "avec la famille" in raised.value.message


# -- what goes wrong gracefully ----------------------------------------------------------------


@pdftotext_available
def test_no_action_at_all_prints_a_kind_sentence(tmp_path):
    plan = content(actions=[])
    text = running_text(printed(plan), tmp_path)
    assert NO_ACTION in text
    for heading in ("Ce que nous faisons", "Ce que je fais", "Ce que font les professionnels", "Qui :"):
        assert heading not in text
    assert NO_ACTION_PLAIN in running_text(printed(plan, plain=True), tmp_path)
    assert NO_ACTION_PARTNER in running_text(printed(plan, copy="partenaire"), tmp_path)


@pdftotext_available
def test_a_five_thousand_word_demande_flows_over_several_pages(tmp_path):
    sentence = ("On voudrait un logement plus grand, près de l'école, avec une chambre pour chacun & un coin "
                "<calme> pour les devoirs. ")
    words = " ".join((sentence * 400).split()[:5000])
    plan = content(actions=[])
    plan["demande"][0]["text"] = words + "\nFin de notre demande."
    pdf = printed(plan)
    total = page_count(pdf)
    assert total >= 8
    text = running_text(pdf, tmp_path)
    assert flat(words) in text, "every word, nothing cut"
    assert "Fin de notre demande." in text
    for number in (1, total // 2, total):
        assert VERSION_NOTE in text_of(pdf, tmp_path, number)


def test_a_long_text_without_any_space_still_prints():
    plan = content(actions=[])
    plan["demande"][0]["text"] = "é" * 35_000
    pdf = printed(plan)
    assert pdf.startswith(b"%PDF-") and page_count(pdf) >= 5


@pdftotext_available
def test_arabic_script_emoji_and_control_characters_do_not_break_printing(tmp_path):
    plan = content()
    plan["dossier"]["label"] = "Famille بن علي 🌻"
    plan["household"][0]["name"] = "سميرة بن علي 🙂"
    plan["actions"][0]["what"] = "Appeler\x07 le bailleur 📞 ☎ bientôt"
    plan["actions"][0]["who"]["name"] = "سميرة"
    plan["demande"][0]["text"] = "Nous 👨‍👩‍👧 voulons\x00 rester ensemble."
    for options in ({}, {"plain": True, "signatures": True}, {"copy": "partenaire"}):
        pdf = printed(plan, **options)
        assert pdf.startswith(b"%PDF-")
    text = running_text(printed(plan), tmp_path)
    assert "Appeler le bailleur" in text and "☎ bientôt" in text, "only the control character is dropped"
    assert "voulons rester ensemble." in text


def test_missing_optional_fields_and_strange_values_still_print():
    sparse = {
        "actions": [{"what": "Quelque chose"}, {"who": None, "status": "inconnu", "start_on": "pas une date"},
                    {"who": {"kind": "foyer", "name": "A", "gone": True}, "feasible": "oui"}],
        "domains": [{"key": "k", "entries": {"besoin": [{"text": "Un besoin"}]}}, {"autre": 1}],
        "demande": [{"text": None}],
        "point_de_vue": None,
        "household": [{"name": "Seule"}],
    }
    for options in ({}, {"plain": True, "signatures": True}):
        assert printed(sparse, version=None, **options).startswith(b"%PDF-")
        assert printed(sparse, version={"number": 1}, **options).startswith(b"%PDF-")
    assert printed({}, version=None).startswith(b"%PDF-")


def test_the_sample_covers_every_status_and_every_kind_of_who():
    plan = sample_plan_content()
    assert len(plan["domains"]) == 12 and len(plan["actions"]) == 60
    assert {a["status"] for a in plan["actions"]} == set(STATUSES)
    assert {a["who"]["kind"] for a in plan["actions"]} == set(WHO_KINDS)
    assert any(a["who"]["gone"] for a in plan["actions"])
    assert sample_plan_content() == plan, "deterministic"
