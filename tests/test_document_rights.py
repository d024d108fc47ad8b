"""The printed documents of the family's rights: the information before consenting, the
charter for a partner to sign, the list of what was shared, and the access export. No Qt.

Checks on the printed text use poppler's ``pdftotext`` and are skipped where it is missing."""

from __future__ import annotations

import copy
import re
from datetime import UTC, date, datetime


from refparcours.consent import INFO_CATEGORIES, LEGAL_GROUNDS, MEDIA, PROFESSIONAL_CATEGORIES, SECURITY_MEASURES
from refparcours.documents.common import long_date
from refparcours.documents.rights import (
    ACCESS_INTRO,
    ADDRESS_PROTECTED,
    CHARTER_COMMITMENT,
    NO_CONSENT,
    NO_CORRECTION,
    NO_MEETING,
    NO_PLAN,
    NO_SCREENING,
    NO_SHARING,
    NO_VERSION,
    RECEIPT_OFFERED,
    RIGHTS,
    _Writer,
    access_export_pdf,
    charter_for_signature_pdf,
    consent_information_pdf,
    sharing_log_pdf,
)
from refparcours.documents.rights_sample import (
    ADDRESS,
    CONSENT_PURPOSE,
    FAMILY_WORDS,
    JUSTIFICATION,
    WITHDRAWN_HOW,
    sample_access_export,
)
from refparcours.documents.synthesis_sample import NOUR
from refparcours.meeting import load_charter
from tests import pdf_helpers
from tests.pdf_helpers import A4_MEDIABOX, page_count, pdftotext_available, text_of

PRINTED = date(2026, 11, 23)
ACCESS_NOTE = "Accès aux données — Samira Benali — 22 novembre 2026"
WORDS = "Œuvre & « <b>pas du gras</b> » : on veut décider nous-mêmes ; d'accord ?"
SECTIONS = ("Vous", "Votre dossier", "Vos accords de partage", "Ce qui a été partagé", "Votre projet",
            "Les rencontres", "Les repérages", "Les corrections")



def flat(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def local_moment(at: datetime) -> str:
    """How a moment stored in UTC prints: local date and hour, "20 octobre 2026 à 15 h 42"."""
    moment = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()
    return f"{long_date(moment.date())} à {moment.hour} h" + (f" {moment.minute:02d}" if moment.minute else "")


def access(export=None) -> bytes:
    return access_export_pdf(export if export is not None else sample_access_export(), printed_on=PRINTED)


def information(**changes) -> bytes:
    options = {"family_label": "Famille Benali-Morel", "person_name": "Samira Benali", "referent": "Élodie Marchand",
               "charter_version": "charte-par-defaut-2026-1", **changes}
    return consent_information_pdf(printed_on=PRINTED, **options)


def charter_pdf(**options) -> bytes:
    return charter_for_signature_pdf(load_charter(), printed_on=PRINTED, **options)


def log_pdf(rows=None) -> bytes:
    rows = sample_access_export()["sharing_log"] if rows is None else rows
    return sharing_log_pdf(family_label="Famille Benali-Morel", rows=rows, printed_on=PRINTED)


def running_text(pdf: bytes, tmp_path) -> str:
    return pdf_helpers.running_text(pdf, tmp_path, r"^Accès aux données — |^Charte de partage d'informations — "
                                                   r"version |.*\(suite\)$")


def empty_export() -> dict:
    return {"format": 1, "exported_on": "2026-11-22",
            "person": {"id": "p9", "first_name": "Léa", "last_name": "Benali", "birth_date": None, "role": "enfant",
                       "relation": "", "trusted_person": False},
            "dossier": {"id": "d9", "label": "Famille Benali", "referent": "", "address": "",
                        "address_protected": False},
            "plans": [], "meetings": [], "screenings": [], "consents": [], "sharing_log": [], "corrections": []}


# -- the files themselves ----------------------------------------------------------------------


def test_a4_embedded_font_same_bytes_and_no_name_in_the_properties():
    for make in (access, information, charter_pdf, log_pdf):
        pdf = make()
        assert pdf.startswith(b"%PDF-") and A4_MEDIABOX.search(pdf)
        assert b"/FontFile2" in pdf and b"DejaVuSans" in pdf
        assert pdf == make(), "same data, same bytes"
        info = re.search(rb"/Author .*?/Trapped", pdf, re.S)
        assert info
        for name in (b"Samira", b"Benali", b"Marchand", b"Haute-Vienne"):
            assert name not in info.group(0), (make.__name__, name)
    partner = charter_pdf(partner_name="CAF de la Haute-Vienne")
    assert b"Haute-Vienne" not in re.search(rb"/Author .*?/Trapped", partner, re.S).group(0)


def test_type_is_large_enough():
    writer = _Writer()
    for style in (writer.s.body, writer.line, writer.detail, writer.quote, writer.domain_bullet, writer.box):
        assert style.fontSize >= 12


def test_the_sample_covers_what_the_documents_must_print():
    export = sample_access_export()
    consents = export["consents"]
    assert any(c["withdrawn_on"] for c in consents) and any(not c["withdrawn_on"] for c in consents)
    assert any(c["basis"] == "fondement_legal" and c["legal_ground"] in LEGAL_GROUNDS for c in consents)
    assert len(export["sharing_log"]) >= 3 and {r["copy"] for r in export["sharing_log"]} == {"famille", "partenaire"}
    assert any(r["address_included"] for r in export["sharing_log"])
    assert len(export["plans"][0]["versions"]) >= 2 and export["plans"][0]["current"]["network"] == []
    assert len(export["plans"][0]["current"]["household"]) == 1
    assert export["meetings"] and export["screenings"][0]["proposal"] and export["screenings"][0]["designation"]
    assert len(export["corrections"]) >= 3 and any(c["new_value"] == NOUR for c in export["corrections"])
    assert sample_access_export() == export, "deterministic"


# -- the access export -------------------------------------------------------------------------


@pdftotext_available
def test_every_section_is_present_in_order(tmp_path):
    pdf = access()
    lines = [flat(line) for line in pdf_helpers.raw_text(pdf, tmp_path).splitlines()]
    positions = [lines.index(title) for title in SECTIONS]
    assert positions == sorted(positions)
    text = running_text(pdf, tmp_path)
    assert "Tout ce qui est enregistré à votre sujet" in text
    assert flat(ACCESS_INTRO) in text
    assert "Pour : Samira Benali" in text and "Dossier : Famille Benali-Morel" in text


@pdftotext_available
def test_the_footer_note_is_on_every_page(tmp_path):
    pdf = access()
    total = page_count(pdf)
    assert total >= 3
    for number in range(1, total + 1):
        page = text_of(pdf, tmp_path, number)
        assert ACCESS_NOTE in page, number
        assert f"page {number} / {total}" in page


@pdftotext_available
def test_you_and_your_file_with_the_address_and_its_protection(tmp_path):
    text = running_text(access(), tmp_path)
    for expected in ("Prénom : Samira", "Nom : Benali", "Date de naissance : 14 mars 1988",
                     "Place dans le foyer : Adulte", "Lien dans la famille : mère",
                     "Où en est le dossier : Accompagnement en cours", "Ouvert le 10 septembre 2026",
                     f"Adresse : {ADDRESS}, 87200 Saint-Junien", flat(ADDRESS_PROTECTED)):
        assert expected in text, expected
    export = sample_access_export()
    export["dossier"]["address_protected"] = False
    assert "protégée" not in running_text(access(export), tmp_path)


@pdftotext_available
def test_people_s_words_are_printed_verbatim_everywhere(tmp_path):
    export = sample_access_export()
    current = export["plans"][0]["current"]
    current["demande"][0]["text"] = WORDS + "\nDeuxième ligne."
    export["meetings"][0]["phases"][0]["entries"][0]["text"] = WORDS
    export["consents"][0]["justification"] = WORDS
    export["corrections"][0]["new_value"] = WORDS
    export["sharing_log"][0]["purpose"] = WORDS
    export["screenings"][0]["professional_reason"] = WORDS
    text = running_text(access(export), tmp_path)
    assert text.count(WORDS) >= 6, "escaped, not interpreted, and no spacing added to their words"
    for expected in (CONSENT_PURPOSE, flat(JUSTIFICATION), FAMILY_WORDS, current["point_de_vue"][0]["text"],
                     "Deuxième ligne."):
        assert flat(expected) in text, expected
    for entry in (e for phase in export["meetings"][0]["phases"] for e in phase["entries"]):
        for line in entry["text"].split("\n"):
            assert flat(line).replace("🚗", "").strip() in text, line  # no emoji glyph in DejaVu Sans


@pdftotext_available
def test_consents_and_the_legal_ground(tmp_path):
    text = running_text(access(), tmp_path)
    part = text[text.index("Vos accords de partage"):text.index("Ce qui a été partagé")]
    assert "Votre accord, donné le 15 septembre 2026" in part
    assert "Toujours valable. Vous pouvez le retirer à tout moment." in part
    assert "Avec : CAF de la Haute-Vienne ; Mission locale & PLIE ; Caisse d'allocations familiales" in part
    assert "Recueilli : Par écrit, signé, le 15 septembre 2026, par Élodie Marchand" in part
    assert f"Pourquoi : {CONSENT_PURPOSE}" in part
    assert (f"Retiré le 5 novembre 2026 ({WITHDRAWN_HOW}). Depuis, plus rien n'est partagé sur la base de cet "
            "accord.") in part
    assert "Partage prévu par la loi, noté le 2 octobre 2026" in part
    assert f"Fondement légal : {LEGAL_GROUNDS['information_prealable']}" in part
    assert f"Justification : {flat(JUSTIFICATION)}" in part
    assert "Par : Copie papier remise en main propre ; Courrier" in part


@pdftotext_available
def test_a_withdrawn_consent_shows_its_withdrawal_and_nothing_else_is_said_withdrawn(tmp_path):
    export = sample_access_export()
    export["consents"] = [c for c in export["consents"] if not c["withdrawn_on"]]
    assert "Retiré le" not in running_text(access(export), tmp_path)
    export = sample_access_export()
    export["consents"] = [c for c in export["consents"] if c["withdrawn_on"]]
    text = running_text(access(export), tmp_path)
    assert text.count("Retiré le 5 novembre 2026") == 1 and "Toujours valable" not in text


@pdftotext_available
def test_sharing_rows_are_printed_with_recipient_basis_and_local_time(tmp_path):
    export = sample_access_export()
    for text in (running_text(access(export), tmp_path), running_text(log_pdf(), tmp_path)):
        for row in export["sharing_log"]:
            moment = local_moment(datetime.fromisoformat(row["at"]))
            assert f"{moment} — {row['document']} ({row['document_ref']})" in text
            assert f"Remis à : {row['recipient']}" in text
            assert f"Ce qui le permettait : {row['basis']}" in text
            assert f"Pourquoi : {row['purpose']}" in text
        assert "(Caisse d'allocations familiales) — copie pour un partenaire" in text
        assert "Samira Benali — copie pour la famille" in text
        assert ("L'adresse a été transmise. Pourquoi : Visite à domicile convenue avec Samira & Karim "
                "<le 3 décembre>") in text
        assert "La famille n'était pas présente. Elle en a été informée." in text
        moments = [local_moment(datetime.fromisoformat(row["at"])) for row in export["sharing_log"]]
        assert [text.index(moment) for moment in moments] == sorted(text.index(moment) for moment in moments)


@pdftotext_available
def test_the_sharing_log_takes_aware_and_naive_utc_datetimes(tmp_path):
    aware = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)
    naive = datetime(2026, 3, 1, 8, 5)
    rows = [{"at": aware, "document": "Projet pour la famille", "document_ref": "", "copy": "partenaire",
             "recipient": "Mission locale", "recipient_category": "emploi", "purpose": "", "basis": "accord de X",
             "family_present": None, "family_informed": None, "address_included": False, "address_reason": ""},
            {"at": naive, "document": "Compte rendu", "document_ref": "", "copy": "famille", "recipient": NOUR,
             "recipient_category": "", "purpose": "", "basis": "copie pour la famille", "family_present": True,
             "family_informed": None, "address_included": False, "address_reason": ""}]
    pdf = log_pdf(rows)
    text = running_text(pdf, tmp_path)
    assert f"{local_moment(aware)} — Projet pour la famille" in text
    assert f"{local_moment(naive)} — Compte rendu" in text
    assert text.index(local_moment(naive)) < text.index(local_moment(aware)), "oldest first"
    assert "Mission locale (Emploi et insertion (France Travail, mission locale))" in text
    assert "2 partages notés" in text


@pdftotext_available
def test_nothing_shared_says_so_kindly(tmp_path):
    text = running_text(log_pdf([]), tmp_path)
    assert flat(NO_SHARING) in text and "partages notés" not in text


@pdftotext_available
def test_the_plan_its_actions_and_its_versions(tmp_path):
    export = sample_access_export()
    current = export["plans"][0]["current"]
    text = running_text(access(export), tmp_path)
    part = text[text.index("Votre projet"):text.index("Les rencontres")]
    assert flat(current["demande"][0]["text"]) in part
    for action in current["actions"]:
        assert flat(action["what"]) in part, action["what"]
    assert "Qui : Julie Martin (CAF)" in part and "Où on en est : En cours" in part
    assert "Rémi Lefèvre (ne fait plus partie du réseau)" in part
    assert "Version 1 du 2 octobre 2026 — gardée lors d'une impression, pas encore adoptée." in part
    assert ("Version 2 du 20 octobre 2026 — adoptée le 20 octobre 2026 par Samira Benali et Karim Benali."
            in part)
    assert "Version 3 du 22 novembre 2026 — adoptée le 22 novembre 2026 par Samira Benali." in part
    assert "Prochain point proposé : si possible vers le 22 février 2027." in part


@pdftotext_available
def test_meetings_screenings_and_corrections(tmp_path):
    text = running_text(access(), tmp_path)
    meetings = text[text.index("Les rencontres"):text.index("Les repérages")]
    for expected in ("Synthèse du 20 novembre 2026", "Date : 20 novembre 2026 à 14 h",
                     "Samira Benali — La famille — présent·e", "Karim Benali — La famille — excusé·e",
                     "Yanis Haddad (Mission locale) — Professionnel·le — présent·e sans invitation",
                     "Question — Samira Benali", "Ressource — Françoise Morel",
                     "Noté par Élodie Marchand (Territoire de solidarité Nord)",
                     "Écrit par la famille pendant son temps privé.", "Désaccord — Samira Benali",
                     "Relecture : la famille a relu ce qui est écrit et l'a validé par Samira Benali le 20 novembre "
                     "2026."):
        assert expected in meetings, expected
    screenings = text[text.index("Les repérages"):text.index("Les corrections")]
    for expected in ("Repérage du 12 septembre 2026", "Résultat : Proposer la démarche de référent de parcours",
                     "La démarche vous a été proposée le 15 septembre 2026 (Entretien au centre social).",
                     "Votre réponse : Vous avez accepté.", f"Vos mots : {FAMILY_WORDS}",
                     "Votre référent de parcours : Élodie Marchand, choisi le 25 septembre 2026 par la famille."):
        assert expected in screenings, expected
    corrections = text[text.index("Les corrections"):]
    assert "Vous — Prénom Avant : Samirah Après : Samira" in corrections
    assert f"Votre dossier — Adresse Avant : 12 rue des Ecoles Après : {ADDRESS}" in corrections
    assert "Vous — Lien dans la famille Avant : (vide) Après : mère" in corrections
    moment = local_moment(datetime(2026, 9, 16, 8, 30, tzinfo=UTC))
    assert f"Corrigé le {moment} par emarchand." in corrections


@pdftotext_available
def test_an_empty_export_prints_kind_sentences(tmp_path):
    pdf = access(empty_export())
    text = running_text(pdf, tmp_path)
    for sentence in (NO_CONSENT, NO_SHARING, NO_PLAN, NO_MEETING, NO_SCREENING, NO_CORRECTION):
        assert flat(sentence) in text, sentence
    assert "Place dans le foyer : Enfant" in text and "Adresse : non notée" in text
    assert "Accès aux données — Léa Benali — 22 novembre 2026" in text_of(pdf, tmp_path, 1)
    export = empty_export()
    export["plans"] = [{"current": None, "versions": []}]
    assert flat(NO_VERSION) in running_text(access(export), tmp_path)


@pdftotext_available
def test_long_texts_flow_over_several_pages(tmp_path):
    sentence = ("On voudrait un logement plus grand, près de l'école, avec une chambre pour chacun & un coin "
                "<calme> pour les devoirs. ")
    words = " ".join((sentence * 400).split()[:5000])
    export = sample_access_export()
    export["plans"][0]["current"]["demande"][0]["text"] = words + "\nFin de notre demande."
    export["meetings"][0]["phases"][0]["entries"][0]["text"] = words
    export["corrections"][0]["old_value"] = words
    pdf = access(export)
    total = page_count(pdf)
    assert total >= 25
    text = running_text(pdf, tmp_path)
    assert text.count(flat(words)) == 3, "every word, nothing cut"
    assert "Fin de notre demande." in text
    for number in (1, total // 2, total):
        assert ACCESS_NOTE in text_of(pdf, tmp_path, number)


def test_a_long_text_without_any_space_still_prints():
    export = sample_access_export()
    export["plans"][0]["current"]["demande"][0]["text"] = "é" * 35_000
    export["consents"][0]["purpose"] = "x" * 20_000
    export["sharing_log"][0]["basis"] = "y" * 20_000
    export["person"]["first_name"] = "z" * 10_000
    pdf = access(export)
    assert pdf.startswith(b"%PDF-") and page_count(pdf) >= 10
    assert information(person_name="n" * 10_000, referent="r" * 5_000).startswith(b"%PDF-")
    assert charter_pdf(partner_name="p" * 10_000).startswith(b"%PDF-")


def test_missing_fields_and_strange_values_still_print():
    strange = {"person": None, "dossier": {"state": "inconnu", "address_protected": True, "opened_on": "pas une date"},
               "plans": [{"current": {"actions": [{"who": None, "status": "?"}], "domains": [{"x": 1}],
                                      "demande": [{"text": None}]}, "versions": [{"number": None}]}],
               "meetings": [{"phases": [{"entries": [{"text": None, "author": None}]}], "participants": None}],
               "screenings": [{"proposal": {"answer": "bizarre"}, "designation": {"listed": None}}],
               "consents": [{"basis": "?", "categories": None, "recipient_partners": None}],
               "sharing_log": [{"at": "pas une date"}, {}],
               "corrections": [{"record_type": None, "changed_at": "hier"}]}
    assert access(strange).startswith(b"%PDF-")
    assert access({}).startswith(b"%PDF-")
    assert log_pdf([{"at": None}, "pas un dict"]).startswith(b"%PDF-")
    assert information(family_label="", person_name="", referent="", charter_version="").startswith(b"%PDF-")


# -- the information before consenting ---------------------------------------------------------


@pdftotext_available
def test_the_information_sheet_lists_every_category_medium_and_security_measure(tmp_path):
    text = running_text(information(), tmp_path)
    for label in (*INFO_CATEGORIES.values(), *PROFESSIONAL_CATEGORIES.values(), *MEDIA.values(),
                  *SECURITY_MEASURES, *RIGHTS):
        assert flat(label) in text, label
    assert "Pour : Samira Benali" in text and "Votre référent de parcours : Élodie Marchand" in text
    assert "version charte-par-defaut-2026-1" in text
    assert "L.1110-4" in text
    assert text.index("Les informations qui peuvent être partagées") < text.index("Avec quels professionnels") \
        < text.index("Par quels moyens") < text.index("Comment vos informations sont protégées") \
        < text.index("Vos droits") < text.index("J'ai reçu ces informations")
    assert "ont signé la charte" not in running_text(information(charter_version=""), tmp_path)


@pdftotext_available
def test_the_receipt_box_is_offered_never_required(tmp_path):
    pdf = information()
    last = text_of(pdf, tmp_path, page_count(pdf))
    assert "J'ai reçu ces informations" in last
    assert flat(RECEIPT_OFFERED) in last and "jamais obligatoire" in last
    for field in ("Nom : Samira Benali", "Remis par : Élodie Marchand", "Date :", "Signature :"):
        assert field in last, field


# -- the charter -------------------------------------------------------------------------------


@pdftotext_available
def test_the_charter_has_every_point_and_the_signature_block(tmp_path):
    charter = load_charter()
    pdf = charter_pdf(partner_name="CAF de la Haute-Vienne & co <Nord>")
    text = running_text(pdf, tmp_path)
    assert charter.title in text and f"Version : {charter.version}" in text
    positions = []
    for number, point in enumerate(charter.points, start=1):
        assert f"{number}. {flat(point)}" in text, point
        positions.append(text.index(flat(point)))
    assert positions == sorted(positions)
    block = text[text.index("Signature de la structure partenaire"):]
    assert flat(CHARTER_COMMITMENT) in block
    for field in ("Structure : CAF de la Haute-Vienne & co <Nord>", "Nom et fonction de la personne qui signe :",
                  "Date :", "Signature et cachet :"):
        assert field in block, field
    for number in range(1, page_count(pdf) + 1):
        assert f"{charter.title} — version {charter.version}" in text_of(pdf, tmp_path, number)
    blank = running_text(charter_pdf(), tmp_path)
    assert "Structure : Nom et fonction" in blank, "a blank line to fill in by hand"


@pdftotext_available
def test_a_long_charter_flows_and_keeps_its_numbers(tmp_path):
    charter = copy.copy(load_charter())
    points = tuple(f"Point n° {n} : chacun respecte la famille & ses mots <toujours>." for n in range(1, 41))
    object.__setattr__(charter, "points", points)
    pdf = charter_for_signature_pdf(charter, printed_on=PRINTED)
    assert page_count(pdf) >= 2
    text = running_text(pdf, tmp_path)
    for number, point in enumerate(points, start=1):
        assert f"{number}. {point}" in text
