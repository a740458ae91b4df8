"""Docstring coverage of the public API: ``python -m docsite.coverage``.

The public API is what the public modules export in ``__all__``: each module itself,
each class and function it exports, and every public method and property of those
classes, inherited ones included (a method inherited from a private base is public on
the class). Constants and data attributes are not counted; neither are names starting
with ``_`` nor members inherited from builtins (``Exception.add_note``...). A method
reached from several names (``clc.Session`` is ``clc.v2.Session``) counts once, under
the name of the class that defines it.

The objects are inspected at run time, so a method bound from a module function
(``Server.Create = staticmethod(create)``) counts with that function's docstring.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

PUBLIC_MODULES = ("clc", "clc.v2", "clc.errors", "clc.testing")


@dataclass(frozen=True)
class Coverage:
    documented: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def total(self) -> int:
        return len(self.documented) + len(self.missing)

    @property
    def percent(self) -> float:
        return 100.0 * len(self.documented) / self.total if self.total else 100.0


def measure(modules: tuple[str, ...] = PUBLIC_MODULES) -> Coverage:
    found: dict[str, bool] = {}
    for module_name in modules:
        module = importlib.import_module(module_name)
        found[module_name] = _has_doc(module)
        for name in module.__all__:
            for path, documented in _items(getattr(module, name), f"{module_name}.{name}"):
                found.setdefault(path, documented)
    return Coverage(
        documented=tuple(sorted(p for p, ok in found.items() if ok)),
        missing=tuple(sorted(p for p, ok in found.items() if not ok)),
    )


def _items(obj: Any, path: str) -> Iterator[tuple[str, bool]]:
    """(name, has a docstring) of ``obj`` and of what it holds that counts."""
    if isinstance(obj, types.ModuleType):
        if obj.__name__ in PUBLIC_MODULES:
            return  # measured as a module of its own
        yield obj.__name__, _has_doc(obj)
        for name, value in vars(obj).items():
            defined_here = getattr(value, "__module__", None) == obj.__name__
            if _is_function(value) and defined_here and not name.startswith("_"):
                yield f"{obj.__name__}.{name}", _has_doc(value)
    elif inspect.isclass(obj):
        yield _qualified(obj), "__doc__" in vars(obj) and _has_doc(obj)
        yield from _members(obj)
    elif _is_function(obj):
        yield _qualified(obj), _has_doc(obj)


def _members(cls: type) -> Iterator[tuple[str, bool]]:
    for name in dir(cls):
        if name.startswith("_"):
            continue
        owner = next((c for c in cls.__mro__ if name in vars(c)), None)
        if owner is None or owner.__module__ == "builtins":
            continue
        raw = inspect.getattr_static(cls, name)
        if isinstance(raw, staticmethod | classmethod):
            raw = raw.__func__
        if isinstance(raw, property) or _is_function(raw):
            yield f"{_qualified(owner)}.{name}", _has_doc(raw)


def _is_function(value: Any) -> bool:
    return inspect.isfunction(value) or inspect.isbuiltin(value)


def _qualified(obj: Any) -> str:
    return f"{obj.__module__}.{obj.__qualname__}"


def _has_doc(obj: Any) -> bool:
    doc = obj.__doc__ if not isinstance(obj, property) else (obj.fget and obj.fget.__doc__)
    return bool(doc and doc.strip())


def main() -> int:
    result = measure()
    for path in result.missing:
        print(f"no docstring: {path}")
    print(
        f"docstring coverage of the public API ({', '.join(PUBLIC_MODULES)}): "
        f"{len(result.documented)} of {result.total} = {result.percent:.1f}%"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
