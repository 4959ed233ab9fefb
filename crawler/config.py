"""Read the brand book (brands.toml) from disk into detector Brand objects."""
from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

from crawler.errors import ExitStatus, UserError
from detectors.errors import ConfigError

DEFAULT_CONFIG = "brands.toml"


def config_path(explicit: str | os.PathLike | None = None) -> Path:
    """The brand book to use: the explicit path, else $SCAMSWEEP_CONFIG, else ./brands.toml."""
    return Path(explicit or os.environ.get("SCAMSWEEP_CONFIG") or DEFAULT_CONFIG)


def read_brand_mapping(path: Path) -> dict:
    """The parsed TOML of a brand book; missing, unreadable or malformed files are user errors."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"brands file {path} does not exist", status=ExitStatus.CONFIG) from None
    except OSError as exc:
        raise UserError(f"brands file {path} cannot be read: {exc.strerror}", status=ExitStatus.CONFIG) from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(str(path), None, None, "brands file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, None, f"brands file is not valid TOML: {exc}") from None


def load_brands(path: str | os.PathLike | None = None):
    """Load and validate a brand book; returns a tuple of `detectors.Brand`.

    >>> brands = load_brands("localweb/brands.toml")  # doctest: +SKIP
    """
    from crawler.brandbook import check_brand_book
    from detectors import parse_brands

    resolved = config_path(path)
    mapping = read_brand_mapping(resolved)
    check_brand_book(mapping, str(resolved))
    return parse_brands(mapping, source=str(resolved))


def detector_for(path: str | os.PathLike | None = None):
    """The Detector of a brand book, built once per process for each version of the file.

    Every crawler in a process (the demo runs three) shares one index instead of building
    its own; with ten thousand brands that build takes seconds. A changed file is rebuilt.
    """
    resolved = config_path(path).resolve()
    try:
        stamp = resolved.stat()
    except OSError:
        return _detector(resolved, 0, -1)  # load_brands reports the missing or unreadable file
    return _detector(resolved, stamp.st_mtime_ns, stamp.st_size)


@lru_cache(maxsize=4)
def _detector(path: Path, mtime_ns: int, size: int):
    from detectors import Detector

    return Detector(load_brands(path))
