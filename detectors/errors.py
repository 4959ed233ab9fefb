"""Errors the detection library raises: only for bad configuration, never for page content."""
from __future__ import annotations


class ConfigError(ValueError):
    """A brand configuration that cannot be used; names the file, brand and field."""

    def __init__(self, source: str, brand: str | None, field: str | None, message: str):
        self.source, self.brand, self.field, self.message = source, brand, field, message
        where = ", ".join(
            part for part in (source, f"brand {brand!r}" if brand else "", f"field {field!r}" if field else "") if part
        )
        super().__init__(f"{message} ({where})")


class CorpusError(ValueError):
    """A labelled corpus that cannot be read: names the file and, where there is one, the line."""
