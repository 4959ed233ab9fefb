"""JSON codec for requests in a shared Redis queue: bytes as base64, never pickle, loud on anything else.

scrapy-redis calls `dumps(request.to_dict(spider=...))` on push and `loads(data)` on pop
(`SCHEDULER_SERIALIZER = "crawler.redis_codec"`). A queue shared between machines must not run
code when it is read, so there is no pickle here, and a stored request may only name a Request
class from an allow-list (Scrapy's `request_from_dict` imports whatever `_class` names).

Plain JSON cannot hold bytes (bodies, header names and values), tuples or dicts with non-string
keys, so those travel as one-key tagged objects: `{"$bytes": "<base64>"}`, `{"$tuple": [...]}`,
`{"$pairs": [[key, value], ...]}`. A dict that has a key starting with "$" is always written as
`$pairs`, so a tag can never be mistaken for data. Anything else (sets, datetimes, objects,
NaN) raises `CodecError` naming where it sits, so the caller can count it instead of losing it.

>>> loads(dumps({"body": b"\\x00a", "meta": {"page": 2}}))
{'body': b'\\x00a', 'meta': {'page': 2}}
"""
from __future__ import annotations

import base64
import json
from typing import Any

BYTES, TUPLE, PAIRS = "$bytes", "$tuple", "$pairs"
ALLOWED_REQUEST_CLASSES = frozenset({
    "scrapy.http.request.form.FormRequest",
    "scrapy.http.request.json_request.JsonRequest",
    "scrapy.http.request.rpc.XmlRpcRequest",
})


class CodecError(TypeError):
    """A value that the JSON request codec cannot carry, or stored data it refuses to read."""


def dumps(obj: dict) -> bytes:
    """A request dict as UTF-8 JSON bytes; raises CodecError on anything JSON cannot carry exactly."""
    try:
        return json.dumps(_encode(obj, "request"), ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()
    except ValueError as exc:  # NaN or infinity somewhere: not JSON
        raise CodecError(f"cannot encode request: {exc}") from None


def loads(data: bytes | str) -> dict:
    """The request dict back from `dumps` output; raises CodecError on malformed or refused data."""
    try:
        obj = json.loads(data, object_hook=_decode_tagged)
    except (ValueError, TypeError) as exc:
        raise CodecError(f"cannot decode a queued request: {exc}") from None
    if not isinstance(obj, dict):
        raise CodecError(f"cannot decode a queued request: expected an object, got {type(obj).__name__}")
    request_class = obj.get("_class")
    if request_class is not None and request_class not in ALLOWED_REQUEST_CLASSES:
        raise CodecError(f"queued request names a class that is not allowed: {request_class!r}")
    return obj


def _encode(value: Any, where: str) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (bytes, bytearray)):
        return {BYTES: base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, list):
        return [_encode(item, f"{where}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, tuple):
        return {TUPLE: [_encode(item, f"{where}[{index}]") for index, item in enumerate(value)]}
    if isinstance(value, dict):
        return _encode_dict(value, where)
    raise CodecError(f"cannot encode {where}: {type(value).__name__} is not JSON-safe")


def _encode_dict(value: dict, where: str) -> dict:
    plain = all(isinstance(key, str) and not key.startswith("$") for key in value)
    if plain:
        return {key: _encode(item, f"{where}[{key!r}]") for key, item in value.items()}
    return {PAIRS: [[_encode(key, f"{where} key {key!r}"), _encode(item, f"{where}[{key!r}]")] for key, item in value.items()]}


def _decode_tagged(obj: dict) -> Any:
    if len(obj) != 1:
        return obj
    (tag, payload), = obj.items()
    if tag == BYTES:
        return base64.b64decode(payload, validate=True)
    if tag == TUPLE:
        return tuple(payload)
    if tag == PAIRS:
        return {_hashable(key): item for key, item in payload}
    return obj


def _hashable(key: Any) -> Any:
    # A key written from a tuple comes back as a tuple (hashable); a list could never have been a key.
    if isinstance(key, (list, dict)):
        raise CodecError(f"cannot decode a queued request: unhashable key {key!r}")
    return key
