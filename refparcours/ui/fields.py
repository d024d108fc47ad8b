"""What the forms show for a dossier, a household member and a network contact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from refparcours.domain import OPEN_STATES, ContactKind, HouseholdRole
from refparcours.ui.forms import FieldSpec
from refparcours.ui.i18n import tr_core


def _t(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def dossier_fields() -> list[FieldSpec]:
    return [
        FieldSpec("label", _t("Nom du dossier"), placeholder=_t("Par exemple : Famille Martin")),
        FieldSpec("state", _t("Étape"), "choice", tuple((s.value, tr_core(s.label)) for s in OPEN_STATES)),
        FieldSpec("referent", _t("Référent·e de parcours")),
        FieldSpec("territory", _t("Territoire")),
        FieldSpec("opened_on", _t("Ouvert le"), "date"),
        FieldSpec("last_contact_on", _t("Dernier contact le"), "date"),
        FieldSpec("address_protected", _t("Adresse protégée"), "bool",
                  help=_t("Par exemple pour une victime de violences : l'adresse n'apparaît alors dans aucune "
                          "liste ni aucun document, sauf si on choisit de l'afficher.")),
        FieldSpec("address", _t("Adresse")),
        FieldSpec("postal_code", _t("Code postal")),
        FieldSpec("commune", _t("Commune")),
    ]


def new_dossier_fields() -> list[FieldSpec]:
    keep = {"label", "referent", "territory", "state"}
    return [spec for spec in dossier_fields() if spec.name in keep]


def person_fields() -> list[FieldSpec]:
    return [
        FieldSpec("first_name", _t("Prénom")),
        FieldSpec("last_name", _t("Nom")),
        FieldSpec("role", _t("Adulte ou enfant"), "choice", tuple((r.value, tr_core(r.label)) for r in HouseholdRole)),
        FieldSpec("relation", _t("Lien dans le foyer"), placeholder=_t("mère, fils, compagnon…")),
        FieldSpec("birth_date", _t("Date de naissance"), "date"),
        FieldSpec("trusted_person", _t("Personne de confiance"), "bool"),
    ]


def contact_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", _t("Nom")),
        FieldSpec("kind", _t("Proche ou professionnel"), "choice", tuple((k.value, tr_core(k.label)) for k in ContactKind)),
        FieldSpec("relation", _t("Lien avec la famille"), placeholder=_t("tante, voisine, ami…")),
        FieldSpec("organisation", _t("Structure"), placeholder=_t("CAF, collège, association…")),
        FieldSpec("role", _t("Fonction")),
        FieldSpec("contact", _t("Coordonnées"), placeholder=_t("téléphone, courriel")),
        FieldSpec("chosen_by_family", _t("Choisi·e par la famille"), "bool"),
        FieldSpec("trusted_person", _t("Personne de confiance"), "bool"),
    ]
