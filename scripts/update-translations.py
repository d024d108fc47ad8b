#!/usr/bin/env python3
"""Updates the interface's translation catalogues (resources/i18n/refparcours_<lang>.ts) and
compiles them (.qm, committed beside them).

    .venv/bin/python scripts/update-translations.py          # extract, merge, compile
    .venv/bin/python scripts/update-translations.py --check  # exit 1 if a catalogue is stale

The interface's own strings are found by pyside6-lupdate (self.tr, translate("Ctx", …),
QT_TRANSLATE_NOOP). The core (refparcours/*.py) never imports Qt: its French reaches the
interface through tr_core()/error_text() in context "core", so its strings are collected
here: error templates (an AST scan), the vocabulary tables the interface passes to tr_core,
the default resource files (charter, criteria, domains, follow-up questions), and the
tr_core("…") literals of the interface. Existing translations are kept; new strings are
added unfinished, vanished ones dropped.
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import re
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"en": "en_GB"}
SOURCE_LANGUAGE = "fr_FR"
CORE_CONTEXT = "core"
BIN = Path(sys.executable).parent

# The core's vocabulary the interface shows through tr_core: (module, expression in it).
CORE_TABLES = [
    ("refparcours.domain", "DOSSIER_STATE_LABELS"),
    ("refparcours.domain", "HouseholdRole"),
    ("refparcours.domain", "ContactKind"),
    ("refparcours.domain", "Role"),
    ("refparcours.domain", "CLOSURE_REASONS"),
    ("refparcours.dossiers", "[DOSSIER.missing_message, PERSON.missing_message, CONTACT.missing_message]"),
    ("refparcours.security.audit", "OPERATION_LABELS"),
    ("refparcours.security.audit", "VERIFY_MESSAGES"),
    ("refparcours.evaluation", "FOLLOWUP_KINDS"),
    ("refparcours.evaluation", "RESOLVED"),
    ("refparcours.indicators", "ANSWERS"),
    ("refparcours.indicators", "WHO_GROUPS"),
    ("refparcours.indicators", "['jours']"),  # a figure's unit
    ("refparcours.directory", "KINDS"),
    ("refparcours.directory", "[label for label, _ in FIELDS.values()]"),
    ("refparcours.directory", "ORIENTATION_OUTCOMES"),
    ("refparcours.screening", "ANSWERS"),
    ("refparcours.screening", "OUTCOME_LABELS"),
    ("refparcours.screenings", "ANSWER_LABELS"),
    ("refparcours.screenings", "HOW_OFFERED"),
    ("refparcours.screenings", "CHOSEN_BY"),
    ("refparcours.meeting", "KINDS"),
    ("refparcours.meeting", "SIDES"),
    ("refparcours.meeting", "PHASES"),
    ("refparcours.meeting", "PHASES_PLAIN"),
    ("refparcours.meeting", "ENTRY_KINDS"),
    ("refparcours.ppf", "SECTION_LABELS"),
    ("refparcours.ppf", "FEASIBLE"),
    ("refparcours.ppf", "STATUSES"),
    ("refparcours.ppf", "WHO_KINDS"),
    ("refparcours.ppf", "AUTHOR_KINDS"),
    ("refparcours.ppf", "PARTNER_SECTIONS"),
    ("refparcours.consent", "INFO_CATEGORIES"),
    ("refparcours.consent", "PROFESSIONAL_CATEGORIES"),
    ("refparcours.consent", "COLLECTED_HOW"),
    ("refparcours.consent", "MEDIA"),
    ("refparcours.consent", "LEGAL_GROUNDS"),
    ("refparcours.consent", "SECURITY_MEASURES"),
    # Tables of the interface itself, shown through tr_core.
    ("refparcours.ui.family_screen", "KIND_PLAIN"),
    ("refparcours.ui.admin", "RECORD_TYPES"),
    ("refparcours.ui.dossier_list", "[label for label, _ in STATE_FILTERS]"),
]
# Default resource files: every text value (identifiers, versions and symbols left out).
CORE_RESOURCES = ["charte/charte-par-defaut.toml", "screening/criteres-par-defaut.toml",
                  "ppf/domaines.toml", "evaluation/questions-par-defaut.toml"]
RESOURCE_SKIPPED_KEYS = {"id", "cle", "version", "dimension", "dimensions", "icone", "type"}
# Functions of the core whose French literals are all labels the interface translates.
CORE_LABEL_FUNCTIONS = [("refparcours/indicators.py", "compute"), ("refparcours/ppf.py", "form_remarks")]
IDENTIFIER = re.compile(r"^[a-z0-9_]*$")


@dataclass
class Message:
    source: str
    comment: str = ""
    numerus: bool = False
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False


# ---------------------------------------------------------------- the core's strings


def _flatten(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, enum.EnumMeta):
        return [member.label for member in value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _flatten(item)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for item in value for s in _flatten(item)]
    return []


def _error_class_names() -> set[str]:
    import pkgutil

    import refparcours
    from refparcours.errors import UserFacingError

    for module in pkgutil.walk_packages(refparcours.__path__, "refparcours."):
        if not any(part in module.name for part in (".ui", "migrations", "__main__")):
            importlib.import_module(module.name)
    names, todo = set(), [UserFacingError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


def _literals(node: ast.AST, constants: dict[str, list[str]]) -> list[str]:
    """The French text(s) an argument can be: a literal, either branch of a condition, a module constant."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body, constants) + _literals(node.orelse, constants)
    if isinstance(node, ast.Name):
        return constants.get(node.id, [])
    return []


def _error_templates(error_names: set[str]) -> list[str]:
    found: list[str] = []
    paths = [p for p in sorted((ROOT / "refparcours").rglob("*.py"))
             if "ui" not in p.relative_to(ROOT / "refparcours").parts[:1] and "migrations" not in p.parts]
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: _literals(node.value, {}) for node in tree.body if isinstance(node, ast.Assign)
                     for target in node.targets if isinstance(target, ast.Name)}
        error_classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef) and node.name in error_names]
        super_calls = {id(call) for cls in error_classes for call in ast.walk(cls) if isinstance(call, ast.Call)
                       and isinstance(call.func, ast.Attribute) and call.func.attr == "__init__"}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in error_names or id(node) in super_calls:
                if node.args:
                    found += _literals(node.args[0], constants)
                found += [s for kw in node.keywords if kw.arg == "template" for s in _literals(kw.value, constants)]
    return found


def _function_labels(relative: str, function: str) -> list[str]:
    """French literals of one function of the core (its dict keys and identifiers left out)."""
    tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == function:
            keys = {id(k) for d in ast.walk(node) if isinstance(d, ast.Dict) for k in d.keys if k is not None}
            docstring = node.body[0].value if isinstance(node.body[0], ast.Expr) else None
            skipped = {id(c) for s in ast.walk(node) if isinstance(s, (ast.Subscript, ast.Compare, ast.JoinedStr))
                       for c in ast.walk(s)}
            for c in ast.walk(node):
                if (isinstance(c, ast.Constant) and isinstance(c.value, str) and id(c) not in keys and c is not docstring
                        and id(c) not in skipped and not IDENTIFIER.match(c.value) and c.value.strip(" ;….")):
                    found.append(c.value)
    return found


def _resource_texts() -> list[str]:
    found: list[str] = []

    def walk(value, key=""):
        if isinstance(value, str):
            if key not in RESOURCE_SKIPPED_KEYS:
                found.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)

    for relative in CORE_RESOURCES:
        walk(tomllib.loads((ROOT / "resources" / relative).read_text(encoding="utf-8")))
    return found


def _ui_tr_core_literals() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "refparcours" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr_core" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append(node.args[0].value)
    return found


def core_strings() -> list[str]:
    """Every French string of the core that the interface may pass to tr_core, in a stable order."""
    found = _error_templates(_error_class_names())
    for module_name, expression in CORE_TABLES:
        module = importlib.import_module(module_name)
        found += _flatten(eval(expression, vars(module)))  # noqa: S307 - our own table of expressions
    for relative, function in CORE_LABEL_FUNCTIONS:
        found += _function_labels(relative, function)
    found += _resource_texts()
    found += _ui_tr_core_literals()
    return list(dict.fromkeys(s for s in found if s.strip()))


# ---------------------------------------------------------------- .ts files


def read_ts(path: Path) -> dict[str, dict[tuple[str, str], Message]]:
    contexts: dict[str, dict[tuple[str, str], Message]] = {}
    if not path.exists():
        return contexts
    for context in ET.parse(path).getroot().iter("context"):
        messages = contexts.setdefault(context.findtext("name") or "", {})
        for element in context.iter("message"):
            translation = element.find("translation")
            message = Message(element.findtext("source") or "", element.findtext("comment") or "",
                              element.get("numerus") == "yes")
            if translation is not None:
                message.finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
                message.forms = [f.text or "" for f in translation.iter("numerusform")]
                message.translation = "" if message.numerus else (translation.text or "")
            messages[(message.source, message.comment)] = message
    return contexts


def write_ts(path: Path, language: str, contexts: dict[str, dict[tuple[str, str], Message]]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in contexts[name].values():
            element = ET.SubElement(context, "message", numerus="yes") if message.numerus \
                else ET.SubElement(context, "message")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            if not message.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                for form in message.forms or ["", ""]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.translation
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def extracted() -> dict[str, dict[tuple[str, str], Message]]:
    """What the sources ask for today: lupdate's contexts for the interface, plus "core"."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "ui.ts"
        sources = sorted(str(p) for p in (ROOT / "refparcours" / "ui").glob("*.py"))
        subprocess.run([str(BIN / "pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts", str(ts)],
                       check=True, capture_output=True)
        contexts = read_ts(ts)
    core = contexts.setdefault(CORE_CONTEXT, {})
    for source in core_strings():
        core.setdefault((source, ""), Message(source))
    return contexts


def merged(fresh: dict[str, dict[tuple[str, str], Message]],
           old: dict[str, dict[tuple[str, str], Message]]) -> dict[str, dict[tuple[str, str], Message]]:
    """The fresh sources with the translations already made (by context, else the same French elsewhere)."""
    anywhere = {key: m for messages in old.values() for key, m in messages.items() if m.finished}
    for name, messages in fresh.items():
        for key, message in messages.items():
            known = old.get(name, {}).get(key) or anywhere.get(key)
            if known is not None and known.numerus == message.numerus:
                message.translation, message.forms, message.finished = known.translation, known.forms, known.finished
    return fresh


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report whether the catalogues are up to date")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    stale = False
    for short, language in LANGUAGES.items():
        ts, qm = I18N / f"refparcours_{short}.ts", I18N / f"refparcours_{short}.qm"
        old = read_ts(ts)
        contexts = merged(extracted(), old)
        missing = [(name, m.source) for name, messages in contexts.items() for m in messages.values() if not m.finished]
        with tempfile.TemporaryDirectory() as folder:
            new_ts = Path(folder) / ts.name
            write_ts(new_ts, language, contexts)
            new_qm = Path(folder) / qm.name
            compile_qm(new_ts, new_qm)
            changed = not ts.exists() or new_ts.read_bytes() != ts.read_bytes() \
                or not qm.exists() or new_qm.read_bytes() != qm.read_bytes()
            if not args.check:
                ts.write_bytes(new_ts.read_bytes())
                qm.write_bytes(new_qm.read_bytes())
        total = sum(len(m) for m in contexts.values())
        print(f"{ts.relative_to(ROOT)}: {total} strings in {len(contexts)} contexts, {len(missing)} untranslated"
              + (", changed" if changed else ""))
        stale = stale or changed or bool(missing)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
