"""The evaluation dashboard: the key figures, and a chart per table with the same numbers in
an accessible table beside it. Computed off the window's thread; anonymous exports (CSV and
PDF report) for the joint committee; the follow-ups due and their questionnaire."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QBarSeries,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refparcours.dossiers import DossierService
from refparcours.errors import UserFacingError
from refparcours.evaluation import FOLLOWUP_KINDS, RESOLVED, SUPPRESSION_THRESHOLD
from refparcours.indicators import IndicatorService, anonymous, anonymous_csv
from refparcours.text import format_date, parse_date
from refparcours.ui.background import run_in_background
from refparcours.ui.dialogs import RecordDialog
from refparcours.ui.dossier_editor import MemberTableModel, record_table
from refparcours.ui.forms import FieldSpec
from refparcours.ui.i18n import error_text, tr_core, translate
from refparcours.ui.plan_page import section_heading


def shown(value: Any, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{text} {tr_core(unit)}".strip() if unit else text


QUARTER = re.compile(r"^(\d{4}) T([1-4])$")
BASE_NOTE = re.compile(r"^sur (\d+) (projets|réponses)$")


def indicator_text(text: str) -> str:
    """A word of the indicators: their vocabulary, a quarter ("2026 T3") or a base ("sur 12 réponses"),
    the last two built by the core with their numbers in."""
    if match := QUARTER.match(text):
        return translate("DashboardPage", "{year} T{quarter}").format(year=match[1], quarter=match[2])
    if match := BASE_NOTE.match(text):
        template = translate("DashboardPage", "sur {count} projets") if match[2] == "projets" \
            else translate("DashboardPage", "sur {count} réponses")
        return template.format(count=match[1])
    return tr_core(text)


class RowsModel(QAbstractTableModel):
    """A table of figures: what the chart beside it shows, readable by a screen reader."""

    def __init__(self, table: dict[str, Any], parent=None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table["rows"])

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table["columns"])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return indicator_text(self.table["columns"][section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self.table["rows"][index.row()][index.column()]
            if value is None:
                return f"< {SUPPRESSION_THRESHOLD}"
            return indicator_text(value) if isinstance(value, str) else str(value)
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def make_chart(table: dict[str, Any]) -> QChart:
    chart = QChart()
    chart.setTitle(indicator_text(table["title"]))
    chart.legend().setVisible(len(table["columns"]) > 2)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    categories = [indicator_text(str(row[0])) for row in table["rows"]]
    values = [[(c or 0) for c in row[1:]] for row in table["rows"]]
    top = max((v for row in values for v in row), default=0)
    axis_x, axis_y = QBarCategoryAxis(), QValueAxis()
    axis_x.append(categories)
    axis_y.setRange(0, max(1, top * 1.1))
    axis_y.applyNiceNumbers()  # ticks at round numbers: 0, 500, 1000…
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    if table["chart"] == "line":
        for column, name in enumerate(table["columns"][1:]):
            series = QLineSeries()
            series.setName(indicator_text(name))
            for position, row in enumerate(values):
                series.append(position, row[column])
            chart.addSeries(series)
            series.attachAxis(axis_y)
        line_axis = QValueAxis()
        line_axis.setRange(0, max(len(categories) - 1, 1))
        line_axis.setVisible(False)
        chart.addAxis(line_axis, Qt.AlignmentFlag.AlignBottom)
        for series in chart.series():
            series.attachAxis(line_axis)
        return chart
    series = QStackedBarSeries() if table["chart"] == "stacked" else QBarSeries()
    for column, name in enumerate(table["columns"][1:]):
        bar = QBarSet(indicator_text(name))
        bar.append([row[column] for row in values])
        series.append(bar)
    chart.addSeries(series)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return chart


class DashboardPage(QWidget):
    closed = Signal()
    status_message = Signal(str)

    def __init__(self, dossiers: DossierService, parent=None) -> None:
        super().__init__(parent)
        self.dossiers = dossiers
        self.service = IndicatorService(dossiers)
        self.indicators: dict[str, Any] | None = None
        self.computing = False
        today = dossiers.today()
        back = QPushButton(self.tr("← Retour aux dossiers"))
        back.setObjectName("dashboard_back")
        back.setShortcut("Alt+Left")
        back.clicked.connect(self.closed.emit)
        self.start = QLineEdit(format_date(date(today.year, 1, 1)))
        self.start.setObjectName("dashboard_start")
        self.end = QLineEdit(format_date(today))
        self.end.setObjectName("dashboard_end")
        self.territory = QComboBox()
        self.territory.setObjectName("dashboard_territory")
        self.refresh_button = QPushButton(self.tr("&Calculer"))
        self.refresh_button.setObjectName("dashboard_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.start.returnPressed.connect(self.refresh)
        self.end.returnPressed.connect(self.refresh)
        self.message = QLabel()
        self.message.setObjectName("dashboard_message")
        self.message.setWordWrap(True)
        csv_button = QPushButton(self.tr("Export anonyme (&CSV)…"))
        csv_button.setObjectName("export_csv")
        csv_button.clicked.connect(lambda: self.export_csv())
        pdf_button = QPushButton(self.tr("Rapport anonyme (&PDF)…"))
        pdf_button.setObjectName("export_pdf")
        pdf_button.clicked.connect(lambda: self.export_pdf())
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Du :"), self.start), (self.tr("&au :"), self.end),
                             (self.tr("&Territoire :"), self.territory)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        filters.addWidget(csv_button)
        filters.addWidget(pdf_button)
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.content)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(section_heading(self.tr("Évaluation de la démarche")), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    def open_dashboard(self) -> None:
        current = self.territory.currentData()
        self.territory.clear()
        self.territory.addItem(self.tr("Tous les territoires"), "")
        for name in self.service.territories():
            self.territory.addItem(name, name)
        self.territory.setCurrentIndex(max(self.territory.findData(current or ""), 0))
        self.refresh()

    def _period(self) -> tuple[date, date]:
        start = parse_date(self.start.text(), field="start", what="Le début de la période")
        end = parse_date(self.end.text(), field="end", what="La fin de la période")
        if start is None or end is None or start > end:
            raise UserFacingError("Choisissez une période : du JJ/MM/AAAA au JJ/MM/AAAA, dans l'ordre.")
        return start, end

    def refresh(self) -> None:
        """Computed in a worker thread: the window never waits, even on 20,000 dossiers."""
        try:
            start, end = self._period()
        except UserFacingError as error:
            self.message.setText(error_text(error))
            return
        territory = self.territory.currentData() or ""
        self.computing = True
        self.refresh_button.setEnabled(False)
        self.message.setText(self.tr("Calcul en cours…"))
        run_in_background(self, lambda: self.service.compute(start, end, territory), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.computing = False
        self.refresh_button.setEnabled(True)
        self.message.setText(error_text(error) if isinstance(error, UserFacingError) else str(error))

    def _show(self, indicators: dict[str, Any]) -> None:
        self.computing = False
        self.refresh_button.setEnabled(True)
        self.indicators = indicators
        self.message.setText(self.tr("Calculé à partir de ce qui est déjà enregistré (%s). Aucun nom n'apparaît ici.")
                             % tr_core(indicators["scope"]))
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        cards = QWidget()
        grid = QGridLayout(cards)
        for number, figure in enumerate(indicators["figures"]):
            card = QLabel(f"<div style='font-size:160%'><b>{shown(figure['value'], figure['unit'])}</b></div>"
                          f"{tr_core(figure['label'])}" + (f"<br><small>{indicator_text(figure['note'])}</small>"
                                                           if figure["note"] else ""))
            card.setObjectName(f"figure_{figure['key']}")
            card.setWordWrap(True)
            card.setAccessibleName(self.tr("%s : %s") % (tr_core(figure['label']), shown(figure['value'], figure['unit'])))
            card.setStyleSheet("border: 1px solid #999; border-radius: 4px; padding: 6px; background: #f7f7f7;")
            grid.addWidget(card, number // 4, number % 4)
        self.content_layout.addWidget(cards)
        for table in indicators["tables"]:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            view = QChartView(make_chart(table))
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
            view.setAccessibleName(indicator_text(table["title"]))
            numbers = QTableView()
            numbers.setObjectName(f"numbers_{table['key']}")
            numbers.setModel(RowsModel(table, numbers))
            numbers.setAccessibleName(self.tr("Chiffres : %s") % indicator_text(table["title"]))
            numbers.verticalHeader().hide()
            numbers.resizeColumnsToContents()
            row_layout.addWidget(view, 3)
            row_layout.addWidget(numbers, 2)
            self.content_layout.addWidget(row)
        self.content_layout.addStretch(1)

    # -- exports -------------------------------------------------------------------------------

    def _anonymous(self) -> dict[str, Any] | None:
        if self.indicators is None:
            self.message.setText(self.tr("Calculez d'abord les indicateurs."))
            return None
        return anonymous(self.indicators)

    def _log_export(self, what: str) -> None:
        from refparcours.security import audit

        with self.dossiers.database.engine.begin() as connection:
            audit.append(connection, self.dossiers.actor, audit.EXPORT, record_type="indicateurs",
                         detail=f"{what} anonyme ; {self.indicators['period']['start']} — "
                                f"{self.indicators['period']['end']}")

    def export_csv(self, path: str | None = None) -> str | None:
        from refparcours.fileio import atomic_write_bytes

        data = self._anonymous()
        if data is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export anonyme"), "evaluation.csv",
                                                  self.tr("Tableau CSV (*.csv)"))
            if not path:
                return None
        try:
            atomic_write_bytes(path, anonymous_csv(data))
        except OSError as error:
            self.message.setText(self.tr("L'export n'a pas pu être écrit : %s") % (error.strerror or error))
            return None
        self._log_export("export CSV")
        self.status_message.emit(self.tr("Export anonyme écrit : %s") % path)
        return path

    def export_pdf(self, path: str | None = None) -> str | None:
        from refparcours.documents.common import write_pdf
        from refparcours.documents.evaluation_report import evaluation_report_pdf

        data = self._anonymous()
        if data is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Rapport anonyme"), "evaluation.pdf",
                                                  self.tr("Documents PDF (*.pdf)"))
            if not path:
                return None
        try:
            write_pdf(path, evaluation_report_pdf(data, printed_on=self.dossiers.today()))
        except OSError as error:
            self.message.setText(self.tr("Le rapport n'a pas pu être écrit : %s") % (error.strerror or error))
            return None
        self._log_export("rapport PDF")
        self.status_message.emit(self.tr("Rapport anonyme écrit : %s") % path)
        return path


class FollowupsDialog(QDialog):
    """The follow-ups due (reminder list), and the questionnaire in plain words."""

    def __init__(self, followups, parent=None) -> None:
        super().__init__(parent)
        self.followups = followups
        self.setWindowTitle(self.tr("Suivis à faire"))
        self.resize(760, 440)
        self.model = MemberTableModel([
            (self.tr("Dossier"), lambda r: r["label"]),
            (self.tr("Suivi"), lambda r: tr_core(FOLLOWUP_KINDS[r["kind"]])),
            (self.tr("Prévu le"), lambda r: format_date(r["due_on"])),
        ], self)
        self.view = record_table(self.model, "followups_table", self.tr("Suivis à faire"))
        explanation = QLabel(self.tr("Seulement les familles qui ont accepté qu'on leur demande leur avis. Chaque "
                                     "réponse est facultative."))
        explanation.setWordWrap(True)
        answer = QPushButton(self.tr("&Répondre avec la famille…"))
        answer.setObjectName("answer_followup")
        answer.clicked.connect(lambda: self.answer())
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.view, 1)
        layout.addWidget(answer, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(self.followups.due())
        if self.model.records:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def answer(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.records[index.row()]
        if questionnaire(self.followups, row["id"], self).exec():
            self.refresh()


def questionnaire(followups, followup_id, parent) -> RecordDialog:
    specs = [
        FieldSpec("resolved", translate("FollowupsDialog", "La situation de départ est-elle résolue ?"), "choice",
                  (("", translate("FollowupsDialog", "Pas de réponse")), *((k, tr_core(v)) for k, v in RESOLVED.items()))),
        FieldSpec("satisfaction", translate("FollowupsDialog", "Satisfaction, de 0 à 10"), placeholder=translate("FollowupsDialog", "0 à 10, ou rien")),
        FieldSpec("changed", translate("FollowupsDialog", "Ce qui a changé pour vous (vos mots)")),
        FieldSpec("better", translate("FollowupsDialog", "Ce qui pourrait être mieux dans le service")),
        FieldSpec("quote_agreed", translate("FollowupsDialog", "J'accepte que mes mots soient cités, sans mon nom"), "bool"),
    ]
    for question in followups.questions.questions:
        if question.kind == "choix":
            specs.append(FieldSpec(f"q_{question.id}", tr_core(question.text), "choice",
                                   (("", translate("FollowupsDialog", "Pas de réponse")), *((c, tr_core(c)) for c in question.choices))))
        elif question.kind == "oui_non":
            specs.append(FieldSpec(f"q_{question.id}", tr_core(question.text), "choice",
                                   (("", translate("FollowupsDialog", "Pas de réponse")), ("oui", translate("FollowupsDialog", "Oui")), ("non", translate("FollowupsDialog", "Non")))))
        else:
            specs.append(FieldSpec(f"q_{question.id}", tr_core(question.text)))

    def submit(values: dict[str, Any]) -> None:
        answers = {key[2:]: value for key, value in values.items() if key.startswith("q_")}
        followups.record_answers(followup_id, {**values, "answers": answers})

    return RecordDialog(translate("FollowupsDialog", "Le suivi, avec la famille"),
                        translate("FollowupsDialog", "Des questions simples ; chaque réponse est facultative. Ses mots sont écrits tels "
                           "qu'elle les dit."), specs, submit, translate("FollowupsDialog", "Enregistrer"),
                        initial={"resolved": "", "quote_agreed": False}, parent=parent)
