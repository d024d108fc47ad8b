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


# REFPARCOURS_TEST_POSTGRESQL=postgresql+psycopg://user@127.0.0.1:PORT/postgres runs every test
# that uses the ``database`` fixture against that server, each in a fresh database of its own.
POSTGRESQL = os.environ.get("REFPARCOURS_TEST_POSTGRESQL", "")


@pytest.fixture
def database(tmp_path):
    from refparcours.data.database import open_database

    if not POSTGRESQL:
        db = open_database(tmp_path / "refparcours.sqlite")
        yield db
        db.close()
        return
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(POSTGRESQL)
    name = f"t_{uuid.uuid4().hex}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    db = open_database(server.set(database=name).render_as_string(hide_password=False))
    try:
        yield db
    finally:
        db.close()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


sqlite_only = pytest.mark.skipif(bool(POSTGRESQL), reason="behaviour of the SQLite file (encryption, lock, backups)")


@pytest.fixture
def service(database):
    from refparcours.dossiers import DossierService

    return DossierService(database, today=lambda: TODAY)
