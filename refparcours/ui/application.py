"""Starting the interface: one QApplication, French translations for Qt's own dialogs,
the database opened (or a clear message why not), then the main window."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from refparcours import APP_NAME, __version__
from refparcours.data.database import open_database
from refparcours.dossiers import DossierService
from refparcours.errors import UserFacingError
from refparcours.paths import default_database_path, resources_dir
from refparcours.settings import load_settings
from refparcours.ui.i18n import error_text


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("refparcours")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translator = QTranslator(app)
    # Qt's own buttons and dialogs (Annuler, Oui…) in French.
    if translator.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    icon = resources_dir() / "icons" / "refparcours.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def warm_up() -> None:
    from sqlalchemy.orm import configure_mappers

    import refparcours.data.models  # noqa: F401 - imported for its mappings

    configure_mappers()


def run_gui(args) -> int:
    from refparcours.ui.main_window import MainWindow

    app = make_application()
    try:
        database = open_database(args.database or default_database_path())
    except UserFacingError as error:
        QMessageBox.critical(None, app.translate("Application", "Impossible d'ouvrir la base"), error_text(error))
        print(f"refparcours : {error.message}", file=sys.stderr)
        return 2
    settings = load_settings()
    if args.scale:
        settings.ui_scale = args.scale
        settings.clamp()
    window = MainWindow(DossierService(database), settings, app.font().pointSizeF())
    window.show()
    # Start-up objects live as long as the app: keep the garbage collector off them,
    # so that filtering a long list does not pause to rescan them.
    gc.freeze()
    gc.enable()
    if args.quit_when_ready:
        def ready() -> None:
            print("READY", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    # Once the list is on screen, load what opening a dossier needs, before anyone clicks.
    QTimer.singleShot(0, warm_up)
    try:
        return app.exec()
    finally:
        database.close()
