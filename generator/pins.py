"""The exact tool versions whose output is committed in clc_generated/.

Changing either changes the generated code, so both are checked before a run
and recorded in the output.
"""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
