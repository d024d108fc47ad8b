"""Logging in, creating the first account, the recovery key, a forgotten password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refparcours.errors import UserFacingError
from refparcours.security.accounts import Installation, OpenSession, check_password
from refparcours.ui.background import run_in_background
from refparcours.ui.forms import ERROR_STYLE
from refparcours.ui.i18n import colon, error_text


class CredentialsDialog(QDialog):
    """A dialog of labelled fields whose submission runs in the background (Argon2 takes
    about half a second) and shows any refusal in plain French, in the dialog."""

    def __init__(self, title: str, intro: str, accept_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields: dict[str, QLineEdit] = {}
        self.result_value: Any = None
        self._layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            self._layout.addWidget(label)
        self._form = QFormLayout()
        self._layout.addLayout(self._form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self._layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("accept")
        self.accept_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Quitter"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._busy = False

    def add_field(self, name: str, label: str, *, secret: bool = False, value: str = "") -> QLineEdit:
        field = QLineEdit(value)
        field.setObjectName(name)
        field.setAccessibleName(label.replace("&", ""))
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        caption = QLabel(colon(label))
        caption.setBuddy(field)
        self._form.addRow(caption, field)
        previous = list(self.fields.values())[-1] if self.fields else None
        if previous is not None:
            QWidget.setTabOrder(previous, field)
        self.fields[name] = field
        return field

    def finish_layout(self) -> None:
        self._layout.addWidget(self.buttons)

    def values(self) -> dict[str, str]:
        return {name: field.text() for name, field in self.fields.items()}

    # -- submitting ------------------------------------------------------------------------

    def work(self, values: dict[str, str]) -> Any:  # overridden
        raise NotImplementedError

    def submit(self) -> None:
        if self._busy:
            return
        try:
            job = self.work(self.values())
        except UserFacingError as error:
            self.show_message(error_text(error))
            return
        self._set_busy(True)
        self.show_message(self.tr("Vérification…"), error=False)
        run_in_background(self, job, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserFacingError):
            raise error
        self.show_message(error_text(error))
        for field in self.fields.values():
            if field.echoMode() == QLineEdit.EchoMode.Password:
                field.clear()
        secret = next((f for f in self.fields.values() if f.echoMode() == QLineEdit.EchoMode.Password), None)
        (secret or next(iter(self.fields.values()))).setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (*self.fields.values(), self.accept_button, self.cancel_button):
            widget.setEnabled(not busy)
        # While disabled, the dialog hands "Entrée" to another button: take it back.
        self.accept_button.setDefault(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.show()
        self.message.setAccessibleDescription(text)


class LoginDialog(CredentialsDialog):
    def __init__(self, installation: Installation, last_user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("refparcours — connexion"), self.tr("Connectez-vous pour ouvrir les dossiers."),
                         self.tr("Se connecter"), parent)
        self.installation = installation
        user = self.add_field("username", self.tr("&Identifiant"), value=last_user)
        password = self.add_field("password", self.tr("&Mot de passe"), secret=True)
        self.recovery_button = self.buttons.addButton(self.tr("Mot de passe oublié…"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.recovery_button.setObjectName("forgotten")
        self.recovery_button.setAutoDefault(False)
        self.recovery_button.clicked.connect(self._forgotten)
        # On a team server an administrator resets a forgotten password; there is no recovery key.
        self.recovery_button.setVisible(not getattr(installation, "server", False))
        self.finish_layout()
        (password if last_user else user).setFocus()

    def work(self, values: dict[str, str]) -> Callable[[], OpenSession]:
        if not values["username"].strip() or not values["password"]:
            raise UserFacingError("Indiquez votre identifiant et votre mot de passe.")
        return lambda: self.installation.login(values["username"], values["password"])

    def _failed(self, error: BaseException) -> None:
        from refparcours.security.accounts import DamagedDatabaseError

        if isinstance(error, DamagedDatabaseError) and self._offer_backup(error):
            self.submit()  # the same password, on the restored base
            return
        super()._failed(error)

    def _offer_backup(self, error) -> bool:
        """Restore the newest good backup of a damaged base, if the user agrees."""
        from PySide6.QtWidgets import QMessageBox

        from refparcours.data.backups import latest_good_backup, restore

        self._set_busy(False)
        offer = latest_good_backup(error.path, error.key)
        if offer is None:
            return False
        answer = QMessageBox.question(self, self.tr("Base endommagée"), error_text(error) + "\n\n" + self.tr(
            "Restaurer la sauvegarde « %s » ? La base endommagée est gardée de côté.") % offer.name)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            restore(offer, error.path, error.key)
        except UserFacingError as failure:
            self.show_message(error_text(failure))
            return False
        return True

    def _forgotten(self) -> None:
        dialog = RecoveryDialog(self.installation, self)
        if dialog.exec():
            self.result_value = dialog.result_value
            self.accept()


class FirstAccountDialog(CredentialsDialog):
    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Bienvenue. Créez le premier compte : il administre cette installation (comptes, réglages). "
            "Les dossiers seront chiffrés sur ce disque ; sans mot de passe ni clé de secours, personne "
            "ne peut les lire.")
        if getattr(installation, "server", False):
            intro = self.tr("Bienvenue. Créez le premier compte de ce serveur d'équipe : il administre les comptes "
                            "des référents. Les données sont protégées par le serveur.")
        elif installation.is_plain:
            intro += " " + self.tr("La base existante sera chiffrée ; une sauvegarde chiffrée est faite d'abord.")
        super().__init__(self.tr("refparcours — premier démarrage"), intro, self.tr("Créer le compte"), parent)
        self.installation = installation
        self.add_field("username", self.tr("&Identifiant"))
        self.add_field("display_name", self.tr("&Nom affiché"))
        self.add_field("password", self.tr("&Mot de passe"), secret=True)
        self.add_field("confirmation", self.tr("&Confirmation"), secret=True)
        self.finish_layout()
        self.fields["username"].setFocus()

    def work(self, values: dict[str, str]) -> Callable[[], tuple[OpenSession, str]]:
        check_password(values["password"], values["confirmation"])
        return lambda: self.installation.create(values["username"], values["display_name"], values["password"])


class RecoveryDialog(CredentialsDialog):
    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Mot de passe oublié"),
            self.tr("Avec la clé de secours de l'organisation, un compte administrateur reçoit un nouveau "
                    "mot de passe."),
            self.tr("Changer le mot de passe"), parent)
        self.cancel_button.setText(self.tr("Annuler"))
        self.installation = installation
        self.add_field("recovery_key", self.tr("Clé de &secours"))
        self.add_field("username", self.tr("&Identifiant administrateur"))
        self.add_field("password", self.tr("&Nouveau mot de passe"), secret=True)
        self.add_field("confirmation", self.tr("&Confirmation"), secret=True)
        self.finish_layout()

    def work(self, values: dict[str, str]) -> Callable[[], OpenSession]:
        check_password(values["password"], values["confirmation"])
        return lambda: self.installation.reset_with_recovery_key(
            values["recovery_key"], values["username"], values["password"])


class RecoveryKeyDialog(QDialog):
    """Shown once, after the first account is created."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clé de secours"))
        intro = QLabel(self.tr(
            "Voici la clé de secours de cette installation. Notez-la et rangez-la en lieu sûr, hors de "
            "l'ordinateur : si tous les mots de passe sont oubliés, ou si le fichier des clés est perdu, elle "
            "seule permet de rouvrir les dossiers. Elle ne sera plus jamais affichée."))
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recovery_key")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(QApplication.font().pointSizeF() * 1.4)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.key_label.setAccessibleName(self.tr("Clé de secours"))
        copy = QPushButton(self.tr("&Copier la clé"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.noted = QCheckBox(self.tr("J'ai &noté la clé de secours en lieu sûr"))
        self.noted.setObjectName("noted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Continuer"))
        self.ok.setEnabled(False)
        self.noted.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.key_label, copy, self.noted, buttons):
            layout.addWidget(widget)
        self.noted.setFocus()

    def done(self, result: int) -> None:
        # Closing without having noted the key is allowed (the key is optional for the
        # organisation), but it is then gone: the clipboard does not keep it either.
        if QGuiApplication.clipboard().text() and QGuiApplication.clipboard().text() in self.key_label.text():
            QGuiApplication.clipboard().clear()
        super().done(result)


def obtain_session(installation: Installation, last_user: str = "") -> OpenSession | None:
    """The dialogs of the start: first account (and its recovery key) or login."""
    if installation.needs_first_account:
        dialog = FirstAccountDialog(installation)
        if not dialog.exec():
            return None
        session, recovery_key = dialog.result_value
        if recovery_key:  # a laptop's base: its recovery key, shown once
            RecoveryKeyDialog(recovery_key).exec()
        return session
    dialog = LoginDialog(installation, last_user)
    return dialog.result_value if dialog.exec() else None
