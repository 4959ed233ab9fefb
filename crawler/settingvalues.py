"""Read a setting given as text (`-s NAME=VALUE`, a SCAMSWEEP_ environment variable) by the type of its default.

A list setting reads a JSON array (`["127.0.0.1", "::1"]`) and the comma form (`127.0.0.1,::1`)
alike; a dict setting reads a JSON object; text that looks like JSON but is not valid, or is JSON
of the wrong shape, is refused with a one-line error naming the setting (Scrapy's own getlist
would split `["127.0.0.1"]` on commas and keep the brackets and quotes in silence).
"""
from __future__ import annotations

import json
from typing import Any

from crawler.errors import ExitStatus, UserError


def _refuse(name: str, source: str, why: str) -> UserError:
    return UserError(f"{source} {name}: {why}", status=ExitStatus.CONFIG)


def setting_value(name: str, raw: Any, default: Any, source: str = "setting") -> Any:
    """`raw` read for a setting whose default is `default`; values that are not text pass unchanged.

    >>> setting_value("SCAMSWEEP_SSRF_ALLOW_HOSTS", '["127.0.0.1", "::1"]', [])
    ['127.0.0.1', '::1']
    >>> setting_value("SCAMSWEEP_SSRF_ALLOW_HOSTS", "127.0.0.1, ::1", [])
    ['127.0.0.1', '::1']
    """
    if not isinstance(raw, str):
        return raw
    if isinstance(default, (list, tuple)):
        return _list_value(name, raw.strip(), source)
    if isinstance(default, dict) or hasattr(default, "copy_to_dict"):
        return _dict_value(name, raw.strip(), source)
    return raw


def _list_value(name: str, text: str, source: str) -> list:
    if not text.startswith("["):
        if text.startswith(("{", '"')):
            raise _refuse(name, source, "a list is a JSON array or comma-separated values")
        return [part.strip() for part in text.split(",") if part.strip()]
    value = _json(name, text, source)
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise _refuse(name, source, "a JSON list must be an array of strings or numbers")
    return value


def _dict_value(name: str, text: str, source: str) -> dict:
    if not text:
        return {}
    value = _json(name, text, source)
    if not isinstance(value, dict):
        raise _refuse(name, source, 'must be a JSON object, like {"name": "value"}')
    return value


def _json(name: str, text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _refuse(name, source, f"is not valid JSON ({exc.msg} at character {exc.pos + 1})") from None
