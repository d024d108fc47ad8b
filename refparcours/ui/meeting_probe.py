"""Typing into a real meeting screen, for the benchmark and the crash tests.

    python -m refparcours.ui.meeting_probe stall
        types 2,000 characters (a note every 80) into a meeting with persistence on, then the
        same into a bare QPlainTextEdit; prints one JSON object with the worst stalls (ms).
    python -m refparcours.ui.meeting_probe crash DATABASE MEETING_ID SEED
        types notes until killed; prints "ENTRY <monotonic time> <text>" when a note is on
        screen and "TYPED <monotonic time> <text>" as the note being typed grows."""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from refparcours.data.database import open_database
from refparcours.dossiers import CONTACT, PERSON, DossierService
from refparcours.meeting import INFORMATION, load_charter
from refparcours.meetings import MeetingService
from refparcours.settings import Settings

CHARACTERS = 2000
NOTE_EVERY = 80
WORDS = ("loyer", "école", "CAF", "rendez-vous", "Zoë", "bailleur", "dossier", "mercredi", "santé", "d'accord",
         "inquiétude", "réponse", "famille", "Benali", "aide", "démarche")


def prepare_meeting(database) -> uuid.UUID:
    """A family, its network and an open meeting at the information step."""
    service = DossierService(database)
    dossier_id = service.create_dossier({"label": "Famille Benali", "referent": "Julie Martin"})
    service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": "Benali"})
    service.add_member(CONTACT, dossier_id, {"name": "M. Caron", "kind": "professionnel", "organisation": "CAF"})
    meetings = MeetingService(service)
    meeting_id = meetings.prepare(dossier_id, kind="synthese", planned_on=service.today())
    for person in meetings.suggested_participants(dossier_id):
        meetings.add_participant(meeting_id, **person, present=True)
    meetings.open(meeting_id, family_present=True)
    meetings.acknowledge_charter(meeting_id, load_charter(), "Samira Benali")
    meetings.set_phase(meeting_id, INFORMATION)
    return meeting_id


def _typed_text(rng: random.Random, length: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:length]


def _page(database, meeting_id: uuid.UUID):
    from refparcours.ui.controller import DossierController
    from refparcours.ui.meeting_page import MeetingPage

    controller = DossierController(DossierService(database))
    page = MeetingPage(controller, Settings())
    page.resize(1200, 800)
    page.show()
    page.show_meeting(meeting_id)
    return page


def _key(widget, char: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    if char == "\n":
        key, text = Qt.Key.Key_Return, "\r"
    else:
        key, text = Qt.Key.Key_unknown, char
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _type_and_time(widget, text: str, pause_s: float) -> list[float]:
    """Milliseconds the window's thread was busy for each key (its handling and what it set off)."""
    from PySide6.QtWidgets import QApplication

    busy = []
    for char in text:
        start = time.perf_counter()
        _key(widget, char)
        QApplication.processEvents()
        busy.append((time.perf_counter() - start) * 1000)
        until = time.perf_counter() + pause_s
        while time.perf_counter() < until:  # the time between two keys: timers fire, the writer writes
            QApplication.processEvents()
    return busy


def stall() -> None:
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from refparcours.ui.application import make_application

    app = make_application()
    rng = random.Random(7)
    text = "".join(_typed_text(rng, NOTE_EVERY - 1) + "\n" for _ in range(CHARACTERS // NOTE_EVERY))
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "stall.sqlite")
        meeting_id = prepare_meeting(database)
        page = _page(database, meeting_id)
        page.input.setFocus()
        busy = _type_and_time(page.input, text, 0.004)
        page.writer_flush()
        notes = sum(len(p["entries"]) for p in page.service.record(meeting_id)["phases"])
        page._stop_writer()
        database.close()
    bare = QPlainTextEdit()
    bare.show()
    bare_busy = _type_and_time(bare, text.replace("\n", " "), 0.004)
    app.processEvents()
    ordered, bare_ordered = sorted(busy), sorted(bare_busy)
    print(json.dumps({"keys": len(busy), "notes": notes, "max_ms": ordered[-1], "p99_ms": ordered[int(len(ordered) * .99)],
                      "bare_max_ms": bare_ordered[-1], "bare_p99_ms": bare_ordered[int(len(bare_ordered) * .99)]}))
    QApplication.quit()


def crash(database_path: str, meeting_id: str, seed: int) -> None:
    from PySide6.QtCore import QTimer

    from refparcours.ui.application import make_application

    app = make_application()
    database = open_database(database_path)
    page = _page(database, uuid.UUID(meeting_id))
    page.input.setFocus()
    rng = random.Random(seed)

    def next_note() -> dict:
        # Quick short notes, and long ones typed at a person's pace (the draft must keep those).
        if rng.random() < 0.5:
            return {"target": _typed_text(rng, rng.randint(10, 40)), "pace": (2, 12)}
        return {"target": _typed_text(rng, rng.randint(60, 150)), "pace": (25, 70)}

    state = {"note": "", "count": 0, **next_note()}
    print("READY", flush=True)

    def tick() -> None:
        if len(state["note"]) < len(state["target"]):
            char = state["target"][len(state["note"])]
            _key(page.input, char)
            state["note"] += char
            # What is on screen: a resumed meeting starts with the draft left by the previous run.
            print(f"TYPED {time.monotonic():.6f} {page.input.toPlainText()}", flush=True)
        else:
            text = f"s{seed}-n{state['count']} {page.input.toPlainText()}"
            page.input.clear()
            page.input.insertPlainText(text)
            _key(page.input, "\n")
            print(f"ENTRY {time.monotonic():.6f} {text}", flush=True)
            state.update(note="", count=state["count"] + 1, **next_note())
        QTimer.singleShot(rng.randint(*state["pace"]), tick)

    QTimer.singleShot(0, tick)
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "stall":
        stall()
    else:
        crash(sys.argv[2], sys.argv[3], int(sys.argv[4]))
