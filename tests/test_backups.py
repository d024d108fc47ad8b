"""Backups: encrypted like the base, verified, thinned, copied to a second place, restorable
— and refused when they come from another installation or are damaged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import refparcours
from refparcours.data.backups import (
    AutoBackupSchedule,
    BackupError,
    backup_key_file,
    backup_name,
    check_file,
    latest_good_backup,
    list_backups,
    make_backup,
    restore,
    startup_check,
    thin,
)
from refparcours.data.database import connect_sqlite, open_database
from refparcours.demo import fill_demo
from refparcours.dossiers import DossierService
from refparcours.security.keys import KdfParams, KeyFile, key_file_path, new_database_key

MARKER = "MARQUEUR-XYZ"
NOON = datetime(2026, 11, 22, 12, 0)


@pytest.fixture
def key() -> bytes:
    return new_database_key()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "base" / "refparcours.sqlite"


def create_base(path: Path, key: bytes, *labels: str, demo: int = 0) -> None:
    """An encrypted base (closed afterwards) with some dossiers, and its password side file."""
    with open_database(path, key=key) as db:
        if demo:
            fill_demo(db, demo, seed=3)
        service = DossierService(db)
        for label in labels:
            service.create_dossier({"label": label})
    if not key_file_path(path).exists():
        KeyFile.create(key_file_path(path), key, "claire", "mot de passe de Claire", KdfParams.fast())


def labels_in(path: Path, key: bytes) -> set[str]:
    connection = connect_sqlite(path, key, read_only=True)
    try:
        return {row[0] for row in connection.execute("SELECT label FROM dossier")}
    finally:
        connection.close()


def dossier_count(path: Path, key: bytes) -> int:
    connection = connect_sqlite(path, key, read_only=True)
    try:
        return connection.execute("SELECT count(*) FROM dossier").fetchone()[0]
    finally:
        connection.close()


def files_containing(root: Path, needle: str) -> list[Path]:
    patterns = {needle.encode("utf-8"), needle.lower().encode("utf-8")}
    found = []
    for path in root.rglob("*"):
        try:
            data = path.read_bytes() if path.is_file() else b""
        except FileNotFoundError:  # a temporary file gone between listing and reading
            continue
        if any(pattern in data for pattern in patterns):
            found.append(path)
    return found


def flip_byte_in_the_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


# -- encryption and verification -----------------------------------------------------------


def test_backup_of_an_open_base_holds_no_plaintext_anywhere_and_opens_with_the_key(tmp_path, db_path, key):
    usb = tmp_path / "clé USB"
    seen_during: list[list[Path]] = []
    with open_database(db_path, key=key) as db:
        KeyFile.create(key_file_path(db_path), key, "claire", "mot de passe", KdfParams.fast())
        fill_demo(db, 40, seed=1)
        DossierService(db).create_dossier({"label": MARKER})
        # Taken while the app has the base open, page by page: the partial file, its journal
        # and everything else on disk are looked at between steps.
        result = make_backup(db_path, key, "manuelle", now=NOON, second_destination=usb, pages=3,
                             progress=lambda done, total: seen_during.append(files_containing(tmp_path, MARKER)))

    assert result.warning is None
    assert len(seen_during) > 3 and seen_during == [[]] * len(seen_during)
    assert files_containing(tmp_path, MARKER) == []
    assert result.path.name == "refparcours-20261122-120000-manuelle.sqlite"
    assert result.path.parent == db_path.parent / "sauvegardes"
    for copy in (result.path, result.second_copy):
        assert check_file(copy, key).ok
        assert MARKER in labels_in(copy, key)  # the marker really is inside, encrypted

    # Restoring goes through a temporary file too: no plaintext there either.
    seen_during.clear()
    restore(result.path, db_path, key, pages=3,
            progress=lambda done, total: seen_during.append(files_containing(tmp_path, MARKER)))
    assert seen_during and seen_during == [[]] * len(seen_during)
    assert files_containing(tmp_path, MARKER) == []


def test_side_file_copy_lets_the_users_passwords_open_every_backup(db_path, key):
    create_base(db_path, key, "Famille Martin")
    first = make_backup(db_path, key, "auto", now=NOON).path
    keyfile = KeyFile.load(key_file_path(db_path))
    keyfile.set_password("claire", "nouveau mot de passe", key)  # re-wraps the same key
    second = make_backup(db_path, key, "auto", now=NOON + timedelta(hours=1)).path

    copy = backup_key_file(first.parent, db_path)
    assert copy.read_bytes() == key_file_path(db_path).read_bytes()  # the current passwords
    unlocked = KeyFile.load(copy).unlock("claire", "nouveau mot de passe")
    assert check_file(first, unlocked).ok and check_file(second, unlocked).ok


def test_backup_of_another_installation_is_refused_in_french_and_the_base_is_untouched(tmp_path, db_path, key):
    create_base(db_path, key, "Famille Martin")
    before = db_path.read_bytes()
    other = tmp_path / "ailleurs" / "refparcours.sqlite"
    other_key = new_database_key()
    create_base(other, other_key, "Famille Dupont")
    foreign = make_backup(other, other_key, "manuelle", now=NOON).path

    report = check_file(foreign, key)
    assert not report.ok and report.kind == "wrong_key"
    assert "autre installation" in report.message
    with pytest.raises(BackupError) as refused:
        restore(foreign, db_path, key)
    assert refused.value.message.startswith(
        "Cette sauvegarde vient d'une autre installation de refparcours (ou d'une autre base) : elle ne s'ouvre "
        "pas avec la clé de cette base."
    )
    assert db_path.read_bytes() == before
    assert list_backups(db_path) == []  # not even a safety backup: nothing was done


def test_check_tells_a_damaged_backup_from_a_sound_one(db_path, key):
    create_base(db_path, key, demo=30)
    backup = make_backup(db_path, key, "manuelle", now=NOON).path
    assert check_file(backup, key, full=True).ok
    flip_byte_in_the_middle(backup)
    report = check_file(backup, key)
    assert not report.ok and report.kind == "damaged"
    assert "endommagé" in report.message
    assert latest_good_backup(db_path, key) is None


# -- restoring -------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(db_path, key):
    create_base(db_path, key, "Famille Avant")
    backup = make_backup(db_path, key, "manuelle", now=NOON).path
    with open_database(db_path, key=key) as db:  # left open with its WAL until restore
        DossierService(db).create_dossier({"label": "Famille Après"})
    keys_before = key_file_path(db_path).read_bytes()

    safety = restore(backup, db_path, key, now=NOON + timedelta(hours=2))

    with open_database(db_path, key=key) as db:
        labels = {row.label for row in DossierService(db).rows(DossierService(db).search(""))}
    assert labels == {"Famille Avant"}
    assert safety is not None and safety.name == "refparcours-20261122-140000-avant-restauration.sqlite"
    assert labels_in(safety, key) == {"Famille Avant", "Famille Après"}
    assert [b.reason for b in list_backups(db_path)] == ["avant-restauration", "manuelle"]
    assert key_file_path(db_path).read_bytes() == keys_before  # same key: the side file stays
    assert not list(db_path.parent.glob(".*restauration*"))  # no temporary file left


def test_restore_of_a_damaged_backup_is_refused_and_the_base_is_untouched(db_path, key):
    create_base(db_path, key, "Famille Martin", demo=30)
    backup = make_backup(db_path, key, "manuelle", now=NOON).path
    flip_byte_in_the_middle(backup)
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()}

    with pytest.raises(BackupError) as refused:
        restore(backup, db_path, key)
    assert "endommagée" in refused.value.message and "n'a pas été modifiée" in refused.value.message
    after = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file() and p.name in before}
    assert after == before
    assert dossier_count(db_path, key) == 31
    assert [b.path for b in list_backups(db_path)] == [backup]


def test_restore_refuses_while_the_base_is_open_in_a_window(db_path, key):
    create_base(db_path, key, "Famille Martin")
    backup = make_backup(db_path, key, "manuelle", now=NOON).path
    with open_database(db_path, key=key):
        with pytest.raises(Exception) as refused:
            restore(backup, db_path, key)
    assert "déjà ouverte" in refused.value.message


def test_a_damaged_base_at_start_up_is_offered_the_latest_good_backup(db_path, key):
    create_base(db_path, key, demo=30)
    good = make_backup(db_path, key, "fermeture", now=NOON).path
    bad = make_backup(db_path, key, "auto", now=NOON + timedelta(hours=1)).path
    flip_byte_in_the_middle(bad)
    assert startup_check(db_path, key).report.ok
    flip_byte_in_the_middle(db_path)

    verdict = startup_check(db_path, key)
    assert verdict.report.kind == "damaged" and verdict.offer == good
    safety = restore(verdict.offer, db_path, key, now=NOON + timedelta(hours=3))
    assert check_file(db_path, key, full=True).ok and dossier_count(db_path, key) == 30
    assert safety is not None and safety.parent == db_path.parent / "sauvegardes"  # the damaged file, set aside
    assert safety not in [b.path for b in list_backups(db_path)]


# -- second destination ------------------------------------------------------------------------


def test_second_destination_gets_a_verified_copy_with_the_side_file(tmp_path, db_path, key):
    create_base(db_path, key, "Famille Martin")
    usb = tmp_path / "USB" / "refparcours"
    result = make_backup(db_path, key, "fermeture", now=NOON, second_destination=usb)
    assert result.warning is None
    assert result.second_copy == usb / result.path.name
    assert check_file(result.second_copy, key).ok
    assert backup_key_file(usb, db_path).read_bytes() == key_file_path(db_path).read_bytes()
    assert [b.path for b in list_backups(db_path, folder=usb)] == [result.second_copy]


def test_unreachable_second_destination_does_not_lose_the_main_backup(tmp_path, db_path, key):
    create_base(db_path, key, "Famille Martin")
    blocker = tmp_path / "pas-un-dossier.txt"
    blocker.write_text("un fichier, pas un dossier")  # refused even when tests run as root
    result = make_backup(db_path, key, "fermeture", now=NOON, second_destination=blocker / "USB")
    assert result.second_copy is None
    assert "a bien été faite" in result.warning and "clé USB" in result.warning
    assert check_file(result.path, key).ok
    assert [b.path for b in list_backups(db_path)] == [result.path]


# -- naming and listing ----------------------------------------------------------------------


def test_backups_are_listed_newest_first_and_same_second_backups_do_not_overwrite(db_path, key):
    create_base(db_path, key, "Famille Martin")
    first = make_backup(db_path, key, "auto", now=NOON).path
    again = make_backup(db_path, key, "auto", now=NOON).path
    closing = make_backup(db_path, key, "fermeture", now=NOON + timedelta(minutes=5)).path
    assert again.name == "refparcours-20261122-120001-auto.sqlite"
    listed = list_backups(db_path)
    assert [b.path for b in listed] == [closing, again, first]
    assert [b.reason for b in listed] == ["fermeture", "auto", "auto"]
    assert listed[0].taken_at == NOON + timedelta(minutes=5) and listed[0].size == closing.stat().st_size


def test_migration_backups_use_the_same_naming(db_path, key):
    from refparcours.data.backup import backup_before_migration

    create_base(db_path, key, "Famille Martin")
    backup = backup_before_migration(db_path, "0001", key)
    assert [b.path for b in list_backups(db_path)] == [backup]
    assert list_backups(db_path)[0].reason == "avant-migration" and check_file(backup, key).ok


# -- thinning --------------------------------------------------------------------------------


def stamp_files(folder: Path, stem: str, moments: list[datetime], reason: str = "auto") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for moment in moments:
        (folder / backup_name(stem, moment, reason)).write_bytes(b"x")


def test_thinning_over_400_days_keeps_recent_daily_weekly_and_monthly_copies(tmp_path):
    folder = tmp_path / "sauvegardes"
    now = datetime(2026, 11, 22, 20, 0)  # a Sunday evening
    # Two backups a day for 400 days, and one every half hour today from 10:15.
    twice_daily = [datetime(2026, 11, 22, hour) - timedelta(days=n) for n in range(400) for hour in (12, 18)]
    today = [datetime(2026, 11, 22, 10, 15) + timedelta(minutes=30 * n) for n in range(20)]
    stamp_files(folder, "refparcours", twice_daily + today)
    strangers = ["notes.txt", "autre-20241122-120000-auto.sqlite", "refparcours-20241122-120000-inconnue.sqlite",
                 ".refparcours-20241122-120000-auto.sqlite.partial", "refparcours.sqlite.keys"]
    for name in strangers:
        (folder / name).write_bytes(b"x")

    removed = thin(folder, "refparcours", now=now)

    def at(*args: int) -> datetime:
        return datetime(*args)

    last_12 = [at(2026, 11, 22, 19, 45), at(2026, 11, 22, 19, 15), at(2026, 11, 22, 18, 45),
               at(2026, 11, 22, 18, 15), at(2026, 11, 22, 18, 0), at(2026, 11, 22, 17, 45),
               at(2026, 11, 22, 17, 15), at(2026, 11, 22, 16, 45), at(2026, 11, 22, 16, 15),
               at(2026, 11, 22, 15, 45), at(2026, 11, 22, 15, 15), at(2026, 11, 22, 14, 45)]
    daily = [at(2026, 11, day, 18) for day in (21, 20, 19, 18, 17, 16)]
    weekly = [at(2026, 11, 15, 18), at(2026, 11, 8, 18), at(2026, 11, 1, 18), at(2026, 10, 25, 18)]  # Sundays
    monthly = [at(2026, 10, 31, 18), at(2026, 9, 30, 18), at(2026, 8, 31, 18), at(2026, 7, 31, 18),
               at(2026, 6, 30, 18), at(2026, 5, 31, 18), at(2026, 4, 30, 18), at(2026, 3, 31, 18),
               at(2026, 2, 28, 18), at(2026, 1, 31, 18), at(2025, 12, 31, 18)]
    expected = last_12 + daily + weekly + monthly
    listed = list_backups(tmp_path / "refparcours.sqlite")
    assert [b.taken_at for b in listed] == sorted(expected, reverse=True)
    assert len(removed) == 800 + 20 - 33 and not any(p.exists() for p in removed)
    assert all((folder / name).exists() for name in strangers)


def test_thinning_never_removes_the_newest_backup_however_old(tmp_path):
    folder = tmp_path / "sauvegardes"
    old = [datetime(2024, 3, 1, 9) + timedelta(days=n) for n in range(10)]
    stamp_files(folder, "refparcours", old)
    thin(folder, "refparcours", now=datetime(2026, 11, 22, 12))
    assert [b.taken_at for b in list_backups(tmp_path / "refparcours.sqlite")] == [old[-1]]


def test_make_backup_thins_and_protects_the_new_backup(db_path, key):
    create_base(db_path, key, "Famille Martin")
    folder = db_path.parent / "sauvegardes"
    stamp_files(folder, "refparcours", [NOON - timedelta(minutes=n) for n in range(1, 30)])
    result = make_backup(db_path, key, "auto", now=NOON)
    listed = list_backups(db_path)
    assert listed[0].path == result.path and len(listed) == 12 and len(result.removed) == 18


# -- automatic schedule ----------------------------------------------------------------------


def test_schedule_backs_up_changes_at_most_every_interval():
    schedule = AutoBackupSchedule()
    assert not schedule.due(NOON) and not schedule.due_on_close()  # nothing changed yet
    schedule.note_change(NOON)
    assert schedule.due(NOON)  # never backed up
    schedule.done(NOON)
    assert not schedule.due(NOON + timedelta(hours=3))  # nothing changed since
    schedule.note_change(NOON + timedelta(minutes=1))
    assert not schedule.due(NOON + timedelta(minutes=29))
    assert schedule.due(NOON + timedelta(minutes=30))
    assert schedule.due_on_close()


def test_schedule_keeps_changes_made_while_a_backup_was_written():
    schedule = AutoBackupSchedule(interval=timedelta(minutes=10))
    schedule.note_change(NOON)
    started = NOON + timedelta(minutes=1)
    schedule.note_change(NOON + timedelta(minutes=2))  # already pending: the first change counts
    schedule.done(started)
    assert not schedule.changed  # both changes predate the backup's snapshot
    schedule.note_change(started + timedelta(seconds=5))
    schedule.done(started)  # a slow backup finishing: the later change is not in it
    assert schedule.changed and schedule.due(started + timedelta(minutes=10))


def test_schedule_pauses_after_a_restore_until_the_next_session():
    schedule = AutoBackupSchedule()
    schedule.note_change(NOON)
    schedule.pause()
    assert not schedule.due(NOON + timedelta(hours=5)) and not schedule.due_on_close()
    schedule.new_session()
    assert schedule.due(NOON + timedelta(hours=5))


# -- a backup killed half-way ----------------------------------------------------------------


KILLED_BACKUP = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime
    from pathlib import Path
    from refparcours.data.backups import make_backup
    from refparcours.data.database import open_database
    from refparcours.demo import fill_demo

    path, key = Path(sys.argv[1]), bytes.fromhex(sys.argv[2])
    db = open_database(path, key=key)  # stays open, as in the app
    fill_demo(db, 3000, seed=1)
    first = make_backup(path, key, "manuelle", now=datetime(2026, 11, 22, 9, 0))
    print("FIRST", first.path.name, flush=True)

    def progress(done, total):
        if done >= total // 2:
            print("HALFWAY", done, total, flush=True)
            time.sleep(600)  # killed here

    make_backup(path, key, "auto", now=datetime(2026, 11, 22, 9, 30), pages=5, progress=progress)
    print("FINISHED", flush=True)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_backup_killed_half_way_leaves_the_base_and_earlier_backups_intact(db_path, key):
    db_path.parent.mkdir(parents=True)
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(db_path), key.hex()],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=Path(refparcours.__file__).resolve().parents[1],
    )
    try:
        lines = []
        for line in process.stdout:
            lines.append(line.split())
            if line.startswith("HALFWAY"):
                break
        assert lines and lines[-1][0] == "HALFWAY", process.stderr.read()
        done, total = int(lines[-1][1]), int(lines[-1][2])
        assert 0 < done < total and total > 1000  # a sizeable base, really cut in the middle
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL

    folder = db_path.parent / "sauvegardes"
    assert any(p.name.endswith(".partial") for p in folder.iterdir())  # the unfinished backup
    listed = list_backups(db_path)
    assert [b.path.name for b in listed] == [lines[0][1]]  # only the finished one is a backup
    assert check_file(listed[0].path, key, full=True).ok and dossier_count(listed[0].path, key) == 3000

    assert check_file(db_path, key, full=True).ok
    with open_database(db_path, key=key) as db:
        assert DossierService(db).count() == 3000

    result = make_backup(db_path, key, "auto", now=datetime(2026, 11, 22, 10, 0))
    assert not any(p.name.endswith((".partial", ".partial-journal")) for p in folder.iterdir())
    assert [b.path for b in list_backups(db_path)] == [result.path, listed[0].path]


def test_migration_backups_named_by_earlier_versions_are_listed_but_never_thinned(tmp_path):
    folder = tmp_path / "sauvegardes"
    stamp_files(folder, "refparcours", [datetime(2026, 11, 22, 12)])
    legacy = folder / "refparcours-avant-migration-0001-20240101-090000.sqlite"
    legacy.write_bytes(b"x")
    thin(folder, "refparcours", now=datetime(2026, 11, 22, 13))
    listed = list_backups(tmp_path / "refparcours.sqlite")
    assert [b.path for b in listed][-1] == legacy and listed[-1].reason == "avant-migration"
