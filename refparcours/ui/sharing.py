"""Consents and the sharing log of a dossier; partners and the charter they signed; the
dossiers past their retention time. Every list is a model/view, every choice a check box
the keyboard ticks with Space."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refparcours.consent import (
    COLLECTED_HOW,
    INFO_CATEGORIES,
    LEGAL_GROUNDS,
    MEDIA,
    PROFESSIONAL_CATEGORIES,
    SECURITY_MEASURES,
)
from refparcours.consents import ConsentService
from refparcours.errors import UserFacingError
from refparcours.text import format_date
from refparcours.ui.dialogs import RecordDialog, named_buttons
from refparcours.ui.dossier_editor import MemberTableModel, record_table
from refparcours.ui.forms import ERROR_STYLE, FieldSpec
from refparcours.ui.i18n import colon, error_text, pair, tr_core, translate


class CheckList(QListView):
    """Several choices, each a check box (Space ticks the current one)."""

    def __init__(self, name: str, choices: dict[str, str] | list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model_ = QStandardItemModel(self)
        for key, label in (choices.items() if isinstance(choices, dict) else choices):
            item = QStandardItem(tr_core(label))
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.model_.appendRow(item)
        self.setModel(self.model_)
        self.setMaximumHeight(max(60, min(8, self.model_.rowCount()) * 24))

    def checked(self) -> list[str]:
        return [self.model_.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.model_.rowCount())
                if self.model_.item(row).checkState() == Qt.CheckState.Checked]


def what_to_tell() -> str:
    """What the person is told before consenting (also printed)."""
    lines = [translate("ConsentDialog", "Avant de donner son accord, la personne sait :"),
             "• " + translate("ConsentDialog", "quelles informations peuvent être partagées : ") + ", ".join(
                 tr_core(v).lower() for v in INFO_CATEGORIES.values()) + ",",
             "• " + translate("ConsentDialog", "avec quels professionnels, par quels moyens (réunion, papier, courriel sécurisé…),"),
             "• " + translate("ConsentDialog", "comment ses informations sont protégées : ") + " ".join(tr_core(m) for m in SECURITY_MEASURES[:2]),
             "• " + translate("ConsentDialog", "qu'elle peut accepter en partie, refuser, ou retirer son accord à tout moment, sans se "
                       "justifier et sans conséquence sur l'aide qu'elle reçoit.")]
    return "\n".join(lines)


class ConsentDialog(QDialog):
    """An adult's consent: what, with whom, how, why, how it was collected, when, by whom."""

    def __init__(self, consents: ConsentService, dossier: dict[str, Any], *, legal_ground: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.consents, self.dossier, self.legal_ground = consents, dossier, legal_ground
        self.result_value: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Fondement légal d'un partage") if legal_ground
                            else self.tr("Noter un accord de partage"))
        self.resize(760, 820)
        intro = QLabel(self.tr("Protection de l'enfance : le partage repose sur la loi. Notez sur quoi, et pourquoi.")
                       if legal_ground else what_to_tell())
        intro.setWordWrap(True)
        intro.setObjectName("consent_intro")
        self.print_info = QPushButton(self.tr("Imprimer ce que la personne doit savoir…"))
        self.print_info.setObjectName("print_consent_information")
        self.print_info.clicked.connect(self._print_information)
        self.print_info.setVisible(not legal_ground)

        self.person = QComboBox()
        self.person.setObjectName("consent_person")
        for person in dossier["persons"]:
            if person["role"] == "adulte":
                self.person.addItem(f"{person['first_name']} {person['last_name']}".strip(), person["id"])
        self.ground = QComboBox()
        self.ground.setObjectName("legal_ground")
        for key, label in LEGAL_GROUNDS.items():
            self.ground.addItem(tr_core(label), key)
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justification")
        self.justification.setTabChangesFocus(True)
        self.justification.setMaximumHeight(80)
        self.categories = CheckList("consent_categories", INFO_CATEGORIES)
        self.partners = CheckList("consent_partners", [(str(p["id"]), p["name"]) for p in consents.partners()])
        self.recipient_categories = CheckList("consent_recipient_categories", PROFESSIONAL_CATEGORIES)
        self.media = CheckList("consent_media", MEDIA)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("consent_purpose")
        self.collected_how = QComboBox()
        self.collected_how.setObjectName("collected_how")
        for key, label in COLLECTED_HOW.items():
            self.collected_how.addItem(tr_core(label), key)
        self.collected_on = QLineEdit(format_date(consents.today()))
        self.collected_on.setObjectName("collected_on")
        self.collected_by = QLineEdit(dossier.get("referent") or "")
        self.collected_by.setObjectName("collected_by")
        self.error = QLabel()
        self.error.setObjectName("consent_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = []
        if legal_ground:
            rows += [(self.tr("&Fondement"), self.ground), (self.tr("&Justification"), self.justification)]
        else:
            rows.append((self.tr("&Qui donne son accord"), self.person))
        rows += [(self.tr("Quelles &informations"), self.categories),
                 (self.tr("Avec quels &partenaires"), self.partners),
                 (self.tr("Ou quelles &catégories de professionnels"), self.recipient_categories),
                 (self.tr("Par quels &moyens"), self.media), (self.tr("Dans quel &but"), self.purpose),
                 (self.tr("Recueilli c&omment"), self.collected_how), (self.tr("&Le"), self.collected_on),
                 (self.tr("Recueilli pa&r"), self.collected_by)]
        for text, widget in rows:
            label = QLabel(colon(text))
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        buttons = named_buttons(self, self.tr("Enregistrer l'accord") if not legal_ground
                                else self.tr("Enregistrer le fondement"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.print_info, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for (_, first), (_, second) in zip(rows, rows[1:], strict=False):  # now that they are in this window
            QWidget.setTabOrder(first, second)
        rows[0][1].setFocus()

    def values(self) -> dict[str, Any]:
        return {"categories": self.categories.checked(), "recipient_partners": self.partners.checked(),
                "recipient_categories": self.recipient_categories.checked(), "media": self.media.checked(),
                "purpose": self.purpose.text(), "collected_how": self.collected_how.currentData(),
                "collected_on": self.collected_on.text(), "collected_by": self.collected_by.text()}

    def submit(self) -> None:
        try:
            if self.legal_ground:
                self.result_value = self.consents.record_legal_ground(
                    self.dossier["id"], self.ground.currentData(), self.justification.toPlainText(), self.values())
            else:
                if self.person.currentData() is None:
                    raise UserFacingError("Le foyer n'a aucun adulte : notez-le d'abord dans l'onglet Foyer.")
                self.result_value = self.consents.record_consent(self.dossier["id"], self.person.currentData(),
                                                                 self.values())
        except UserFacingError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()

    def _print_information(self) -> None:
        from refparcours.documents.common import write_pdf
        from refparcours.documents.rights import consent_information_pdf

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer (PDF)"), "information-partage.pdf",
                                              self.tr("Documents PDF (*.pdf)"))
        if not path:
            return
        try:
            write_pdf(path, consent_information_pdf(family_label=self.dossier["label"],
                                                    person_name=self.person.currentText(),
                                                    referent=self.dossier.get("referent") or "",
                                                    printed_on=self.consents.today()))
        except (UserFacingError, OSError) as error:
            self.error.setText(error_text(error) if isinstance(error, UserFacingError) else str(error))
            self.error.show()


class SharingPanel(QWidget):
    """The "Accords et partages" tab: consents (and legal grounds), and the sharing log."""

    status_message = Signal(str)

    def __init__(self, consents_for: Callable[[], ConsentService], parent=None) -> None:
        super().__init__(parent)
        self.consents_for = consents_for
        self.dossier: dict[str, Any] | None = None
        self.consents = MemberTableModel([
            (self.tr("Qui"), lambda c: c["person_name"] or tr_core("Fondement légal")),
            (self.tr("Le"), lambda c: format_date(c["collected_on"])),
            (self.tr("Retiré le"), lambda c: format_date(c["withdrawn_on"])),
            (self.tr("Avec qui"), lambda c: ", ".join(
                [self._partner_names.get(p, p) for p in c["recipient_partners"]]
                + [tr_core(PROFESSIONAL_CATEGORIES[k]) for k in c["recipient_categories"]])),
            (self.tr("Informations"), lambda c: ", ".join(tr_core(INFO_CATEGORIES[k]) for k in c["categories"])),
        ], self)
        self._partner_names: dict[str, str] = {}
        self.consent_view = record_table(self.consents, "consents_table", self.tr("Accords de partage"))
        self.log = MemberTableModel([
            (self.tr("Quand"), lambda r: format_date(r["at"].date()) if r["at"] else ""),
            (self.tr("Quoi"), lambda r: f"{r['document']} {r['document_ref']}".strip()),
            (self.tr("À qui"), lambda r: r["recipient"]),
            (self.tr("Sur quelle base"), lambda r: r["basis"]),
        ], self)
        self.log_view = record_table(self.log, "sharing_log_table", self.tr("Journal des partages"))
        # The log's button under the log: one row of four did not fit at large type.
        buttons, log_buttons = QHBoxLayout(), QHBoxLayout()
        for text, name, slot, row in ((self.tr("Noter un a&ccord…"), "add_consent", self.add_consent, buttons),
                                      (self.tr("Fondement &légal…"), "add_legal_ground", self.add_legal_ground,
                                       buttons),
                                      (self.tr("Retirer l'accor&d…"), "withdraw_consent", self.withdraw, buttons),
                                      (self.tr("Imprimer les partages pour la famille…"), "print_sharing_log",
                                       self.print_log, log_buttons)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        buttons.addStretch(1)
        log_buttons.addStretch(1)
        consents_label = QLabel(self.tr("Accords de partage (chaque adulte, pour lui-même) :"))
        consents_label.setBuddy(self.consent_view)
        consents_label.setWordWrap(True)
        log_label = QLabel(self.tr("Ce qui a été partagé, à qui, sur quelle base :"))
        log_label.setBuddy(self.log_view)
        log_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(consents_label)
        layout.addWidget(self.consent_view, 2)
        layout.addLayout(buttons)
        layout.addWidget(log_label)
        layout.addWidget(self.log_view, 2)
        layout.addLayout(log_buttons)

    def show_dossier(self, dossier: dict[str, Any]) -> None:
        self.dossier = dossier
        self.refresh()

    def refresh(self) -> None:
        if self.dossier is None:
            return
        consents = self.consents_for()
        self._partner_names = {str(p["id"]): p["name"] for p in consents.partners()}
        self.consents.set_records(consents.records(self.dossier["id"]))
        self.log.set_records(consents.sharing_log(self.dossier["id"]))

    def add_consent(self, *, legal_ground: bool = False) -> None:
        if self.dossier is None:
            return
        dialog = ConsentDialog(self.consents_for(), self.dossier, legal_ground=legal_ground, parent=self)
        if dialog.exec():
            self.status_message.emit(self.tr("Accord enregistré."))
            self.refresh()

    def add_legal_ground(self) -> None:
        self.add_consent(legal_ground=True)

    def withdraw(self) -> None:
        index = self.consent_view.currentIndex()
        if not index.isValid():
            self.status_message.emit(self.tr("Choisissez d'abord l'accord à retirer."))
            return
        record = self.consents.records[index.row()]
        consents = self.consents_for()

        def submit(values: dict[str, Any]) -> None:
            consents.withdraw(record["id"], values["withdrawn_on"], values["how"])

        dialog = RecordDialog(self.tr("Retirer l'accord"),
                              self.tr("La personne retire son accord : les partages s'arrêtent. Elle n'a pas à se "
                                      "justifier."),
                              [FieldSpec("withdrawn_on", self.tr("Le"), "date"),
                               FieldSpec("how", self.tr("Comment (oral, courrier…)"))],
                              submit, self.tr("Retirer"), initial={"withdrawn_on": consents.today()}, parent=self)
        if dialog.exec():
            self.refresh()

    def print_log(self) -> None:
        from refparcours.documents.common import write_pdf
        from refparcours.documents.rights import sharing_log_pdf

        if self.dossier is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer (PDF)"), "partages.pdf",
                                              self.tr("Documents PDF (*.pdf)"))
        if not path:
            return
        consents = self.consents_for()
        try:
            write_pdf(path, sharing_log_pdf(family_label=self.dossier["label"],
                                            rows=consents.sharing_log(self.dossier["id"]),
                                            printed_on=consents.today()))
        except (UserFacingError, OSError) as error:
            self.status_message.emit(error_text(error) if isinstance(error, UserFacingError) else str(error))
            return
        consents.log_sharing(self.dossier["id"], document="Journal des partages", copy="famille",
                             recipient=self.dossier["label"], purpose="information de la famille")
        self.refresh()


class PartnersDialog(QDialog):
    """The territory's partner structures, and which version of the charter each signed."""

    def __init__(self, consents: ConsentService, parent=None) -> None:
        super().__init__(parent)
        from refparcours.meeting import load_charter

        self.consents, self.charter = consents, load_charter()
        self.setWindowTitle(self.tr("Partenaires et charte"))
        self.resize(820, 520)
        self.model = MemberTableModel([
            (self.tr("Structure"), lambda p: p["name"]),
            (self.tr("Catégorie"), lambda p: tr_core(PROFESSIONAL_CATEGORIES.get(p["category"], p["category"]))),
            (self.tr("Charte signée"), lambda p: format_date(p["signed_on"]) if p["signed_on"]
             else self.tr("pas encore signée")),
        ], self)
        self.view = record_table(self.model, "partners_table", self.tr("Partenaires"))
        explanation = QLabel(self.tr("Charte en vigueur : version %s. Les structures sans date n'ont pas signé cette "
                                     "version.") % self.charter.version)
        explanation.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, name, slot in ((self.tr("&Ajouter une structure…"), "add_partner", self.add_partner),
                                 (self.tr("A &signé la charte…"), "sign_charter", self.sign),
                                 (self.tr("&Imprimer la charte pour signature…"), "print_charter", self.print_charter)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(self.consents.partners(self.charter.version))

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.records[index.row()] if index.isValid() else None

    def add_partner(self) -> None:
        dialog = RecordDialog(
            self.tr("Ajouter une structure partenaire"), "",
            [FieldSpec("name", self.tr("Nom")),
             FieldSpec("category", self.tr("Catégorie"), "choice",
                       tuple((k, tr_core(v)) for k, v in PROFESSIONAL_CATEGORIES.items())),
             FieldSpec("contact", self.tr("Contact"))],
            lambda v: self.consents.add_partner(v["name"], v["category"], v["contact"]), self.tr("Ajouter"),
            initial={"category": "service_social"}, parent=self)
        if dialog.exec():
            self.refresh()

    def sign(self) -> None:
        partner = self.current()
        if partner is None:
            return
        dialog = RecordDialog(
            self.tr("Signature de la charte"), self.tr("%s signe la version %s.") % (partner["name"],
                                                                                   self.charter.version),
            [FieldSpec("signed_on", self.tr("Le"), "date"), FieldSpec("professional", self.tr("Signée par"))],
            lambda v: self.consents.sign_charter(partner["id"], self.charter.version, v["signed_on"],
                                                 v["professional"]),
            self.tr("Noter la signature"), initial={"signed_on": self.consents.today()}, parent=self)
        if dialog.exec():
            self.refresh()

    def print_charter(self) -> None:
        from refparcours.documents.common import write_pdf
        from refparcours.documents.rights import charter_for_signature_pdf

        partner = self.current()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer (PDF)"), "charte.pdf",
                                              self.tr("Documents PDF (*.pdf)"))
        if path:
            write_pdf(path, charter_for_signature_pdf(self.charter, partner_name=partner["name"] if partner else "",
                                                      printed_on=self.consents.today()))


class RetentionDialog(QDialog):
    """Dossiers without contact for two years: delete, or archive with a written reason."""

    def __init__(self, rights, parent=None) -> None:
        super().__init__(parent)
        self.rights = rights
        self.setWindowTitle(self.tr("Dossiers sans contact depuis deux ans"))
        self.resize(820, 480)
        self.model = MemberTableModel([
            (self.tr("Dossier"), lambda d: d["label"]),
            (self.tr("Référent"), lambda d: d["referent"]),
            (self.tr("Dernier contact"), lambda d: format_date(d["last_contact"])),
        ], self)
        self.view = record_table(self.model, "retention_table", self.tr("Dossiers à conserver ou supprimer"))
        explanation = QLabel(self.tr(
            "La CNIL prévoit de garder un dossier deux ans après le dernier contact. Ensuite : le supprimer (il ne "
            "reste qu'une trace anonyme pour les statistiques), ou l'archiver avec une justification écrite (il sort "
            "des listes et ne se modifie plus)."))
        explanation.setWordWrap(True)
        archive = QPushButton(self.tr("&Archiver avec une justification…"))
        archive.setObjectName("archive_dossier")
        archive.clicked.connect(self.archive)
        remove = QPushButton(self.tr("&Supprimer le dossier…"))
        remove.setObjectName("delete_dossier")
        remove.clicked.connect(lambda: self.delete())  # not delete(checked): it would skip the question
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(archive)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(self.rights.retention_due())

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.records[index.row()] if index.isValid() else None

    def archive(self) -> None:
        dossier = self.current()
        if dossier is None:
            return
        dialog = RecordDialog(self.tr("Archiver « %s »") % dossier["label"],
                              self.tr("Pourquoi ce dossier doit-il être gardé au-delà de deux ans ?"),
                              [FieldSpec("reason", self.tr("Justification"))],
                              lambda v: self.rights.archive(dossier["id"], v["reason"]), self.tr("Archiver"),
                              parent=self)
        if dialog.exec():
            self.refresh()

    def delete(self, confirm: bool = True) -> None:
        dossier = self.current()
        if dossier is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Supprimer le dossier"),
                self.tr("Supprimer « %s » et tout ce qu'il contient ? Il ne restera qu'une trace anonyme.")
                % dossier["label"]) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.rights.delete_dossier(dossier["id"])
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Suppression impossible"), error_text(error))
        self.refresh()


class PackageImportDialog(QDialog):
    """A package's records that differ from this base, side by side, each kept from here or
    from the package by the user (nothing is overwritten without a choice)."""

    def __init__(self, packages, merge, parent=None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

        self.packages, self.merge = packages, merge
        self.result_counts: dict[str, int] | None = None
        self.setWindowTitle(self.tr("Importer le dossier « %s »") % merge.label)
        self.resize(980, 560)
        summary = QLabel(self.tr("%s fiches nouvelles seront ajoutées ; %s fiches qui n'existent qu'ici sont gardées ; "
                                 "%s fiches diffèrent : choisissez pour chacune.")
                         % (len(merge.new), merge.local_only, len(merge.conflicts)))
        summary.setWordWrap(True)
        self.table = QTableWidget(len(merge.conflicts), 4)
        self.table.setObjectName("package_conflicts")
        self.table.setAccessibleName(self.tr("Fiches qui diffèrent"))
        self.table.setHorizontalHeaderLabels([self.tr("Fiche"), self.tr("Ici"), self.tr("Dans le paquet"),
                                              self.tr("Garder")])
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(merge.conflicts):
            fields = conflict.fields
            self.table.setItem(row, 0, QTableWidgetItem(f"{conflict.table} — {', '.join(fields)}"))
            self.table.setItem(row, 1, QTableWidgetItem("\n".join(pair(f, str(conflict.local.get(f))) for f in fields)))
            self.table.setItem(row, 2, QTableWidgetItem("\n".join(pair(f, str(conflict.package.get(f))) for f in fields)))
            choice = QComboBox()
            choice.setObjectName(f"keep_{row}")
            choice.setAccessibleName(self.tr("Garder pour la fiche %s") % (row + 1))
            choice.addItem(self.tr("— à choisir —"), "")
            choice.addItem(self.tr("la version d'ici"), "local")
            choice.addItem(self.tr("celle du paquet"), "paquet")
            self.table.setCellWidget(row, 3, choice)
            self.choices.append(choice)
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = named_buttons(self, self.tr("Importer"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        choices = {f"{c.table}:{c.id}": box.currentData() for c, box in zip(self.merge.conflicts, self.choices,
                                                                               strict=True)}
        try:
            self.result_counts = self.packages.apply(self.merge, choices)
        except UserFacingError as error:
            self.error.setText(error_text(error))
            return
        self.accept()


def ask_package_passphrase(parent, *, confirm: bool) -> str | None:
    """The package's passphrase (twice when it is chosen), never stored."""
    fields = [FieldSpec("passphrase", translate("PackageImportDialog", "Phrase secrète du paquet"))]
    if confirm:
        fields.append(FieldSpec("again", translate("PackageImportDialog", "La même, encore une fois")))
    result: dict[str, str] = {}

    def submit(values: dict[str, Any]) -> None:
        if confirm and values["passphrase"] != values["again"]:
            raise UserFacingError("Les deux phrases ne sont pas identiques.")
        result["passphrase"] = values["passphrase"]

    dialog = RecordDialog(translate("PackageImportDialog", "Phrase secrète du paquet"),
                          translate("PackageImportDialog", "Elle se transmet au destinataire à part (par téléphone, "
                                    "en main propre), jamais avec le fichier."), fields, submit,
                          translate("PackageImportDialog", "Continuer"), parent=parent)
    for name in dialog.form.widgets:
        dialog.form.widgets[name].setEchoMode(QLineEdit.EchoMode.Password)
    return result.get("passphrase") if dialog.exec() else None
