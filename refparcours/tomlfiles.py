"""Reading the TOML resources a territory may replace (life domains, the charter)."""

from __future__ import annotations

import tomllib
from typing import Any

from refparcours.errors import UserFacingError


def read_toml(data: bytes, source: str, what: str, error: type[UserFacingError]) -> dict[str, Any]:
    """The document, or ``error`` with a French message naming ``what`` ("des domaines")."""
    try:
        return tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise error("Le fichier {what} « {source} » n'est pas en UTF-8.", what=what, source=source) from None
    except tomllib.TOMLDecodeError as problem:
        raise error("Le fichier {what} « {source} » est mal formé : {detail}.", what=what, source=source,
                    detail=str(problem)) from None
