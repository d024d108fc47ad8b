"""The child processes the crash tests kill with SIGKILL (see tests/test_crash.py).

    python -m tests.crash_child plan DATABASE SEED
    python -m tests.crash_child backup DATABASE SEED
    python -m tests.crash_child import DATABASE SEED PACKAGE_FOLDER
    python -m tests.crash_child migrate DATABASE

Each prints READY once warmed up, then works in a loop and prints one ACK line after each write
the application would have reported as done to the user (the call returned), and a WILL line
before a change of an acknowledged record (killed in between, either state is right). The parent kills
it at a random moment and checks that every acknowledged write is in the database."""

from __future__ import annotations

import json
import random
import sys
import uuid
from pathlib import Path

from refparcours.data.database import open_database
from refparcours.dossiers import DossierService

PACKAGE_PASSPHRASE = "une phrase donnée à part"
STRUCTURES_PER_IMPORT = 150
WORDS = ("loyer", "école", "CAF", "Zoë", "bailleur", "santé", "d'accord", "inquiétude", "famille", "سميرة", "🙂")


def ack(*fields: object) -> None:
    print("ACK " + json.dumps([str(f) for f in fields], ensure_ascii=False), flush=True)


def about_to(*fields: object) -> None:
    """The write that follows may land without its ACK line if the kill falls in between."""
    print("WILL " + json.dumps([str(f) for f in fields], ensure_ascii=False), flush=True)


def ready() -> None:
    print("READY", flush=True)


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def edit_plans(path: Path, seed: int) -> None:
    """Family and professional edits of one plan, removals and undos, as the plan screen does."""
    from refparcours.plans import PlanService
    from refparcours.ppf import BESOIN, FAMILLE, OBSERVATION, PROFESSIONNEL, Writer

    family, professional = Writer(FAMILLE, "Samira Benali"), Writer(PROFESSIONNEL, "Julie Martin", "CAF")
    rng = random.Random(seed)
    database = open_database(path)
    plans = PlanService(DossierService(database))
    from sqlalchemy import select

    from refparcours.data import tables
    with database.engine.connect() as connection:
        plan_id = connection.execute(select(tables.plan.c.id)).scalar_one()
    needs: list[uuid.UUID] = []
    actions: list[uuid.UUID] = []
    ready()
    number = 0
    while True:
        number += 1
        choice = rng.random()
        if choice < 0.35 or not needs:
            text = f"{seed}-{number} {words(rng, rng.randint(3, 40))}"
            changeset = plans.add_entry(plan_id, rng.choice((BESOIN, OBSERVATION)), text, family, domain="logement")
            needs.append(changeset.created_id)
            ack("plan_entry", changeset.created_id, text)
        elif choice < 0.55:
            entry_id = rng.choice(needs)
            text = f"{seed}-{number} {words(rng, rng.randint(3, 40))}"
            about_to("plan_entry", entry_id, text)
            plans.edit_entry(entry_id, text, family)
            ack("plan_entry", entry_id, text)
        elif choice < 0.8:
            what = f"{seed}-{number} {words(rng, 5)}"
            with database.engine.connect() as connection:
                need_id = connection.execute(select(tables.plan_entry.c.id).where(
                    tables.plan_entry.c.section == BESOIN)).scalars().first()
            if need_id is None:
                continue
            changeset = plans.add_action(plan_id, {"what": what, "need_id": need_id, "who_kind": PROFESSIONNEL,
                                                   "who_name": "Julie Martin"}, professional)
            actions.append(changeset.created_id)
            ack("plan_action", changeset.created_id, what)
        elif choice < 0.9 and actions:
            action_id = actions.pop()
            changeset = plans.add_entry(plan_id, OBSERVATION, f"{seed}-{number} annulée", family, domain="sante")
            plans.undo(changeset)  # added then undone: the undo must stick
            ack("plan_entry", changeset.created_id, None)
            about_to("plan_action", action_id, None)
            plans.remove_action(action_id, professional)
            ack("plan_action", action_id, None)
        else:
            text = f"{seed}-{number} point de vue {words(rng, 8)}"
            changeset = plans.add_entry(plan_id, "point_de_vue", text, family)
            ack("plan_entry", changeset.created_id, text)


def make_backups(path: Path, seed: int) -> None:
    """A new family, then a backup, in a loop (small steps: a kill lands inside the copy)."""
    from refparcours.data.backups import make_backup

    rng = random.Random(seed)
    database = open_database(path)
    service = DossierService(database)
    ready()
    number = 0
    while True:
        number += 1
        label = f"Famille {seed}-{number} {words(rng, 2)}"
        dossier_id = service.create_dossier({"label": label, "referent": "Julie Martin"})
        ack("dossier", dossier_id, label)
        result = make_backup(path, None, "manuelle", pages=rng.choice((1, 4, 16)), thin_after=False)
        ack("backup", result.path, dossier_id)


def import_packages(path: Path, seed: int, folder: Path) -> None:
    """Dossier packages and directory files imported one after the other."""
    from refparcours.directory_io import guess_mapping, read_table_file, validate_rows
    from refparcours.packages import PackageService
    from refparcours.security.keys import KdfParams
    from refparcours.structures import DirectoryService

    database = open_database(path)
    service = DossierService(database)
    packages = PackageService(service, kdf=KdfParams.fast())
    structures = DirectoryService(service)
    files = sorted(folder.glob("*.rpdossier"))
    rng = random.Random(seed)
    rng.shuffle(files)
    ready()
    for number, package in enumerate(files):
        rows = packages.open(package.read_bytes(), PACKAGE_PASSPHRASE)
        merge = packages.plan_import(rows)
        if merge.new:
            packages.apply(merge)
            ack("dossier", merge.dossier_id, sum(len(r) for r in rows.values()))
        csv_file = folder / "annuaire.csv"
        csv_file.write_text(directory_csv(f"{seed}-{number}"), encoding="utf-8")
        table = read_table_file(csv_file)
        report = validate_rows(table, guess_mapping(table.header), structures.domains, service.today(),
                               structures.existing_keys())
        structures.apply_import(report.valid)
        ack("structures", f"{seed}-{number}", len(report.valid))
    print("DONE", flush=True)


def directory_csv(batch: str) -> str:
    lines = ["Nom;Commune;Code postal;Téléphone"]
    lines += [f"Service {batch} n°{n};Lille;59000;03 20 00 00 {n % 100:02d}" for n in range(STRUCTURES_PER_IMPORT)]
    return "\n".join(lines) + "\n"


def migrate(path: Path) -> None:
    ready()
    open_database(path).close()
    print("DONE", flush=True)


def main(argv: list[str]) -> None:
    mode, path = argv[0], Path(argv[1])
    if mode == "plan":
        edit_plans(path, int(argv[2]))
    elif mode == "backup":
        make_backups(path, int(argv[2]))
    elif mode == "import":
        import_packages(path, int(argv[2]), Path(argv[3]))
    elif mode == "migrate":
        migrate(path)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
