"""The detector version stored with every verdict; bump it whenever scoring semantics change."""

DETECTOR_VERSION = "2.0.0"
