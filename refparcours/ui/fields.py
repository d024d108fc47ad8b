"""What the forms show for a dossier, a household member and a network contact."""

from __future__ import annotations


from refparcours.domain import OPEN_STATES, ContactKind, HouseholdRole
from refparcours.ui.forms import FieldSpec
from refparcours.ui.i18n import tr_core, translate



def dossier_fields() -> list[FieldSpec]:
    return [
        FieldSpec("label", translate("Fields", "Nom du dossier"), placeholder=translate("Fields", "Par exemple : Famille Martin")),
        FieldSpec("state", translate("Fields", "Étape"), "choice", tuple((s.value, tr_core(s.label)) for s in OPEN_STATES)),
        FieldSpec("referent", translate("Fields", "Référent·e de parcours")),
        FieldSpec("territory", translate("Fields", "Territoire")),
        FieldSpec("opened_on", translate("Fields", "Ouvert le"), "date"),
        FieldSpec("last_contact_on", translate("Fields", "Dernier contact le"), "date"),
        FieldSpec("address_protected", translate("Fields", "Adresse protégée"), "bool",
                  help=translate("Fields", "Par exemple pour une victime de violences : l'adresse n'apparaît alors dans aucune "
                          "liste ni aucun document, sauf si on choisit de l'afficher.")),
        FieldSpec("address", translate("Fields", "Adresse")),
        FieldSpec("postal_code", translate("Fields", "Code postal")),
        FieldSpec("commune", translate("Fields", "Commune")),
        FieldSpec("print_language", translate("Fields", "Langue des documents pour la famille"), "choice",
                  print_language_choices(),
                  help=translate("Fields", "Le projet, les comptes rendus, la plaquette et le résumé du repérage "
                                           "s'impriment dans cette langue ; les mots de chacun restent tels "
                                           "qu'ils sont écrits.")),
        FieldSpec("print_bilingual", translate("Fields", "Documents en français et dans cette langue"), "bool"),
    ]


def print_language_choices() -> tuple[tuple[str, str], ...]:
    """ "anglais — English": the French name, then the language's own."""
    from refparcours.printlang import NATIVE_NAMES, PRINT_LANGUAGES

    names = {"fr": translate("Fields", "français"), "en": translate("Fields", "anglais"),
             "es": translate("Fields", "espagnol"), "pt": translate("Fields", "portugais"),
             "ar": translate("Fields", "arabe"), "tr": translate("Fields", "turc")}
    return tuple((code, names[code] if code == "fr" else f"{names[code]} — {NATIVE_NAMES[code]}")
                 for code in PRINT_LANGUAGES)


def new_dossier_fields() -> list[FieldSpec]:
    keep = {"label", "referent", "territory", "state"}
    return [spec for spec in dossier_fields() if spec.name in keep]


def person_fields() -> list[FieldSpec]:
    return [
        FieldSpec("first_name", translate("Fields", "Prénom")),
        FieldSpec("last_name", translate("Fields", "Nom")),
        FieldSpec("role", translate("Fields", "Adulte ou enfant"), "choice", tuple((r.value, tr_core(r.label)) for r in HouseholdRole)),
        FieldSpec("relation", translate("Fields", "Lien dans le foyer"), placeholder=translate("Fields", "mère, fils, compagnon…")),
        FieldSpec("birth_date", translate("Fields", "Date de naissance"), "date"),
        FieldSpec("trusted_person", translate("Fields", "Personne de confiance"), "bool"),
    ]


def contact_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", translate("Fields", "Nom")),
        FieldSpec("kind", translate("Fields", "Proche ou professionnel"), "choice", tuple((k.value, tr_core(k.label)) for k in ContactKind)),
        FieldSpec("relation", translate("Fields", "Lien avec la famille"), placeholder=translate("Fields", "tante, voisine, ami…")),
        FieldSpec("organisation", translate("Fields", "Structure"), placeholder=translate("Fields", "CAF, collège, association…")),
        FieldSpec("role", translate("Fields", "Fonction")),
        FieldSpec("contact", translate("Fields", "Coordonnées"), placeholder=translate("Fields", "téléphone, courriel")),
        FieldSpec("chosen_by_family", translate("Fields", "Choisi·e par la famille"), "bool"),
        FieldSpec("trusted_person", translate("Fields", "Personne de confiance"), "bool"),
    ]
