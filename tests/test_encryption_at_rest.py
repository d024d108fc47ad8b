"""A lost laptop: no file the app wrote gives away a family's words."""

from __future__ import annotations

import pytest

from refparcours.data.backups import make_backup
from refparcours.dossiers import CONTACT, PERSON, DossierService
from refparcours.errors import DatabaseOpenError
from refparcours.security.accounts import Installation
from refparcours.security.keys import KdfParams, WrongCredentials
from refparcours.text import search_key

MARKER = "Zoë-MARQUEUR-7f3a9c"
PASSWORD = "un mot de passe assez long"


def traces(marker: str) -> list[bytes]:
    """Every form the marker could take on disk: as typed, folded for search, UTF-16."""
    forms = {marker, marker.lower(), marker.upper(), search_key(marker), search_key(marker).replace(" ", "")}
    encoded = []
    for form in forms:
        encoded += [form.encode("utf-8"), form.encode("utf-16-le")]
    return encoded


def files_holding(root, marker: str) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(trace in data for trace in traces(marker)):
                found.append(str(path.relative_to(root)))
    return found


def test_no_trace_of_a_family_marker_in_any_file_the_app_wrote(tmp_path, monkeypatch):
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path / "tmp"))  # SQLite's own temporary files land here
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    path = tmp_path / "base.sqlite"
    session, _ = Installation(path, KdfParams.fast()).create("claire", "Claire", PASSWORD)
    service = DossierService(session.database, actor=session.actor)
    dossier = service.create_dossier({"label": f"Famille {MARKER}", "address": f"3 rue {MARKER}"})
    service.add_member(PERSON, dossier, {"first_name": MARKER, "last_name": "N'Diaye"})
    service.add_member(CONTACT, dossier, {"name": f"Tante {MARKER}", "contact": MARKER})
    for _ in range(30):  # enough writes for the WAL to hold several versions of the pages
        service.set_fields(PERSON, service.load(dossier)["persons"][0]["id"], {"relation": f"mère {MARKER}"})
    service.search(MARKER)  # sorting and searching must not spill to plaintext temporary files
    make_backup(path, session.database.key, "manuelle", second_destination=tmp_path / "usb")

    assert (tmp_path / "base.sqlite-wal").exists()
    assert files_holding(tmp_path, MARKER) == [], "while the base is open"
    session.close()
    assert files_holding(tmp_path, MARKER) == [], "after closing"

    # The same file opens with the right password, and only with it.
    reopened = Installation(path).login("claire", PASSWORD)
    assert DossierService(reopened.database).search(MARKER)
    reopened.close()
    with pytest.raises(WrongCredentials):
        Installation(path).login("claire", "pas le bon mot de passe")


def test_a_plain_database_is_converted_with_an_encrypted_backup_first(tmp_path):
    from refparcours.data.database import open_database

    from refparcours.data.backup import backup_before_migration

    path = tmp_path / "ancienne.sqlite"
    with open_database(path) as plain:  # as the foundation left it, before encryption
        DossierService(plain).create_dossier({"label": f"Famille {MARKER}"})
    backup_before_migration(path, "0001")  # a plaintext backup from those days
    session, _ = Installation(path, KdfParams.fast()).create("claire", "Claire", PASSWORD)
    assert DossierService(session.database).search(MARKER)
    session.close()
    assert files_holding(tmp_path, MARKER) == []
    assert list((tmp_path / "sauvegardes").glob("*avant-chiffrement*.sqlite"))


def test_a_wrong_key_or_missing_side_file_gets_a_french_way_forward(tmp_path):
    path = tmp_path / "base.sqlite"
    session, recovery_key = Installation(path, KdfParams.fast()).create("claire", "Claire", PASSWORD)
    session.close()
    (tmp_path / "base.sqlite.keys").unlink()
    with pytest.raises(Exception) as caught:
        Installation(path).login("claire", PASSWORD)
    assert "clé de secours" in str(caught.value)
    # The recovery key rebuilds the side file with a new password.
    session = Installation(path, KdfParams.fast()).reset_with_recovery_key(recovery_key, "claire", "nouveau mot de passe")
    session.close()
    Installation(path).login("claire", "nouveau mot de passe").close()
    with pytest.raises(DatabaseOpenError):
        Installation(path).open_with_recovery_key("AAAA-" * 12 + "AAAA")


def test_a_lost_side_file_comes_back_from_the_backup_folder(tmp_path):
    from refparcours.data.backups import make_backup

    path = tmp_path / "base.sqlite"
    session, _ = Installation(path, KdfParams.fast()).create("claire", "Claire", PASSWORD)
    make_backup(path, session.database.key, "manuelle")  # keeps a copy of the side file
    session.close()
    (tmp_path / "base.sqlite.keys").unlink()
    Installation(path).login("claire", PASSWORD).close()
    assert (tmp_path / "base.sqlite.keys").exists()


def test_a_damaged_first_page_is_told_apart_from_a_wrong_password(tmp_path):
    from refparcours.security.accounts import DamagedDatabaseError

    path = tmp_path / "base.sqlite"
    session, _ = Installation(path, KdfParams.fast()).create("claire", "Claire", PASSWORD)
    session.close()
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # inside page 1: the file no longer opens
    path.write_bytes(bytes(data))
    with pytest.raises(WrongCredentials):
        Installation(path).login("claire", "pas le bon mot de passe")
    with pytest.raises(DamagedDatabaseError) as caught:
        Installation(path).login("claire", PASSWORD)
    assert "endommagée" in caught.value.message
