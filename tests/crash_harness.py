"""Run a child process, kill it with SIGKILL at a random moment, read what it acknowledged."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from refparcours.data.database import open_database

ROOT = Path(__file__).resolve().parent.parent


def crash_cycles(default: int) -> int:
    """REFPARCOURS_CRASH_CYCLES raises (or lowers) the number of kills of every crash test."""
    return int(os.environ.get("REFPARCOURS_CRASH_CYCLES", str(default)))


# The children write to their own SQLite files: run once, in the SQLite pass of the suite.
crash_marks = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
               pytest.mark.skipif(bool(os.environ.get("REFPARCOURS_TEST_POSTGRESQL")), reason="SQLite pass only")]


def run_until_killed(arguments: list[str], delay_s: float, *, ready_timeout_s: float = 60
                     ) -> tuple[float, list[str], int | None]:
    """Start ``python -m <arguments>``; ``delay_s`` after it prints READY, SIGKILL it.
    Returns the moment of the kill, every line it printed, and its exit code if it ended first."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-m", *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, encoding="utf-8", env=env, cwd=ROOT)
    lines: list[str] = []
    errors: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line.startswith("READY"):
                ready.set()
            lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    error_reader = threading.Thread(target=lambda: errors.extend(child.stderr), daemon=True)
    error_reader.start()
    if not ready.wait(ready_timeout_s):
        child.kill()
        child.wait(30)
        error_reader.join(10)
        raise AssertionError("the child process did not start: " + "".join(errors[-20:]))
    time.sleep(delay_s)
    killed_at = time.monotonic()
    ended_before = child.poll()
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    reader.join(10)
    error_reader.join(10)
    if ended_before not in (None, 0):
        raise AssertionError("the child process failed before the kill: " + "".join(errors[-20:]))
    return killed_at, lines, ended_before


def acknowledged(lines: list[str]) -> list[list[str]]:
    return [json.loads(line[4:]) for line in lines if line.startswith("ACK ")]


def unacknowledged(lines: list[str]) -> list[str] | None:
    """The write announced by the last WILL line if no ACK followed it (the kill fell between)."""
    pending = None
    for line in lines:
        if line.startswith("WILL "):
            pending = json.loads(line[5:])
        elif line.startswith("ACK "):
            pending = None
    return pending


def check_integrity(path: Path) -> None:
    """The file opens as the application would open it, and SQLite finds nothing wrong."""
    with open_database(path) as database, database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert connection.execute(text("PRAGMA foreign_key_check")).first() is None
