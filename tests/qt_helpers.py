"""Driving Qt like a person: typing any character, answering modal dialogs."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel


def type_text(widget, text: str) -> None:
    """Type like a keyboard would, any character included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


class DialogDriver:
    """Answers the next modal dialog like a person: ``callback(dialog)`` types and clicks.
    A failed check closes the dialog (so the test cannot hang) and is raised by ``check()``.
    ``keep_open`` callbacks may leave it open (e.g. waiting for background work); ``kind``
    waits for a dialog of that class."""

    def __init__(self, callback, *, keep_open: bool = False, kind: type | None = None) -> None:
        self.callback = callback
        self.keep_open = keep_open
        self.kind = kind
        self.seen: list[QDialog] = []
        self.error: BaseException | None = None
        QTimer.singleShot(0, self._act)

    def _act(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (self.kind is not None and not isinstance(dialog, self.kind)):
            QTimer.singleShot(20, self._act)
            return
        self.seen.append(dialog)
        try:
            self.callback(dialog)
            if dialog.isVisible() and not self.keep_open:
                shown = [label.text() for label in dialog.findChildren(QLabel)
                         if label.objectName().endswith("_error") or label.objectName() == "message"]
                raise AssertionError(f"the dialog is still open: {[t for t in shown if t]}")
        except BaseException as error:  # noqa: BLE001 - reported by check()
            self.error = error
            if dialog.isVisible():
                dialog.reject()

    def check(self) -> None:
        assert self.seen, "no dialog was opened"
        if self.error is not None:
            raise self.error


def run_in_next_dialog(callback, **options) -> DialogDriver:
    return DialogDriver(callback, **options)


def activate(widget, qtbot) -> None:
    """Bring a window to the front (offscreen, a closed dialog does not give the activation back)."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def add_benali_family(service, *, sister: bool = True):
    """The family most screen tests work with: Samira, her network (her sister, the CAF) and a
    need in the plan written by her. Returns the dossier's id."""
    from refparcours.dossiers import CONTACT, PERSON
    from refparcours.plans import PlanService
    from refparcours.ppf import BESOIN, FAMILLE, Writer

    dossier_id = service.create_dossier({"label": "Famille Benali", "referent": "Julie Martin"})
    service.add_member(PERSON, dossier_id, {"first_name": "Samira", "last_name": "Benali"})
    if sister:
        service.add_member(CONTACT, dossier_id, {"name": "Nadia Benali", "kind": "proche", "relation": "sœur"})
    service.add_member(CONTACT, dossier_id, {"name": "M. Caron", "kind": "professionnel", "organisation": "CAF"})
    plans = PlanService(service)
    plans.add_entry(plans.plan_for(dossier_id), BESOIN, "Ne plus avoir de retard de loyer",
                    Writer(FAMILLE, "Samira Benali"), domain="logement")
    return dossier_id


@contextmanager
def shown_main_window(qtbot, service, *, select=None, settings=None):
    """The main window on ``service``, shown and in front; with ``select``, that dossier chosen
    in the list (``main.dossier_id``). After: the meeting's writer and screens stopped and the
    application's font put back (the window scales it)."""
    from refparcours.settings import Settings
    from refparcours.ui.main_window import MainWindow

    app = QApplication.instance()
    base_font = app.font()
    main = MainWindow(service, settings or Settings(), base_font.pointSizeF())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    activate(main, qtbot)
    if select is not None:
        main.list_panel.state_filter.setCurrentIndex(1)
        assert main.list_panel.select(select)
        qtbot.waitUntil(lambda: main.editor.dossier_id == select)
        main.dossier_id = select
    try:
        yield main
    finally:
        if main._meeting_page is not None:
            main._meeting_page._stop_writer()
            if main._meeting_page.family_screen is not None:
                main._meeting_page.family_screen.close()
        app.setFont(base_font)


@contextmanager
def benali_window(qtbot, database, *, caseload: int = 0, sister: bool = True):
    """The main window, in front, the Benali family selected (``main.dossier_id``), on a
    caseload of ``caseload`` demo dossiers."""
    from datetime import date

    from refparcours.demo import fill_demo
    from refparcours.dossiers import DossierService
    from tests.conftest import TODAY

    if caseload:
        fill_demo(database, caseload, seed=3, reference=date(2026, 11, 1))
    service = DossierService(database, today=lambda: TODAY)
    with shown_main_window(qtbot, service, select=add_benali_family(service, sister=sister)) as main:
        yield main
