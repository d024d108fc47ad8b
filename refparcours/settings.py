"""User settings: a small JSON file, written atomically, tolerant of damage."""

from __future__ import annotations

import json
import logging
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from refparcours.fileio import atomic_write_text
from refparcours.paths import config_dir

log = logging.getLogger(__name__)

UI_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)


LOCK_MINUTES_RANGE = (1, 240)
# The interface's look (refparcours.ui.themes), and the family screen's own.
THEMES = ("standard", "contraste", "grands_caracteres")
FAMILY_THEMES = ("standard", "contraste")
FAMILY_SCALE_RANGE = (0.5, 4.0)
# "system": English when the system's language is English, French otherwise.
INTERFACE_LANGUAGES = ("system", "fr", "en")


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
    # Text size per screen (QScreen name -> scale): a laptop and a projector need different
    # sizes. The single scale above is used on a screen not met before.
    ui_scales: dict[str, float] = field(default_factory=dict)
    family_screen_scales: dict[str, float] = field(default_factory=dict)
    theme: str = "standard"
    family_screen_theme: str = "standard"
    # The territory's details printed on the leaflet for families.
    territory_name: str = ""
    office_name: str = ""
    office_address: str = ""
    office_phone: str = ""
    office_email: str = ""
    office_hours: str = ""
    interface_language: str = "system"

    def territory(self) -> dict[str, str]:
        return {"territory": self.territory_name, "office": self.office_name, "address": self.office_address,
                "phone": self.office_phone, "email": self.office_email, "hours": self.office_hours}

    def clamp(self) -> None:
        scale = float(self.ui_scale)
        if math.isnan(scale):  # json reads "NaN"; min/max would let it through to every size
            scale = Settings.ui_scale
        self.ui_scale = min(max(scale, UI_SCALES[0]), UI_SCALES[-1])
        family = float(self.family_screen_scale)
        self.family_screen_scale = (Settings.family_screen_scale if math.isnan(family)
                                    else min(max(family, FAMILY_SCALE_RANGE[0]), FAMILY_SCALE_RANGE[1]))
        if self.interface_language not in INTERFACE_LANGUAGES:
            self.interface_language = Settings.interface_language
        self.lock_after_minutes = min(max(int(self.lock_after_minutes), LOCK_MINUTES_RANGE[0]), LOCK_MINUTES_RANGE[1])
        self.ui_scales = _clamped_scales(self.ui_scales, (UI_SCALES[0], UI_SCALES[-1]))
        self.family_screen_scales = _clamped_scales(self.family_screen_scales, FAMILY_SCALE_RANGE)
        if self.theme not in THEMES:
            self.theme = Settings.theme
        if self.family_screen_theme not in FAMILY_THEMES:
            self.family_screen_theme = Settings.family_screen_theme

    def scale_for(self, screen: str) -> float:
        return self.ui_scales.get(screen, self.ui_scale)

    def remember_scale(self, screen: str, scale: float) -> None:
        """The scale chosen on that screen; also the one for screens not met yet."""
        self.ui_scale = scale
        if screen:
            self.ui_scales[screen] = scale
        self.clamp()

    def family_scale_for(self, screen: str) -> float:
        return self.family_screen_scales.get(screen, self.family_screen_scale)

    def remember_family_scale(self, screen: str, scale: float) -> None:
        self.family_screen_scale = scale
        if screen:
            self.family_screen_scales[screen] = scale
        self.clamp()


def _clamped_scales(scales, bounds: tuple[float, float]) -> dict[str, float]:
    """Only names with a usable scale, within bounds (the file may have been edited by hand)."""
    kept: dict[str, float] = {}
    for name, value in dict(scales).items():
        try:
            scale = float(value)
        except (TypeError, ValueError):
            continue
        if isinstance(name, str) and math.isfinite(scale):
            kept[name] = min(max(scale, bounds[0]), bounds[1])
    return kept


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
