"""Every parser of outside input, fed anything: it loads, or it is refused with a French
message (a UserFacingError) — never a traceback, never a partial write."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from refparcours.errors import UserFacingError

FUZZ = settings(max_examples=int(__import__("os").environ.get("REFPARCOURS_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that look a little like the real thing, and bytes that do not look like anything.
TOML_LIKE = st.lists(st.sampled_from([
    b"version = 'v1'\n", b"[[domaine]]\n", b"[[point]]\n", b"[[question]]\n", b"[[dimension]]\n", b"cle = 'a'\n",
    b"libelle = 'A'\n", b"texte = 'T'\n", b"id = 'q'\n", b"type = 'choix'\n", b"choix = ['x']\n", b"= =\n",
    b"\xff\xfe", b"titre = 1\n", b"point = 3\n", b"domaine = 'x'\n", "é€ 🙂\n".encode(), b"[[\n", b"\x00",
]), max_size=12).map(b"".join)
ANY_BYTES = st.one_of(st.binary(max_size=400), TOML_LIKE)


def loads_or_refuses(parse, data) -> None:
    try:
        parse(data)
    except UserFacingError as error:
        assert error.message and "Traceback" not in error.message


@FUZZ
@given(ANY_BYTES)
def test_the_domain_file(data):
    from refparcours.ppf import parse_domains

    loads_or_refuses(parse_domains, data)


@FUZZ
@given(ANY_BYTES)
def test_the_charter_file(data):
    from refparcours.meeting import parse_charter

    loads_or_refuses(parse_charter, data)


@FUZZ
@given(ANY_BYTES)
def test_the_follow_up_questions(data):
    from refparcours.evaluation import parse_questions

    loads_or_refuses(parse_questions, data)


@FUZZ
@given(ANY_BYTES)
def test_the_screening_criteria(data):
    from refparcours.screening import parse_criteria

    loads_or_refuses(lambda raw: parse_criteria(raw, "criteres.toml"), data)


CSV_LIKE = st.lists(st.lists(st.one_of(st.text(max_size=20), st.sampled_from(
    ["Nom", "Commune", "Téléphone", "=1+1", "Logement", '"', "\n", ";", ","])), max_size=8), max_size=10).map(
    lambda rows: "\n".join(";".join(cells) for cells in rows))


@FUZZ
@given(st.one_of(st.binary(max_size=600), CSV_LIKE.map(lambda text: text.encode("utf-8")),
                 CSV_LIKE.map(lambda text: text.encode("cp1252", errors="replace"))))
def test_a_directory_spreadsheet(data):
    from refparcours.directory_io import check_mapping, guess_mapping, read_table, validate_rows
    from refparcours.ppf import load_domains

    domains = {d.key: d.label for d in load_domains().domains}
    try:
        table = read_table(data, "annuaire.csv")
        mapping = guess_mapping(table.header)
        check_mapping(mapping, table.header)
        report = validate_rows(table, mapping, domains, date(2026, 11, 22))
        assert isinstance(report.summary(), str)
    except UserFacingError as error:
        assert error.message


@FUZZ
@given(st.one_of(st.binary(max_size=300), st.binary(max_size=200).map(lambda tail: b"REFPARCOURS-PAQUET\n" + tail),
                 st.text(max_size=80).map(lambda header: b"REFPARCOURS-PAQUET\n" + header.encode() + b"\n\x00\x01")))
def test_a_dossier_package(data):
    from refparcours.packages import PackageService

    loads_or_refuses(lambda raw: PackageService.open(raw, "une phrase quelconque"), data)


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(["demo", "bench", "print-plan", "export-person", "--size", "--out",
                                           "--version", "--copy", "partenaire", "--database", "-h", "zéro", "-1",
                                           "--category", "caf", "import-dossier", "--prefer", "load-bench"]),
                          st.text(max_size=12)), max_size=6))
def test_command_line_arguments(argv):
    from refparcours.cli import build_parser

    try:
        build_parser().parse_args(argv)
    except SystemExit as stop:  # argparse's usage message (in French), never a traceback
        assert stop.code in (0, 2)


_PRISTINE: dict[bool, tuple[bytes, bytes, bytes | None]] = {}


def _pristine(encrypted: bool) -> tuple[bytes, bytes, bytes | None]:
    """A base with a few families, a real backup of it (plain or encrypted), and the key:
    made once, each example starts from copies."""
    if encrypted not in _PRISTINE:
        import tempfile
        from pathlib import Path

        from refparcours.data.backups import make_backup
        from refparcours.data.database import open_database
        from refparcours.demo import fill_demo
        from refparcours.security.keys import new_database_key

        key = new_database_key() if encrypted else None
        with tempfile.TemporaryDirectory() as folder:
            base = Path(folder) / "base.sqlite"
            with open_database(base, key=key) as database:
                fill_demo(database, 4, seed=2, reference=date(2026, 11, 22))
            backup = make_backup(base, key, "manuelle").path
            _PRISTINE[encrypted] = (backup.read_bytes(), backup.read_bytes(), key)
    return _PRISTINE[encrypted]


BACKUP_DAMAGE = st.one_of(
    st.lists(st.tuples(st.integers(0, 400_000), st.integers(0, 255)), min_size=1, max_size=6).map(
        lambda flips: ("flip", flips)),
    st.integers(0, 400_000).map(lambda length: ("cut", length)),
    st.binary(max_size=300).map(lambda tail: ("tail", tail)),
    st.binary(max_size=300).map(lambda data: ("replace", data)),
)


def _damaged(data: bytes, damage) -> bytes:
    kind, how = damage
    if kind == "flip":
        changed = bytearray(data)
        for offset, value in how:
            changed[offset % len(changed)] = value
        return bytes(changed)
    if kind == "cut":
        return data[:how % len(data)]
    return data + how if kind == "tail" else how


def _families(base, key) -> list[str]:
    from sqlalchemy import select

    from refparcours.data import tables
    from refparcours.data.database import open_database

    with open_database(base, key=key) as database, database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        return sorted(connection.execute(select(tables.dossier.c.label)).scalars())


@FUZZ
@given(damage=BACKUP_DAMAGE, encrypted=st.booleans())
# Found by this test: SQLite quoting non-UTF-8 bytes of a damaged page; an unknown file format
# version (byte 18) that SQLite opens read-only.
@example(damage=("flip", [(73043, 128)]), encrypted=False)
@example(damage=("flip", [(18, 3)]), encrypted=False)
def test_a_backup_to_restore(damage, encrypted):
    """A damaged backup is refused in French and the base stays as it was; one that passes
    the checks gives a whole base that opens (or is refused in French), never a half-restored one."""
    import tempfile
    from pathlib import Path

    from refparcours.data.backups import restore

    base_bytes, backup_bytes, key = _pristine(encrypted)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base.sqlite"
        base.write_bytes(base_bytes)  # a closed base: the copy of a backup file
        chosen = Path(folder) / "choisie.sqlite"
        chosen.write_bytes(_damaged(backup_bytes, damage))
        before = _families(base, key)
        try:
            restore(chosen, base, key)
        except UserFacingError as error:
            assert error.message and "Traceback" not in error.message
            assert _families(base, key) == before
            return
        try:
            _families(base, key)  # opens, and passes the integrity check
        except UserFacingError as error:
            assert error.message
