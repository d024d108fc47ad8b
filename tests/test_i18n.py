"""The interface in English: a complete catalogue whose placeholders match the French, a
compiled .qm that matches it, the language chosen by a setting (or the system), and the main
screens actually asking for strings the catalogue has."""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from refparcours.settings import Settings, load_settings, save_settings
from refparcours.ui.application import install_translations, interface_language
from tests.qt_helpers import add_benali_family

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "refparcours_en.ts"
QM = ROOT / "resources" / "i18n" / "refparcours_en.qm"


def _update_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update-translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    return _update_script()


@pytest.fixture(scope="module")
def catalogue(script):
    return script.read_ts(TS)


# -- the catalogue ------------------------------------------------------------------------


def test_every_string_of_the_sources_has_a_finished_translation(script, catalogue):
    """Fails when a string was added or changed in the interface or the core without running
    scripts/update-translations.py and translating it."""
    missing = [(name, source) for name, messages in script.extracted().items() for (source, comment) in messages
               if not catalogue.get(name, {}).get((source, comment), script.Message("")).finished]
    assert not missing, f"{len(missing)} strings to translate (scripts/update-translations.py): {missing[:20]}"


def test_no_translation_call_hides_inside_an_f_string():
    """lupdate does not look inside f-strings: a tr() there would never reach the catalogue."""
    import ast

    hidden = []
    for path in sorted((ROOT / "refparcours" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{path.name}:{call.lineno}" for call in ast.walk(node) if isinstance(call, ast.Call)
                           and getattr(call.func, "attr", getattr(call.func, "id", None)) in ("tr", "translate")]
    assert not hidden


BRACES = re.compile(r"\{[a-z_]*\}")
PERCENT = re.compile(r"%(?:\d|n|s|%)")
TAG = re.compile(r"</?[a-z0-9]+[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)\w")


def _shape(text: str) -> dict:
    """What a translation must keep of its source: placeholders, tags, one accelerator, line breaks,
    the spaces at its ends (the text is joined to others)."""
    return {"braces": sorted(BRACES.findall(text.replace("{{", "").replace("}}", ""))), "percent": sorted(PERCENT.findall(text)),
            "tags": sorted(TAG.findall(text)), "accelerator": len(ACCELERATOR.findall(text)),
            "lines": text.count("\n"), "ends": (text[:1] == " ", text[-1:] == " ")}


def test_translations_keep_placeholders_tags_and_accelerators(catalogue):
    wrong = []
    for name, messages in catalogue.items():
        for message in messages.values():
            for translation in message.forms if message.numerus else [message.translation]:
                if _shape(message.source) != _shape(translation):
                    wrong.append((name, message.source, translation))
    assert not wrong, wrong[:10]


def test_the_core_context_holds_error_templates_vocabulary_and_resources(catalogue):
    core = {source for source, _ in catalogue["core"]}
    assert "Identifiant ou mot de passe incorrect." in core  # an error template
    assert "Accompagnement en cours" in core  # a dossier state
    assert "Temps privé de la famille" in core  # a meeting phase
    assert "Ce que nous nous engageons à respecter" in core  # the default charter
    assert "Des soucis de santé, du corps ou du moral" in core  # the default criteria


def test_the_compiled_catalogue_is_up_to_date(script, tmp_path):
    """The .qm is committed: it must be what lrelease makes of the committed .ts."""
    compiled = tmp_path / "refparcours_en.qm"
    script.compile_qm(TS, compiled)
    if QM.read_bytes() == compiled.read_bytes():
        return
    # Another lrelease may lay the file out differently: then every translation must still agree.
    committed, fresh = QTranslator(), QTranslator()
    assert committed.load(str(QM)) and fresh.load(str(compiled))
    differing = [(name, source) for name, messages in script.read_ts(TS).items() for source, comment in messages
                 if committed.translate(name, source, comment or None) != fresh.translate(name, source, comment or None)]
    assert not differing, f"run scripts/update-translations.py: {differing[:10]}"


# -- choosing the language ----------------------------------------------------------------


def test_system_follows_the_locale_and_a_setting_overrides_it():
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    french = QLocale(QLocale.Language.French, QLocale.Country.Belgium)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert interface_language("system", english) == "en"
    assert interface_language("system", french) == "fr"
    assert interface_language("system", german) == "fr"  # the app is French-first
    assert interface_language("fr", english) == "fr"
    assert interface_language("en", french) == "en"


def test_an_unknown_language_setting_falls_back_to_the_system(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"interface_language": "klingon"}', encoding="utf-8")
    assert load_settings(path).interface_language == "system"
    save_settings(Settings(interface_language="en"), path)
    assert load_settings(path).interface_language == "en"


def test_the_language_option_overrides_the_setting_for_one_start():
    from refparcours.cli import build_parser

    assert build_parser().parse_args(["--language", "en"]).language == "en"
    assert build_parser().parse_args([]).language is None


@pytest.fixture
def english(qapp):
    before = QLocale()
    install_translations(qapp, "en")
    yield qapp
    for translator in qapp.findChildren(QTranslator, "refparcours_translator"):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _main_window(qtbot, database, settings: Settings | None = None):
    from refparcours.demo import fill_demo
    from refparcours.dossiers import DossierService
    from refparcours.ui.main_window import MainWindow
    from tests.conftest import TODAY

    fill_demo(database, 12, seed=3, reference=date(2026, 11, 1))
    service = DossierService(database, today=lambda: TODAY)
    main = MainWindow(service, settings or Settings(), QApplication.font().pointSizeF())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _a_family(main):
    """A dossier with a household, a network and a need, selected in the list."""
    dossier_id = add_benali_family(main.service)
    main.list_panel.reload()
    main.list_panel.state_filter.setCurrentIndex(1)
    assert main.list_panel.select(dossier_id)
    main.editor  # noqa: B018 - built on first use
    return dossier_id


def test_in_english_the_menus_and_the_list_are_in_english(english, qtbot, database):
    main = _main_window(qtbot, database)
    titles = [action.text() for action in main.menuBar().actions()]
    assert titles[:3] == ["&File", "&Edit", "&Case"]
    assert main.findChild(QMessageBox) is None
    model = main.list_panel.model
    from PySide6.QtCore import Qt

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Case", "People", "Stage"]
    states = [main.list_panel.state_filter.itemText(i) for i in range(main.list_panel.state_filter.count())]
    assert "Support under way" in states
    assert QLocale().language() == QLocale.Language.English


def test_the_language_menu_saves_the_choice_for_the_next_start(qtbot, database, monkeypatch):
    from PySide6.QtGui import QAction

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    main = _main_window(qtbot, database)
    assert main.findChild(QAction, "language_system").isChecked()
    main.findChild(QAction, "language_en").trigger()
    assert load_settings().interface_language == "en"
    assert told and "prochain démarrage" in told[0]
    assert main.findChild(QAction, "language_en").isChecked()


# -- what the screens ask for -------------------------------------------------------------


class RecordingTranslator(QTranslator):
    """Notes every (context, text) asked and answers nothing: the real catalogue answers."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context or "", source or ""))
        return None


QT_CONTEXT = re.compile(r"^Q[A-Z]")  # Qt's own classes (self.tr walks up to QWidget, QDialog…)


def _dialogs(main, dossier_id, *more):
    """The dialogs of a dossier's day, built (their words asked for) without being run."""
    from refparcours.consents import ConsentService
    from refparcours.ui.dialogs import close_dossier_dialog
    from refparcours.ui.directory_page import LeafletDialog
    from refparcours.ui.screening_dialog import DesignationDialog, ProposalDialog
    from refparcours.ui.sharing import ConsentDialog, PartnersDialog

    today = main.service.today()
    consents = ConsentService(main.service)
    return [*more, close_dossier_dialog(lambda values: None, today, parent=main),
            ProposalDialog(today, parent=main), DesignationDialog(["Mme Leroy (CAF)"], today, parent=main),
            ConsentDialog(consents, main.service.load(dossier_id, record_read=False), parent=main),
            ConsentDialog(consents, main.service.load(dossier_id, record_read=False), legal_ground=True, parent=main),
            PartnersDialog(consents, parent=main), LeafletDialog(main.settings, today, parent=main)]


def test_the_main_screens_ask_only_for_strings_the_catalogue_has(english, qtbot, database):
    from refparcours.screening import load_criteria
    from refparcours.ui.screening_dialog import ScreeningDialog

    recorder = RecordingTranslator()
    english.installTranslator(recorder)
    try:
        main = _main_window(qtbot, database)
        dossier_id = _a_family(main)
        qtbot.waitUntil(lambda: main.editor.dossier_id == dossier_id)
        main.open_plan()
        qtbot.waitUntil(lambda: main.pages.currentWidget() is main._plan_page)
        main.close_plan()
        main.open_meeting()
        qtbot.waitUntil(lambda: main.pages.currentWidget() is main._meeting_page)
        main._meeting_page._stop_writer()
        main.open_directory()
        qtbot.waitUntil(lambda: main.pages.currentWidget() is main._directory_page)
        main.open_dashboard()
        page = main.dashboard_page
        qtbot.waitUntil(lambda: not page.computing and page.indicators is not None, timeout=10_000)
        for dialog in _dialogs(main, dossier_id, ScreeningDialog(load_criteria(None)[0], parent=main)):
            dialog.show()
            dialog.close()
        assert main.editor.dossier_id == dossier_id
    finally:
        english.removeTranslator(recorder)
    known: dict[str, set[str]] = {}
    catalogue = _update_script().read_ts(TS)
    for name, messages in catalogue.items():
        for source, _ in messages:
            known.setdefault(source, set()).add(name)
    asked_in: dict[str, set[str]] = {}
    for context, source in recorder.asked:
        asked_in.setdefault(source, set()).add(context)
    missing = sorted((sorted(contexts), source) for source, contexts in asked_in.items()
                     if not contexts & known.get(source, set())
                     and not all(QT_CONTEXT.match(c) for c in contexts))
    assert not missing, "\n".join(map(repr, missing))


def test_in_english_the_status_bar_names_the_account_s_role_in_english(english, qtbot, tmp_path):
    from refparcours.app import dossier_service_for
    from refparcours.security.accounts import Installation
    from refparcours.security.keys import KdfParams
    from refparcours.ui.main_window import MainWindow

    installation = Installation(tmp_path / "equipe.sqlite", KdfParams.fast())
    session, _ = installation.create("claire", "Claire Dumoulin", "le bon mot de passe")
    main = MainWindow(dossier_service_for(session), Settings(), QApplication.font().pointSizeF())
    qtbot.addWidget(main)
    main.attach_session(installation, session)
    assert main.account_label.text() == "Claire Dumoulin (Administrator)"
    main.close()
    session.close()
