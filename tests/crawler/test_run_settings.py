"""Project settings: the module, then SCAMSWEEP_ environment variables, then explicit overrides."""
from __future__ import annotations

import pytest

from crawler.errors import UserError
from crawler.run import project_settings


def test_environment_overrides_a_scamsweep_setting():
    settings = project_settings(environ={"SCAMSWEEP_DB_URL": "sqlite:///elsewhere.db"})
    assert settings.get("SCAMSWEEP_DB_URL") == "sqlite:///elsewhere.db"


def test_explicit_override_beats_environment():
    settings = project_settings({"SCAMSWEEP_DB_URL": "sqlite:///given.db"}, environ={"SCAMSWEEP_DB_URL": "sqlite:///env.db"})
    assert settings.get("SCAMSWEEP_DB_URL") == "sqlite:///given.db"


def test_environment_never_touches_non_scamsweep_settings():
    settings = project_settings(environ={"DOWNLOAD_MAXSIZE": "1"})
    assert settings.getint("DOWNLOAD_MAXSIZE") == 16 * 1024 * 1024


def test_dict_setting_from_environment_is_json(monkeypatch):
    import crawler.settings as module

    monkeypatch.setattr(module, "SCAMSWEEP_TEST_ONLY_MAP", {}, raising=False)
    settings = project_settings(environ={"SCAMSWEEP_TEST_ONLY_MAP": '{"a.test": "127.0.0.1"}'})
    assert dict(settings.getdict("SCAMSWEEP_TEST_ONLY_MAP")) == {"a.test": "127.0.0.1"}
    with pytest.raises(UserError, match="SCAMSWEEP_TEST_ONLY_MAP"):
        project_settings(environ={"SCAMSWEEP_TEST_ONLY_MAP": "{not json"})
