"""User settings: a small JSON file, written atomically, tolerant of damage."""

from __future__ import annotations

import json
import logging
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from refparcours.fileio import atomic_write_text
from refparcours.paths import config_dir

log = logging.getLogger(__name__)

UI_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)


LOCK_MINUTES_RANGE = (1, 240)


@dataclass
class Settings:
    ui_scale: float = 1.0
    # Idle time before the screen locks itself (family data hidden until the password).
    lock_after_minutes: int = 5
    last_user: str = ""
    # A USB key or network folder where each backup is copied too ("" = none).
    second_backup_folder: str = ""
    # The territory's own criteria for the script de repérage ("" = the default set).
    criteria_file: str = ""
    # The family screen of meetings: which monitor/projector it goes to, and its text size.
    family_screen_name: str = ""
    family_screen_scale: float = 1.0
    # The territory's details printed on the leaflet for families.
    territory_name: str = ""
    office_name: str = ""
    office_address: str = ""
    office_phone: str = ""
    office_email: str = ""
    office_hours: str = ""

    def territory(self) -> dict[str, str]:
        return {"territory": self.territory_name, "office": self.office_name, "address": self.office_address,
                "phone": self.office_phone, "email": self.office_email, "hours": self.office_hours}

    def clamp(self) -> None:
        scale = float(self.ui_scale)
        if math.isnan(scale):  # json reads "NaN"; min/max would let it through to every size
            scale = Settings.ui_scale
        self.ui_scale = min(max(scale, UI_SCALES[0]), UI_SCALES[-1])
        family = float(self.family_screen_scale)
        self.family_screen_scale = Settings.family_screen_scale if math.isnan(family) else min(max(family, 0.5), 4.0)
        self.lock_after_minutes = min(max(int(self.lock_after_minutes), LOCK_MINUTES_RANGE[0]), LOCK_MINUTES_RANGE[1])


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    settings = Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return settings
    except (OSError, ValueError) as exc:
        # A damaged settings file must never stop the app from opening.
        log.warning("Réglages illisibles (%s), valeurs par défaut utilisées : %s", path, exc)
        return settings
    if isinstance(raw, dict):
        for field in fields(Settings):
            if field.name in raw:
                try:
                    setattr(settings, field.name, type(getattr(settings, field.name))(raw[field.name]))
                except (TypeError, ValueError):
                    log.warning("Réglage %s ignoré : valeur %r", field.name, raw[field.name])
    settings.clamp()
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    atomic_write_text(path or settings_path(), json.dumps(asdict(settings), indent=2, ensure_ascii=False))
