"""The leaflet for families (A4 or folded A5, usual or plain language) and the one-page
"Où aller" list of the directory. No Qt.

Checks on the printed text use poppler's ``pdftotext`` and are skipped where it is missing."""

from __future__ import annotations

import re
import statistics
import subprocess
from datetime import date, timedelta

import pytest

from refparcours import __version__
from refparcours.documents.leaflet import (
    NO_CONTACT,
    OFFER,
    PLAIN_NO_CONTACT,
    PLAIN_RIGHTS,
    PLAIN_TITLE,
    REACH_LABEL,
    REFERENT_LABEL,
    RIGHTS,
    TITLE,
    WHAT_IT_IS_NOT,
    booklet_order,
    leaflet_pdf,
)
from refparcours.documents.where_to_go import NOTHING, STALE_NOTE, shorten, where_to_go_pdf
from tests import pdf_helpers
from tests.pdf_helpers import page_count, pdftotext_available, text_of

PRINTED = date(2026, 11, 23)
TERRITORY = {"territory": "Territoire de solidarité Roubaix-Tourcoing",
             "office": "Maison départementale des solidarités & co <Est>",
             "address": "24 rue de Lannoy\n59100 Roubaix", "phone": "03 20 00 00 00",
             "email": "mds.roubaix-est@exemple.fr", "hours": "Du lundi au vendredi, de 9 h à 12 h"}
REFERENT = "Élodie Marchand"
A4_PORTRAIT = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+595\.27\d*\s+841\.889\d*\s*\]")
A4_LANDSCAPE = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+841\.889\d*\s+595\.27\d*\s*\]")



def flat(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def leaflet(territory=None, **options) -> bytes:
    return leaflet_pdf(TERRITORY if territory is None else territory, printed_on=PRINTED, **options)


def running_text(pdf: bytes, tmp_path) -> str:
    return pdf_helpers.running_text(pdf, tmp_path, r".*\(suite\)$|.*— feuille \d+ / \d+, (recto|verso)")


def words(pdf: bytes, tmp_path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their box (xMin, yMin, xMax, yMax from the top left), by pdftotext."""
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    pages = []
    for page in out.stdout.decode("utf-8").split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), word) for a, b, c, d, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


def properties(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout


def sentences(text: str) -> list[int]:
    """How many words each sentence has (symbols and bullets are not words)."""
    counts = [len([w for w in s.split() if re.search(r"[^\W\d_]", w)]) for s in re.split(r"(?<=[.!?…])\s+", text)]
    return [count for count in counts if count > 1]


def booklet_pages(pdf: bytes, tmp_path) -> dict[int, str]:
    """The text of each A5 page of a booklet, by its number (each half of each sheet read on
    its own), without its number and the sheet's version line."""
    path = tmp_path / "booklet.pdf"
    path.write_bytes(pdf)
    pages = {}
    for sheet in range(1, page_count(pdf) + 1):
        for x in (0, 421):
            out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(sheet), "-l", str(sheet), "-x", str(x),
                                  "-y", "0", "-W", "421", "-H", "596", str(path), "-"], capture_output=True, check=True)
            text = out.stdout.decode("utf-8").replace("\u00a0", " ")
            number = int(re.search(r"page (\d+) / \d+", text).group(1))
            text = re.sub(r"page \d+ / \d+|refparcours .* plier au milieu", " ", text)
            pages[number] = re.sub(r"\s+", " ", text).strip()
    return pages


def booklet_text(pdf: bytes, tmp_path) -> str:
    pages = booklet_pages(pdf, tmp_path)
    return " ".join(pages[number] for number in sorted(pages))


def layout_lines(pdf: bytes, tmp_path) -> list[str]:
    """The page as it looks: one line of text per printed line, columns side by side."""
    path = tmp_path / "layout.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return [line for line in out.stdout.decode("utf-8").replace("\u00a0", " ").splitlines() if line.strip()]


# -- the leaflet: what it says -----------------------------------------------------------------


@pdftotext_available
@pytest.mark.parametrize("booklet", [False, True])
def test_the_leaflet_says_what_it_is_what_it_is_not_and_the_rights(tmp_path, booklet):
    pdf = leaflet(referent=REFERENT, booklet=booklet)
    text = booklet_text(pdf, tmp_path) if booklet else running_text(pdf, tmp_path)
    assert TITLE in text
    assert "Une seule personne, choisie avec vous" in text, "référent de parcours explained at once"
    assert OFFER in text and "C'est une proposition, jamais une obligation." in text
    for sentence in (*WHAT_IT_IS_NOT, *RIGHTS):
        assert flat(sentence) in text, sentence
    assert "rien ne change à l'aide que vous recevez déjà" in text
    assert "Vous pouvez arrêter à tout moment" in text
    assert "Rien n'est partagé sans votre accord. Vous choisissez ce qui est partagé, et avec qui." in text
    assert "Vous pouvez lire tout ce qui est écrit à votre sujet" in text
    assert "votre désaccord est écrit comme vous le dites" in text
    assert "Vous pouvez changer d'avis et retirer votre accord à tout moment." in text
    steps = ["Nous en parlons ensemble.", "Vous décidez.", "Vous choisissez votre référent de parcours,",
             "Nous écrivons votre projet ensemble,", "Les rencontres se font avec vous,",
             "Votre projet est revu régulièrement, avec vous :"]
    positions = [text.index(step) for step in steps]
    assert positions == sorted(positions), "the steps in their order"
    assert text.index("Vos droits") < text.index(REFERENT_LABEL) < text.index("Pour joindre l'équipe")


@pdftotext_available
def test_the_referent_s_name_or_blank_lines_to_write_it(tmp_path):
    text = running_text(leaflet(referent=REFERENT), tmp_path)
    assert f"{REFERENT_LABEL} {REFERENT}" in text
    assert f"{REACH_LABEL} Pour joindre l'équipe" in text, "a blank line for the way to reach them"
    for pdf in (leaflet(), leaflet(plain=True)):
        blank = running_text(pdf, tmp_path)
        assert REFERENT not in blank
        assert f"{REFERENT_LABEL} {REACH_LABEL}" in blank, "nothing printed: lines to fill in by hand"
    for pdf in (leaflet(booklet=True), leaflet(plain=True, booklet=True)):
        blank = booklet_text(pdf, tmp_path)
        assert REFERENT not in blank
        assert f"{REFERENT_LABEL} {REACH_LABEL}" in blank, "nothing printed: lines to fill in by hand"
    odd = running_text(leaflet(referent="Zoé & <Jean>"), tmp_path)
    assert f"{REFERENT_LABEL} Zoé & <Jean>" in odd


@pdftotext_available
def test_the_territory_s_details_and_only_those(tmp_path):
    text = running_text(leaflet(), tmp_path)
    for expected in ("Territoire de solidarité Roubaix-Tourcoing", "Maison départementale des solidarités & co <Est>",
                     "24 rue de Lannoy 59100 Roubaix", "Téléphone : 03 20 00 00 00",
                     "Courriel : mds.roubaix-est@exemple.fr", "Horaires : Du lundi au vendredi, de 9 h à 12 h"):
        assert expected in text, expected
    assert flat(NO_CONTACT) not in text

    some = running_text(leaflet({"phone": "03 20 11 11 11", "hours": None, "territory": ""}), tmp_path)
    assert "Téléphone : 03 20 11 11 11" in some
    for absent in ("Courriel :", "Horaires :", "Adresse", "None", flat(NO_CONTACT)):
        assert absent not in some, absent

    for pdf in (leaflet({}), leaflet({"territory": "Territoire Nord", "office": " ", "email": ""})):
        nothing = running_text(pdf, tmp_path)
        assert flat(NO_CONTACT) in nothing
        assert "Téléphone :" not in nothing and "Courriel :" not in nothing
    plain = running_text(leaflet({}, plain=True), tmp_path)
    assert all(flat(line) in plain for line in PLAIN_NO_CONTACT)
    assert leaflet(None).startswith(b"%PDF-") and leaflet({"phone": 3320, "hours": ["?"]}).startswith(b"%PDF-")


@pdftotext_available
def test_no_name_in_the_pdf_properties(tmp_path):
    for options in ({}, {"plain": True}, {"booklet": True}, {"plain": True, "booklet": True}):
        info = properties(leaflet(referent=REFERENT, **options), tmp_path)
        assert "Plaquette d'information" in info
        assert "Élodie" not in info and "Marchand" not in info, options
    structures = [structure("CCAS de Roubaix")]
    info = properties(where_to_go_pdf(commune="Roubaix", domain_label="Logement", structures=structures,
                                      family_label="Famille Benali", printed_on=PRINTED, today=PRINTED), tmp_path)
    assert "Benali" not in info and "Où aller" in info


def test_the_same_data_give_the_same_bytes():
    for options in ({}, {"plain": True, "booklet": True}):
        assert leaflet(referent=REFERENT, **options) == leaflet(referent=REFERENT, **options)


# -- the leaflet: A4, plain language -----------------------------------------------------------


@pdftotext_available
def test_a4_leaflet_is_one_or_two_portrait_pages_with_the_usual_footer(tmp_path):
    for options in ({}, {"referent": REFERENT}, {"plain": True}):
        pdf = leaflet(**options)
        pages = page_count(pdf)
        assert 1 <= pages <= 2, options
        assert len(A4_PORTRAIT.findall(pdf)) == pages
        for number in range(1, pages + 1):
            assert f"refparcours {__version__} — imprimé le 23/11/2026 — page {number} / {pages}" in text_of(
                pdf, tmp_path, number)


@pdftotext_available
def test_plain_language_is_larger_shorter_and_has_a_symbol_per_section(tmp_path):
    usual, plain = leaflet(), leaflet(plain=True)
    usual_text, plain_text = running_text(usual, tmp_path), running_text(plain, tmp_path)
    assert PLAIN_TITLE in plain_text
    for line in ("C'est une proposition.", "Ce n'est pas une obligation.", "Ce n'est pas un contrôle.",
                 "Vous pouvez dire non.", "Vous pouvez arrêter quand vous voulez.", *PLAIN_RIGHTS):
        assert line in plain_text, line
    for symbol in ("?", "✔", "➜", "⚖", "☺", "☎", "①", "⑥"):
        assert symbol in plain_text, symbol

    def counts(text: str) -> list[int]:
        return sentences(text[text.index("Plusieurs professionnels"):text.index(REFERENT_LABEL)])

    assert statistics.median(counts(plain_text)) <= 6 < statistics.median(counts(usual_text))
    assert max(counts(plain_text)) <= 12 < max(counts(usual_text))

    def body_size(pdf: bytes) -> float:
        # A word's box is as tall as its type: the most common height is the body's.
        heights = [round(y1 - y0, 1) for page in words(pdf, tmp_path) for _, y0, _, y1, _ in page]
        return statistics.mode(heights)

    assert body_size(plain) >= 14 and body_size(usual) < 13
    assert body_size(leaflet(plain=True, booklet=True)) >= 14


# -- the booklet -------------------------------------------------------------------------------


def test_booklet_order():
    assert booklet_order(4) == [(4, 1), (2, 3)]
    assert booklet_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    for pages in (4, 8, 12):
        sides = booklet_order(pages)
        assert sorted(n for side in sides for n in side) == list(range(1, pages + 1))
        for front, back in zip(sides[::2], sides[1::2], strict=True):
            assert front[0] + front[1] == back[0] + back[1] == pages + 1, "facing pages of one fold"


def page_numbers(pdf: bytes, tmp_path) -> list[tuple[int, int]]:
    """Each sheet side's A5 page numbers, left then right, from where "page N / M" prints."""
    sides = []
    for page in words(pdf, tmp_path):
        found = {}
        for index, (x0, _, _, _, word) in enumerate(page):
            if word == "page" and index + 3 < len(page) and page[index + 2][4] == "/":
                found["left" if x0 < 841.89 / 2 else "right"] = int(page[index + 1][4])
        sides.append((found["left"], found["right"]))
    return sides


@pdftotext_available
def test_the_booklet_is_a4_landscape_in_booklet_order(tmp_path):
    pdf = leaflet(referent=REFERENT, booklet=True)
    assert page_count(pdf) == 2 and len(A4_LANDSCAPE.findall(pdf)) == 2
    assert page_numbers(pdf, tmp_path) == [(4, 1), (2, 3)]
    sheets = words(pdf, tmp_path)
    for side in sheets:
        assert not [w for w in side if w[0] < 841.89 / 2 < w[2]], "nothing crosses the fold"
    front = text_of(pdf, tmp_path, 1)
    assert front.index(REFERENT_LABEL) < front.index(TITLE), "the back cover (référent, office) left of page 1"
    for number, side in ((1, "recto"), (2, "verso")):
        assert f"refparcours {__version__} — imprimé le 23/11/2026 — feuille 1 / 1, {side}" in text_of(
            pdf, tmp_path, number)
        assert text_of(pdf, tmp_path, number).count("imprimé le") == 1, "once per side of a sheet"


@pdftotext_available
def test_a_longer_booklet_has_eight_pages_and_the_back_cover_stays_last(tmp_path):
    long = {key: "Un texte assez long " * 19 for key in TERRITORY}
    pdf = leaflet(long, referent="Marie-Françoise de La Tour d'Auvergne", plain=True, booklet=True)
    assert page_count(pdf) == 4 and len(A4_LANDSCAPE.findall(pdf)) == 4
    assert page_numbers(pdf, tmp_path) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    pages = booklet_pages(pdf, tmp_path)
    assert pages[1].startswith(PLAIN_TITLE)
    assert pages[8].endswith("Toutes les questions sont bonnes."), "the back cover stays the last page"
    assert any(text == "Mes questions" for text in pages.values()), "a page for the family's notes, not a blank one"
    assert "Marie-Françoise de La Tour d'Auvergne" in " ".join(pages.values())


# -- où aller ----------------------------------------------------------------------------------


def structure(name: str, *, verified_on=PRINTED - timedelta(days=30), **changes) -> dict:
    values = {"name": name, "kind": "association", "address": "3 rue du Collège", "postal_code": "59100",
              "commune": "Roubaix", "hours": "Mardi 9 h – 12 h\nJeudi 14 h – 17 h",
              "access": "Gratuit, sur rendez-vous", "contact_name": "Mme Durand", "phone": "03 20 00 33 44",
              "email": "contact@exemple.org", "verified_on": verified_on,
              "description": "Des juristes répondent gratuitement à vos questions sur le logement."}
    return values | changes


def where(structures, **options) -> bytes:
    return where_to_go_pdf(commune="Roubaix", domain_label="Logement", structures=structures, printed_on=PRINTED,
                           today=PRINTED, **options)


@pdftotext_available
def test_where_to_go_prints_each_service(tmp_path):
    pdf = where([structure("ADIL du Nord"), structure("CCAS & co <Roubaix>", kind="institution", email="")],
                family_label="Famille Benali")
    assert page_count(pdf) == 1 and len(A4_PORTRAIT.findall(pdf)) == 1
    text = text_of(pdf, tmp_path)
    assert "Où aller à Roubaix pour : Logement" in text and "Pour : Famille Benali" in text
    for expected in ("ADIL du Nord — Association", "CCAS & co <Roubaix> — Institution",
                     "Des juristes répondent gratuitement à vos questions sur le logement.",
                     "Adresse : 3 rue du Collège, 59100 Roubaix", "Horaires : Mardi 9 h – 12 h ; Jeudi 14 h – 17 h",
                     "Accès : Gratuit, sur rendez-vous", "Téléphone : 03 20 00 33 44",
                     "Courriel : contact@exemple.org", "Vérifié le 24/10/2026",
                     f"refparcours {__version__} — imprimé le 23/11/2026 — page 1 / 1"):
        assert expected in text, expected
    assert text.count("Courriel :") == 1 and "autres lieux" not in text and "autre lieu" not in text
    assert text.index("ADIL du Nord") < text.index("CCAS"), "in the order given"
    assert "À vérifier" not in text and flat(STALE_NOTE) not in text


@pdftotext_available
def test_forty_services_fit_one_page_and_the_rest_is_counted(tmp_path):
    services = [structure(f"Service numéro {n}", description="Accueil, écoute et aide pour les démarches. " * 8)
                for n in range(1, 41)]
    pdf = where(services)
    assert page_count(pdf) == 1
    text = text_of(pdf, tmp_path)
    shown = len(re.findall(r"Service numéro \d+ —", text))
    assert 3 <= shown < 40
    assert [int(n) for n in re.findall(r"Service numéro (\d+) —", text)] == list(range(1, shown + 1))
    assert (f"Il y a encore {40 - shown} autres lieux : votre référent de parcours peut vous les montrer."
            in text)
    assert "…" in text, "long descriptions are shortened, and say so"
    one_more = where(services[:shown + 1])
    assert page_count(one_more) == 1
    assert "Il y a encore 1 autre lieu : votre référent de parcours peut vous le montrer." in text_of(
        one_more, tmp_path)


@pdftotext_available
def test_long_texts_are_cut_between_words(tmp_path):
    description = " ".join(f"mot{n}" for n in range(400))
    pdf = where([structure("Nom " * 100, description=description, hours="Lundi " * 200, access="x" * 3000)])
    assert page_count(pdf) == 1
    text = text_of(pdf, tmp_path)
    cut = re.search(r"(mot\d+ )+mot(\d+)…", text)
    assert cut and int(cut.group(2)) < 399
    for word in re.findall(r"\S*mot\d+\S*", text):
        assert re.fullmatch(r"mot\d+…?", word), word
    assert "Horaires : Lundi" in text and re.search(r"Lundi…", text)


def test_shorten_never_cuts_a_word():
    text = "Aide aux démarches de logement, recherche et visite"
    for limit in range(5, len(text)):
        short, cut = shorten(text, lambda candidate, limit=limit: len(candidate) <= limit)
        assert cut and short.endswith("…") and len(short) <= limit
        assert text.startswith(short[:-1]) and text[len(short) - 1] in " ,", short
    assert shorten(text, lambda candidate: True) == (text, False)
    assert shorten("mot1 mot2 mo", lambda candidate: True, whole=False) == ("mot1 mot2…", True)


@pdftotext_available
def test_stale_services_are_marked_to_check(tmp_path):
    old = PRINTED - timedelta(days=366)
    just = PRINTED - timedelta(days=365)
    pdf = where([structure("Ancien", verified_on=old), structure("Jamais vérifié", verified_on=None),
                 structure("Juste un an", verified_on=just.isoformat()), structure("Récent")])
    text = text_of(pdf, tmp_path)
    assert text.count("À vérifier") == 3, "two services and the note"
    lines = layout_lines(pdf, tmp_path)

    def band(name: str) -> str:  # the line of a service's name: the check is printed beside it
        return flat(next(line for line in lines if line.lstrip().startswith(name)))

    assert band("Ancien").endswith("— Association À vérifier")
    assert band("Jamais vérifié").endswith("— Association À vérifier")
    assert band("Juste un an").endswith(f"— Association Vérifié le {just:%d/%m/%Y}")
    assert band("Récent").endswith(f"Vérifié le {PRINTED - timedelta(days=30):%d/%m/%Y}")
    assert flat(STALE_NOTE) in text


@pdftotext_available
def test_no_service_prints_a_kind_sentence(tmp_path):
    for structures in ([], None, [{"name": ""}, "pas un dict"]):
        pdf = where(structures)
        assert page_count(pdf) == 1
        text = text_of(pdf, tmp_path)
        assert flat(NOTHING) in text and "Voici des lieux" not in text
    bare = text_of(where_to_go_pdf(commune="", domain_label="", structures=[{"name": "Seul"}], printed_on=PRINTED,
                                   today=PRINTED), tmp_path)
    assert "Où aller Voici" in bare and "Seul" in bare and "À vérifier" in bare
    assert "Adresse :" not in bare and "Téléphone :" not in bare
