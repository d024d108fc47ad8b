"""Automatic backups while the app runs: every 30 minutes when something changed, on
close, on demand; the quick check at start; restoring a backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from refparcours.data.backups import AutoBackupSchedule, BackupResult, list_backups, make_backup, restore, startup_check
from refparcours.data.database import open_database
from refparcours.errors import UserFacingError
from refparcours.security import audit
from refparcours.security.accounts import OpenSession
from refparcours.settings import Settings
from refparcours.ui.background import run_in_background
from refparcours.ui.i18n import error_text, translate

TICK_MS = 60_000


class BackupCoordinator(QObject):
    """Runs backups off the UI thread and says what happened in the status bar."""

    message = Signal(str)
    finished = Signal()  # after each backup attempt, good or not

    def __init__(self, session: OpenSession, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.schedule = AutoBackupSchedule()
        self.schedule.new_session()
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    @property
    def database_path(self) -> Path:
        return self.session.database.path

    def note_change(self, *_args) -> None:
        self.schedule.note_change(datetime.now())

    def tick(self) -> None:
        if not self.running and self.schedule.due(datetime.now()):
            self.back_up("auto")

    def back_up(self, reason: str) -> None:
        if self.running:
            return
        self.running = True
        started = datetime.now()
        second = Path(self.settings.second_backup_folder) if self.settings.second_backup_folder else None
        path, key = self.database_path, self.session.database.key
        self.message.emit(self.tr("Sauvegarde en cours…"))
        run_in_background(self, lambda: make_backup(path, key, reason, second_destination=second),
                          lambda result: self._done(result, started), self._failed)

    def _done(self, result: BackupResult, started: datetime) -> None:
        self.running = False
        self.schedule.done(started)
        with self.session.database.engine.begin() as connection:
            audit.append(connection, self.session.actor, "backup", record_type="base", detail=result.path.name)
        text = self.tr("Sauvegarde vérifiée à %s.") % started.strftime("%H:%M")
        if result.warning:
            text += " " + result.warning
        self.message.emit(text)
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.message.emit(self.tr("La sauvegarde a échoué : %s")
                          % (error_text(error) if isinstance(error, UserFacingError) else str(error)))
        self.finished.emit()

    def due_on_close(self) -> bool:
        return self.schedule.due_on_close()


def check_at_start(parent: QWidget, session: OpenSession, on_damaged) -> None:
    """The quick check, off the UI thread; ``on_damaged(report, offer)`` if the base is damaged."""
    path, key = session.database.path, session.database.key

    def answer(verdict) -> None:
        if not verdict.report.ok:
            on_damaged(verdict.report, verdict.offer)

    run_in_background(parent, lambda: startup_check(path, key), answer, lambda _error: None)


def choose_and_restore(parent: QWidget, session: OpenSession) -> bool:
    """Pick a backup, confirm, restore it. The database is closed first; returns True when
    the app must now close (the user reopens it on the restored base)."""
    path, key = session.database.path, session.database.key
    backups = list_backups(path)
    if not backups:
        QMessageBox.information(parent, translate("BackupCoordinator", "Restaurer"),
                                translate("BackupCoordinator", "Aucune sauvegarde n'a encore été faite."))
        return False
    labels = [f"{b.taken_at.strftime('%d/%m/%Y %H:%M')} — {b.reason} — {b.path.name}" for b in backups]
    choice, ok = QInputDialog.getItem(parent, translate("BackupCoordinator", "Restaurer une sauvegarde"),
                                      translate("BackupCoordinator", "Sauvegarde à restaurer :"), labels, 0, False)
    if not ok:
        return False
    chosen = backups[labels.index(choice)]
    answer = QMessageBox.question(
        parent, translate("BackupCoordinator", "Restaurer une sauvegarde"),
        translate("BackupCoordinator", "La base sera remplacée par la sauvegarde du %s. La base actuelle est "
                  "d'abord sauvegardée. "
                  "refparcours se fermera ensuite ; rouvrez-le pour reprendre.") % chosen.taken_at.strftime(
                      translate("BackupCoordinator", "%d/%m/%Y à %H:%M")))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    session.close()  # releases the lock: restore takes it
    try:
        restore(chosen.path, path, key)
        # Recorded in the restored base's own log: the replaced one is now a backup.
        with open_database(path, key=key) as database, database.engine.begin() as connection:
            audit.append(connection, session.actor, "restore_backup", record_type="base", detail=chosen.path.name)
    except UserFacingError as error:
        QMessageBox.critical(parent, translate("BackupCoordinator", "Restauration impossible"), error_text(error))
        return True  # the database is closed either way
    QMessageBox.information(parent, translate("BackupCoordinator", "Restauration faite"),
                            translate("BackupCoordinator",
                                      "La sauvegarde a été restaurée. Rouvrez refparcours pour reprendre."))
    return True
