"""Text rules shared by every entry: cleaning, limits, dates, accent-insensitive search."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from refparcours.errors import ValidationError

NAME_MAX = 100
LABEL_MAX = 200
SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 5000

# C0/C1 control characters other than tab and newline: invisible, and they break prints.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
_APOSTROPHES = re.compile(r"'")
_SEPARATORS = re.compile(r"[-‐‑–—.,;:/()\[\]\"«»]")
_SEARCH_FOLD = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "’": "'", "ʼ": "'", "‘": "'"})


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """Trim and drop invisible control characters; NFC so "é" is stored one way.

    The visible words are kept exactly as typed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = _CONTROL.sub("", text)
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    return text.strip()


def check_length(text: str, limit: int, *, field: str, what: str) -> str:
    if len(text) > limit:
        raise ValidationError(
            "{what} est trop long : {count} caractères, {limit} au plus.",
            field=field,
            what=what,
            count=f"{len(text):,}".replace(",", " "),
            limit=f"{limit:,}".replace(",", " "),
        )
    return text


def required_text(value: str | None, limit: int, *, field: str, what: str) -> str:
    text = check_length(clean_text(value), limit, field=field, what=what)
    if not text:
        raise ValidationError("{what} ne peut pas être vide.", field=field, what=what)
    return text


def optional_text(value: str | None, limit: int, *, field: str, what: str, multiline: bool = False) -> str:
    return check_length(clean_text(value, multiline=multiline), limit, field=field, what=what)


_DATE_PATTERNS = (
    re.compile(r"^(?P<d>\d{1,2})[/.\- ](?P<m>\d{1,2})[/.\- ](?P<y>\d{4})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
)


def parse_date(value: str | date | None, *, field: str, what: str) -> date | None:
    """Read a date typed as JJ/MM/AAAA (or AAAA-MM-JJ); empty means no date."""
    if value is None or isinstance(value, date):
        return value
    text = clean_text(value)
    if not text:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            day, month, year = (int(match.group(k)) for k in ("d", "m", "y"))
            try:
                return date(year, month, day)
            except ValueError:
                raise ValidationError(
                    "{what} : le {text} n'existe pas dans le calendrier.", field=field, what=what, text=text
                ) from None
    raise ValidationError(
        "{what} : « {text} » n'est pas une date. Écrivez-la sous la forme JJ/MM/AAAA, par exemple 05/03/2019.",
        field=field,
        what=what,
        text=text[:40],
    )


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def search_key(*parts: str | None) -> str:
    """Lower-case, accent-free form used for searching: "Gérard" and "gerard" meet."""
    text = " ".join(p for p in parts if p)
    # Decompose, fold case, decompose again: "ℌ", "ᴬ" or "Ǣ" only become plain letters that
    # way, so a key folded twice stays the same (Unicode's compatibility caseless match).
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_SEARCH_FOLD)
    # "N'Diaye" is found by "ndiaye", "Tour-Gérard" by "tour gerard".
    text = _APOSTROPHES.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def search_terms(query: str) -> list[str]:
    """The words of a search query, folded like ``search_key``."""
    return [term for term in search_key(query).split(" ") if term]
