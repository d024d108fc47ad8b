"""``refparcours load-bench``: simulated référents on a team server, each in its own process
with its own connection, doing a realistic mix for a while; then every acknowledged write is
checked, and the p95 latency of each operation reported.

Each référent edits the plan and writes the meeting notes of their own family (as in real
life), opens and searches everybody's, and prints now and then."""

from __future__ import annotations

import json
import multiprocessing
import random
import statistics
import sys
import time
import uuid
from datetime import date

OPERATIONS = (("ouvrir un dossier", 35), ("filtrer la liste", 25), ("modifier le projet", 20),
              ("écrire en réunion", 15), ("imprimer le projet", 5))
SEARCHES = ("ben", "gerard", "famille m", "zoe", "nd", "la tour", "martin", "caron")


def _prepare(url: str, users: int, fillers: int) -> list[dict]:
    from refparcours.data.database import open_database
    from refparcours.demo import fill_demo
    from refparcours.dossiers import PERSON, DossierService
    from refparcours.meeting import INFORMATION, load_charter
    from refparcours.meetings import MeetingService
    from refparcours.plans import PlanService
    from refparcours.ppf import BESOIN, FAMILLE, Writer

    with open_database(url) as database:
        fill_demo(database, fillers, seed=50, reference=date(2026, 11, 1))
        service = DossierService(database)
        plans, meetings = PlanService(service), MeetingService(service)
        families = []
        for number in range(users):
            dossier_id = service.create_dossier({"label": f"Famille Charge {number:02d}"})
            person = service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": f"Charge{number}"})
            plan_id = plans.plan_for(dossier_id)
            writer = Writer(FAMILLE, "Samira")
            need = plans.add_entry(plan_id, BESOIN, "Un logement", writer, domain="logement").created_id
            actions = [str(plans.add_action(plan_id, {"what": f"Action {n}", "who_kind": "foyer",
                                                      "who_person_id": person, "need_id": need}, writer).created_id)
                       for n in range(5)]
            meeting_id = meetings.prepare(dossier_id, kind="synthese", planned_on=date(2026, 11, 1))
            participant = meetings.add_participant(meeting_id, name="Samira", side="famille", present=True)
            meetings.open(meeting_id, family_present=True)
            meetings.acknowledge_charter(meeting_id, load_charter(), "Samira")
            meetings.set_phase(meeting_id, INFORMATION)
            families.append({"dossier": str(dossier_id), "plan": str(plan_id), "actions": actions,
                             "meeting": str(meeting_id), "participant": str(participant)})
    return families


def _referent(url: str, number: int, families: list[dict], seconds: float, think: float, results) -> None:
    from refparcours.data.database import open_database
    from refparcours.documents.plan import plan_pdf
    from refparcours.dossiers import DossierService
    from refparcours.meetings import MeetingService
    from refparcours.plans import PlanService
    from refparcours.ppf import FAMILLE, Writer

    rng = random.Random(number)
    mine = families[number]
    latencies: dict[str, list[float]] = {name: [] for name, _ in OPERATIONS}
    acks: list[tuple] = []
    errors: list[str] = []
    names, weights = zip(*OPERATIONS, strict=True)
    with open_database(url, migrate=False) as database:
        service = DossierService(database)
        plans, meetings = PlanService(service), MeetingService(service)
        writer = Writer(FAMILLE, "Samira")
        deadline = time.monotonic() + seconds
        count = 0
        while time.monotonic() < deadline:
            operation = rng.choices(names, weights)[0]
            start = time.perf_counter()
            try:
                if operation == "ouvrir un dossier":
                    service.load(uuid.UUID(rng.choice(families)["dossier"]))
                elif operation == "filtrer la liste":
                    keys = service.search(rng.choice(SEARCHES))
                    service.rows(keys[:100])
                elif operation == "modifier le projet":
                    action = rng.choice(mine["actions"])
                    value = f"r{number}-{count}"
                    plans.edit_action(uuid.UUID(action), {"how": value}, writer)
                    acks.append(("action", action, value))
                elif operation == "écrire en réunion":
                    text = f"note r{number}-{count} : la famille dit que ça avance."
                    meetings.add_entry(uuid.UUID(mine["meeting"]), text=text, kind="information",
                                       participant_id=uuid.UUID(mine["participant"]))
                    acks.append(("note", mine["meeting"], text))
                else:
                    plan_pdf(plans.content(uuid.UUID(mine["plan"])), version=None)
            except Exception as error:  # noqa: BLE001 - every error is reported, none hidden
                errors.append(f"{operation} : {error}")
            latencies[operation].append((time.perf_counter() - start) * 1000)
            count += 1
            if think:
                time.sleep(rng.uniform(0, 2 * think))  # a person reads and types between two actions
    results.put({"latencies": latencies, "acks": acks, "errors": errors})


def run_load_bench(url: str, *, users: int = 50, seconds: float = 60, fillers: int = 2000, think: float = 0.5,
                   as_json: bool = False) -> int:
    from sqlalchemy import select

    from refparcours.data import tables
    from refparcours.data.database import open_database

    print(f"Préparation : {users} familles suivies et {fillers} autres dossiers…", file=sys.stderr, flush=True)
    families = _prepare(url, users, fillers)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_referent, args=(url, n, families, seconds, think, results)) for n in range(users)]
    print(f"{users} référents simulés pendant {seconds:g} s…", file=sys.stderr, flush=True)
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=seconds + 600) for _ in workers]
    for worker in workers:
        worker.join(60)
    latencies: dict[str, list[float]] = {name: [] for name, _ in OPERATIONS}
    acks, errors = [], []
    for report in reports:
        for name, values in report["latencies"].items():
            latencies[name] += values
        acks += report["acks"]
        errors += report["errors"]
    # Every acknowledged write is there: the last value of each action, and every note.
    last_value: dict[str, str] = {}
    for kind, target, value in acks:
        if kind == "action":
            last_value[target] = value
    lost = 0
    with open_database(url, migrate=False) as database, database.engine.connect() as connection:
        stored_how = dict(connection.execute(select(tables.plan_action.c.id, tables.plan_action.c.how)).all())
        stored_notes = set(connection.execute(select(tables.meeting_entry.c.text)).scalars())
    lost += sum(1 for action, value in last_value.items() if stored_how.get(uuid.UUID(action)) != value)
    lost += sum(1 for kind, _, text in acks if kind == "note" and text not in stored_notes)
    summary = {"users": users, "seconds": seconds, "think_s": think, "errors": len(errors), "lost_writes": lost,
               "acknowledged_writes": len(acks),
               "operations": {name: {"count": len(values),
                                     "p50_ms": round(statistics.median(values), 1) if values else None,
                                     "p95_ms": round(sorted(values)[int(0.95 * (len(values) - 1))], 1)
                                     if values else None} for name, values in latencies.items()}}
    if as_json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(f"{users} référents, {seconds:g} s, {think:g} s de réflexion en moyenne entre deux actions : "
              f"{sum(len(v) for v in latencies.values())} opérations, "
              f"{len(errors)} erreurs, {len(acks)} écritures confirmées, {lost} perdues")
        for name, figures in summary["operations"].items():
            target = "oui" if figures["p95_ms"] is not None and figures["p95_ms"] <= 100 else "NON"
            print(f"  {name:<22} {figures['count']:>7}  médiane {figures['p50_ms']} ms  "
                  f"95e centile {figures['p95_ms']} ms  (≤ 100 ms : {target})")
        for error in errors[:10]:
            print(f"  erreur : {error}", file=sys.stderr)
    return 0 if not errors and not lost else 1
