"""Administration screens: the audit log viewer, the accounts, changing one's password —
driven from the keyboard and the mouse like a person would."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton

from refparcours.domain import Role
from refparcours.dossiers import DossierService
from refparcours.errors import UserFacingError
from refparcours.security import audit
from refparcours.security.accounts import Installation
from refparcours.security.keys import KdfParams, WrongCredentials
from refparcours.ui.admin import (
    OK_STYLE,
    AccountsDialog,
    AuditLogDialog,
    ChangePasswordDialog,
    NewAccountDialog,
    is_admin,
)
from refparcours.ui.forms import ERROR_STYLE
from tests.qt_helpers import run_in_next_dialog, type_text

PASSWORD = "le bon mot de passe"
KARIM_PASSWORD = "mot de passe de Karim"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setenv("REFPARCOURS_FAST_KDF", "1")


@pytest.fixture
def installed(tmp_path):
    """An installation with its administrator « claire », logged in."""
    path = tmp_path / "equipe.sqlite"
    session, _ = Installation(path, KdfParams.fast()).create("claire", "Claire Dumoulin", PASSWORD)
    yield path, session
    session.close()


def wait_for(qtbot, condition) -> None:
    qtbot.waitUntil(condition, timeout=10_000)


def open_log(qtbot, session) -> AuditLogDialog:
    dialog = AuditLogDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for(qtbot, lambda: not dialog.loading)
    return dialog


def table(dialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def choose(qtbot, combo: QComboBox, data) -> None:
    """Pick an item with the arrow keys, as on the keyboard."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data!r} is not in the list")


def enter(qtbot, field: QLineEdit, text: str) -> None:
    """Replace a field's text and press Entrée."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def dossier_activity(session):
    service = DossierService(session.database, actor=session.actor)
    dossier_id = service.create_dossier({"label": "Famille Lefèvre"})
    service.load(dossier_id)
    other_id = service.create_dossier({"label": "Famille Martin"})
    return dossier_id, other_id


# -- the audit log ----------------------------------------------------------------------------


def test_the_log_lists_dossier_changes_newest_first_and_records_its_own_reading(qtbot, installed):
    _, session = installed
    dossier_id, other_id = dossier_activity(session)
    dialog = open_log(qtbot, session)
    assert dialog.windowTitle() == "Journal d'audit"
    rows = table(dialog)
    header = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    assert header == ["Date et heure", "Compte", "Opération", "Type", "Référence", "Détail"]
    summary = [(account, operation, kind, reference) for _, account, operation, kind, reference, _ in rows]
    # Newest first: the reading of the log, then the second dossier, the reading, the first.
    assert summary[:4] == [
        ("claire", "Consultation", "Journal d'audit", ""),
        ("claire", "Création", "Dossier", str(other_id)),
        ("claire", "Consultation", "Dossier", str(dossier_id)),
        ("claire", "Création", "Dossier", str(dossier_id)),
    ]
    assert rows[0][5] == "consultation du journal"
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", row[0]) for row in rows)
    # Local time: the newest entry was written just now.
    newest = dialog.model.entry(0)
    assert rows[0][0] == newest.at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
    assert rows[0][0][:10] == date.today().strftime("%d/%m/%Y")
    # The numbers in the margin are the entries' numbers, as the chain check names them.
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == str(newest.seq)
    with session.database.engine.connect() as connection:
        readings = audit.entries(connection, operation="read", record_id="")
    assert [(e.actor, e.record_type, e.detail) for e in readings] == [
        ("claire", "audit_entry", "consultation du journal")]
    assert "Famille" not in " ".join(" ".join(row) for row in rows), "the log never shows family data"
    assert dialog.count_label.text() == f"{len(rows)} entrées"
    assert not dialog.truncated_note.isVisible()


def test_filters_narrow_the_rows_and_entree_keeps_the_dialog_open(qtbot, installed):
    _, session = installed
    dossier_id, _ = dossier_activity(session)
    dialog = open_log(qtbot, session)
    everything = len(table(dialog))

    choose(qtbot, dialog.operation, "create")
    wait_for(qtbot, lambda: not dialog.loading)
    rows = table(dialog)
    # The administrator's account creation is not a "Création" (it is a "Création de compte").
    assert [row[2] for row in rows] == ["Création", "Création"]
    assert len(rows) < everything

    enter(qtbot, dialog.record, str(dossier_id))
    wait_for(qtbot, lambda: not dialog.loading)
    assert dialog.isVisible(), "Entrée in a filter applies it; it does not close the dialog"
    assert not dialog.verify_result.isVisible(), "… nor start a verification"
    assert [(row[2], row[4]) for row in table(dialog)] == [("Création", str(dossier_id))]

    choose(qtbot, dialog.operation, None)  # "Toutes les opérations"
    wait_for(qtbot, lambda: not dialog.loading)
    assert [row[2] for row in table(dialog)] == ["Consultation", "Création"]

    enter(qtbot, dialog.account, "karim")
    wait_for(qtbot, lambda: not dialog.loading)
    assert table(dialog) == []
    assert dialog.count_label.text() == "Aucune entrée ne correspond."

    enter(qtbot, dialog.account, "claire")
    enter(qtbot, dialog.record, "")
    wait_for(qtbot, lambda: not dialog.loading)
    assert len(table(dialog)) == everything
    assert dialog.isVisible()


def test_the_period_refuses_an_impossible_date_under_the_field(qtbot, installed):
    _, session = installed
    dossier_activity(session)
    dialog = open_log(qtbot, session)
    everything = table(dialog)
    today = date.today()

    enter(qtbot, dialog.since, "31/02/2026")
    assert dialog.since_error.isVisible()
    assert dialog.since_error.text() == "Début de la période : le 31/02/2026 n'existe pas dans le calendrier."
    assert dialog.since.accessibleDescription() == dialog.since_error.text()
    assert table(dialog) == everything and dialog.isVisible()

    enter(qtbot, dialog.since, today.strftime("%d/%m/%Y"))
    wait_for(qtbot, lambda: not dialog.loading)
    assert not dialog.since_error.isVisible()
    assert table(dialog) == everything  # everything happened today

    enter(qtbot, dialog.until, (today - timedelta(days=1)).strftime("%d/%m/%Y"))
    assert dialog.until_error.isVisible() and "précède" in dialog.until_error.text()

    enter(qtbot, dialog.until, today.strftime("%d/%m/%Y"))  # the end day is included
    wait_for(qtbot, lambda: not dialog.loading)
    assert not dialog.until_error.isVisible()
    assert table(dialog) == everything

    enter(qtbot, dialog.since, (today + timedelta(days=1)).strftime("%d/%m/%Y"))
    enter(qtbot, dialog.until, "")
    wait_for(qtbot, lambda: not dialog.loading)
    assert table(dialog) == []


def test_at_most_500_rows_with_a_note(qtbot, installed):
    _, session = installed
    with session.database.engine.begin() as connection:
        for _ in range(520):
            audit.append(connection, session.actor, "read", record_type="dossier", record_id="x")
    dialog = open_log(qtbot, session)
    assert dialog.model.rowCount() == 500
    assert dialog.truncated_note.isVisible()
    assert "500 entrées les plus récentes" in dialog.truncated_note.text()
    choose(qtbot, dialog.operation, "account_create")
    wait_for(qtbot, lambda: not dialog.loading)
    assert dialog.model.rowCount() == 1
    assert not dialog.truncated_note.isVisible()


def test_checking_the_chain_says_intact_then_names_the_tampered_entry(qtbot, installed):
    _, session = installed
    dossier_activity(session)
    dialog = open_log(qtbot, session)
    result = dialog.verify_result

    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.verifying)
    assert result.isVisible()
    assert result.text().startswith("Journal intact")
    assert result.styleSheet() == OK_STYLE  # green

    with session.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE audit_entry SET detail='x' WHERE seq=2")
    dialog.verify_button.setFocus()
    qtbot.keyClick(dialog.verify_button, Qt.Key.Key_Space)
    wait_for(qtbot, lambda: not dialog.verifying)
    assert "Le journal a été modifié" in result.text()
    assert "n° 2 " in result.text()
    assert result.styleSheet() == ERROR_STYLE  # red
    # The broken entry is selected in the table (its number shows in the margin).
    row = dialog.view.currentIndex().row()
    assert dialog.model.headerData(row, Qt.Orientation.Vertical) == "2"


def test_closing_the_log_while_it_is_being_read_is_safe(qtbot, installed):
    _, session = installed
    dialog = AuditLogDialog(session)
    dialog.show()
    assert dialog.loading
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(dialog)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()  # the answer arrives for a window that is gone: dropped
    QCoreApplication.processEvents()


def test_every_filter_has_a_label_an_accessible_name_and_a_place_in_the_tab_order(qtbot, installed):
    _, session = installed
    dialog = open_log(qtbot, session)
    inputs = [dialog.operation, dialog.account, dialog.record, dialog.since, dialog.until]
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for widget in inputs:
        assert widget in buddies, widget.objectName()
        assert widget.accessibleName(), widget.objectName()
    assert dialog.view.accessibleName()
    assert dialog.focusWidget() is dialog.operation
    # Tab goes through the filters, then the table, then the buttons.
    order = [*inputs, dialog.view, dialog.verify_button, dialog.close_button]
    seen = [dialog.focusWidget()]
    for _ in range(len(order) - 1):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        focused = dialog.focusWidget()
        while focused not in order:  # e.g. a line edit's clear button
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            focused = dialog.focusWidget()
        seen.append(focused)
    assert seen == order


# -- accounts ---------------------------------------------------------------------------------


def account_rows(dialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def open_accounts(qtbot, path, session) -> AccountsDialog:
    dialog = AccountsDialog(Installation(path), session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_account_added_in_the_dialog_can_log_in_with_its_role(qtbot, installed):
    path, session = installed
    dialog = open_accounts(qtbot, path, session)
    assert dialog.windowTitle() == "Comptes"
    assert account_rows(dialog) == [["claire", "Claire Dumoulin", "Administrateur·rice", "oui"]]

    def new_account(form) -> None:
        type_text(form.findChild(QLineEdit, "username"), "karim")
        type_text(form.findChild(QLineEdit, "display_name"), "Karim Benali")
        choose(qtbot, form.findChild(QComboBox, "role"), Role.CADRE.value)
        type_text(form.findChild(QLineEdit, "password"), KARIM_PASSWORD)
        confirmation = form.findChild(QLineEdit, "confirmation")
        type_text(confirmation, KARIM_PASSWORD)
        qtbot.keyClick(confirmation, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: not form.isVisible())

    driver = run_in_next_dialog(new_account, keep_open=True, kind=NewAccountDialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert account_rows(dialog) == [["claire", "Claire Dumoulin", "Administrateur·rice", "oui"],
                                    ["karim", "Karim Benali", "Cadre", "oui"]]
    assert dialog.current_account_id() == dialog.model.account(1)[0].id
    assert "karim" in dialog.message.text()
    dialog.close()
    session.close()

    karim = Installation(path).login("karim", KARIM_PASSWORD)
    try:
        assert karim.account.role == Role.CADRE
        assert karim.account.display_name == "Karim Benali"
    finally:
        karim.close()


def test_the_new_account_dialog_explains_its_refusals(qtbot, installed):
    path, session = installed
    dialog = open_accounts(qtbot, path, session)
    messages = []

    def new_account(form) -> None:
        role = form.findChild(QComboBox, "role")
        assert role.currentText() == "Référent·e"
        assert role.accessibleName() == "Rôle"
        assert any(label.buddy() is role for label in form.findChildren(QLabel))
        assert role.nextInFocusChain() is form.findChild(QLineEdit, "password")
        assert form.findChild(QLineEdit, "display_name").nextInFocusChain() is role
        type_text(form.findChild(QLineEdit, "username"), "claire")
        type_text(form.findChild(QLineEdit, "password"), KARIM_PASSWORD)
        confirmation = form.findChild(QLineEdit, "confirmation")
        type_text(confirmation, KARIM_PASSWORD + "x")
        qtbot.keyClick(confirmation, Qt.Key.Key_Return)
        message = form.findChild(QLabel, "message")
        messages.append(message.text())
        enter(qtbot, confirmation, KARIM_PASSWORD)
        wait_for(qtbot, lambda: message.text() != "Vérification…")
        messages.append(message.text())
        assert form.isVisible()
        form.reject()

    driver = run_in_next_dialog(new_account, kind=NewAccountDialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert messages == ["Les deux mots de passe ne sont pas identiques.", "L'identifiant « claire » est déjà pris."]
    assert len(account_rows(dialog)) == 1


def test_disabling_asks_first_and_the_account_can_no_longer_log_in(qtbot, installed):
    path, session = installed
    Installation(path).add_account(session, "karim", "Karim Benali", Role.REFERENT, KARIM_PASSWORD)
    dialog = open_accounts(qtbot, path, session)
    assert dialog.focusWidget() is dialog.view
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)  # from claire to karim
    assert dialog.model.account(dialog.view.currentIndex().row())[0].username == "karim"
    questions = []

    def answer(button_name):
        def click(box) -> None:
            assert isinstance(box, QMessageBox)
            questions.append(box.text())
            qtbot.mouseClick(box.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)
        return click

    driver = run_in_next_dialog(answer("cancel"))
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert account_rows(dialog)[1][3] == "oui"

    driver = run_in_next_dialog(answer("confirm"))
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert questions == ["Désactiver le compte « karim » (Karim Benali) ?"] * 2
    assert account_rows(dialog)[1] == ["karim", "Karim Benali", "Référent·e", "non"]
    assert not dialog.disable_button.isEnabled()
    dialog.close()
    session.close()
    with pytest.raises(WrongCredentials):
        Installation(path).login("karim", KARIM_PASSWORD)


def test_one_cannot_disable_ones_own_account(qtbot, installed):
    path, session = installed
    dialog = open_accounts(qtbot, path, session)
    assert dialog.model.account(dialog.view.currentIndex().row())[0].username == "claire"
    dialog.disable_button.setFocus()
    qtbot.keyClick(dialog.disable_button, Qt.Key.Key_Space)  # no question: refused at once
    assert dialog.message.text() == "Vous ne pouvez pas désactiver votre propre compte."
    assert dialog.message.isVisible()
    assert account_rows(dialog)[0][3] == "oui"


def test_only_an_administrator_manages_accounts(qtbot, installed):
    path, session = installed
    Installation(path).add_account(session, "karim", "Karim Benali", Role.REFERENT, KARIM_PASSWORD)
    assert is_admin(session)
    session.close()
    karim = Installation(path).login("karim", KARIM_PASSWORD)
    try:
        assert not is_admin(karim)
        with pytest.raises(UserFacingError, match="Seul un compte administrateur peut gérer les comptes."):
            AccountsDialog(Installation(path), karim)
    finally:
        karim.close()


# -- changing one's password ------------------------------------------------------------------


def test_changing_the_password_checks_the_current_one(qtbot, installed):
    path, session = installed
    new_password = "un tout nouveau mot de passe"
    dialog = ChangePasswordDialog(Installation(path), session)
    qtbot.addWidget(dialog)
    dialog.show()
    current, password, confirmation = (dialog.findChild(QLineEdit, name)
                                       for name in ("current", "password", "confirmation"))
    assert dialog.focusWidget() is current
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "pas chiffrés à nouveau" in labels and "autres comptes" in labels

    type_text(current, "pas le bon")
    type_text(password, new_password)
    type_text(confirmation, new_password)
    qtbot.keyClick(confirmation, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: dialog.message.text() != "Vérification…")
    assert dialog.message.text() == "Le mot de passe actuel n'est pas le bon."
    assert dialog.isVisible() and current.text() == ""

    type_text(current, PASSWORD)
    type_text(password, new_password)
    type_text(confirmation, new_password)
    qtbot.keyClick(confirmation, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: not dialog.isVisible())
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    session.close()

    installation = Installation(path)
    with pytest.raises(WrongCredentials):
        installation.login("claire", PASSWORD)
    again = installation.login("claire", new_password)
    try:
        with again.database.engine.connect() as connection:
            assert [e.actor for e in audit.entries(connection, operation="account_password")] == ["claire"]
    finally:
        again.close()


def test_changing_the_password_refuses_a_different_confirmation_at_once(qtbot, installed):
    path, session = installed
    dialog = ChangePasswordDialog(Installation(path), session)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.fields["current"], PASSWORD)
    type_text(dialog.fields["password"], "un tout nouveau mot de passe")
    type_text(dialog.fields["confirmation"], "un autre mot de passe")
    qtbot.keyClick(dialog.fields["confirmation"], Qt.Key.Key_Return)
    assert dialog.message.text() == "Les deux mots de passe ne sont pas identiques."
    assert dialog.isVisible()
    dialog.reject()
    session.close()
    Installation(path).login("claire", PASSWORD).close()  # unchanged
