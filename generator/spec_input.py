"""The document handed to openapi-python-client: the spec, with parameter descriptions
copied into their schemas.

openapi-python-client reads a parameter's description from its ``schema`` only, while
OpenAPI (and this spec) puts it on the parameter. Copying it keeps the spec idiomatic
and lets the generated docstrings and the endpoint index (which the ``clc`` command
line shows as option help) carry it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml


def prepared(spec: Path, into: Path) -> Path:
    """Write the prepared document as JSON under ``into`` and return its path."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    check_decode_on_read(document)
    check_no_circles(document)
    for parameter in _parameters(document):
        schema = parameter.get("schema")
        description = parameter.get("description")
        if isinstance(schema, dict) and description and "description" not in schema:
            schema["description"] = description
    out = into / f"{spec.stem}.json"
    out.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return out


def _parameters(document: dict[str, Any]) -> list[dict[str, Any]]:
    found = list((document.get("components") or {}).get("parameters", {}).values())
    for item in (document.get("paths") or {}).values():
        operations = [item, *(op for op in item.values() if isinstance(op, dict))]
        for operation in operations:
            params = operation.get("parameters")
            if isinstance(params, list):
                found.extend(p for p in params if isinstance(p, dict) and "$ref" not in p)
    return found


# What an object decoded on read may hold: its check (generated beside from_dict) covers
# exactly these, so the decoding later cannot fail.
_SCALARS = {"string", "integer", "number", "boolean"}


def check_decode_on_read(document: dict[str, Any]) -> None:
    """Refuse ``x-clc-decode-on-read`` on a schema whose fields are not all plain scalars
    or arrays of them (no ``$ref``, ``enum``, ``format`` or nested object)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if not (isinstance(schema, dict) and schema.get("x-clc-decode-on-read")):
            continue
        for field, prop in (schema.get("properties") or {}).items():
            item = prop.get("items", {}) if prop.get("type") == "array" else prop
            plain = (
                set(item) <= {"type", "description", "nullable"} and item.get("type") in _SCALARS
            )
            if not plain:
                raise ValueError(
                    f"components.schemas.{name}.properties.{field}: x-clc-decode-on-read "
                    "takes only schemas whose fields are plain scalars or arrays of them "
                    f"(string, integer, number, boolean without enum or format); found {prop}"
                )


_REF = "#/components/schemas/"


def _refs(node: Any) -> set[str]:
    """The schemas ``node`` refers to, at any depth."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        found = {ref[len(_REF) :]} if isinstance(ref, str) and ref.startswith(_REF) else set()
        return found.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node))
    return set()


def check_no_circles(document: dict[str, Any]) -> None:
    """Refuse schemas that refer to each other in a circle (a schema may hold itself).

    Generated models import the models they refer to at the bottom of their module, once;
    two modules in a circle, imported for the first time by two threads at once, would
    hand one of them the other half-initialised, before its imports bound the names."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    edges = {name: _refs(schema) - {name} for name, schema in schemas.items()}
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            circle = " -> ".join([*path[path.index(name) :], name])
            raise ValueError(
                f"components.schemas: {circle} refer to each other in a circle; generated "
                "models may not (break it with a plain object or an id where it closes)"
            )
        if name in done:
            return
        for target in sorted(edges.get(name, ())):
            visit(target, [*path, name])
        done.add(name)

    for name in sorted(edges):
        visit(name, [])
