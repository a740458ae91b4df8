# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""What produced this package; compared by ``python -m generator --check``."""

GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.6"
SPEC_SHA256 = "1f78e53a8c2cd6513b65b99fb8c3ff3293d25fc465a8f9b66b6de519707a3c9a"
