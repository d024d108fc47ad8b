"""What each field of a dossier, a household member or a network contact accepts.

Each rule turns what was typed into the stored value, or raises a French ValidationError
naming the field; nothing is saved when a rule refuses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from refparcours.domain import ContactKind, DossierState, HouseholdRole
from refparcours.errors import ValidationError
from refparcours.text import (
    LABEL_MAX,
    NAME_MAX,
    SHORT_TEXT_MAX,
    optional_text,
    parse_date,
    required_text,
)

EARLIEST_BIRTH = date(1900, 1, 1)

Rule = Callable[[Any, date], Any]


def _required(limit: int, what: str) -> Callable[[str], Rule]:
    def make(field: str) -> Rule:
        return lambda value, _today: required_text(value, limit, field=field, what=what)

    return make


def _optional(limit: int, what: str) -> Callable[[str], Rule]:
    def make(field: str) -> Rule:
        return lambda value, _today: optional_text(value, limit, field=field, what=what)

    return make


def _choice(enum_class: type, what: str) -> Callable[[str], Rule]:
    def make(field: str) -> Rule:
        def rule(value: Any, _today: date) -> Any:
            try:
                return enum_class(value)
            except ValueError:
                raise ValidationError("{what} : valeur inconnue « {value} ».", field=field, what=what, value=value) from None

        return rule

    return make


def _print_language(field: str) -> Rule:
    def rule(value: Any, _today: date) -> str:
        from refparcours.printlang import PRINT_LANGUAGES

        code = str(value or "fr").strip().lower()
        if code not in PRINT_LANGUAGES:
            raise ValidationError("La langue des documents : valeur inconnue « {value} ».", field=field, value=value)
        return code

    return rule


def _flag(field: str) -> Rule:
    return lambda value, _today: bool(value)


def check_past_date(value: Any, today: date, *, field: str, what: str, required: bool = False,
                    earliest: date | None = None) -> date | None:
    """A date typed by the user that cannot be in the future (nor, with ``earliest``, too old)."""
    parsed = parse_date(value, field=field, what=what)
    if parsed is None:
        if required:
            raise ValidationError("{what} est obligatoire.", field=field, what=what)
        return None
    if parsed > today:
        raise ValidationError(
            "{what} ne peut pas être dans le futur ({value}).", field=field, what=what,
            value=parsed.strftime("%d/%m/%Y"),
        )
    if earliest and parsed < earliest:
        raise ValidationError(
            "{what} est trop ancienne ({value}).", field=field, what=what, value=parsed.strftime("%d/%m/%Y")
        )
    return parsed


def _past_date(what: str, *, required: bool = False, earliest: date | None = None) -> Callable[[str], Rule]:
    def make(field: str) -> Rule:
        return lambda value, today: check_past_date(value, today, field=field, what=what, required=required,
                                                    earliest=earliest)

    return make


def _rules(spec: dict[str, Callable[[str], Rule]]) -> dict[str, Rule]:
    return {field: make(field) for field, make in spec.items()}


DOSSIER_RULES = _rules(
    {
        "label": _required(LABEL_MAX, "Le nom du dossier"),
        "territory": _optional(SHORT_TEXT_MAX, "Le territoire"),
        "referent": _optional(SHORT_TEXT_MAX, "Le nom du référent"),
        "state": _choice(DossierState, "L'état du dossier"),
        "opened_on": _past_date("La date d'ouverture", required=True),
        "last_contact_on": _past_date("La date du dernier contact"),
        "closed_on": _past_date("La date de clôture"),
        "closure_reason": _optional(SHORT_TEXT_MAX, "Le motif de clôture"),
        "address": _optional(SHORT_TEXT_MAX, "L'adresse"),
        "postal_code": _optional(20, "Le code postal"),
        "commune": _optional(SHORT_TEXT_MAX, "La commune"),
        "address_protected": _flag,
        "print_language": _print_language,
        "print_bilingual": _flag,
    }
)

PERSON_RULES = _rules(
    {
        "first_name": _optional(NAME_MAX, "Le prénom"),
        "last_name": _optional(NAME_MAX, "Le nom"),
        "birth_date": _past_date("La date de naissance", earliest=EARLIEST_BIRTH),
        "role": _choice(HouseholdRole, "Adulte ou enfant"),
        "relation": _optional(NAME_MAX, "Le lien dans le foyer"),
        "trusted_person": _flag,
    }
)

CONTACT_RULES = _rules(
    {
        "name": _required(LABEL_MAX, "Le nom"),
        "kind": _choice(ContactKind, "Proche ou professionnel"),
        "relation": _optional(NAME_MAX, "Le lien avec la famille"),
        "organisation": _optional(SHORT_TEXT_MAX, "La structure"),
        "role": _optional(SHORT_TEXT_MAX, "La fonction"),
        "contact": _optional(SHORT_TEXT_MAX, "Les coordonnées"),
        "chosen_by_family": _flag,
        "trusted_person": _flag,
    }
)


def apply_rules(rules: dict[str, Rule], changes: dict[str, Any], today: date) -> dict[str, Any]:
    cleaned = {}
    for field, value in changes.items():
        if field not in rules:
            # "field" is taken by ValidationError itself, so the template names it "name".
            raise ValidationError("Le champ « {name} » ne peut pas être modifié ici.", field=field, name=field)
        cleaned[field] = rules[field](value, today)
    return cleaned


def check_dossier(values: dict[str, Any]) -> None:
    """Rules that tie several fields of a dossier together."""
    closed = values["state"] == DossierState.CLOS
    if closed and values["closed_on"] is None:
        raise ValidationError("Un dossier clos doit avoir une date de clôture.", field="closed_on")
    if not closed and values["closed_on"] is not None:
        raise ValidationError("Seul un dossier clos a une date de clôture.", field="closed_on")
    opened = values["opened_on"]
    for field, what in (("last_contact_on", "Le dernier contact"), ("closed_on", "La clôture")):
        if values[field] is not None and values[field] < opened:
            raise ValidationError(
                "{what} ne peut pas précéder l'ouverture du dossier ({opened}).",
                field=field, what=what, opened=opened.strftime("%d/%m/%Y"),
            )


def check_person(values: dict[str, Any]) -> None:
    if not values["first_name"] and not values["last_name"]:
        raise ValidationError("Indiquez au moins un prénom ou un nom.", field="first_name")
