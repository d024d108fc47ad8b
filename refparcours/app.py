"""Entry point: ``refparcours`` and ``python -m refparcours``.

The interface is imported only when a window is needed, so the other commands run
without loading Qt."""

from __future__ import annotations

import gc
import sys
from contextlib import contextmanager
from pathlib import Path

from refparcours.cli import build_parser
from refparcours.errors import UserFacingError


def _print_error(error: UserFacingError) -> int:
    print(f"refparcours : {error.message}", file=sys.stderr)
    return 2


def _print_file_error(what: str, error: OSError) -> int:
    """ "le PDF n'a pas pu être écrit", with the system's reason."""
    print(f"refparcours : {what} ({error.strerror or error}).", file=sys.stderr)
    return 2


def _database_argument(args):
    from refparcours.paths import default_database_path

    return args.database or default_database_path()


def _open_or_create_for_demo(args):
    """The demo fills a new installation: its first account is created with the given password."""
    from refparcours.data.database import resolve_url, sqlite_file
    from refparcours.security.accounts import Installation
    from refparcours.security.session import ask_password, open_for_command

    path = sqlite_file(resolve_url(_database_argument(args)))
    if path is None:
        from refparcours.data.database import open_database
        from refparcours.security.server_accounts import ServerInstallation

        server = ServerInstallation(open_database(_database_argument(args)))
        if not server.needs_first_account:
            server.database.close()
            return open_for_command(_database_argument(args), args.user or "demo", args.passphrase_file)
        username = args.user or "demo"
        password = ask_password(args.passphrase_file, f"Mot de passe du compte « {username} » à créer : ")
        session, _ = server.create(username, "Compte de démonstration", password)
        print(f"Compte administrateur « {username} » créé sur le serveur.")
        return session
    if not Installation(path).needs_first_account:
        return open_for_command(_database_argument(args), args.user, args.passphrase_file)
    username = args.user or "demo"
    password = ask_password(args.passphrase_file, f"Mot de passe du compte « {username} » à créer : ")
    session, recovery_key = Installation(path).create(username, "Compte de démonstration", password)
    print(f"Base chiffrée créée ; compte administrateur « {username} ».")
    print(f"Clé de secours (à noter et garder en lieu sûr, elle n'est montrée qu'une fois) : {recovery_key}")
    return session


def run_demo(args) -> int:
    from refparcours.demo import fill_demo
    from refparcours.security import audit

    try:
        opened = _open_or_create_for_demo(args)
        database = getattr(opened, "database", opened)
        actor = getattr(opened, "actor", audit.SYSTEM)
        try:
            def progress(done: int, total: int) -> None:
                print(f"\r{done} / {total} dossiers", end="", file=sys.stderr, flush=True)

            fill_demo(database, args.size, seed=args.seed, reference=args.reference_date, progress=progress)
            from refparcours.demo_plans import add_demo_plans

            plans = add_demo_plans(database, seed=args.seed, reference=args.reference_date, actor=actor)
            from refparcours.demo_directory import add_demo_directory

            add_demo_directory(database, reference=args.reference_date, actor=actor)
            with database.engine.begin() as connection:
                audit.append(connection, actor, "create", record_type="dossier",
                             detail=f"{args.size} dossiers de démonstration")
            print(file=sys.stderr)
            print(f"{args.size} dossiers fictifs écrits dans {database.path or database.display_name}, "
                  f"dont {plans} avec un projet pour la famille")
        finally:
            opened.close()
    except UserFacingError as error:
        return _print_error(error)
    return 0


def run_audit(args) -> int:
    from refparcours.security import audit

    try:
        with _signed_in(args) as service, service.database.engine.begin() as connection:
            report = audit.verify(connection)
    except UserFacingError as error:
        return _print_error(error)
    print(report.message)
    return 0 if report.ok else 1


def run_backup(args) -> int:
    from refparcours.data.backups import make_backup
    from refparcours.security.session import unlock_key

    try:
        path, key = unlock_key(_database_argument(args), args.user, args.passphrase_file)
        result = make_backup(path, key, "manuelle", second_destination=args.to)
    except UserFacingError as error:
        return _print_error(error)
    print(f"Sauvegarde vérifiée : {result.path}")
    if result.second_copy:
        print(f"Copie : {result.second_copy}")
    if result.warning:
        print(f"Attention : {result.warning}", file=sys.stderr)
    return 0


def run_restore(args) -> int:
    from refparcours.data.backups import restore
    from refparcours.security import audit
    from refparcours.security.session import open_for_command, unlock_key

    try:
        path, key = unlock_key(_database_argument(args), args.user, args.passphrase_file)
        safety = restore(Path(args.file), path, key)
        print(f"Sauvegarde restaurée dans {path}.")
        if safety:
            print(f"La base remplacée est gardée : {safety}")
        # Recorded in the restored base's own log, under the account that asked for it.
        session = open_for_command(path, args.user, args.passphrase_file)
        with session.database.engine.begin() as connection:
            audit.append(connection, session.actor, "restore_backup", record_type="base", detail=Path(args.file).name)
        session.close()
    except UserFacingError as error:
        return _print_error(error)
    return 0


def run_check(args) -> int:
    from refparcours.data.backups import check_file
    from refparcours.security.session import unlock_key

    try:
        path, key = unlock_key(_database_argument(args), args.user, args.passphrase_file)
        report = check_file(path, key, full=args.full)
    except UserFacingError as error:
        return _print_error(error)
    print(report.message)
    return 0 if report.ok else 1


@contextmanager
def _signed_in(args):
    """The account's dossiers on the base named on the command line (logged in), closed after."""
    from refparcours.security.session import open_for_command

    opened = open_for_command(_database_argument(args), args.user, args.passphrase_file)
    try:
        yield dossier_service_for(opened)
    finally:
        opened.close()


def dossier_service_for(opened):
    """The dossiers an opened session may reach: a référent's own and those shared with them."""
    from refparcours.domain import Role
    from refparcours.dossiers import DossierService
    from refparcours.security import audit

    account = getattr(opened, "account", None)
    scope = account.id if account is not None and account.role == Role.REFERENT else None
    return DossierService(getattr(opened, "database", opened), actor=account.actor if account else audit.SYSTEM,
                          scope=scope)


def find_dossier(service, text: str):
    """A dossier named on the command line: its id, or words matching exactly one label."""
    import uuid

    from refparcours.dossiers import key_to_uuid
    from refparcours.text import search_key

    try:
        return uuid.UUID(text.strip())
    except ValueError:
        pass
    keys = service.search(text)
    if len(keys) == 1:
        return key_to_uuid(keys[0])
    if not keys:
        raise UserFacingError("Aucun dossier ne correspond à « {text} ».", text=text)
    rows = service.rows(keys)
    exact = [row for row in rows if row and search_key(row.label) == search_key(text)]
    if len(exact) == 1:
        return exact[0].id
    rows = rows[:10]
    listed = "\n".join(f"  {row.id}  {row.label}" for row in rows if row)
    raise UserFacingError("{count} dossiers correspondent à « {text} » ; donnez son identifiant :\n{listed}",
                          count=len(keys), text=text, listed=listed)


def run_print_plan(args) -> int:
    from refparcours.consents import PARTNER_COPY, ConsentService
    from refparcours.documents.common import PrintLanguage, write_pdf
    from refparcours.documents.plan import plan_pdf
    from refparcours.plans import PlanService

    try:
        with _signed_in(args) as service:
            plans, consents = PlanService(service), ConsentService(service)
            dossier_id = find_dossier(service, args.dossier)
            plan_id = plans.plan_for(dossier_id)
            authorization, recipient = None, None
            if args.copy == PARTNER_COPY:
                if not args.recipient.strip():
                    raise UserFacingError("Une copie partenaire est pour quelqu'un : nommez-le avec --recipient.")
                # The gate: only for a recipient covered by the family's consent (or a legal ground).
                recipient = consents.recipient(args.recipient, args.category or "")
                sections = plans.content(plan_id)["partner_sections"]
                authorization = consents.authorize_plan_copy(dossier_id, recipient, sections)
            dossier = service.load(dossier_id, record_read=False)
            language = PrintLanguage(args.print_language or dossier.get("print_language") or "fr",
                                     bool(dossier.get("print_bilingual") if args.print_bilingual is None
                                          else args.print_bilingual))
            version = plans.version(plan_id, args.plan_version) if args.plan_version else plans.freeze_for_print(plan_id)
            content = version.content
            if args.copy == PARTNER_COPY:
                # Whatever the version, only what the family shares today goes to a partner.
                content = {**content, "partner_sections": plans.content(plan_id)["partner_sections"]}
            data = plan_pdf(content, version=version.meta(), copy=args.copy, plain=args.plain,
                            signatures=args.signatures, recipient=args.recipient, printed_on=service.today(),
                            language=language)
            write_pdf(args.out, data)
            consents.log_sharing(dossier_id, document="Projet pour la famille", document_ref=f"version {version.number}",
                                 copy=args.copy, recipient=args.recipient or "la famille",
                                 purpose="impression (ligne de commande)", authorization=authorization,
                                 recipient_partner_id=recipient.partner_id if recipient else None,
                                 recipient_category=recipient.category if recipient else "")
            if args.recipient:
                plans.record_handover(plan_id, version.number, copy=args.copy, recipient=args.recipient,
                                      how="impression (ligne de commande)",
                                      sections=content["partner_sections"] if args.copy == PARTNER_COPY else None)
    except UserFacingError as error:
        return _print_error(error)
    except OSError as error:
        return _print_file_error("le PDF n'a pas pu être écrit", error)
    print(f"Projet version {version.number} imprimé : {args.out}")
    return 0


def run_export_person(args) -> int:
    from refparcours.rights import RightsService

    try:
        with _signed_in(args) as service:
            rights = RightsService(service)
            pdf_path, json_path = rights.export_person(rights.find_person(args.person), args.out)
    except UserFacingError as error:
        return _print_error(error)
    print(f"Export d'accès écrit : {pdf_path}\n                      {json_path}")
    return 0


def run_print_leaflet(args) -> int:
    from refparcours.documents.common import PrintLanguage, write_pdf
    from refparcours.documents.leaflet import leaflet_pdf
    from refparcours.settings import load_settings
    from refparcours.text import clean_text

    try:
        language = PrintLanguage(args.print_language or "fr", bool(args.print_bilingual))
        write_pdf(args.out, leaflet_pdf(load_settings().territory(), referent=clean_text(args.referent),
                                        plain=args.plain, booklet=args.booklet, language=language))
    except UserFacingError as error:
        return _print_error(error)
    except OSError as error:
        return _print_file_error("le PDF n'a pas pu être écrit", error)
    print(f"Plaquette écrite : {args.out}")
    return 0


def _package_passphrase(args, *, confirm: bool) -> str:
    from refparcours.security.keys import read_passphrase_file

    if args.package_passphrase_file:
        return read_passphrase_file(args.package_passphrase_file)
    import getpass

    if not sys.stdin.isatty():
        raise UserFacingError("Il faut la phrase secrète du paquet : --package-passphrase-file, ou un terminal.")
    first = getpass.getpass("Phrase secrète du paquet : ")
    if confirm and getpass.getpass("La même, encore une fois : ") != first:
        raise UserFacingError("Les deux phrases ne sont pas identiques.")
    return first


def run_export_dossier(args) -> int:
    from refparcours.consent import INFO_CATEGORIES
    from refparcours.consents import ConsentService
    from refparcours.fileio import atomic_write_bytes
    from refparcours.packages import PackageService

    try:
        with _signed_in(args) as service:
            dossier_id = find_dossier(service, args.dossier)
            authorization = None
            if args.recipient:
                # Another service receives everything: the family must have agreed to it.
                consents = ConsentService(service)
                recipient = consents.recipient(args.recipient, args.category)
                authorization = consents.authorize(dossier_id, recipient, set(INFO_CATEGORIES))
            data = PackageService(service).export(dossier_id, _package_passphrase(args, confirm=True),
                                                  recipient=args.recipient, recipient_category=args.category,
                                                  authorization=authorization)
            atomic_write_bytes(args.out, data)
    except UserFacingError as error:
        return _print_error(error)
    except OSError as error:
        return _print_file_error("le paquet n'a pas pu être écrit", error)
    print(f"Paquet écrit : {args.out} — transmettez la phrase secrète à part.")
    return 0


def run_import_dossier(args) -> int:
    from refparcours.packages import PackageService

    try:
        data = args.file.read_bytes()
    except OSError as error:
        return _print_file_error("le paquet est illisible", error)
    try:
        with _signed_in(args) as service:
            packages = PackageService(service)
            merge = packages.plan_import(packages.open(data, _package_passphrase(args, confirm=False)))
            if merge.conflicts and not args.prefer:
                print(f"{len(merge.conflicts)} fiches diffèrent entre cette base et le paquet ; rien n'a été importé.")
                for conflict in merge.conflicts[:50]:
                    print(f"  {conflict.table} {conflict.id} : {', '.join(conflict.fields)}")
                print("Relancez avec --prefer paquet ou --prefer local, ou importez depuis l'application pour "
                      "choisir fiche par fiche.")
                return 1
            result = packages.apply(merge, {f"{c.table}:{c.id}": args.prefer for c in merge.conflicts})
    except UserFacingError as error:
        return _print_error(error)
    print(f"Dossier « {merge.label} » importé : {result['added']} fiches ajoutées, {result['replaced']} remplacées, "
          f"{result['kept']} gardées d'ici.")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "demo":
        return run_demo(args)
    if args.command == "audit":
        return run_audit(args)
    if args.command in ("backup", "restore", "check"):
        return {"backup": run_backup, "restore": run_restore, "check": run_check}[args.command](args)
    if args.command == "print-plan":
        return run_print_plan(args)
    if args.command == "export-person":
        return run_export_person(args)
    if args.command == "print-leaflet":
        return run_print_leaflet(args)
    if args.command == "export-dossier":
        return run_export_dossier(args)
    if args.command == "load-bench":
        from refparcours.loadbench import run_load_bench

        return run_load_bench(args.database, users=args.users, seconds=args.seconds, think=args.think,
                              as_json=args.json)
    if args.command == "import-dossier":
        return run_import_dossier(args)
    if args.command == "bench":
        from refparcours.bench import run_bench

        return run_bench(size=args.size, as_json=args.json, workdir=args.workdir)
    # Start-up allocates many long-lived objects (SQLAlchemy, Qt wrappers): collecting
    # them now only costs time; run_gui freezes them and turns collection back on.
    gc.disable()
    from refparcours.ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
