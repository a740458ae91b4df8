"""The API's operations, read from the generated client's endpoint index.

``python -m generator`` writes ``clc_generated.api.TAGS`` and, in each tag's package,
an ``OPERATIONS`` table (method, path, summary, description, parameters, body fields)
taken from the spec. Reading a tag's table imports one small data module and no
endpoint module, so listing commands and printing help stay fast, and a regenerated
client brings its new operations to the command line with no edit here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

PACKAGE = "clc_generated.api"


@dataclass(frozen=True)
class Field:
    """A path, query or header parameter, or a top-level field of a JSON body."""

    name: str  # as the API spells it
    python_name: str  # the generated function's (or model's) name for it
    location: str  # path, query, header or body
    required: bool
    type: str  # the JSON type as the generator writes it: str, int, bool, list[str]...
    choices: tuple[str, ...]
    description: str

    @classmethod
    def from_index(cls, entry: dict[str, Any]) -> Field:
        return cls(
            name=entry["name"],
            python_name=entry["python_name"],
            location=entry["in"],
            required=bool(entry["required"]),
            type=entry["type"],
            choices=tuple(entry.get("choices") or ()),
            description=entry.get("description") or "",
        )


@dataclass(frozen=True)
class Body:
    content_type: str
    type: str  # the generated type: a model class name, list[str], list[Model]...
    required: bool
    fields: tuple[Field, ...]  # top-level fields when the body is an object


@dataclass(frozen=True)
class Operation:
    tag: str
    name: str  # the endpoint module's name (the operationId in snake_case)
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Field, ...]
    body: Body | None

    @property
    def module(self) -> str:
        return f"{PACKAGE}.{self.tag}.{self.name}"

    def endpoint(self) -> ModuleType:
        """The generated endpoint module (imported now, with its models)."""
        return importlib.import_module(self.module)


def tags() -> dict[str, int]:
    """Every tag, with its number of operations."""
    module = importlib.import_module(PACKAGE)
    return dict(module.TAGS)


@cache
def operations(tag: str) -> dict[str, Operation]:
    """The operations of one tag, by endpoint module name."""
    index: dict[str, dict[str, Any]] = importlib.import_module(f"{PACKAGE}.{tag}").OPERATIONS
    return {name: _operation(tag, name, entry) for name, entry in index.items()}


def _operation(tag: str, name: str, entry: dict[str, Any]) -> Operation:
    body = entry.get("body")
    return Operation(
        tag=tag,
        name=name,
        method=entry["method"],
        path=entry["path"],
        summary=entry.get("summary") or "",
        description=entry.get("description") or "",
        parameters=tuple(Field.from_index(p) for p in entry.get("parameters") or ()),
        body=None
        if body is None
        else Body(
            content_type=body["content_type"],
            type=body["type"],
            required=bool(body["required"]),
            fields=tuple(Field.from_index(f) for f in body.get("fields") or ()),
        ),
    )
