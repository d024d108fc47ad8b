"""The script de repérage on screen, read together with the family: one page per
dimension in plain words, then the result and why; then the offer and the family's
answer; then, if they accept, the référent they choose. Everything works from the keyboard."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from refparcours.errors import UserFacingError
from refparcours.screening import ANSWERS, NO, OUTCOME_LABELS, UNKNOWN, YES, CriteriaSet, Screening
from refparcours.screenings import ACCEPTS, ANSWER_LABELS, CHOSEN_BY, DECLINES, HOW_OFFERED, THINKS
from refparcours.text import format_date
from refparcours.ui.forms import ERROR_STYLE
from refparcours.ui.i18n import colon, error_text, pair, tr_core
from refparcours.ui.dialogs import named_buttons

# Read together with the family, sometimes on a projector: larger than the rest of the app.
READING_SCALE = 1.25


def _scaled_font(factor: float, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _labelled(form: QFormLayout, text: str, widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(text.replace("&", ""))
    label = QLabel(colon(text))
    label.setBuddy(widget)
    form.addRow(label, widget)
    return widget


class _CriterionRow(QWidget):
    """One question: the family's wording, the professional's, oui / non / ne sait pas, a note."""

    def __init__(self, screening: Screening, criterion, parent=None) -> None:
        super().__init__(parent)
        self.screening, self.criterion = screening, criterion
        question = QLabel(tr_core(criterion.family))
        question.setWordWrap(True)
        question.setFont(_scaled_font(READING_SCALE, bold=True))
        detail = QLabel(tr_core(criterion.professional))
        detail.setWordWrap(True)
        # Set apart by italics, not a pale grey (unreadable on the platform's grey window).
        italic = _scaled_font(1.0)
        italic.setItalic(True)
        detail.setFont(italic)
        self.group = QButtonGroup(self)
        buttons = QHBoxLayout()
        for value in (YES, NO, UNKNOWN):
            button = QRadioButton(tr_core(ANSWERS[value]))
            button.setObjectName(f"{criterion.id}_{value}")
            button.setAccessibleName(pair(tr_core(criterion.family), tr_core(ANSWERS[value])))
            button.setFont(_scaled_font(READING_SCALE))
            self.group.addButton(button)
            button.toggled.connect(lambda checked, v=value: checked and self._answered(v))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.note = QLineEdit()
        self.note.setObjectName(f"{criterion.id}_note")
        self.note.setPlaceholderText(self.tr("Note (facultatif)"))
        self.note.setAccessibleName(self.tr("Note sur : %s") % criterion.family)
        note_label = QLabel(self.tr("Note :"))
        note_label.setBuddy(self.note)
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        self.note.editingFinished.connect(
            lambda: self.screening.answer(criterion.id, self.screening.answers[criterion.id].value, self.note.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(question)
        layout.addWidget(detail)
        layout.addLayout(buttons)
        layout.addLayout(note_row)

    def _answered(self, value: str) -> None:
        self.screening.answer(self.criterion.id, value, self.note.text())


class ScreeningDialog(QDialog):
    """The screening, step by step. ``screening`` holds the state; this only shows it."""

    def __init__(self, criteria_set: CriteriaSet, warning: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Repérage — regarder la situation ensemble"))
        self.resize(900, 700)
        self.screening = Screening(criteria_set)
        self.pages = QStackedWidget()
        self.first_inputs: list[QWidget] = []
        for dimension in criteria_set.dimensions:
            self.pages.addWidget(self._dimension_page(dimension))
        self.pages.addWidget(self._result_page())

        self.warning = QLabel(warning or "")
        self.warning.setObjectName("criteria_warning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(warning))
        self.step_label = QLabel()
        self.step_label.setObjectName("step")
        self.back_button = QPushButton(self.tr("&Précédent"))
        self.back_button.setObjectName("back")
        self.back_button.setAutoDefault(False)
        self.next_button = QPushButton(self.tr("&Suivant"))
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.finish_button = QPushButton(self.tr("&Terminer le repérage"))
        self.finish_button.setObjectName("finish")
        cancel = QPushButton(self.tr("Annuler"))
        cancel.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_step()

    def _dimension_page(self, dimension) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(tr_core(dimension.family_title))
        title.setFont(_scaled_font(READING_SCALE * 1.3, bold=True))
        subtitle = QLabel(tr_core(dimension.title))
        layout.addWidget(title)
        layout.addWidget(subtitle)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        first = None
        for criterion in self.screening.criteria_set.in_dimension(dimension.id):
            row = _CriterionRow(self.screening, criterion)
            rows_layout.addWidget(row)
            first = first or row.group.buttons()[0]
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)
        self.first_inputs.append(first)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_title = QLabel()
        self.result_title.setObjectName("result")
        self.result_title.setFont(_scaled_font(READING_SCALE * 1.3, bold=True))
        self.result_title.setWordWrap(True)
        self.family_text = QLabel()
        self.family_text.setObjectName("family_explanation")
        self.family_text.setWordWrap(True)
        self.family_text.setFont(_scaled_font(READING_SCALE))
        self.professional_text = QLabel()
        self.professional_text.setObjectName("professional_explanation")
        self.professional_text.setWordWrap(True)
        self.orientations = QLabel()
        self.orientations.setWordWrap(True)
        self.disagree = QCheckBox(self.tr("Je retiens une &autre décision"))
        self.disagree.setObjectName("disagree")
        form = QFormLayout()
        self.own_decision = _labelled(form, self.tr("&Décision retenue"), QComboBox(), "own_decision")
        for outcome, label in OUTCOME_LABELS.items():
            self.own_decision.addItem(tr_core(label), outcome)
        self.reason = _labelled(form, self.tr("&Pourquoi"), QLineEdit(), "reason")
        self.reason_error = QLabel()
        self.reason_error.setStyleSheet(ERROR_STYLE)
        self.reason_error.setWordWrap(True)
        for widget in (self.result_title, self.family_text, self.professional_text, self.orientations,
                       self.disagree):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.reason_error)
        layout.addStretch(1)
        self.disagree.toggled.connect(self._disagree_toggled)
        self._disagree_toggled(False)
        self.first_inputs.append(self.disagree)
        return page

    def _disagree_toggled(self, checked: bool) -> None:
        self.own_decision.setEnabled(checked)
        self.reason.setEnabled(checked)

    # -- moving ------------------------------------------------------------------------------

    def go_next(self) -> None:
        self.screening.next()
        self._show_step()

    def go_back(self) -> None:
        self.screening.back()
        self._show_step()

    def _show_step(self) -> None:
        step = self.screening.step
        self.pages.setCurrentIndex(step)
        self.step_label.setText(self.tr("Étape %s sur %s") % (step + 1, self.screening.step_count))
        self.back_button.setEnabled(step > 0)
        self.next_button.setVisible(not self.screening.on_result)
        self.finish_button.setVisible(self.screening.on_result)
        self.finish_button.setDefault(self.screening.on_result)
        self.next_button.setDefault(not self.screening.on_result)
        if self.screening.on_result:
            self._show_result()
        self.first_inputs[step].setFocus()

    def _show_result(self) -> None:
        screening = self.screening
        self.result_title.setText(tr_core(OUTCOME_LABELS[screening.computed]))
        self.family_text.setText(screening.explanation(for_family=True))
        self.professional_text.setText(self.tr("Pour le professionnel : %s") % screening.explanation(for_family=False))
        self.orientations.setText(self.tr("Orientations possibles : %s") % " ; ".join(screening.orientations()))

    def accept(self) -> None:
        if self.disagree.isChecked():
            try:
                self.screening.disagree(self.own_decision.currentData(), self.reason.text())
            except UserFacingError as error:
                self.reason_error.setText(error_text(error))
                self.reason.setFocus()
                return
        else:
            self.screening.agree()
        super().accept()


class _StepDialog(QDialog):
    """A step recorded in one go: an intro, labelled fields, a French message when refused.
    ``submit(values)`` (set by the caller) records it or raises a UserFacingError."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = None
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self._intro = QLabel(intro)
        self._intro.setWordWrap(True)

    def finish_layout(self, accept_text: str) -> None:
        buttons = named_buttons(self, accept_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:  # overridden
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.submit(self.values())
        except UserFacingError as error:
            self.error.setText(error_text(error))
            return
        super().accept()


class ProposalDialog(_StepDialog):
    """The offer made to the family, and their answer: accepte, décline (neutral), réfléchit."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Proposition de la démarche"), self.tr(
            "C'est une proposition, jamais une obligation. Refuser ne sera jamais reproché à la famille."), parent)
        form = self.form
        self.when = _labelled(form, self.tr("&Date"), QLineEdit(format_date(today)), "proposed_on")
        self.how = _labelled(form, self.tr("&Comment"), QComboBox(), "how")
        self.how.setEditable(True)
        self.how.addItems([tr_core(h) for h in HOW_OFFERED])
        self.leaflet = QCheckBox(self.tr("Plaquette d'&information remise"))
        self.leaflet.setObjectName("leaflet_given")
        form.addRow("", self.leaflet)
        self.answer = _labelled(form, self.tr("&Réponse de la famille"), QComboBox(), "answer")
        self.answer.addItem(self.tr("Pas encore de réponse"), "")
        for value in (ACCEPTS, THINKS, DECLINES):
            self.answer.addItem(tr_core(ANSWER_LABELS[value]), value)
        self.think_until = _labelled(form, self.tr("En reparler le"), QLineEdit(), "think_until")
        self.think_until.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.words = _labelled(form, self.tr("Les &mots de la famille"), QPlainTextEdit(), "family_words")
        self.words.setTabChangesFocus(True)
        self.finish_layout(self.tr("Enregistrer la réponse"))
        self.answer.currentIndexChanged.connect(lambda: self.think_until.setEnabled(self.answer.currentData() == THINKS))
        self.think_until.setEnabled(False)
        self.when.setFocus()

    def values(self) -> dict[str, Any]:
        return {"proposed_on": self.when.text(), "how": self.how.currentText(),
                "leaflet_given": self.leaflet.isChecked(), "answer": self.answer.currentData(),
                "think_until": self.think_until.text(), "family_words": self.words.toPlainText()}


class DesignationDialog(_StepDialog):
    """The référent the family chooses among the professionals already around them."""

    def __init__(self, professionals: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Choix du référent de parcours"), self.tr(
            "La famille choisit son référent parmi les professionnels qui l'accompagnent déjà."), parent)
        form = self.form
        self.chosen_by = _labelled(form, self.tr("&Qui choisit"), QComboBox(), "chosen_by")
        for key, label in CHOSEN_BY.items():
            self.chosen_by.addItem(tr_core(label), key)
        self.listed_boxes: list[QCheckBox] = []
        listed = QWidget()
        grid = QGridLayout(listed)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, name in enumerate(professionals):
            box = QCheckBox(name)
            box.setObjectName(f"listed_{row}")
            box.setChecked(True)
            grid.addWidget(box, row, 0)
            self.listed_boxes.append(box)
        caption = QLabel(self.tr("Professionnels proposés :"))
        form.addRow(caption, listed)
        self.chosen = _labelled(form, self.tr("Référent &choisi"), QComboBox(), "chosen")
        self.chosen.setEditable(True)
        self.chosen.addItems(professionals)
        self.when = _labelled(form, self.tr("&Date"), QLineEdit(format_date(today)), "designated_on")
        self.opinion = _labelled(form, self.tr("&Avis de la famille"), QPlainTextEdit(), "opinion")
        self.opinion.setTabChangesFocus(True)
        self.finish_layout(self.tr("Enregistrer le choix"))
        self.chosen_by.setFocus()

    def values(self) -> dict[str, Any]:
        return {"chosen_by": self.chosen_by.currentData(),
                "listed": [box.text() for box in self.listed_boxes if box.isChecked()],
                "chosen": self.chosen.currentText(), "designated_on": self.when.text(),
                "opinion": self.opinion.toPlainText()}


def run_screening_flow(parent: QWidget, dossier: dict[str, Any], screenings, criteria_set: CriteriaSet,
                       warning: str | None) -> bool:
    """Screening → offer and answer → choice of référent, each step optional to continue."""
    dialog = ScreeningDialog(criteria_set, warning, parent)
    if not dialog.exec():
        return False
    screening_id = screenings.record_screening(dossier["id"], dialog.screening)
    proposal = ProposalDialog(screenings.today(), parent)
    proposal.submit = lambda values: screenings.record_proposal(screening_id, **values)
    if not proposal.exec() or proposal.values()["answer"] != ACCEPTS:
        return True
    professionals = [f"{c['name']} ({c['organisation']})" if c["organisation"] else c["name"]
                     for c in dossier["contacts"] if c["kind"] == "professionnel"]
    designation = DesignationDialog(professionals, screenings.today(), parent)
    designation.submit = lambda values: screenings.record_designation(screening_id, **values)
    designation.exec()
    return True
