"""Request bodies: JSON or form-encoded, parsed with the limits hostile input needs.

A body the API could not have bound is refused with its 400 (the API's error
shape), never a 500: malformed JSON, nesting deeper than any API body has,
numbers Python will not convert (over 4,300 digits), and the non-JSON
constants ``NaN`` and ``Infinity`` (or numbers so large they become infinite).
"""

from __future__ import annotations

import json
import math
from typing import Any
from urllib.parse import parse_qsl

from .errors import ApiError

# Deepest nesting accepted; the API's deepest bodies (alert policies, VPN sections,
# PATCH disk lists) nest four or five levels.
MAX_DEPTH = 32


def _invalid(reason: str) -> ApiError:
    return ApiError(400, "The request is invalid.", {"body": [reason]})


def _refuse_constant(name: str) -> Any:
    raise _invalid(f"{name} is not a JSON number.")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _invalid(f"The number {text[:20]}... is too large.")
    return value


def depth(value: Any) -> int:
    """How deeply ``value`` nests lists and objects (a scalar is 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        level += 1
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level) for child in children)
    return deepest


def parse_json(raw: bytes | str) -> Any:
    """Parse JSON text or raise the API's 400 saying what was wrong."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant, parse_float=_finite)
    except RecursionError:
        raise _invalid("The body is nested too deeply.") from None
    except ValueError as exc:
        if "digits" in str(exc):
            raise _invalid("A number in the body has too many digits.") from None
        raise _invalid(f"Malformed JSON: {str(exc)[:200]}") from None
    if depth(value) > MAX_DEPTH:
        raise _invalid(f"The body is nested more than {MAX_DEPTH} levels deep.")
    return value


def parse_body(raw: bytes, content_type: str) -> Any:
    """JSON or form-encoded body -> Python value; ``None`` for an empty body.

    A body whose content type does not say JSON and that does not parse as JSON
    is read as a form (older clients form-encoded their dicts).
    """
    if not raw.strip():
        return None
    ctype = content_type.lower()
    if "x-www-form-urlencoded" in ctype:
        return _form(raw)
    try:
        return parse_json(raw)
    except ApiError:
        if "json" in ctype or raw.lstrip()[:1] in (b"{", b"["):
            raise
        return _form(raw)


def _form(raw: bytes) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True):
        if key in out:
            prev = out[key]
            out[key] = [*prev, value] if isinstance(prev, list) else [prev, value]
        else:
            out[key] = value
    return out
