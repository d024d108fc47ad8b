"""Where refparcours keeps its files. Environment variables let tests and portable
installs point elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from refparcours import APP_NAME


def data_dir() -> Path:
    override = os.environ.get("REFPARCOURS_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("REFPARCOURS_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "refparcours.sqlite"


def resources_dir() -> Path:
    """The ``resources/`` folder shipped beside the package."""
    return Path(__file__).resolve().parent.parent / "resources"
