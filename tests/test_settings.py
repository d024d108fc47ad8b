"""User settings: remembered between sessions, never a reason for the app not to open."""

from __future__ import annotations

import json

import pytest

from refparcours.settings import UI_SCALES, Settings, load_settings, save_settings, settings_path


def test_scale_is_remembered(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(Settings(ui_scale=1.5), path)
    assert load_settings(path).ui_scale == 1.5


def test_saving_again_replaces_the_previous_value(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(Settings(ui_scale=1.5), path)
    save_settings(Settings(ui_scale=0.85), path)
    assert load_settings(path).ui_scale == 0.85


def test_save_creates_the_config_folder(tmp_path):
    path = tmp_path / "pas encore" / "settings.json"
    save_settings(Settings(ui_scale=2.0), path)
    assert json.loads(path.read_text(encoding="utf-8"))["ui_scale"] == 2.0


def test_missing_file_gives_defaults(tmp_path):
    assert load_settings(tmp_path / "absent.json") == Settings()


@pytest.mark.parametrize(
    "content",
    [
        b'{"ui_scale": 1.5',  # cut off by a crash
        b"",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"ui_scale": "grand"}',
        b'{"ui_scale": null}',
        b'{"ui_scale": NaN}',
    ],
    ids=["truncated", "empty", "not-utf8", "not-an-object", "text", "null", "nan"],
)
def test_damaged_file_gives_defaults(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert load_settings(path) == Settings()


def test_unknown_keys_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"ui_scale": 1.3, "from_a_newer_version": true}', encoding="utf-8")
    assert load_settings(path) == Settings(ui_scale=1.3)


@pytest.mark.parametrize(
    ("stored", "loaded"),
    [(40, UI_SCALES[-1]), (0.01, UI_SCALES[0]), (-2, UI_SCALES[0]), ("1e400", UI_SCALES[-1]), ("1,5", 1.0)],
)
def test_out_of_range_scale_is_brought_back_in_range(tmp_path, stored, loaded):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"ui_scale": stored}), encoding="utf-8")
    assert load_settings(path).ui_scale == loaded


def test_save_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "settings.json"
    for scale in UI_SCALES:
        save_settings(Settings(ui_scale=scale), path)
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_default_location_follows_the_config_override(tmp_path, monkeypatch):
    monkeypatch.setenv("REFPARCOURS_CONFIG_DIR", str(tmp_path / "cfg"))
    assert settings_path() == tmp_path / "cfg" / "settings.json"
    save_settings(Settings(ui_scale=1.75))
    assert load_settings().ui_scale == 1.75


def test_a_failed_save_keeps_the_previous_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    save_settings(Settings(ui_scale=1.5), path)

    def crash(*_args):  # e.g. the disk is full or the session ends at the last moment
        raise OSError("disque plein")

    monkeypatch.setattr("refparcours.fileio.os.replace", crash)
    with pytest.raises(OSError):
        save_settings(Settings(ui_scale=2.0), path)
    assert load_settings(path).ui_scale == 1.5
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
