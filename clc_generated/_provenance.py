# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""What produced this package; compared by ``python -m generator --check``."""

GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.6"
SPEC_SHA256 = "8337841c261f11fc1960e619ec33f6b46672a4d4ad27b6d8d5aebc452aaa16fb"
