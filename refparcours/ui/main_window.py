"""The main window: the dossier list on the left, the open dossier on the right."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from refparcours import __version__
from refparcours.dossiers import DossierService
from refparcours.errors import UserFacingError
from refparcours.settings import THEMES, UI_SCALES, Settings, save_settings
from refparcours.ui import themes
from refparcours.ui.a11y import announce
from refparcours.ui.controller import DossierController
from refparcours.ui.dialogs import RecordDialog
from refparcours.ui.dossier_list import DossierListPanel
from refparcours.ui.fields import new_dossier_fields
from refparcours.ui.forms import ERROR_STYLE
from refparcours.ui.i18n import error_text, tr_core
from refparcours.ui.language_menu import add_language_menu

STATUS_TIMEOUT_MS = 4000


def _unique_keys(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for an action plus the ones people expect everywhere."""
    keys = [*QKeySequence.keyBindings(standard), *(QKeySequence(k) for k in extra)]
    return [key for i, key in enumerate(keys) if key not in keys[:i]]


class MainWindow(QMainWindow):
    def __init__(self, service: DossierService, settings: Settings, base_point_size: float, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self._base_point_size = base_point_size
        self.controller = DossierController(service, self)
        self.setWindowTitle(self.tr("refparcours — %s") % service.database.display_name)
        self.resize(1280, 800)

        self.list_panel = DossierListPanel(service)
        # The editor is built on first use: at start-up the right side only shows a hint,
        # and the window comes up sooner without it.
        self._editor = None
        self._plan_page = None
        self._meeting_page = None
        self._directory_page = None
        self._dashboard_page = None
        self._family_screen_before_lock = False
        self.editor_host = QStackedWidget()
        hint = QLabel(self.tr("Choisissez un dossier dans la liste,\nou créez-en un avec Ctrl+N."))
        hint.setObjectName("editor_placeholder")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_host.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.editor_host)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 520])
        splitter.setContentsMargins(8, 8, 8, 0)
        splitter.setAccessibleName(self.tr("Dossiers"))
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.setCentralWidget(self.pages)
        self.pages.currentChanged.connect(self._page_changed)
        self.lock_controller = None
        self.backups = None
        self.session = None
        self._focus_before_lock = None
        self._page_before_lock = None
        self._closing_without_backup = False

        self.account_label = QLabel()
        self.account_label.setObjectName("account_label")
        self.account_label.setAccessibleName(self.tr("Compte connecté"))
        self.account_label.hide()
        self.statusBar().addPermanentWidget(self.account_label)
        self.server_label = QLabel()
        self.server_label.setObjectName("server_unavailable")
        self.server_label.setStyleSheet(ERROR_STYLE)
        self.server_label.hide()
        self.statusBar().addPermanentWidget(self.server_label)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(5000)
        self.retry_timer.timeout.connect(self._retry_unsaved)
        self.database_label = QLabel(service.database.display_name)
        self.database_label.setAccessibleName(self.tr("Base de données ouverte"))
        self.statusBar().addPermanentWidget(self.database_label)

        self.list_panel.dossier_selected.connect(self._dossier_selected)
        self.list_panel.dossier_activated.connect(self._focus_editor)
        self.controller.changed.connect(self._data_changed)
        self.controller.failed.connect(self._show_failure)
        # A screen reader says what the status bar shows (saved, not saved, a size changed…).
        self.statusBar().messageChanged.connect(lambda text: announce(self.statusBar(), text))
        self._build_menus()
        # The text size is remembered per screen (a laptop, a projector); applied when the window moves.
        self._screen_name = self.screen().name() if self.screen() is not None else ""
        self._scale = settings.scale_for(self._screen_name)
        self._watched_window = None
        self.set_theme(settings.theme, save=False)
        self.list_panel.apply_filter()

    # -- menus ---------------------------------------------------------------------------

    def _action(self, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        # Never slot(checked): a slot's optional first argument (a path, a passphrase…) would get False.
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&Fichier"))
        self.new_action = self._action(self.tr("&Nouveau dossier…"), QKeySequence.StandardKey.New, self.new_dossier, "new_dossier")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self._action(self.tr("&Plaquette d'information pour les familles…"), None,
                                         self.print_leaflet, "leaflet"))
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Verrouiller"), "Ctrl+L", self.lock, "lock")
        self.lock_action.setEnabled(False)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self._action(self.tr("&Quitter"), QKeySequence.StandardKey.Quit, self.close, "quit"))

        edit_menu = bar.addMenu(self.tr("&Édition"))
        stack = self.controller.undo_stack
        self.undo_action = self._action(self.tr("&Annuler"), QKeySequence.StandardKey.Undo, self.undo, "undo")
        self.redo_action = self._action(
            self.tr("&Rétablir"), _unique_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"), self.redo, "redo")
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda text: self.undo_action.setText(self.tr("&Annuler : %s") % text if text else self.tr("&Annuler")))
        stack.redoTextChanged.connect(lambda text: self.redo_action.setText(self.tr("&Rétablir : %s") % text if text else self.tr("&Rétablir")))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("Rec&hercher un dossier"), QKeySequence.StandardKey.Find,
                                         self.focus_search, "find"))

        dossier_menu = self.dossier_menu = bar.addMenu(self.tr("&Dossier"))
        dossier_menu.addAction(self._action(self.tr("&Clore le dossier…"), None, lambda: self.editor.close_dossier(),
                                            "close_dossier_action"))
        dossier_menu.addAction(self._action(self.tr("&Rouvrir le dossier"), None, lambda: self.editor.reopen_dossier(),
                                            "reopen_dossier_action"))
        dossier_menu.addSeparator()
        dossier_menu.addAction(self._action(self.tr("Repérage de la &situation…"), "Ctrl+Shift+E",
                                            self.start_screening, "screening_action"))
        dossier_menu.addAction(self._action(self.tr("Projet pour la &famille (PPF)"), "Ctrl+Shift+F",
                                            self.open_plan, "plan_action"))
        dossier_menu.addAction(self._action(self.tr("Synthèse avec la fa&mille (rencontre)"), "Ctrl+Shift+M",
                                            self.open_meeting, "meeting_action"))
        dossier_menu.addAction(self._action(self.tr("Offre &locale : annuaire des services"), "Ctrl+Shift+O",
                                            self.open_directory, "directory_action"))
        dossier_menu.addAction(self._action(self.tr("E&xport d'accès pour une personne…"), None,
                                            self.export_person, "export_person_action"))
        dossier_menu.addAction(self._action(self.tr("Exporter le dossier (paquet chiffré)…"), None,
                                            self.export_package, "export_package_action"))
        dossier_menu.addAction(self._action(self.tr("Importer un paquet de dossier…"), None, self.import_package,
                                            "import_package_action"))
        dossier_menu.addAction(self._action(self.tr("Partenaires et c&harte…"), None, self.show_partners, "partners"))
        dossier_menu.addAction(self._action(self.tr("C&onservation : sans contact depuis 2 ans…"), None,
                                            self.show_retention, "retention"))
        dossier_menu.addSeparator()
        dossier_menu.addAction(self._action(self.tr("Ajouter une &personne au foyer…"), "Ctrl+Shift+P",
                                            self._add_person, "add_person_action"))
        dossier_menu.addAction(self._action(self.tr("Ajouter au &réseau…"), "Ctrl+Shift+R",
                                            self._add_contact, "add_contact_action"))

        evaluation_menu = bar.addMenu(self.tr("É&valuation"))
        evaluation_menu.addAction(self._action(self.tr("&Tableau de bord…"), "Ctrl+Shift+T", self.open_dashboard,
                                               "dashboard_action"))
        evaluation_menu.addAction(self._action(self.tr("&Suivis à faire…"), None, self.show_followups,
                                               "followups_action"))

        view_menu = bar.addMenu(self.tr("&Affichage"))
        view_menu.addAction(self._action(self.tr("A&grandir le texte"), _unique_keys(QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="),
                                         lambda: self.step_scale(+1), "zoom_in"))
        view_menu.addAction(self._action(self.tr("&Réduire le texte"), _unique_keys(QKeySequence.StandardKey.ZoomOut, "Ctrl+-"),
                                         lambda: self.step_scale(-1), "zoom_out"))
        view_menu.addAction(self._action(self.tr("Taille &normale"), "Ctrl+0", lambda: self.apply_scale(1.0), "zoom_reset"))
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Thème"))
        theme_menu.setObjectName("theme_menu")
        self.theme_group = QActionGroup(self)
        for key in THEMES:
            action = self._action(themes.label(themes.THEME_LABELS, key), None,
                                  lambda _checked=False, k=key: self.set_theme(k), f"theme_{key}")
            action.setCheckable(True)
            action.setStatusTip(themes.label(themes.THEME_DESCRIPTIONS, key))
            self.theme_group.addAction(action)
            theme_menu.addAction(action)

        help_menu = self.help_menu = bar.addMenu(self.tr("&Aide"))
        help_menu.addAction(self._action(self.tr("À &propos de refparcours"), None, self.about, "about"))
        add_language_menu(self, view_menu)

    @property
    def editor(self):  # -> DossierEditor (not annotated: PySide evaluates annotations of QObject members)
        if self._editor is None:
            from refparcours.ui.dossier_editor import DossierEditor

            self._editor = DossierEditor(self.controller)
            self._editor.plan_requested.connect(self.open_plan)
            self._editor.server_unavailable.connect(self.server_unavailable)
            self._editor.meeting_requested.connect(self.open_meeting)
            self._editor.status_message.connect(lambda text: self.statusBar().showMessage(text, 2 * STATUS_TIMEOUT_MS))
            self.editor_host.addWidget(self._editor)
            self.editor_host.setCurrentWidget(self._editor)
            for view in self._editor.findChildren(QTableView):
                view.horizontalHeader().setFont(self.font())
                view.verticalHeader().setDefaultSectionSize(int(view.fontMetrics().height() * 1.6))
        return self._editor

    @property
    def plan_page(self):  # -> PlanPage
        if self._plan_page is None:
            from refparcours.ui.plan_page import PlanPage

            self._plan_page = PlanPage(self.controller)
            self._plan_page.setAccessibleName(self.tr("Projet pour la famille (PPF)"))
            self._plan_page.closed.connect(self.close_plan)
            self._plan_page.status_message.connect(lambda text: self.statusBar().showMessage(text, 2 * STATUS_TIMEOUT_MS))
            self.pages.insertWidget(1, self._plan_page)
        return self._plan_page

    def _chosen_dossier(self):
        """The dossier shown, its edits saved; None (and a word in the status bar) if none is."""
        dossier_id = self._editor.dossier_id if self._editor is not None else None
        if dossier_id is None:
            self.statusBar().showMessage(self.tr("Choisissez d'abord un dossier."), STATUS_TIMEOUT_MS)
            return None
        self.flush_edits()
        return dossier_id

    def open_plan(self) -> None:
        """The dossier's PPF, full window: readable with the family beside you."""
        dossier_id = self._chosen_dossier()
        if dossier_id is None:
            return
        try:
            self.plan_page.open_plan(dossier_id)
        except UserFacingError as error:
            self.statusBar().showMessage(error_text(error), 2 * STATUS_TIMEOUT_MS)
            return
        self.pages.setCurrentWidget(self.plan_page)
        self.plan_page.nav.setFocus()

    @property
    def meeting_page(self):  # -> MeetingPage
        if self._meeting_page is None:
            from refparcours.ui.meeting_page import MeetingPage

            self._meeting_page = MeetingPage(self.controller, self.settings)
            self._meeting_page.setAccessibleName(self.tr("Rencontre avec la famille"))
            self._meeting_page.closed.connect(self.close_plan)
            self._meeting_page.status_message.connect(
                lambda text: self.statusBar().showMessage(text, 2 * STATUS_TIMEOUT_MS))
            self.pages.insertWidget(1, self._meeting_page)
        return self._meeting_page

    def open_meeting(self, meeting_id=None) -> None:
        """The dossier's meeting with the family: the one under way (resumed), the one being
        prepared, or a new one."""
        dossier_id = self._chosen_dossier()
        if dossier_id is None:
            return
        try:
            if meeting_id:
                self.meeting_page.show_meeting(meeting_id)
            else:
                self.meeting_page.start(dossier_id)
        except UserFacingError as error:
            self.statusBar().showMessage(error_text(error), 2 * STATUS_TIMEOUT_MS)
            return
        self.pages.setCurrentWidget(self.meeting_page)

    @property
    def directory_page(self):  # -> DirectoryPage
        if self._directory_page is None:
            from refparcours.ui.directory_page import DirectoryPage

            self._directory_page = DirectoryPage(self.controller)
            self._directory_page.setAccessibleName(self.tr("Offre locale : annuaire des services"))
            self._directory_page.closed.connect(self.close_plan)
            self._directory_page.status_message.connect(
                lambda text: self.statusBar().showMessage(text, 2 * STATUS_TIMEOUT_MS))
            self.pages.insertWidget(1, self._directory_page)
        return self._directory_page

    def open_directory(self) -> None:
        """The territory's services; orientations go to the dossier shown, if any."""
        self.flush_edits()
        self.directory_page.open_directory(self._editor.dossier_id if self._editor is not None else None)
        self.pages.setCurrentWidget(self.directory_page)

    @property
    def dashboard_page(self):  # -> DashboardPage
        if self._dashboard_page is None:
            from refparcours.ui.dashboard import DashboardPage

            self._dashboard_page = DashboardPage(self.service)
            self._dashboard_page.setAccessibleName(self.tr("Tableau de bord"))
            self._dashboard_page.closed.connect(self.close_plan)
            self._dashboard_page.status_message.connect(
                lambda text: self.statusBar().showMessage(text, 2 * STATUS_TIMEOUT_MS))
            self.pages.insertWidget(1, self._dashboard_page)
        return self._dashboard_page

    def open_dashboard(self) -> None:
        self.flush_edits()
        self.pages.setCurrentWidget(self.dashboard_page)
        self.dashboard_page.open_dashboard()

    def show_followups(self) -> None:
        from refparcours.followups import FollowupService
        from refparcours.ui.dashboard import FollowupsDialog

        try:
            FollowupsDialog(FollowupService(self.service), self).exec()
        except UserFacingError as error:
            self.statusBar().showMessage(error_text(error), 2 * STATUS_TIMEOUT_MS)

    def print_leaflet(self) -> None:
        from refparcours.ui.directory_page import LeafletDialog

        LeafletDialog(self.settings, self.service.today, self).exec()

    def export_package(self, path: str | None = None, passphrase: str | None = None) -> str | None:
        """The whole dossier in one encrypted file (to carry it offline, or hand it over)."""
        from PySide6.QtWidgets import QFileDialog

        from refparcours.fileio import atomic_write_bytes
        from refparcours.packages import PackageService
        from refparcours.ui.sharing import ask_package_passphrase

        dossier_id = self._chosen_dossier()
        if dossier_id is None:
            return None
        passphrase = passphrase or ask_package_passphrase(self, confirm=True)
        if not passphrase:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le paquet"), "dossier.paquet",
                                                  self.tr("Paquets refparcours (*.paquet)"))
            if not path:
                return None
        try:
            atomic_write_bytes(path, PackageService(self.service).export(dossier_id, passphrase))
        except UserFacingError as error:
            self.statusBar().showMessage(error_text(error), 2 * STATUS_TIMEOUT_MS)
            return None
        except OSError as error:
            self.statusBar().showMessage(self.tr("Le paquet n'a pas pu être écrit : %s") % (error.strerror or error),
                                         2 * STATUS_TIMEOUT_MS)
            return None
        self.statusBar().showMessage(self.tr("Paquet écrit : %s — la phrase secrète se transmet à part.") % path,
                                     2 * STATUS_TIMEOUT_MS)
        return path

    def import_package(self, path: str | None = None, passphrase: str | None = None):
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from refparcours.packages import PackageService
        from refparcours.ui.sharing import PackageImportDialog, ask_package_passphrase

        self.flush_edits()
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Importer un paquet"), "",
                                                  self.tr("Paquets refparcours (*.paquet);;Tous les fichiers (*)"))
            if not path:
                return None
        passphrase = passphrase or ask_package_passphrase(self, confirm=False)
        if not passphrase:
            return None
        packages = PackageService(self.service)
        try:
            merge = packages.plan_import(packages.open(Path(path).read_bytes(), passphrase))
        except UserFacingError as error:
            self.statusBar().showMessage(error_text(error), 2 * STATUS_TIMEOUT_MS)
            return None
        except OSError as error:
            self.statusBar().showMessage(self.tr("Le paquet est illisible : %s") % (error.strerror or error),
                                         2 * STATUS_TIMEOUT_MS)
            return None
        dialog = PackageImportDialog(packages, merge, self)
        dialog.open()
        dialog.finished.connect(lambda *_: (self.list_panel.reload(), self._select(merge.dossier_id)))
        return dialog

    def show_partners(self) -> None:
        from refparcours.consents import ConsentService
        from refparcours.ui.sharing import PartnersDialog

        PartnersDialog(ConsentService(self.service), self).exec()

    def show_retention(self) -> None:
        from refparcours.rights import RightsService
        from refparcours.ui.sharing import RetentionDialog

        RetentionDialog(RightsService(self.service), self).exec()
        self.list_panel.reload()

    def export_person(self, folder: str | None = None) -> None:
        """Right of access: everything recorded about the person chosen in the household tab."""
        from PySide6.QtWidgets import QFileDialog

        from refparcours.rights import RightsService

        dossier_id = self._chosen_dossier()
        if dossier_id is None:
            return
        person = self.editor.persons.current_record()
        if person is None:
            self.statusBar().showMessage(self.tr("Choisissez la personne dans l'onglet Foyer."), STATUS_TIMEOUT_MS)
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Où écrire l'export de %s")
                                                      % f"{person['first_name']} {person['last_name']}")
            if not folder:
                return
        try:
            pdf_path, _ = RightsService(self.service).export_person(person["id"], folder)
        except UserFacingError as error:
            self.statusBar().showMessage(error_text(error), 2 * STATUS_TIMEOUT_MS)
            return
        self.editor.sharing_tab.refresh()
        self.statusBar().showMessage(self.tr("Export d'accès écrit : %s") % pdf_path, 2 * STATUS_TIMEOUT_MS)

    def close_plan(self) -> None:
        self.pages.setCurrentIndex(0)
        if self._editor is not None:
            self._editor.show_dossier(self._editor.dossier_id)
            if self._editor.dossier_id is not None:
                self._editor.refresh_resumable()
            self._editor.setFocus()

    def server_unavailable(self) -> None:
        """The team server does not answer: say it plainly, keep what was typed, and save it as
        soon as the server is back (tried every few seconds)."""
        self.server_label.setText(self.tr("⚠ Serveur injoignable : vos saisies restent à l'écran et seront "
                                          "enregistrées dès son retour."))
        self.server_label.show()
        self.retry_timer.start()

    def _retry_unsaved(self) -> None:
        self.flush_edits()  # re-sends every field still marked as not saved
        if self._editor is not None and not self._editor.has_unsaved():
            self.retry_timer.stop()
            self.server_label.hide()
            self.statusBar().showMessage(self.tr("Serveur de nouveau joignable : vos saisies sont enregistrées."),
                                         2 * STATUS_TIMEOUT_MS)

    def flush_edits(self) -> None:
        """Save what is still being typed (before undo, switching, locking or closing)."""
        if self._editor is not None:
            self._editor.flush()
        if self._plan_page is not None and self.pages.currentWidget() is self._plan_page:
            self._plan_page.flush()
        if self._meeting_page is not None:
            self._meeting_page.flush()
        if self._directory_page is not None:
            self._directory_page.flush()

    # -- lock ----------------------------------------------------------------------------

    def attach_lock(self, controller) -> None:
        self.lock_controller = controller
        self.lock_action.setEnabled(True)

    def attach_session(self, installation, session) -> None:
        """What a logged-in account brings: the lock, backups, its own menus."""
        from refparcours.domain import Role
        from refparcours.ui.backups import BackupCoordinator, check_at_start
        from refparcours.ui.lock import LockController

        self.installation, self.session = installation, session
        self.attach_lock(LockController(self, installation, session, self.settings.lock_after_minutes))
        laptop = session.database.path is not None  # a team server is backed up by its own tools
        if laptop:
            self.backups = BackupCoordinator(session, self.settings, self)
            self.controller.changed.connect(self.backups.note_change)
            self.backups.message.connect(lambda text: self.statusBar().showMessage(text, 3 * STATUS_TIMEOUT_MS))
        self.account_label.setText(self.tr("%s (%s)") % (session.account.display_name, tr_core(session.account.role.label)))
        self.account_label.show()
        menu = self.file_menu
        if laptop:
            menu.insertActions(self.lock_action, [
                self._action(self.tr("Faire une &sauvegarde maintenant"), None,
                             lambda: self.backups.back_up("manuelle"), "backup_now"),
                self._action(self.tr("Res&taurer une sauvegarde…"), None, self.restore_backup, "restore_backup"),
                self._action(self.tr("Seconde &destination des sauvegardes…"), None, self.choose_second_destination,
                             "second_destination"),
            ])
        menu.insertAction(self.lock_action, self._action(self.tr("Changer mon &mot de passe…"), None,
                                                         self.change_password, "change_password"))
        menu.insertSeparator(self.lock_action)
        menu.insertAction(self.lock_action, self._action(self.tr("&Délai de verrouillage…"), None,
                                                          self.choose_lock_delay, "lock_delay"))
        self.dossier_menu.addSeparator()
        self.dossier_menu.addAction(self._action(self.tr("Partager avec un·e &collègue…"), None, self.share_dossier,
                                                 "share_dossier"))
        if session.account.role == Role.ADMINISTRATEUR:
            admin = self.menuBar().insertMenu(self.help_menu.menuAction(), self._admin_menu())
            admin.setObjectName("admin_menu")
        if session.account.role == Role.CADRE:
            self._show_indicators_only()
        if laptop:  # the quick check reads the whole file: it starts once the window has settled
            QTimer.singleShot(1000, self, lambda: check_at_start(self, session, self._offer_restore))

    def _admin_menu(self):
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.tr("Admi&nistration"), self)
        menu.addAction(self._action(self.tr("&Comptes…"), None, self.manage_accounts, "accounts"))
        menu.addAction(self._action(self.tr("&Journal d'audit…"), None, self.show_audit_log, "audit_log"))
        menu.addAction(self._action(self.tr("Critères du &repérage…"), None, self.choose_criteria_file,
                                    "criteria_file"))
        return menu

    def choose_criteria_file(self, path: str | None = None) -> None:
        """The territory's own criteria file for the script de repérage (checked before use)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from refparcours.screening import load_criteria

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Fichier de critères du repérage"),
                                                  self.settings.criteria_file, self.tr("Critères (*.toml)"))
            if not path:
                return
        criteria, warning = load_criteria(Path(path))
        if warning:
            QMessageBox.warning(self, self.tr("Fichier de critères refusé"), warning)
            return
        self.settings.criteria_file = path
        save_settings(self.settings)
        self.statusBar().showMessage(self.tr("Critères du repérage : %s (version %s).") % (criteria.title,
                                     criteria.version), 2 * STATUS_TIMEOUT_MS)

    def _show_indicators_only(self) -> None:
        """A cadre sees anonymous indicators, never a name (the indicators come with evaluation)."""
        page = QLabel(self.tr("Compte cadre : aucun nom ni dossier de famille n'est affiché ici.\n"
                              "Les indicateurs anonymes de la démarche apparaîtront sur cette page."))
        page.setObjectName("cadre_page")
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setWordWrap(True)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.pages.removeWidget(self.pages.widget(0))
        for name in ("new_dossier", "find", "close_dossier_action", "reopen_dossier_action", "add_person_action",
                     "add_contact_action", "undo", "redo"):
            action = self.findChild(QAction, name)
            if action is not None:
                action.setVisible(False)
        self.dossier_menu.menuAction().setVisible(False)

    def _offer_restore(self, report, offer) -> None:
        text = report.message
        if offer is None:
            QMessageBox.warning(self, self.tr("Base endommagée"),
                                text + "\n\n" + self.tr("Aucune sauvegarde valide n'a été trouvée."))
            return
        answer = QMessageBox.question(
            self, self.tr("Base endommagée"),
            text + "\n\n" + self.tr("Restaurer la dernière sauvegarde valide (%s) ?") % offer.name)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_backup()

    def choose_lock_delay(self, minutes: int | None = None) -> None:
        """How long without activity before the screen locks itself (remembered)."""
        from PySide6.QtWidgets import QInputDialog

        from refparcours.settings import LOCK_MINUTES_RANGE

        if minutes is None:
            minutes, ok = QInputDialog.getInt(
                self, self.tr("Verrouillage automatique"), self.tr("Verrouiller après (minutes sans activité) :"),
                self.settings.lock_after_minutes, *LOCK_MINUTES_RANGE)
            if not ok:
                return
        self.settings.lock_after_minutes = minutes
        self.settings.clamp()
        save_settings(self.settings)
        if self.lock_controller is not None:
            self.lock_controller.minutes = self.settings.lock_after_minutes
        self.statusBar().showMessage(self.tr("Verrouillage après %s min sans activité.")
                                     % self.settings.lock_after_minutes, STATUS_TIMEOUT_MS)

    def start_screening(self) -> None:
        """The script de repérage for the open dossier, then the offer and the choice of référent."""
        from pathlib import Path

        from refparcours.screening import load_criteria
        from refparcours.screenings import ScreeningService
        from refparcours.ui.screening_dialog import run_screening_flow

        dossier_id = self._editor.dossier_id if self._editor is not None else None
        if dossier_id is None:
            self.statusBar().showMessage(self.tr("Choisissez d'abord un dossier."), STATUS_TIMEOUT_MS)
            return
        self.flush_edits()
        criteria, warning = load_criteria(Path(self.settings.criteria_file) if self.settings.criteria_file else None)
        screenings = ScreeningService(self.service.database, today=self.service.today, actor=self.service.actor)
        if run_screening_flow(self, self.service.load(dossier_id, record_read=False), screenings, criteria, warning):
            self._data_changed(dossier_id, True)
            self.editor.refresh_screenings()

    def share_dossier(self) -> None:
        """Let another référent work on the open dossier (a colleague covering, a handover)."""
        from PySide6.QtWidgets import QInputDialog

        from refparcours.domain import Role

        dossier_id = self._editor.dossier_id if self._editor is not None else None
        if dossier_id is None:
            self.statusBar().showMessage(self.tr("Choisissez d'abord un dossier."), STATUS_TIMEOUT_MS)
            return
        shared = set(self.service.shares(dossier_id))
        colleagues = [account for account, active in self.installation.list_accounts(self.session)
                      if active and account.id != self.session.account.id and account.id not in shared
                      and account.role != Role.CADRE]
        if not colleagues:
            QMessageBox.information(self, self.tr("Partager"), self.tr("Aucun autre compte de référent·e."))
            return
        labels = [f"{a.display_name} ({a.username})" for a in colleagues]
        choice, ok = QInputDialog.getItem(self, self.tr("Partager le dossier"), self.tr("Avec :"), labels, 0, False)
        if ok:
            colleague = colleagues[labels.index(choice)]
            self.service.share(dossier_id, colleague.id)
            self.statusBar().showMessage(self.tr("Dossier partagé avec %s.") % colleague.display_name,
                                         STATUS_TIMEOUT_MS)

    def restore_backup(self) -> None:
        from refparcours.ui.backups import choose_and_restore

        self.flush_edits()
        if choose_and_restore(self, self.session):
            self._closing_without_backup = True
            self.close()

    def choose_second_destination(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Seconde destination des sauvegardes"),
                                                  self.settings.second_backup_folder)
        if folder:
            self.settings.second_backup_folder = folder
            save_settings(self.settings)
            self.statusBar().showMessage(self.tr("Les sauvegardes seront aussi copiées dans %s.") % folder,
                                         2 * STATUS_TIMEOUT_MS)

    def change_password(self) -> None:
        from refparcours.ui.admin import ChangePasswordDialog

        if ChangePasswordDialog(self.installation, self.session, self).exec():
            self.statusBar().showMessage(self.tr("Mot de passe changé."), STATUS_TIMEOUT_MS)

    def manage_accounts(self) -> None:
        from refparcours.ui.admin import AccountsDialog

        AccountsDialog(self.installation, self.session, self).exec()

    def show_audit_log(self) -> None:
        from refparcours.ui.admin import AuditLogDialog

        AuditLogDialog(self.session, self).exec()

    def lock(self) -> None:
        if self.lock_controller is not None:
            self.lock_controller.lock()

    def show_lock_screen(self, screen: QWidget) -> None:
        self._focus_before_lock = QApplication.focusWidget()
        self._page_before_lock = self.pages.currentWidget()
        # The family screen shows the family's words: it goes dark with the lock.
        self._family_screen_before_lock = self._meeting_page is not None and self._meeting_page.hide_family_screen()
        if self.pages.indexOf(screen) < 0:
            self.pages.addWidget(screen)
        self.pages.setCurrentWidget(screen)
        self.menuBar().setEnabled(False)
        for action in self.actions():
            action.setEnabled(False)
        self.database_label.hide()
        self.statusBar().clearMessage()

    def hide_lock_screen(self) -> None:
        if self._family_screen_before_lock and self._meeting_page is not None:
            self._meeting_page.toggle_family_screen(True)
        previous = self._page_before_lock
        self.pages.setCurrentWidget(previous if previous is not None and self.pages.indexOf(previous) >= 0
                                    else self.pages.widget(0))
        self.menuBar().setEnabled(True)
        for action in self.actions():
            action.setEnabled(True)
        self.undo_action.setEnabled(self.controller.undo_stack.canUndo())
        self.redo_action.setEnabled(self.controller.undo_stack.canRedo())
        self.database_label.show()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()

    # -- actions -------------------------------------------------------------------------

    def new_dossier(self) -> None:
        self.flush_edits()
        dialog = RecordDialog(
            self.tr("Nouveau dossier"),
            self.tr("Un dossier réunit un foyer : les personnes qui vivent ensemble et leur réseau."),
            new_dossier_fields(), self.controller.create_dossier, self.tr("Créer le dossier"),
            initial={"state": "reperage"}, parent=self,
        )
        if dialog.exec():
            self._select(dialog.result_value)
            self._focus_editor()

    def undo(self) -> None:
        self.flush_edits()
        self.controller.undo_stack.undo()

    def redo(self) -> None:
        self.flush_edits()
        self.controller.undo_stack.redo()

    def focus_search(self) -> None:
        self.list_panel.search.setFocus()
        self.list_panel.search.selectAll()

    def _focus_editor(self, *_args) -> None:
        self.editor.tabs.setCurrentIndex(0)
        self.editor.form.first_widget().setFocus()
        announce(self.editor, self.tr("Dossier ouvert : %s") % self.editor.title.text())

    def _page_changed(self, index: int) -> None:
        """Screen readers hear which page is now shown; the lock at once."""
        page = self.pages.widget(index)
        if page is not None and page.accessibleName():
            locked = self.lock_controller is not None and page is self.lock_controller.screen
            announce(page, page.accessibleName(), assertive=locked)

    def _add_person(self) -> None:
        self.editor.tabs.setCurrentWidget(self.editor.persons)
        self.editor.persons.add()

    def _add_contact(self) -> None:
        self.editor.tabs.setCurrentWidget(self.editor.contacts)
        self.editor.contacts.add()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de refparcours"), self.tr(
            "<h3>refparcours %s</h3><p>L'outil des référents de parcours : un seul projet, écrit avec la "
            "famille, autour de tous les professionnels qui l'accompagnent.</p>"
            "<p>Rien sur la famille sans la famille.</p>") % __version__)

    # -- scale ---------------------------------------------------------------------------

    def step_scale(self, step: int) -> None:
        current = min(range(len(UI_SCALES)), key=lambda i: abs(UI_SCALES[i] - self._scale))
        self.apply_scale(UI_SCALES[max(0, min(len(UI_SCALES) - 1, current + step))])

    def apply_scale(self, scale: float, *, save: bool = True) -> None:
        """Make every text larger or smaller, for a projector or for tired eyes (remembered for
        the screen the window is on)."""
        self._scale = min(max(scale, UI_SCALES[0]), UI_SCALES[-1])
        if save:
            self.settings.remember_scale(self._screen_name, self._scale)
        app = QApplication.instance()
        font = app.font()
        font.setPointSizeF(self._base_point_size * self._scale * themes.theme(self.settings.theme).text_factor)
        app.setFont(font)  # for windows opened later
        self.setFont(font)  # overrides the per-class fonts some platforms set (line edits, menus…)
        themes.refresh_fonts(app)
        for view in self.findChildren(QTableView):
            view.horizontalHeader().setFont(font)  # headers carry their own platform font
            view.verticalHeader().setDefaultSectionSize(int(view.fontMetrics().height() * 1.6))
        self.list_panel.set_column_scale(self._scale * themes.theme(self.settings.theme).text_factor)
        if self._editor is not None:
            self._editor.update_fonts()
        if self._plan_page is not None:
            self._plan_page.update_fonts()
        if save:
            self.statusBar().showMessage(self.tr("Taille du texte : %s %%") % round(self._scale * 100),
                                         STATUS_TIMEOUT_MS)
            save_settings(self.settings)

    def set_theme(self, key: str, *, save: bool = True) -> None:
        """Standard, high contrast or large type, for every window of the app (remembered)."""
        self.settings.theme = key
        self.settings.clamp()
        key = self.settings.theme
        themes.apply_theme(key)
        self.findChild(QAction, f"theme_{key}").setChecked(True)
        self.apply_scale(self._scale, save=False)
        if save:
            save_settings(self.settings)
            self.statusBar().showMessage(self.tr("Thème : %s") % themes.label(themes.THEME_LABELS, key).replace("&", ""),
                                         STATUS_TIMEOUT_MS)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and handle is not self._watched_window:
            self._watched_window = handle
            handle.screenChanged.connect(self._screen_changed)
            self._screen_changed(handle.screen())

    def _screen_changed(self, screen) -> None:
        """The window is now on another screen: the text size chosen there, if any."""
        if screen is None or screen.name() == self._screen_name:
            return
        self._screen_name = screen.name()
        scale = self.settings.scale_for(self._screen_name)
        if scale != self._scale:
            self.apply_scale(scale, save=False)
            self.statusBar().showMessage(self.tr("Écran %s : texte à %s %%") % (self._screen_name, round(scale * 100)),
                                         STATUS_TIMEOUT_MS)

    # -- reacting to changes ---------------------------------------------------------------

    def _select(self, dossier_id: uuid.UUID) -> None:
        if not self.list_panel.select(dossier_id):
            # Not in the current filter: show it anyway, and clear the filter so it is in view.
            self.list_panel.search.clear()
            self.list_panel.state_filter.setCurrentIndex(1)
            if not self.list_panel.select(dossier_id):
                self.editor.show_dossier(dossier_id)

    def _dossier_selected(self, dossier_id: uuid.UUID | None) -> None:
        self.flush_edits()
        self.editor.show_dossier(dossier_id)

    def _data_changed(self, dossier_id: uuid.UUID | None, structural: bool) -> None:
        if structural:
            self.list_panel.reload()
        else:
            self.list_panel.model.refresh_rows()
        shown = self._editor.dossier_id if self._editor is not None else None
        if dossier_id is not None and dossier_id != shown:
            self._select(dossier_id)  # an undo in another dossier: show what was undone
        else:
            self.editor.show_dossier(shown)
        self.statusBar().showMessage(self.tr("Enregistré."), STATUS_TIMEOUT_MS)

    def _show_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 2 * STATUS_TIMEOUT_MS)
        QMessageBox.warning(self, self.tr("Modification impossible"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_edits()
        backups = self.backups
        if backups is not None and not self._closing_without_backup and backups.due_on_close():
            # A last backup first; the window closes when it is done (good or not).
            event.ignore()
            if not backups.running:
                self._closing_without_backup = True
                backups.finished.connect(self.close)
                backups.back_up("fermeture")
            return
        event.accept()
