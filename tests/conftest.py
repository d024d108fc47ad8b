"""Shared fixtures. Qt runs offscreen; nothing touches the real user folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Settings and the default database live in a fresh folder for every test."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("REFPARCOURS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("REFPARCOURS_CONFIG_DIR", str(home / "config"))
    return home


@pytest.fixture
def database(tmp_path):
    from refparcours.data.database import open_database

    db = open_database(tmp_path / "refparcours.sqlite")
    yield db
    db.close()


@pytest.fixture
def service(database):
    from refparcours.dossiers import DossierService

    return DossierService(database, today=lambda: TODAY)
