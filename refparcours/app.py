"""Entry point: ``refparcours`` and ``python -m refparcours``.

The interface is imported only when a window is needed, so the other commands run
without loading Qt."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from refparcours.cli import build_parser
from refparcours.errors import UserFacingError


def _print_error(error: UserFacingError) -> int:
    print(f"refparcours : {error.message}", file=sys.stderr)
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
    if path is None or not Installation(path).needs_first_account:
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
            with database.engine.begin() as connection:
                audit.append(connection, actor, "create", record_type="dossier",
                             detail=f"{args.size} dossiers de démonstration")
            print(file=sys.stderr)
            print(f"{args.size} dossiers fictifs écrits dans {database.path or database.display_name}")
        finally:
            opened.close()
    except UserFacingError as error:
        return _print_error(error)
    return 0


def run_audit(args) -> int:
    from refparcours.security import audit
    from refparcours.security.session import open_for_command

    try:
        opened = open_for_command(_database_argument(args), args.user, args.passphrase_file)
        database = getattr(opened, "database", opened)
        try:
            with database.engine.begin() as connection:
                report = audit.verify(connection)
        finally:
            opened.close()
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "demo":
        return run_demo(args)
    if args.command == "audit":
        return run_audit(args)
    if args.command in ("backup", "restore", "check"):
        return {"backup": run_backup, "restore": run_restore, "check": run_check}[args.command](args)
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
