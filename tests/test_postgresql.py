"""The team server's bad days: wrong credentials, a server that is down or stops mid-edit,
a base written by a newer version — French messages, nothing lost."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from refparcours.data.database import ServerUnavailableError, open_database
from refparcours.dossiers import DOSSIER, DossierService
from refparcours.errors import DatabaseOpenError, UserFacingError

POSTGRESQL = os.environ.get("REFPARCOURS_TEST_POSTGRESQL", "")
pytestmark = pytest.mark.skipif(not POSTGRESQL, reason="needs REFPARCOURS_TEST_POSTGRESQL (make test-postgresql)")
CLUSTER = Path(__file__).resolve().parent.parent / "scripts" / "pg-cluster.sh"


def test_wrong_credentials_and_a_server_that_is_down_are_explained():
    server = make_url(POSTGRESQL)
    with pytest.raises(DatabaseOpenError, match="ne répond pas"):
        open_database(server.set(port=1).render_as_string(hide_password=False))
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(server.set(username="personne", database="postgres").render_as_string(hide_password=False))
    assert "Traceback" not in refused.value.message


def test_a_server_that_stops_mid_edit_keeps_the_text_and_works_again_when_back():
    import tempfile

    # Under /tmp: the server's own user must be able to reach the folder (pytest's are private).
    folder = Path(tempfile.mkdtemp(prefix="refparcours-pg-"))
    url = subprocess.run([str(CLUSTER), "start", str(folder)], capture_output=True, text=True, check=True).stdout.strip()
    try:
        database = open_database(url)
        service = DossierService(database)
        dossier_id = service.create_dossier({"label": "Famille Benali"})
        data_dir = folder / "data"
        binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*as_owner, str(binaries / "pg_ctl"), "-D", str(data_dir), "-m", "immediate", "-w", "stop"],
                       check=True, capture_output=True)
        with pytest.raises(UserFacingError) as down:
            service.set_fields(DOSSIER, dossier_id, {"commune": "Roubaix"})
        assert isinstance(down.value, ServerUnavailableError) and "reste à l'écran" in down.value.message
        options = (f"-c listen_addresses=127.0.0.1 -c port={make_url(url).port} "
                   f"-c unix_socket_directories={folder}")
        subprocess.run([*as_owner, str(binaries / "pg_ctl"), "-D", str(data_dir), "-l", str(folder / "server.log"),
                        "-o", options, "-w", "start"], check=True, capture_output=True)
        service.set_fields(DOSSIER, dossier_id, {"commune": "Roubaix"})  # saved once the server is back
        assert service.load(dossier_id)["commune"] == "Roubaix"
        database.close()
    finally:
        subprocess.run([str(CLUSTER), "stop", str(folder)], check=False)


def test_a_base_written_by_a_newer_version_is_refused_untouched():
    server = make_url(POSTGRESQL)
    name = f"t_{uuid.uuid4().hex}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        open_database(url).close()
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        engine.dispose()
        with pytest.raises(DatabaseOpenError, match="version plus récente"):
            open_database(url)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_accounts_roles_and_the_audit_log_work_the_same_on_the_server(database):
    from refparcours.domain import Role
    from refparcours.security import audit
    from refparcours.security.keys import WrongCredentials
    from refparcours.security.server_accounts import ServerInstallation

    server = ServerInstallation(database)
    assert server.needs_first_account
    admin, recovery = server.create("admin", "Administratrice", "mot de passe assez long")
    assert recovery == "" and admin.account.role == Role.ADMINISTRATEUR
    claire = server.add_account(admin, "claire", "Claire Dumoulin", Role.REFERENT, "claire a un mot de passe")
    with pytest.raises(WrongCredentials):
        server.login("claire", "mauvais mot de passe")
    session = server.login("claire", "claire a un mot de passe")
    mine = DossierService(database, actor=session.actor, scope=session.account.id)
    own = mine.create_dossier({"label": "Famille Benali"})
    DossierService(database, actor=admin.actor).create_dossier({"label": "Famille d'une collègue"})
    assert [uuid.UUID(str(k)) for k in mine.search("famille")] == [own]
    server.change_password(session, "claire a un mot de passe", "un nouveau mot de passe")
    server.login("claire", "un nouveau mot de passe")
    server.disable_account(admin, claire.id)
    with pytest.raises(WrongCredentials):
        server.login("claire", "un nouveau mot de passe")
    with database.engine.connect() as connection:
        operations = [e.operation for e in audit.entries(connection)]
        assert audit.verify(connection).ok
    assert "login_failed" in operations and operations.count("login") == 2 and "account_disable" in operations


def test_the_command_line_logs_in_on_the_server(database, tmp_path):
    import sys

    from refparcours.security.server_accounts import ServerInstallation

    ServerInstallation(database).create("admin", "Administratrice", "mot de passe assez long")
    secret = tmp_path / "mdp.txt"
    secret.write_text("mot de passe assez long\n", encoding="utf-8")
    url = database.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "refparcours", "audit", "verify", "--database", url]
    ok = subprocess.run([*command, "--user", "admin", "--passphrase-file", str(secret)], capture_output=True,
                        text=True)
    assert ok.returncode == 0, ok.stderr
    secret.write_text("pas le bon\n", encoding="utf-8")
    refused = subprocess.run([*command, "--user", "admin", "--passphrase-file", str(secret)], capture_output=True,
                             text=True)
    assert refused.returncode == 2 and "refparcours :" in refused.stderr


def test_the_window_says_the_server_is_gone_and_saves_the_text_when_it_is_back(qtbot):
    import tempfile

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from refparcours.settings import Settings
    from refparcours.ui.main_window import MainWindow
    from tests.qt_helpers import type_text

    folder = Path(tempfile.mkdtemp(prefix="refparcours-pg-"))
    url = subprocess.run([str(CLUSTER), "start", str(folder)], capture_output=True, text=True, check=True).stdout.strip()
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
    as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    pg_ctl = [*as_owner, str(binaries / "pg_ctl"), "-D", str(folder / "data")]
    try:
        database = open_database(url)
        service = DossierService(database)
        dossier_id = service.create_dossier({"label": "Famille Benali"})
        window = MainWindow(service, Settings(), QApplication.instance().font().pointSizeF())
        qtbot.addWidget(window)
        window.show()
        window.list_panel.state_filter.setCurrentIndex(1)
        assert window.list_panel.select(dossier_id)
        qtbot.waitUntil(lambda: window.editor.dossier_id == dossier_id)
        subprocess.run([*pg_ctl, "-m", "immediate", "-w", "stop"], check=True, capture_output=True)
        commune = window.editor.form.widgets["commune"]
        commune.setFocus()
        type_text(commune, "Roubaix")
        qtbot.keyClick(commune, Qt.Key.Key_Return)
        assert commune.text() == "Roubaix" and window.server_label.isVisibleTo(window)
        options = f"-c listen_addresses=127.0.0.1 -c port={make_url(url).port} -c unix_socket_directories={folder}"
        subprocess.run([*pg_ctl, "-l", str(folder / "server.log"), "-o", options, "-w", "start"], check=True,
                       capture_output=True)
        window._retry_unsaved()  # what the 5-second timer does
        assert service.load(dossier_id)["commune"] == "Roubaix"
        assert not window.server_label.isVisibleTo(window)
        window.close()
        database.close()
    finally:
        subprocess.run([str(CLUSTER), "stop", str(folder)], check=False)
