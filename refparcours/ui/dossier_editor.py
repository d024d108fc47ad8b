"""The right-hand side: one dossier, its household and its network, edited in place."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from refparcours.domain import DossierState
from refparcours.dossiers import CONTACT, DOSSIER, PERSON, RecordKind, Snapshot
from refparcours.data.database import ServerUnavailableError
from refparcours.errors import UserFacingError
from refparcours.screening import OUTCOME_LABELS
from refparcours.screenings import ANSWER_LABELS, ScreeningService
from refparcours.text import format_date
from refparcours.ui.controller import DossierController
from refparcours.ui.dialogs import RecordDialog, close_dossier_dialog
from refparcours.ui.fields import contact_fields, dossier_fields, person_fields
from refparcours.ui.forms import FieldSpec, RecordForm, display_value
from refparcours.ui.i18n import error_text, tr_core
from refparcours.ui.print_language import PrintLanguageChoice, dossier_language

ADDRESS_FIELDS = ("address", "postal_code", "commune")


def person_name(person: Snapshot) -> str:
    return " ".join(part for part in (person.get("first_name"), person.get("last_name")) if part)


def age_on(birth: date | None, today: date) -> str:
    if birth is None:
        return ""
    years = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return str(years)


def edit_or_resolve(parent, controller: DossierController, kind: RecordKind, record_id, dossier_id, field: str,
                    value: Any, text: str, shown: Snapshot, field_kind: str) -> bool:
    """Save one field; if a colleague changed the record since it was shown, both values side by
    side (for texts and dates) — the one kept is then saved on the current version."""
    from refparcours.errors import EditConflict
    from refparcours.ui.conflicts import resolve_conflict

    try:
        return controller.edit(kind, record_id, dossier_id, {field: value}, text, shown=shown)
    except EditConflict as conflict:
        if field_kind not in ("text", "date"):
            raise
        kept = resolve_conflict(parent, conflict)
        if kept is None:
            raise
        return controller.edit(kind, record_id, dossier_id, {field: kept}, text,
                               shown={**shown, field: None, "version": conflict.version})


class MemberTableModel(QAbstractTableModel):
    """A dossier's household or network: a few dozen rows at most, held in memory."""

    def __init__(self, columns: list[tuple[str, Callable[[Snapshot], str]]], parent=None) -> None:
        super().__init__(parent)
        self._columns = columns
        self.records: list[Snapshot] = []

    def set_records(self, records: list[Snapshot]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[index.column()][1](self.records[index.row()])
        return None

    def row_of(self, record_id: uuid.UUID) -> int | None:
        return next((row for row, record in enumerate(self.records) if record["id"] == record_id), None)


def record_table(model: QAbstractTableModel, object_name: str, accessible_name: str) -> QTableView:
    """A read-only table of records: whole rows selected, Tab leaves it, columns fit their content."""
    view = QTableView()
    view.setObjectName(object_name)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MemberPanel(QWidget):
    """A table of members with a form below for the selected one."""

    def __init__(self, controller: DossierController, kind: RecordKind, specs: list[FieldSpec],
                 columns: list[tuple[str, Callable[[Snapshot], str]]], texts: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.controller, self.kind, self.specs, self.texts = controller, kind, specs, texts
        self.dossier_id: uuid.UUID | None = None
        self.model = MemberTableModel(columns, self)
        self.view = record_table(self.model, f"{kind.table.name}_table", texts["list"])
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.add_button = QPushButton(texts["add"])
        self.add_button.setObjectName(f"add_{kind.table.name}")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(texts["remove"])
        self.remove_button.setObjectName(f"remove_{kind.table.name}")
        self.remove_button.clicked.connect(self.remove_current)

        self.form = RecordForm(specs)
        self.form.edited.connect(self._edited)
        self.empty_label = QLabel(texts["empty"])
        self.empty_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.form, 3)
        QWidget.setTabOrder(self.view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.form.first_widget())

    def set_records(self, dossier_id: uuid.UUID, records: list[Snapshot]) -> None:
        same_dossier = dossier_id == self.dossier_id
        current = self.current_record()
        self.dossier_id = dossier_id
        self.model.set_records(records)
        row = self.model.row_of(current["id"]) if (same_dossier and current) else None
        if row is None and records:
            row = 0
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_current(keep_typing=same_dossier)

    def current_record(self) -> Snapshot | None:
        index = self.view.currentIndex()
        return self.model.records[index.row()] if index.isValid() and index.row() < len(self.model.records) else None

    def _show_current(self, keep_typing: bool = False) -> None:
        record = self.current_record()
        self.form.setVisible(record is not None)
        self.remove_button.setEnabled(record is not None)
        self.empty_label.setVisible(not self.model.records)
        if record is not None:
            self.form.set_values(record, keep_typing=keep_typing)

    def select(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _edited(self, field: str, value: Any) -> None:
        record = self.current_record()
        if record is None:
            return
        spec = next(s for s in self.specs if s.name == field)
        try:
            changed = edit_or_resolve(self, self.controller, self.kind, record["id"], self.dossier_id, field, value,
                                      self.tr("Modifier « %s »") % spec.label, record, spec.kind)
        except UserFacingError as error:
            self.form.show_error(error.field if getattr(error, "field", None) in self.form.widgets else field,
                                 error_text(error))
            if isinstance(error, ServerUnavailableError):
                self.window().editor.server_unavailable.emit()
            return
        if not changed:
            self.form.revert(field)
        self.form.mark_saved(field)

    def add(self) -> None:
        if self.dossier_id is None:
            return
        dossier_id = self.dossier_id

        def submit(values: dict[str, Any]) -> uuid.UUID:
            return self.controller.add_member(self.kind, dossier_id, values, self.texts["add_undo"])

        dialog = RecordDialog(self.texts["add_title"], "", self.specs, submit, self.tr("Ajouter"),
                              initial=self.controller.service.member_defaults(self.kind), parent=self)
        if dialog.exec():
            self.select(dialog.result_value)
            self.form.first_widget().setFocus()

    def remove_current(self) -> None:
        record = self.current_record()
        if record is None:
            return
        name = self.texts["name_of"](record)
        self.controller.remove(self.kind, record["id"], self.dossier_id, self.texts["remove_undo"] % name)


class ScreeningHistory(QWidget):
    """Every screening of the dossier, as it was recorded with its criteria version."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list = []
        self.model = MemberTableModel([
            (self.tr("Date"), lambda e: format_date(e["screened_on"])),
            (self.tr("Résultat retenu"), lambda e: tr_core(OUTCOME_LABELS[e["decision"]])),
            (self.tr("Réponse de la famille"), lambda e: tr_core(ANSWER_LABELS.get(e["answer"], "—"))),
            (self.tr("Référent choisi"), lambda e: e["chosen"]),
            (self.tr("Critères"), lambda e: e["criteria_version"]),
        ], self)
        self.view = record_table(self.model, "screening_table", self.tr("Repérages du dossier"))
        self.detail = QLabel()
        self.detail.setObjectName("screening_detail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("&Imprimer le résumé pour la famille…"))
        self.print_button.setObjectName("print_screening")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.current_entry()))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        # The summary in the family's language (the dossier's, unless changed here).
        self.language_choice = PrintLanguageChoice(dossier_language(None), self)
        language_form = QFormLayout()
        self.language_choice.add_to(language_form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail, 1)
        layout.addLayout(language_form)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)

    print_requested = Signal(object)

    def current_entry(self):
        index = self.view.currentIndex()
        return self.model.records[index.row()]["entry"] if index.isValid() else None

    def set_entries(self, entries) -> None:
        rows = [{"screened_on": e.screened_on, "decision": e.decision, "criteria_version": e.criteria_version,
                 "answer": (e.proposal or {}).get("answer", ""), "chosen": (e.designation or {}).get("chosen", ""),
                 "entry": e} for e in entries]
        self.model.set_records(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._show_detail()

    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        self.print_button.setEnabled(index.isValid())
        if not index.isValid():
            self.detail.setText(self.tr("Aucun repérage pour ce dossier (Dossier → Repérage de la situation…)."))
            return
        entry = self.model.records[index.row()]["entry"]
        text = entry.explanation
        words = (entry.proposal or {}).get("family_words")
        if words:
            text += "\n\n" + self.tr("Les mots de la famille : « %s »") % words
        self.detail.setText(text)


class DossierEditor(QWidget):
    """Shows one dossier. Every field is saved as soon as it is left."""

    status_message = Signal(str)
    server_unavailable = Signal()  # an edit could not reach the team server: it stays on screen
    plan_requested = Signal()
    meeting_requested = Signal(object)  # a meeting id to resume, or None

    def __init__(self, controller: DossierController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dossier: Snapshot | None = None
        self._address_revealed = False

        self.title = QLabel()
        self.title.setObjectName("dossier_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("dossier_subtitle")
        self.subtitle.setWordWrap(True)

        # -- Informations tab
        self.form = RecordForm(dossier_fields())
        self.form.edited.connect(self._edited)
        self.address_notice = QLabel(self.tr("Adresse protégée : elle est masquée."))
        self.address_notice.setObjectName("address_notice")
        self.address_notice.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Afficher l'adresse"))
        self.reveal_button.setObjectName("reveal_address")
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAccessibleDescription(
            self.tr("Affiche l'adresse protégée sur cet écran ; elle reste masquée partout ailleurs."))
        self.reveal_button.toggled.connect(self._reveal_toggled)
        self.closed_label = QLabel()
        self.closed_label.setObjectName("closed_label")
        self.closed_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Clore le dossier…"))
        self.close_button.setObjectName("close_dossier")
        self.close_button.clicked.connect(self.close_dossier)
        self.reopen_button = QPushButton(self.tr("Rouvrir le dossier"))
        self.reopen_button.setObjectName("reopen_dossier")
        self.reopen_button.clicked.connect(self.reopen_dossier)

        address_row = QHBoxLayout()
        address_row.addWidget(self.address_notice, 1)
        address_row.addWidget(self.reveal_button)
        closing_row = QHBoxLayout()
        closing_row.addWidget(self.closed_label, 1)
        closing_row.addStretch(0)
        closing_row.addWidget(self.close_button)
        closing_row.addWidget(self.reopen_button)
        # After the accompaniment, the family is asked how things went — only if they agree.
        self.followup_choice = QComboBox()
        self.followup_choice.setObjectName("followup_agreed")
        self.followup_choice.setAccessibleName(self.tr("Accord pour les suivis"))
        for text, value in ((self.tr("pas encore demandé"), None), (self.tr("oui"), True), (self.tr("non"), False)):
            self.followup_choice.addItem(text, value)
        self.followup_choice.activated.connect(self._followup_agreement)
        followup_label = QLabel(self.tr("La famille accepte qu'on lui demande son a&vis (fin, 3 et 6 mois) :"))
        followup_label.setBuddy(self.followup_choice)
        followup_label.setWordWrap(True)
        followup_row = QHBoxLayout()
        followup_row.addWidget(followup_label, 1)
        followup_row.addWidget(self.followup_choice)
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.addLayout(closing_row)
        info_layout.addLayout(followup_row)
        info_layout.addWidget(self.form)
        info_layout.addLayout(address_row)
        info_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(info)
        QWidget.setTabOrder(self.close_button, self.reopen_button)
        QWidget.setTabOrder(self.reopen_button, self.followup_choice)
        QWidget.setTabOrder(self.followup_choice, self.form.first_widget())

        # -- Household and network tabs
        self.persons = MemberPanel(
            controller, PERSON, person_fields(),
            [
                (self.tr("Prénom"), lambda p: p["first_name"]),
                (self.tr("Nom"), lambda p: p["last_name"]),
                (self.tr("Âge"), lambda p: age_on(p["birth_date"], controller.service.today())),
                (self.tr("Né·e le"), lambda p: format_date(p["birth_date"])),
                (self.tr("Lien"), lambda p: p["relation"]),
                (self.tr("Confiance"), lambda p: self.tr("oui") if p["trusted_person"] else ""),
            ],
            {
                "list": self.tr("Personnes du foyer"),
                "add": self.tr("Ajouter une personne…"),
                "add_title": self.tr("Ajouter une personne au foyer"),
                "add_undo": self.tr("Ajouter une personne au foyer"),
                "remove": self.tr("Retirer du foyer"),
                "remove_undo": self.tr("Retirer %s du foyer"),
                "empty": self.tr("Personne n'est encore inscrit dans ce foyer."),
                "name_of": person_name,
            },
        )
        contact_specs = contact_fields()
        self.contacts = MemberPanel(
            controller, CONTACT, contact_specs,
            [
                (self.tr("Nom"), lambda c: c["name"]),
                (self.tr("Qui"), lambda c: display_value(contact_specs[1], c["kind"])),
                (self.tr("Lien ou structure"), lambda c: c["relation"] or c["organisation"]),
                (self.tr("Fonction"), lambda c: c["role"]),
                (self.tr("Coordonnées"), lambda c: c["contact"]),
                (self.tr("Choisi·e par la famille"), lambda c: self.tr("oui") if c["chosen_by_family"] else self.tr("non")),
            ],
            {
                "list": self.tr("Réseau de la famille"),
                "add": self.tr("Ajouter au réseau…"),
                "add_title": self.tr("Ajouter une personne au réseau"),
                "add_undo": self.tr("Ajouter au réseau"),
                "remove": self.tr("Retirer du réseau"),
                "remove_undo": self.tr("Retirer %s du réseau"),
                "empty": self.tr("Aucun proche ni professionnel n'est encore noté. La famille dit qui compte pour elle."),
                "name_of": lambda c: c["name"],
            },
        )

        self.tabs = QTabWidget()
        self.tabs.setObjectName("dossier_tabs")
        self.tabs.addTab(scroll, self.tr("&Informations"))
        self.tabs.addTab(self.persons, self.tr("F&oyer"))
        self.tabs.addTab(self.contacts, self.tr("Rése&au"))
        self.screenings_tab = ScreeningHistory()
        self.screenings_tab.print_requested.connect(self.print_screening)
        self.tabs.addTab(self.screenings_tab, self.tr("Re&pérages"))
        from refparcours.consents import ConsentService
        from refparcours.ui.sharing import SharingPanel

        self.sharing_tab = SharingPanel(lambda: ConsentService(self.controller.service))
        self.sharing_tab.status_message.connect(self.status_message.emit)
        self.tabs.addTab(self.sharing_tab, self.tr("Accor&ds et partages"))
        from refparcours.ui.directory_page import OrientationsPanel

        self.orientations_tab = OrientationsPanel(self.controller.service)
        self.tabs.addTab(self.orientations_tab, self.tr("Orien&tations"))

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        page_layout.addWidget(self.title)
        self.plan_button = QPushButton(self.tr("Ouvrir le projet pour la fa&mille (PPF)"))
        self.plan_button.setObjectName("open_plan")
        self.plan_button.setToolTip(self.tr("Ctrl+Maj+F"))
        self.plan_button.clicked.connect(self.plan_requested.emit)
        header = QHBoxLayout()
        header.addWidget(self.subtitle, 1)
        header.addWidget(self.plan_button)
        page_layout.addLayout(header)
        # After a crash or a power cut: the meeting left open is offered again.
        self.resume_label = QLabel()
        self.resume_label.setObjectName("resume_meeting_label")
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Reprendre la rencontre"))
        self.resume_button.setObjectName("resume_meeting")
        self.resume_button.clicked.connect(lambda: self.meeting_requested.emit(self._resumable))
        self._resumable = None
        resume = QHBoxLayout()
        resume.addWidget(self.resume_label, 1)
        resume.addWidget(self.resume_button)
        page_layout.addLayout(resume)
        page_layout.addWidget(self.tabs, 1)

        placeholder = QLabel(self.tr(
            "Choisissez un dossier dans la liste,\nou créez-en un avec Ctrl+N."))
        placeholder.setObjectName("editor_placeholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(placeholder)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.update_fonts()
        # What colleagues change on a team server appears here within a few seconds.
        from PySide6.QtCore import QTimer

        self.seen_token: tuple | None = None
        self.watch = QTimer(self)
        self.watch.setInterval(3000)
        self.watch.timeout.connect(self.look_for_changes)
        self.watch.start()

    def look_for_changes(self) -> None:
        if self.dossier is None or not self.isVisible():
            return
        try:
            token = self.controller.service.change_token(self.dossier_id)
        except Exception:  # noqa: BLE001 - a server briefly away: look again at the next tick
            return
        if token != self.seen_token:
            self.show_dossier(self.dossier_id)  # what is being typed stays
            self.status_message.emit(self.tr("Dossier mis à jour (modifications d'une autre session)."))

    # -- showing -------------------------------------------------------------------------

    def update_fonts(self) -> None:
        """Title sizes follow the UI scale."""
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)

    @property
    def dossier_id(self) -> uuid.UUID | None:
        return self.dossier["id"] if self.dossier else None

    def show_dossier(self, dossier_id: uuid.UUID | None) -> None:
        if dossier_id is None:
            self.dossier = None
            self.stack.setCurrentIndex(0)
            return
        same = dossier_id == self.dossier_id
        try:
            data = self.controller.service.load(dossier_id, record_read=not same)
        except UserFacingError:
            self.show_dossier(None)
            return
        if not same:
            self._address_revealed = False
            self.reveal_button.setChecked(False)
        self.dossier = data
        self.seen_token = self.controller.service.change_token(dossier_id)
        self.stack.setCurrentIndex(1)
        self.form.set_values(data, keep_typing=same)
        self.persons.set_records(dossier_id, data["persons"])
        self.contacts.set_records(dossier_id, data["contacts"])
        self.tabs.setTabText(1, self.tr("F&oyer (%s)") % len(data["persons"]))
        self.tabs.setTabText(2, self.tr("Rése&au (%s)") % len(data["contacts"]))
        if not same:  # an edit of the dossier never changes its screenings
            self.screenings_tab.language_choice.set_language(dossier_language(data))
            self.refresh_screenings()
            self.refresh_resumable()
            self.sharing_tab.show_dossier(data)
            self.orientations_tab.show_dossier(dossier_id)
        self._show_header()
        self._apply_address_protection()
        self.followup_choice.setCurrentIndex(max(self.followup_choice.findData(data.get("followup_agreed")), 0)
                                             if data.get("followup_agreed") is not None else 0)

    def refresh_resumable(self) -> None:
        from refparcours.meetings import MeetingService

        self._resumable = MeetingService(self.controller.service).resumable(self.dossier_id)
        self.resume_label.setText(self.tr("Une rencontre avec la famille est restée ouverte (coupure, fermeture) : "
                                          "tout ce qui a été écrit est gardé.") if self._resumable else "")
        self.resume_label.setVisible(self._resumable is not None)
        self.resume_button.setVisible(self._resumable is not None)

    def refresh_screenings(self) -> None:
        history = ScreeningService(self.controller.service.database).history(self.dossier_id)
        self.screenings_tab.set_entries(history)
        self.tabs.setTabText(3, self.tr("Re&pérages (%s)") % len(history))

    def _show_header(self) -> None:
        data = self.dossier
        self.title.setText(data["label"])
        state = DossierState(data["state"])
        parts = [tr_core(state.label)]
        if data["referent"]:
            parts.append(self.tr("référent·e : %s") % data["referent"])
        if data["territory"]:
            parts.append(data["territory"])
        self.subtitle.setText(" · ".join(parts))
        closed = state == DossierState.CLOS
        self.closed_label.setVisible(closed)
        if closed:
            reason = tr_core(data["closure_reason"]) if data["closure_reason"] else ""
            text = self.tr("Dossier clos le %s.") % format_date(data["closed_on"])
            self.closed_label.setText(text + (" " + self.tr("Motif : %s") % reason if reason else ""))
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.form.set_row_visible("state", not closed)

    def _apply_address_protection(self) -> None:
        protected = bool(self.dossier and self.dossier["address_protected"])
        hidden = protected and not self._address_revealed
        for name in ADDRESS_FIELDS:
            self.form.set_row_visible(name, not hidden)
        self.address_notice.setVisible(protected)
        self.reveal_button.setVisible(protected)
        self.address_notice.setText(
            self.tr("Adresse protégée : affichée sur cet écran seulement.") if self._address_revealed
            else self.tr("Adresse protégée : elle est masquée."))
        self.reveal_button.setText(self.tr("Masquer l'adresse") if self._address_revealed else self.tr("Afficher l'adresse"))

    def _reveal_toggled(self, checked: bool) -> None:
        self._address_revealed = checked
        self._apply_address_protection()

    # -- editing -------------------------------------------------------------------------

    def flush(self) -> None:
        for form in (self.form, self.persons.form, self.contacts.form):
            form.flush()

    def has_unsaved(self) -> bool:
        return any(form.has_unsaved() for form in (self.form, self.persons.form, self.contacts.form))

    def _edited(self, field: str, value: Any) -> None:
        if self.dossier is None:
            return
        spec = self.form.specs[field]
        try:
            changed = edit_or_resolve(self, self.controller, DOSSIER, self.dossier_id, self.dossier_id, field, value,
                                      self.tr("Modifier « %s »") % spec.label, self.dossier, spec.kind)
        except UserFacingError as error:
            target = error.field if getattr(error, "field", None) in self.form.widgets else field
            self.form.show_error(target, error_text(error))
            self.status_message.emit(self.tr("Non enregistré : %s") % error_text(error))
            if isinstance(error, ServerUnavailableError):
                self.server_unavailable.emit()
            return
        if not changed:
            self.form.revert(field)
        self.form.mark_saved(field)
        if field == "address_protected" and value:
            self._address_revealed = False
            self.reveal_button.setChecked(False)

    def _followup_agreement(self, index: int) -> None:
        from refparcours.followups import FollowupService

        if self.dossier is None:
            return
        try:
            FollowupService(self.controller.service).set_agreement(self.dossier_id,
                                                                    self.followup_choice.itemData(index))
        except UserFacingError as error:
            self.status_message.emit(error_text(error))
            return
        self.status_message.emit(self.tr("Choix de la famille noté."))

    def print_screening(self, entry) -> None:
        """The one-page summary for the family, in plain words, as a PDF they can take home."""
        from PySide6.QtWidgets import QFileDialog

        from refparcours.documents.common import write_pdf
        from refparcours.documents.screening_summary import screening_summary_pdf
        from refparcours.screening import load_criteria

        if entry is None or self.dossier is None:
            return
        language = self.screenings_tab.language_choice.language()
        suggested = f"repérage-{entry.screened_on.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le résumé (PDF)"), suggested,
                                              self.tr("Documents PDF (*.pdf)"))
        if not path:
            return
        proposal = entry.proposal
        record = {"criteria_version": entry.criteria_version, "answers": entry.answers, "computed": entry.computed,
                  "decision": entry.decision, "professional_reason": entry.professional_reason,
                  "explanation": entry.explanation, "family_explanation": entry.family_explanation}
        try:
            data = screening_summary_pdf(
                family_label=self.dossier["label"], record=record, criteria_set=load_criteria()[0],
                decided_on=entry.screened_on, professional_name=entry.screened_by,
                proposal={"answer": proposal["answer"], "think_until": proposal["think_until"],
                          "family_words": proposal["family_words"], "leaflet_given": proposal["leaflet_given"]}
                if proposal and proposal["answer"] else None,
                printed_on=self.controller.service.today(), language=language)
            write_pdf(path, data)
        except (UserFacingError, OSError) as error:
            message = error_text(error) if isinstance(error, UserFacingError) else str(error)
            self.status_message.emit(self.tr("Le résumé n'a pas pu être écrit : %s") % message)
            return
        from refparcours.consents import FAMILY_COPY, ConsentService

        ConsentService(self.controller.service).log_sharing(
            self.dossier["id"], document="Résumé du repérage", document_ref=format_date(entry.screened_on),
            copy=FAMILY_COPY, recipient=self.dossier["label"], purpose="remis à la famille")
        self.sharing_tab.refresh()
        self.status_message.emit(self.tr("Résumé enregistré : %s") % path)

    def close_dossier(self) -> None:
        if self.dossier is None:
            return
        dossier_id, label = self.dossier_id, self.dossier["label"]

        def submit(values: dict[str, Any]) -> None:
            self.controller.close_dossier(dossier_id, values["closed_on"], values["closure_reason"],
                                          self.tr("Clore le dossier « %s »") % label)

        close_dossier_dialog(submit, self.controller.service.today(), self).exec()

    def reopen_dossier(self) -> None:
        if self.dossier is None:
            return
        try:
            self.controller.reopen_dossier(self.dossier_id, self.tr("Rouvrir le dossier « %s »") % self.dossier["label"])
        except UserFacingError as error:
            self.status_message.emit(error_text(error))
