"""Demo data: reproducible, plausible, and full of the names real families have."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from refparcours.data.database import open_database
from refparcours.demo import fill_demo
from refparcours.domain import DossierState
from refparcours.dossiers import DossierService, key_to_uuid
from refparcours.errors import UserFacingError

REFERENCE = date(2026, 11, 1)
TABLES = ("dossier", "person", "network_contact")


def filled(path: Path, size: int, seed: int) -> Path:
    with open_database(path) as database:
        fill_demo(database, size, seed=seed, reference=REFERENCE)
    return path


def all_rows(path: Path) -> dict[str, list[tuple]]:
    """Every column of every row, ids and timestamps included, in a stable order."""
    connection = sqlite3.connect(path)
    try:
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall()) for table in TABLES}
    finally:
        connection.close()


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    return filled(tmp_path_factory.mktemp("demo") / "big.db", 200, seed=7)


def query(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_same_seed_gives_the_same_database(tmp_path):
    first = all_rows(filled(tmp_path / "a.db", 60, seed=7))
    second = all_rows(filled(tmp_path / "b.db", 60, seed=7))
    assert len(first["dossier"]) == 60
    assert first == second


def test_another_seed_gives_other_families(tmp_path):
    first, other = filled(tmp_path / "a.db", 60, seed=7), filled(tmp_path / "b.db", 60, seed=8)
    first_ids = {row for row in query(first, "SELECT id FROM dossier")}
    other_ids = {row for row in query(other, "SELECT id FROM dossier")}
    assert len(other_ids) == 60
    assert first_ids.isdisjoint(other_ids)
    assert query(first, "SELECT label FROM dossier ORDER BY label") != query(other, "SELECT label FROM dossier ORDER BY label")


def test_households_have_one_to_eight_persons(big):
    sizes = [n for (n,) in query(big, "SELECT count(p.id) FROM dossier d LEFT JOIN person p ON p.dossier_id = d.id GROUP BY d.id")]
    assert len(sizes) == 200
    assert min(sizes) >= 1 and max(sizes) <= 8
    assert len(set(sizes)) >= 5  # not all the same size


def test_some_households_have_children_and_every_one_has_an_adult(big):
    with_children = query(big, "SELECT count(DISTINCT dossier_id) FROM person WHERE role = 'enfant'")[0][0]
    assert with_children > 0
    without_adult = query(
        big, "SELECT count(*) FROM dossier d WHERE NOT EXISTS "
        "(SELECT 1 FROM person p WHERE p.dossier_id = d.id AND p.role = 'adulte')"
    )[0][0]
    assert without_adult == 0


def test_every_state_appears(big):
    states = {state for (state,) in query(big, "SELECT state FROM dossier")}
    assert states == {state.value for state in DossierState}


def test_names_carry_accents_apostrophes_and_hyphens(big):
    names = [f"{first} {last}" for first, last in query(big, "SELECT first_name, last_name FROM person")]
    assert any(ch in name for name in names for ch in "éèêëïîôöüçÉ")
    assert any("'" in name for name in names)
    assert any("-" in name for name in names)


def test_dossier_dates_lie_in_the_five_years_before_the_reference(big):
    earliest = REFERENCE - timedelta(days=5 * 366)
    rows = query(big, "SELECT state, opened_on, last_contact_on, closed_on FROM dossier")
    for state, opened, last_contact, closed in rows:
        opened = date.fromisoformat(opened)
        assert earliest <= opened <= REFERENCE
        for day in (last_contact, closed):
            if day is not None:
                assert opened <= date.fromisoformat(day) <= REFERENCE
        # The same rule the dossier form applies: only a closed dossier has a closing date.
        assert (closed is not None) == (state == DossierState.CLOS.value)
    births = [date.fromisoformat(b) for (b,) in query(big, "SELECT birth_date FROM person")]
    assert max(births) <= REFERENCE


def test_demo_families_are_found_by_the_search(big):
    # The search text written by the generator must match what the app computes.
    with open_database(big) as database:
        service = DossierService(database, today=lambda: REFERENCE)
        first_name, last_name, dossier_id = query(big, "SELECT first_name, last_name, dossier_id FROM person LIMIT 1")[0]
        keys = {key_to_uuid(k).hex for k in service.search(f"{first_name} {last_name}")}
        assert dossier_id in keys
        assert len(service.search("")) == 200
        rows = service.rows(service.search("")[:10])
        assert all(row is not None and 1 <= row.person_count <= 8 for row in rows)


def test_filling_a_database_that_has_dossiers_is_refused(tmp_path):
    path = filled(tmp_path / "a.db", 5, seed=1)
    before = all_rows(path)
    with open_database(path) as database:
        with pytest.raises(UserFacingError) as caught:
            fill_demo(database, 10, seed=2, reference=REFERENCE)
    assert "contient déjà 5 dossiers" in caught.value.message
    assert all_rows(path) == before


@pytest.mark.parametrize("size", [0, -3])
def test_size_below_one_is_refused(tmp_path, size):
    with open_database(tmp_path / "a.db") as database:
        with pytest.raises(UserFacingError) as caught:
            fill_demo(database, size, seed=1, reference=REFERENCE)
    assert "au moins 1" in caught.value.message
    assert all_rows(tmp_path / "a.db") == {table: [] for table in TABLES}


def test_progress_is_reported_up_to_the_total(tmp_path):
    seen = []
    with open_database(tmp_path / "a.db") as database:
        fill_demo(database, 12, seed=1, reference=REFERENCE, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (12, 12)
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)


def test_the_demo_directory_has_services_in_several_domains_some_to_check(tmp_path):
    from refparcours.demo_directory import SERVICES, add_demo_directory
    from refparcours.structures import DirectoryService

    reference = date(2026, 11, 22)
    with open_database(tmp_path / "demo.sqlite") as database:
        assert add_demo_directory(database, reference=reference) == len(SERVICES)
        directory = DirectoryService(DossierService(database, today=lambda: reference))
        everything = directory.search()
        assert len(everything) == len(SERVICES)
        assert directory.search(domain="logement") and directory.search(domain="langue")
        assert any(row["stale"] for row in everything) and not all(row["stale"] for row in everything)
        assert directory.where_to_go("Calais", "budget")
