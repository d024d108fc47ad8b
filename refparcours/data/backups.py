"""Automatic, verified, encrypted backups, and restoring from them.

No Qt here (the window drives this module with its timers), and no ORM.

Where and how
    Backups go to ``<database folder>/sauvegardes`` (and, if configured, are copied to a
    second destination: a USB key or a network folder), one file per backup, named
    ``<database stem>-AAAAMMJJ-HHMMSS-<raison>.sqlite`` in local time. Each is made with
    SQLite's online backup API (never a copy of the live file), page by page, into a hidden
    ``.….partial`` file that is synced and then renamed; it is encrypted with the database's
    own key (SQLCipher), so no plaintext reaches the disk, temporary files included. Each new
    backup is checked (``quick_check`` and SQLCipher's ``cipher_integrity_check``) before it
    counts; then old ones are thinned.

The password side file (``<database>.keys``)
    One copy per backup folder, ``sauvegardes/<database name>.keys``, refreshed after each
    backup (atomically, and only from a side file that reads correctly). The database key
    never changes — changing a password only re-wraps it — so any copy of the side file of
    the same installation opens every backup of it: one copy is enough, and it holds today's
    accounts and passwords, which are the ones people remember. A copy per backup would also
    keep, for a year, the slots of removed accounts and of passwords changed because they
    leaked. If the side file is lost, the organisation's recovery key still opens every backup.

Restoring
    :func:`restore` needs the database closed (it takes the database lock itself, so a window
    that still has the base open makes it fail with a clear message). After a restore, the
    window pauses automatic backups until the base is opened again (:class:`AutoBackupSchedule`).
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from refparcours.data.backup import (
    PAGES_PER_STEP,
    Progress,
    backup_folder_for,
    backup_sqlite,
    remove_with_side_files,
)
from refparcours.data.database import connect_sqlite, is_encrypted_file
from refparcours.data.lock import DatabaseLock, try_lock
from refparcours.errors import UserFacingError
from refparcours.fileio import atomic_write_bytes, fsync_directory

__all__ = [
    "REASONS", "AutoBackupSchedule", "BackupError", "BackupInfo", "BackupResult", "CheckReport", "StartupCheck",
    "backup_folder_for", "backup_key_file", "backup_name", "check_file", "latest_good_backup", "list_backups",
    "make_backup", "restore", "startup_check", "thin",
]

log = logging.getLogger(__name__)

REASONS = ("auto", "fermeture", "avant-migration", "avant-import", "avant-restauration", "manuelle",
           "avant-chiffrement")
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_REASON_PATTERN = "|".join(map(re.escape, REASONS))
_NAME = re.compile(rf"^(?P<stem>.+)-(?P<stamp>\d{{8}}-\d{{6}})-(?P<reason>{_REASON_PATTERN})\.sqlite$")
# Before this module, migrations were backed up as <stem>-avant-migration-<révision>-<horodatage>.sqlite:
# listed (they can be restored) but never thinned.
_LEGACY_NAME = re.compile(r"^(?P<stem>.+)-avant-migration-(?P<revision>[^-]+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")

# Thinning: everything from the last 24 h up to this many, then the newest of each day,
# week and month over these spans.
RECENT_SPAN = timedelta(hours=24)
RECENT_COUNT = 12
DAYS_KEPT = 7
WEEKS_KEPT = 5
MONTHS_KEPT = 12

DEFAULT_INTERVAL = timedelta(minutes=30)
# How long a backup waits for another one of the same base (another window, the command line).
LOCK_WAIT_S = 10.0


class BackupError(UserFacingError):
    """A backup could not be made, or a backup was refused for a restore. Nothing was lost."""


def _db_errors() -> tuple[type[BaseException], ...]:
    from sqlcipher3 import dbapi2 as sqlcipher

    return sqlite3.Error, sqlcipher.Error


# -- names and listing ---------------------------------------------------------------------------


def backup_name(stem: str, taken_at: datetime, reason: str) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}; expected one of {REASONS}")
    return f"{stem}-{taken_at.strftime(STAMP_FORMAT)}-{reason}.sqlite"


def backup_key_file(folder: Path, database: Path) -> Path:
    """The copy of the password side file kept in a backup folder (one per folder and base)."""
    return folder / f"{database.name}.keys"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    legacy: bool = False  # named by an earlier version (migration backups only): never thinned


def _scan(folder: Path, stem: str, *, legacy: bool = True) -> list[BackupInfo]:
    """The backups of the base ``stem`` in ``folder``, newest first; nothing else is looked at."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        is_legacy = False
        if match is None and legacy:
            match = _LEGACY_NAME.match(entry.name)
            is_legacy = match is not None
        if match is None or match["stem"] != stem:
            continue
        try:
            taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT)
            if not entry.is_file():
                continue
            stat = entry.stat()
        except (ValueError, OSError):
            continue
        reason = "avant-migration" if is_legacy else match["reason"]
        info = BackupInfo(Path(entry.path), taken_at, reason, stat.st_size, is_legacy)
        found.append((taken_at, stat.st_mtime_ns, info))
    found.sort(key=lambda item: (item[0], item[1], item[2].path.name), reverse=True)
    return [info for *_, info in found]


def list_backups(db_path: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``db_path`` (in its ``sauvegardes`` folder, or in ``folder``), newest
    first. Unfinished (``.partial``) and foreign files are ignored."""
    db_path = Path(db_path)
    return _scan(Path(folder) if folder is not None else backup_folder_for(db_path), db_path.stem)


# -- checking ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckReport:
    """The verdict on one file. ``kind`` is one of ``ok``, ``missing``, ``unreadable``,
    ``damaged``, ``wrong_key`` (another installation, another base, or not a database),
    ``needs_key``, ``plain`` (not encrypted while the base is) and ``foreign`` (a database, but
    not one of refparcours). ``template``/``params`` give the French message, like
    :class:`UserFacingError` (the window translates the template)."""

    ok: bool
    kind: str
    template: str
    params: dict[str, object] = field(default_factory=dict)
    details: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def _report(kind: str, template: str, path: Path, details: tuple[str, ...] = ()) -> CheckReport:
    return CheckReport(kind == "ok", kind, template, {"name": path.name, "path": str(path)}, details)


_WRONG_KEY = (
    "Le fichier « {name} » vient d'une autre installation de refparcours (ou d'une autre base) : il ne s'ouvre "
    "pas avec la clé de cette base."
)
_DAMAGED = "Le fichier « {name} » est endommagé : il ne passe pas la vérification d'intégrité."
_PAGE_NUMBER = re.compile(r"\bpage (\d+)\b")


def check_file(path: Path, key: bytes | None, *, full: bool = False) -> CheckReport:
    """Check a database or backup file without changing it (opened read-only).

    ``PRAGMA quick_check`` (``integrity_check`` with ``full``) and, when the file is
    encrypted, ``PRAGMA cipher_integrity_check``, which checks every page's authentication
    code. A wrong key makes *every* page fail; a damaged file only some of them.

    On the live database, run it while nothing writes (at start-up, before the window uses
    the base): the page check reads the file itself, where a checkpoint may be under way."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return _report("missing", "Le fichier « {name} » est introuvable.", path)
    except OSError:
        return _report("unreadable", "Le fichier « {path} » ne peut pas être lu.", path)
    if not path.is_file():
        return _report("unreadable", "« {path} » n'est pas un fichier.", path)
    if size == 0:
        return _report("damaged", "Le fichier « {name} » est vide.", path)
    try:
        encrypted = is_encrypted_file(path)
    except OSError:
        return _report("unreadable", "Le fichier « {path} » ne peut pas être lu.", path)
    if encrypted and key is None:
        return _report("needs_key", "Le fichier « {name} » est chiffré : il faut la clé de la base pour l'ouvrir.",
                       path)
    if not encrypted and key is not None:
        return _report(
            "plain",
            "Le fichier « {name} » n'est pas chiffré (il date d'avant le chiffrement de la base, ou d'une autre "
            "installation) : il ne peut pas remplacer cette base chiffrée.",
            path,
        )
    if not encrypted and not _writable_format(path):
        return _report("damaged", _DAMAGED, path, ("en-tête : versions de format de fichier inconnues",))
    # A damaged page may hold bytes that are not UTF-8, which SQLite quotes in its messages.
    errors = _db_errors() + (UnicodeDecodeError,)
    try:
        connection = connect_sqlite(path, key, read_only=True)
    except errors + (OSError,) as exc:
        return _report("unreadable", "Le fichier « {path} » ne peut pas être ouvert.", path, (str(exc),))
    try:
        connection.execute("PRAGMA temp_store=MEMORY")  # integrity_check's work stays in memory
        if encrypted:
            failures = tuple(row[0] for row in connection.execute("PRAGMA cipher_integrity_check"))
            if failures:
                page_size = int(connection.execute("PRAGMA cipher_page_size").fetchone()[0])
                pages = -(-size // page_size)
                failed = {int(m[1]) for line in failures for m in [_PAGE_NUMBER.search(line)] if m}
                kind = "wrong_key" if len(failed) >= pages else "damaged"
                return _report(kind, _WRONG_KEY if kind == "wrong_key" else _DAMAGED, path, failures[:20])
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = tuple(str(row[0]) for row in connection.execute(f"PRAGMA {pragma}"))
        except errors as exc:
            if "not a database" in str(exc).lower() and encrypted:
                return _report("wrong_key", _WRONG_KEY, path, (str(exc),))
            if "not a database" in str(exc).lower():
                return _report("foreign", "Le fichier « {name} » n'est pas une base de données refparcours.", path)
            return _report("damaged", _DAMAGED, path, (str(exc),))
        if rows != ("ok",):
            return _report("damaged", _DAMAGED, path, rows[:20])
        has_version = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        if not has_version:
            return _report("foreign", "Le fichier « {name} » n'est pas une base de données refparcours.", path)
    except errors as exc:
        return _report("damaged", _DAMAGED, path, (str(exc),))
    finally:
        connection.close()
    return _report("ok", "Le fichier « {name} » est intact.", path)


def _writable_format(path: Path) -> bool:
    """Bytes 18 and 19 of a SQLite header: 1 (rollback journal) or 2 (WAL). Anything else
    makes SQLite open the file read-only, and the application could not write to it."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] in (1, 2) and header[19] in (1, 2)


def _revision(path: Path, key: bytes | None) -> str | None:
    connection = connect_sqlite(path, key, read_only=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


# -- making a backup ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupResult:
    """``path``: the verified backup. ``second_copy``: its copy in the second destination, if
    one is configured and the copy worked; otherwise ``warning`` says why, in French (the main
    backup is there all the same)."""

    path: Path
    second_copy: Path | None = None
    warning: str | None = None
    removed: tuple[Path, ...] = ()


@contextmanager
def _backups_locked(folder: Path, stem: str) -> Iterator[None]:
    """One backup of a base at a time (windows, command line): each cleans the other's partial
    files otherwise. The OS releases the lock if the process dies."""
    handle = open(folder / f".{stem}.sauvegarde.lock", "a+b")
    try:
        deadline = time.monotonic() + LOCK_WAIT_S
        while not try_lock(handle):
            if time.monotonic() > deadline:
                raise BackupError(
                    "Une autre sauvegarde de « {stem} » est en cours (dans une autre fenêtre ou une commande). "
                    "Réessayez dans un instant.",
                    stem=stem,
                )
            time.sleep(0.1)
        yield
    finally:
        handle.close()


def _remove_partials(folder: Path, stem: str) -> None:
    """Files left by a backup or a copy that was interrupted (the process was killed…)."""
    for leftover in folder.glob(f".{glob.escape(stem)}-*.partial*"):
        try:
            leftover.unlink()
        except OSError:
            log.warning("Fichier partiel impossible à supprimer : %s", leftover)


def _free_name(folder: Path, stem: str, when: datetime, reason: str) -> Path:
    """Two backups in the same second get consecutive seconds: a good backup is never replaced."""
    while (folder / backup_name(stem, when, reason)).exists():
        when += timedelta(seconds=1)
    return folder / backup_name(stem, when, reason)


def _copy_key_file(database: Path, folder: Path) -> None:
    """Refresh the folder's copy of the password side file, if there is a readable one."""
    from refparcours.security.keys import KeyFile, KeyFileError, key_file_path

    source = key_file_path(database)
    if not source.exists():
        return
    try:
        KeyFile.load(source)  # never replace a good copy with a damaged side file
        data = source.read_bytes()
    except (KeyFileError, OSError):
        log.warning("Fichier des clés illisible, copie de sauvegarde non mise à jour : %s", source)
        return
    target = backup_key_file(folder, database)
    try:
        if target.read_bytes() == data:
            return
    except OSError:
        pass
    atomic_write_bytes(target, data)


def _copy_file(source: Path, target: Path) -> None:
    """A closed, finished backup copied atomically (partial file, fsync, rename)."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(source, "rb") as src, open(partial, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(partial, target)
    except BaseException:
        try:
            partial.unlink()
        except OSError:
            pass
        raise
    fsync_directory(target.parent)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, UserFacingError):
        return exc.message
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _copy_to_second_destination(
    backup: Path, database: Path, key: bytes | None, destination: Path, now: datetime
) -> tuple[Path | None, str | None]:
    try:
        destination.mkdir(parents=True, exist_ok=True)
        with _backups_locked(destination, database.stem):
            _remove_partials(destination, database.stem)
            target = destination / backup.name
            _copy_file(backup, target)
            report = check_file(target, key)
            if not report.ok:
                target.unlink(missing_ok=True)
                raise BackupError("la copie ne passe pas la vérification ({detail})", detail=report.message)
            _copy_key_file(database, destination)
            thin(destination, database.stem, now=now, keep=(target,))
        return target, None
    except (OSError, BackupError) as exc:
        log.warning("Copie vers la seconde destination impossible : %s", exc)
        warning = (
            f"La sauvegarde a bien été faite dans « {backup.parent} », mais sa copie vers « {destination} » a "
            f"échoué : {_describe(exc)}. Vérifiez que la clé USB ou le dossier réseau est branché et accessible."
        )
        return None, warning


def make_backup(
    db_path: Path,
    key: bytes | None,
    reason: str,
    *,
    now: datetime | None = None,
    second_destination: Path | None = None,
    pages: int = PAGES_PER_STEP,
    progress: Progress | None = None,
    thin_after: bool = True,
) -> BackupResult:
    """Back up ``db_path`` (open or not) into its ``sauvegardes`` folder, verify the copy,
    refresh the side-file copy, thin old backups, then copy to ``second_destination``.

    Raises :class:`BackupError` (French) if the backup cannot be made or does not verify: the
    previous backups are untouched. A failure of the second copy only sets ``warning``."""
    db_path = Path(db_path)
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}; expected one of {REASONS}")
    now = now or datetime.now()
    folder = backup_folder_for(db_path)
    errors = _db_errors()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            "Impossible de créer le dossier des sauvegardes « {folder} » : {reason}.",
            folder=str(folder), reason=_describe(exc),
        ) from None
    removed: list[Path] = []
    try:
        with _backups_locked(folder, db_path.stem):
            _remove_partials(folder, db_path.stem)
            target = _free_name(folder, db_path.stem, now, reason)
            try:
                backup_sqlite(db_path, target, key, pages=pages, progress=progress)
            except errors as exc:
                _remove_partials(folder, db_path.stem)
                if "not a database" in str(exc).lower():
                    raise BackupError(
                        "La base « {name} » ne s'ouvre pas avec cette clé, ou elle est endommagée : aucune "
                        "sauvegarde n'a été faite.",
                        name=db_path.name,
                    ) from None
                raise BackupError(
                    "La sauvegarde de « {name} » a échoué : {reason}. Les sauvegardes précédentes sont intactes.",
                    name=db_path.name, reason=str(exc),
                ) from None
            report = check_file(target, key)
            if not report.ok:
                target.unlink(missing_ok=True)
                raise BackupError(
                    "La sauvegarde de « {name} » vient d'être faite mais ne passe pas la vérification ({detail}) : "
                    "elle a été supprimée. Les sauvegardes précédentes sont intactes.",
                    name=db_path.name, detail=report.message,
                )
            _copy_key_file(db_path, folder)
            if thin_after:
                removed = thin(folder, db_path.stem, now=now, keep=(target,))
    except OSError as exc:
        raise BackupError(
            "La sauvegarde de « {name} » a échoué : {reason}. Les sauvegardes précédentes sont intactes.",
            name=db_path.name, reason=_describe(exc),
        ) from None
    log.info("Sauvegarde (%s) : %s", reason, target)
    second_copy, warning = None, None
    if second_destination is not None:
        second_copy, warning = _copy_to_second_destination(target, db_path, key, Path(second_destination), now)
    return BackupResult(target, second_copy, warning, tuple(removed))


# -- thinning ----------------------------------------------------------------------------------


def _months_back(today: date, count: int) -> set[tuple[int, int]]:
    year, month = today.year, today.month
    months = set()
    for _ in range(count):
        months.add((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def thin(folder: Path, stem: str, *, now: datetime | None = None, keep: Collection[Path] = ()) -> list[Path]:
    """Delete the backups of ``stem`` in ``folder`` that are no longer needed; return them.

    Kept: everything from the last 24 h up to the 12 most recent; the newest of each of the
    last 7 days, of each of the last 5 weeks (Monday to Sunday) and of each of the last 12
    months (calendar days, weeks and months, the current one included); the newest backup
    whatever its age (it was verified when it was made); anything dated after ``now`` (a clock
    that was wrong) and anything in ``keep``. Only files named like a backup of ``stem`` are
    ever touched, and never legacy migration backups."""
    now = now or datetime.now()
    backups = _scan(Path(folder), stem, legacy=False)
    if not backups:
        return []
    protected = {Path(p).resolve() for p in keep}
    past = [b for b in backups if b.taken_at <= now]  # newest first
    kept = {backups[0].path, *(b.path for b in past[:1])}
    kept.update(b.path for b in backups if b.taken_at > now or b.path.resolve() in protected)
    kept.update(b.path for b in [b for b in past if now - b.taken_at < RECENT_SPAN][:RECENT_COUNT])

    def newest_of_each(bucket, wanted) -> None:
        seen = set()
        for backup in past:
            slot = bucket(backup.taken_at)
            if slot in wanted and slot not in seen:
                seen.add(slot)
                kept.add(backup.path)

    today = now.date()
    newest_of_each(lambda t: t.date(), {today - timedelta(days=n) for n in range(DAYS_KEPT)})
    newest_of_each(lambda t: _monday(t.date()), {_monday(today) - timedelta(weeks=n) for n in range(WEEKS_KEPT)})
    newest_of_each(lambda t: (t.year, t.month), _months_back(today, MONTHS_KEPT))

    removed = []
    for backup in backups:
        if backup.path in kept:
            continue
        try:
            backup.path.unlink()
        except OSError:
            log.warning("Sauvegarde ancienne impossible à supprimer : %s", backup.path)
            continue
        removed.append(backup.path)
    return removed


# -- restoring ---------------------------------------------------------------------------------


def latest_good_backup(db_path: Path, key: bytes | None, *, second_destination: Path | None = None) -> Path | None:
    """The newest backup of ``db_path`` that opens with ``key`` and passes the check (looking
    in the second destination too, if given), or None."""
    db_path = Path(db_path)
    candidates = list_backups(db_path)
    if second_destination is not None:
        candidates += list_backups(db_path, folder=Path(second_destination))
        candidates.sort(key=lambda b: b.taken_at, reverse=True)
    for backup in candidates:
        if check_file(backup.path, key).ok:
            return backup.path
    return None


def _refuse(report: CheckReport, backup: Path) -> BackupError:
    if report.kind == "wrong_key":
        return BackupError(
            "Cette sauvegarde vient d'une autre installation de refparcours (ou d'une autre base) : elle ne s'ouvre "
            "pas avec la clé de cette base. La base n'a pas été modifiée."
        )
    if report.kind == "damaged":
        return BackupError(
            "La sauvegarde « {name} » est endommagée : elle ne peut pas être restaurée. La base n'a pas été "
            "modifiée ; choisissez une autre sauvegarde.",
            name=backup.name,
        )
    return BackupError("{reason} La base n'a pas été modifiée.", reason=report.message)


def _set_aside_damaged(db_path: Path, now: datetime) -> Path:
    """A raw copy of a database that does not open (it is closed and locked: the copy is
    consistent with what is on disk), with its WAL, kept in ``sauvegardes`` forever."""
    folder = backup_folder_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db_path.name}.endommagee-{now.strftime(STAMP_FORMAT)}"
    for suffix in ("", "-wal"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            _copy_file(source, target.with_name(target.name + suffix))
    return target


def _checkpoint(db_path: Path, key: bytes | None) -> None:
    """Fold the WAL into the database file, so that removing the WAL loses nothing."""
    connection = connect_sqlite(db_path, key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()


def restore(
    backup_path: Path,
    db_path: Path,
    key: bytes | None,
    *,
    now: datetime | None = None,
    take_lock: bool = True,
    pages: int = PAGES_PER_STEP,
    progress: Progress | None = None,
) -> Path | None:
    """Replace the database by a backup; return the safety backup of the replaced base.

    The database must be closed: the lock is taken here (``take_lock=False`` if the caller
    already holds it), so a window that has the base open makes this fail in French.

    1. The backup must open with ``key`` and pass the check, and not come from a newer
       version of refparcours; otherwise :class:`BackupError` and nothing changes.
    2. The current base is backed up (reason ``avant-restauration``); if it does not open,
       a raw copy of it is set aside in ``sauvegardes`` (its path is returned instead).
    3. The backup is copied (backup API) to a hidden temporary file next to the database,
       fully checked, then renamed over the database; the old WAL and shared-memory files are
       removed first. At every moment the database path holds a whole database.

    Returns None only when there was no database file to save."""
    from refparcours.data.database import known_revisions

    backup_path, db_path = Path(backup_path), Path(db_path)
    now = now or datetime.now()
    if backup_path.resolve() == db_path.resolve():
        raise BackupError("La sauvegarde à restaurer est la base elle-même : choisissez un fichier de « sauvegardes ».")
    report = check_file(backup_path, key)
    if not report.ok:
        raise _refuse(report, backup_path)
    known, _head = known_revisions()
    revision = _revision(backup_path, key)
    if revision is not None and revision not in known:
        raise BackupError(
            "Cette sauvegarde a été faite par une version plus récente de refparcours (révision {revision}). "
            "Installez la dernière version pour la restaurer ; la base n'a pas été modifiée.",
            revision=revision,
        )

    lock = DatabaseLock(db_path) if take_lock else None
    if lock is not None:
        lock.acquire()
    try:
        temporary = db_path.with_name(f".{db_path.name}.restauration")
        remove_with_side_files(temporary)
        current_ok = False
        saved: Path | None = None
        try:
            if db_path.exists() and db_path.stat().st_size > 0:
                current_ok = check_file(db_path, key).ok
                if current_ok:
                    saved = make_backup(db_path, key, "avant-restauration", now=now, thin_after=False).path
                else:
                    saved = _set_aside_damaged(db_path, now)
            backup_sqlite(backup_path, temporary, key, pages=pages, progress=progress)
            verdict = check_file(temporary, key, full=True)
            if not verdict.ok:
                raise _refuse(verdict, backup_path)
            if current_ok:
                _checkpoint(db_path, key)
            for suffix in ("-wal", "-shm", "-journal"):
                db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
            os.replace(temporary, db_path)
            fsync_directory(db_path.parent)
        except _db_errors() + (OSError,) as exc:
            raise BackupError(
                "La restauration a échoué : {reason}. La base n'a pas été modifiée.", reason=_describe(exc)
            ) from None
        finally:
            remove_with_side_files(temporary)
    finally:
        if lock is not None:
            lock.release()
    log.info("Base %s restaurée depuis %s (copie de sécurité : %s)", db_path, backup_path, saved)
    return saved


# -- start-up ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartupCheck:
    """``report`` on the database; when it is damaged, ``offer`` is the newest good backup."""

    report: CheckReport
    offer: Path | None = None


def startup_check(db_path: Path, key: bytes | None, *, second_destination: Path | None = None) -> StartupCheck:
    """The quick check to run when the base is opened (before the window uses it)."""
    report = check_file(db_path, key)
    offer = None
    if report.kind == "damaged":
        offer = latest_good_backup(db_path, key, second_destination=second_destination)
    return StartupCheck(report, offer)


# -- when to back up ---------------------------------------------------------------------------


@dataclass
class AutoBackupSchedule:
    """When the window should make an automatic backup (no timers here: the window asks).

    Due when something changed since the last backup and the last one is at least
    ``interval`` old (or there has been none). On close: due if anything changed. Paused
    after a restore, for the rest of the session (a new session starts unpaused)."""

    interval: timedelta = DEFAULT_INTERVAL
    last_backup: datetime | None = None
    changed_since: datetime | None = None  # first change not yet in a backup
    paused: bool = False

    def note_change(self, now: datetime) -> None:
        if self.changed_since is None:
            self.changed_since = now

    @property
    def changed(self) -> bool:
        return self.changed_since is not None

    def due(self, now: datetime) -> bool:
        if self.paused or not self.changed:
            return False
        return self.last_backup is None or now - self.last_backup >= self.interval

    def due_on_close(self) -> bool:
        return not self.paused and self.changed

    def done(self, taken_at: datetime) -> None:
        """A backup was made; ``taken_at`` is when it *started* (its snapshot): a change
        noted while it was being written stays pending for the next one."""
        self.last_backup = taken_at
        if self.changed_since is not None and self.changed_since <= taken_at:
            self.changed_since = None

    def pause(self) -> None:
        self.paused = True

    def new_session(self) -> None:
        """The base was opened again: automatic backups resume."""
        self.paused = False
