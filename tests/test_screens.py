"""Screens as a person sees them: the real application started on demo data under Xvfb,
each main screen saved as a PNG (build/ecrans/, or REFPARCOURS_SCREENSHOT_DIR). Fails when a
screen does not open or shows a blank window."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.screen_tour import MIN_COLOURS, MIN_COVERED

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ("liste-des-dossiers", "dossier", "reperage", "projet-pour-la-famille", "rencontre", "ecran-de-la-famille",
           "annuaire", "tableau-de-bord")

pytestmark = [
    pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run missing (scripts/install-system-deps.sh)"),
    # The application opens its own SQLite demo file: once, in the SQLite pass of the suite.
    pytest.mark.skipif(bool(os.environ.get("REFPARCOURS_TEST_POSTGRESQL")), reason="SQLite pass only"),
]


def test_every_main_screen_opens_and_shows_something(tmp_path):
    out = Path(os.environ.get("REFPARCOURS_SCREENSHOT_DIR", ROOT / "build" / "ecrans"))
    shutil.rmtree(out, ignore_errors=True)
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env |= {"REFPARCOURS_CONFIG_DIR": str(tmp_path / "config"), "REFPARCOURS_DATA_DIR": str(tmp_path / "data"),
            "REFPARCOURS_FAST_KDF": "1", "QT_QPA_PLATFORM": "xcb", "LANG": "fr_FR.UTF-8"}
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("demo-refparcours\n", encoding="utf-8")
    account = ["--database", str(tmp_path / "demo.sqlite"), "--user", "demo", "--passphrase-file", str(phrase)]
    subprocess.run([sys.executable, "-m", "refparcours", "demo", "--size", "40", *account], env=env, cwd=ROOT,
                   check=True, capture_output=True, timeout=300)
    run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "tests.screen_tour",
                          str(out), "--", *account], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    lines = run.stdout.splitlines()
    assert "DONE" in lines, f"the tour did not finish ({run.returncode}): {run.stderr[-3000:]}"
    shots = {entry["screen"]: entry for entry in map(json.loads, (line for line in lines if line.startswith("{")))}
    for name in SCREENS:
        shot = shots.get(name)
        assert shot is not None, f"no screenshot of {name}"
        assert "error" not in shot, f"{name}: {shot.get('error')}"
        assert shot["opened"], f"{name} did not open"
        assert Path(shot["file"]).stat().st_size > 0
        assert shot["colours"] >= MIN_COLOURS and shot["covered"] >= MIN_COVERED, f"{name} looks blank: {shot}"


def test_a_one_colour_picture_counts_as_blank_and_a_drawn_one_does_not():
    from PySide6.QtGui import QColor, QImage, QPainter

    from tests.screen_tour import picture_facts

    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#efefef"))
    colours, covered = picture_facts(image)
    assert colours < MIN_COLOURS and covered < MIN_COVERED
    painter = QPainter(image)
    for number, colour in enumerate(("black", "navy", "darkred", "darkgreen", "gray", "white", "orange")):
        painter.fillRect(20 + number * 80, 40, 70, 300, QColor(colour))
    painter.end()
    colours, covered = picture_facts(image)
    assert colours >= MIN_COLOURS and covered >= MIN_COVERED
