"""What every facade object shares: its session, its raw ``data`` and 2.51-style attributes.

Objects are built from generated models (``_from_generated``); ``data`` is the model's
``to_dict()`` (the API's camelCase keys), kept for 2.51 code that reads ``obj.data`` or
camelCase attributes. Documented attributes are typed properties in each class; any
other attribute falls back to :meth:`Resource.__getattr__`, which maps snake_case to the
API's camelCase (case-insensitively) in ``data`` and its nested sections, and raises
``AttributeError`` (never ``KeyError``) when absent, so ``hasattr`` works.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

_MISSING = object()


def camel(name: str) -> str:
    """``address_line1`` -> ``addressLine1`` (camelCase names pass through)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def lookup(source: Any, name: str) -> Any:
    """The value of ``name`` (snake or camel, any case) in a dict, or ``_MISSING``."""
    if not isinstance(source, dict):
        return _MISSING
    for key in (name, camel(name)):
        if key in source:
            return source[key]
    wanted = camel(name).lower()
    for key, value in source.items():
        if isinstance(key, str) and key.lower() == wanted:
            return value
    return _MISSING


def to_data(model: Any) -> dict[str, Any]:
    """The raw dict of a generated model (or a dict given by 2.51-style callers)."""
    if model is None:
        return {}
    if isinstance(model, dict):
        return dict(model)
    result = model.to_dict()
    return result if isinstance(result, dict) else {}


def links_of(data: dict[str, Any], rel: str) -> list[dict[str, Any]]:
    return [lk for lk in data.get("links") or [] if isinstance(lk, dict) and lk.get("rel") == rel]


def opt_str(value: Any) -> str | None:
    return None if value is None or value is _MISSING else str(value)


def matches(key: str, values: Iterable[Any], exact: bool) -> bool:
    """Case-insensitive exact or substring match of ``key`` against any of ``values``."""
    k = key.lower()
    for value in values:
        if value is None:
            continue
        v = str(value).lower()
        if (exact and v == k) or (not exact and k in v):
            return True
    return False


class Resource:
    """Base of the data-backed facade objects."""

    # Sections of ``data`` searched after the top level (e.g. ``details``, ``changeInfo``).
    _SECTIONS: ClassVar[tuple[str, ...]] = ()
    # Attribute names whose API key is not their camelCase form.
    _KEYS: ClassVar[dict[str, str]] = {}

    data: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("data", "session"):
            raise AttributeError(name)
        data = self.__dict__.get("data")
        if isinstance(data, dict):
            key = self._KEYS.get(name, name)
            for source in (data, *(data.get(s) for s in self._SECTIONS)):
                value = lookup(source, key)
                if value is not _MISSING:
                    return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
