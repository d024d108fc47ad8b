"""A power cut (SIGKILL) during plan edits, a backup, an import or a migration loses nothing
that was acknowledged, and leaves no broken or half-written file.

Each test kills a child process (tests/crash_child.py) at random moments, seeded, then opens
the database as the application would: it must pass SQLite's integrity check and hold every
write the child acknowledged. REFPARCOURS_CRASH_CYCLES sets the number of kills per test
(default 15)."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select, text

from refparcours.data import tables
from refparcours.data.backup import backup_folder_for
from refparcours.data.backups import check_file, make_backup
from refparcours.data.database import alembic_config, connect_sqlite, head_revision, open_database
from refparcours.demo import fill_demo
from refparcours.demo_plans import add_demo_plans
from refparcours.dossiers import DossierService
from refparcours.packages import PackageService
from refparcours.plans import PlanService
from refparcours.security import audit
from refparcours.security.keys import KdfParams
from tests.conftest import TODAY
from tests.crash_child import PACKAGE_PASSPHRASE, STRUCTURES_PER_IMPORT
from tests.crash_harness import (ROOT, acknowledged, check_integrity, crash_cycles, crash_marks, run_until_killed,
                                 unacknowledged)

CYCLES = crash_cycles(15)

pytestmark = crash_marks


def final_backups(folder: Path) -> list[Path]:
    """Backups under their final name (an interrupted one is a hidden .partial file)."""
    return sorted(p for p in folder.glob("*.sqlite") if not p.name.startswith("."))


def test_a_kill_during_plan_edits_keeps_every_acknowledged_edit(tmp_path):
    path = tmp_path / "projet.sqlite"
    with open_database(path) as database:
        service = DossierService(database)
        dossier_id = service.create_dossier({"label": "Famille Benali", "referent": "Julie Martin"})
        PlanService(service).plan_for(dossier_id)
    rng = random.Random(20261122)
    expected: dict[tuple[str, str], str | None] = {}
    for cycle in range(CYCLES):
        _killed_at, lines, _ended = run_until_killed(["tests.crash_child", "plan", str(path), str(cycle)],
                                                     rng.uniform(0.1, 2.5))
        for table, row_id, wording in acknowledged(lines):
            expected[(table, row_id)] = None if wording == "None" else wording
        allowed = {key: {wording} for key, wording in expected.items()}
        pending = unacknowledged(lines)
        if pending is not None:  # killed between the write and its acknowledgement
            table, row_id, wording = pending
            allowed.setdefault((table, row_id), set()).add(None if wording == "None" else wording)
        check_integrity(path)
        with open_database(path) as database, database.engine.connect() as connection:
            stored = {("plan_entry", str(i)): t for i, t in connection.execute(
                select(tables.plan_entry.c.id, tables.plan_entry.c.text))}
            stored |= {("plan_action", str(i)): t for i, t in connection.execute(
                select(tables.plan_action.c.id, tables.plan_action.c.what))}
            report = audit.verify(connection)
        assert report.ok, f"cycle {cycle}: the audit chain is broken: {report.message}"
        lost = [(key, wording, stored.get(key)) for key, wording in expected.items()
                if stored.get(key) not in allowed[key]]
        assert not lost, f"cycle {cycle}: acknowledged edits lost or undone: {lost[:3]}"
        expected |= {key: stored.get(key) for key in allowed}  # what the next cycle starts from
    assert sum(wording is not None for wording in expected.values()) >= CYCLES, "the child hardly wrote anything"
    assert None in expected.values(), "no removal or undo was checked"


def test_a_kill_during_a_backup_leaves_no_half_written_backup(tmp_path):
    path = tmp_path / "base.sqlite"
    with open_database(path) as database:
        fill_demo(database, 300, seed=3, reference=TODAY)
    folder = backup_folder_for(path)
    rng = random.Random(20261123)
    dossiers: set[str] = set()
    backups: dict[str, str] = {}
    checked: set[Path] = set()
    for cycle in range(CYCLES):
        _killed_at, lines, _ended = run_until_killed(["tests.crash_child", "backup", str(path), str(cycle)],
                                                     rng.uniform(0.1, 2.0))
        for kind, first, second in acknowledged(lines):
            if kind == "dossier":
                dossiers.add(first)
            else:
                backups[first] = second
        check_integrity(path)
        with open_database(path) as database, database.engine.connect() as connection:
            present = {str(i) for i in connection.execute(select(tables.dossier.c.id)).scalars()}
        assert dossiers <= present, f"cycle {cycle}: acknowledged dossiers lost"
        for backup in set(final_backups(folder)) - checked:
            report = check_file(backup, None, full=True)
            assert report.ok, f"cycle {cycle}: {backup.name} is broken: {report.message}"
            checked.add(backup)
        for backup, dossier_id in backups.items():
            assert Path(backup).exists(), f"cycle {cycle}: an acknowledged backup disappeared: {backup}"
            with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as copy:
                assert copy.execute("SELECT 1 FROM dossier WHERE id = ?", (uuid.UUID(dossier_id).hex,)).fetchone(), \
                    f"cycle {cycle}: {backup} misses the dossier written before it"
    assert len(backups) >= CYCLES // 2 and len(dossiers) >= CYCLES
    # The next backup clears what the killed ones left behind.
    make_backup(path, None, "manuelle", thin_after=False)
    assert not list(folder.glob(".*.partial*"))


@pytest.fixture
def packages(tmp_path):
    """Twelve rich dossiers exported as packages, and the number of records in each."""
    folder = tmp_path / "paquets"
    folder.mkdir()
    with open_database(tmp_path / "source.sqlite") as database:
        fill_demo(database, 12, seed=7, reference=TODAY)
        add_demo_plans(database, count=3, seed=7, reference=TODAY)
        service = DossierService(database, today=lambda: TODAY)
        exporter = PackageService(service, kdf=KdfParams.fast())
        with database.engine.connect() as connection:
            dossier_ids = list(connection.execute(select(tables.dossier.c.id)).scalars())
        records: dict[str, int] = {}
        for number, dossier_id in enumerate(dossier_ids):
            data = exporter.export(dossier_id, PACKAGE_PASSPHRASE)
            (folder / f"{number:02d}.rpdossier").write_bytes(data)
            records[str(dossier_id)] = sum(len(rows) for rows in exporter.open(data, PACKAGE_PASSPHRASE).values())
    return folder, records


def records_in(service: DossierService, dossier_id: uuid.UUID) -> int:
    with service.database.engine.connect() as connection:
        return sum(len(rows) for rows in PackageService(service)._rows(connection, dossier_id).values())


def test_a_kill_during_imports_keeps_each_import_whole_or_absent(tmp_path, packages):
    folder, records = packages
    path = tmp_path / "bureau.sqlite"
    open_database(path).close()
    rng = random.Random(20261124)
    imported: set[str] = set()
    batches: set[str] = set()
    for cycle in range(CYCLES):
        _killed_at, lines, _ended = run_until_killed(["tests.crash_child", "import", str(path), str(cycle),
                                                      str(folder)], rng.uniform(0.1, 3.0))
        for kind, name, _count in acknowledged(lines):
            (imported if kind == "dossier" else batches).add(name)
        check_integrity(path)
        with open_database(path) as database:
            service = DossierService(database)
            with database.engine.connect() as connection:
                present = [str(i) for i in connection.execute(select(tables.dossier.c.id)).scalars()]
                names = connection.execute(select(tables.structure.c.name)).scalars().all()
            assert imported <= set(present), f"cycle {cycle}: acknowledged imports lost"
            for dossier_id in present:
                assert records_in(service, uuid.UUID(dossier_id)) == records[dossier_id], \
                    f"cycle {cycle}: dossier {dossier_id} was imported in part"
        per_batch = Counter(name.split(" n°")[0].removeprefix("Service ") for name in names)
        assert all(count == STRUCTURES_PER_IMPORT for count in per_batch.values()), \
            f"cycle {cycle}: a directory import was written in part: {per_batch}"
        assert batches <= set(per_batch), f"cycle {cycle}: acknowledged directory imports lost"
    assert imported and batches


def old_database(path: Path, families: int) -> None:
    """A base as the first version left it (revision 0001), with many families."""
    engine = create_engine("sqlite://", creator=lambda: connect_sqlite(path))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :families) "
            "INSERT INTO dossier (id, label, territory, referent, state, opened_on, closure_reason, address, "
            "postal_code, commune, address_protected, search_text, sort_key, created_at, updated_at) "
            "SELECT printf('%032x', i), 'Famille n° ' || i, '', 'Julie Martin', 'reperage', '2025-01-02', '', "
            "'3 rue des Lilas', '59000', 'Lille', 0, 'famille ' || i, 'famille ' || i, '2025-01-02 10:00:00', "
            "'2025-01-02 10:00:00' FROM n"), {"families": families})
    engine.dispose()


def copy_database(source: Path, target: Path) -> None:
    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)


def test_a_kill_during_a_migration_leaves_a_base_that_opens_whole(tmp_path):
    families = 20_000
    template = tmp_path / "modele.sqlite"
    old_database(template, families)
    path = tmp_path / "ancienne.sqlite"
    # How long a whole migration takes here: the kills land anywhere inside it.
    copy_database(template, path)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "tests.crash_child", "migrate", str(path)], check=True, cwd=ROOT,
                   capture_output=True)
    duration = time.monotonic() - started
    rng = random.Random(20261125)
    interrupted = 0
    for cycle in range(CYCLES):
        copy_database(template, path)
        folder = backup_folder_for(path)
        for old in folder.glob("*"):
            old.unlink()
        _killed_at, lines, ended = run_until_killed(["tests.crash_child", "migrate", str(path)],
                                                    rng.uniform(0.0, max(duration, 0.5)))
        interrupted += "DONE" not in lines
        for backup in final_backups(folder):
            report = check_file(backup, None, full=True)
            assert report.ok, f"cycle {cycle}: the backup before migration is broken: {report.message}"
        check_integrity(path)  # opening it finishes the migration
        with open_database(path) as database, database.engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(tables.dossier)).scalar() == families
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    assert interrupted >= CYCLES // 2, "the kills hardly ever landed inside the migration"
