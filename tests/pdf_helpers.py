"""Reading a printed PDF back as text, the way a person reads the page."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from refparcours import __version__

# An A4 page as reportlab writes it.
A4_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+595\.27\d*\s+841\.889\d*\s*\]")
pdftotext_available = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                         reason="pdftotext (poppler-utils) is not installed")


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def raw_text(pdf: bytes, tmp_path, *pages: int) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    window = ["-f", str(pages[0]), "-l", str(pages[0])] if pages else []
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *window, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").replace("\u00a0", " ")


def text_of(pdf: bytes, tmp_path, *pages: int) -> str:
    return re.sub(r"\s+", " ", raw_text(pdf, tmp_path, *pages))


def running_text(pdf: bytes, tmp_path, page_head: str) -> str:
    """The text as it reads across pages: without the footers, and without the lines of the
    pages' heads and footer notes (``page_head``: a regular expression)."""
    lines = [line for line in raw_text(pdf, tmp_path).replace("\f", "\n").splitlines()
             if not line.startswith(f"refparcours {__version__} — imprimé le") and not re.match(page_head, line)]
    return re.sub(r"\s+", " ", " ".join(lines))
