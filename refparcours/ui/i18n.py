"""Bridges the core's French messages into Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from refparcours.errors import UserFacingError

CORE_CONTEXT = "core"
# For code outside a QObject: lupdate finds translate("Context", "…") by this bare name.
translate = QCoreApplication.translate


def tr_core(text: str) -> str:
    """A French string coming from the core (labels, states), translated if a catalogue has it."""
    return QCoreApplication.translate(CORE_CONTEXT, text)


def error_text(error: UserFacingError) -> str:
    return tr_core(error.template).format(**error.params)



def colon(label: str) -> str:
    """A label before its field: "Nom :" in French typography, "Name:" in English."""
    return translate("Typography", "%s :") % label


def pair(label: str, value: str) -> str:
    """ "Décision : texte" in French, "Decision: text" in English."""
    return translate("Typography", "%s : %s") % (label, value)
