"""A meeting with the family, co-written on screen: preparation, opening (who is there, the
charter), the phases, notes typed quickly with their speaker and kind, decisions turned into
plan actions, the read-back and the end. The family screen shows it all, live.

What is typed goes to a writer thread (``MeetingWriter``): a keystroke never waits on the
disk, and a power cut loses at most a quarter of a second of typing."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from refparcours import meeting as rules
from refparcours.errors import UserFacingError
from refparcours.meeting import (
    DECISION,
    ENDED,
    ENTRY_KINDS,
    KINDS,
    OPENING,
    PHASES,
    PREPARATION,
    PRIVATE_TIME,
    PROFESSIONAL_SIDE,
    READ_BACK,
    SIDES,
    WRITING_PHASES,
)
from refparcours.meetings import MeetingService, MeetingWriter
from refparcours.ppf import ENSEMBLE, FAMILLE, PROFESSIONNEL, Writer, add_months
from refparcours.settings import Settings
from refparcours.text import format_date
from refparcours.ui.a11y import announce
from refparcours.ui.controller import DossierController
from refparcours.ui.dialogs import RecordDialog
from refparcours.ui.dossier_editor import record_table
from refparcours.ui.forms import ERROR_STYLE, FieldSpec, RecordForm
from refparcours.ui.i18n import error_text, pair, tr_core, translate
from refparcours.ui.table_models import RowsTableModel
from refparcours.ui.plan_page import action_choices, action_specs, section_heading, who_changes

DRAFT_DELAY_MS = 250  # typing is saved at most this long after a key: well under a second at risk
LIVE_PHASES = [OPENING, *WRITING_PHASES]


class ParticipantModel(RowsTableModel):
    """Who is invited and who is present: two check boxes a keyboard toggles with Space."""

    INVITED, PRESENT = 3, 4

    def __init__(self, page: MeetingPage) -> None:
        super().__init__([translate("ParticipantModel", "Nom"), translate("ParticipantModel", "Qui"),
                          translate("ParticipantModel", "Structure"), translate("ParticipantModel", "Invité·e"),
                          translate("ParticipantModel", "Présent·e")], page)
        self.page = page

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (self.INVITED, self.PRESENT):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column in (self.INVITED, self.PRESENT):
            value = row["invited"] if column == self.INVITED else row["present"]
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("oui") if value else self.tr("non")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (row["name"], tr_core(SIDES.get(row["side"], row["side"])), row["organisation"])[column]
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in (self.INVITED, self.PRESENT):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = self.rows[index.row()]
        try:
            if index.column() == self.PRESENT:
                self.page.service.set_presence(row["id"], checked)
                row["present"] = checked
            else:
                self.page.service.set_invited(row["id"], checked)
                row["invited"] = checked
        except UserFacingError as error:
            self.page.status(error_text(error))
            return False
        self.dataChanged.emit(index, index)
        return True


class EntryModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[dict[str, Any]] = []

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def append(self, entry: dict[str, Any]) -> None:
        self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries))
        self.entries.append(entry)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        entry = self.entries[index.row()]
        text = f"[{tr_core(entry['kind_label'])}] " + pair(entry["speaker"], entry["text"])
        if entry.get("private"):
            text += "  " + QApplication.translate("MeetingPage", "(temps privé de la famille)")
        if entry.get("action"):
            text += "\n    ➜ " + QApplication.translate("MeetingPage", "action du projet : %s") % entry["action"]["what"]
        return text


class _EnterCommits(QObject):
    """Entrée saves the note; Maj+Entrée goes to a new line."""

    def __init__(self, page: MeetingPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.page.commit_entry()
            return True
        return False


class _Bridge(QObject):
    """Brings the writer thread's news to the window's thread."""

    failed = Signal(object)
    written = Signal(object)


class EntryCommand(QUndoCommand):
    """Adding, correcting or removing a note; undo puts back what was there."""

    def __init__(self, page: MeetingPage, text: str, *, added: uuid.UUID | None = None,
                 removed: dict[str, Any] | None = None, edited: tuple[uuid.UUID, str, str] | None = None) -> None:
        super().__init__(text)
        self.page, self.added, self.removed, self.edited = page, added, removed, edited
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done when pushed
            self._first = False
            return
        self._apply(forward=True)

    def undo(self) -> None:
        self._apply(forward=False)

    def _apply(self, *, forward: bool) -> None:
        service, together = self.page.service, Writer(ENSEMBLE)
        self.page.writer_flush()
        try:
            if self.added is not None:
                if forward:
                    service.restore_entry(self.removed)
                else:
                    self.removed = service.remove_entry(self.added, together)
            elif self.removed is not None:
                if forward:
                    service.remove_entry(self.removed["id"], together)
                else:
                    service.restore_entry(self.removed)
            elif self.edited is not None:
                entry_id, before, after = self.edited
                service.edit_entry(entry_id, after if forward else before, together)
        except UserFacingError as error:
            self.page.status(error_text(error))
            self.setObsolete(True)
        self.page.reload()


class MeetingPage(QWidget):
    closed = Signal()
    status_message = Signal(str)

    def __init__(self, controller: DossierController, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.controller, self.settings = controller, settings
        self.service = MeetingService(controller.service)
        self.plans = self.service.plans
        self.charter = rules.load_charter()
        self.meeting_id: uuid.UUID | None = None
        self.record: dict[str, Any] = {}
        self.writer: MeetingWriter | None = None
        self.family_screen = None
        self.bridge = _Bridge(self)
        self.bridge.failed.connect(lambda error: self.status(self.tr("Note non enregistrée : %s") % error_text(error)))
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self._save_draft)

        self.back_button = QPushButton(self.tr("← Retour aux dossiers"))
        self.back_button.setObjectName("meeting_back")
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.clicked.connect(self.close_meeting)
        self.title = QLabel()
        self.title.setObjectName("meeting_title")
        self.title.setWordWrap(True)
        self.screen_button = QPushButton(self.tr("Écran de la &famille (F9 ; taille : Ctrl+Alt+= / −)"))
        self.screen_button.setObjectName("family_screen_button")
        self.screen_button.setCheckable(True)
        self.screen_button.toggled.connect(self.toggle_family_screen)
        QShortcut(QKeySequence("F9"), self, self.screen_button.toggle)
        # The family screen's text size, from the référent's keyboard during the meeting.
        QShortcut(QKeySequence("Ctrl+Alt+="), self, lambda: self.zoom_family_screen(1.15))
        QShortcut(QKeySequence("Ctrl+Alt++"), self, lambda: self.zoom_family_screen(1.15))
        QShortcut(QKeySequence("Ctrl+Alt+-"), self, lambda: self.zoom_family_screen(1 / 1.15))
        QShortcut(QKeySequence("Shift+F9"), self, self.next_family_theme)
        self.screen_button.setAccessibleDescription(self.tr(
            "F9 montre ou cache l'écran de la famille ; Ctrl+Alt+= et Ctrl+Alt+− changent la taille de son texte ; "
            "Maj+F9 ses couleurs (noir sur blanc, ou blanc et jaune sur noir)."))
        self.message = QLabel()
        self.message.setObjectName("meeting_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_preparation())
        self.stack.addWidget(self._build_live())
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.screen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

    # -- building ------------------------------------------------------------------------

    def _build_preparation(self) -> QWidget:
        panel = QWidget()
        self.prep_form = RecordForm([
            FieldSpec("kind", self.tr("Type de rencontre"), "choice",
                      tuple((k, tr_core(v)) for k, v in KINDS.items())),
            FieldSpec("planned_on", self.tr("Date (choisie avec la famille)"), "date"),
            FieldSpec("planned_time", self.tr("Heure")),
            FieldSpec("place", self.tr("Lieu (choisi par la famille)")),
        ])
        self.prep_form.setObjectName("meeting_form")
        self.prep_form.edited.connect(self._prep_edited)
        self.agenda = QPlainTextEdit()
        self.agenda.setObjectName("agenda")
        self.agenda.setAccessibleName(self.tr("Ordre du jour, avec les mots de la famille"))
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMaximumHeight(110)
        self.agenda.installEventFilter(self)
        agenda_label = QLabel(self.tr("&Ordre du jour, avec les mots de la famille :"))
        agenda_label.setBuddy(self.agenda)
        self.participants = ParticipantModel(self)
        self.participant_view = record_table(self.participants, "participants",
                                             self.tr("Personnes invitées et présentes"))
        self.participant_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participant_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        people_label = QLabel(self.tr("&Qui est invité, qui est là (Espace coche ou décoche) :"))
        people_label.setBuddy(self.participant_view)
        add = QPushButton(self.tr("&Ajouter une personne…"))
        add.setObjectName("add_participant")
        add.clicked.connect(self.add_participant)
        invitation = QPushButton(self.tr("Imprimer l'&invitation…"))
        invitation.setObjectName("print_invitation")
        invitation.clicked.connect(lambda: self.print_invitation())
        self.open_button = QPushButton(self.tr("Ou&vrir la rencontre…"))
        self.open_button.setObjectName("open_meeting")
        self.open_button.clicked.connect(self.open_meeting_dialog)
        buttons = QHBoxLayout()
        for button in (add, invitation, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addWidget(section_heading(self.tr("Préparer la rencontre")))
        layout.addWidget(self.prep_form)
        layout.addWidget(agenda_label)
        layout.addWidget(self.agenda)
        layout.addWidget(people_label)
        layout.addWidget(self.participant_view, 1)
        layout.addLayout(buttons)
        return panel

    def _build_live(self) -> QWidget:
        panel = QWidget()
        self.phase_choice = QComboBox()
        self.phase_choice.setObjectName("phase")
        self.phase_choice.setAccessibleName(self.tr("Étape de la rencontre"))
        for key in LIVE_PHASES:
            self.phase_choice.addItem(tr_core(PHASES[key]), key)
        self.phase_choice.activated.connect(lambda index: self.set_phase(self.phase_choice.itemData(index)))
        phase_label = QLabel(self.tr("É&tape :"))
        phase_label.setBuddy(self.phase_choice)
        next_phase = QPushButton(self.tr("Étape sui&vante (Ctrl+Pg suiv)"))
        next_phase.setObjectName("next_phase")
        next_phase.clicked.connect(self.next_phase)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next_phase)

        self.charter_box = QWidget()
        charter_text = QLabel("<b>" + tr_core(self.charter.title) + "</b><ol>"
                              + "".join(f"<li>{tr_core(p)}</li>" for p in self.charter.points) + "</ol>")
        charter_text.setWordWrap(True)
        charter_text.setObjectName("charter_text")
        self.charter_button = QPushButton(self.tr("La charte a été lue avec la famille"))
        self.charter_button.setObjectName("charter_read")
        self.charter_button.clicked.connect(self.acknowledge_charter)
        charter_layout = QVBoxLayout(self.charter_box)
        charter_layout.setContentsMargins(0, 0, 0, 0)
        charter_layout.addWidget(charter_text)
        charter_layout.addWidget(self.charter_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.entries = EntryModel(self)
        self.entry_view = QListView()
        self.entry_view.setObjectName("meeting_entries")
        self.entry_view.setAccessibleName(self.tr("Notes de la rencontre"))
        self.entry_view.setModel(self.entries)
        self.entry_view.setWordWrap(True)
        self.entry_view.setAlternatingRowColors(True)
        self.entry_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.speaker = QComboBox()
        self.speaker.setObjectName("speaker")
        self.speaker.setAccessibleName(self.tr("Qui parle"))
        self.speaker.currentIndexChanged.connect(lambda *_: self._typing_changed())
        speaker_label = QLabel(self.tr("Qui &parle (Ctrl+1…9) :"))
        speaker_label.setBuddy(self.speaker)
        self.kind = QComboBox()
        self.kind.setObjectName("entry_kind")
        self.kind.setAccessibleName(self.tr("Type de note"))
        for number, (key, label) in enumerate(ENTRY_KINDS.items(), start=1):
            self.kind.addItem(f"{tr_core(label)} (Alt+{number})", key)
            QShortcut(QKeySequence(f"Alt+{number}"), self, lambda i=number - 1: self.kind.setCurrentIndex(i))
        self.kind.currentIndexChanged.connect(lambda *_: self._typing_changed())
        kind_label = QLabel(self.tr("T&ype :"))
        kind_label.setBuddy(self.kind)
        for number in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda i=number - 1: self._pick_speaker(i))
        self.input = QPlainTextEdit()
        self.input.setObjectName("entry_input")
        self.input.setAccessibleName(self.tr("Note en cours"))
        self.input.setAccessibleDescription(self.tr("Entrée enregistre la note, Maj+Entrée va à la ligne."))
        self.input.setPlaceholderText(self.tr("Écrire ici — Entrée enregistre, Maj+Entrée va à la ligne"))
        self.input.setTabChangesFocus(True)
        self.input.setMaximumHeight(120)
        self.input.installEventFilter(_EnterCommits(self))
        self.input.textChanged.connect(self._typing_changed)
        input_label = QLabel(self.tr("&Note :"))
        input_label.setBuddy(self.input)

        self.to_action = QPushButton(self.tr("La décision devient une a&ction du projet…"))
        self.to_action.setObjectName("decision_to_action")
        self.to_action.clicked.connect(self.decision_to_action)
        self.correct = QPushButton(self.tr("Corri&ger la note…"))
        self.correct.setObjectName("correct_entry")
        self.correct.clicked.connect(self.correct_entry)
        self.remove = QPushButton(self.tr("Reti&rer la note"))
        self.remove.setObjectName("remove_entry")
        self.remove.clicked.connect(self.remove_entry)
        self.read_back_button = QPushButton(self.tr("Re&lecture : la famille dit si elle est d'accord…"))
        self.read_back_button.setObjectName("read_back")
        self.read_back_button.clicked.connect(self.read_back)
        self.end_button = QPushButton(self.tr("&Terminer la rencontre…"))
        self.end_button.setObjectName("end_meeting")
        self.end_button.clicked.connect(self.end_meeting)
        self.record_button = QPushButton(self.tr("Imprimer le compte ren&du…"))
        self.record_button.setObjectName("print_record")
        self.record_button.clicked.connect(lambda: self.print_record())
        self.plan_button = QPushButton(self.tr("Imprimer le pro&jet…"))
        self.plan_button.setObjectName("print_meeting_plan")
        self.plan_button.clicked.connect(self.print_plan)
        self.informed_button = QPushButton(self.tr("La famille a été &informée…"))
        self.informed_button.setObjectName("family_informed")
        self.informed_button.clicked.connect(self.family_informed)

        phase_row = QHBoxLayout()
        phase_row.addWidget(phase_label)
        phase_row.addWidget(self.phase_choice)
        phase_row.addWidget(next_phase)
        phase_row.addStretch(1)
        who_row = QHBoxLayout()
        who_row.addWidget(speaker_label)
        who_row.addWidget(self.speaker, 1)
        who_row.addWidget(kind_label)
        who_row.addWidget(self.kind, 1)
        entry_buttons = QHBoxLayout()
        for button in (self.to_action, self.correct, self.remove):
            entry_buttons.addWidget(button)
        entry_buttons.addStretch(1)
        end_row = QHBoxLayout()
        for button in (self.read_back_button, self.end_button, self.record_button, self.plan_button,
                       self.informed_button):
            end_row.addWidget(button)
        end_row.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addLayout(phase_row)
        layout.addWidget(self.charter_box)
        layout.addWidget(self.entry_view, 3)
        layout.addLayout(entry_buttons)
        layout.addLayout(who_row)
        layout.addWidget(input_label)
        layout.addWidget(self.input)
        layout.addLayout(end_row)
        order = [self.phase_choice, next_phase, self.charter_button, self.speaker, self.kind, self.input,
                 self.entry_view, self.to_action, self.correct, self.remove, self.read_back_button, self.end_button,
                 self.record_button, self.plan_button, self.informed_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.agenda and event.type() == QEvent.Type.FocusOut and self.agenda.document().isModified():
            self._prep_edited("agenda", self.agenda.toPlainText())
            self.agenda.document().setModified(False)
        return False

    # -- opening a meeting ---------------------------------------------------------------

    def start(self, dossier_id: uuid.UUID) -> None:
        """The dossier's meeting under way (resumed after a crash), or the one being prepared,
        or a new one with the household, network and référent suggested."""
        meeting_id = self.service.resumable(dossier_id)
        if meeting_id is None:
            meeting_id = next((m.id for m in self.service.meetings(dossier_id) if m.status == rules.PREPARED), None)
        if meeting_id is None:
            meeting_id = self.service.prepare(dossier_id, kind="synthese", planned_on=self.service.today())
            for person in self.service.suggested_participants(dossier_id):
                self.service.add_participant(meeting_id, **person)
        self.show_meeting(meeting_id)

    def show_meeting(self, meeting_id: uuid.UUID) -> None:
        self._stop_writer()
        self.meeting_id = meeting_id
        self.writer = MeetingWriter(self.service, meeting_id, on_error=self.bridge.failed.emit,
                                    on_written=self.bridge.written.emit)
        self.reload()
        draft = self.service.draft(meeting_id) if self.record["phase"] != PREPARATION else None
        self.input.blockSignals(True)
        self.input.setPlainText(draft["text"] if draft else "")
        self.input.blockSignals(False)
        if draft:
            index = self.speaker.findData(str(draft["participant_id"]))
            if index >= 0:
                self.speaker.setCurrentIndex(index)
            kind = self.kind.findData(draft["kind"])
            if kind >= 0:
                self.kind.setCurrentIndex(kind)
            self.input.moveCursor(self.input.textCursor().MoveOperation.End)
            self.status(self.tr("Rencontre reprise là où elle s'était arrêtée, avec la note en cours."))
        if self.record["phase"] == PREPARATION:
            self.prep_form.first_widget().setFocus()
        else:
            self.input.setFocus()

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        self.writer_flush()
        try:
            self.record = self.service.record(self.meeting_id)
            participants = self.service.participants(self.meeting_id)
        except UserFacingError as error:
            self.status(error_text(error))
            return
        record = self.record
        self.title.setText(self.tr("%s — %s — %s") % (tr_core(record["kind_label"]), record["dossier"]["label"],
                                                     format_date_iso(record["planned_on"])))
        preparing = record["phase"] == PREPARATION
        self.stack.setCurrentIndex(0 if preparing else 1)
        self.prep_form.set_values({"kind": record["kind"], "planned_on": _day(record["planned_on"]),
                                   "planned_time": record["planned_time"], "place": record["place"]})
        if not self.agenda.hasFocus():
            self.agenda.setPlainText(record["agenda"])
            self.agenda.document().setModified(False)
        self.participants.set_rows(participants)
        present = [p for p in participants if p["present"]]
        current = self.speaker.currentData()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        for number, person in enumerate(present, start=1):
            side = tr_core(SIDES.get(person["side"], person["side"]))
            shortcut = f" (Ctrl+{number})" if number <= 9 else ""
            self.speaker.addItem(f"{person['name']} — {side}{shortcut}", str(person["id"]))
            self.speaker.setItemData(self.speaker.count() - 1, person["side"], Qt.ItemDataRole.UserRole + 1)
        index = self.speaker.findData(current)
        self.speaker.setCurrentIndex(max(index, 0))
        self.speaker.blockSignals(False)
        phase = record["phase"]
        self.phase_choice.setCurrentIndex(max(self.phase_choice.findData(phase), 0))
        self.charter_box.setVisible(phase == OPENING)
        read = record["charter"]["acknowledged_at"]
        self.charter_button.setEnabled(not read)
        self.charter_button.setText(self.tr("La charte a été lue avec la famille") if not read else
                                    self.tr("Charte lue (%s)") % record["charter"]["acknowledged_by"])
        entries = [e for p in record["phases"] for e in p["entries"]]
        self.entries.set_entries(entries)
        self.entry_view.scrollToBottom()
        ended = phase == ENDED
        writing = phase in WRITING_PHASES
        for widget in (self.input, self.speaker, self.kind):
            widget.setEnabled(writing)
        self.read_back_button.setVisible(phase == READ_BACK)
        self.end_button.setEnabled(not ended)
        self.informed_button.setVisible(record["family_present"] is False and not record["family_informed_on"])
        if self.family_screen is not None:
            self.family_screen.show_record(record, self.charter)

    # -- preparing -----------------------------------------------------------------------

    def _prep_edited(self, field: str, value: Any) -> None:
        try:
            self.service.update_preparation(self.meeting_id, {field: value})
        except UserFacingError as error:
            if field in self.prep_form.widgets:
                self.prep_form.show_error(field, error_text(error))
            self.status(error_text(error))
            return
        if field in self.prep_form.widgets:
            self.prep_form.mark_saved(field)
        self.reload()

    def add_participant(self) -> None:
        meeting_id = self.meeting_id

        def submit(values: dict[str, Any]) -> uuid.UUID:
            return self.service.add_participant(meeting_id, name=values["name"], side=values["side"],
                                                organisation=values["organisation"], invited=values["invited"],
                                                present=True if values["present"] else None)

        dialog = RecordDialog(
            self.tr("Ajouter une personne"),
            self.tr("Une personne que la famille invite (un proche, une personne de son choix, un expert qu'elle "
                    "choisit), ou un professionnel."),
            [FieldSpec("name", self.tr("Nom")),
             FieldSpec("side", self.tr("Qui"), "choice", tuple((k, tr_core(v)) for k, v in SIDES.items())),
             FieldSpec("organisation", self.tr("Structure (pour un professionnel)")),
             FieldSpec("invited", self.tr("Invité·e"), "bool"),
             FieldSpec("present", self.tr("Présent·e"), "bool")],
            submit, self.tr("Ajouter"), initial={"side": rules.FAMILY_GUEST, "invited": True}, parent=self)
        if dialog.exec():
            self.reload()

    def open_meeting_dialog(self) -> None:
        meeting_id = self.meeting_id

        def submit(values: dict[str, Any]) -> None:
            self.service.open(meeting_id, family_present=values["family_present"],
                              absence_reason=values["absence_reason"])

        dialog = RecordDialog(
            self.tr("Ouvrir la rencontre"),
            self.tr("Cochez d'abord, dans la liste, qui est présent. Si la famille n'est pas là, notez pourquoi : "
                    "la rencontre restera ouverte jusqu'à ce qu'elle ait été informée de tout."),
            [FieldSpec("family_present", self.tr("La famille est présente"), "bool"),
             FieldSpec("absence_reason", self.tr("Sinon, pourquoi"))],
            submit, self.tr("Ouvrir"), initial={"family_present": True}, parent=self)
        if dialog.exec():
            self.reload()
            self.charter_button.setFocus()

    def print_invitation(self, path: str | None = None) -> str | None:
        from refparcours.documents.synthesis import invitation_pdf

        language = self._family_language(self.tr("Langue de l'invitation"), ask=path is None)
        if language is None:
            return None
        return self._save_pdf(lambda: invitation_pdf(self.service.record(self.meeting_id),
                                                     printed_on=self.service.today(), language=language),
                              f"invitation-{self.record['planned_on'] or 'rencontre'}.pdf", "Invitation à la rencontre",
                              path)

    def _family_language(self, title: str, *, ask: bool):
        """The dossier's print language, proposed in a small dialog when ``ask``; None if cancelled."""
        from refparcours.ui.print_language import ask_print_language, dossier_language

        dossier_id = uuid.UUID(self.record["dossier"]["id"])
        language = dossier_language(self.service.dossiers.load(dossier_id, record_read=False))
        return ask_print_language(self, language, title) if ask else language

    # -- during the meeting --------------------------------------------------------------

    def acknowledge_charter(self) -> None:
        family = [p["name"] for p in self.participants.rows if p["present"] and p["side"] == rules.FAMILY_SIDE]
        by = ", ".join(family) or self.tr("la famille (absente) : lue entre professionnels")
        try:
            self.service.acknowledge_charter(self.meeting_id, self.charter, by)
        except UserFacingError as error:
            self.status(error_text(error))
            return
        self.reload()

    def set_phase(self, phase: str) -> None:
        self.writer_flush()
        try:
            self.service.set_phase(self.meeting_id, phase)
        except UserFacingError as error:
            self.status(error_text(error))
            self.reload()
            return
        self.reload()
        if phase == PRIVATE_TIME:
            family = next((i for i in range(self.speaker.count())
                           if self.speaker.itemData(i, Qt.ItemDataRole.UserRole + 1) != PROFESSIONAL_SIDE), None)
            if family is not None:
                self.speaker.setCurrentIndex(family)
        self.input.setFocus()
        announce(self, self.tr("Étape : %s") % self.phase_choice.currentText())

    def next_phase(self) -> None:
        phase = self.record.get("phase")
        if phase in LIVE_PHASES and phase != LIVE_PHASES[-1]:
            following = LIVE_PHASES[LIVE_PHASES.index(phase) + 1]
            self.set_phase(following)

    def _pick_speaker(self, index: int) -> None:
        if index < self.speaker.count():
            self.speaker.setCurrentIndex(index)

    def _typing_changed(self) -> None:
        if self.meeting_id is None or self.record.get("phase") not in WRITING_PHASES:
            return
        if not self.draft_timer.isActive():  # a throttle, not a debounce: continuous typing is saved too
            self.draft_timer.start()
        if self.family_screen is not None and self.family_screen.isVisible():
            self.family_screen.show_typing(self.input.toPlainText(), self._speaker_name(), self.kind.currentData())

    def _speaker_name(self) -> str:
        return self.speaker.currentText().split(" — ")[0]

    def _save_draft(self) -> None:
        if self.writer is not None and self.speaker.currentData():
            self.writer.save_draft(self.input.toPlainText(), uuid.UUID(self.speaker.currentData()),
                                   self.kind.currentData())

    def commit_entry(self) -> None:
        text = self.input.toPlainText()
        if not text.strip() or self.writer is None:
            return
        if not self.speaker.currentData():
            self.status(self.tr("Choisissez qui parle (Ctrl+1…9)."))
            return
        side = self.speaker.itemData(self.speaker.currentIndex(), Qt.ItemDataRole.UserRole + 1)
        try:  # checked here so that a refusal keeps the text on screen
            rules.check_may_write_entry(self.record["phase"], rules.side_author_kind(side))
        except UserFacingError as error:
            self.status(error_text(error))
            return
        kind = self.kind.currentData()
        self.draft_timer.stop()
        entry_id = self.writer.add_entry(text=text, kind=kind, participant_id=uuid.UUID(self.speaker.currentData()))
        # Shown at once; the writer thread puts it on disk a few milliseconds later.
        self.entries.append({"id": str(entry_id), "kind": kind, "kind_label": ENTRY_KINDS[kind],
                             "speaker": self._speaker_name(), "text": text.strip(),
                             "private": self.record["phase"] == PRIVATE_TIME, "action": None,
                             "phase": self.record["phase"]})
        self.entry_view.scrollToBottom()
        self.controller.undo_stack.push(EntryCommand(self, self.tr("Ajouter une note"), added=entry_id))
        self.input.blockSignals(True)
        self.input.clear()
        self.input.blockSignals(False)
        if self.family_screen is not None:
            self.record["phases"] = _with_entry(self.record["phases"], self.entries.entries[-1])
            self.family_screen.show_record(self.record, self.charter)
            self.family_screen.show_typing("", "", "")

    def current_entry(self) -> dict[str, Any] | None:
        index = self.entry_view.currentIndex()
        return self.entries.entries[index.row()] if index.isValid() else None

    def _writer_as(self) -> Writer:
        """Who is correcting: the speaker chosen (a family member, or a professional)."""
        side = self.speaker.itemData(self.speaker.currentIndex(), Qt.ItemDataRole.UserRole + 1)
        return Writer(PROFESSIONNEL if side == PROFESSIONAL_SIDE else FAMILLE, self._speaker_name())

    def correct_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        entry_id, before = uuid.UUID(entry["id"]), entry["text"]
        self.writer_flush()

        version = entry.get("version")

        def submit(values: dict[str, Any]) -> None:
            self.service.edit_entry(entry_id, values["text"], self._writer_as(), version)
            self.controller.undo_stack.push(EntryCommand(self, self.tr("Corriger une note"),
                                                         edited=(entry_id, before, values["text"])))

        dialog = RecordDialog(self.tr("Corriger la note"),
                              self.tr("La personne qui parle (« Qui parle ») corrige ; les mots de la famille ne sont "
                                      "corrigés que par elle."),
                              [FieldSpec("text", self.tr("Note"))], submit, self.tr("Corriger"),
                              initial={"text": before}, parent=self)
        if dialog.exec():
            self.reload()

    def remove_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self.writer_flush()
        try:
            removed = self.service.remove_entry(uuid.UUID(entry["id"]), self._writer_as())
        except UserFacingError as error:
            self.status(error_text(error))
            return
        self.controller.undo_stack.push(EntryCommand(self, self.tr("Retirer une note"), removed=removed))
        self.reload()

    def decision_to_action(self) -> None:
        entry = self.current_entry()
        if entry is None or entry["kind"] != DECISION:
            self.status(self.tr("Choisissez d'abord une décision dans la liste."))
            return
        self.writer_flush()
        plan_id = self.plans.plan_for(uuid.UUID(self.record["dossier"]["id"]))
        content = self.plans.content(plan_id)
        who, domains, needs = action_choices(content)
        specs = [s for s in action_specs(who, domains, needs)
                 if s.name in ("who", "who_name", "who_organisation", "need_id", "domain")]
        entry_id = uuid.UUID(entry["id"])
        writer = Writer(ENSEMBLE)

        def submit(values: dict[str, Any]) -> uuid.UUID:
            changes = {**who_changes(values["who"], values["who_name"], values["who_organisation"]),
                       "need_id": uuid.UUID(values["need_id"]) if values["need_id"] else None,
                       "domain": values["domain"] or ""}
            return self.service.decision_to_action(entry_id, changes, writer)

        dialog = RecordDialog(self.tr("La décision devient une action du projet"),
                              self.tr("« %s »\nQui le fait, et à quel besoin de la famille cela répond.") % entry["text"],
                              specs, submit, self.tr("Ajouter au projet"),
                              initial={"who": who[0][0] if who else "", "need_id": ""}, parent=self)
        if dialog.exec():
            self.status(self.tr("Ajoutée au projet de la famille."))
            self.reload()

    # -- the end -------------------------------------------------------------------------

    def read_back(self) -> None:
        family = [p["name"] for p in self.participants.rows if p["present"] and p["side"] == rules.FAMILY_SIDE]
        meeting_id = self.meeting_id

        def submit(values: dict[str, Any]) -> None:
            self.service.read_back(meeting_id, validated=values["validated"] == "oui", by=values["by"],
                                   comment=values["comment"])

        dialog = RecordDialog(
            self.tr("Relecture avec la famille"),
            self.tr("La famille relit ce qui a été écrit. Elle le valide, ou dit avec ses mots ce avec quoi elle n'est "
                    "pas d'accord : c'est noté tel quel."),
            [FieldSpec("by", self.tr("Qui relit")),
             FieldSpec("validated", self.tr("La famille"), "choice",
                       (("oui", self.tr("valide le compte rendu")), ("non", self.tr("n'est pas d'accord")))),
             FieldSpec("comment", self.tr("Ce avec quoi elle n'est pas d'accord"))],
            submit, self.tr("Noter"), initial={"by": ", ".join(family), "validated": "oui"}, parent=self)
        if dialog.exec():
            self.reload()
            self.end_button.setFocus()

    def end_meeting(self) -> None:
        self.writer_flush()
        meeting_id = self.meeting_id

        def submit(values: dict[str, Any]) -> int:
            return self.service.close(meeting_id, next_meeting_on=values["next_meeting_on"])

        dialog = RecordDialog(
            self.tr("Terminer la rencontre"),
            self.tr("Le projet de la famille reçoit une nouvelle version. La prochaine rencontre est proposée dans "
                    "trois mois : une proposition, que la famille peut changer."),
            [FieldSpec("next_meeting_on", self.tr("Prochaine rencontre (proposée)"), "date")],
            submit, self.tr("Terminer"), initial={"next_meeting_on": add_months(self.service.today(), 3)}, parent=self)
        if dialog.exec():
            self.status(self.tr("Rencontre terminée ; projet, version %s.") % dialog.result_value)
            self.reload()
            self.record_button.setFocus()

    def family_informed(self) -> None:
        meeting_id = self.meeting_id

        def submit(values: dict[str, Any]) -> None:
            self.service.record_family_informed(meeting_id, informed_on=values["on"], how=values["how"])

        dialog = RecordDialog(self.tr("La famille a été informée"),
                              self.tr("Quand et comment la famille a été informée de tout ce qui a été dit."),
                              [FieldSpec("on", self.tr("Le"), "date"),
                               FieldSpec("how", self.tr("Comment (rencontre, téléphone, courrier…)"))],
                              submit, self.tr("Noter"), initial={"on": self.service.today()}, parent=self)
        if dialog.exec():
            self.reload()

    def print_record(self, path: str | None = None) -> str | None:
        from refparcours.documents.synthesis import synthesis_record_pdf

        self.writer_flush()
        language = self._family_language(self.tr("Langue du compte rendu"), ask=path is None)
        if language is None:
            return None
        return self._save_pdf(lambda: synthesis_record_pdf(self.service.record(self.meeting_id),
                                                           printed_on=self.service.today(), language=language),
                              f"synthese-{self.record['planned_on'] or 'rencontre'}.pdf", "Compte rendu de la rencontre", path)

    def print_plan(self) -> None:
        from refparcours.ui.plan_print import PrintPlanDialog

        plan_id = self.plans.plan_for(uuid.UUID(self.record["dossier"]["id"]))
        PrintPlanDialog(self.plans, plan_id, self.status, self).exec()

    def _save_pdf(self, build, suggested: str, what: str, path: str | None = None) -> str | None:
        from refparcours.documents.common import write_pdf

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer (PDF)"), suggested,
                                                  self.tr("Documents PDF (*.pdf)"))
            if not path:
                return None
        try:
            write_pdf(path, build())
        except UserFacingError as error:
            self.status(error_text(error))
            return None
        except OSError as error:
            self.status(self.tr("Le PDF n'a pas pu être écrit : %s") % (error.strerror or error))
            return None
        from refparcours.consents import FAMILY_COPY, ConsentService

        ConsentService(self.controller.service).log_sharing(
            uuid.UUID(self.record["dossier"]["id"]), document=what, document_ref=format_date_iso(self.record["planned_on"]),
            copy=FAMILY_COPY, recipient=self.record["dossier"]["label"], purpose="remis à la famille",
            family_present=self.record["family_present"])
        self.status(self.tr("PDF enregistré : %s") % path)
        return path

    # -- the family screen ---------------------------------------------------------------

    def toggle_family_screen(self, shown: bool) -> None:
        if shown:
            if self.family_screen is None:
                from refparcours.ui.family_screen import FamilyScreen

                self.family_screen = FamilyScreen(self.settings)
            self.family_screen.show_record(self.record, self.charter)
            self.family_screen.show_typing(self.input.toPlainText(), self._speaker_name(), self.kind.currentData())
            self.family_screen.show_on_remembered_screen()
        elif self.family_screen is not None:
            self.family_screen.hide()

    def zoom_family_screen(self, factor: float) -> None:
        if self.family_screen is not None:
            self.family_screen.zoom(factor)
            self.status(self.tr("Écran de la famille : texte à %s %%") % round(self.settings.family_screen_scale * 100))

    def next_family_theme(self) -> None:
        """The family screen's colours, from the référent's keyboard (Maj+F9), remembered."""
        from refparcours.ui.family_screen import FamilyScreen
        from refparcours.ui.themes import FAMILY_THEME_LABELS, label

        if self.family_screen is None:
            self.family_screen = FamilyScreen(self.settings)
        self.family_screen.next_theme()
        self.status(self.tr("Écran de la famille : %s") % label(FAMILY_THEME_LABELS, self.settings.family_screen_theme))

    def hide_family_screen(self) -> bool:
        """For the lock screen: returns whether it was shown."""
        shown = self.family_screen is not None and self.family_screen.isVisible()
        if shown:
            self.family_screen.hide()
        return shown

    # -- leaving -------------------------------------------------------------------------

    def writer_flush(self) -> None:
        if self.draft_timer.isActive():
            self.draft_timer.stop()
            self._save_draft()
        if self.writer is not None:
            self.writer.flush()

    def _stop_writer(self) -> None:
        if self.writer is not None:
            self.writer_flush()
            self.writer.close()
            self.writer = None

    def flush(self) -> None:
        self.prep_form.flush()
        self.writer_flush()

    def close_meeting(self) -> None:
        self.flush()
        self.screen_button.setChecked(False)
        self.closed.emit()

    def status(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
        if message:
            self.status_message.emit(message)
            # The label as context: the timer is cancelled if the page goes away first.
            QTimer.singleShot(8000, self.message, lambda: self.message.hide() if self.message.text() == message
                              else None)


def _day(value: str | None):
    from datetime import date

    return date.fromisoformat(value) if value else None


def format_date_iso(value: str | None) -> str:
    return format_date(_day(value))


def _with_entry(phases: list[dict[str, Any]], entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's phases with one more entry (shown before the writer has stored it)."""
    phases = [dict(p, entries=list(p["entries"])) for p in phases]
    for phase in phases:
        if phase["key"] == entry["phase"]:
            phase["entries"].append(entry)
            return phases
    phases.append({"key": entry["phase"], "label": PHASES[entry["phase"]], "entries": [entry]})
    return phases
