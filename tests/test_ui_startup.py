"""Opening the app: a clear French message instead of a traceback or a damaged file."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from refparcours.cli import build_parser
from refparcours.data.database import open_database
from refparcours.paths import default_database_path
from refparcours.ui.application import run_gui


@pytest.fixture
def shown_errors(qapp, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    return shown


def open_gui(*argv: str) -> int:
    return run_gui(build_parser().parse_args([*argv, "--quit-when-ready"]))


def test_first_start_creates_the_default_database(shown_errors):
    assert open_gui() == 0
    assert shown_errors == []
    assert default_database_path().exists()


def test_a_file_that_is_not_a_database_is_explained_and_left_alone(tmp_path, shown_errors):
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"Compte rendu de synthese, pas une base.")
    assert open_gui("--database", str(notes)) == 2
    assert "n'est pas une base de données refparcours" in shown_errors[0][1]
    assert notes.read_bytes() == b"Compte rendu de synthese, pas une base."


def test_a_second_copy_on_the_same_file_gets_a_clear_message(tmp_path, shown_errors):
    path = tmp_path / "equipe.sqlite"
    with open_database(path):
        assert open_gui("--database", str(path)) == 2
    assert "déjà ouverte" in shown_errors[0][1]
    assert open_gui("--database", str(path)) == 0  # once the first copy is closed, it opens


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path, shown_errors):
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    assert open_gui("--database", str(path)) == 2
    assert "version plus récente" in shown_errors[0][1]
    assert path.read_bytes() == before
