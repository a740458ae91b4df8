"""Write ``clc_generated/limits.py``: the limits the spec puts on values, as typed constants.

openapi-python-client drops ``minimum``/``maximum``/``maxLength``/``pattern``, so this
module carries them: one constant per component schema that is a bounded integer or a
constrained string (``Cpu`` -> ``CPU``, ``MemoryGB`` -> ``MEMORY_GB``). The SDK's
argument checks read them, so a limit changed in the spec changes the checks.
"""

from __future__ import annotations

import re
from typing import Any

_HEAD = '''"""Limits the API puts on values, from the component schemas of spec/clc-v2.yaml.

Each constant is one schema (``CPU`` is ``Cpu``): a whole number's inclusive bounds, or a
text's lengths and pattern. Values outside them are refused by the API.
"""

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class IntegerLimit:
    """Inclusive bounds of a whole number."""

    minimum: int
    maximum: int


@dataclass(frozen=True)
class TextLimit:
    """Lengths and pattern of a text; ``max_length_with_alias`` caps account alias + text."""

    min_length: int | None
    max_length: int | None
    pattern: str | None
    max_length_with_alias: int | None = None
'''


def constant_name(schema_name: str) -> str:
    """``MemoryGB`` -> ``MEMORY_GB``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", schema_name).upper()


def _docstring(schema: dict[str, Any]) -> str:
    text = " ".join(str(schema.get("description", "")).split())
    return text.replace('"""', "'''").replace("\\", "\\\\")


def _limit(schema: dict[str, Any]) -> str | None:
    if schema.get("type") == "integer" and "minimum" in schema and "maximum" in schema:
        return f"IntegerLimit(minimum={int(schema['minimum'])}, maximum={int(schema['maximum'])})"
    keys = ("minLength", "maxLength", "pattern")
    if schema.get("type") == "string" and any(k in schema for k in keys):
        with_alias = schema.get("x-clc-max-length-with-alias")
        return (
            f"TextLimit(min_length={schema.get('minLength')!r}, "
            f"max_length={schema.get('maxLength')!r}, pattern={schema.get('pattern')!r}, "
            f"max_length_with_alias={with_alias!r})"
        )
    return None


def render(spec: dict[str, Any]) -> str:
    """The module's source for ``spec`` (formatted by the generator's ruff run)."""
    parts = [_HEAD]
    for name, schema in spec["components"]["schemas"].items():
        limit = _limit(schema)
        if limit is None:
            continue
        parts.append(f"\n{constant_name(name)}: Final = {limit}\n")
        doc = _docstring(schema)
        if doc:
            parts.append(f'"""{doc}"""\n')
    return "".join(parts)
