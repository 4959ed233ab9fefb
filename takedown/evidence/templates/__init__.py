"""Per-platform request-letter templates (string.Template, $name placeholders), zh and en."""
