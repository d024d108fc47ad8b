"""Command line: open the app, fill a demo database, or run the benchmark."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from refparcours import __version__
from refparcours.consent import PROFESSIONAL_CATEGORIES


def _size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre entier") from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("le nombre de dossiers doit être compris entre 1 et 1 000 000")
    return value


def _scale(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas une échelle (exemple : 1.5)") from None
    if not 0.5 <= value <= 4:
        raise argparse.ArgumentTypeError("l'échelle doit être comprise entre 0.5 et 4")
    return value


def _version_number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un numéro de version (1, 2, 3…)")
    return int(text)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas une date AAAA-MM-JJ") from None


# argparse writes its own messages in English: the common ones, in French.
_ARGPARSE_MESSAGES = (
    (re.compile(r"^the following arguments are required: (.*)$"), "argument obligatoire manquant : {0}"),
    (re.compile(r"^unrecognized arguments: (.*)$"), "arguments inconnus : {0}"),
    (re.compile(r"^argument (\S+): expected one argument$"), "l'option {0} attend une valeur"),
    (re.compile(r"^argument (\S+): invalid choice: (.*?) \(choose from (.*)\)$"), "{0} : choix inconnu {1} (possibles : {2})"),
    (re.compile(r"^argument (\S+): (.*)$"), "{0} : {1}"),
)


def _in_french(message: str) -> str:
    for pattern, french in _ARGPARSE_MESSAGES:
        match = pattern.match(message)
        if match:
            return french.format(*match.groups())
    return message


class FrenchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, prefix="utilisation : " if prefix is None else prefix)


class FrenchParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        super().__init__(*args, **kwargs)
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str):
        self.print_usage()
        self.exit(2, f"{self.prog} : erreur : {_in_french(message)}\n")


DATABASE_HELP = (
    "base de données à utiliser : un chemin de fichier SQLite (ex. /tmp/x.db), une URL "
    "sqlite:///chemin ou postgresql://utilisateur@serveur/base. Par défaut : la base de "
    "l'utilisateur dans son dossier de données."
)


def _add_print_language_options(command: argparse.ArgumentParser, default: str) -> None:
    from refparcours.printlang import PRINT_LANGUAGES

    languages = ", ".join(f"{code} ({name})" for code, name in PRINT_LANGUAGES.items())
    command.add_argument("--langue", choices=list(PRINT_LANGUAGES), metavar="LANGUE", dest="print_language",
                         help=f"la langue du document pour la famille : {languages} (défaut : {default})")
    command.add_argument("--bilingue", action=argparse.BooleanOptionalAction, dest="print_bilingual",
                         help="chaque titre et chaque phrase fixe en français et dans cette langue")


def _add_account_options(parser: argparse.ArgumentParser, creating: bool = False) -> None:
    """Which base, and which account opens it: the same options for every command."""
    parser.add_argument("--database", metavar="URL", help=DATABASE_HELP)
    parser.add_argument("--user", metavar="IDENTIFIANT",
                        help="compte à utiliser" + (" (ou à créer ; défaut : demo)" if creating else
                                                    " (inutile s'il n'y en a qu'un)"))
    parser.add_argument("--passphrase-file", metavar="FICHIER",
                        help="pour l'automatisation (scripts, tests) : fichier dont la première ligne est le "
                             "mot de passe du compte. Sans cette option, le mot de passe est demandé.")


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchParser(
        prog="refparcours",
        description=(
            "refparcours — l'outil des référents de parcours : les dossiers des familles "
            "accompagnées, leur foyer et leur réseau. Sans commande, ouvre l'application."
        ),
        epilog=(
            "Exemples :\n"
            "  refparcours                                   ouvre la base par défaut\n"
            "  refparcours --database /tmp/essai.db          ouvre une autre base\n"
            "  refparcours demo --size 200 --database /tmp/essai.db\n"
            "                                                crée 200 dossiers fictifs\n"
            "  refparcours audit verify                      vérifie le journal d'audit\n"
            "  refparcours backup | restore FICHIER | check  sauvegarde, restauration, vérification\n"
            "  refparcours print-plan \"Benali\" --out plan.pdf  imprime le projet pour la famille\n"
            "  refparcours export-person \"Samira Benali\" --out ~/export   droit d'accès (PDF + JSON)\n"
            "  refparcours print-leaflet --out plaquette.pdf --referent \"Julie Martin\"\n"
            "  refparcours bench --size 20000                mesure les performances"
        ),
    )
    parser.add_argument("--version", action="version", version=f"refparcours {__version__}", help="afficher la version")
    parser.add_argument("--scale", type=_scale, metavar="ÉCHELLE",
                        help="taille de l'interface (1 = normale, 1.5 pour un vidéoprojecteur)")
    parser.add_argument("--language", choices=["fr", "en", "system"], metavar="LANGUE",
                        help="langue de l'interface pour cette fois : fr, en ou system (défaut : le réglage)")
    _add_account_options(parser)
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", title="commandes", metavar="COMMANDE", parser_class=FrenchParser)

    demo = commands.add_parser(
        "demo",
        help="remplir une base vide avec des familles fictives",
        description=(
            "Remplit une base vide avec des dossiers fictifs : foyers de 1 à 8 personnes, noms "
            "accentués, réseau de proches et de professionnels, dossiers dans tous les états, dates "
            "sur cinq ans. Même graine et même date de référence : mêmes données."
        ),
    )
    demo.add_argument("--size", type=_size, required=True, metavar="N", help="nombre de dossiers à créer")
    _add_account_options(demo, creating=True)
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="graine du tirage (défaut : 1)")
    demo.add_argument("--reference-date", type=_iso_date, metavar="AAAA-MM-JJ",
                      help="date « d'aujourd'hui » des données (défaut : aujourd'hui)")

    audit = commands.add_parser(
        "audit", help="vérifier le journal d'audit",
        description="Vérifie la chaîne du journal d'audit et nomme le premier maillon rompu s'il y en a un.")
    audit.add_argument("action", choices=["verify"], metavar="verify", help="vérifier la chaîne")
    _add_account_options(audit)

    backup = commands.add_parser(
        "backup", help="sauvegarder la base maintenant (copie chiffrée vérifiée)",
        description="Sauvegarde la base dans le dossier « sauvegardes » voisin, chiffrée comme elle, puis "
                    "vérifie la copie. La base peut rester ouverte dans l'application.")
    backup.add_argument("--to", type=Path, metavar="DOSSIER",
                        help="seconde destination (clé USB, dossier réseau) où copier aussi la sauvegarde")
    _add_account_options(backup)

    restore = commands.add_parser(
        "restore", help="remplacer la base par une sauvegarde",
        description="Vérifie la sauvegarde, sauvegarde la base actuelle, puis la remplace d'un coup. "
                    "L'application doit être fermée.")
    restore.add_argument("file", metavar="FICHIER", help="la sauvegarde à restaurer")
    _add_account_options(restore)

    check = commands.add_parser(
        "check", help="vérifier l'intégrité et le chiffrement de la base",
        description="Vérifie que la base s'ouvre avec la clé et que ses pages sont intactes.")
    check.add_argument("--full", action="store_true", help="vérification complète (plus longue)")
    _add_account_options(check)

    print_plan = commands.add_parser(
        "print-plan", help="imprimer le projet pour la famille (PPF) d'un dossier en PDF",
        description="Écrit le PPF d'un dossier en PDF (A4). Sans --version, le brouillon en cours est figé en une "
                    "nouvelle version s'il a changé depuis la dernière, et c'est elle qui est imprimée.")
    print_plan.add_argument("dossier", metavar="DOSSIER",
                            help="le dossier : son identifiant, ou des mots de son nom (un seul dossier doit "
                                 "correspondre)")
    print_plan.add_argument("--out", type=Path, required=True, metavar="FICHIER.pdf", help="le PDF à écrire")
    print_plan.add_argument("--version", type=_version_number, dest="plan_version", metavar="N",
                            help="imprimer la version N déjà figée")
    print_plan.add_argument("--copy", choices=["famille", "partenaire"], default="famille",
                            help="copie pour la famille (défaut) ou pour un partenaire (seulement les parties que "
                                 "la famille a accepté de partager)")
    print_plan.add_argument("--recipient", default="", metavar="NOM",
                            help="à qui la copie est remise : pour une copie partenaire, le nom d'un partenaire de la "
                                 "liste, ou un professionnel avec --category")
    print_plan.add_argument("--category", default="", metavar="CATÉGORIE",
                            choices=["", *PROFESSIONAL_CATEGORIES],
                            help="catégorie de professionnels d'un destinataire hors liste : "
                                 + ", ".join(PROFESSIONAL_CATEGORIES))
    print_plan.add_argument("--plain", action="store_true", help="langage simple : phrases courtes, un symbole par "
                                                                  "domaine, gros caractères")
    print_plan.add_argument("--signatures", action="store_true", help="ajouter le cadre des signatures (facultatives)")
    _add_print_language_options(print_plan, "celle choisie pour le dossier")
    _add_account_options(print_plan)

    leaflet = commands.add_parser(
        "print-leaflet", help="imprimer la plaquette d'information pour les familles (PDF)",
        description="La plaquette qui explique la démarche aux familles, avec les coordonnées du territoire "
                    "(réglées dans l'application : Fichier → Plaquette d'information).")
    leaflet.add_argument("--out", type=Path, required=True, metavar="FICHIER.pdf", help="le PDF à écrire")
    leaflet.add_argument("--referent", default="", metavar="NOM", help="le référent de parcours de la famille")
    leaflet.add_argument("--plain", action="store_true", help="en langage simple (phrases courtes)")
    leaflet.add_argument("--booklet", action="store_true", help="en livret A5 plié (A4 paysage, recto verso)")
    _add_print_language_options(leaflet, "français")

    export = commands.add_parser(
        "export-person", help="droit d'accès : tout ce qui est enregistré sur une personne (PDF et JSON)",
        description="Écrit dans DOSSIER un PDF lisible et un JSON de tout ce qui est enregistré sur la personne : "
                    "son dossier, les projets et leurs versions, les rencontres, les repérages, ses accords, les "
                    "partages, les corrections. L'export est inscrit dans le journal des partages.")
    export.add_argument("person", metavar="PERSONNE", help="son identifiant, ou « Prénom Nom »")
    export.add_argument("--out", type=Path, required=True, metavar="DOSSIER", help="le dossier où écrire")
    _add_account_options(export)

    package_help = ("fichier dont la première ligne est la phrase secrète du paquet (sinon elle est demandée) ; "
                    "elle se transmet au destinataire à part, jamais avec le fichier")
    export_dossier = commands.add_parser(
        "export-dossier", help="le dossier entier dans un paquet chiffré (relais, travail hors ligne)",
        description="Écrit le dossier entier (foyer, réseau, repérages, projets et versions, rencontres, accords, "
                    "partages, historique) dans un fichier chiffré par une phrase secrète. Vers un autre référent, "
                    "il faut l'accord de la famille : --recipient et --category.")
    export_dossier.add_argument("dossier", metavar="DOSSIER", help="son identifiant, ou des mots de son nom")
    export_dossier.add_argument("--out", type=Path, required=True, metavar="FICHIER", help="le paquet à écrire")
    export_dossier.add_argument("--recipient", default="", metavar="NOM", help="le destinataire (un autre service)")
    export_dossier.add_argument("--category", default="", metavar="CATÉGORIE", choices=["", *PROFESSIONAL_CATEGORIES],
                                help="sa catégorie de professionnels")
    export_dossier.add_argument("--package-passphrase-file", metavar="FICHIER", help=package_help)
    _add_account_options(export_dossier)

    import_dossier = commands.add_parser(
        "import-dossier", help="importer un paquet de dossier",
        description="Importe un paquet : les fiches nouvelles sont ajoutées, celles qui n'existent qu'ici sont "
                    "gardées ; si des fiches diffèrent, elles sont listées et rien n'est importé, sauf avec --prefer.")
    import_dossier.add_argument("file", type=Path, metavar="FICHIER", help="le paquet")
    import_dossier.add_argument("--prefer", choices=["paquet", "local"],
                                help="pour les fiches qui diffèrent : garder celles du paquet, ou celles d'ici")
    import_dossier.add_argument("--package-passphrase-file", metavar="FICHIER", help=package_help)
    _add_account_options(import_dossier)

    load = commands.add_parser(
        "load-bench", help="charge d'un serveur d'équipe : des référents simulés en même temps",
        description="Sur une base PostgreSQL vide (de test !), des référents simulés — chacun son processus et sa "
                    "connexion — ouvrent des dossiers, filtrent, modifient leur projet, écrivent en réunion et "
                    "impriment ; puis chaque écriture confirmée est vérifiée et le 95e centile de chaque opération "
                    "est donné.")
    load.add_argument("--database", metavar="URL", required=True, help="postgresql://… (une base de test vide)")
    load.add_argument("--users", type=_size, default=50, metavar="N", help="référents simulés (défaut : 50)")
    load.add_argument("--seconds", type=_size, default=60, metavar="S", help="durée (défaut : 60)")
    load.add_argument("--think", type=float, default=0.5, metavar="S",
                      help="temps moyen entre deux actions d'un référent (défaut : 0,5 s ; 0 = sans pause)")
    load.add_argument("--json", action="store_true", help="écrire les résultats en JSON")

    bench = commands.add_parser(
        "bench",
        help="mesurer les performances sur une base générée",
        description=(
            "Mesure, sur une base générée, le démarrage jusqu'à la fenêtre prête, le filtrage au fil "
            "de la frappe, l'ouverture d'un dossier et la mémoire, chacun à côté de son plancher mesuré "
            "dans la même exécution (fenêtre Qt nue, requête SQL brute)."
        ),
    )
    bench.add_argument("--size", type=_size, default=20_000, metavar="N", help="nombre de dossiers (défaut : 20000)")
    bench.add_argument("--json", action="store_true", help="écrire les résultats en JSON")
    bench.add_argument("--workdir", metavar="DOSSIER", help="où garder la base générée (réutilisée d'une fois sur l'autre)")
    return parser
