"""The PPF screen: one plan, readable with the family beside you. Domains are sections,
actions a list with who does them and their status; every edit is saved at once and goes
on the window's undo stack; "Qui écrit ?" says whose words are being typed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from refparcours import ppf
from refparcours.errors import UserFacingError
from refparcours.errors import EditConflict
from refparcours.plans import Changeset, PlanService
from refparcours.ppf import (
    BESOIN,
    DEMANDE,
    DOMAIN_SECTIONS,
    ENSEMBLE,
    FAMILLE,
    FEASIBLE,
    FOYER,
    PARTNER_SECTIONS,
    POINT_DE_VUE,
    PROFESSIONNEL,
    RESEAU,
    STATUSES,
    Writer,
)
from refparcours.text import format_date
from refparcours.ui.controller import DossierController
from refparcours.ui.dialogs import RecordDialog, named_buttons
from refparcours.ui.dossier_editor import MemberTableModel, record_table
from refparcours.ui.forms import ERROR_STYLE, FieldSpec, RecordForm
from refparcours.ui.conflicts import resolve_conflict
from refparcours.ui.i18n import colon, error_text, pair, tr_core, translate

OTHER_PROFESSIONAL = "autre"
WATCH_INTERVAL_MS = 3000


def section_heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setObjectName("section_title")
    font = QFont(heading.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    heading.setFont(font)
    return heading


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "." if text else ""


def _date(value: str | None) -> str:
    from datetime import date

    return format_date(date.fromisoformat(value)) if value else ""


class PlanCommand(QUndoCommand):
    """A change of the plan, already done by the service; undo and redo replay its rows."""

    def __init__(self, page: PlanPage, text: str, changeset: Changeset) -> None:
        super().__init__(text)
        self.page, self.changeset = page, changeset
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(): the change is already saved
            self._pushed = True
            self.page.reload()
            return
        self._run(lambda: self.page.plans.redo(self.changeset))

    def undo(self) -> None:
        self._run(lambda: self.page.plans.undo(self.changeset))

    def _run(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except UserFacingError as error:
            self.page.failed.emit(error_text(error))
            self.setObsolete(True)
            return
        self.page.reload()


def written_by(author: dict[str, Any]) -> str:
    if author["kind"] == ENSEMBLE:
        return QApplication.translate("PlanPage", "écrit ensemble")
    return QApplication.translate("PlanPage", "écrit par %s") % ppf.author_label(author)


class EntryListModel(QAbstractListModel):
    """Entries with their author and the rewordings waiting for the family."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, dict[str, Any]]] = []  # (section, entry)

    def set_rows(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        section, entry = self.rows[index.row()]
        lines = []
        prefix = colon(tr_core(DOMAIN_SECTIONS[section])) + " " if section in DOMAIN_SECTIONS else ""
        lines.append(prefix + entry["text"])
        lines.append("    — " + written_by(entry["author"]))
        for pending in entry["pending"]:
            lines.append("    ➜ " + QApplication.translate("PlanPage", "Proposition de %s, en attente : « %s »")
                         % (ppf.author_label(pending["author"]), pending["text"]))
        return "\n".join(lines)

    def row_of(self, entry_id: str) -> int | None:
        return next((i for i, (_, e) in enumerate(self.rows) if e["id"] == entry_id), None)


class _CommitOnFocusOut(QObject):
    """A multi-line text is saved when the field is left (like every other field)."""

    def __init__(self, commit: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._commit = commit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._commit()
        return False


class EntrySection(QWidget):
    """The texts of one part of the plan: add, edit (one's own or with the family), remove,
    propose another wording of the family's words, and let the family decide."""

    def __init__(self, page: PlanPage, title: str, sections: list[str], help_text: str, parent=None) -> None:
        super().__init__(parent)
        self.page, self.sections = page, sections
        self.domain = ""
        self.model = EntryListModel(self)
        heading = section_heading(title)
        self.heading = heading
        explanation = QLabel(help_text)
        explanation.setWordWrap(True)

        self.view = QListView()
        self.view.setObjectName("entries")
        self.view.setAccessibleName(title)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.section_choice = QComboBox()
        self.section_choice.setObjectName("new_entry_section")
        for section in sections:
            self.section_choice.addItem(tr_core(ppf.SECTION_LABELS[section]), section)
        self.section_choice.setAccessibleName(self.tr("Partie du domaine"))
        self.section_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_choice.setMinimumContentsLength(12)  # long part names are elided, not the text field
        self.section_choice.setVisible(len(sections) > 1)
        section_label = QLabel(self.tr("Partie :"))
        section_label.setBuddy(self.section_choice)
        section_label.setVisible(len(sections) > 1)
        self.new_text = QPlainTextEdit()
        self.new_text.setObjectName("new_entry_text")
        self.new_text.setAccessibleName(self.tr("Nouveau texte"))
        self.new_text.setTabChangesFocus(True)
        self.new_text.setPlaceholderText(self.tr("Écrire ici, puis Ctrl+Entrée pour ajouter"))
        self.new_text.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("&Ajouter"))
        self.add_button.setObjectName("add_entry")
        self.add_button.clicked.connect(self.add)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.new_text, self.add, context=Qt.ShortcutContext.WidgetShortcut)
        new_label = QLabel(self.tr("&Nouveau texte :"))
        new_label.setBuddy(self.new_text)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("entry_text")
        self.text_edit.setAccessibleName(self.tr("Texte choisi"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(120)
        self.text_edit.installEventFilter(_CommitOnFocusOut(self.commit_edit, self))
        edit_label = QLabel(self.tr("Te&xte choisi :"))
        edit_label.setBuddy(self.text_edit)
        self.protected_note = QLabel()
        self.protected_note.setObjectName("protected_note")
        self.protected_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("entry_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.propose_button = QPushButton(self.tr("&Proposer une autre formulation…"))
        self.propose_button.setObjectName("propose_rewording")
        self.propose_button.clicked.connect(self.propose)
        self.accept_button = QPushButton(self.tr("La famille a&ccepte la proposition"))
        self.accept_button.setObjectName("accept_rewording")
        self.accept_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button = QPushButton(self.tr("La famille &refuse la proposition"))
        self.refuse_button.setObjectName("refuse_rewording")
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.remove_button = QPushButton(self.tr("Re&tirer"))
        self.remove_button.setObjectName("remove_entry")
        self.remove_button.clicked.connect(self.remove)

        new_row = QHBoxLayout()
        new_row.addWidget(section_label)
        new_row.addWidget(self.section_choice)
        new_row.addWidget(self.new_text, 1)
        new_row.addWidget(self.add_button)
        # Two rows (the family's answer on its own): one row of four did not fit at large type.
        buttons, decision = QHBoxLayout(), QHBoxLayout()
        for row, row_buttons in ((buttons, (self.propose_button, self.remove_button)),
                                 (decision, (self.accept_button, self.refuse_button))):
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.view, 3)
        layout.addWidget(new_label)
        layout.addLayout(new_row)
        layout.addWidget(edit_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.protected_note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addLayout(decision)
        order = [self.view, self.section_choice, self.new_text, self.add_button, self.text_edit, self.propose_button,
                 self.remove_button, self.accept_button, self.refuse_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._shown_id: str | None = None

    def set_rows(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        row = self.model.row_of(current[1]["id"]) if current else None
        if row is None and rows:
            row = len(rows) - 1
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))
        self._show_current()

    def current(self) -> tuple[str, dict[str, Any]] | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _show_current(self) -> None:
        current = self.current()
        writer = self.page.writer()
        has = current is not None
        entry = current[1] if has else None
        for widget in (self.text_edit, self.remove_button):
            widget.setEnabled(has)
        if entry is None or self._shown_id != entry["id"] or not self.text_edit.document().isModified():
            self.text_edit.setPlainText(entry["text"] if entry else "")
            self.text_edit.document().setModified(False)
        self._shown_id = entry["id"] if entry else None
        family_words = bool(entry) and ppf.family_text(entry["author"]["kind"])
        locked = family_words and not writer.is_family
        self.text_edit.setReadOnly(locked)
        self.remove_button.setEnabled(has and not locked)
        self.propose_button.setVisible(locked)
        self.protected_note.setVisible(locked)
        self.protected_note.setText(self.tr(
            "Ce sont les mots de la famille : vous pouvez proposer une autre formulation, la famille décide."))
        pending = bool(entry and entry["pending"])
        self.accept_button.setVisible(pending)
        self.refuse_button.setVisible(pending)
        # The family decides: the buttons wait until a family member (or "ensemble") writes.
        self.accept_button.setEnabled(writer.is_family)
        self.refuse_button.setEnabled(writer.is_family)
        if pending and not writer.is_family:
            self.protected_note.setVisible(True)
            self.protected_note.setText(self.tr(
                "Une autre formulation attend la décision de la famille : choisissez son nom (ou « Ensemble ») "
                "dans « Qui écrit ? » pour qu'elle l'accepte ou la refuse."))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.page.status(message)

    def add(self) -> None:
        text = self.new_text.toPlainText()
        section = self.section_choice.currentData() or self.sections[0]
        writer, plan_id, domain = self.page.writer(), self.page.plan_id, self.domain
        try:
            self.page.check(lambda: self.page.plans.add_entry(plan_id, section, text, writer, domain=domain),
                            self.tr("Ajouter à « %s »") % tr_core(ppf.SECTION_LABELS[section]))
        except UserFacingError as error:
            self._show_error(error_text(error))
            return
        self._show_error("")
        self.new_text.clear()
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1))

    def commit_edit(self) -> None:
        current = self.current()
        if current is None or not self.text_edit.document().isModified() or self.text_edit.isReadOnly():
            return
        entry_id, text, writer = uuid.UUID(current[1]["id"]), self.text_edit.toPlainText(), self.page.writer()
        if text == current[1]["text"]:
            self.text_edit.document().setModified(False)
            return
        expected = self.page.known_versions.get(current[1]["id"])
        try:
            self.page.check(lambda: self.page.plans.edit_entry(entry_id, text, writer, expected),
                            self.tr("Modifier un texte"))
        except EditConflict as conflict:
            kept, version = resolve_conflict(self, conflict), conflict.version
            if kept is None:
                self._show_error(error_text(conflict))
                return
            try:
                self.page.check(lambda: self.page.plans.edit_entry(entry_id, kept, writer, version),
                                self.tr("Modifier un texte"))
            except UserFacingError as error:
                self._show_error(error_text(error))
                return
        except UserFacingError as error:
            self._show_error(error_text(error))
            return
        self.text_edit.document().setModified(False)
        self._show_error("")

    def remove(self) -> None:
        current = self.current()
        if current is None:
            return
        entry_id, writer = uuid.UUID(current[1]["id"]), self.page.writer()
        try:
            self.page.check(lambda: self.page.plans.remove_entry(entry_id, writer), self.tr("Retirer un texte"))
        except UserFacingError as error:
            self._show_error(error_text(error))
            return
        self._show_error("")

    def propose(self) -> None:
        current = self.current()
        if current is None:
            return
        entry_id, writer = uuid.UUID(current[1]["id"]), self.page.writer()
        text = propose_dialog(self, current[1]["text"])
        if text is None:
            return
        try:
            self.page.check(lambda: self.page.plans.propose_rewording(entry_id, text, writer),
                            self.tr("Proposer une formulation"))
        except UserFacingError as error:
            self._show_error(error_text(error))

    def decide(self, accept: bool) -> None:
        current = self.current()
        if current is None or not current[1]["pending"]:
            return
        rewording_id, writer = uuid.UUID(current[1]["pending"][0]["id"]), self.page.writer()
        try:
            self.page.check(lambda: self.page.plans.decide_rewording(rewording_id, accept, writer),
                            self.tr("La famille accepte la formulation") if accept
                            else self.tr("La famille refuse la formulation"))
        except UserFacingError as error:
            self._show_error(error_text(error))
            return
        self._show_error("")


def propose_dialog(parent: QWidget, original: str) -> str | None:
    """Another wording, typed beside the family's own."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QApplication.translate("PlanPage", "Proposer une autre formulation"))
    shown = QTextBrowser()
    shown.setPlainText(original)
    shown.setAccessibleName(QApplication.translate("PlanPage", "Le texte de la famille"))
    edit = QPlainTextEdit(original)
    edit.setObjectName("proposed_text")
    edit.setAccessibleName(QApplication.translate("PlanPage", "La formulation proposée"))
    edit.setTabChangesFocus(True)
    buttons = named_buttons(dialog, QApplication.translate("PlanPage", "Proposer"))
    form = QFormLayout(dialog)
    form.addRow(QApplication.translate("PlanPage", "Les mots de la famille :"), shown)
    label = QLabel(QApplication.translate("PlanPage", "&Votre proposition :"))
    label.setBuddy(edit)
    form.addRow(label, edit)
    form.addRow(buttons)
    edit.setFocus()
    return edit.toPlainText() if dialog.exec() else None


def action_specs(who_choices, domain_choices, need_choices) -> list[FieldSpec]:
    return [
        FieldSpec("what", translate("PlanPage", "Quoi (un petit pas)")),
        FieldSpec("who", translate("PlanPage", "Qui le fait"), "choice", who_choices),
        FieldSpec("who_name", translate("PlanPage", "Nom du professionnel ou du service"),
                  help=translate("PlanPage", "Si « un autre professionnel » : son nom, ou celui du service")),
        FieldSpec("who_organisation", translate("PlanPage", "Structure")),
        FieldSpec("need_id", translate("PlanPage", "Besoin de la famille auquel elle répond"), "choice", need_choices,
                  help=translate("PlanPage", "Obligatoire pour l'action d'un professionnel")),
        FieldSpec("domain", translate("PlanPage", "Domaine"), "choice", domain_choices),
        FieldSpec("how", translate("PlanPage", "Comment je m'y prends")),
        FieldSpec("feasible", translate("PlanPage", "Possible pour moi ?"), "choice",
                  tuple((key, tr_core(label)) for key, label in (("", FEASIBLE[None]), ("oui", FEASIBLE[True]),
                                                                  ("non", FEASIBLE[False])))),
        FieldSpec("start_on", translate("PlanPage", "Début"), "date"),
        FieldSpec("proposed_on", translate("PlanPage", "Date proposée (facultative, jamais une échéance)"), "date"),
        FieldSpec("status", translate("PlanPage", "Statut"), "choice", tuple((k, tr_core(v)) for k, v in STATUSES.items())),
        FieldSpec("outcome", translate("PlanPage", "Résultat")),
    ]


def _who_key(action: dict[str, Any], content: dict[str, Any]) -> str:
    who = action["who"]
    if who["kind"] == FOYER:
        member = next((p for p in content["household"] if p["name"] == who["name"]), None)
        return f"{FOYER}:{member['id']}" if member and not who["gone"] else ""
    match = next((c for c in content["network"] if c["name"] == who["name"]
                  and c["organisation"] == who["organisation"]), None)
    if match and not who["gone"]:
        return f"{who['kind']}:{match['id']}"
    return OTHER_PROFESSIONAL if who["kind"] == PROFESSIONNEL else ""


def remark_text(remark: str) -> str:
    """A remark of the core before adoption; the one listing needs is a lead-in then the family's words."""
    head, separator, words = remark.partition(" : ")
    translated = tr_core(remark)
    return translated if translated != remark or not separator else tr_core(head + separator) + words


def who_label(who: dict[str, Any]) -> str:
    """ "Mme Roux (Collège Jean-Moulin)", "CCAS", "Nadia (ne fait plus partie du réseau)"."""
    name, organisation = who["name"], who["organisation"]
    text = f"{name} ({organisation})" if name and organisation else (name or organisation)
    return text + (QApplication.translate("PlanPage", " (ne fait plus partie du réseau)") if who["gone"] else "")


def who_changes(key: str, name: str = "", organisation: str = "") -> dict[str, Any]:
    """The action's "who" fields from the picked entry (household, network, or typed)."""
    if key == OTHER_PROFESSIONAL or not key:
        return {"who_kind": PROFESSIONNEL, "who_person_id": None, "who_contact_id": None, "who_name": name,
                "who_organisation": organisation}
    kind, record_id = key.split(":", 1)
    if kind == FOYER:
        return {"who_kind": FOYER, "who_person_id": uuid.UUID(record_id), "who_contact_id": None}
    return {"who_kind": kind, "who_person_id": None, "who_contact_id": uuid.UUID(record_id)}


def action_choices(content: dict[str, Any]) -> tuple:
    """The "who", domain and need lists of an action form, from the plan's content."""
    who: list[tuple[str, str]] = [(f"{FOYER}:{p['id']}", translate("PlanPage", "%s (foyer)") % p["name"]) for p in content["household"]]
    who += [(f"{RESEAU}:{c['id']}", translate("PlanPage", "%s (proche)") % c["name"])
            for c in content["network"] if c["kind"] == "proche"]
    professional = translate("PlanPage", "professionnel")
    who += [(f"{PROFESSIONNEL}:{c['id']}", f"{c['name']} ({c['organisation'] or c['role'] or professional})")
            for c in content["network"] if c["kind"] == PROFESSIONNEL]
    who.append((OTHER_PROFESSIONAL, translate("PlanPage", "Un autre professionnel ou service (à écrire)")))
    domains = [("", translate("PlanPage", "—"))] + [(d["key"], tr_core(d["label"])) for d in content["domains"]]
    needs = [("", translate("PlanPage", "— aucun —"))] + [
        (e["id"], pair(tr_core(d["label"]), e["text"][:80])) for d in content["domains"] for e in d["entries"][BESOIN]]
    return tuple(who), tuple(domains), tuple(needs)


class ActionsPanel(QWidget):
    """The actions: a list with who does them and their status, the selected one below."""

    def __init__(self, page: PlanPage, parent=None) -> None:
        super().__init__(parent)
        self.page = page
        self.content: dict[str, Any] = {}
        self.model = MemberTableModel([
            (self.tr("Quoi"), lambda a: a["what"]),
            (self.tr("Qui"), lambda a: who_label(a["who"])),
            (self.tr("Statut"), lambda a: tr_core(STATUSES.get(a["status"], a["status"]))),
            (self.tr("Possible ?"), lambda a: tr_core(FEASIBLE[a["feasible"]])),
            (self.tr("Domaine"), lambda a: self.page.domain_label(a["domain"])),
            (self.tr("Date proposée"), lambda a: _date(a["proposed_on"])),
        ], self)
        heading = section_heading(self.tr("Les actions : des petits pas, chacun dit qui le fait"))
        self.view = record_table(self.model, "actions_table", self.tr("Actions du projet"))
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # "what" takes the room
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.add_button = QPushButton(self.tr("&Nouvelle action…"))
        self.add_button.setObjectName("add_action")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Re&tirer l'action"))
        self.remove_button.setObjectName("remove_action")
        self.remove_button.clicked.connect(self.remove)
        self.propose_button = QPushButton(self.tr("&Proposer une autre formulation…"))
        self.propose_button.setObjectName("propose_action_rewording")
        self.propose_button.clicked.connect(self.propose)
        self.structure_button = QPushButton(self.tr("&Service de l'annuaire…"))
        self.structure_button.setObjectName("pick_structure")
        self.structure_button.clicked.connect(self.pick_structure)
        self.structure_label = QLabel()
        self.structure_label.setObjectName("action_structure")
        self.structure_label.setWordWrap(True)
        self.form_host = QWidget()
        self.form_layout = QVBoxLayout(self.form_host)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form: RecordForm | None = None
        self.empty = QLabel(self.tr("Pas encore d'action. Un pas, si petit soit-il : « Nouvelle action… »."))
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.structure_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.structure_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.form_host, 3)
        QWidget.setTabOrder(self.view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.propose_button)
        QWidget.setTabOrder(self.propose_button, self.structure_button)
        self._choices_key: tuple | None = None

    def choices(self) -> tuple:
        return action_choices(self.content)

    def set_content(self, content: dict[str, Any]) -> None:
        self.content = content
        current = self.current()
        self.model.set_records(content["actions"])
        choices = self.choices()
        if choices != self._choices_key:  # household, network or needs changed: rebuild the form
            self._choices_key = choices
            if self.form is not None:
                self.form.deleteLater()
            self.form = RecordForm(action_specs(*choices))
            self.form.setObjectName("action_form")
            self.form.edited.connect(self._edited)
            self.form_layout.addWidget(self.form)
            QWidget.setTabOrder(self.propose_button, self.form.first_widget())
        row = self.model.row_of(uuid.UUID(current["id"])) if current else None
        if row is None and content["actions"]:
            row = 0
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.records[index.row()] if index.isValid() and index.row() < len(self.model.records) else None

    def row_of(self, action_id: str) -> int | None:
        return next((i for i, a in enumerate(self.model.records) if a["id"] == action_id), None)

    def _values(self, action: dict[str, Any]) -> dict[str, Any]:
        from datetime import date

        return {
            "what": action["what"], "who": _who_key(action, self.content), "who_name": action["who"]["name"]
            if _who_key(action, self.content) == OTHER_PROFESSIONAL else "",
            "who_organisation": action["who"]["organisation"] if _who_key(action, self.content) == OTHER_PROFESSIONAL
            else "", "need_id": action["need_id"] or "", "domain": action["domain"], "how": action["how"],
            "feasible": {None: "", True: "oui", False: "non"}[action["feasible"]],
            "start_on": date.fromisoformat(action["start_on"]) if action["start_on"] else None,
            "proposed_on": date.fromisoformat(action["proposed_on"]) if action["proposed_on"] else None,
            "status": action["status"], "outcome": action["outcome"],
        }

    def _show_current(self) -> None:
        action = self.current()
        self.empty.setVisible(not self.model.records)
        self.form_host.setVisible(action is not None)
        self.remove_button.setEnabled(action is not None)
        locked = bool(action) and ppf.family_text(action["author"]["kind"]) and not self.page.writer().is_family
        self.propose_button.setVisible(locked)
        self.structure_button.setEnabled(action is not None)
        place = (action or {}).get("structure")
        self.structure_label.setText(self.tr("Service : %s — %s") % (place["name"], ", ".join(
            p for p in (place["address"], place["commune"], place["hours"]) if p)) if place else "")
        self.structure_label.setVisible(bool(place))
        if action is None or self.form is None:
            return
        values = self._values(action)
        self.form.set_values(values, keep_typing=self.form.property("shown_id") == action["id"])
        self.form.setProperty("shown_id", action["id"])
        other = values["who"] == OTHER_PROFESSIONAL
        self.form.set_row_visible("who_name", other)
        self.form.set_row_visible("who_organisation", other)

    def _edited(self, field: str, value: Any) -> None:
        action = self.current()
        if action is None or self.form is None:
            return
        if field == "who":
            changes = who_changes(value, action["who"]["name"], action["who"]["organisation"])
        elif field in ("who_name", "who_organisation"):
            shown = self.form.current_values()
            changes = who_changes(OTHER_PROFESSIONAL, shown["who_name"], shown["who_organisation"])
        elif field == "need_id":
            changes = {"need_id": uuid.UUID(value) if value else None}
        elif field == "feasible":
            changes = {"feasible": {"": None, "oui": True, "non": False}[value]}
        else:
            changes = {field: value}
        action_id, writer = uuid.UUID(action["id"]), self.page.writer()
        label = self.form.specs[field].label
        expected = self.page.known_versions.get(action["id"])
        try:
            try:
                self.page.check(lambda: self.page.plans.edit_action(action_id, changes, writer, expected),
                                self.tr("Modifier « %s »") % label)
            except EditConflict as conflict:
                kept = resolve_conflict(self, conflict) if conflict.field in ("what", "how", "outcome") else None
                if kept is None:
                    raise
                fixed, version = {conflict.field: kept}, conflict.version
                self.page.check(lambda: self.page.plans.edit_action(action_id, fixed, writer, version),
                                self.tr("Modifier « %s »") % label)
        except UserFacingError as error:
            target = error.field if getattr(error, "field", None) in self.form.widgets else field
            self.form.show_error(target, error_text(error))
            self.page.status(error_text(error))
            return
        self.form.mark_saved(field)

    def add(self) -> None:
        who, domains, needs = self.choices()
        specs = [s for s in action_specs(who, domains, needs)
                 if s.name in ("what", "who", "who_name", "who_organisation", "need_id", "domain")]
        plan_id, writer = self.page.plan_id, self.page.writer()
        domain = self.page.current_domain()

        def submit(values: dict[str, Any]) -> str:
            changes = {"what": values["what"], **who_changes(values["who"], values["who_name"],
                                                               values["who_organisation"]),
                       "need_id": uuid.UUID(values["need_id"]) if values["need_id"] else None,
                       "domain": values["domain"] or ""}
            command = self.page.check(lambda: self.page.plans.add_action(plan_id, changes, writer),
                                      self.tr("Ajouter une action"))
            return str(command.changeset.created_id)

        dialog = RecordDialog(self.tr("Nouvelle action"),
                              self.tr("Un petit pas : ce qui est à faire, et qui le fait. L'action d'un professionnel "
                                      "répond à un besoin exprimé par la famille."),
                              specs, submit, self.tr("Ajouter l'action"),
                              initial={"who": who[0][0] if who else OTHER_PROFESSIONAL, "domain": domain or "",
                                       "need_id": ""}, parent=self)
        if dialog.exec():
            row = self.row_of(dialog.result_value)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, 0))
            if self.form is not None:
                self.form.widgets["how"].setFocus()

    def remove(self) -> None:
        action = self.current()
        if action is None:
            return
        action_id, writer = uuid.UUID(action["id"]), self.page.writer()
        try:
            self.page.check(lambda: self.page.plans.remove_action(action_id, writer), self.tr("Retirer une action"))
        except UserFacingError as error:
            self.page.status(error_text(error))

    def pick_structure(self) -> None:
        """Point the action to a service of the directory (its address and hours then print with it)."""
        from refparcours.ui.directory_page import StructurePicker

        action = self.current()
        if action is None:
            return
        picker = StructurePicker(self.page.controller.service, action["domain"], self)
        if not picker.exec():
            return
        action_id, writer, chosen = uuid.UUID(action["id"]), self.page.writer(), picker.chosen
        try:
            self.page.check(lambda: self.page.plans.edit_action(action_id, {"structure_id": chosen}, writer),
                            self.tr("Choisir le service"))
        except UserFacingError as error:
            self.page.status(error_text(error))

    def propose(self) -> None:
        action = self.current()
        if action is None:
            return
        text = propose_dialog(self, action["what"])
        if text is None:
            return
        action_id, writer = uuid.UUID(action["id"]), self.page.writer()
        try:
            self.page.check(lambda: self.page.plans.propose_rewording(action_id, text, writer, field_name="what"),
                            self.tr("Proposer une formulation"))
        except UserFacingError as error:
            self.page.status(error_text(error))


class VersionsPanel(QWidget):
    """Adoption, versions and to whom they were handed, the next review, the partner copy's
    sections, the comparison and the print."""

    print_requested = Signal()

    def __init__(self, page: PlanPage, parent=None) -> None:
        super().__init__(parent)
        self.page = page
        self.versions: list = []
        heading = section_heading(self.tr("Adoption, versions et impression"))
        self.plan_form = RecordForm([
            FieldSpec("next_review_on", self.tr("Prochain point ensemble (proposé)"), "date"),
            FieldSpec("referent_contact", self.tr("Comment joindre le référent"),
                      placeholder=self.tr("téléphone, courriel, permanence")),
        ])
        self.plan_form.setObjectName("plan_form")
        self.plan_form.edited.connect(self._plan_edited)
        self.model = MemberTableModel([
            (self.tr("Version"), lambda v: str(v.number)),
            (self.tr("Date"), lambda v: format_date(v.frozen_on)),
            (self.tr("Pourquoi"), lambda v: self.tr("adoptée le %s par %s") % (format_date(v.adopted_on),
                                                                              ", ".join(v.adopted_by))
             if v.reason == "adoption" else self.tr("imprimée")),
            (self.tr("Remise à"), lambda v: ", ".join(h["recipient"] for h in v.handovers)),
        ], self)
        self.view = record_table(self.model, "versions_table", self.tr("Versions du projet"))
        self.adopt_button = QPushButton(self.tr("La famille &adopte le projet…"))
        self.adopt_button.setObjectName("adopt_plan")
        self.adopt_button.clicked.connect(self.adopt)
        self.print_button = QPushButton(self.tr("&Imprimer ou enregistrer en PDF…"))
        self.print_button.setObjectName("print_plan")
        self.print_button.clicked.connect(self.print_requested.emit)
        self.handover_button = QPushButton(self.tr("Noter une &remise…"))
        self.handover_button.setObjectName("record_handover")
        self.handover_button.clicked.connect(self.record_handover)
        self.compare_button = QPushButton(self.tr("&Comparer…"))
        self.compare_button.setObjectName("compare_versions")
        self.compare_button.clicked.connect(self.compare)

        sharing = QGroupBox(self.tr("Copie pour un partenaire : ce que la famille accepte de partager"))
        sharing_layout = QVBoxLayout(sharing)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key, label in PARTNER_SECTIONS.items():
            box = QCheckBox(tr_core(label))
            box.setObjectName(f"share_{key}")
            box.clicked.connect(self._sharing_changed)
            sharing_layout.addWidget(box)
            self.section_boxes[key] = box
        self.sharing_note = QLabel()
        self.sharing_note.setWordWrap(True)
        sharing_layout.addWidget(self.sharing_note)

        buttons = QHBoxLayout()
        for button in (self.adopt_button, self.print_button, self.handover_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.plan_form)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(sharing)

    def set_content(self, content: dict[str, Any], plan_row: dict[str, Any], versions: list) -> None:
        self.plan_form.set_values(plan_row)
        chosen = content["partner_sections"] or []
        for key, box in self.section_boxes.items():
            box.setChecked(key in chosen)
        self.sharing_note.setText(
            self.tr("Rien n'est encore choisi : la copie partenaire ne peut pas être imprimée.")
            if content["partner_sections"] is None else _sentence(content["partner_sections_note"]))
        self.versions = versions
        self.model.set_records(self.versions)

    def _plan_edited(self, field: str, value: Any) -> None:
        plan_id = self.page.plan_id
        try:
            self.page.check(lambda: self.page.plans.set_plan_fields(plan_id, {field: value}),
                            self.tr("Modifier « %s »") % self.plan_form.specs[field].label)
        except UserFacingError as error:
            self.plan_form.show_error(field, error_text(error))
            return
        self.plan_form.mark_saved(field)

    def _sharing_changed(self) -> None:
        sections = [key for key, box in self.section_boxes.items() if box.isChecked()]
        plan_id, writer = self.page.plan_id, self.page.writer()
        try:
            self.page.check(lambda: self.page.plans.set_partner_sections(plan_id, sections, writer),
                            self.tr("Choisir ce qui est partagé"))
        except UserFacingError as error:
            self.page.status(error_text(error))

    def adopt(self) -> None:
        content = self.page.content
        adults = [p["name"] for p in content["household"] if p["role"] == "adulte"]
        signers = adults + ([content["referent"]["name"]] if content["referent"]["name"] else [])
        plan_id = self.page.plan_id

        def submit(values: dict[str, Any]) -> Any:
            return self.page.plans.adopt(plan_id, values["adopted_by"].split(","), values["adopted_on"],
                                         [n for n in values["signatories"].split(",") if n.strip()])

        intro = self.tr("Le projet est relu avec la famille. Son adoption fige une version qui ne changera plus ; "
                        "le projet continue ensuite comme brouillon. Les signatures sont proposées, jamais exigées.")
        remarks = ppf.form_remarks(content)
        if remarks:
            intro += "\n\n" + self.tr("À regarder ensemble avant d'adopter (ce n'est pas bloquant) :") + "\n• " \
                + "\n• ".join(remark_text(r) for r in remarks)
        dialog = RecordDialog(
            self.tr("La famille adopte le projet"), intro,
            [FieldSpec("adopted_by", self.tr("Adopté par (noms séparés par des virgules)")),
             FieldSpec("adopted_on", self.tr("Le"), "date"),
             FieldSpec("signatories", self.tr("Signatures proposées (facultatives)"))],
            submit, self.tr("Adopter"), initial={"adopted_by": ", ".join(adults), "adopted_on": self.page.plans.today(),
                                                 "signatories": ", ".join(signers)}, parent=self)
        if dialog.exec():
            self.page.status(self.tr("Version %s adoptée.") % dialog.result_value.number)
            self.page.reload()

    def selected_number(self) -> int | None:
        index = self.view.currentIndex()
        return self.versions[index.row()].number if index.isValid() else (
            self.versions[-1].number if self.versions else None)

    def record_handover(self) -> None:
        if not self.versions:
            self.page.status(self.tr("Aucune version encore : adoptez ou imprimez le projet d'abord."))
            return
        plan_id = self.page.plan_id
        numbers = tuple((v.number, self.tr("Version %s") % v.number) for v in self.versions)

        def submit(values: dict[str, Any]) -> None:
            sections = self.page.content["partner_sections"] if values["copy"] == "partenaire" else None
            self.page.plans.record_handover(plan_id, values["number"], copy=values["copy"],
                                            recipient=values["recipient"], handed_on=values["handed_on"],
                                            how=values["how"], sections=sections)

        dialog = RecordDialog(
            self.tr("Noter une remise"), self.tr("À qui cette version a été remise."),
            [FieldSpec("number", self.tr("Version"), "choice", numbers),
             FieldSpec("copy", self.tr("Copie"), "choice", (("famille", self.tr("Pour la famille")),
                                                            ("partenaire", self.tr("Pour un partenaire")))),
             FieldSpec("recipient", self.tr("Remise à")),
             FieldSpec("handed_on", self.tr("Le"), "date"),
             FieldSpec("how", self.tr("Comment (en main propre, par courrier…)"))],
            submit, self.tr("Noter"), initial={"number": self.selected_number(), "copy": "famille",
                                               "handed_on": self.page.plans.today()}, parent=self)
        if dialog.exec():
            self.page.reload()

    def compare(self) -> None:
        if not self.versions:
            self.page.status(self.tr("Aucune version encore : il n'y a rien à comparer."))
            return
        CompareDialog(self.page, self).exec()


class CompareDialog(QDialog):
    """What changed between two versions (or since a version, in the draft)."""

    def __init__(self, page: PlanPage, parent=None) -> None:
        super().__init__(parent)
        self.page = page
        self.setWindowTitle(self.tr("Ce qui a changé"))
        self.resize(760, 560)
        versions = page.plans.versions(page.plan_id)
        self.before = QComboBox()
        self.before.setObjectName("compare_before")
        self.before.setAccessibleName(self.tr("Depuis"))
        self.after = QComboBox()
        self.after.setObjectName("compare_after")
        self.after.setAccessibleName(self.tr("Jusqu'à"))
        for v in versions:
            text = self.tr("Version %s du %s") % (v.number, format_date(v.frozen_on))
            self.before.addItem(text, v.number)
            self.after.addItem(text, v.number)
        self.after.addItem(self.tr("Le brouillon actuel"), 0)
        self.before.setCurrentIndex(len(versions) - 1)
        self.after.setCurrentIndex(self.after.count() - 1)
        self.report = QTextBrowser()
        self.report.setObjectName("comparison")
        self.report.setAccessibleName(self.tr("Ce qui a changé"))
        self.before.currentIndexChanged.connect(self.refresh)
        self.after.currentIndexChanged.connect(self.refresh)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        form = QFormLayout(self)
        for text, widget in ((self.tr("&Depuis :"), self.before), (self.tr("&Jusqu'à :"), self.after)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.report)
        form.addRow(close)
        self.refresh()

    def _content(self, number: int) -> dict[str, Any]:
        plans, plan_id = self.page.plans, self.page.plan_id
        return plans.content(plan_id) if number == 0 else plans.version(plan_id, number).content

    def refresh(self) -> None:
        from html import escape

        result = ppf.compare(self._content(self.before.currentData()), self._content(self.after.currentData()))
        if result.empty:
            self.report.setHtml("<p>" + escape(self.tr("Rien n'a changé.")) + "</p>")
            return
        parts: list[str] = []

        def block(title: str, lines: list[str]) -> None:
            if lines:
                parts.append(f"<h3>{escape(title)}</h3><ul>" + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul>")

        block(self.tr("Actions réalisées"), [a["what"] for a in result.completed_actions])
        block(self.tr("Nouvelles actions"), [f"{a['what']} — {a['who']['name']}" for a in result.added_actions])
        block(self.tr("Actions modifiées"), [f"{a['what']} ({', '.join(fields)})" for a, fields in result.changed_actions])
        block(self.tr("Actions retirées"), [a["what"] for a in result.removed_actions])
        block(self.tr("Textes ajoutés"), [pair(label, e["text"]) for label, e in result.added_entries])
        block(self.tr("Textes modifiés"), [f"{label} : « {b['text']} » → « {a['text']} »"
                                          for label, b, a in result.changed_entries])
        block(self.tr("Textes retirés"), [pair(label, e["text"]) for label, e in result.removed_entries])
        if result.review_changed:
            block(self.tr("Prochain point"), [f"{_date(result.review_changed[0])} → {_date(result.review_changed[1])}"])
        self.report.setHtml("".join(parts))


class SectionListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str]] = []  # (key, label)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        if [k for k, _ in items] == [k for k, _ in self.items]:
            self.items = items
            self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.items[index.row()][1]
        return None


class PlanPage(QWidget):
    """One family's plan. Opened from the dossier; Alt+← goes back to the dossiers."""

    closed = Signal()
    failed = Signal(str)
    status_message = Signal(str)

    def __init__(self, controller: DossierController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plans = PlanService(controller.service)
        self.plan_id: uuid.UUID | None = None
        self.content: dict[str, Any] = {}
        self.known_versions: dict[str, int] = {}  # the version of each text and action as shown
        self.seen_token: tuple | None = None
        self.failed.connect(self.status)
        # What colleagues change appears within a few seconds, without touching what is being typed.
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_INTERVAL_MS)
        self.watch.timeout.connect(self.look_for_changes)
        self.watch.start()

        self.back_button = QPushButton(self.tr("← Retour aux dossiers"))
        self.back_button.setObjectName("plan_back")
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.clicked.connect(self.close_plan)
        self.title = QLabel()
        self.title.setObjectName("plan_title")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("plan_subtitle")
        self.subtitle.setWordWrap(True)
        self.writer_choice = QComboBox()
        self.writer_choice.setObjectName("writer")
        self.writer_choice.setAccessibleName(self.tr("Qui écrit ?"))
        self.writer_choice.setAccessibleDescription(
            self.tr("Chaque texte garde le nom de qui l'a écrit : la personne de la famille, le professionnel, ou "
                    "ensemble."))
        self.writer_choice.currentIndexChanged.connect(lambda *_: self._writer_changed())
        writer_label = QLabel(self.tr("&Qui écrit ?"))
        writer_label.setBuddy(self.writer_choice)

        self.sections = SectionListModel(self)
        self.nav = QListView()
        self.nav.setObjectName("plan_sections")
        self.nav.setAccessibleName(self.tr("Parties du projet"))
        self.nav.setModel(self.sections)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setWordWrap(True)  # long domain names stay whole at 150 %
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.selectionModel().currentRowChanged.connect(lambda *_: self._section_changed())

        self.demande = EntrySection(self, self.tr("Votre demande, avec vos mots"), [DEMANDE],
                                    self.tr("La question centrale de la famille, écrite telle qu'elle la dit."))
        self.domain_section = EntrySection(self, "", list(DOMAIN_SECTIONS),
                                           self.tr("Besoins, ressources (de la personne, du réseau, de "
                                                   "l'environnement), objectifs et observations de la famille."))
        self.actions = ActionsPanel(self)
        self.point_de_vue = EntrySection(self, self.tr("Votre point de vue, vos désaccords"), [POINT_DE_VUE],
                                         self.tr("Ce que la famille pense du projet, ce sur quoi elle n'est pas "
                                                 "d'accord. Un professionnel ne peut pas le retirer."))
        self.versions = VersionsPanel(self)
        self.versions.print_requested.connect(self.print_plan)
        self.stack = QStackedWidget()
        for widget in (self.demande, self.domain_section, self.actions, self.point_de_vue, self.versions):
            self.stack.addWidget(widget)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(writer_label)
        top.addWidget(self.writer_choice)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([300, 980])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.back_button, self.writer_choice)
        QWidget.setTabOrder(self.writer_choice, self.nav)
        self.update_fonts()

    def update_fonts(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)

    # -- opening -------------------------------------------------------------------------

    def open_plan(self, dossier_id: uuid.UUID) -> None:
        self.plan_id = self.plans.plan_for(dossier_id)
        self.content = self.plans.content(self.plan_id)
        self._fill_writers()
        self.reload()
        self.nav.setCurrentIndex(self.sections.index(0))
        self.nav.setFocus()

    def _fill_writers(self) -> None:
        content = self.content
        self.writer_choice.blockSignals(True)
        self.writer_choice.clear()
        referent = content["referent"]["name"] or self.plans.actor.username
        self.writer_choice.addItem(self.tr("%s (référent·e)") % referent, Writer(PROFESSIONNEL, referent))
        self.writer_choice.addItem(self.tr("Ensemble, avec la famille"), Writer(ENSEMBLE))
        for person in content["household"]:
            self.writer_choice.addItem(self.tr("%s (famille)") % person["name"], Writer(FAMILLE, person["name"]))
        for contact in content["network"]:
            if contact["kind"] == PROFESSIONNEL and contact["name"] != referent:
                self.writer_choice.addItem(f"{contact['name']} ({contact['organisation'] or contact['role']})",
                                           Writer(PROFESSIONNEL, contact["name"], contact["organisation"]))
        self.writer_choice.setCurrentIndex(0)
        self.writer_choice.blockSignals(False)

    def writer(self) -> Writer:
        return self.writer_choice.currentData() or Writer(PROFESSIONNEL, self.plans.actor.username)

    def _writer_changed(self) -> None:
        for section in (self.demande, self.domain_section, self.point_de_vue):
            section._show_current()
        self.actions._show_current()

    # -- showing -------------------------------------------------------------------------

    def domain_label(self, key: str) -> str:
        return next((tr_core(d["label"]) for d in self.content.get("domains", []) if d["key"] == key), key)

    def current_domain(self) -> str:
        key = self._current_key()
        return key.split(":", 1)[1] if key.startswith("domain:") else ""

    def _current_key(self) -> str:
        index = self.nav.currentIndex()
        return self.sections.items[index.row()][0] if index.isValid() else "demande"

    def reload(self) -> None:
        if self.plan_id is None:
            return
        try:
            self.content = self.plans.content(self.plan_id)
            plan_row = self.plans.plan_row(self.plan_id)
        except UserFacingError as error:
            self.status(error_text(error))
            self.close_plan()
            return
        self.known_versions = self.plans.record_versions(self.plan_id)
        self.seen_token = self.plans.change_token(self.plan_id)
        content = self.content
        self.title.setText(self.tr("Projet pour la famille — %s") % content["dossier"]["label"])
        versions = self.plans.versions(self.plan_id)
        last = versions[-1] if versions else None
        state = (self.tr("Brouillon. Dernière version : %s du %s.") % (last.number, format_date(last.frozen_on))
                 if last else self.tr("Brouillon, pas encore adopté."))
        review = self.tr(" Prochain point proposé : %s.") % _date(content["next_review_on"]) \
            if content["next_review_on"] else ""
        self.subtitle.setText(state + review)
        items = [("demande", self.tr("Votre demande (%s)") % len(content["demande"]))]
        for domain in content["domains"]:
            count = sum(len(entries) for entries in domain["entries"].values())
            actions = sum(1 for a in content["actions"] if a["domain"] == domain["key"])
            items.append((f"domain:{domain['key']}", f"{tr_core(domain['label'])} ({count + actions})" if count + actions
                          else tr_core(domain["label"])))
        items.append(("actions", self.tr("Actions (%s)") % len(content["actions"])))
        items.append(("point_de_vue", self.tr("Point de vue de la famille (%s)") % len(content["point_de_vue"])))
        items.append(("versions", self.tr("Adoption, versions, impression")))
        self.sections.set_items(items)
        self.demande.set_rows([(DEMANDE, e) for e in content["demande"]])
        self.point_de_vue.set_rows([(POINT_DE_VUE, e) for e in content["point_de_vue"]])
        self.actions.set_content(content)
        self.versions.set_content(content, plan_row, versions)  # read once for the subtitle and the list
        self._show_domain()

    def look_for_changes(self) -> None:
        if self.plan_id is None or not self.isVisible():
            return
        try:
            token = self.plans.change_token(self.plan_id)
        except Exception:  # noqa: BLE001 - a server briefly away: look again at the next tick
            return
        if token != self.seen_token:
            self.reload()
            self.status(self.tr("Le projet a été mis à jour (modifications d'une autre session)."))

    def _section_changed(self) -> None:
        key = self._current_key()
        self.flush()
        if key == "demande":
            self.stack.setCurrentWidget(self.demande)
        elif key.startswith("domain:"):
            self.stack.setCurrentWidget(self.domain_section)
            self._show_domain()
        elif key == "actions":
            self.stack.setCurrentWidget(self.actions)
        elif key == "point_de_vue":
            self.stack.setCurrentWidget(self.point_de_vue)
        else:
            self.stack.setCurrentWidget(self.versions)

    def _show_domain(self) -> None:
        key = self.current_domain()
        domain = next((d for d in self.content.get("domains", []) if d["key"] == key), None)
        if domain is None:
            return
        self.domain_section.domain = key
        self.domain_section.heading.setText(tr_core(domain["label"]))
        self.domain_section.view.setAccessibleName(tr_core(domain["label"]))
        self.domain_section.set_rows([(section, e) for section in DOMAIN_SECTIONS
                                      for e in domain["entries"][section]])

    # -- changing ------------------------------------------------------------------------

    def check(self, operation: Callable[[], Changeset], text: str) -> PlanCommand:
        """Run a change now (a refusal raises, nothing is pushed) and put it on the undo stack."""
        command = PlanCommand(self, text, operation())
        if command.changeset.changes:
            self.controller.undo_stack.push(command)
        return command

    def flush(self) -> None:
        for section in (self.demande, self.domain_section, self.point_de_vue):
            section.commit_edit()
        if self.actions.form is not None:
            self.actions.form.flush()
        self.versions.plan_form.flush()

    def status(self, message: str) -> None:
        if message:
            self.status_message.emit(message)

    def close_plan(self) -> None:
        self.flush()
        self.closed.emit()

    def print_plan(self) -> None:
        from refparcours.ui.plan_print import PrintPlanDialog

        self.flush()
        PrintPlanDialog(self.plans, self.plan_id, self.status, self).exec()
        self.reload()
