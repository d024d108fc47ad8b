"""Administration screens: the audit log, the accounts, changing one's own password.

The audit log viewer only ever shows what the log holds: who, when, which operation, on
which record (a type and an identifier), and a short technical detail — never a family's
data. Opening it is itself logged."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QT_TRANSLATE_NOOP, QLocale, QTimer, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refparcours.domain import Role
from refparcours.errors import UserFacingError
from refparcours.security import audit
from refparcours.security.accounts import Account, Installation, OpenSession, check_password
from refparcours.security.keys import WrongCredentials
from refparcours.text import parse_date
from refparcours.ui.background import run_in_background
from refparcours.ui.forms import ERROR_STYLE, field_with_error
from refparcours.ui.i18n import colon, error_text, tr_core
from refparcours.ui.login import CredentialsDialog

MAX_ROWS = 500
# Going through the operations with the arrow keys changes the filter at every step: the
# log is read once the choice has settled, not once per step.
FILTER_DELAY_MS = 200
OK_STYLE = "color: #17521b; font-weight: bold;"  # 7:1 on every theme

# What the log's record types mean, for the "Type" column (unknown types show as stored).
RECORD_TYPES = {
    "dossier": "Dossier",
    "person": "Personne",
    "network_contact": "Contact du réseau",
    "account": "Compte",
    "audit_entry": "Journal d'audit",
    "base": "Base de données",
}


def is_admin(session: OpenSession | None) -> bool:
    """Whether the logged-in account administers the installation (accounts, log)."""
    return session is not None and session.account.role == Role.ADMINISTRATEUR


def _no_default_buttons(*buttons: QPushButton) -> None:
    # "Entrée" in a filter field applies the filter: it must not also press a button
    # (which would close the dialog or start a verification).
    for button in buttons:
        button.setAutoDefault(False)
        button.setDefault(False)


def _labelled(widget: QWidget, name: str, text: str, accessible: str) -> QLabel:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _error_label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(accessible)
    label.hide()
    return label


def _table_view(name: str, accessible: str, model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


# -- the audit log ----------------------------------------------------------------------------


class AuditLogModel(QAbstractTableModel):
    """The entries found, newest first; the vertical header shows each entry's number."""

    COLUMNS = (QT_TRANSLATE_NOOP("AuditLogModel", "Date et heure"), QT_TRANSLATE_NOOP("AuditLogModel", "Compte"),
               QT_TRANSLATE_NOOP("AuditLogModel", "Opération"), QT_TRANSLATE_NOOP("AuditLogModel", "Type"),
               QT_TRANSLATE_NOOP("AuditLogModel", "Référence"), QT_TRANSLATE_NOOP("AuditLogModel", "Détail"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[audit.AuditEntry] = []

    def set_entries(self, entries: list[audit.AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> audit.AuditEntry:
        return self._entries[row]

    def row_of(self, seq: int) -> int | None:
        return next((row for row, entry in enumerate(self._entries) if entry.seq == seq), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        if 0 <= section < len(self._entries):
            seq = str(self._entries[section].seq)
            return seq if role == Qt.ItemDataRole.DisplayRole else self.tr("Entrée n° %s") % seq
        return None

    def text(self, row: int, column: int) -> str:
        entry = self._entries[row]
        if column == 0:
            return entry.at.astimezone().strftime("%d/%m/%Y %H:%M:%S")  # the computer's local time
        if column == 1:
            return entry.actor
        if column == 2:
            return tr_core(entry.label)
        if column == 3:
            return tr_core(RECORD_TYPES[entry.record_type]) if entry.record_type in RECORD_TYPES \
                else entry.record_type
        if column == 4:
            return entry.record_id
        return entry.detail

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (4, 5):
            return self.text(index.row(), index.column()) or None
        return None


class AuditLogDialog(QDialog):
    """Who did what, and when: the filtered log, newest first, and a check of its chain."""

    def __init__(self, session: OpenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Journal d'audit"))
        self.resize(1100, 650)
        self._generation = 0  # the latest query asked for; older answers are ignored
        self._reading = 0  # queries still running, the latest one or older ones
        self._applied: tuple[Any, ...] | None = None
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(FILTER_DELAY_MS)
        self._pending.timeout.connect(self.reload)
        self.model = AuditLogModel(self)

        intro = QLabel(self.tr(
            "Chaque consultation ou modification est notée ici : qui, quand, quelle opération, sur quel "
            "enregistrement. Le journal ne contient aucune donnée des familles. Le consulter est aussi noté."))
        intro.setWordWrap(True)

        # Filters.
        self.operation = QComboBox()
        self.operation.addItem(self.tr("Toutes les opérations"), None)
        for operation, text in audit.OPERATION_LABELS.items():
            self.operation.addItem(tr_core(text), operation)
        operation_label = _labelled(self.operation, "operation_filter", self.tr("&Opération :"),
                                    self.tr("Opération"))
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("identifiant exact"))
        self.account.setClearButtonEnabled(True)
        account_label = _labelled(self.account, "account_filter", self.tr("&Compte :"),
                                  self.tr("Compte (identifiant exact)"))
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("identifiant de l'enregistrement"))
        self.record.setClearButtonEnabled(True)
        record_label = _labelled(self.record, "record_filter", self.tr("&Référence :"),
                                 self.tr("Référence de l'enregistrement"))
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        since_label = _labelled(self.since, "since", self.tr("&Du :"), self.tr("Début de la période (JJ/MM/AAAA)"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        until_label = _labelled(self.until, "until", self.tr("&Au :"), self.tr("Fin de la période (JJ/MM/AAAA)"))
        self.since_error = _error_label("since_error", self.tr("Erreur : début de la période"))
        self.until_error = _error_label("until_error", self.tr("Erreur : fin de la période"))

        filters = QGridLayout()
        filters.addWidget(operation_label, 0, 0)
        filters.addWidget(self.operation, 0, 1)
        filters.addWidget(account_label, 0, 2)
        filters.addWidget(self.account, 0, 3)
        filters.addWidget(record_label, 0, 4)
        filters.addWidget(self.record, 0, 5)
        filters.addWidget(since_label, 1, 0)
        filters.addWidget(field_with_error(self.since, self.since_error), 1, 1)
        filters.addWidget(until_label, 1, 2)
        filters.addWidget(field_with_error(self.until, self.until_error), 1, 3)
        filters.setColumnStretch(5, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setAccessibleName(self.tr("Nombre d'entrées affichées"))
        self.truncated_note = QLabel(self.tr(
            "Seules les %s entrées les plus récentes sont affichées : précisez les filtres ou la période pour "
            "voir les plus anciennes.") % MAX_ROWS)
        self.truncated_note.setObjectName("truncated_note")
        self.truncated_note.setWordWrap(True)
        self.truncated_note.setAccessibleName(self.tr("Liste tronquée"))
        self.truncated_note.hide()

        self.view = _table_view("audit_table", self.tr("Entrées du journal"), self.model)
        self.view.verticalHeader().setAccessibleName(self.tr("Numéros des entrées"))
        for column, width in enumerate((150, 110, 190, 120, 280)):
            self.view.horizontalHeader().resizeSection(column, width)

        self.verify_button = QPushButton(self.tr("&Vérifier la chaîne"))
        self.verify_button.setObjectName("verify")
        self.verify_button.setToolTip(self.tr("Recalcule l'empreinte de chaque entrée : une entrée modifiée, "
                                              "supprimée ou insérée après coup est signalée."))
        self.verify_button.clicked.connect(self.verify_chain)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verify_result")
        self.verify_result.setWordWrap(True)
        self.verify_result.setAccessibleName(self.tr("Résultat de la vérification"))
        self.verify_result.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        _no_default_buttons(self.verify_button, self.close_button)

        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.verify_result, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.truncated_note)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        order = (self.operation, self.account, self.record, self.since, self.until, self.view,
                 self.verify_button, self.close_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.operation.currentIndexChanged.connect(lambda _index: self.apply_filters())
        for field in (self.account, self.record, self.since, self.until):
            field.editingFinished.connect(self.apply_filters)

        # Reading the log is itself an operation, recorded in its own transaction.
        with session.database.engine.begin() as connection:
            audit.append(connection, session.actor, audit.READ, record_type="audit_entry",
                         detail="consultation du journal")
        self.apply_filters(at_once=True)
        self.operation.setFocus()


    # -- filtering -------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """Whether the table is about to change (a filter was changed, or is being read)."""
        return self._pending.isActive() or self._reading > 0

    def _read_date(self, field: QLineEdit, error: QLabel, what: str) -> tuple[bool, date | None]:
        try:
            value = parse_date(field.text(), field=field.objectName(), what=what)
        except UserFacingError as refusal:
            self._show_error(field, error, error_text(refusal))
            return False, None
        self._clear_error(field, error)
        return True, value

    @staticmethod
    def _show_error(field: QLineEdit, error: QLabel, text: str) -> None:
        error.setText(text)
        error.show()
        field.setAccessibleDescription(text)  # read out when the field gets focus again

    @staticmethod
    def _clear_error(field: QLineEdit, error: QLabel) -> None:
        error.clear()
        error.hide()
        field.setAccessibleDescription("")

    def filters(self) -> dict[str, Any] | None:
        """The filters on screen for :func:`audit.entries`, or None if a date is refused
        (the message is then shown under the field)."""
        since_ok, since = self._read_date(self.since, self.since_error, self.tr("Début de la période"))
        until_ok, until = self._read_date(self.until, self.until_error, self.tr("Fin de la période"))
        if not (since_ok and until_ok):
            return None
        if since is not None and until is not None and until < since:
            self._show_error(self.until, self.until_error,
                             self.tr("La fin de la période (%s) précède son début.") % self.until.text().strip())
            return None

        def local_midnight(day: date) -> datetime:
            return datetime.combine(day, time()).astimezone()  # the computer's time zone

        return {
            "operation": self.operation.currentData(),
            "actor": self.account.text().strip() or None,
            "record_id": self.record.text().strip() or None,
            "since": local_midnight(since) if since is not None else None,
            # the end date is included: up to the next midnight
            "until": local_midnight(until + timedelta(days=1)) if until is not None else None,
        }

    def apply_filters(self, *, at_once: bool = False) -> None:
        filters = self.filters()
        if filters is None:
            self._pending.stop()
            self.count_label.setText(self.tr("Corrigez la date pour filtrer le journal."))
            return
        key = tuple(sorted(filters.items()))
        if key == self._applied:  # leaving a field without changing it, or a date put back
            if not self.loading:
                self._show_count()
            return
        self._applied = key
        self.count_label.setText(self.tr("Lecture du journal…"))
        if at_once:
            self.reload()
        else:
            self._pending.start()

    def reload(self) -> None:
        """Read the entries matching the applied filters again, in the background."""
        self._pending.stop()
        filters = dict(self._applied or ())
        self._generation += 1
        generation = self._generation
        self.count_label.setText(self.tr("Lecture du journal…"))
        database = self.session.database
        self._reading += 1
        run_in_background(
            self,
            lambda: audit.entries(database.engine, limit=MAX_ROWS + 1, **filters),
            lambda found: self._loaded(generation, found),
            lambda error: self._load_failed(generation, error),
        )

    def _loaded(self, generation: int, found: list[audit.AuditEntry]) -> None:
        self._reading -= 1
        if generation != self._generation:
            return  # an older query, overtaken by a newer filter
        truncated = len(found) > MAX_ROWS
        self.model.set_entries(found[:MAX_ROWS])
        self.truncated_note.setVisible(truncated)
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.count_label.setText(self.tr("Aucune entrée ne correspond."))
        elif count == 1:
            self.count_label.setText(self.tr("1 entrée"))
        else:
            self.count_label.setText(self.tr("%s entrées") % f"{count:,}".replace(",", "\u202f"))

    def _load_failed(self, generation: int, error: BaseException) -> None:
        self._reading -= 1
        if generation != self._generation and isinstance(error, UserFacingError):
            return
        if not isinstance(error, UserFacingError):
            raise error
        self.count_label.setText(error_text(error))

    # -- verifying -------------------------------------------------------------------------

    @property
    def verifying(self) -> bool:
        return not self.verify_button.isEnabled()

    def verify_chain(self) -> None:
        if self.verifying:
            return
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(self.tr("Vérification du journal…"))
        self.verify_result.show()
        database = self.session.database
        run_in_background(self, lambda: audit.verify(database.engine), self._verified, self._verify_failed)

    def _verified(self, report: audit.VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        # The report names the first broken entry: its number is in the table's left margin.
        count = QLocale().toString(report.checked)
        self._show_verdict(tr_core(report.template).format(count=count, seq=report.first_broken_seq), ok=report.ok)
        if not report.ok and report.first_broken_seq is not None:
            row = self.model.row_of(report.first_broken_seq)
            if row is not None:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        if not isinstance(error, UserFacingError):
            raise error
        self._show_verdict(error_text(error), ok=False)

    def _show_verdict(self, text: str, *, ok: bool) -> None:
        self.verify_result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.verify_result.setText(text)
        self.verify_result.setAccessibleDescription(text)
        self.verify_result.show()


# -- accounts ---------------------------------------------------------------------------------


class AccountsModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("AccountsModel", "Identifiant"), QT_TRANSLATE_NOOP("AccountsModel", "Nom"),
               QT_TRANSLATE_NOOP("AccountsModel", "Rôle"), QT_TRANSLATE_NOOP("AccountsModel", "Actif"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Account, bool]] = []

    def set_accounts(self, rows: list[tuple[Account, bool]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def account(self, row: int) -> tuple[Account, bool]:
        return self._rows[row]

    def row_of(self, account_id: uuid.UUID) -> int | None:
        return next((row for row, (account, _) in enumerate(self._rows) if account.id == account_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        account, active = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return account.username
        if column == 1:
            return account.display_name
        if column == 2:
            return tr_core(account.role.label)
        return self.tr("oui") if active else self.tr("non")


class NewAccountDialog(CredentialsDialog):
    """A new account: its name, role and first password (the person changes it later)."""

    def __init__(self, installation: Installation, session: OpenSession, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Ajouter un compte"),
            self.tr("Chaque personne a son propre compte. Communiquez-lui le mot de passe de vive voix : elle "
                    "pourra le changer ensuite."),
            self.tr("Créer le compte"), parent)
        self.cancel_button.setText(self.tr("Annuler"))
        self.installation = installation
        self.session = session
        self.add_field("username", self.tr("&Identifiant"))
        display_name = self.add_field("display_name", self.tr("&Nom affiché"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(tr_core(role.label), role.value)  # Qt would hand back a plain str anyway
        self.role.setCurrentIndex(self.role.findData(Role.REFERENT.value))
        self._form.addRow(_labelled(self.role, "role", colon(self.tr("&Rôle")), self.tr("Rôle")), self.role)
        password = self.add_field("password", self.tr("&Mot de passe"), secret=True)
        self.add_field("confirmation", self.tr("&Confirmation"), secret=True)
        QWidget.setTabOrder(display_name, self.role)
        QWidget.setTabOrder(self.role, password)
        self.finish_layout()
        self.fields["username"].setFocus()

    def work(self, values: dict[str, str]) -> Callable[[], Account]:
        check_password(values["password"], values["confirmation"])
        role = Role(self.role.currentData())
        return lambda: self.installation.add_account(self.session, values["username"], values["display_name"],
                                                     role, values["password"])

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.role.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # the account is being created: it is too late to cancel
            super().reject()


class AccountsDialog(QDialog):
    """The installation's accounts, for an administrator: adding one, disabling one."""

    def __init__(self, installation: Installation, session: OpenSession, parent: QWidget | None = None) -> None:
        if not is_admin(session):  # checked before any window exists
            raise UserFacingError("Seul un compte administrateur peut gérer les comptes.")
        super().__init__(parent)
        self.installation = installation
        self.session = session
        self.setWindowTitle(self.tr("Comptes"))
        self.resize(720, 420)
        self.model = AccountsModel(self)

        intro = QLabel(self.tr(
            "Chaque personne se connecte avec son propre compte. Un compte désactivé ne peut plus se connecter ; "
            "ce qu'il a fait reste dans le journal d'audit."))
        intro.setWordWrap(True)
        self.view = _table_view("accounts_table", self.tr("Liste des comptes"), self.model)
        self.view.verticalHeader().hide()
        for column, width in enumerate((150, 220, 170)):
            self.view.horizontalHeader().resizeSection(column, width)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.add_button = QPushButton(self.tr("&Ajouter un compte…"))
        self.add_button.setObjectName("add_account")
        self.add_button.clicked.connect(self.add_account)
        self.disable_button = QPushButton(self.tr("&Désactiver"))
        self.disable_button.setObjectName("disable_account")
        self.disable_button.clicked.connect(self.disable_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        _no_default_buttons(self.add_button, self.disable_button, self.close_button)

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.disable_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        order = (self.view, self.add_button, self.disable_button, self.close_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()
        self.view.setFocus()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        select = select or self.current_account_id()
        self.model.set_accounts(self.installation.list_accounts(self.session))
        row = self.model.row_of(select) if select is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def current_account_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        return self.model.account(index.row())[0].id if index.isValid() else None

    def _update_buttons(self) -> None:
        index = self.view.currentIndex()
        self.disable_button.setEnabled(index.isValid() and self.model.account(index.row())[1])

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()

    def add_account(self) -> None:
        dialog = NewAccountDialog(self.installation, self.session, self)
        if dialog.exec():
            account: Account = dialog.result_value
            self.refresh(select=account.id)
            self._say(self.tr("Le compte « %s » est créé.") % account.username)
        self.view.setFocus()

    def disable_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        account, active = self.model.account(index.row())
        if not active:
            return
        # One's own account is refused by the core before anything changes: no question first.
        if account.id != self.session.account.id and not self._confirm_disable(account):
            return
        try:
            self.installation.disable_account(self.session, account.id)
        except UserFacingError as error:
            self._say(error_text(error), error=True)
            return
        finally:
            self.view.setFocus()
        self.refresh(select=account.id)
        self._say(self.tr("Le compte « %s » est désactivé : il ne peut plus se connecter.") % account.username)

    def _confirm_disable(self, account: Account) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Désactiver un compte"))
        box.setText(self.tr("Désactiver le compte « %s » (%s) ?") % (account.username, account.display_name))
        box.setInformativeText(self.tr("Cette personne ne pourra plus se connecter. Ce qu'elle a fait reste dans "
                                       "le journal d'audit."))
        confirm = box.addButton(self.tr("Désactiver"), QMessageBox.ButtonRole.DestructiveRole)
        confirm.setObjectName("confirm")
        cancel = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is confirm


# -- one's own password -----------------------------------------------------------------------


class ChangePasswordDialog(CredentialsDialog):
    def __init__(self, installation: Installation, session: OpenSession, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Changer mon mot de passe"),
            self.tr("Le nouveau mot de passe remplace l'actuel pour votre compte seulement : les autres comptes "
                    "gardent le leur. Les dossiers ne sont pas chiffrés à nouveau ; le changement est immédiat "
                    "et ne touche pas aux données."),
            self.tr("Changer le mot de passe"), parent)
        self.cancel_button.setText(self.tr("Annuler"))
        self.installation = installation
        self.session = session
        self.add_field("current", self.tr("Mot de passe &actuel"), secret=True)
        self.add_field("password", self.tr("&Nouveau mot de passe"), secret=True)
        self.add_field("confirmation", self.tr("&Confirmation"), secret=True)
        self.finish_layout()
        self.fields["current"].setFocus()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.cancel_button.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # the password is being changed: it is too late to cancel
            super().reject()

    def work(self, values: dict[str, str]) -> Callable[[], None]:
        if not values["current"]:
            raise UserFacingError(self.tr("Indiquez votre mot de passe actuel."))
        check_password(values["password"], values["confirmation"])
        wrong = self.tr("Le mot de passe actuel n'est pas le bon.")

        def change() -> None:
            try:
                self.installation.change_password(self.session, values["current"], values["password"],
                                                  values["confirmation"])
            except WrongCredentials:
                # The core's message names the identifier too, which is not asked here.
                raise UserFacingError(wrong) from None

        return change
