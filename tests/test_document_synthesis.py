"""The printed record of a meeting with the family and its invitation, from the meeting's
record dict. No Qt.

Checks on the printed text use poppler's ``pdftotext`` and are skipped where it is missing."""

from __future__ import annotations

import re
from datetime import date


from refparcours import __version__
from tests import pdf_helpers
from tests.pdf_helpers import A4_MEDIABOX, page_count, pdftotext_available, text_of
from refparcours.documents.synthesis import (
    FAMILY_NOTES,
    NO_AGENDA,
    NO_DECISION,
    NO_DISAGREEMENT,
    NO_ENTRY,
    NOT_READ_BACK,
    PRIVATE_MARK,
    STAYS_OPEN,
    invitation_pdf,
    synthesis_record_pdf,
)
from refparcours.documents.synthesis_sample import AGENDA, NOUR, PLACE, sample_meeting_record
from refparcours.meeting import DECISION, DISAGREEMENT, ENTRY_KINDS, PRIVATE_TIME, entries_of_kind

PRINTED = date(2026, 11, 23)
PRESENT_NOTE = "Synthèse du 20/11/2026 — famille présente"
WORDS = "Œuvre & « <b>pas du gras</b> » : on veut décider nous-mêmes ; d'accord ?"



def sample(**changes):
    record = sample_meeting_record()
    record.update(changes)
    return record


def all_entries(record):
    return [entry for phase in record["phases"] for entry in phase["entries"]]


def printed(record=None):
    return synthesis_record_pdf(record if record is not None else sample(), printed_on=PRINTED)


def invitation(record=None, **options):
    return invitation_pdf(record if record is not None else sample(), printed_on=PRINTED, **options)


def running_text(pdf: bytes, tmp_path) -> str:
    return pdf_helpers.running_text(pdf, tmp_path, r"^(Synthèse|Invitation|Examen en commission|Réunion de suivi)\b.* du \d\d/|.*\(suite\)$")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# -- the file itself ---------------------------------------------------------------------------


def test_a4_embedded_font_same_bytes_and_no_name_in_the_properties():
    for pdf, again, title in ((printed(), printed(), b"Compte rendu de la synth"),
                              (invitation(), invitation(), b"Invitation")):
        assert pdf.startswith(b"%PDF-") and A4_MEDIABOX.search(pdf)
        assert b"/FontFile2" in pdf and b"DejaVuSans" in pdf
        assert pdf == again, "same data, same bytes"
        info = re.search(rb"/Author .*?/Trapped", pdf, re.S)
        assert info and title in info.group(0)
        for name in (b"Benali", b"Morel", b"Marchand"):
            assert name not in info.group(0)


def test_the_sample_covers_what_the_documents_must_print():
    record = sample_meeting_record()
    entries = all_entries(record)
    assert {e["kind"] for e in entries} == set(ENTRY_KINDS)
    assert any(e["private"] for e in entries) and any(e["action"] for e in entries)
    assert entries_of_kind(record, DISAGREEMENT)
    statuses = {(p["invited"], p["present"]) for p in record["participants"]}
    assert {(True, True), (True, False), (False, True)} <= statuses
    assert {p["side"] for p in record["participants"]} == {"famille", "invite_famille", "professionnel"}
    assert any(p["name"] == NOUR for p in record["participants"])
    assert record["validation"]["validated"] is True
    assert sample_meeting_record() == record, "deterministic"


# -- the record --------------------------------------------------------------------------------


@pdftotext_available
def test_the_header_says_which_meeting_when_and_where(tmp_path):
    text = text_of(printed(), tmp_path, 1)
    for expected in ("Compte rendu de la synthèse", "Pour : Famille Benali-Morel",
                     "Date : le vendredi 20 novembre 2026 à 14 h", flat(PLACE),
                     "Commencée le 20 novembre 2026 à 14 h 05, terminée à 16 h 10.",
                     "Référent de parcours : Élodie Marchand",
                     "Pour le joindre : 05 55 12 34 56 — elodie.marchand@exemple.fr"):
        assert expected in text, expected
    assert "provisoire" not in text
    for kind, title in (("commission", "Compte rendu de l'examen en commission"),
                        ("suivi", "Compte rendu de la réunion de suivi")):
        assert title in text_of(printed(sample(kind=kind)), tmp_path, 1)


@pdftotext_available
def test_who_was_there_grouped_by_side_with_their_presence(tmp_path):
    text = running_text(printed(), tmp_path)
    part = text[text.index("Qui était là"):text.index("La charte")]
    assert "La famille était présente." in part
    family, guests, pros = (part.index(title) for title in ("La famille • Samira", "Invités de la famille",
                                                           "Professionnels"))
    assert family < guests < pros
    assert part.index("Samira Benali — présent·e") < guests
    assert part.index("Karim Benali — excusé·e") < guests
    assert guests < part.index("Françoise Morel — présent·e") < pros
    assert pros < part.index("Julie Martin (CAF) — présent·e")
    assert "Dr Aurélien Petit (Centre médico-psychologique) — excusé·e" in part
    assert "Yanis Haddad (Mission locale) — présent·e sans invitation" in part


@pdftotext_available
def test_an_absent_family_reason_and_when_they_were_told(tmp_path):
    record = sample(family_present=False, absence_reason="Samira était à l'hôpital avec Léa & n'a pas pu venir.",
                    family_informed_on="2026-11-24", family_informed_how="Par téléphone, puis chez elle <mardi>.")
    pdf = printed(record)
    text = running_text(pdf, tmp_path)
    assert "La famille n'était pas présente." in text
    assert "Pourquoi : Samira était à l'hôpital avec Léa & n'a pas pu venir." in text
    assert ("La famille a été informée de tout ce qui a été dit le 24 novembre 2026, de cette façon : "
            "Par téléphone, puis chez elle <mardi>.") in text
    assert STAYS_OPEN not in text
    for number in range(1, page_count(pdf) + 1):
        assert "Synthèse du 20/11/2026 — famille absente" in text_of(pdf, tmp_path, number)

    not_yet = running_text(printed(sample(family_present=False, absence_reason="", family_informed_on=None,
                                          status="ouverte")), tmp_path)
    assert flat(STAYS_OPEN) in not_yet, "visible: the meeting stays open until the family has been told"
    assert "La raison de son absence n'a pas été notée." in not_yet
    assert "Compte rendu provisoire" in not_yet


@pdftotext_available
def test_the_charter_read_or_not_yet(tmp_path):
    text = running_text(printed(), tmp_path)
    assert "Charte de partage d'informations — version charte-par-defaut-2026-1" in text
    assert "Lue ensemble au début de la rencontre, le 20 novembre 2026 à 14 h 08, et reconnue par Samira Benali." in text
    record = sample()
    record["charter"].update(acknowledged_at=None, acknowledged_by=None)
    assert "Pas encore lue ensemble." in running_text(printed(record), tmp_path)


@pdftotext_available
def test_every_entry_printed_verbatim_with_its_kind_and_who_said_it(tmp_path):
    record = sample()
    record["phases"][0]["entries"][0]["text"] = WORDS
    text = running_text(printed(record), tmp_path)
    body = text[text.index("Ce qui a été dit et écrit"):text.index("En résumé : ce qui a été décidé")]
    for entry in all_entries(record):
        for line in entry["text"].split("\n"):
            assert flat(line).replace("🚗", "") in body, line  # no emoji glyph in DejaVu Sans
    assert WORDS in body, "escaped, not interpreted, and no spacing added to their words"
    assert "<vraiment>" not in body and "& qui" not in body  # that entry was replaced by WORDS
    for heading in ("Information", "Temps privé de la famille", "Décisions", "Relecture"):
        assert heading in body, heading
    for expected in ("Question — Samira Benali", "Information — Julie Martin (CAF)",
                     "Inquiétude — Élodie Marchand (Territoire de solidarité Nord)",
                     "Ressource — Françoise Morel", "Noté par Élodie Marchand (Territoire de solidarité Nord)",
                     "Proposition — Julie Martin (CAF)", "Décision — ensemble",
                     "Désaccord — Samira Benali"):
        assert expected in body, expected
    assert "Noté par ensemble" not in body and "Dit par ensemble" not in text
    # the phases in the order of the record, entries in their order
    positions = [body.index(flat(e["text"].split("\n")[0])[:40]) for e in all_entries(record)]
    assert positions == sorted(positions)


@pdftotext_available
def test_private_time_entries_are_marked(tmp_path):
    record = sample()
    text = running_text(printed(record), tmp_path)
    private = [e for e in all_entries(record) if e["private"]]
    assert all(e["phase"] == PRIVATE_TIME for e in private)
    assert text.count(PRIVATE_MARK) == len(private)
    first = flat(private[0]["text"].split("\n")[-1])
    assert text.index(first) < text.index(PRIVATE_MARK)


@pdftotext_available
def test_decisions_name_the_action_they_became_and_are_summed_up(tmp_path):
    record = sample()
    text = running_text(printed(record), tmp_path)
    line = ("→ Devenue une action du projet : Appeler le bailleur pour demander où en est la mutation — "
            "Samira Benali")
    assert text.count(line) == 2, "under the decision, and in the summary"
    assert "→ Devenue une action du projet : Vérifier le calcul des droits CAF — Julie Martin (CAF)" in text
    summary = text[text.index("En résumé : ce qui a été décidé"):text.index("En résumé : les désaccords")]
    for entry in entries_of_kind(record, DECISION):
        assert flat(entry["text"]) in summary
    assert "Dit par Julie Martin (CAF)" in summary and "Écrit ensemble" in summary
    disagreements = text[text.index("En résumé : les désaccords"):text.index("Relecture avec la famille")]
    for entry in entries_of_kind(record, DISAGREEMENT):
        assert flat(entry["text"]) in disagreements and "Dit par Samira Benali" in disagreements


@pdftotext_available
def test_no_decision_and_no_disagreement_say_so(tmp_path):
    record = sample()
    for phase in record["phases"]:
        phase["entries"] = [e for e in phase["entries"] if e["kind"] not in (DECISION, DISAGREEMENT)]
    text = running_text(printed(record), tmp_path)
    assert NO_DECISION in text and flat(NO_DISAGREEMENT) in text


@pdftotext_available
def test_the_read_back_validated_disagreed_or_not_yet(tmp_path):
    text = running_text(printed(), tmp_path)
    assert "La famille a relu ce compte rendu et l'a validé par Samira Benali le 20 novembre 2026." in text
    disagreed = sample(validation={"validated": False, "by": "Karim Benali", "on": "2026-11-21",
                                   "comment": "Ce n'est pas ce que j'ai dit sur Théo & je veux le corriger."})
    text = running_text(printed(disagreed), tmp_path)
    assert "n'est pas d'accord avec ce qui est écrit (dit par Karim Benali le 21 novembre 2026)." in text
    assert "Son désaccord, avec ses mots : Ce n'est pas ce que j'ai dit sur Théo & je veux le corriger." in text
    not_yet = sample(validation={"validated": None, "by": "", "on": None, "comment": ""})
    assert flat(NOT_READ_BACK) in running_text(printed(not_yet), tmp_path)


@pdftotext_available
def test_the_next_meeting_is_proposed_never_a_deadline(tmp_path):
    for record in (sample(), sample(next_meeting_on=None, plan_version=None)):
        text = running_text(printed(record), tmp_path).lower()
        for word in ("échéance", "avant le", "date limite", "au plus tard", "délai"):
            assert word not in text, word
    text = running_text(printed(), tmp_path)
    assert "Prochaine rencontre proposée : 19 février 2027 (une date proposée, que l'on peut changer" in text
    assert "projet pour la famille : version 3." in text
    none = running_text(printed(sample(next_meeting_on=None, plan_version=None)), tmp_path)
    assert "la date sera choisie ensemble" in none and "version" not in none.split("La suite")[1]


@pdftotext_available
def test_footer_note_and_page_numbers_on_every_page(tmp_path):
    pdf = printed()
    total = page_count(pdf)
    assert total >= 2
    for number in range(1, total + 1):
        page = text_of(pdf, tmp_path, number)
        assert PRESENT_NOTE in page, number
        assert f"refparcours {__version__} — imprimé le 23/11/2026 — page {number} / {total}" in page
        assert ("Compte rendu de la synthèse — Famille Benali-Morel (suite)" in page) == (number > 1)


def test_body_type_is_at_least_twelve_points():
    from refparcours.documents.synthesis import _RecordPrinter

    printer = _RecordPrinter(sample())
    for style in (printer.s.body, printer.s.quote, printer.s.bullet, printer.head, printer.action_line):
        assert style.fontSize >= 12, style.name
    assert printer.note.fontSize >= 11


# -- what goes wrong gracefully ----------------------------------------------------------------


@pdftotext_available
def test_a_meeting_with_no_entries_prints_a_kind_sentence(tmp_path):
    record = sample(phases=[], validation={"validated": None}, status="preparee", next_meeting_on=None,
                    plan_version=None, participants=[], opened_at=None, closed_at=None, family_present=None)
    record["charter"] = {"version": "", "title": "", "acknowledged_at": None, "acknowledged_by": None}
    pdf = printed(record)
    text = running_text(pdf, tmp_path)
    assert flat(NO_ENTRY) in text and NO_DECISION in text
    assert "Synthèse du 20/11/2026 — présence de la famille non notée — compte rendu provisoire" in text_of(
        pdf, tmp_path, 1)
    assert printed({}).startswith(b"%PDF-")
    assert invitation({}).startswith(b"%PDF-")


@pdftotext_available
def test_a_twenty_thousand_character_entry_flows_over_several_pages(tmp_path):
    sentence = "On a beaucoup de choses à dire sur le logement & l'école de Léa <vraiment>. "
    words = (sentence * 400)[:20_000].rstrip()
    record = sample()
    record["phases"][0]["entries"][1]["text"] = words + "\nFin de ce que nous avions à dire."
    pdf = printed(record)
    total = page_count(pdf)
    assert total >= 6
    text = running_text(pdf, tmp_path)
    assert flat(words) in text, "every word, nothing cut"
    assert "Fin de ce que nous avions à dire." in text
    for number in (1, total // 2, total):
        assert PRESENT_NOTE in text_of(pdf, tmp_path, number)
    # and as a decision, printed twice (under its phase and in the summary)
    record["phases"][2]["entries"][0]["text"] = "é" * 20_000
    assert printed(record).startswith(b"%PDF-")


@pdftotext_available
def test_arabic_script_emoji_and_control_characters_do_not_break_printing(tmp_path):
    record = sample()
    record["dossier"]["label"] = "Famille بن علي 🌻"
    record["participants"][0]["name"] = "سميرة بن علي 🙂"
    record["phases"][0]["entries"][0]["text"] = "Nous 👨‍👩‍👧 voulons\x00 rester\x07 ensemble."
    record["phases"][0]["entries"][0]["speaker"] = "سميرة"
    record["agenda"] = "Le logement 🏠\x07 d'abord."
    assert printed(record).startswith(b"%PDF-")
    assert invitation(record, recipient="نور 🌙").startswith(b"%PDF-")
    assert "voulons rester ensemble." in running_text(printed(record), tmp_path)
    info = re.search(rb"/Author .*?/Trapped", printed(record), re.S)
    assert b"Famille" not in info.group(0)


def test_missing_optional_fields_and_strange_values_still_print():
    record = sample(participants=[{"name": None}, {"side": "inconnu", "present": "oui"}, "pas un dict"],
                    phases=[{"key": "x", "entries": [{"kind": "autre", "text": None, "author": None,
                                                      "action": {"what": None, "who": "Karim"}}]}, None],
                    validation=None, charter=None, referent=None, planned_on="bientôt", planned_time="après midi",
                    kind="inconnu", family_present=False, family_informed_on="pas une date")
    assert printed(record).startswith(b"%PDF-")
    assert invitation(record).startswith(b"%PDF-")


# -- the invitation ----------------------------------------------------------------------------


@pdftotext_available
def test_invitation_carries_the_agenda_verbatim_and_what_the_family_may_expect(tmp_path):
    pdf = invitation(recipient="Julie Martin (CAF)")
    assert page_count(pdf) == 1
    text = running_text(pdf, tmp_path)
    for expected in ("Invitation à la synthèse", "Pour : Julie Martin (CAF)", "Avec : Famille Benali-Morel",
                     "Quand : le vendredi 20 novembre 2026 à 14 h", flat(PLACE) + " (lieu choisi par la famille)",
                     "Écrit par la famille, avec ses mots (Samira Benali) :",
                     "Votre référent de parcours : Élodie Marchand",
                     "Pour le joindre : 05 55 12 34 56 — elodie.marchand@exemple.fr"):
        assert expected in text, expected
    for line in AGENDA.split("\n"):
        assert flat(line) in text, line
    assert "<c'est le plus urgent pour nous>" in text
    assert "personne de votre choix" in text and "Rien ne sera décidé sans vous." in text
    for note in FAMILY_NOTES:
        assert flat(note) in text, note
    for number in range(1, page_count(pdf) + 1):
        assert "Invitation — Synthèse du 20/11/2026" in text_of(pdf, tmp_path, number)


@pdftotext_available
def test_invitation_lists_who_is_invited_not_who_came_uninvited(tmp_path):
    text = running_text(invitation(), tmp_path)
    part = text[text.index("Qui est invité"):text.index("Ce dont nous parlerons")]
    assert "La famille : Samira Benali, Karim Benali" in part
    assert "Invités de la famille : Françoise Morel" in part
    assert "Professionnels : Élodie Marchand (Territoire de solidarité Nord), Julie Martin (CAF), Dr Aurélien" in part
    assert "Yanis Haddad" not in text and "Mission locale" not in text
    assert "Pour :" not in text.split("Avec")[0], "no recipient: no 'Pour' line"


@pdftotext_available
def test_invitation_without_agenda_and_with_a_long_one(tmp_path):
    assert flat(NO_AGENDA) in running_text(invitation(sample(agenda="")), tmp_path)
    long_agenda = "\n".join(f"Point n° {n} : parler de ce qui compte pour nous & pour les enfants." for n in range(25))
    pdf = invitation(sample(agenda=long_agenda))
    assert page_count(pdf) <= 2
    text = running_text(pdf, tmp_path)
    assert all(flat(line) in text for line in long_agenda.split("\n"))
    assert "le lieu sera choisi par la famille" in running_text(invitation(sample(place="")), tmp_path)
    commission = running_text(invitation(sample(kind="commission")), tmp_path)
    assert "Invitation à l'examen en commission" in commission
