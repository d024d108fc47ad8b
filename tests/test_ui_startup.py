"""Opening the app: the first account, logging in, the lock — and a clear French message
instead of a traceback or a damaged file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QMessageBox

from refparcours.cli import build_parser
from refparcours.data.database import connect_sqlite, open_database
from refparcours.dossiers import DossierService
from refparcours.paths import default_database_path
from refparcours.security import audit
from refparcours.security.accounts import Installation
from refparcours.security.keys import KdfParams
from refparcours.settings import Settings
from refparcours.ui import application
from refparcours.ui.lock import LockController
from refparcours.ui.login import FirstAccountDialog, RecoveryKeyDialog
from refparcours.ui.main_window import MainWindow
from tests.qt_helpers import run_in_next_dialog, type_text

PASSWORD = "le bon mot de passe"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setenv("REFPARCOURS_FAST_KDF", "1")


@pytest.fixture(autouse=True)
def main_loop_returns_at_once(monkeypatch):
    # The app's main loop would run until the window closes; here it returns as soon as the
    # window is up. (Quitting a real main loop would end every later dialog's loop too.)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)


@pytest.fixture
def shown_errors(qapp, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def installed(tmp_path):
    """An encrypted installation with one administrator, closed."""
    path = tmp_path / "equipe.sqlite"
    session, recovery_key = Installation(path, KdfParams.fast()).create("claire", "Claire Dumoulin", PASSWORD)
    DossierService(session.database, actor=session.actor).create_dossier({"label": "Famille Lefèvre"})
    key = session.database.key
    session.close()
    return path, recovery_key, key


@pytest.fixture
def passphrase(tmp_path):
    path = tmp_path / "phrase.txt"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    return path


def open_gui(*argv: str) -> int:
    return application.run_gui(build_parser().parse_args(list(argv)))


def wait_for(qtbot, condition) -> None:
    qtbot.waitUntil(condition, timeout=10_000)


def test_first_start_creates_the_administrator_and_shows_the_recovery_key_once(qtbot, shown_errors):
    keys_seen = []

    def first_account(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "username"), "claire")
        type_text(dialog.findChild(QLineEdit, "display_name"), "Claire Dumoulin")
        type_text(dialog.findChild(QLineEdit, "password"), PASSWORD)
        type_text(dialog.findChild(QLineEdit, "confirmation"), PASSWORD)
        qtbot.keyClick(dialog.findChild(QLineEdit, "confirmation"), Qt.Key.Key_Return)

    def recovery_key(dialog) -> None:
        keys_seen.append(dialog.findChild(QLabel, "recovery_key").text())
        noted = dialog.findChild(QCheckBox, "noted")
        qtbot.keyClick(noted, Qt.Key.Key_Space)
        qtbot.keyClick(noted, Qt.Key.Key_Return)

    first = run_in_next_dialog(first_account, keep_open=True, kind=FirstAccountDialog)
    second = run_in_next_dialog(recovery_key, kind=RecoveryKeyDialog)
    assert open_gui() == 0
    first.check()
    second.check()
    assert shown_errors == []
    path = default_database_path()
    assert not path.read_bytes().startswith(b"SQLite format 3"), "the new database is encrypted"
    assert len(keys_seen) == 1 and len(keys_seen[0].replace("-", "")) == 52
    # The recovery key opens the database on its own.
    Installation(path).open_with_recovery_key(keys_seen[0]).close()


def test_first_account_refuses_different_passwords_in_the_dialog(qtbot, shown_errors):
    messages = []

    def first_account(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "username"), "claire")
        type_text(dialog.findChild(QLineEdit, "password"), PASSWORD)
        type_text(dialog.findChild(QLineEdit, "confirmation"), PASSWORD + "x")
        qtbot.keyClick(dialog.findChild(QLineEdit, "confirmation"), Qt.Key.Key_Return)
        messages.append(dialog.findChild(QLabel, "message").text())
        dialog.reject()

    driver = run_in_next_dialog(first_account)
    assert open_gui() == 0
    driver.check()
    assert messages == ["Les deux mots de passe ne sont pas identiques."]
    assert not default_database_path().exists()


def test_login_says_when_the_password_is_wrong_then_opens(qtbot, installed, shown_errors):
    path, _, _ = installed
    messages = []

    def login(dialog) -> None:
        user = dialog.findChild(QLineEdit, "username")
        password = dialog.findChild(QLineEdit, "password")
        type_text(user, "claire")
        type_text(password, "pas le bon")
        qtbot.keyClick(password, Qt.Key.Key_Return)
        message = dialog.findChild(QLabel, "message")
        wait_for(qtbot, lambda: message.text() != "Vérification…")
        messages.append(message.text())
        assert password.text() == "" and dialog.isVisible()
        type_text(password, PASSWORD)
        qtbot.keyClick(password, Qt.Key.Key_Return)

    driver = run_in_next_dialog(login, keep_open=True)
    assert open_gui("--database", str(path)) == 0
    driver.check()
    assert messages == ["Identifiant ou mot de passe incorrect."]
    assert shown_errors == []


def test_a_file_that_is_not_a_database_is_explained_and_left_alone(tmp_path, shown_errors):
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"Compte rendu de synthese, pas une base.")
    assert open_gui("--database", str(notes)) == 2
    assert "n'est pas une base de données refparcours" in shown_errors[0][1]
    assert notes.read_bytes() == b"Compte rendu de synthese, pas une base."


def test_a_second_copy_on_the_same_file_gets_a_clear_message(installed, passphrase, shown_errors):
    path, _, key = installed
    with open_database(path, key=key):
        assert open_gui("--database", str(path), "--passphrase-file", str(passphrase)) == 2
    assert "déjà ouverte" in shown_errors[0][1]
    assert open_gui("--database", str(path), "--passphrase-file", str(passphrase)) == 0


def test_a_database_from_a_newer_version_is_refused_untouched(installed, passphrase, shown_errors):
    path, _, key = installed
    connection = connect_sqlite(path, key)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = path.read_bytes()
    assert open_gui("--database", str(path), "--passphrase-file", str(passphrase)) == 2
    assert "version plus récente" in shown_errors[0][1]
    assert path.read_bytes() == before


@pytest.fixture
def locked_window(qtbot, installed):
    """A logged-in window with its lock, as the app builds it."""
    path, _, _ = installed
    installation = Installation(path)
    session = installation.login("claire", PASSWORD)
    window = MainWindow(DossierService(session.database, actor=session.actor), Settings(),
                        QApplication.font().pointSizeF())
    qtbot.addWidget(window)
    lock = LockController(window, installation, session, minutes=5)
    window.attach_lock(lock)
    window.show()
    yield window, lock, session
    session.close()


def test_lock_hides_family_data_and_unlock_returns_to_the_same_place(qtbot, locked_window):
    window, lock, session = locked_window
    window.list_panel.state_filter.setCurrentIndex(1)
    window.list_panel.view.setCurrentIndex(window.list_panel.model.index(0, 0))
    window.editor.tabs.setCurrentIndex(1)
    field = window.editor.form.widgets["referent"]
    field.setText("Karim Benali")  # typed, not yet saved
    field.setModified(True)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QGuiApplication.clipboard().setText("Famille Lefèvre, 3 rue des Lilas")  # copied from the app

    window.lock()
    assert QGuiApplication.clipboard().text() == ""
    assert lock.locked
    assert not window.list_panel.isVisible() and not window.editor.isVisible()
    assert session.database is not None
    assert DossierService(session.database).load(window.editor.dossier_id)["referent"] == "Karim Benali"

    type_text(lock.screen.password, "faux mot de passe")
    qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: lock.screen.message.text() != "")
    assert lock.screen.message.text() == "Identifiant ou mot de passe incorrect."
    assert lock.locked

    type_text(lock.screen.password, PASSWORD)
    qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: not lock.locked)
    assert window.list_panel.isVisible()
    assert window.editor.tabs.currentIndex() == 1
    with session.database.engine.connect() as connection:
        operations = [e.operation for e in audit.entries(connection, limit=20)]
    assert "lock" in operations and "unlock" in operations


def test_idle_time_locks_the_window(locked_window, monkeypatch):
    _window, lock, _session = locked_window
    monkeypatch.setattr(lock, "idle_seconds", lambda: 5 * 60 + 1)
    lock._check_idle()
    assert lock.locked


def test_a_damaged_base_at_login_is_offered_its_latest_good_backup(qtbot, installed, monkeypatch, shown_errors):
    from refparcours.data.backups import make_backup

    path, _, key = installed
    make_backup(path, key, "manuelle")
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text, *rest: asked.append(text)
                        or QMessageBox.StandardButton.Yes)

    def login(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "username"), "claire")
        type_text(dialog.findChild(QLineEdit, "password"), PASSWORD)
        qtbot.keyClick(dialog.findChild(QLineEdit, "password"), Qt.Key.Key_Return)

    driver = run_in_next_dialog(login, keep_open=True)
    assert open_gui("--database", str(path)) == 0
    driver.check()
    assert len(asked) == 1 and "endommagée" in asked[0]
    session = Installation(path).login("claire", PASSWORD)
    assert DossierService(session.database).search("lefevre")
    session.close()


def test_the_lock_delay_is_chosen_and_remembered(locked_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from refparcours.settings import load_settings

    window, lock, _session = locked_window
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (12, True))
    window.choose_lock_delay()
    assert lock.minutes == 12
    assert load_settings().lock_after_minutes == 12
    monkeypatch.setattr(lock, "idle_seconds", lambda: 6 * 60)
    lock._check_idle()
    assert not lock.locked  # 6 minutes idle: not yet


@pytest.mark.skipif(not __import__("os").environ.get("REFPARCOURS_TEST_POSTGRESQL"), reason="needs a server")
def test_a_team_server_opens_with_the_same_first_account_and_login_screens(qtbot, database, shown_errors):
    from PySide6.QtWidgets import QApplication as App

    url = database.url.render_as_string(hide_password=False)

    def first_account(dialog) -> None:
        assert "serveur d'équipe" in dialog.findChildren(QLabel)[0].text()
        type_text(dialog.findChild(QLineEdit, "username"), "claire")
        type_text(dialog.findChild(QLineEdit, "display_name"), "Claire Dumoulin")
        type_text(dialog.findChild(QLineEdit, "password"), PASSWORD)
        type_text(dialog.findChild(QLineEdit, "confirmation"), PASSWORD)
        qtbot.keyClick(dialog.findChild(QLineEdit, "confirmation"), Qt.Key.Key_Return)

    first = run_in_next_dialog(first_account, keep_open=True, kind=FirstAccountDialog)
    assert open_gui("--database", url) == 0  # no recovery key on a server: no second dialog
    first.check()

    def main_window():
        # Windows of earlier tests may still exist: the one on this server's base.
        return next((w for w in App.topLevelWidgets() if getattr(w, "session", None) is not None
                     and w.session.database.url.get_backend_name() == "postgresql"), None)

    wait_for(qtbot, lambda: main_window() is not None)
    window = main_window()
    assert window.session.account.username == "claire" and window.backups is None
    assert shown_errors == []
