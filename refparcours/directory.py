"""Cartographie de l'offre locale: who does what, when, where and how on the territory.
The words of the directory and the check of one structure. Pure rules, no database.

A structure is a dict of the fields below; ``check_structure`` returns it cleaned or raises a
``ValidationError`` naming the field, in French."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from refparcours.errors import ValidationError
from refparcours.text import SHORT_TEXT_MAX, check_length, clean_text, parse_date, search_key

KINDS = {
    "institution": "Institution",
    "association": "Association",
    "benevoles": "Bénévoles",
    "pairs": "Pairs aidants",
    "employeur": "Employeur",
    "autre": "Autre",
}
ACCESS_SUGGESTIONS = ("Sans condition", "Sur rendez-vous", "Sur orientation d'un professionnel",
                      "Permanence sans rendez-vous", "Gratuit", "Participation financière")
ORIENTATION_OUTCOMES = {
    "": "Pas encore de nouvelles",
    "pris_contact": "A pris contact",
    "accompagnement_commence": "Accompagnement commencé",
    "sans_suite": "Sans suite",
    "refuse_personne": "Refusé par la personne",  # their choice, never held against them
}
STALE_AFTER_DAYS = 365
DESCRIPTION_MAX = 10_000

# name: (label, kind) — kind is text | long | list | date | choice
FIELDS = {
    "name": ("Nom", "text"),
    "kind": ("Type de structure", "choice"),
    "domains": ("Domaines", "list"),
    "communes": ("Communes ou secteurs couverts", "list"),
    "address": ("Adresse", "text"),
    "postal_code": ("Code postal", "text"),
    "commune": ("Commune", "text"),
    "hours": ("Horaires", "long"),
    "access": ("Conditions d'accès", "text"),
    "contact_name": ("Personne à contacter", "text"),
    "phone": ("Téléphone", "text"),
    "email": ("Courriel", "text"),
    "description": ("Qui fait quoi, quand, où, comment", "long"),
    "verified_on": ("Vérifié le", "date"),
}
LIST_SEPARATORS = re.compile(r"\s*[;,/|\n]\s*")
_STRONG_SEPARATORS = re.compile(r"\s*[;/|\n]\s*")
_PHONE_CHARS = re.compile(r"^[+0-9 .()\-/]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def split_list(value: Any) -> list[str]:
    """ "Roubaix ; Tourcoing, Wattrelos" or a list → ["Roubaix", "Tourcoing", "Wattrelos"]."""
    items = value if isinstance(value, list | tuple) else LIST_SEPARATORS.split(str(value or ""))
    seen: dict[str, None] = {}
    for item in items:
        cleaned = clean_text(str(item))
        if cleaned:
            seen.setdefault(cleaned[:SHORT_TEXT_MAX], None)
    return list(seen)


def phone_digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def check_phone(value: Any) -> str:
    """Phones are kept as written ("03 20 00 00 00", "+33 3.20…", "0320000000 poste 12"),
    if they contain a phone number at all."""
    text = clean_text(str(value or ""))
    if not text:
        return ""
    digits = phone_digits(text)
    if len(digits) < 3 or len(digits) > 20:
        raise ValidationError("« {phone} » n'est pas un numéro de téléphone.", field="phone", phone=text[:40])
    return check_length(text, 60, field="phone", what="Le téléphone")


def domain_keys(value: Any, domains: dict[str, str]) -> list[str]:
    """Domains given by key or by label (accents and case ignored)."""
    by_label = {search_key(label): key for key, label in domains.items()} | {search_key(k): k for k in domains}
    found, unknown = [], []
    pieces = value if isinstance(value, list | tuple) else _STRONG_SEPARATORS.split(str(value or ""))
    for piece in pieces:
        # Labels hold commas ("Vie sociale, culture, loisirs"): match the longest run of comma parts.
        parts = [p.strip() for p in str(piece).split(",") if p.strip()]
        start = 0
        while start < len(parts):
            for end in range(len(parts), start, -1):
                key = by_label.get(search_key(", ".join(parts[start:end])))
                if key:
                    found.append(key)
                    start = end
                    break
            else:
                unknown.append(parts[start])
                start += 1
    if unknown:
        raise ValidationError("Domaine inconnu : « {name} » (domaines : {known}).", field="domains",
                              name=unknown[0][:60], known=", ".join(domains.values()))
    return list(dict.fromkeys(found))


def kind_key(value: Any) -> str:
    text = search_key(str(value or ""))
    if not text:
        return "autre"
    for key, label in KINDS.items():
        if text in (key, search_key(label)) or search_key(label).startswith(text):
            return key
    raise ValidationError("Type de structure inconnu : « {kind} » (types : {known}).", field="kind",
                          kind=str(value)[:60], known=", ".join(KINDS.values()))


def check_structure(values: dict[str, Any], domains: dict[str, str], today: date) -> dict[str, Any]:
    """One structure, cleaned: every field checked, missing ones empty."""
    name = check_length(clean_text(values.get("name")), SHORT_TEXT_MAX, field="name", what="Le nom")
    if not name:
        raise ValidationError("Le nom de la structure manque.", field="name")
    cleaned: dict[str, Any] = {"name": name, "kind": kind_key(values.get("kind")),
                               "domains": domain_keys(values.get("domains"), domains),
                               "communes": split_list(values.get("communes"))}
    for field in ("address", "postal_code", "commune", "access", "contact_name"):
        cleaned[field] = check_length(clean_text(values.get(field)), SHORT_TEXT_MAX, field=field,
                                      what=FIELDS[field][0])
    for field in ("hours", "description"):
        cleaned[field] = check_length(clean_text(values.get(field), multiline=True), DESCRIPTION_MAX, field=field,
                                      what=FIELDS[field][0])
    cleaned["phone"] = check_phone(values.get("phone"))
    email = clean_text(values.get("email"))
    if email and not _EMAIL.match(email):
        raise ValidationError("« {email} » n'est pas une adresse de courriel.", field="email", email=email[:60])
    cleaned["email"] = check_length(email, SHORT_TEXT_MAX, field="email", what="Le courriel")
    verified = parse_date(values.get("verified_on") or None, field="verified_on", what="La date de vérification")
    if verified and verified > today:
        raise ValidationError("La date de vérification est dans le futur.", field="verified_on")
    cleaned["verified_on"] = verified
    return cleaned


def is_stale(verified_on: date | None, today: date) -> bool:
    """Not verified for over a year (or never): marked in the list."""
    return verified_on is None or (today - verified_on).days > STALE_AFTER_DAYS


def duplicate_key(name: str, commune: str, postal_code: str = "") -> str:
    """Two rows for the same structure: same name in the same commune, accents and case aside."""
    return f"{search_key(name)}|{search_key(commune) or search_key(postal_code)}"


def structure_search_text(values: dict[str, Any]) -> str:
    return search_key(values.get("name"), values.get("commune"), " ".join(values.get("communes") or []),
                      values.get("description"), values.get("access"), values.get("contact_name"))
