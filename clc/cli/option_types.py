"""Click option types for the spec's parameter and field types.

Scalars map to Click's own types; anything else (arrays, objects, unions) is JSON,
given inline or as ``@FILE`` (``@-`` reads stdin). Where the spec allows a string, a
value that is not JSON is taken as that string.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from clc.cli.operations import Field


def base_type(spec_type: str) -> str:
    """``None | str`` and ``str | None`` (nullable fields) are ``str``."""
    parts = [p.strip() for p in spec_type.split("|") if p.strip() != "None"]
    return " | ".join(parts)


class JSONValue(click.ParamType):  # type: ignore[type-arg]  # generic in click 8.5
    name = "json"

    def __init__(self, allow_text: bool = False) -> None:
        self.allow_text = allow_text

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        if value.startswith("@"):
            source = value[1:]
            try:
                text = sys.stdin.read() if source == "-" else Path(source).read_text("utf-8")
            except OSError as exc:
                self.fail(f"cannot read {source}: {exc.strerror or exc}", param, ctx)
        try:
            return json.loads(text)
        except ValueError as exc:
            if self.allow_text and not value.startswith("@"):
                return value
            self.fail(f"not valid JSON ({exc})", param, ctx)


def click_type(field: Field) -> click.ParamType[Any, Any]:
    kind = base_type(field.type)
    if field.choices:
        return click.Choice(field.choices)
    simple: dict[str, click.ParamType[Any, Any]] = {
        "str": click.STRING,
        "int": click.INT,
        "float": click.FLOAT,
        "bool": click.BOOL,
    }
    if kind in simple:
        return simple[kind]
    return JSONValue(allow_text="str" in kind.split(" | "))


_WORDS = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "dict[str, Any]": "JSON object",
    "Any": "JSON",
}

_PLURALS = {"str": "strings", "int": "integers", "dict[str, Any]": "objects", "Any": "values"}


def type_words(field: Field) -> str:
    """The type as the help shows it: ``integer``, ``list of string (JSON)``..."""
    if field.choices:
        return "one of " + ", ".join(field.choices)
    kinds = base_type(field.type).split(" | ")
    words = []
    for kind in kinds:
        if kind.startswith("list[") and kind.endswith("]"):
            inner = kind[5:-1]
            words.append(f"JSON array of {_PLURALS.get(inner, inner)}")
        else:
            words.append(_WORDS.get(kind, kind))
    return " or ".join(words)
