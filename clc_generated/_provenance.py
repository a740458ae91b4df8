# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""What produced this package; compared by ``python -m generator --check``."""

GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.6"
SPEC_SHA256 = "5387482e7fad8e0cf0c4c3cabe8d1070894aaca9f07f81d4ed678efb79c42d2e"
