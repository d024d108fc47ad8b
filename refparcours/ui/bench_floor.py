"""The start-up floor of ``refparcours bench``: a bare PySide6 window with a table.

Prints ``READY <peak memory in KiB>`` once the window is up, then quits."""

import resource
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def main() -> None:
    app = QApplication(sys.argv)
    window = QMainWindow()
    model = QStandardItemModel(100, 7)
    for row in range(100):
        for column in range(7):
            model.setItem(row, column, QStandardItem(f"{row}:{column}"))
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()

    def ready() -> None:
        print("READY", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()


if __name__ == "__main__":
    main()
