"""The audit log: entries travel with the change they record, and any tampering with the
stored rows is reported at the entry where it happened."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, insert, select, text, update

from refparcours.data.database import open_database
from refparcours.data.tables import account, audit_anchor, audit_entry
from refparcours.security import audit
from refparcours.security.keys import new_database_key

ALICE = audit.Actor(uuid.uuid4(), "alice")
BOB = audit.Actor(uuid.uuid4(), "bob")
NOW = datetime.now(timezone.utc)
LONG_AGO = NOW - timedelta(days=600)


def fill(database, count: int, *, at: datetime | None = None) -> None:
    with database.engine.begin() as connection:
        for number in range(count):
            audit.append(connection, ALICE, audit.UPDATE, record_type="dossier", record_id=str(uuid.uuid4()),
                         detail=f"champs : label ({number})", at=at)


def tamper(database, sql: str, **params) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(sql), params)


def stored_count(database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(audit_entry)).scalar()


def test_appended_entries_verify_and_read_back(database):
    dossier_id = uuid.uuid4()
    paris = timezone(timedelta(hours=2))
    with database.engine.begin() as connection:
        audit.append(connection, ALICE, audit.LOGIN)
        seq = audit.append(connection, ALICE, audit.READ, record_type="dossier", record_id=dossier_id,
                           at=datetime(2026, 6, 1, 14, 30, tzinfo=paris))
        audit.append(connection, audit.SYSTEM, audit.BACKUP, detail="refparcours-2026-06-01.sqlite")

    report = audit.verify(database.engine)
    assert (report.ok, report.checked, report.first_broken_seq) == (True, 3, None)
    assert report.message == "Journal intact : 3 entrées vérifiées."

    [read] = audit.entries(database.engine, record_id=dossier_id)
    assert read.seq == seq == 2
    assert (read.actor_id, read.actor, read.label) == (ALICE.id, "alice", "Consultation")
    # Stored and given back in UTC, the same instant as given.
    assert read.at == datetime(2026, 6, 1, 12, 30, tzinfo=timezone.utc) and read.at.utcoffset() == timedelta(0)


def test_hash_follows_the_documented_formula(database):
    # An auditor can recheck the log outside the app: sha256(previous hash + canonical JSON).
    at = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=timezone.utc)
    audit.append(database.engine, ALICE, audit.DELETE, record_type="person", record_id="r-1",
                 detail="champs : prénom", at=at)
    payload = json.dumps({"seq": 1, "at": "2026-03-04T05:06:07.890123+00:00", "actor_id": str(ALICE.id),
                          "actor": "alice", "operation": "delete", "record_type": "person", "record_id": "r-1",
                          "detail": "champs : prénom"}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    expected = hashlib.sha256(("0" * 64 + payload).encode("utf-8")).hexdigest()
    assert audit.head(database.engine) == (1, expected)


def test_entry_is_committed_or_rolled_back_with_the_callers_transaction(database):
    with database.session() as session:
        session.execute(insert(account).values(username="carole"))
        audit.append(session, ALICE, audit.ACCOUNT_CREATE, record_type="account", record_id="carole")
    assert stored_count(database) == 1

    with pytest.raises(RuntimeError):
        with database.session() as session:
            session.execute(insert(account).values(username="david"))
            audit.append(session, ALICE, audit.ACCOUNT_CREATE, record_type="account", record_id="david")
            raise RuntimeError("the change fails after its entry was written")
    # The failed change left no entry claiming it happened.
    assert stored_count(database) == 1
    assert audit.verify(database.engine).ok


def test_edited_detail_is_reported_at_that_entry(database):
    fill(database, 5)
    tamper(database, "UPDATE audit_entry SET detail = 'champs : rien' WHERE seq = 3")

    report = audit.verify(database.engine)
    assert (report.ok, report.first_broken_seq, report.checked) == (False, 3, 2)
    assert report.message == ("Le journal a été modifié : l'entrée n° 3 ne correspond plus à sa chaîne "
                              "(modifiée, supprimée ou insérée).")


def test_edited_actor_or_time_is_reported(database):
    # Not only the detail: who and when are covered by the hash too.
    fill(database, 3)
    tamper(database, "UPDATE audit_entry SET actor = 'bob' WHERE seq = 2")
    assert audit.verify(database.engine).first_broken_seq == 2
    tamper(database, "UPDATE audit_entry SET actor = 'alice' WHERE seq = 2")
    assert audit.verify(database.engine).ok

    tamper(database, "UPDATE audit_entry SET at = :at WHERE seq = 1", at="2020-01-01 00:00:00.000000")
    assert audit.verify(database.engine).first_broken_seq == 1


def test_deleted_middle_entry_is_reported(database):
    fill(database, 5)
    tamper(database, "DELETE FROM audit_entry WHERE seq = 3")

    report = audit.verify(database.engine)
    assert (report.ok, report.first_broken_seq) == (False, 3)
    assert "n° 3" in report.message


def test_deleted_first_entry_is_reported(database):
    fill(database, 3)
    tamper(database, "DELETE FROM audit_entry WHERE seq = 1")
    assert audit.verify(database.engine).first_broken_seq == 1


def test_swapped_entries_are_reported(database):
    fill(database, 5)
    columns = [c for c in audit_entry.c if c.name != "seq"]
    with database.engine.begin() as connection:
        second, fourth = (connection.execute(select(*columns).where(audit_entry.c.seq == seq)).one()._asdict()
                          for seq in (2, 4))
        connection.execute(update(audit_entry).where(audit_entry.c.seq == 2).values(**fourth))
        connection.execute(update(audit_entry).where(audit_entry.c.seq == 4).values(**second))

    report = audit.verify(database.engine)
    assert (report.ok, report.first_broken_seq) == (False, 2)


def test_flipped_hash_character_is_reported(database):
    fill(database, 4)
    with database.engine.begin() as connection:
        stored = connection.execute(select(audit_entry.c.hash).where(audit_entry.c.seq == 4)).scalar()
        flipped = ("1" if stored[10] == "0" else "0").join((stored[:10], stored[11:]))
        connection.execute(update(audit_entry).where(audit_entry.c.seq == 4).values(hash=flipped))

    assert audit.verify(database.engine).first_broken_seq == 4


def test_forged_entry_is_reported(database):
    fill(database, 2)
    with database.engine.begin() as connection:
        last = connection.execute(select(audit_entry.c.hash).where(audit_entry.c.seq == 2)).scalar()
        connection.execute(insert(audit_entry).values(
            seq=3, at=NOW, actor_id=BOB.id, actor="bob", operation=audit.DELETE, record_type="dossier",
            record_id=str(uuid.uuid4()), detail="", prev_hash=last, hash="f" * 64))

    assert audit.verify(database.engine).first_broken_seq == 3


def test_break_beyond_the_first_batch_is_found(database, monkeypatch):
    # Verification reads the log in batches; a hole at a batch boundary must not slip through.
    monkeypatch.setattr(audit, "_VERIFY_BATCH", 10)
    fill(database, 25)
    assert audit.verify(database.engine).checked == 25
    tamper(database, "DELETE FROM audit_entry WHERE seq = 11")
    assert audit.verify(database.engine).first_broken_seq == 11


def test_prune_removes_old_entries_and_keeps_the_log_verifiable(database):
    fill(database, 3, at=LONG_AGO)
    fill(database, 2)

    removed = audit.prune(database.engine, older_than=audit.retention_cutoff(), actor=ALICE)

    assert removed == 3
    report = audit.verify(database.engine)
    assert (report.ok, report.checked) == (True, 3)  # the two kept entries and the purge itself
    newest = audit.entries(database.engine)
    assert [e.seq for e in newest] == [6, 5, 4]
    assert newest[0].operation == audit.PRUNE and newest[0].detail.startswith("3 entrées supprimées")
    with database.engine.connect() as connection:
        anchor = connection.execute(select(audit_anchor)).one()
    assert anchor.seq == 3
    # The chain goes on from the purge.
    fill(database, 1)
    assert audit.verify(database.engine).checked == 4


def test_prune_only_removes_a_leading_run_of_old_entries(database):
    # The clock went backwards once: an old-looking entry after a recent one stays, or the
    # chain would have a hole.
    fill(database, 2, at=LONG_AGO)
    fill(database, 1)
    fill(database, 1, at=LONG_AGO)

    assert audit.prune(database.engine, older_than=audit.retention_cutoff(), actor=ALICE) == 2
    assert audit.verify(database.engine).ok
    assert stored_count(database) == 3


def test_prune_refuses_to_remove_entries_younger_than_six_months(database):
    fill(database, 2, at=NOW - timedelta(days=100))
    with pytest.raises(ValueError):
        audit.prune(database.engine, older_than=NOW - timedelta(days=30), actor=ALICE)
    assert stored_count(database) == 2


def test_prune_keeps_the_evidence_of_earlier_tampering(database):
    fill(database, 3, at=LONG_AGO)
    fill(database, 1)
    tamper(database, "UPDATE audit_entry SET detail = '' WHERE seq = 2")

    audit.prune(database.engine, older_than=audit.retention_cutoff(), actor=ALICE)

    # The tampered rows are gone, but the purge entry says the log had been modified.
    assert audit.verify(database.engine).ok
    [purge] = audit.entries(database.engine, operation=audit.PRUNE)
    assert "modifié avant la purge (entrée n° 2)" in purge.detail


def test_anchor_moved_without_a_purge_is_reported(database):
    # Deleting the oldest entries and pointing the anchor past them must not pass as a purge.
    fill(database, 5)
    with database.engine.begin() as connection:
        third = connection.execute(select(audit_entry.c.hash).where(audit_entry.c.seq == 3)).scalar()
        connection.execute(text("DELETE FROM audit_entry WHERE seq <= 3"))
        connection.execute(insert(audit_anchor).values(id=1, seq=3, hash=third, pruned_at=NOW))

    report = audit.verify(database.engine)
    assert not report.ok and report.first_broken_seq == 4


def test_long_detail_is_refused(database):
    audit.append(database.engine, ALICE, audit.EXPORT, detail="x" * 500)
    with pytest.raises(ValueError):
        audit.append(database.engine, ALICE, audit.EXPORT, detail="x" * 501)
    assert stored_count(database) == 1


def test_unknown_operation_and_naive_time_are_refused(database):
    with pytest.raises(ValueError):
        audit.append(database.engine, ALICE, "edit")
    with pytest.raises(ValueError):
        audit.append(database.engine, ALICE, audit.READ, at=datetime(2026, 1, 1, 12, 0))
    assert stored_count(database) == 0


def test_entries_are_filtered_and_newest_first(database):
    dossier_id = uuid.uuid4()
    with database.engine.begin() as connection:
        audit.append(connection, ALICE, audit.LOGIN, at=NOW - timedelta(days=3))
        audit.append(connection, BOB, audit.READ, record_type="dossier", record_id=dossier_id,
                     at=NOW - timedelta(days=2))
        audit.append(connection, ALICE, audit.UPDATE, record_type="dossier", record_id=dossier_id,
                     detail="champs : label", at=NOW - timedelta(days=1))
        audit.append(connection, audit.SYSTEM, audit.BACKUP, at=NOW)

    assert [e.seq for e in audit.entries(database.engine)] == [4, 3, 2, 1]
    assert [e.seq for e in audit.entries(database.engine, actor=ALICE)] == [3, 1]
    assert [e.seq for e in audit.entries(database.engine, actor="système")] == [4]
    assert [e.seq for e in audit.entries(database.engine, record_id=dossier_id)] == [3, 2]
    assert [e.seq for e in audit.entries(database.engine, operation=audit.READ)] == [2]
    window = audit.entries(database.engine, since=NOW - timedelta(days=2, hours=1), until=NOW - timedelta(hours=1))
    assert [e.seq for e in window] == [3, 2]
    assert [e.seq for e in audit.entries(database.engine, limit=2)] == [4, 3]


def test_thousand_entries_verify(database):
    # A year of a small team's activity; verification must walk it all.
    fill(database, 1000)
    report = audit.verify(database.engine)
    assert (report.ok, report.checked) == (True, 1000)
    assert report.message == "Journal intact : 1\u00a0000 entrées vérifiées."


def test_encrypted_database(tmp_path):
    database = open_database(tmp_path / "e.db", key=new_database_key())
    try:
        fill(database, 3)
        assert audit.verify(database.engine).ok
        tamper(database, "UPDATE audit_entry SET record_id = 'autre' WHERE seq = 2")
        assert audit.verify(database.engine).first_broken_seq == 2
    finally:
        database.close()


def test_an_administrator_login_prunes_entries_past_retention(tmp_path, monkeypatch):
    from datetime import datetime, timedelta, timezone

    from refparcours.security.accounts import Installation
    from refparcours.security.keys import KdfParams

    path = tmp_path / "base.sqlite"
    old = datetime.now(timezone.utc) - timedelta(days=500)
    with monkeypatch.context() as past:  # the installation was created 500 days ago
        past.setattr(audit, "utc_now", lambda: old)
        session, _ = Installation(path, KdfParams.fast()).create("claire", "Claire", "un long mot de passe")
        with session.database.engine.begin() as connection:
            audit.append(connection, session.actor, "read", record_type="dossier")
        session.close()

    session = Installation(path).login("claire", "un long mot de passe")
    with session.database.engine.connect() as connection:
        kept = audit.entries(connection, limit=100)
        assert audit.verify(connection).ok
    session.close()
    assert all(entry.at > old for entry in kept)
    assert any(entry.operation == "prune" for entry in kept)
