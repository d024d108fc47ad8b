"""Printing the PPF: choose the copy, look at the preview, then save a PDF or print it.

The preview is the very PDF that will be saved or printed (rendered page by page with
PDFium). Saving or printing the draft freezes it as a version if it changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from refparcours.consent import PROFESSIONAL_CATEGORIES
from refparcours.consents import SharingRefused
from refparcours.errors import UserFacingError
from refparcours.plans import FAMILY_COPY, PARTNER_COPY, Version
from refparcours.ppf import same_content
from refparcours.text import format_date
from refparcours.ui.forms import ERROR_STYLE
from refparcours.ui.i18n import error_text, tr_core

PREVIEW_DPI = 60
PRINT_DPI = 200
DRAFT = 0


def render_pages(data: bytes, dpi: int) -> list[QImage]:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            image = QImage(pil.tobytes(), pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: the PIL buffer goes away
        return images
    finally:
        document.close()


class PrintPlanDialog(QDialog):
    """``status`` shows a line in the window's status bar."""

    def __init__(self, plans, plan_id, status: Callable[[str], None], parent=None) -> None:
        super().__init__(parent)
        self.plans, self.plan_id, self.status = plans, plan_id, status
        self.setWindowTitle(self.tr("Imprimer le projet pour la famille"))
        self.resize(900, 760)
        self.versions = self.plans.versions(self.plan_id)
        self.pdf: bytes | None = None

        self.version_choice = QComboBox()
        self.version_choice.setObjectName("print_version")
        self.version_choice.addItem(self.tr("Le projet actuel"), DRAFT)
        for v in reversed(self.versions):
            self.version_choice.addItem(self.tr("Version %s du %s") % (v.number, format_date(v.frozen_on)), v.number)
        self.copy_choice = QComboBox()
        self.copy_choice.setObjectName("print_copy")
        self.copy_choice.addItem(self.tr("Pour la famille"), FAMILY_COPY)
        self.copy_choice.addItem(self.tr("Pour un partenaire (seulement ce que la famille partage)"), PARTNER_COPY)
        from refparcours.consents import ConsentService

        self.consents = ConsentService(plans.dossiers)
        self.dossier_id = plans.plan_row(plan_id)["dossier_id"]
        self.authorization = None
        self.recipient = QLineEdit()
        self.recipient.setObjectName("print_recipient")
        self.recipient.setPlaceholderText(self.tr("Nom du partenaire, ou de la personne à qui il est remis"))
        self.recipient.setCompleter(QCompleter([p["name"] for p in self.consents.partners()], self.recipient))
        self.category = QComboBox()
        self.category.setObjectName("print_category")
        self.category.addItem(self.tr("— partenaire de la liste —"), "")
        for key, label in PROFESSIONAL_CATEGORIES.items():
            self.category.addItem(tr_core(label), key)
        self.consent_button = QPushButton(self.tr("Noter l'&accord avec la famille…"))
        self.consent_button.setObjectName("record_consent_from_print")
        self.consent_button.clicked.connect(self.record_consent)
        self.consent_button.hide()
        self.plain = QCheckBox(self.tr("En &langage simple (phrases courtes, gros caractères, un symbole par domaine)"))
        self.plain.setObjectName("print_plain")
        self.signatures = QCheckBox(self.tr("Avec le cadre des &signatures (facultatives)"))
        self.signatures.setObjectName("print_signatures")
        from refparcours.ui.print_language import PrintLanguageChoice, dossier_language

        # The family copy in the family's language (the dossier's, unless changed here).
        self.language_choice = PrintLanguageChoice(
            dossier_language(self.plans.dossiers.load(self.dossier_id, record_read=False)), self)
        self.message = QLabel()
        self.message.setObjectName("print_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.pages_host = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_host)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages_host)
        scroll.setAccessibleName(self.tr("Aperçu"))
        self.save_button = QPushButton(self.tr("&Enregistrer en PDF…"))
        self.save_button.setObjectName("save_plan_pdf")
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button = QPushButton(self.tr("&Imprimer…"))
        self.print_button.setObjectName("print_plan_now")
        self.print_button.clicked.connect(self.print_now)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.reject)

        form = QFormLayout()
        for text, widget in ((self.tr("&Version :"), self.version_choice), (self.tr("&Copie :"), self.copy_choice),
                             (self.tr("&Remis à :"), self.recipient),
                             (self.tr("Ca&tégorie (hors liste) :"), self.category)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            form.addRow(label, widget)
        self.language_choice.add_to(form)
        form.addRow("", self.plain)
        form.addRow("", self.signatures)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        for widget in (self.version_choice, self.copy_choice, self.category):
            widget.currentIndexChanged.connect(self.refresh)
        for box in (self.plain, self.signatures, self.language_choice.bilingual):
            box.toggled.connect(self.refresh)
        self.language_choice.combo.currentIndexChanged.connect(self.refresh)
        self.recipient.editingFinished.connect(self.refresh)  # a partner copy names its recipient
        self.refresh()

    # -- the document --------------------------------------------------------------------

    def _version_and_content(self, *, freeze: bool) -> tuple[Version | None, dict[str, Any], dict[str, Any] | None]:
        """The version printed, its content and its meta (for the draft: the version it will
        become, frozen only when it is saved or printed)."""
        number = self.version_choice.currentData()
        if number != DRAFT:
            version = self.plans.version(self.plan_id, number)
            return version, version.content, version.meta()
        if freeze:
            version = self.plans.freeze_for_print(self.plan_id)
            return version, version.content, version.meta()
        content = self.plans.content(self.plan_id)
        last = self.plans.version(self.plan_id, self.versions[-1].number) if self.versions else None
        if last is not None and same_content(last.content, content):
            return last, content, last.meta()
        meta = {"number": (last.number if last else 0) + 1, "frozen_on": self.plans.today().isoformat(),
                "reason": "impression", "adopted_by": [], "adopted_on": None, "signatories": []}
        return None, content, meta

    def _build(self, *, freeze: bool) -> tuple[bytes, Version | None]:
        from refparcours.documents.plan import plan_pdf

        copy = self.copy_choice.currentData()
        self.authorization = None
        if copy == PARTNER_COPY:
            # The gate: a partner copy only for a recipient the family's consent covers.
            recipient = self.consents.recipient(self.recipient.text(), self.category.currentData())
            sections = self.plans.content(self.plan_id)["partner_sections"]
            self.authorization = (recipient, self.consents.authorize_plan_copy(self.dossier_id, recipient, sections))
        version, content, meta = self._version_and_content(freeze=freeze)
        if copy == PARTNER_COPY:
            # Whatever the version, only what the family shares today goes to a partner.
            content = {**content, "partner_sections": self.plans.content(self.plan_id)["partner_sections"]}
        data = plan_pdf(content, version=meta, copy=copy, plain=self.plain.isChecked(),
                        signatures=self.signatures.isChecked(), recipient=self.recipient.text().strip(),
                        printed_on=self.plans.today(), language=self.language_choice.language())
        return data, version

    def refresh(self) -> None:
        # A long plan takes a few tenths of a second to lay out and draw.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._refresh()
        finally:
            QApplication.restoreOverrideCursor()

    def _refresh(self) -> None:
        while self.pages_layout.count():
            self.pages_layout.takeAt(0).widget().deleteLater()
        partner = self.copy_choice.currentData() == PARTNER_COPY
        self.category.setEnabled(partner)
        # A partner copy is for professionals: in French.
        self.language_choice.combo.setEnabled(not partner)
        self.language_choice.bilingual.setEnabled(not partner and self.language_choice.combo.currentData() != "fr")
        self.consent_button.hide()
        try:
            self.pdf, _ = self._build(freeze=False)
        except UserFacingError as error:
            self.pdf = None
            self.message.setText(error_text(error))
            self.consent_button.setVisible(isinstance(error, SharingRefused))
        else:
            self.message.clear()
            for number, image in enumerate(render_pages(self.pdf, PREVIEW_DPI * 1.5), start=1):
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(image))
                label.setAccessibleName(self.tr("Page %s") % number)
                label.setStyleSheet("border: 1px solid #888; background: white;")
                self.pages_layout.addWidget(label)
        self.save_button.setEnabled(self.pdf is not None)
        self.print_button.setEnabled(self.pdf is not None)

    def _final(self) -> tuple[bytes, Version] | None:
        copy = self.copy_choice.currentData()
        if copy == PARTNER_COPY and not self.recipient.text().strip():
            self.message.setText(self.tr("Une copie pour un partenaire : écrivez à qui elle est remise."))
            self.recipient.setFocus()
            return None
        try:
            return self._build(freeze=True)
        except UserFacingError as error:
            self.message.setText(error_text(error))
            return None

    def _record(self, version: Version, how: str) -> None:
        """Every copy goes to the sharing log; a named recipient also to the version's handovers."""
        copy = self.copy_choice.currentData()
        recipient = self.recipient.text().strip()
        sections = self.plans.content(self.plan_id)["partner_sections"] if copy == PARTNER_COPY else None
        target, authorization = self.authorization or (None, None)
        self.consents.log_sharing(self.dossier_id, document="Projet pour la famille",
                                  document_ref=f"version {version.number}", copy=copy,
                                  recipient=recipient or self.tr("la famille"), purpose=how,
                                  authorization=authorization,
                                  recipient_partner_id=target.partner_id if target else None,
                                  recipient_category=target.category if target else "")
        if recipient:
            self.plans.record_handover(self.plan_id, version.number, copy=copy, recipient=recipient, how=how,
                                       sections=sections)

    def record_consent(self) -> None:
        """What is missing for this partner copy, recorded with the family from here."""
        from refparcours.ui.sharing import ConsentDialog

        dossier = self.plans.dossiers.load(self.dossier_id, record_read=False)
        if ConsentDialog(self.consents, dossier, parent=self).exec():
            self.refresh()

    def save(self, path: str | None = None) -> str | None:
        final = self._final()
        if final is None:
            return None
        data, version = final
        if path is None:
            suggested = f"projet-v{version.number}-{date.today().isoformat()}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le projet (PDF)"), suggested,
                                                  self.tr("Documents PDF (*.pdf)"))
            if not path:
                return None
        from refparcours.documents.common import write_pdf

        try:
            write_pdf(path, data)
        except OSError as error:
            self.message.setText(self.tr("Le PDF n'a pas pu être écrit : %s") % (error.strerror or error))
            return None
        self._record(version, self.tr("PDF enregistré"))
        self.status(self.tr("Projet, version %s, enregistré : %s") % (version.number, path))
        return path

    def print_now(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        final = self._final()
        if final is None:
            return
        data, version = final
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("L'imprimante ne répond pas."))
            return
        try:
            for number, image in enumerate(render_pages(data, PRINT_DPI)):
                if number:
                    printer.newPage()
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()
        self._record(version, self.tr("imprimé"))
        self.status(self.tr("Projet, version %s, envoyé à l'imprimante.") % version.number)
