"""Entry point: ``refparcours`` and ``python -m refparcours``.

The interface is imported only when a window is needed, so ``demo`` and ``bench`` run
without loading Qt."""

from __future__ import annotations

import gc
import sys

from refparcours.cli import build_parser
from refparcours.errors import UserFacingError


def _print_error(error: UserFacingError) -> int:
    print(f"refparcours : {error.message}", file=sys.stderr)
    return 2


def run_demo(args) -> int:
    from refparcours.data.database import open_database
    from refparcours.demo import fill_demo
    from refparcours.paths import default_database_path

    try:
        with open_database(args.database or default_database_path()) as database:
            def progress(done: int, total: int) -> None:
                print(f"\r{done} / {total} dossiers", end="", file=sys.stderr, flush=True)

            fill_demo(database, args.size, seed=args.seed, reference=args.reference_date, progress=progress)
            print(file=sys.stderr)
            print(f"{args.size} dossiers fictifs écrits dans {database.path or database.display_name}")
    except UserFacingError as error:
        return _print_error(error)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "demo":
        return run_demo(args)
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
