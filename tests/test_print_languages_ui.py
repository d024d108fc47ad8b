"""Choosing the language of a family's documents: in the dossier (saved at once, undone with
Ctrl+Z), in the print dialogs (the dossier's language proposed), and on the command line."""

from __future__ import annotations

import re
import subprocess
import unicodedata

from PySide6.QtCore import Qt

from refparcours.dossiers import DOSSIER
from tests.test_cli import passphrase_file, run  # noqa: F401 (fixtures)
from tests.test_ui_main_window import CTRL, add_family, select, window  # noqa: F401 (fixture)


def test_the_dossier_language_is_saved_at_once_and_can_be_undone(window, qtbot):  # noqa: F811
    dossier_id, _ = add_family(window)
    select(window, qtbot, dossier_id)
    assert window.service.load(dossier_id)["print_language"] == "fr"
    combo = window.editor.form.widgets["print_language"]
    assert combo.accessibleName() == "Langue des documents pour la famille"
    assert [combo.itemText(i) for i in range(combo.count())][-2:] == ["arabe — العربية", "turc — Türkçe"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last language: Turkish
    assert window.service.load(dossier_id)["print_language"] == "tr"
    bilingual = window.editor.form.widgets["print_bilingual"]
    bilingual.setFocus()
    qtbot.keyClick(bilingual, Qt.Key.Key_Space)
    assert window.service.load(dossier_id)["print_bilingual"] is True

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    dossier = window.service.load(dossier_id)
    assert (dossier["print_language"], dossier["print_bilingual"]) == ("fr", False)
    assert combo.currentData() == "fr" and not bilingual.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert window.service.load(dossier_id)["print_language"] == "tr"


def test_an_unknown_language_is_refused_in_french(window):  # noqa: F811
    from refparcours.errors import ValidationError

    dossier_id, _ = add_family(window)
    try:
        window.service.set_fields(DOSSIER, dossier_id, {"print_language": "klingon"})
    except ValidationError as error:
        assert "langue des documents" in error.message and "klingon" in error.message
    else:
        raise AssertionError("refused")


def test_the_plan_print_dialog_proposes_the_dossier_language(window, qtbot, tmp_path):  # noqa: F811
    from refparcours.plans import PlanService
    from refparcours.ui.plan_print import PrintPlanDialog

    dossier_id, _ = add_family(window)
    window.service.set_fields(DOSSIER, dossier_id, {"print_language": "es", "print_bilingual": True})
    plans = PlanService(window.service)
    dialog = PrintPlanDialog(plans, plans.plan_for(dossier_id), lambda _message: None, window)
    qtbot.addWidget(dialog)
    choice = dialog.language_choice
    assert choice.combo.currentData() == "es" and choice.bilingual.isChecked()
    assert choice.label.buddy() is choice.combo
    choice.combo.setCurrentIndex(choice.combo.findData("ar"))
    choice.bilingual.setChecked(False)
    path = dialog.save(str(tmp_path / "projet-ar.pdf"))
    assert path
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    assert "مشروع الأسرة" in unicodedata.normalize("NFKC", re.sub("[\u202a-\u202e\u200e\u200f]", "", text))
    # A partner copy is for professionals: in French, the language is not offered.
    dialog.copy_choice.setCurrentIndex(dialog.copy_choice.findData("partenaire"))
    assert not choice.combo.isEnabled()


def test_print_plan_and_leaflet_take_a_language_on_the_command_line(run, tmp_path):  # noqa: F811
    from tests.test_cli import a_dossier_with_a_plan

    path = tmp_path / "x.db"
    assert run("demo", "--size", "20", "--database", str(path), "--reference-date", "2026-11-22").returncode == 0
    dossier_id = a_dossier_with_a_plan(path)
    out = tmp_path / "plan-en.pdf"
    result = run("print-plan", str(dossier_id), "--out", str(out), "--database", str(path), "--langue", "en")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Family plan" in text and "What the professionals do" in text and "printed on" in text

    out = tmp_path / "plan-pt.pdf"
    result = run("print-plan", str(dossier_id), "--out", str(out), "--database", str(path), "--langue", "pt",
                 "--bilingue")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Projet pour la famille / Projeto para a família" in " ".join(text.split())

    leaflet = tmp_path / "plaquette-tr.pdf"
    result = run("print-leaflet", "--out", str(leaflet), "--langue", "tr", "--referent", "Élodie Marchand")
    assert result.returncode == 0, result.stderr
    text = " ".join(subprocess.run(["pdftotext", str(leaflet), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Size destek olacak bir süreç sorumlusu" in text and "Élodie Marchand" in text

    bad = run("print-leaflet", "--out", str(leaflet), "--langue", "de")
    assert bad.returncode == 2 and "--langue" in bad.stderr
