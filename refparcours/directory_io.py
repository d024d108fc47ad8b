"""Importing the spreadsheets offices keep for their directory, and writing safe exports.

Pure functions, no database: ``read_table`` turns a CSV or XLSX file into rows of text,
``guess_mapping`` says which column holds which field, ``validate_rows`` runs every row through
``check_structure`` and ``export_csv`` writes the directory back for a spreadsheet.

Line numbers are those a person sees in their spreadsheet (the header is normally line 1):
a record whose cell holds line breaks is still one line there, so the next record is the next
number, and blank lines count, as spreadsheets show them as empty rows.

Formula safety (OWASP "CSV injection"): an exported cell that a spreadsheet could run as a formula
(it starts, maybe after spaces, with = + - @, a tab or a carriage return) is prefixed with an
apostrophe; so is a cell already made of apostrophes before such a character ("'=x" → "''=x").
On import one leading apostrophe is removed only when what follows it would have needed that
protection: "'=1+1" → "=1+1", "'+33 3 20…" → "+33 3 20…", but "'t Hof" stays as it is. An export
therefore re-imports to the same values. (Not kept across a round trip: list items that themselves
hold a list separator , ; / | — split_list never stores such items.)"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from typing import Any

from refparcours.directory import FIELDS, KINDS, LIST_SEPARATORS, check_structure, duplicate_key
from refparcours.errors import UserFacingError, ValidationError
from refparcours.fileio import atomic_write_bytes
from refparcours.text import clean_text, format_date, search_key

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000  # a directory has thousands of structures; more is not a directory
PROGRESS_EVERY = 500
DELIMITERS = (";", ",", "\t")  # ";" first: French spreadsheets write it, and it wins ties
EXPORT_DELIMITER = ";"
LIST_JOIN = " ; "

# OWASP "CSV injection": what a spreadsheet may run as a formula, after optional spaces.
_FORMULA_START = re.compile(r"'*\s*[=+\-@\t\r]")


class ImportFileError(UserFacingError):
    """The file as a whole cannot be read as a table; nothing was imported."""


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line as the spreadsheet shows it, cells); empty rows left out
    encoding: str  # "utf-8", "utf-8-sig", "cp1252", "utf-16" or "xlsx"
    delimiter: str  # "" for a workbook
    header_line: int = 1


@dataclass
class ImportRow:
    line: int
    values: dict[str, Any]  # cleaned by check_structure
    update_of: Any = None  # id of the existing structure this row updates, or None for a new one


@dataclass
class RowError:
    line: int
    field: str | None  # the field's French label, or None when the whole row is at fault
    reason: str  # French, ready to show
    # The untranslated template and its values, for the interface's translation system.
    template: str = ""
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class ImportReport:
    valid: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def updates(self) -> int:
        return sum(1 for row in self.valid if row.update_of is not None)

    def summary(self) -> str:
        """ "18 lignes prêtes (dont 2 mises à jour), 3 lignes refusées"."""
        ready = _count(len(self.valid), "ligne prête", "lignes prêtes", "aucune ligne prête")
        if self.updates:
            ready += f" (dont {_count(self.updates, 'mise à jour', 'mises à jour', '')})"
        refused = _count(len(self.errors), "ligne refusée", "lignes refusées", "aucune ligne refusée")
        return f"{ready}, {refused}"


def _count(number: int, one: str, many: str, none: str) -> str:
    if number == 0 and none:
        return none
    return f"{number:,}".replace(",", " ") + " " + (one if number == 1 else many)


# -- reading -----------------------------------------------------------------------------------


def read_table_file(path: str | Path) -> Table:
    """``read_table`` on a file, refusing a huge one before reading it into memory."""
    path = Path(path)
    try:
        size = path.stat().st_size
        _check_size(size, path.name)
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError("Le fichier « {name} » est illisible ({detail}).", name=path.name,
                              detail=error.strerror or str(error)) from None
    return read_table(data, path.name)


def read_table(data: bytes, file_name: str) -> Table:
    """The header and the non-empty rows of a CSV or XLSX file, every cell as text."""
    name = Path(file_name).name
    _check_size(len(data), name)
    suffix = Path(file_name).suffix.lower()
    if not data.strip():
        raise ImportFileError("Le fichier « {name} » est vide.", name=name)
    if suffix == ".ods" or _is_zip_with(data, "mimetype", b"application/vnd.oasis.opendocument"):
        raise ImportFileError(
            "Les classeurs LibreOffice (.ods) ne sont pas lus directement. Ouvrez « {name} » dans LibreOffice, "
            "puis « Enregistrer sous… » au format CSV (séparateur point-virgule) ou Excel (.xlsx).", name=name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: old .xls, or an .xlsx protected by a password
        raise ImportFileError(
            "« {name} » est un ancien classeur Excel (.xls) ou un classeur protégé par un mot de passe. "
            "Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou CSV, sans mot de passe.",
            name=name)
    is_zip = data.startswith(b"PK\x03\x04")
    if (suffix in (".xlsx", ".xlsm") and is_zip) or _is_zip_with(data, "xl/workbook.xml"):
        return _read_xlsx(data, name)
    if is_zip:
        raise ImportFileError("« {name} » est une archive ou un document, pas un tableau CSV ou Excel.", name=name)
    text, encoding = _decode(data, name)
    return _read_csv(text, encoding, name)


def _check_size(size: int, name: str) -> None:
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            "Le fichier « {name} » est trop gros ({size} Mo) : 50 Mo au plus. Un annuaire de structures tient "
            "dans bien moins ; vérifiez qu'il s'agit du bon fichier.", name=name, size=size // (1024 * 1024))


def _is_zip_with(data: bytes, member: str, starts: bytes | None = None) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if member not in archive.namelist():
                return False
            return starts is None or archive.read(member)[:len(starts)] == starts
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


# Control characters other than tab, line feed, form feed and carriage return: binary data.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    binary = ImportFileError(
        "« {name} » n'est pas un fichier texte (il contient des données binaires). Choisissez un fichier CSV "
        "ou un classeur Excel (.xlsx).", name=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Texte Unicode" export: UTF-16 with its byte order mark, tab separated.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise binary from None
        if _BINARY.search(text):
            raise binary
        return text, "utf-16"
    if b"\x00" in data:
        raise binary
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        try:
            # Python's cp1252 leaves five bytes undefined: a file using them is not Windows text.
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise ImportFileError(
                "L'encodage du fichier « {name} » est inconnu : ni UTF-8 ni Windows (ANSI). Ouvrez-le dans "
                "votre tableur et enregistrez-le au format CSV UTF-8.", name=name) from None
    if _BINARY.search(text):
        raise binary
    return text, encoding


def _read_csv(text: str, encoding: str, name: str) -> Table:
    # Excel's hint line "sep=;" names the separator; Excel hides it, so the header stays line 1.
    hint = re.match(r"sep=(.)\r?\n", text)
    if hint:
        text = text[hint.end():]
    delimiter = hint.group(1) if hint else _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if any(cell.strip() for cell in record):
                if len(records) > MAX_ROWS:
                    _too_many_rows(name)
                records.append((number, record))
    except csv.Error as error:
        raise ImportFileError(
            "Le fichier « {name} » est mal formé vers la ligne {line} ({detail}) : un guillemet n'est "
            "peut-être pas refermé.", name=name, line=number + 1, detail=str(error)) from None
    return _table(records, encoding, delimiter, name)


def _sniff_delimiter(text: str) -> str:
    """The separator that splits the header into columns and the next lines into as many."""
    sample = text[:65_536]
    best, best_score = DELIMITERS[0], (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [row for row in islice(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), 51)
                    if any(cell.strip() for cell in row)]
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        # The last sampled row may be cut by the sample's end: judge on the others.
        following = rows[1:-1] if len(sample) < len(text) else rows[1:]
        consistency = sum(len(row) == width for row in following) / len(following) if following else 1.0
        score = (consistency, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _too_many_rows(name: str) -> None:
    raise ImportFileError("Le fichier « {name} » a plus de {limit} lignes : ce n'est pas un annuaire de "
                          "structures. Vérifiez qu'il s'agit du bon fichier.", name=name,
                          limit=f"{MAX_ROWS:,}".replace(",", " "))


def _table(records: list[tuple[int, list[str]]], encoding: str, delimiter: str, name: str) -> Table:
    if not records:
        raise ImportFileError("Le fichier « {name} » est vide.", name=name)
    header_line, header = records[0]
    header = [clean_text(cell) for cell in header]
    while header and not header[-1]:
        header.pop()  # spreadsheets often leave empty columns at the right
    if not records[1:]:
        raise ImportFileError("Le fichier « {name} » ne contient que l'en-tête (ligne {line}) : aucune structure "
                              "à importer.", name=name, line=header_line)
    return Table(header, records[1:], encoding, delimiter, header_line)


def _read_xlsx(data: bytes, name: str) -> Table:
    try:
        import openpyxl  # imported here: only a workbook needs it
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise ImportFileError("Les classeurs Excel ne peuvent pas être lus sur ce poste : enregistrez « {name} » "
                              "au format CSV.", name=name) from None
    unreadable = ImportFileError("Le classeur « {name} » est illisible ou abîmé. Ouvrez-le dans votre tableur et "
                                 "enregistrez-le de nouveau, ou au format CSV.", name=name)
    records: list[tuple[int, list[str]]] = []
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (zip, XML, KeyError…) for a damaged file
        raise unreadable from None
    try:
        if not workbook.worksheets:
            raise ImportFileError("Le classeur « {name} » n'a aucune feuille.", name=name)
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # trust the rows stored, not a declared size that may be huge
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(value) for value in row]
            while cells and not cells[-1]:
                cells.pop()
            if any(cell.strip() for cell in cells):
                if len(records) > MAX_ROWS:
                    _too_many_rows(name)
                records.append((number, cells))
    except UserFacingError:
        raise
    except Exception:
        raise unreadable from None
    finally:
        workbook.close()
    return _table(records, "xlsx", "", name)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_date(value.date()) if value.time() == time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "Oui" if value else "Non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- which column is which field ---------------------------------------------------------------

# Checked in this order, so the most telling word wins: "Adresse mail" is an e-mail, "Nom du
# contact" a contact, "Téléphone du référent" a phone, "Communes couvertes" not the commune.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "email": ("courriel", "mail", "e mail", "email", "mel", "adresse electronique", "adresse mail"),
    "phone": ("telephone", "tel", "portable", "mobile", "fixe", "numero de telephone", "phone"),
    "verified_on": ("verifie le", "verifie", "verification", "date de verification", "mise a jour", "maj",
                    "mis a jour le", "derniere mise a jour", "verified", "updated", "last checked"),
    "postal_code": ("code postal", "cp", "postal code", "zip", "zip code"),
    "domains": ("domaines", "domaine", "thematique", "thematiques", "theme", "themes", "secteur d activite",
                "secteurs d activite", "domain", "domains"),
    "communes": ("communes ou secteurs couverts", "communes", "communes couvertes", "secteur", "secteurs",
                 "territoire", "territoire couvert", "zone", "zone d intervention", "perimetre", "area"),
    "contact_name": ("personne a contacter", "contact", "referent", "referente", "interlocuteur",
                     "interlocutrice", "responsable", "nom du contact", "contact name"),
    "kind": ("type de structure", "type", "categorie", "nature", "kind", "category"),
    "hours": ("horaires", "horaire", "jours et heures", "heures d ouverture", "ouverture", "permanences",
              "opening hours", "hours"),
    "access": ("conditions d acces", "acces", "modalites", "modalites d acces", "conditions", "access"),
    "description": ("qui fait quoi quand ou comment", "qui fait quoi", "description", "missions", "mission",
                    "activites", "services", "offre", "presentation"),
    "address": ("adresse", "adresse postale", "rue", "address", "street"),
    "commune": ("commune", "ville", "localite", "city", "town"),
    "name": ("nom", "structure", "organisme", "nom de la structure", "raison sociale", "organisation",
             "organization", "etablissement", "intitule", "name"),
}


def _header_words(cell: str) -> str:
    """ "Domaine(s)" → "domaines", "E-mail :" → "e mail", "N° de tél." → "n de tel"."""
    text = re.sub(r"\(s\)", "s", str(cell), flags=re.IGNORECASE)
    text = re.sub(r"['’ʼ‘]", " ", text)  # search_key glues "d'accès" into one word; headings need two
    return " ".join(re.sub(r"[^0-9a-z]+", " ", search_key(text)).split())


_SYNONYM_WORDS = {field_name: tuple(_header_words(s) for s in words) for field_name, words in SYNONYMS.items()}
for _field_name, (_label, _kind) in FIELDS.items():  # the export's own header always maps back
    _SYNONYM_WORDS[_field_name] = (_header_words(_label), *_SYNONYM_WORDS[_field_name])


def _contains_words(text: str, phrase: str) -> bool:
    return f" {phrase} " in f" {text} "


def guess_mapping(header: list[str]) -> dict[int, str | None]:
    """Column index → field name (None: ignored). Exact names win over a word inside a longer
    heading; each field goes to one column at most, the first one."""
    words = [_header_words(cell) for cell in header]
    mapping: dict[int, str | None] = dict.fromkeys(range(len(header)))
    taken: set[str] = set()
    for index, text in enumerate(words):
        for field_name, phrases in _SYNONYM_WORDS.items():
            if text and text in phrases and field_name not in taken:
                mapping[index] = field_name
                taken.add(field_name)
                break
    for index, text in enumerate(words):
        if mapping[index] is not None or not text:
            continue
        for field_name, phrases in _SYNONYM_WORDS.items():
            if any(_contains_words(text, phrase) for phrase in phrases):
                # The most telling word decides, even when its field is already taken: "Nom du
                # contact" next to a "Contact" column is ignored, never read as the name.
                if field_name not in taken:
                    mapping[index] = field_name
                    taken.add(field_name)
                break
    return mapping


def check_mapping(mapping: Mapping[int, str | None], header: list[str] | None = None) -> None:
    """A mapping the import can use: a name column, and no field chosen for two columns."""
    unknown = {name for name in mapping.values() if name is not None and name not in FIELDS}
    if unknown:
        raise ValueError(f"unknown structure fields: {sorted(unknown)}")
    if "name" not in mapping.values():
        cells = ", ".join(f"« {cell} »" for cell in (header or []) if cell) or "aucune"
        raise ImportFileError(
            "Dans ce fichier, aucune colonne ne ressemble au nom de la structure. Colonnes trouvées : {cells}. "
            "Indiquez quelle colonne contient le nom, ou ajoutez une colonne « Nom ».", cells=cells)
    chosen = [name for name in mapping.values() if name is not None]
    for name in dict.fromkeys(chosen):
        if chosen.count(name) > 1:
            raise ImportFileError("« {label} » est choisi pour plusieurs colonnes : une seule colonne par champ.",
                                  label=FIELDS[name][0])


# -- checking the rows -------------------------------------------------------------------------


def unprotect_cell(cell: str) -> str:
    """Undo the export's formula protection: "'=1+1" → "=1+1"; "'t Hof" stays as it is."""
    if cell.startswith("'") and _FORMULA_START.match(cell, 1):
        return cell[1:]
    return cell


class _DomainSplitter:
    """Splits a domains cell without cutting a label that holds a comma ("Enfants, parentalité et
    scolarité"): the longest run of pieces that spells a known label is kept whole."""

    def __init__(self, domains: dict[str, str]) -> None:
        self.domains = domains
        self.known = {_header_words(label) for label in domains.values()} | {_header_words(k) for k in domains}
        self.longest = max((len(LIST_SEPARATORS.split(label)) for label in domains.values()), default=1)
        # Matched as check_structure matches them: by key or label, accents and case aside.
        self.keys = {search_key(label): key for key, label in domains.items()} | {search_key(k): k for k in domains}
        self.cache: dict[str, tuple[list[str], dict[str, str]]] = {}

    def __call__(self, value: str) -> tuple[list[str], dict[str, str]]:
        """The cell's items, and the domains check_structure needs to know them: only theirs when
        all are known, since it reindexes every domain on each call (most of a large import's time)."""
        if value not in self.cache:
            if len(self.cache) > 5_000:
                self.cache.clear()
            self.cache[value] = self._split(value)
        items, known = self.cache[value]  # the same few cells come back on most rows
        return list(items), known

    def _split(self, value: str) -> tuple[list[str], dict[str, str]]:
        pieces = [piece for piece in LIST_SEPARATORS.split(value) if piece.strip()]
        items, start = [], 0
        while start < len(pieces):
            last = min(len(pieces), start + self.longest)
            end = next((end for end in range(last, start + 1, -1)
                        if _header_words(" ".join(pieces[start:end])) in self.known), start + 1)
            items.append(", ".join(pieces[start:end]))
            start = end
        keys = [self.keys.get(search_key(item)) for item in items]
        if None in keys:
            return items, self.domains  # check_structure names the unknown one, with the full list
        return keys, {key: self.domains[key] for key in keys}


def validate_rows(table: Table, mapping: Mapping[int, str | None], domains: dict[str, str], today: date,
                  existing_keys: Mapping[str, Any] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Every row checked as if typed in the form. ``existing_keys``: duplicate_key → id of a
    structure already in the directory, which the row then updates."""
    check_mapping(mapping, table.header)
    existing_keys = existing_keys or {}
    columns = [(index, name) for index, name in mapping.items() if name is not None]
    width = len(table.header)
    report = ImportReport()
    seen: dict[str, int] = {}
    split_domains = _DomainSplitter(domains)
    total = len(table.rows)
    for done, (line, cells) in enumerate(table.rows, start=1):
        if progress and done % PROGRESS_EVERY == 0:
            progress(done, total)
        if not any(cell.strip() for cell in cells):
            continue
        filled = len(cells)
        while filled > width and not cells[filled - 1].strip():
            filled -= 1  # empty cells beyond the header are only trailing separators
        if filled > width:
            template = "La ligne a {cells} cellules, l'en-tête en a {header} : un séparateur ou un guillemet est " \
                       "peut-être mal placé."
            _refuse(report, line, None, template, cells=filled, header=width)
            continue
        values = {name: unprotect_cell(cells[index]) if index < len(cells) else "" for index, name in columns}
        row_domains: dict[str, str] = {}  # no domain given: none to look up
        if values.get("domains"):
            values["domains"], row_domains = split_domains(values["domains"])
        phone = values.get("phone", "")
        if table.encoding == "xlsx" and len(phone) == 9 and phone.isdigit() and phone[0] != "0":
            values["phone"] = "0" + phone  # Excel drops the leading zero of a phone typed as a number
        try:
            cleaned = check_structure(values, row_domains, today)
        except ValidationError as error:
            label = FIELDS[error.field][0] if error.field in FIELDS else None
            report.errors.append(RowError(line, label, error.message, error.template, dict(error.params)))
            continue
        key = duplicate_key(cleaned["name"], cleaned["commune"], cleaned["postal_code"])
        if key in seen:
            _refuse(report, line, FIELDS["name"][0], "« {name} » figure déjà à la ligne {first} (même nom, même "
                    "commune) : une seule ligne par structure.", name=cleaned["name"][:80], first=seen[key])
            continue
        seen[key] = line
        report.valid.append(ImportRow(line, cleaned, existing_keys.get(key)))
    if progress:
        progress(total, total)
    return report


def _refuse(report: ImportReport, line: int, label: str | None, template: str, **params: object) -> None:
    report.errors.append(RowError(line, label, template.format(**params), template, params))


# -- export ------------------------------------------------------------------------------------


def protect_cell(text: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP)."""
    return "'" + text if _FORMULA_START.match(text) else text


def _export_cell(name: str, value: Any, domains: dict[str, str]) -> str:
    if value is None:
        return ""
    if name == "kind":
        return KINDS.get(str(value), str(value))
    if name == "domains" and isinstance(value, list | tuple):
        return LIST_JOIN.join(domains.get(str(key), str(key)) for key in value)
    if isinstance(value, list | tuple):
        return LIST_JOIN.join(str(item) for item in value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def export_rows(structures: Iterable[Mapping[str, Any]], domains: dict[str, str]) -> list[list[str]]:
    """The header and one row per structure, as text, before formula protection."""
    rows = [[label for label, _kind in FIELDS.values()]]
    for structure in structures:
        rows.append([_export_cell(name, structure.get(name), domains) for name in FIELDS])
    return rows


def export_csv(structures: Iterable[Mapping[str, Any]], domains: dict[str, str]) -> bytes:
    """The directory as a CSV a French spreadsheet opens as is: UTF-8 with BOM, ";", CRLF."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=EXPORT_DELIMITER, lineterminator="\r\n")
    for row in export_rows(structures, domains):
        writer.writerow([protect_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_export(path: str | Path, data: bytes) -> None:
    """Written whole or not at all: a spreadsheet never opens half an export."""
    atomic_write_bytes(path, data)
