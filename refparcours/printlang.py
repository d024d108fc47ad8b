"""The languages the documents handed to a family can be printed in, and their catalogues.

Each language has a catalogue, ``resources/print-languages/<code>.toml``: the headings,
labels and fixed sentences of the printed documents, with ``{placeholders}`` for what is
filled in (a date, a name). French (``fr.toml``) is the source: every other catalogue has
the same keys and the same placeholders. Someone's own words never go through a catalogue.

A catalogue with a mistake is refused with a French message naming the file."""

from __future__ import annotations

import re
import string
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from refparcours.errors import UserFacingError
from refparcours.paths import resources_dir
from refparcours.tomlfiles import read_toml

FRENCH = "fr"
# In the order offered; the French names are what the interface shows.
PRINT_LANGUAGES = {
    "fr": "français",
    "en": "anglais",
    "es": "espagnol",
    "pt": "portugais",
    "ar": "arabe",
    "tr": "turc",
}
# Each language's own name, shown beside the French one so the family recognises theirs.
NATIVE_NAMES = {"fr": "français", "en": "English", "es": "español", "pt": "português", "ar": "العربية",
                "tr": "Türkçe"}
DIRECTIONS = ("ltr", "rtl")

_lock = threading.Lock()
_cache: dict[str, Catalogue] = {}


class PrintLanguageError(UserFacingError):
    pass


def catalogues_dir() -> Path:
    return resources_dir() / "print-languages"


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a text fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[prefix + key] = value
    return flat


def _strings(value: Any) -> list[str] | None:
    """Every text in a value (a text, or a list of texts, or a list of lists of texts);
    None if it holds anything else."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        found: list[str] = []
        for item in value:
            inner = _strings(item)
            if inner is None:
                return None
            found += inner
        return found
    return None


def _shape(value: Any) -> Any:
    """The shape of a value, for comparing a catalogue with the French one: lists keep their
    lengths, texts are just texts."""
    return [_shape(item) for item in value] if isinstance(value, list) else "texte"


@dataclass(frozen=True)
class Catalogue:
    code: str
    name: str  # the language's own name ("English", "العربية")
    direction: str  # "ltr" or "rtl"
    tag: str  # a language tag for the PDF's properties ("en-GB")
    entries: dict[str, Any]
    source: str

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def raw(self, key: str) -> Any:
        try:
            return self.entries[key]
        except KeyError:
            if self.code == FRENCH:
                raise
            return french().raw(key)  # a catalogue checked by the tests misses nothing; never fail a print

    def text(self, key: str, **values: Any) -> str:
        template = self.raw(key)
        return template.format(**values) if values else template

    def texts(self, key: str) -> list[Any]:
        return list(self.raw(key))

    def has(self, key: str) -> bool:
        return key in self.entries

    # -- dates -------------------------------------------------------------------------------

    def long_date(self, value: date) -> str:
        """ "1er mars 2026", "1 March 2026", "1 Mart 2026": the way a date is said."""
        first = self.raw("dates.first_day") if value.day == 1 else ""
        return self.text("dates.long", day=first or str(value.day), month=self.raw("dates.months")[value.month - 1],
                         year=value.year)

    def short_date(self, value: date) -> str:
        return self.text("dates.short", day=f"{value.day:02d}", month=f"{value.month:02d}", year=f"{value.year:04d}")

    def weekday(self, value: date) -> str:
        return self.raw("dates.weekdays")[value.weekday()]

    def clock(self, hours: int, minutes: int) -> str:
        if minutes:
            return self.text("dates.time", hours=hours, minutes=f"{minutes:02d}")
        return self.text("dates.time_hour", hours=hours, minutes="00")

    def names(self, names: list[str]) -> str:
        """ "A", "A et B", "A, B et C" (the names as given)."""
        if len(names) <= 1:
            return "".join(names)
        return self.text("common.list_last", rest=self.raw("common.list_separator").join(names[:-1]),
                         last=names[-1])


@dataclass(frozen=True)
class PrintLanguage:
    """The language a document is printed in; ``bilingual``: each fixed text in French and
    in that language (the document then reads left to right, French first)."""

    code: str = FRENCH
    bilingual: bool = False

    @property
    def catalogue(self) -> Catalogue:
        return load_catalogue(self.code)

    @property
    def french(self) -> Catalogue:
        return french()

    @property
    def both(self) -> bool:
        """Two languages on the page."""
        return self.bilingual and self.code != FRENCH

    @property
    def rtl(self) -> bool:
        """The document reads right to left."""
        return self.catalogue.rtl and not self.both

    @property
    def tag(self) -> str:
        return "fr-FR" if self.code == FRENCH or self.both else self.catalogue.tag

    def inline(self, french_text: str, translated: str) -> str:
        """A label or a heading in both languages on one line: "Ma demande / My request"."""
        if not self.both:
            return translated
        colon = ""
        if french_text.endswith(":") and translated.rstrip().endswith(":"):
            french_text = french_text[:-1].rstrip()
            if self.catalogue.rtl:  # one colon, after both, where a French line expects it
                translated, colon = translated.rstrip()[:-1].rstrip(), "\u00a0:"
        if self.catalogue.rtl:  # one piece read right to left, its numbers with it
            translated = "\u202b" + translated + "\u202c"  # an embedding: RLE … PDF
        return f"{french_text} / {translated}{colon}"


def parse_catalogue(data: bytes, source: str, code: str) -> Catalogue:
    """A catalogue read from ``data``; a mistake is refused with a French message."""
    document = read_toml(data, source, "de langue d'impression", PrintLanguageError)
    language = document.get("language")
    if not isinstance(language, dict):
        raise PrintLanguageError("Le fichier de langue « {source} » n'a pas de section [language].", source=source)
    for name in ("code", "name", "direction", "tag"):
        if not isinstance(language.get(name), str) or not language[name].strip():
            raise PrintLanguageError("Le fichier de langue « {source} » : « {name} » manque dans [language].",
                                     source=source, name=name)
    if language["code"] != code:
        raise PrintLanguageError("Le fichier de langue « {source} » est celui de la langue « {found} », "
                                 "pas « {code} ».", source=source, found=language["code"], code=code)
    if language["direction"] not in DIRECTIONS:
        raise PrintLanguageError("Le fichier de langue « {source} » : le sens d'écriture doit être « ltr » ou "
                                 "« rtl », pas « {found} ».", source=source, found=language["direction"])
    entries = _flatten({key: value for key, value in document.items() if key != "language"})
    for key, value in entries.items():
        texts = _strings(value)
        if texts is None:
            raise PrintLanguageError("Le fichier de langue « {source} » : « {key} » doit être un texte ou une liste "
                                     "de textes.", source=source, key=key)
        for text in texts:
            try:
                placeholders(text)
            except ValueError:
                raise PrintLanguageError("Le fichier de langue « {source} » : une accolade de « {key} » n'est pas "
                                         "fermée (écrivez {{nom}}).", source=source, key=key) from None
    return Catalogue(code, language["name"].strip(), language["direction"], language["tag"].strip(), entries, source)


def differences(catalogue: Catalogue, source: Catalogue) -> list[str]:
    """What ``catalogue`` lacks or changed compared with the French ``source``, in French
    sentences (empty: nothing)."""
    problems = []
    for key, value in source.entries.items():
        if key not in catalogue.entries:
            problems.append(f"« {key} » manque")
            continue
        theirs = catalogue.entries[key]
        if _shape(theirs) != _shape(value):
            problems.append(f"« {key} » n'a pas la même forme (nombre de lignes) qu'en français")
            continue
        for mine, french_text in zip(_strings(theirs) or [], _strings(value) or [], strict=True):
            if placeholders(mine) != placeholders(french_text):
                expected = ", ".join(sorted(placeholders(french_text))) or "aucune"
                problems.append(f"« {key} » : les parties à remplir doivent être {{{expected}}}")
    problems += [f"« {key} » n'existe pas en français" for key in catalogue.entries if key not in source.entries]
    return problems


def load_catalogue(code: str, folder: Path | None = None) -> Catalogue:
    """The catalogue of a language (read once per process from the resources)."""
    if code not in PRINT_LANGUAGES:
        raise PrintLanguageError("Langue d'impression inconnue : « {code} » (langues possibles : {codes}).",
                                 code=code, codes=", ".join(PRINT_LANGUAGES))
    if folder is None:
        with _lock:
            if code in _cache:
                return _cache[code]
    path = (folder or catalogues_dir()) / f"{code}.toml"
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PrintLanguageError("Le fichier de langue « {path} » est illisible ({detail}). Réinstallez refparcours.",
                                 path=str(path), detail=error.strerror or str(error)) from None
    catalogue = parse_catalogue(data, path.name, code)
    if folder is None:
        with _lock:
            _cache[code] = catalogue
    return catalogue


def french() -> Catalogue:
    return load_catalogue(FRENCH)


def print_language(code: str | None) -> str:
    """A stored or typed language code, checked ("" or None: French)."""
    code = (code or FRENCH).strip().lower()
    if code not in PRINT_LANGUAGES:
        raise PrintLanguageError("Langue d'impression inconnue : « {code} » (langues possibles : {codes}).",
                                 code=code, codes=", ".join(PRINT_LANGUAGES))
    return code


_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def has_rtl(text: str) -> bool:
    """Whether a text holds letters written right to left (Arabic, Hebrew…)."""
    return bool(_RTL_CHARS.search(text))
