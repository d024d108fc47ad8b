"""Starting the interface: one QApplication in French or English (the catalogue under
resources/i18n, Qt's own for its standard dialogs),
the database opened (or a clear message why not), then the main window."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from refparcours import APP_NAME, __version__
from refparcours.app import dossier_service_for
from refparcours.data.database import open_database
from refparcours.errors import UserFacingError
from refparcours.paths import default_database_path, resources_dir
from refparcours.settings import load_settings, save_settings
from refparcours.ui import themes
from refparcours.ui.i18n import error_text


def interface_language(setting: str, system: QLocale | None = None) -> str:
    """ "fr" or "en" from the setting; "system" means English on an English system, French otherwise."""
    if setting in ("fr", "en"):
        return setting
    system = system if system is not None else QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "fr"


def install_translations(app: QApplication, language: str) -> None:
    """The interface's catalogue and Qt's own (Annuler, Oui…) for ``language``; earlier ones removed
    (tests build the interface in both languages in one process)."""
    for translator in app.findChildren(QTranslator, "refparcours_translator"):
        app.removeTranslator(translator)
        translator.setObjectName("")
        translator.deleteLater()
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if language == "en" \
        else QLocale(QLocale.Language.French, QLocale.Country.France)
    QLocale.setDefault(locale)
    catalogues = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if language != "fr":  # the sources are French: no catalogue needed for French
        catalogues.append(("refparcours", str(resources_dir() / "i18n")))
    for name, folder in catalogues:
        translator = QTranslator(app)
        translator.setObjectName("refparcours_translator")
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """``language``: "fr", "en" or "system"; None reads the setting."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("refparcours")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    install_translations(app, interface_language(language or load_settings().interface_language))
    icon = resources_dir() / "icons" / "refparcours.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def warm_up() -> None:
    from sqlalchemy.orm import configure_mappers

    import refparcours.data.models  # noqa: F401 - imported for its mappings
    import refparcours.ui.dossier_editor  # noqa: F401 - the first dossier opens without waiting for it

    configure_mappers()


def _open(args, settings):
    """The database and who is working: login dialogs, or a passphrase file for scripts.
    Returns (database, session, installation) — the last two None for PostgreSQL — or None
    if the user gave up."""
    from refparcours.data.database import resolve_url, sqlite_file
    from refparcours.security.accounts import Installation
    from refparcours.security.keys import read_passphrase_file
    from refparcours.security.session import default_username

    target = args.database or default_database_path()
    path = sqlite_file(resolve_url(target))
    if path is None:  # a team server: the same accounts and login, checked by the server's base
        from refparcours.security.server_accounts import ServerInstallation

        installation = ServerInstallation(open_database(target))
    else:
        installation = Installation(path)
    installation.check_file()
    if args.passphrase_file:
        session = installation.login(default_username(installation, args.user),
                                     read_passphrase_file(args.passphrase_file))
    else:
        from refparcours.ui.login import obtain_session

        gc.enable()  # a person is typing: nothing left to gain from holding collection off
        session = obtain_session(installation, args.user or settings.last_user)
        if session is None:
            return None
    return session.database, session, installation


def run_gui(args) -> int:
    from refparcours.ui.main_window import MainWindow

    settings = load_settings()
    app = make_application(language=getattr(args, "language", None) or settings.interface_language)
    base_point_size = app.font().pointSizeF()
    if args.scale:  # the size asked for, on every screen
        settings.ui_scale = args.scale
        settings.ui_scales = dict.fromkeys(settings.ui_scales, args.scale)
        settings.clamp()
    # The login dialogs already in the chosen theme and text size.
    chosen = themes.apply_theme(settings.theme, app)
    font = app.font()
    screen = app.primaryScreen().name() if app.primaryScreen() is not None else ""
    font.setPointSizeF(base_point_size * settings.scale_for(screen) * chosen.text_factor)
    app.setFont(font)
    try:
        opened = _open(args, settings)
    except UserFacingError as error:
        QMessageBox.critical(None, app.translate("Application", "Impossible d'ouvrir la base"), error_text(error))
        print(f"refparcours : {error.message}", file=sys.stderr)
        return 2
    if opened is None:
        return 0
    database, session, installation = opened
    if session is not None and settings.last_user != session.account.username:
        settings.last_user = session.account.username
        save_settings(settings)
    # A référent works on the dossiers they follow or that are shared with them (the same rule as the commands).
    window = MainWindow(dossier_service_for(session or database), settings, base_point_size)
    window.show()
    if session is not None:
        # Right after the first paint: the lock, backups and the account's menus.
        QTimer.singleShot(0, lambda: window.attach_session(installation, session))
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
        from refparcours.ui.background import wait_for_background_work

        wait_for_background_work()
        database.close()
