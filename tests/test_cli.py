"""The command line as a user runs it: `python -m refparcours ...` in a fresh process,
with data and settings folders redirected so nothing touches the real user folders."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from refparcours.dossiers import DossierService
from refparcours.security.accounts import Installation


PASSWORD = "mot de passe de test"


@pytest.fixture
def passphrase_file(tmp_path) -> Path:
    path = tmp_path / "phrase.txt"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    return path


@pytest.fixture
def run(tmp_path, passphrase_file):
    env = {
        **os.environ,
        "REFPARCOURS_DATA_DIR": str(tmp_path / "data"),
        "REFPARCOURS_CONFIG_DIR": str(tmp_path / "config"),
        "REFPARCOURS_FAST_KDF": "1",  # new installations: cheap Argon2 parameters, tests only
        "PYTHONIOENCODING": "utf-8",
    }

    def run(*args: str, passphrase: bool = True) -> subprocess.CompletedProcess:
        extra = ["--passphrase-file", str(passphrase_file)] if passphrase and args and args[0] in ("demo", "audit", "print-plan", "export-person", "export-dossier", "import-dossier") else []
        return subprocess.run(
            [sys.executable, "-m", "refparcours", *args, *extra],
            capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120,
        )

    return run


def dossier_count(path: Path) -> int:
    """Counted through a real login: the file itself is encrypted."""
    session = Installation(path).login("demo", PASSWORD)
    try:
        return DossierService(session.database).count()
    finally:
        session.close()


def test_help_is_in_french_and_lists_demo_and_database(run):
    result = run("--help")
    assert result.returncode == 0, result.stderr
    assert "demo" in result.stdout and "--database" in result.stdout
    assert "utilisation : refparcours" in result.stdout
    assert "afficher cette aide et quitter" in result.stdout
    assert "show this help" not in result.stdout and "usage:" not in result.stdout


def test_demo_help_is_in_french(run):
    result = run("demo", "--help")
    assert result.returncode == 0, result.stderr
    assert "nombre de dossiers à créer" in result.stdout


def test_demo_fills_the_given_database(run, tmp_path):
    path = tmp_path / "x.db"
    result = run("demo", "--size", "5", "--database", str(path), "--reference-date", "2026-11-01")
    assert result.returncode == 0, result.stderr
    assert dossier_count(path) == 5
    assert "5 dossiers fictifs écrits" in result.stdout
    assert not (tmp_path / "data").exists()  # the user's own database was not created


def test_demo_without_database_uses_the_redirected_data_folder(run, tmp_path):
    result = run("demo", "--size", "2")
    assert result.returncode == 0, result.stderr
    assert dossier_count(tmp_path / "data" / "refparcours.sqlite") == 2


def test_demo_twice_on_the_same_database_is_refused_in_french(run, tmp_path):
    path = tmp_path / "x.db"
    assert run("demo", "--size", "3", "--database", str(path)).returncode == 0
    result = run("demo", "--size", "3", "--database", str(path))
    assert result.returncode == 2
    assert "contient déjà 3 dossiers" in result.stderr
    assert "Traceback" not in result.stderr
    assert dossier_count(path) == 3


@pytest.mark.parametrize(("size", "words"), [("abc", "« abc » n'est pas un nombre entier"), ("0", "compris entre 1 et")])
def test_bad_size_is_a_french_usage_error(run, tmp_path, size, words):
    result = run("demo", "--size", size, "--database", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert words in result.stderr
    assert "erreur" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_demo_on_a_file_that_is_not_a_database_is_refused_in_french(run, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Liste de courses\n", encoding="utf-8")
    result = run("demo", "--size", "3", "--database", str(path))
    assert result.returncode == 2
    assert "n'est pas une base de données refparcours" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "Liste de courses\n"


def test_demo_on_an_unsupported_database_is_refused_in_french(run):
    result = run("demo", "--size", "3", "--database", "mysql://serveur/base")
    assert result.returncode == 2
    assert "n'est pas pris en charge" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_database_is_encrypted_and_needs_the_password(run, tmp_path):
    path = tmp_path / "x.db"
    result = run("demo", "--size", "4", "--database", str(path))
    assert result.returncode == 0, result.stderr
    assert "Clé de secours" in result.stdout
    assert not path.read_bytes().startswith(b"SQLite format 3")
    wrong = tmp_path / "faux.txt"
    wrong.write_text("pas le bon\n", encoding="utf-8")
    refused = run("audit", "verify", "--database", str(path), "--passphrase-file", str(wrong), passphrase=False)
    assert refused.returncode == 2
    assert "Identifiant ou mot de passe incorrect" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_audit_verify_reports_an_intact_log(run, tmp_path):
    path = tmp_path / "x.db"
    assert run("demo", "--size", "3", "--database", str(path)).returncode == 0
    result = run("audit", "verify", "--database", str(path))
    assert result.returncode == 0, result.stderr
    assert "intact" in result.stdout


def test_backup_check_and_restore_from_the_command_line(run, tmp_path, passphrase_file):
    path = tmp_path / "x.db"
    assert run("demo", "--size", "3", "--database", str(path)).returncode == 0
    account = ["--database", str(path), "--passphrase-file", str(passphrase_file)]
    backup = run("backup", *account, "--to", str(tmp_path / "usb"), passphrase=False)
    assert backup.returncode == 0, backup.stderr
    saved = next((tmp_path / "sauvegardes").glob("x-*-manuelle.sqlite"))
    assert (tmp_path / "usb" / saved.name).exists()

    session = Installation(path).login("demo", PASSWORD)
    DossierService(session.database).create_dossier({"label": "Famille ajoutée après la sauvegarde"})
    session.close()
    assert dossier_count(path) == 4

    check = run("check", *account, passphrase=False)
    assert check.returncode == 0 and "intact" in check.stdout
    restored = run("restore", str(saved), *account, passphrase=False)
    assert restored.returncode == 0, restored.stderr
    assert dossier_count(path) == 3
    assert list((tmp_path / "sauvegardes").glob("x-*-avant-restauration.sqlite"))


def test_check_reports_a_damaged_file(run, tmp_path, passphrase_file):
    path = tmp_path / "x.db"
    assert run("demo", "--size", "20", "--database", str(path)).returncode == 0
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte flipped in the middle of the file
    path.write_bytes(bytes(data))
    result = run("check", "--database", str(path), "--passphrase-file", str(passphrase_file), "--full",
                 passphrase=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.strip()


def a_dossier_with_a_plan(path) -> uuid.UUID:
    """The id of a demo dossier that has a PPF (read with the demo account)."""
    from sqlalchemy import select

    from refparcours.data import tables

    session = Installation(path).login("demo", PASSWORD)
    try:
        with session.database.engine.connect() as connection:
            return connection.execute(select(tables.plan.c.dossier_id)).scalars().first()
    finally:
        session.close()


def test_print_plan_writes_the_family_and_partner_copies_and_explains_mistakes(run, tmp_path):
    path = tmp_path / "x.db"
    assert run("demo", "--size", "40", "--database", str(path), "--reference-date", "2026-11-22").returncode == 0
    dossier_id = a_dossier_with_a_plan(path)
    family = tmp_path / "plan.pdf"
    result = run("print-plan", str(dossier_id), "--out", str(family), "--database", str(path))
    assert result.returncode == 0, result.stderr
    assert "Projet version 2 imprimé" in result.stdout  # the demo plan was adopted twice, unchanged since
    text = subprocess.run(["pdftotext", str(family), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ce que font les professionnels" in text and "page 1 / " in text

    partner = tmp_path / "partenaire.pdf"
    # The gate: the family agreed for the CCAS (a listed partner), not for the school.
    refused = run("print-plan", str(dossier_id), "--copy", "partenaire", "--recipient", "Collège Jean-Moulin",
                  "--out", str(partner), "--database", str(path))
    assert refused.returncode == 2 and "Partage avec « Collège Jean-Moulin » impossible" in refused.stderr
    assert not partner.exists()
    result = run("print-plan", str(dossier_id), "--copy", "partenaire", "--recipient", "CCAS de la ville",
                 "--out", str(partner), "--database", str(path))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(partner), "-"], capture_output=True, text=True, check=True).stdout
    assert "Copie pour un partenaire" in text
    assert "Je ne suis pas d'accord" not in text  # the family shares its demande and the actions only

    missing = run("print-plan", str(dossier_id), "--version", "9", "--out", str(tmp_path / "x.pdf"),
                  "--database", str(path))
    assert missing.returncode == 2
    assert "pas de version 9 : ses versions vont de 1 à 2" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    unknown = run("print-plan", "Famille qui n'existe pas", "--out", str(tmp_path / "x.pdf"), "--database", str(path))
    assert "Aucun dossier ne correspond" in unknown.stderr
    bad = run("print-plan", str(dossier_id), "--version", "zéro", "--out", "x.pdf", "--database", str(path))
    assert bad.returncode == 2 and "n'est pas un numéro de version" in bad.stderr


def test_export_person_writes_the_access_export_and_explains_mistakes(run, tmp_path):
    path = tmp_path / "x.db"
    assert run("demo", "--size", "40", "--database", str(path), "--reference-date", "2026-11-22").returncode == 0
    session = Installation(path).login("demo", PASSWORD)
    try:
        from sqlalchemy import select

        from refparcours.data import tables

        with session.database.engine.connect() as connection:
            dossier_id = connection.execute(select(tables.plan.c.dossier_id)).scalars().first()
            person_id = connection.execute(select(tables.person.c.id)
                                           .where(tables.person.c.dossier_id == dossier_id)).scalars().first()
    finally:
        session.close()
    out = tmp_path / "export"
    out.mkdir()
    result = run("export-person", str(person_id), "--out", str(out), "--database", str(path))
    assert result.returncode == 0, result.stderr
    written = sorted(p.suffix for p in out.iterdir())
    assert written == [".json", ".pdf"]
    missing = run("export-person", "Personne Inconnue", "--out", str(out), "--database", str(path))
    assert missing.returncode == 2 and "Aucune personne ne s'appelle « Personne Inconnue »" in missing.stderr
    nowhere = run("export-person", str(person_id), "--out", str(tmp_path / "absent"), "--database", str(path))
    assert nowhere.returncode == 2 and "n'existe pas" in nowhere.stderr


def test_print_leaflet_writes_the_leaflet_with_the_referent(run, tmp_path):
    out = tmp_path / "plaquette.pdf"
    result = run("print-leaflet", "--out", str(out), "--referent", "Élodie Marchand", "--booklet")
    assert result.returncode == 0, result.stderr
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Élodie Marchand" in text and "jamais une obligation" in text
    (tmp_path / "un-fichier").write_text("pas un dossier")
    bad = run("print-leaflet", "--out", str(tmp_path / "un-fichier" / "x.pdf"))
    assert bad.returncode == 2 and "n'a pas pu être écrit" in bad.stderr


def test_a_dossier_package_goes_from_one_installation_to_another(run, tmp_path):
    laptop, office = tmp_path / "portable.db", tmp_path / "bureau.db"
    for path in (laptop, office):
        assert run("demo", "--size", "20", "--database", str(path), "--reference-date", "2026-11-22").returncode == 0
    dossier_id = a_dossier_with_a_plan(laptop)
    secret = tmp_path / "phrase-paquet.txt"
    secret.write_text("une phrase donnée à part\n", encoding="utf-8")
    package = tmp_path / "dossier.paquet"
    result = run("export-dossier", str(dossier_id), "--out", str(package), "--package-passphrase-file", str(secret),
                 "--database", str(laptop))
    assert result.returncode == 0, result.stderr
    # The office's demo has the same ids (same seed): the dossier is already there, with its own plan.
    first = run("import-dossier", str(package), "--package-passphrase-file", str(secret), "--database", str(office))
    assert first.returncode == 0, first.stdout + first.stderr
    wrong = tmp_path / "faux.txt"
    wrong.write_text("pas la bonne phrase\n", encoding="utf-8")
    refused = run("import-dossier", str(package), "--package-passphrase-file", str(wrong), "--database", str(office))
    assert refused.returncode == 2 and "phrase secrète n'est pas la bonne" in refused.stderr
    gated = run("export-dossier", str(dossier_id), "--out", str(tmp_path / "x"), "--recipient", "Collège Jean-Moulin",
                "--package-passphrase-file", str(secret), "--database", str(laptop))
    assert gated.returncode == 2 and "impossible" in gated.stderr
