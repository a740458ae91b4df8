# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""What produced this package; compared by ``python -m generator --check``."""

GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.6"
SPEC_SHA256 = "ba5057322535e0bdf8f4f82387b8509c23c435ea2fd1684e81e0223bacf61040"
