"""The real application, started as a person starts it, walked through its main screens on a
real X server (Xvfb), each screen saved as a PNG of what the X server shows.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m tests.screen_tour OUT_DIR -- <refparcours arguments>

Prints one JSON line per screen: {"screen", "file", "opened", "colours", "covered"}; the test
(tests/test_screens.py) decides what is blank or missing."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from refparcours.ui import main_window as main_window_module

SETTLE_MS = 400
RETRIES = 15  # a busy machine may paint late: a blank-looking picture is taken again
MIN_COLOURS = 6  # a window with text, frames and a selection has dozens
MIN_COVERED = 0.04  # share of the screen unlike its background colour
ALREADY_SHOT = object()  # a step that took its own picture (a dialog with its own event loop)
GRID = 64  # pixels sampled per side to judge a screenshot


def picture_facts(image) -> tuple[int, float]:
    """Distinct colours on a grid of samples, and the share of samples unlike the most common
    colour (0 for a blank, one-colour window)."""
    width, height = image.width(), image.height()
    samples = [image.pixel(x * width // GRID, y * height // GRID) for x in range(GRID) for y in range(GRID)]
    counts: dict[int, int] = {}
    for colour in samples:
        counts[colour] = counts.get(colour, 0) + 1
    background = max(counts.values())
    return len(counts), 1 - background / len(samples)


class Tour:
    def __init__(self, window, out: Path) -> None:
        self.window = window
        self.out = out
        self.steps: list[tuple[str, Callable[[], QWidget | None]]] = []
        self.number = 0

    def shoot(self, name: str, shown: QWidget | None) -> None:
        """Grab the whole X screen: what a person sees."""
        app = QApplication.instance()
        self.number += 1
        path = self.out / f"{self.number:02d}-{name}.png"
        screen = (shown.screen() if shown is not None else None) or app.primaryScreen()
        for _attempt in range(RETRIES):
            image = screen.grabWindow(0).toImage()
            colours, covered = picture_facts(image)
            if colours >= MIN_COLOURS and covered >= MIN_COVERED:
                break
            deadline = QDeadlineTimer(SETTLE_MS)
            while not deadline.hasExpired():
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        image.save(str(path))
        opened = shown is not None and shown.isVisible()
        print(json.dumps({"screen": name, "file": str(path), "opened": opened, "colours": colours,
                          "covered": round(covered, 3)}), flush=True)

    def run(self, steps: list[tuple[str, Callable[[], QWidget | None]]]) -> None:
        self.steps = list(steps)
        self._next()

    def _next(self) -> None:
        if not self.steps:
            print("DONE", flush=True)
            self.window.close()
            QApplication.instance().quit()
            return
        name, step = self.steps.pop(0)
        try:
            shown = step()
        except Exception as error:  # noqa: BLE001 - reported as a screen that did not open
            print(json.dumps({"screen": name, "error": f"{type(error).__name__}: {error}"}), flush=True)
            shown = None
        if shown is ALREADY_SHOT:
            QTimer.singleShot(0, self._next)
            return

        def grab_then_go_on() -> None:
            self.shoot(name, shown)
            QTimer.singleShot(0, self._next)

        QTimer.singleShot(SETTLE_MS, grab_then_go_on)


def modal(opener: Callable[[], None], name: str, tour: Tour) -> object:
    """Open a dialog that runs its own event loop: shot from inside it, then closed."""
    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        tour.shoot(name, dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(SETTLE_MS, inside)
    opener()
    return ALREADY_SHOT


def main_steps(window, tour: Tour) -> list[tuple[str, Callable[[], QWidget | None]]]:
    from sqlalchemy import select

    from refparcours.data import tables

    with window.service.database.engine.connect() as connection:
        dossier_id = connection.execute(select(tables.plan.c.dossier_id).limit(1)).scalar()

    def dossier_list():
        return window.list_panel

    def a_dossier():
        window._select(dossier_id)
        window.editor.setFocus()
        return window.editor

    def screening():
        return modal(window.start_screening, "reperage", tour)

    def plan():
        window.open_plan()
        return window.plan_page if window.pages.currentWidget() is window.plan_page else None

    def meeting():
        window._select(dossier_id)
        window.open_meeting()
        return window.meeting_page if window.pages.currentWidget() is window.meeting_page else None

    def family_screen():
        window.meeting_page.screen_button.setChecked(True)
        return window.meeting_page.family_screen

    def back_from_family_screen():
        window.meeting_page.screen_button.setChecked(False)
        window.activateWindow()
        window.directory_page  # noqa: B018 - built before it is shown
        window.open_directory()
        return window.directory_page if window.pages.currentWidget() is window.directory_page else None

    def dashboard():
        window.open_dashboard()
        return window.dashboard_page if window.pages.currentWidget() is window.dashboard_page else None

    return [("liste-des-dossiers", dossier_list), ("dossier", a_dossier), ("reperage", screening),
            ("projet-pour-la-famille", plan), ("rencontre", meeting), ("ecran-de-la-famille", family_screen),
            ("annuaire", back_from_family_screen), ("tableau-de-bord", dashboard)]


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    app_arguments = argv[argv.index("--") + 1:]
    original_show = main_window_module.MainWindow.show

    def show_then_tour(window) -> None:
        original_show(window)
        window.resize(1500, 940)
        tour = Tour(window, out)
        QTimer.singleShot(1500, lambda: tour.run(main_steps(window, tour)))

    main_window_module.MainWindow.show = show_then_tour
    from refparcours.app import main as refparcours_main

    return refparcours_main(app_arguments)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
