# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""What produced this package; compared by ``python -m generator --check``."""

GENERATOR = "openapi-python-client 0.29.1"
FORMATTER = "ruff 0.17.6"
SPEC_SHA256 = "73ec1dee191f84258e22de4a4533475e552c33a31bcb875ee759ef111e795291"
