"""Measures taken inside the real main window, for ``refparcours bench``.

Run as ``python -m refparcours.ui.bench_probe DATABASE``; prints one JSON object."""

from __future__ import annotations

import gc
import json
import random
import resource
import sys
import time
from pathlib import Path

from refparcours.data.database import open_database
from refparcours.dossiers import DossierService
from refparcours.security import audit
from refparcours.settings import Settings

# What a référent types, letter by letter, then erases.
TYPED_QUERIES = ("gerard", "zoe", "ndiaye", "martin lea", "de la tour", "famille caron")
OPENED_DOSSIERS = 60


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(database_path: str, passphrase_file: str | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from refparcours.ui.application import make_application, warm_up
    from refparcours.ui.main_window import MainWindow

    app = make_application()
    if passphrase_file:  # an encrypted installation, opened as the app does
        from refparcours.security.accounts import Installation
        from refparcours.security.keys import read_passphrase_file
        from refparcours.security.session import default_username

        installation = Installation(Path(database_path))
        session = installation.login(default_username(installation, None), read_passphrase_file(passphrase_file))
        database, actor = session.database, session.actor
    else:
        database, actor = open_database(database_path), audit.SYSTEM
    window = MainWindow(DossierService(database, actor=actor), Settings(), app.font().pointSizeF())
    window.show()
    QApplication.processEvents()
    warm_up()  # as run_gui does right after the first paint
    gc.freeze()
    panel = window.list_panel

    filter_ms: list[float] = []
    typed: list[str] = []
    for query in TYPED_QUERIES:
        for end in [*range(1, len(query) + 1), *range(len(query) - 1, -1, -1)]:
            text = query[:end]
            start = time.perf_counter()
            panel.search.setText(text)
            QApplication.processEvents()
            filter_ms.append((time.perf_counter() - start) * 1000)
            typed.append(text)

    panel.search.clear()
    panel.state_filter.setCurrentIndex(1)  # all dossiers
    QApplication.processEvents()
    rows = random.Random(5).sample(range(panel.model.rowCount()), min(OPENED_DOSSIERS, panel.model.rowCount()))
    open_ms: list[float] = []
    opened: list[str] = []
    for row in rows:
        start = time.perf_counter()
        panel.view.setCurrentIndex(panel.model.index(row, 0))
        QApplication.processEvents()
        open_ms.append((time.perf_counter() - start) * 1000)
        opened.append(panel.model.dossier_id(row).hex)
        assert window.editor.dossier_id == panel.model.dossier_id(row)

    print(json.dumps({
        "filter_ms": filter_ms, "typed": typed, "open_ms": open_ms, "opened": opened,
        "peak_rss_mib": peak_rss_mib(),
    }))
    window.close()
    database.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
