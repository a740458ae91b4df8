"""Griffe extensions for the Python reference: what static analysis would render wrongly.

- ``SphinxRolesAsCode``: docstrings are rendered as Markdown, where a Sphinx role
  (``:class:`Session```) would show its markup and an RST literal-block marker (``text::``)
  a double colon. Roles become code spans and ``::`` a colon; the source is untouched.
- ``BoundFunctionsAsMethods``: a class attribute bound to a module-level function
  (``Create = staticmethod(server_build.create)``, ``Clone = server_build.clone``) is a
  method to its callers; it is documented as that function, signature and docstring.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import griffe

ROLE = re.compile(r":(?:class|meth|func|mod|attr|exc|data|obj):`~?([^`]+)`")
LITERAL_MARKER = re.compile(r"(?<=\S)::$", re.M)
WRAPPERS = ("staticmethod", "classmethod")


def markdown(text: str) -> str:
    return LITERAL_MARKER.sub(":", ROLE.sub(r"`\1`", text))


class SphinxRolesAsCode(griffe.Extension):
    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)


class BoundFunctionsAsMethods(griffe.Extension):
    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for cls in _classes(pkg):
            for name, member in list(cls.members.items()):
                target = _bound_function(member)
                if target is not None and _is_function(pkg, target):
                    cls.set_member(name, griffe.Alias(name, target, parent=cls))


def _classes(module: griffe.Module) -> Iterator[griffe.Class]:
    for member in module.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Module):
            yield from _classes(member)
        elif isinstance(member, griffe.Class):
            yield member


def _is_function(pkg: griffe.Module, path: str) -> bool:
    try:
        return isinstance(pkg.modules_collection[path], griffe.Function)
    except KeyError:
        return False


def _bound_function(member: griffe.Object | griffe.Alias) -> str | None:
    """The path of the function a class attribute is bound to, if it is one."""
    if member.is_alias or not isinstance(member, griffe.Attribute):
        return None
    value = member.value
    if isinstance(value, griffe.ExprCall) and str(value.function) in WRAPPERS:
        value = value.arguments[0] if len(value.arguments) == 1 else None
    if isinstance(value, griffe.ExprName | griffe.ExprAttribute):
        return value.canonical_path
    return None
