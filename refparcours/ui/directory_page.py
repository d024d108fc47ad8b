"""The directory of the territory's services: search as you type, filters by domain, commune
and kind, the selected structure edited in place (with undo), imports from the office's
spreadsheet with a preview, safe exports, and "où aller" printed for a family."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refparcours.directory import FIELDS, KINDS
from refparcours.errors import EditConflict, UserFacingError
from refparcours.structures import DirectoryService
from refparcours.text import format_date
from refparcours.ui.background import run_in_background
from refparcours.ui.controller import DossierController
from refparcours.ui.dossier_editor import MemberTableModel, record_table
from refparcours.ui.forms import ERROR_COLOR, ERROR_STYLE, FieldSpec, RecordForm
from refparcours.ui.fields import print_language_choices
from refparcours.ui.i18n import error_text, tr_core, translate
from refparcours.ui.plan_page import section_heading
from refparcours.ui.table_models import RowsTableModel
from refparcours.ui.dialogs import named_buttons

SEARCH_DELAY_MS = 150
STALE_COLOR = ERROR_COLOR  # "à vérifier": an old entry in the directory
EDITED_FIELDS = ("name", "kind", "domains", "communes", "address", "postal_code", "commune", "hours", "access",
                 "contact_name", "phone", "email", "description", "verified_on")


def structure_specs(domains: dict[str, str]) -> list[FieldSpec]:
    specs = []
    for name in EDITED_FIELDS:
        label, kind = FIELDS[name]
        if name == "kind":
            specs.append(FieldSpec(name, tr_core(label), "choice", tuple((k, tr_core(v)) for k, v in KINDS.items())))
        elif kind == "date":
            specs.append(FieldSpec(name, tr_core(label), "date"))
        elif name == "domains":
            specs.append(FieldSpec(name, tr_core(label), help=translate("DirectoryPage", "Séparés par « ; » : ") + " ; ".join(domains.values())))
        elif kind == "list":
            specs.append(FieldSpec(name, tr_core(label), help=translate("DirectoryPage", "Séparées par « ; »")))
        else:
            specs.append(FieldSpec(name, tr_core(label)))
    return specs


def shown_values(structure: dict[str, Any], domains: dict[str, str]) -> dict[str, Any]:
    values = dict(structure)
    values["domains"] = " ; ".join(domains.get(k, k) for k in structure["domains"])
    values["communes"] = " ; ".join(structure["communes"])
    return values


class StructureModel(RowsTableModel):
    def __init__(self, domains: dict[str, str], parent=None) -> None:
        # The long columns last: name, place and freshness stay in view.
        super().__init__([translate("StructureModel", "Nom"), translate("StructureModel", "Commune"),
                          translate("StructureModel", "Vérifié"), translate("StructureModel", "Type"),
                          translate("StructureModel", "Accès"), translate("StructureModel", "Domaines")], parent)
        self.domains = domains

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 2:
                verified = format_date(row["verified_on"]) or self.tr("jamais")
                return self.tr("%s — à vérifier") % verified if row["stale"] else verified
            return (row["name"], row["commune"], "", tr_core(KINDS.get(row["kind"], row["kind"])), row["access"],
                    ", ".join(tr_core(self.domains.get(k, k)) for k in row["domains"]))[column]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and row["stale"]:
            from PySide6.QtGui import QColor

            return QColor(STALE_COLOR)  # and the words say it too
        return None

    def row_of(self, structure_id: Any) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r["id"] == structure_id), None)


class DirectoryCommand(QUndoCommand):
    """An edit, an addition or a removal in the directory; undo puts back what was there."""

    def __init__(self, page: DirectoryPage, text: str, *, structure_id=None, before=None, after=None,
                 removed=None, added=None) -> None:
        super().__init__(text)
        self.page, self.structure_id, self.before, self.after = page, structure_id, before, after
        self.removed, self.added = removed, added
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)

    def _apply(self, forward: bool) -> None:
        service = self.page.service
        try:
            if self.added is not None:
                if forward:
                    service.restore(self.removed)
                else:
                    self.removed = service.remove(self.added)
            elif self.removed is not None:
                if forward:
                    service.remove(self.removed["id"])
                else:
                    service.restore(self.removed)
            else:
                service.update(self.structure_id, self.after if forward else self.before)
        except UserFacingError as error:
            self.page.status_message.emit(error_text(error))
            self.setObsolete(True)
        self.page.refresh()


class DirectoryPage(QWidget):
    closed = Signal()
    status_message = Signal(str)

    def __init__(self, controller: DossierController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.service = DirectoryService(controller.service)
        domains = self.service.domains
        self.dossier_id: uuid.UUID | None = None

        back = QPushButton(self.tr("← Retour aux dossiers"))
        back.setObjectName("directory_back")
        back.setShortcut("Alt+Left")
        back.clicked.connect(self.closed.emit)
        self.search = QLineEdit()
        self.search.setObjectName("directory_search")
        self.search.setPlaceholderText(self.tr("Nom, commune, ce qu'ils font…"))
        self.search.setAccessibleName(self.tr("Rechercher un service"))
        self.search.setMinimumWidth(220)
        self.domain = QComboBox()
        self.domain.setObjectName("directory_domain")
        self.domain.addItem(self.tr("Tous les domaines"), "")
        for key, label in domains.items():
            self.domain.addItem(tr_core(label), key)
        self.commune = QComboBox()
        self.commune.setObjectName("directory_commune")
        self.commune.setEditable(True)
        self.commune.setMinimumWidth(160)
        self.kind = QComboBox()
        self.kind.setObjectName("directory_kind")
        self.kind.addItem(self.tr("Tous les types"), "")
        for key, label in KINDS.items():
            self.kind.addItem(tr_core(label), key)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda *_: self.timer.start())
        for combo in (self.domain, self.kind):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.commune.currentTextChanged.connect(lambda *_: self.timer.start())

        self.model = StructureModel(domains, self)
        self.view = record_table(self.model, "structures_table", self.tr("Services du territoire"))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.count = QLabel()
        self.count.setObjectName("directory_count")
        self.form = RecordForm(structure_specs(domains))
        self.form.setObjectName("structure_form")
        self.form.edited.connect(self._edited)
        self.linked = MemberTableModel([(self.tr("Dossier"), lambda d: d["label"]),
                                        (self.tr("Action"), lambda d: d["what"])], self)
        self.linked_view = record_table(self.linked, "structure_dossiers", self.tr("Dossiers liés à ce service"))
        self.linked_view.setMaximumHeight(140)

        buttons = QHBoxLayout()
        for text, name, slot in ((self.tr("&Nouveau service…"), "add_structure", self.add),
                                 (self.tr("Re&tirer"), "remove_structure", self.remove),
                                 (self.tr("&Importer un tableau…"), "import_structures", self.import_file),
                                 (self.tr("E&xporter…"), "export_structures", self.export_file),
                                 (self.tr("&Où aller…"), "where_to_go", self.where_to_go),
                                 (self.tr("Pro&poser à la famille"), "orientation", self.propose)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)

        # Search on its own line, the three filters below: the list keeps room for the form beside it.
        filters = QVBoxLayout()
        search_row, filter_row = QHBoxLayout(), QHBoxLayout()
        filters.addLayout(search_row)
        filters.addLayout(filter_row)
        for text, widget in ((self.tr("&Rechercher :"), self.search), (self.tr("&Domaine :"), self.domain),
                             (self.tr("&Commune :"), self.commune), (self.tr("T&ype :"), self.kind)):
            label = QLabel(text)
            label.setBuddy(widget)
            if not widget.accessibleName():
                widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            row = search_row if widget is self.search else filter_row
            row.addWidget(label)
            row.addWidget(widget, 1)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(section_heading(self.tr("Cartographie de l'offre locale")), 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.form, 1)
        linked_label = QLabel(self.tr("Vos dossiers dont le projet passe par ce service :"))
        linked_label.setBuddy(self.linked_view)
        right_layout.addWidget(linked_label)
        right_layout.addWidget(self.linked_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([760, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- showing ---------------------------------------------------------------------------

    def open_directory(self, dossier_id: uuid.UUID | None) -> None:
        self.dossier_id = dossier_id
        self.commune.blockSignals(True)
        current = self.commune.currentText()
        self.commune.clear()
        self.commune.addItem("")
        self.commune.addItems(self.service.communes())
        self.commune.setCurrentText(current)
        self.commune.blockSignals(False)
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        current = self.current()
        rows = self.service.search(self.search.text(), domain=self.domain.currentData() or "",
                                   commune=self.commune.currentText(), kind=self.kind.currentData() or "")
        self.model.set_rows(rows)
        stale = sum(1 for r in rows if r["stale"])
        self.count.setText(self.tr("%s services, dont %s à vérifier (plus d'un an)") % (len(rows), stale))
        row = self.model.row_of(current["id"]) if current else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _show_current(self) -> None:
        structure = self.current()
        self.form.setEnabled(structure is not None)
        if structure is None:
            self.linked.set_records([])
            return
        self.form.set_values(shown_values(structure, self.service.domains),
                             keep_typing=self.form.property("shown") == str(structure["id"]))
        self.form.setProperty("shown", str(structure["id"]))
        self.linked.set_records(self.service.dossiers_for(structure["id"]))

    # -- changing ----------------------------------------------------------------------------

    def _edited(self, field: str, value: Any) -> None:
        structure = self.current()
        if structure is None:
            return
        try:
            try:
                before = self.service.update(structure["id"], {field: value}, structure["version"])
            except EditConflict as conflict:
                from refparcours.ui.conflicts import resolve_conflict

                kept = resolve_conflict(self, conflict) if self.form.specs[field].kind == "text" else None
                if kept is None:
                    raise
                before = self.service.update(structure["id"], {field: kept}, conflict.version)
        except UserFacingError as error:
            self.form.show_error(getattr(error, "field", None) or field, error_text(error))
            return
        self.form.mark_saved(field)
        self.controller.undo_stack.push(DirectoryCommand(
            self, self.tr("Modifier « %s »") % self.form.specs[field].label, structure_id=structure["id"],
            before=before, after={field: value}))
        self.refresh()

    def add(self) -> None:
        from refparcours.ui.dialogs import RecordDialog

        specs = [s for s in structure_specs(self.service.domains) if s.name in ("name", "kind", "domains", "commune")]
        dialog = RecordDialog(self.tr("Nouveau service"), self.tr("Le reste se complète ensuite, à droite."), specs,
                              self.service.add, self.tr("Ajouter"), initial={"kind": "association"}, parent=self)
        if dialog.exec():
            self.controller.undo_stack.push(DirectoryCommand(self, self.tr("Ajouter un service"),
                                                             added=dialog.result_value))
            self.refresh()
            row = self.model.row_of(dialog.result_value)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def remove(self) -> None:
        structure = self.current()
        if structure is None:
            return
        snapshot = self.service.remove(structure["id"])
        self.controller.undo_stack.push(DirectoryCommand(self, self.tr("Retirer « %s »") % structure["name"],
                                                         removed=snapshot))
        self.refresh()

    def import_file(self, path: str | None = None) -> ImportDialog | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Importer un tableau de services"), "",
                                                  self.tr("Tableaux (*.csv *.xlsx *.ods);;Tous les fichiers (*)"))
            if not path:
                return None
        dialog = ImportDialog(self.service, path, self)
        if dialog.table is not None:
            dialog.finished.connect(lambda *_: self.open_directory(self.dossier_id))
            dialog.open()
            return dialog
        return None

    def export_file(self, path: str | None = None) -> None:
        from refparcours.directory_io import export_csv, write_export

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter l'annuaire"), "annuaire.csv",
                                                  self.tr("Tableau CSV (*.csv)"))
            if not path:
                return
        try:
            write_export(path, export_csv(self.model.rows, self.service.domains))
        except OSError as error:
            self.status_message.emit(self.tr("L'export n'a pas pu être écrit : %s") % (error.strerror or error))
            return
        self.status_message.emit(self.tr("%s services exportés : %s") % (len(self.model.rows), path))

    def where_to_go(self) -> None:
        WhereToGoDialog(self.service, self.commune.currentText(), self.domain.currentData() or "", self).exec()

    def propose(self) -> None:
        """An orientation of the current dossier's family toward the selected service."""
        structure = self.current()
        if structure is None or self.dossier_id is None:
            self.status_message.emit(self.tr("Choisissez un dossier, puis un service."))
            return
        try:
            self.service.record_orientation(self.dossier_id, structure["id"], domain=self.domain.currentData() or "")
        except UserFacingError as error:
            self.status_message.emit(error_text(error))
            return
        self.status_message.emit(self.tr("Orientation notée dans le dossier : %s") % structure["name"])

    def flush(self) -> None:
        self.form.flush()


class _Progress(QObject):
    step = Signal(int, int)


class ImportDialog(QDialog):
    """The office's spreadsheet: the columns as guessed (adjustable), every row checked, then
    all the valid rows in one go — or nothing."""

    def __init__(self, service: DirectoryService, path: str, parent=None) -> None:
        super().__init__(parent)
        from pathlib import Path

        from refparcours.directory_io import guess_mapping, read_table_file

        self.service, self.path = service, path
        self.report = None
        self.table = None
        self.setWindowTitle(self.tr("Importer des services"))
        self.resize(980, 680)
        self.message = QLabel()
        self.message.setObjectName("import_message")
        self.message.setWordWrap(True)
        try:  # the reader refuses a huge file before loading it, and says an unreadable one in French
            self.table = read_table_file(path)
        except UserFacingError as error:
            parent.status_message.emit(self.tr("Import impossible : %s") % error_text(error))
            return
        mapping = guess_mapping(self.table.header)
        self.preview = QTableWidget(min(8, len(self.table.rows)), len(self.table.header))
        self.preview.setObjectName("import_preview")
        self.preview.setAccessibleName(self.tr("Aperçu du tableau"))
        self.preview.setHorizontalHeaderLabels(self.table.header)
        for r, (_, cells) in enumerate(self.table.rows[:8]):
            for c, cell in enumerate(cells[:len(self.table.header)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        self.mapping: list[QComboBox] = []
        mapping_form = QFormLayout()
        choices = [("", self.tr("— ne pas importer —"))] + [(k, tr_core(label)) for k, (label, _) in FIELDS.items()]
        for column, title in enumerate(self.table.header):
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column}")
            for key, label in choices:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column) or ""), 0))
            combo.setAccessibleName(self.tr("Colonne « %s »") % title)
            label = QLabel(self.tr("Colonne « %s » :") % title[:40])
            label.setBuddy(combo)
            mapping_form.addRow(label, combo)
            self.mapping.append(combo)
        self.check_button = QPushButton(self.tr("&Vérifier les lignes"))
        self.check_button.setObjectName("check_import")
        self.check_button.clicked.connect(self.check_rows)
        self.valid_only = QRadioButton(self.tr("Importer les lignes valides ; les autres sont listées"))
        self.valid_only.setObjectName("import_valid_rows")
        self.nothing = QRadioButton(self.tr("Ne rien importer tant que toutes les lignes ne sont pas bonnes"))
        self.nothing.setObjectName("import_nothing")
        self.valid_only.setChecked(True)
        self.errors = QTableWidget(0, 3)
        self.errors.setObjectName("import_errors")
        self.errors.setAccessibleName(self.tr("Lignes refusées"))
        self.errors.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("Colonne"), self.tr("Raison")])
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setAccessibleName(self.tr("Avancement"))
        self.progress.hide()
        self.buttons = named_buttons(self, self.tr("&Importer"), self.do_import)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setEnabled(False)
        self.signals = _Progress(self)
        self.signals.step.connect(self._step)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%s — %s lignes (%s)") % (Path(path).name, len(self.table.rows),
                                                                self.table.encoding)))
        layout.addWidget(self.preview, 2)
        # A spreadsheet may have dozens of columns: their mapping scrolls.
        from PySide6.QtWidgets import QScrollArea

        mapping_host = QWidget()
        mapping_host.setLayout(mapping_form)
        mapping_scroll = QScrollArea()
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setWidget(mapping_host)
        mapping_scroll.setMaximumHeight(260)
        layout.addWidget(mapping_scroll)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.nothing)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _mapping(self) -> dict[int, str | None]:
        return {column: combo.currentData() or None for column, combo in enumerate(self.mapping)}

    def _step(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.check_button, self.import_button, *self.mapping):
            widget.setEnabled(not busy)

    def check_rows(self) -> None:
        """Every row checked off the window's thread: a 20,000-row file never freezes it."""
        from refparcours.directory_io import check_mapping, validate_rows

        mapping = self._mapping()
        try:
            check_mapping(mapping, self.table.header)
        except UserFacingError as error:
            self.message.setText(error_text(error))
            self.message.setStyleSheet(ERROR_STYLE)
            return
        self._busy(True)
        existing = self.service.existing_keys()
        table, domains, today = self.table, self.service.domains, self.service.today()
        run_in_background(self, lambda: validate_rows(table, mapping, domains, today, existing,
                                                      progress=self.signals.step.emit),
                          self._checked, self._failed)

    def summary(self, report) -> str:
        """ "18 lignes prêtes (dont 2 mises à jour), 3 lignes refusées", in the interface's language."""
        def count(number: int, none: str, one: str, many: str) -> str:
            return none if number == 0 else one if number == 1 else many % QLocale().toString(number)

        ready = count(len(report.valid), self.tr("aucune ligne prête"), self.tr("1 ligne prête"),
                      self.tr("%s lignes prêtes"))
        if report.updates:
            ready = self.tr("%s (dont %s)") % (ready, count(report.updates, "", self.tr("1 mise à jour"),
                                                            self.tr("%s mises à jour")))
        refused = count(len(report.errors), self.tr("aucune ligne refusée"), self.tr("1 ligne refusée"),
                        self.tr("%s lignes refusées"))
        return self.tr("%s, %s") % (ready, refused)

    def _checked(self, report) -> None:
        self._busy(False)
        self.report = report
        self.message.setStyleSheet("")
        self.message.setText(self.summary(report))
        self.errors.setRowCount(len(report.errors))
        for row, error in enumerate(report.errors):
            reason = tr_core(error.template).format(**error.params) if error.template else error.reason
            for column, value in enumerate((str(error.line), tr_core(error.field or ""), reason)):
                self.errors.setItem(row, column, QTableWidgetItem(value))
        self.import_button.setEnabled(bool(report.valid))

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error) if isinstance(error, UserFacingError) else str(error))

    def do_import(self) -> None:
        if self.report is None:
            return
        if self.report.errors and self.nothing.isChecked():
            self.message.setText(self.tr("Rien n'a été importé : corrigez les lignes refusées dans le tableau, puis "
                                         "importez-le à nouveau."))
            self.reject()
            return
        self._busy(True)
        rows = self.report.valid
        run_in_background(self, lambda: self.service.apply_import(rows, progress=self.signals.step.emit),
                          self._imported, self._failed)

    def _imported(self, counts: tuple[int, int]) -> None:
        self._busy(False)
        self.message.setText(self.tr("%s services ajoutés, %s mis à jour.") % counts)
        self.accept()


class WhereToGoDialog(QDialog):
    """For a commune and a domain: the services that cover it, printable as one page."""

    def __init__(self, service: DirectoryService, commune: str, domain: str, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Où aller"))
        self.resize(760, 520)
        self.commune = QComboBox()
        self.commune.setObjectName("where_commune")
        self.commune.setEditable(True)
        self.commune.addItems(service.communes())
        self.commune.setCurrentText(commune)
        self.domain = QComboBox()
        self.domain.setObjectName("where_domain")
        for key, label in service.domains.items():
            self.domain.addItem(tr_core(label), key)
        if domain:
            self.domain.setCurrentIndex(max(self.domain.findData(domain), 0))
        self.model = MemberTableModel([(self.tr("Service"), lambda r: r["name"]),
                                       (self.tr("Adresse"), lambda r: f"{r['address']} {r['commune']}".strip()),
                                       (self.tr("Horaires"), lambda r: r["hours"])], self)
        self.view = record_table(self.model, "where_table", self.tr("Services"))
        self.commune.currentTextChanged.connect(lambda *_: self.refresh())
        self.domain.currentIndexChanged.connect(lambda *_: self.refresh())
        print_button = QPushButton(self.tr("&Imprimer pour la famille…"))
        print_button.setObjectName("print_where_to_go")
        print_button.clicked.connect(lambda: self.print_page())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        form = QFormLayout()
        for text, widget in ((self.tr("&Commune :"), self.commune), (self.tr("&Domaine :"), self.domain)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(self.service.where_to_go(self.commune.currentText(), self.domain.currentData()))

    def print_page(self, path: str | None = None) -> str | None:
        from refparcours.documents.common import write_pdf
        from refparcours.documents.where_to_go import where_to_go_pdf

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer (PDF)"), "ou-aller.pdf",
                                                  self.tr("Documents PDF (*.pdf)"))
            if not path:
                return None
        write_pdf(path, where_to_go_pdf(commune=self.commune.currentText(), domain_label=self.domain.currentText(),
                                        structures=self.model.records, printed_on=self.service.today(),
                                        today=self.service.today()))
        return path


class StructurePicker(QDialog):
    """Choose a service for an action: search as you type among the directory (the action's
    domain first); "Aucun service" removes the link."""

    def __init__(self, dossiers, domain: str, parent=None) -> None:
        super().__init__(parent)
        self.service = DirectoryService(dossiers)
        self.domain = domain
        self.chosen: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Choisir un service de l'annuaire"))
        self.resize(760, 480)
        self.search = QLineEdit()
        self.search.setObjectName("picker_search")
        self.search.setAccessibleName(self.tr("Rechercher un service"))
        self.model = StructureModel(self.service.domains, self)
        self.view = record_table(self.model, "picker_table", self.tr("Services"))
        self.view.doubleClicked.connect(lambda *_: self.accept())
        self.search.textChanged.connect(lambda *_: self.refresh())
        buttons = named_buttons(self, self.tr("Choisir"))
        none = buttons.addButton(self.tr("Aucun service"), QDialogButtonBox.ButtonRole.ResetRole)
        none.clicked.connect(self.choose_none)
        label = QLabel(self.tr("&Rechercher :"))
        label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.search, 1)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        rows = self.service.search(self.search.text())
        # The action's domain first: most of the time the service is there.
        rows.sort(key=lambda r: self.domain not in r["domains"])
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def accept(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.chosen = self.model.rows[index.row()]["id"]
            super().accept()

    def choose_none(self) -> None:
        self.chosen = None
        super().accept()


class OrientationsPanel(QWidget):
    """The dossier's orientations toward services, and what came of each (the family's choice)."""

    def __init__(self, dossiers, parent=None) -> None:
        super().__init__(parent)
        from refparcours.directory import ORIENTATION_OUTCOMES

        self.outcomes = ORIENTATION_OUTCOMES
        self.service = DirectoryService(dossiers)
        self.dossier_id = None
        self.model = MemberTableModel([
            (self.tr("Service"), lambda o: o["structure_name"]),
            (self.tr("Proposé le"), lambda o: format_date(o["proposed_on"])),
            (self.tr("Suite"), lambda o: tr_core(self.outcomes.get(o["outcome"], o["outcome"]))),
            (self.tr("Le"), lambda o: format_date(o["outcome_on"])),
        ], self)
        self.view = record_table(self.model, "orientations_table", self.tr("Orientations"))
        outcome = QPushButton(self.tr("&Noter la suite…"))
        outcome.setObjectName("orientation_outcome")
        outcome.clicked.connect(self.set_outcome)
        explanation = QLabel(self.tr("Les services proposés à la famille (annuaire → « Proposer à la famille ») : "
                                     "elle choisit d'y aller ou non."))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.view, 1)
        layout.addWidget(outcome, 0, Qt.AlignmentFlag.AlignLeft)

    def show_dossier(self, dossier_id) -> None:
        self.dossier_id = dossier_id
        self.model.set_records(self.service.orientations(dossier_id))

    def set_outcome(self) -> None:
        from refparcours.ui.dialogs import RecordDialog

        index = self.view.currentIndex()
        if not index.isValid():
            return
        orientation = self.model.records[index.row()]
        dialog = RecordDialog(
            self.tr("Suite de l'orientation"), orientation["structure_name"],
            [FieldSpec("outcome", self.tr("Suite"), "choice", tuple((k, tr_core(v)) for k, v in self.outcomes.items())),
             FieldSpec("outcome_on", self.tr("Le"), "date")],
            lambda v: self.service.set_outcome(orientation["id"], v["outcome"], v["outcome_on"]), self.tr("Noter"),
            initial={"outcome": orientation["outcome"] or "pris_contact", "outcome_on": self.service.today()},
            parent=self)
        if dialog.exec():
            self.show_dossier(self.dossier_id)


class LeafletDialog(QDialog):
    """The leaflet for families: the territory's details (kept in the settings), the référent's
    name when it is handed to a family, A4 or folded A5, plain language or not."""

    def __init__(self, settings, today, parent=None) -> None:
        super().__init__(parent)
        self.settings, self.today = settings, today
        self.setWindowTitle(self.tr("Plaquette d'information pour les familles"))
        self.form = RecordForm([
            FieldSpec("territory_name", self.tr("Territoire")),
            FieldSpec("office_name", self.tr("Service")),
            FieldSpec("office_address", self.tr("Adresse")),
            FieldSpec("office_phone", self.tr("Téléphone")),
            FieldSpec("office_email", self.tr("Courriel")),
            FieldSpec("office_hours", self.tr("Horaires d'accueil")),
            FieldSpec("referent", self.tr("Référent de parcours (si la plaquette est remise à une famille)")),
            FieldSpec("plain", self.tr("En langage simple (phrases courtes)"), "bool"),
            FieldSpec("booklet", self.tr("En livret A5 plié (imprimé recto verso sur A4)"), "bool"),
            FieldSpec("print_language", self.tr("Langue de la plaquette"), "choice", print_language_choices()),
            FieldSpec("print_bilingual", self.tr("En français et dans cette langue"), "bool"),
        ])
        self.form.set_values({**{f: getattr(settings, f) for f in ("territory_name", "office_name", "office_address",
                                                                    "office_phone", "office_email", "office_hours")},
                              "referent": "", "plain": False, "booklet": False, "print_language": "fr",
                              "print_bilingual": False})
        buttons = named_buttons(self, self.tr("Enregistrer en PDF…"), lambda: self.save(), self.tr("Fermer"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self, path: str | None = None) -> str | None:
        from refparcours.documents.common import PrintLanguage, write_pdf
        from refparcours.documents.leaflet import leaflet_pdf
        from refparcours.settings import save_settings
        from refparcours.text import clean_text

        values = self.form.current_values()
        for field in ("territory_name", "office_name", "office_address", "office_phone", "office_email",
                      "office_hours"):
            setattr(self.settings, field, clean_text(values[field])[:300])
        save_settings(self.settings)  # the territory's details are typed once
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer la plaquette (PDF)"), "plaquette.pdf",
                                                  self.tr("Documents PDF (*.pdf)"))
            if not path:
                return None
        try:
            write_pdf(path, leaflet_pdf(self.settings.territory(), referent=clean_text(values["referent"]),
                                        plain=values["plain"], booklet=values["booklet"], printed_on=self.today(),
                                        language=PrintLanguage(values["print_language"] or "fr",
                                                               bool(values["print_bilingual"]))))
        except OSError as error:
            self.message.setText(self.tr("Le PDF n'a pas pu être écrit : %s") % (error.strerror or error))
            return None
        self.message.setText(self.tr("Plaquette enregistrée : %s") % path)
        return path
