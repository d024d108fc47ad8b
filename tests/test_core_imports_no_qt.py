"""The core and the database layer must run without Qt: `refparcours demo`, the
benchmark's raw floor and any future server-side use import them on machines (or in
processes) where loading PySide6 would be slow or impossible."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import refparcours

PACKAGE = Path(refparcours.__file__).resolve().parent
# The interface itself, and the entry points that import it lazily, may use Qt.
ALLOWED = {PACKAGE / "app.py", PACKAGE / "__main__.py"}


def core_files() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if (PACKAGE / "ui") not in path.parents and path not in ALLOWED
    )


def qt_imports(source: str) -> list[int]:
    """Line numbers of every `import PySide6...` / `from PySide6... import`, at any depth."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        if any(name == "PySide6" or name.startswith("PySide6.") for name in names):
            lines.append(node.lineno)
    return lines


def test_the_walk_sees_the_core_modules():
    # Guards the test below against silently checking nothing.
    names = {path.relative_to(PACKAGE).as_posix() for path in core_files()}
    assert {"dossiers.py", "demo.py", "cli.py", "data/database.py"} <= names
    assert not any(name.startswith("ui/") for name in names)


def test_detector_finds_nested_imports():
    source = "def f():\n    if True:\n        from PySide6.QtCore import Qt\nimport PySide6\nimport os, PySide6.QtGui\n"
    assert sorted(qt_imports(source)) == [3, 4, 5]
    assert qt_imports("import PySide6_like_name\nfrom . import PySide6\n") == []


@pytest.mark.parametrize("path", core_files(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_core_module_does_not_import_qt(path: Path):
    lines = qt_imports(path.read_text(encoding="utf-8"))
    assert lines == [], f"{path.relative_to(PACKAGE)} imports PySide6 at line(s) {lines}"


def test_importing_the_core_does_not_load_qt():
    code = (
        "import refparcours.dossiers, refparcours.demo, refparcours.data.database, "
        "refparcours.cli, refparcours.settings; import sys; "
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]; "
        "assert not loaded, loaded"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
