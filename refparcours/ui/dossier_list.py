"""The dossier list: a lazy table model over search results, and the panel around it."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refparcours.domain import DossierState
from refparcours.dossiers import DossierKey, DossierRow, DossierService, key_to_uuid
from refparcours.text import format_date
from refparcours.ui.i18n import tr_core

PAGE_SIZE = 100
CACHED_PAGES = 40
ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATE_FILTERS: tuple[tuple[str, tuple[DossierState, ...]], ...] = (
    ("Dossiers ouverts", (DossierState.REPERAGE, DossierState.PROPOSE, DossierState.ACCOMPAGNEMENT)),
    ("Tous les dossiers", ()),
    *((state.label, (state,)) for state in DossierState),
)


class DossierListModel(QAbstractTableModel):
    """Holds only the keys of the matching dossiers; rows are fetched a page at a time
    when the view asks for them."""

    COLUMNS = (QT_TRANSLATE_NOOP("DossierListModel", "Dossier"),
               QT_TRANSLATE_NOOP("DossierListModel", "Personnes"), QT_TRANSLATE_NOOP("DossierListModel", "État"),
               QT_TRANSLATE_NOOP("DossierListModel", "Référent·e"),
               QT_TRANSLATE_NOOP("DossierListModel", "Territoire"),
               QT_TRANSLATE_NOOP("DossierListModel", "Commune"),
               QT_TRANSLATE_NOOP("DossierListModel", "Dernier contact"))

    def __init__(self, service: DossierService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._keys: list[DossierKey] = []
        self._row_of: dict[DossierKey, int] | None = None
        self._pages: OrderedDict[int, list[DossierRow | None]] = OrderedDict()
        self._query = ""
        self._states: Sequence[DossierState] = ()

    # -- querying ------------------------------------------------------------------------

    def set_filter(self, query: str, states: Sequence[DossierState]) -> None:
        self._query, self._states = query, states
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._keys = self._service.search(self._query, self._states)
        self._row_of = None
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Re-read the visible rows after an edit, keeping the list as it is."""
        self._pages.clear()
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, len(self.COLUMNS) - 1))

    def row_of(self, dossier_id: uuid.UUID) -> int | None:
        if self._row_of is None:
            self._row_of = {key_to_uuid(key): row for row, key in enumerate(self._keys)}
        return self._row_of.get(dossier_id)

    def dossier_id(self, row: int) -> uuid.UUID:
        return key_to_uuid(self._keys[row])

    # -- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def _row(self, row: int) -> DossierRow | None:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            page = self._service.rows(self._keys[start : start + PAGE_SIZE])
            self._pages[page_number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[row % PAGE_SIZE]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.dossier_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole):
            return None
        row = self._row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if column == 1 else None
        if row is None:
            return self.tr("(dossier supprimé)") if column == 0 and role != Qt.ItemDataRole.FontRole else None
        if role == Qt.ItemDataRole.FontRole:
            if column == 5 and row.address_protected:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if column == 0:
            return row.label
        if column == 1:
            return str(row.person_count)
        if column == 2:
            return tr_core(row.state.label)
        if column == 3:
            return row.referent
        if column == 4:
            return row.territory
        if column == 5:
            # A protected address never shows in a list, not even its commune.
            return self.tr("Adresse protégée") if row.address_protected else row.commune
        return format_date(row.last_contact_on)


class DossierListPanel(QWidget):
    """Search field, state filter, count and the table of dossiers."""

    dossier_selected = Signal(object)  # uuid.UUID | None
    dossier_activated = Signal(object)

    def __init__(self, service: DossierService, parent=None) -> None:
        super().__init__(parent)
        self.model = DossierListModel(service, self)

        self.search = QLineEdit()
        self.search.setObjectName("dossier_search")
        self.search.setPlaceholderText(self.tr("Nom, prénom ou nom du dossier…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher un dossier"))
        search_label = QLabel(self.tr("&Rechercher :"))
        search_label.setBuddy(self.search)

        self.state_filter = QComboBox()
        self.state_filter.setObjectName("state_filter")
        self.state_filter.setAccessibleName(self.tr("Afficher les dossiers"))
        for label, states in STATE_FILTERS:
            self.state_filter.addItem(tr_core(label), states)
        filter_label = QLabel(self.tr("Affi&cher :"))
        filter_label.setBuddy(self.state_filter)

        self.count_label = QLabel()
        self.count_label.setObjectName("dossier_count")
        self.count_label.setAccessibleName(self.tr("Nombre de dossiers trouvés"))

        self.view = QTableView()
        self.view.setObjectName("dossier_table")
        self.view.setAccessibleName(self.tr("Liste des dossiers"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.set_column_scale(1.0)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(lambda index: self.dossier_activated.emit(self.model.dossier_id(index.row())))

        # The search on its own line (as in the directory): it keeps its width at large sizes.
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        QWidget.setTabOrder(self.search, self.state_filter)
        QWidget.setTabOrder(self.state_filter, self.view)

        self.search.textChanged.connect(self.apply_filter)
        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self._focus_list)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._focus_list,
                  context=Qt.ShortcutContext.WidgetShortcut)

    COLUMN_WIDTHS = (220, 90, 200, 170, 220, 160, 120)

    def set_column_scale(self, scale: float) -> None:
        for column, width in enumerate(self.COLUMN_WIDTHS):
            self.view.horizontalHeader().resizeSection(column, round(width * scale))

    def apply_filter(self) -> None:
        current = self.current_dossier()
        self.model.set_filter(self.search.text(), self.state_filter.currentData() or ())
        self._update_count()
        if current is not None:
            self.select(current, notify=False)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Run the search again (after a change that may move or add rows)."""
        current = select or self.current_dossier()
        self.model.refresh()
        self._update_count()
        if current is not None:
            self.select(current, notify=select is not None)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            text = self.tr("Aucun dossier ne correspond.")
        elif count == 1:
            text = self.tr("1 dossier")
        else:
            text = self.tr("%s dossiers") % f"{count:,}".replace(",", "\u202f")
        self.count_label.setText(text)

    def current_dossier(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        return self.model.dossier_id(index.row()) if index.isValid() else None

    def select(self, dossier_id: uuid.UUID, *, notify: bool = True) -> bool:
        row = self.model.row_of(dossier_id)
        if row is None:
            return False
        selection = self.view.selectionModel()
        blocker = None if notify else selection.blockSignals(True)
        self.view.setCurrentIndex(self.model.index(row, 0))
        if blocker is not None:
            selection.blockSignals(blocker)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.dossier_selected.emit(self.model.dossier_id(current.row()) if current.isValid() else None)

    def _focus_list(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
