"""Dossier packages: a rich dossier exported, imported into an empty base of the other engine
(PostgreSQL in the PostgreSQL pass) record for record; both sides diverge, the second import
keeps everything under the user's choices; damaged, tampered, newer or wrongly-unlocked
packages are refused whole."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from refparcours.data import tables
from refparcours.data.database import open_database
from refparcours.demo import fill_demo
from refparcours.demo_plans import add_demo_plans
from refparcours.dossiers import PERSON, DossierService
from refparcours.errors import ValidationError
from refparcours.meeting import load_charter
from refparcours.meetings import MeetingService
from refparcours.packages import TABLE_ORDER, PackageError, PackageService, _comparable
from refparcours.plans import PlanService
from refparcours.ppf import FAMILLE, PROFESSIONNEL, Writer
from refparcours.security.keys import KdfParams
from tests.conftest import TODAY

PASSPHRASE = "une phrase donnée à part"
FAST = KdfParams.fast()


@pytest.fixture
def source(tmp_path):
    """A laptop's base with a rich dossier: plan and versions, consents, a meeting."""
    database = open_database(tmp_path / "portable.sqlite")
    fill_demo(database, 30, seed=5, reference=TODAY)
    add_demo_plans(database, count=1, seed=5, reference=TODAY)
    service = DossierService(database, today=lambda: TODAY)
    with database.engine.connect() as connection:
        dossier_id = connection.execute(select(tables.plan.c.dossier_id)).scalar()
    meetings = MeetingService(service)
    meeting_id = meetings.prepare(dossier_id, kind="synthese", planned_on="20/11/2026", place="Chez la famille")
    participant = meetings.add_participant(meeting_id, name="Ophélie Bernard", side="famille", present=True)
    meetings.open(meeting_id, family_present=True)
    meetings.acknowledge_charter(meeting_id, load_charter(), "Ophélie Bernard")
    meetings.set_phase(meeting_id, "information")
    meetings.add_entry(meeting_id, text="On a reçu la lettre du bailleur.", kind="information",
                       participant_id=participant)
    yield service, dossier_id
    database.close()


def rows_of(service: DossierService, dossier_id) -> dict:
    with service.database.engine.connect() as connection:
        rows = PackageService(service)._rows(connection, dossier_id)
    return {name: sorted((_comparable(next(t for t in TABLE_ORDER if t.name == name), r) for r in found),
                         key=lambda r: r["id"]) for name, found in rows.items()}


def test_a_rich_dossier_travels_record_for_record_and_a_second_trip_merges(source, service):
    origin, dossier_id = source
    before = rows_of(origin, dossier_id)  # the export adds its own line to the sharing log, after
    package = PackageService(origin, kdf=FAST).export(dossier_id, PASSPHRASE)
    assert b"Bernard" not in package and b"bailleur" not in package  # encrypted, no name in the header
    target = PackageService(service, kdf=FAST)
    merge = target.plan_import(target.open(package, PASSPHRASE))
    assert merge.conflicts == [] and merge.local_only == 0
    result = target.apply(merge)
    assert result["added"] == sum(len(rows) for rows in merge.rows.values())
    after = rows_of(service, dossier_id)
    assert before.keys() == after.keys()
    for name in before:
        assert after[name] == before[name], name  # every record, every id, every value
    assert sum(len(r) for r in before.values()) > 40 and all(before[t] for t in ("plan_version", "consent", "meeting_entry"))

    # Both sides go on working; then the laptop's package comes back.
    laptop, office = PlanService(origin), PlanService(service)
    plan_id = office.plan_for(dossier_id)
    actions = office.content(plan_id)["actions"]
    laptop.edit_action(uuid.UUID(actions[0]["id"]), {"how": "Changé sur le portable"}, Writer(FAMILLE, "Ophélie"))
    laptop.add_entry(plan_id, "point_de_vue", "Écrit hors ligne, chez nous.", Writer(FAMILLE, "Ophélie Bernard"))
    office.edit_action(uuid.UUID(actions[1]["id"]), {"status": "realisee"}, Writer(PROFESSIONNEL, "Nathalie"))
    service.add_member(PERSON, dossier_id, {"first_name": "Noé", "last_name": "Bernard", "role": "enfant"})
    again = target.plan_import(target.open(PackageService(origin, kdf=FAST).export(dossier_id, PASSPHRASE),
                                           PASSPHRASE))
    differing = {(c.table, c.id): c for c in again.conflicts}
    assert set(differing) == {("plan_action", actions[0]["id"]), ("plan_action", actions[1]["id"])}
    assert differing[("plan_action", actions[0]["id"])].fields == ["how"]
    assert [row["text"] for name, row in again.new if name == "plan_entry"] == ["Écrit hors ligne, chez nous."]
    with pytest.raises(ValidationError, match="choisissez pour chacune"):
        target.apply(again)  # never a silent overwrite
    target.apply(again, {f"plan_action:{actions[0]['id']}": "paquet", f"plan_action:{actions[1]['id']}": "local"})
    merged = office.content(plan_id)
    by_id = {a["id"]: a for a in merged["actions"]}
    assert by_id[actions[0]["id"]]["how"] == "Changé sur le portable"
    assert by_id[actions[1]["id"]]["status"] == "realisee"
    assert "Écrit hors ligne, chez nous." in [e["text"] for e in merged["point_de_vue"]]
    assert "Noé" in [p["first_name"] for p in service.load(dossier_id)["persons"]]  # the office's own is kept


def test_damaged_tampered_newer_or_wrongly_unlocked_packages_are_refused(source, service):
    origin, dossier_id = source
    package = PackageService(origin, kdf=FAST).export(dossier_id, PASSPHRASE)
    target = PackageService(service, kdf=FAST)
    with pytest.raises(PackageError, match="phrase secrète n'est pas la bonne"):
        target.open(package, "pas la bonne phrase")
    with pytest.raises(PackageError, match="abîmé ou modifié"):
        target.open(package[:-40], PASSPHRASE)  # cut during the copy
    tampered = bytearray(package)
    tampered[len(package) // 2] ^= 0x01
    with pytest.raises(PackageError, match="abîmé ou modifié"):
        target.open(bytes(tampered), PASSPHRASE)
    newer = package.replace(b'"format": 1', b'"format": 9', 1)
    with pytest.raises(PackageError, match="version plus récente"):
        target.open(newer, PASSPHRASE)
    with pytest.raises(PackageError, match="pas un paquet"):
        target.open(b"%PDF-1.4 ...", PASSPHRASE)
    with pytest.raises(ValidationError, match="au moins"):
        PackageService(origin, kdf=FAST).export(dossier_id, "court")
    with service.database.engine.connect() as connection:
        assert connection.execute(select(tables.dossier.c.id)).all() == []  # nothing imported
