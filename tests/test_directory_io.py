"""Reading the offices' spreadsheets into the directory, and safe exports. No Qt, no database:
every file is built here."""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refparcours.directory import FIELDS, check_structure, duplicate_key
from refparcours.directory_io import (
    MAX_FILE_BYTES,
    ImportFileError,
    ImportReport,
    ImportRow,
    RowError,
    check_mapping,
    export_csv,
    guess_mapping,
    protect_cell,
    read_table,
    read_table_file,
    unprotect_cell,
    validate_rows,
    write_export,
)
from refparcours.ppf import load_domains

TODAY = date(2026, 11, 22)
DOMAINS = {d.key: d.label for d in load_domains().domains}


def import_bytes(data: bytes, name: str = "annuaire.csv", existing=None, progress=None):
    table = read_table(data, name)
    mapping = guess_mapping(table.header)
    return table, validate_rows(table, mapping, DOMAINS, TODAY, existing or {}, progress)


# -- encodings and separators --------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_separators_are_sniffed(delimiter):
    text = delimiter.join(["Nom", "Ville", "Téléphone"]) + "\r\n" + delimiter.join(
        ["Mission locale", "Roubaix", "03 20 00 00 00"]) + "\r\n" + delimiter.join(
        ["CCAS", "Tourcoing", "03 20 11 11 11"]) + "\r\n"
    table = read_table(text.encode("utf-8"), "a.csv")
    assert table.delimiter == delimiter
    assert table.header == ["Nom", "Ville", "Téléphone"]
    assert table.rows == [(2, ["Mission locale", "Roubaix", "03 20 00 00 00"]),
                          (3, ["CCAS", "Tourcoing", "03 20 11 11 11"])]


def test_commas_inside_a_semicolon_file_do_not_fool_the_sniffer():
    text = "Nom;Adresse;Ville\nCCAS;1, rue de la Paix;Roubaix\nCAF;2, place, bâtiment B;Lille\n"
    table = read_table(text.encode(), "a.csv")
    assert table.delimiter == ";"
    assert table.rows[0][1] == ["CCAS", "1, rue de la Paix", "Roubaix"]


def test_comma_file_with_quoted_semicolons():
    text = 'Nom,Horaires,Ville\n"Épicerie solidaire","lun; mar; jeu",Wattrelos\nCCAS,"9h-12h",Roubaix\n'
    table = read_table(text.encode(), "a.csv")
    assert table.delimiter == ","
    assert table.rows[0][1] == ["Épicerie solidaire", "lun; mar; jeu", "Wattrelos"]


def test_excel_sep_hint_line():
    table = read_table(b"sep=,\nNom;x,Ville\nA;b,Roubaix\n", "a.csv")
    assert table.delimiter == ","
    assert table.header == ["Nom;x", "Ville"]
    assert table.rows == [(2, ["A;b", "Roubaix"])]


@pytest.mark.parametrize("encoding, expected", [("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"),
                                                ("cp1252", "cp1252")])
def test_encodings(encoding, expected):
    text = "Nom;Ville;Description\r\nŒuvre de la Sœur Émilie;Hénin;« Cœur » à l'écoute\r\n"
    table = read_table(text.encode(encoding), "a.csv")
    assert table.encoding == expected
    assert table.header == ["Nom", "Ville", "Description"]  # no BOM glued to "Nom"
    assert table.rows[0][1] == ["Œuvre de la Sœur Émilie", "Hénin", "« Cœur » à l'écoute"]
    _, report = import_bytes(text.encode(encoding))
    assert report.valid[0].values["name"] == "Œuvre de la Sœur Émilie"
    assert report.valid[0].values["commune"] == "Hénin"


def test_excel_unicode_text_is_utf16_with_tabs():
    text = "Nom\tVille\r\nCentre social\tLille\r\n"
    table = read_table(text.encode("utf-16"), "a.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows == [(2, ["Centre social", "Lille"])]


def test_unknown_encoding_is_refused():
    # cp437's "ü" is byte 0x81, which Windows-1252 leaves undefined, and it is not UTF-8.
    data = "Nom;Ville\nMüller;Lille\n".encode("cp437")
    with pytest.raises(ImportFileError) as caught:
        read_table(data, "a.csv")
    assert "encodage" in caught.value.message and "inconnu" in caught.value.message


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01",
    bytes(range(256)) * 4,
    b"Nom;Ville\n\x01\x02\x03;\x04\x05\n",
])
def test_binary_file_is_refused(data):
    with pytest.raises(ImportFileError) as caught:
        read_table(data, "photo.csv")
    assert "binaires" in caught.value.message or "encodage" in caught.value.message


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", "\ufeff".encode("utf-8-sig")])
def test_empty_file_is_refused(data):
    with pytest.raises(ImportFileError, match="vide"):
        read_table(data, "vide.csv")


def test_header_only_is_refused():
    with pytest.raises(ImportFileError, match="que l'en-tête"):
        read_table("Nom;Ville;Téléphone\r\n;;\r\n\r\n".encode(), "a.csv")


def test_other_formats_are_refused_with_advice():
    with pytest.raises(ImportFileError, match="CSV"):
        read_table(b"PK\x03\x04whatever", "annuaire.ods")
    with pytest.raises(ImportFileError, match=".xls"):
        read_table(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "annuaire.xls")


def test_too_big_file_is_refused(tmp_path):
    with pytest.raises(ImportFileError, match="50 Mo"):
        read_table(b"x" * (MAX_FILE_BYTES + 1), "gros.csv")
    big = tmp_path / "gros.csv"
    with big.open("wb") as handle:  # a sparse file: refused from its size, never read
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFileError, match="trop gros"):
        read_table_file(big)


def test_read_table_file(tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes("Nom;Ville\nCCAS;Roubaix\n".encode("utf-8-sig"))
    assert read_table_file(path).rows == [(2, ["CCAS", "Roubaix"])]
    with pytest.raises(ImportFileError, match="illisible"):
        read_table_file(tmp_path / "absent.csv")


# -- quotes, line breaks and line numbers -------------------------------------------------------


def test_quotes_and_line_breaks_keep_spreadsheet_line_numbers():
    text = ('Nom;Horaires;Description\r\n'
            '"Centre ""Les Tilleuls""";"lundi 9h-12h\r\nmardi 14h-17h\r\njeudi";"Accueil; écoute"\r\n'
            '\r\n'
            'Maison France services;"mercredi";"Une ligne\nune autre"\r\n'
            '"";;\r\n'
            '=1+1;;\r\n')
    table, report = import_bytes(text.encode())
    # A spreadsheet shows each record on one row, and the blank line as an empty row.
    assert [line for line, _ in table.rows] == [2, 4, 6]
    assert table.rows[0][1] == ['Centre "Les Tilleuls"', "lundi 9h-12h\r\nmardi 14h-17h\r\njeudi", "Accueil; écoute"]
    first = report.valid[0].values
    assert first["name"] == 'Centre "Les Tilleuls"'
    assert first["hours"] == "lundi 9h-12h\nmardi 14h-17h\njeudi"
    assert [row.line for row in report.valid] == [2, 4, 6]
    assert report.errors == []


def test_error_lines_follow_the_spreadsheet_after_multiline_cells():
    text = 'Nom;Courriel\r\n"A";"x@y.fr"\r\n"B\r\nsuite";"pas un courriel"\r\nC;"c@d.fr"\r\n;"sans nom"\r\n'
    _, report = import_bytes(text.encode())
    assert [(e.line, e.field) for e in report.errors] == [(3, "Courriel"), (5, "Nom")]
    assert "pas un courriel" in report.errors[0].reason
    assert [row.line for row in report.valid] == [2, 4]


# -- mapping -------------------------------------------------------------------------------------


@pytest.mark.parametrize("cell, field", [
    ("Nom", "name"), ("Structure", "name"), ("ORGANISME", "name"), ("Nom de la structure", "name"),
    ("Type", "kind"), ("Catégorie", "kind"), ("Type de structure", "kind"),
    ("Domaine(s)", "domains"), ("Thématique", "domains"), ("domaines", "domaines" and "domains"),
    ("Communes", "communes"), ("Secteur", "communes"), ("Territoire couvert", "communes"),
    ("Communes couvertes", "communes"), ("Communes ou secteurs couverts", "communes"),
    ("Adresse", "address"), ("CP", "postal_code"), ("Code postal", "postal_code"),
    ("Ville", "commune"), ("Commune", "commune"),
    ("Horaires", "hours"), ("Jours et heures", "hours"),
    ("Accès", "access"), ("Conditions d'accès", "access"), ("Modalités", "access"),
    ("Contact", "contact_name"), ("Référent", "contact_name"), ("Interlocuteur", "contact_name"),
    ("Nom du contact", "contact_name"), ("Personne à contacter", "contact_name"),
    ("Tél", "phone"), ("Tél.", "phone"), ("Téléphone", "phone"), ("Portable", "phone"),
    ("Téléphone du référent", "phone"),
    ("Mail", "email"), ("Courriel", "email"), ("E-mail", "email"), ("Adresse mail", "email"),
    ("Description", "description"), ("Missions", "description"), ("Qui fait quoi", "description"),
    ("Qui fait quoi, quand, où, comment", "description"),
    ("Vérifié le", "verified_on"), ("Mise à jour", "verified_on"), ("Date de vérification", "verified_on"),
    ("  vérifié LE : ", "verified_on"),
    ("Remarques internes", None), ("", None),
])
def test_header_synonyms(cell, field):
    assert guess_mapping([cell]) == {0: field}


def test_each_field_is_mapped_once():
    mapping = guess_mapping(["Nom", "Structure", "Ville", "Commune", "Communes couvertes", "Contact",
                             "Nom du contact"])
    assert mapping == {0: "name", 1: None, 2: "commune", 3: None, 4: "communes", 5: "contact_name", 6: None}


def test_exact_heading_wins_over_a_word_in_a_longer_one():
    # "Nom de la structure" would be the name, but the column called exactly "Nom" is.
    assert guess_mapping(["Nom de la structure", "Nom"]) == {0: "name", 1: None}
    assert guess_mapping(["Adresse e-mail", "Courriel"]) == {0: None, 1: "email"}


def test_no_name_column_is_refused_listing_the_headings():
    header = ["Ville", "Téléphone", "Remarques"]
    with pytest.raises(ImportFileError) as caught:
        check_mapping(guess_mapping(header), header)
    message = caught.value.message
    assert "aucune colonne ne ressemble au nom de la structure" in message
    assert "« Ville », « Téléphone », « Remarques »" in message
    table = read_table("Ville;Remarques\nLille;rien\n".encode(), "a.csv")
    with pytest.raises(ImportFileError, match="« Remarques »"):
        validate_rows(table, guess_mapping(table.header), DOMAINS, TODAY)


def test_a_field_chosen_twice_is_refused():
    with pytest.raises(ImportFileError, match="plusieurs colonnes"):
        check_mapping({0: "name", 1: "phone", 2: "phone"})
    with pytest.raises(ValueError):
        check_mapping({0: "name", 1: "password"})


# -- rows ----------------------------------------------------------------------------------------


def test_row_with_too_many_cells():
    header = ["Nom", "Type", "Domaines", "Communes", "Adresse", "CP", "Ville", "Téléphone", "Courriel"]
    wide = ["CCAS"] + [f"c{i}" for i in range(299)]
    text = ";".join(header) + "\n" + ";".join(wide) + "\n" + "CAF;;;;;;Lille;;\n" + "CPAM;;;;;;Lille;;;;;\n"
    _, report = import_bytes(text.encode())
    assert len(report.errors) == 1
    error = report.errors[0]
    assert (error.line, error.field) == (2, None)
    assert error.reason.startswith("La ligne a 300 cellules, l'en-tête en a 9")
    # Empty cells past the header are trailing separators, not data.
    assert [row.values["name"] for row in report.valid] == ["CAF", "CPAM"]


def test_phone_numbers_in_many_forms():
    phones = ["03 20 00 00 00", "+33 (0)3.20.00.00.00", "0320000000 poste 12", "03-20-00-00-00",
              "+32 56 00 00 00", "06.12.34.56.78", "3939", "pas de téléphone"]
    text = "Nom;Téléphone\n" + "".join(f"Structure {i};{phone}\n" for i, phone in enumerate(phones))
    _, report = import_bytes(text.encode())
    assert [row.values["phone"] for row in report.valid] == phones[:-1]
    assert len(report.errors) == 1
    error = report.errors[0]
    assert (error.line, error.field) == (9, "Téléphone")
    assert "pas de téléphone" in error.reason and "numéro de téléphone" in error.reason


def test_every_field_is_checked_like_the_form():
    text = ("Nom;Type;Domaines;Communes;Vérifié le;Courriel\n"
            "A;Association;Logement, Santé;Roubaix, Tourcoing;05/03/2026;a@b.fr\n"
            "B;Fusée;;;;\n"
            "C;;Astronomie;;;\n"
            "D;;;;31/02/2026;\n"
            "E;;;;01/01/2030;\n"
            "F;pairs;\"enfants, parentalité et scolarité ; vie sociale, culture, loisirs / Logement\";;;\n")
    _, report = import_bytes(text.encode())
    first = report.valid[0].values
    assert first["kind"] == "association"
    assert first["domains"] == ["logement", "sante"]
    assert first["communes"] == ["Roubaix", "Tourcoing"]
    assert first["verified_on"] == date(2026, 3, 5)
    # Labels holding commas are not cut into pieces.
    assert report.valid[1].values["domains"] == ["enfants", "vie-sociale", "logement"]
    assert report.valid[1].values["kind"] == "pairs"
    assert [(e.line, e.field) for e in report.errors] == [
        (3, "Type de structure"), (4, "Domaines"), (5, "Vérifié le"), (6, "Vérifié le")]
    assert "Fusée" in report.errors[0].reason
    assert report.errors[0].template and report.errors[0].params  # for the interface's translation


def test_duplicates_inside_the_file_and_against_the_directory():
    existing = {duplicate_key("Mission locale", "Roubaix"): 41}
    text = ("Nom;Ville;CP\n"
            "CCAS;Roubaix;59100\n"
            "Mission Locale;ROUBAIX;59100\n"  # already in the directory: an update
            "ccas;roubaix;\n"  # same as line 2, accents and case aside
            "CCAS;Tourcoing;59200\n"  # another commune: another structure
            "Épicerie;;59100\n"
            "epicerie;;59100\n")  # no commune: the postal code tells
    _, report = import_bytes(text.encode(), existing=existing)
    assert [(row.line, row.update_of) for row in report.valid] == [(2, None), (3, 41), (5, None), (6, None)]
    assert [(e.line, e.field) for e in report.errors] == [(4, "Nom"), (7, "Nom")]
    assert "ligne 2" in report.errors[0].reason
    assert "ligne 6" in report.errors[1].reason
    assert report.summary() == "4 lignes prêtes (dont 1 mise à jour), 2 lignes refusées"


def test_summary_wording():
    row = ImportRow(2, {}, None)
    assert ImportReport().summary() == "aucune ligne prête, aucune ligne refusée"
    assert ImportReport([row], [RowError(3, None, "x")]).summary() == "1 ligne prête, 1 ligne refusée"
    many = ImportReport([row] * 16 + [ImportRow(2, {}, 1)] * 2, [RowError(3, None, "x")] * 3)
    assert many.summary() == "18 lignes prêtes (dont 2 mises à jour), 3 lignes refusées"
    assert ImportReport([row] * 20_000).summary() == "20 000 lignes prêtes, aucune ligne refusée"


def test_a_user_mapping_can_ignore_columns():
    table = read_table("Structure;Remarques;Tél\nCCAS;voir Paul;03 20 00 00 00\n".encode(), "a.csv")
    report = validate_rows(table, {0: "name", 1: "description", 2: None}, DOMAINS, TODAY)
    assert report.valid[0].values["description"] == "voir Paul"
    assert report.valid[0].values["phone"] == ""


def test_large_file_reads_and_validates(tmp_path):
    rng = random.Random(7)
    communes = ["Roubaix", "Tourcoing", "Wattrelos", "Lille", "Hem", "Croix"]
    lines = ["Nom;Type;Domaines;Communes couvertes;Adresse;CP;Ville;Horaires;Accès;Contact;Tél;Mail;"
             "Description;Vérifié le"]
    for i in range(20_000):
        description = " ".join(rng.choice(["accueil", "écoute", "orientation", "aide", "dossier"])
                               for _ in range(10))
        lines.append(";".join([
            f"Structure n°{i}", "Association", "\"Logement ; Santé\"", "Roubaix, Tourcoing",
            f"{i} rue de la République", "59100", communes[i % len(communes)], "lundi 9h-12h",
            "Sans condition", f"Personne {i}", "03 20 00 00 00" if i % 1000 else "n/a", f"contact{i}@exemple.fr",
            f'"{description}"', "05/03/2026"]))
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    assert 4_500_000 < len(data) < 6_000_000
    path = tmp_path / "grand.csv"
    path.write_bytes(data)
    calls = []
    table = read_table_file(path)
    assert len(table.rows) == 20_000 and table.rows[-1][0] == 20_001
    report = validate_rows(table, guess_mapping(table.header), DOMAINS, TODAY,
                           progress=lambda done, total: calls.append((done, total)))
    assert len(report.valid) == 19_980 and len(report.errors) == 20
    assert report.errors[0].line == 2 and report.errors[0].field == "Téléphone"
    assert calls[0] == (500, 20_000) and calls[-1] == (20_000, 20_000) and len(calls) == 41


# -- XLSX ------------------------------------------------------------------------------------------


def test_xlsx_first_sheet_as_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nom", "Téléphone", "Vérifié le", "Code postal", "Description"])
    sheet.append(["Centre social", 320000000, datetime(2026, 3, 5), 59100, "Ligne 1\nLigne 2"])
    sheet.append([])
    sheet.append(["CAF", "03 20 11 11 11", date(2025, 12, 31), 59000, 2.5])
    workbook.create_sheet("Autre").append(["ignorée"])
    path = tmp_path / "annuaire.xlsx"
    workbook.save(path)
    table = read_table(path.read_bytes(), path.name)
    assert table.encoding == "xlsx"
    assert table.header == ["Nom", "Téléphone", "Vérifié le", "Code postal", "Description"]
    assert table.rows == [(2, ["Centre social", "320000000", "05/03/2026", "59100", "Ligne 1\nLigne 2"]),
                          (4, ["CAF", "03 20 11 11 11", "31/12/2025", "59000", "2.5"])]
    report = validate_rows(table, guess_mapping(table.header), DOMAINS, TODAY)
    # Excel drops a phone's leading zero when it is typed as a number.
    assert report.valid[0].values["phone"] == "0320000000"
    assert report.valid[0].values["verified_on"] == date(2026, 3, 5)
    # A misnamed workbook is still recognised.
    assert read_table(path.read_bytes(), "annuaire.csv").rows == table.rows


def test_damaged_xlsx_is_refused():
    with pytest.raises(ImportFileError, match="illisible"):
        read_table(b"PK\x03\x04 not really a zip", "annuaire.xlsx")


# -- export ----------------------------------------------------------------------------------------


def structure(**values):
    return check_structure({"name": "CCAS", **values}, DOMAINS, TODAY)


def reread(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_export_format():
    data = export_csv([structure(kind="benevoles", domains="Santé, Logement", communes="Roubaix ; Hem",
                                 verified_on="05/03/2026", hours="lundi\nmardi")], DOMAINS)
    assert data.startswith("\ufeffNom;Type de structure;Domaines;".encode())
    assert b"\r\n" in data and data.endswith(b"\r\n")
    header, row = reread(data)
    assert header[-1] == "Vérifié le" and len(header) == 14
    assert row[:4] == ["CCAS", "Bénévoles", "Santé ; Logement", "Roubaix ; Hem"]
    assert row[7] == "lundi\nmardi"
    assert row[-1] == "05/03/2026"


@pytest.mark.parametrize("cell, exported", [
    ("=1+1", "'=1+1"), ("+33 3 20 00 00 00", "'+33 3 20 00 00 00"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=cmd", "'\t=cmd"), ("\r=cmd", "'\r=cmd"), ("   =cmd", "'   =cmd"), ("'=déjà", "''=déjà"),
    ("'t Hof", "'t Hof"), ("Mission locale", "Mission locale"), ("a=b", "a=b"), ("", ""),
])
def test_export_formula_safety(cell, exported):
    assert protect_cell(cell) == exported
    assert unprotect_cell(exported) == cell
    data = export_csv([{"name": cell, "description": cell}], DOMAINS)
    row = reread(data)[1]
    assert row[0] == exported and row[12] == exported


def test_export_round_trip(tmp_path):
    structures = [
        structure(name="=HYPERLINK(\"http://x\")", kind="association", domains="Enfants, parentalité et scolarité ;"
                  " Vie sociale, culture, loisirs; Santé", communes="Roubaix, Tourcoing", address="1, rue « Haute »",
                  postal_code="59100", commune="Roubaix", hours="lundi 9h-12h\nmardi \"matin\"",
                  access="Sur rendez-vous", contact_name="@Mme N'Diaye", phone="+33 (0)3.20.00.00.00",
                  email="contact@exemple.fr", description="- accueil\n- orientation; écoute",
                  verified_on="05/03/2026"),
        structure(name="'t Hof", commune="Hem", phone="0320000000 poste 12", kind="pairs"),
        structure(name="Épicerie ; solidaire", commune="Lille", description="'=déjà protégé"),
    ]
    path = tmp_path / "export" / "annuaire.csv"
    write_export(path, export_csv(structures, DOMAINS))
    assert not [p for p in path.parent.iterdir() if p.name != "annuaire.csv"]  # no temporary file left
    table = read_table_file(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
    assert guess_mapping(table.header) == dict(enumerate(FIELDS))
    report = validate_rows(table, guess_mapping(table.header), DOMAINS, TODAY)
    assert report.errors == []
    assert [row.values for row in report.valid] == structures


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.fixed_dictionaries({"name": TEXT, "address": TEXT, "description": TEXT, "communes":
                                       st.lists(TEXT, max_size=3)}), max_size=5))
def test_no_exported_cell_starts_a_formula(structures):
    rows = reread(export_csv(structures, DOMAINS))
    for row in rows[1:]:
        for cell in row:
            if cell.lstrip()[:1] in ("=", "+", "-", "@", "\t", "\r") or cell[:1] in ("\t", "\r"):
                assert cell.startswith("'"), repr(cell)
    for original, row in zip(structures, rows[1:], strict=True):
        assert [unprotect_cell(row[i]) for i in (0, 4, 12)] == [original["name"], original["address"],
                                                               original["description"]]


def test_a_csv_named_xlsx_is_still_read():
    assert read_table("Nom;Ville\nCCAS;Roubaix\n".encode(), "annuaire.xlsx").rows == [(2, ["CCAS", "Roubaix"])]
