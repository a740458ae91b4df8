"""The API operation reference, written from ``spec/clc-v2.yaml`` at every build.

One page per tag (each operation: method, path, summary, description, parameters,
request body and responses), an index of every operation, and one page of the
component schemas the bodies link to. Nothing is stored: the pages cannot drift from
the spec.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "clc-v2.yaml"
FOLDER = "reference/api"
SCHEMAS_PAGE = f"{FOLDER}/schemas.md"
METHODS = ("get", "put", "post", "delete", "patch")
# Words the page titles spell in capitals (tag names are snake_case).
ACRONYMS = {"ip": "IP", "ips": "IPs", "vpn": "VPN", "vm": "VM"}

Spec = Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    body: Mapping[str, Any]
    path_parameters: tuple[Mapping[str, Any], ...]

    @property
    def id(self) -> str:
        return str(self.body["operationId"])

    @property
    def tag(self) -> str:
        return str(self.body["tags"][0])


def load_spec(path: Path = SPEC) -> Spec:
    with path.open(encoding="utf-8") as file:
        spec: Spec = yaml.safe_load(file)
    return spec


def operations(spec: Spec) -> list[Operation]:
    """Every operation, in the spec's order."""
    found = []
    for path, item in spec["paths"].items():
        shared = tuple(item.get("parameters", ()))
        for method in METHODS:
            if method in item:
                found.append(Operation(method.upper(), path, item[method], shared))
    return found


def tag_title(tag: str) -> str:
    words = [ACRONYMS.get(word, word) for word in tag.split("_")]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def tag_page(tag: str) -> str:
    return f"{FOLDER}/{tag}.md"


def pages(spec: Spec) -> dict[str, str]:
    """Site path to Markdown text of every page of the operation reference."""
    ops = operations(spec)
    result = {f"{FOLDER}/index.md": _index(spec, ops)}
    for tag in spec["tags"]:
        name = tag["name"]
        result[tag_page(name)] = _tag(spec, tag, [op for op in ops if op.tag == name])
    result[SCHEMAS_PAGE] = _schemas(spec, ops)
    return result


def nav(spec: Spec) -> list[Any]:
    """The navigation entries of the operation reference, in the order of the spec's tags."""
    entries: list[Any] = [f"{FOLDER}/index.md"]
    entries += [{tag_title(t["name"]): tag_page(t["name"])} for t in spec["tags"]]
    entries.append({"Schemas": SCHEMAS_PAGE})
    return entries


# -- pages ---------------------------------------------------------------------------


def _index(spec: Spec, ops: list[Operation]) -> str:
    lines = [
        "# API operations",
        "",
        f"Every operation of the CLC API v2 as `spec/clc-v2.yaml` describes it: {len(ops)}",
        f"operations in {len(spec['tags'])} groups. These pages are written from the spec at",
        "each build of the site. Every operation sends `Authorization: Bearer <token>` except",
        "[login](authentication.md#login).",
        "",
    ]
    for tag in spec["tags"]:
        name = tag["name"]
        lines += [f"## [{tag_title(name)}]({name}.md)", "", _text(tag.get("description", "")), ""]
        lines += ["| Method | Path | Operation |", "| --- | --- | --- |"]
        for op in (op for op in ops if op.tag == name):
            link = f"[{_cell(op.body['summary'])}]({name}.md#{op.id})"
            lines.append(f"| `{op.method}` | `{op.path}` | {link} |")
        lines.append("")
    lines += _errors(spec, ops)
    return "\n".join(lines)


def _tag(spec: Spec, tag: Mapping[str, Any], ops: list[Operation]) -> str:
    lines = [f"# {tag_title(tag['name'])}", "", _text(tag.get("description", "")), ""]
    for op in ops:
        lines += _operation(spec, op)
    return "\n".join(lines)


def _operation(spec: Spec, op: Operation) -> list[str]:
    body = op.body
    lines = [f"## {_text(body['summary'])} {{ #{op.id} }}", "", f"`{op.method} {op.path}`", ""]
    notes = [f"Operation id `{op.id}`."]
    if body.get("deprecated"):
        notes.append("**Deprecated.**")
    if body.get("security") == []:
        notes.append("No bearer token.")
    lines += [" ".join(notes), ""]
    if body.get("description"):
        lines += [_text(body["description"]), ""]
    lines += _parameters(spec, op)
    lines += _request_body(spec, body.get("requestBody"))
    lines += _responses(spec, body["responses"])
    return lines


def _parameters(spec: Spec, op: Operation) -> list[str]:
    params = [_resolve(spec, p) for p in (*op.path_parameters, *op.body.get("parameters", ()))]
    if not params:
        return []
    lines = [
        "**Parameters**",
        "",
        "| Name | In | Type | Required | Description |",
        "| --- | --- | --- | --- | --- |",
    ]
    for p in params:
        required = "yes" if p.get("required") else "no"
        shape = _shape(p.get("schema", {}))
        description = _cell(p.get("description", ""))
        lines.append(f"| `{p['name']}` | {p['in']} | {shape} | {required} | {description} |")
    return [*lines, ""]


def _request_body(spec: Spec, ref: Mapping[str, Any] | None) -> list[str]:
    if ref is None:
        return []
    body = _resolve(spec, ref)
    required = "required" if body.get("required") else "optional"
    lines = [f"**Request body** ({required})", ""]
    for media, content in body.get("content", {}).items():
        lines.append(f"- `{media}`: {_shape(content.get('schema', {}))}")
    if body.get("description"):
        lines.append(f"- {_text(body['description'])}")
    return [*lines, ""]


def _responses(spec: Spec, responses: Mapping[str, Any]) -> list[str]:
    """Success responses one per row; shared error responses grouped by body shape."""
    lines = ["**Responses**", "", "| Status | Meaning | Body |", "| --- | --- | --- |"]
    shared_errors: dict[str, list[str]] = {}
    for status, ref in responses.items():
        response = _resolve(spec, ref)
        if "$ref" in ref and not status.startswith("2"):
            shared_errors.setdefault(_bodies(response), []).append(status)
            continue
        meaning = _cell(response.get("description", ""))
        lines.append(f"| {status} | {meaning} | {_bodies(response)} |")
    for body, statuses in shared_errors.items():
        meaning = "[errors](index.md#errors)"
        lines.append(f"| {', '.join(statuses)} | {meaning} | {body} |")
    return [*lines, ""]


def _bodies(response: Mapping[str, Any]) -> str:
    content = response.get("content", {})
    shapes = [f"`{media}`: {_shape(c.get('schema', {}))}" for media, c in content.items()]
    return "<br>".join(shapes) or "none"


def _errors(spec: Spec, ops: list[Operation]) -> list[str]:
    """The shared error responses, described once on the index page."""
    statuses: dict[str, set[str]] = {}
    for op in ops:
        for status, ref in op.body["responses"].items():
            if "$ref" in ref and not status.startswith("2"):
                statuses.setdefault(_ref_name(ref["$ref"]), set()).add(status)
    lines = [
        "## Errors",
        "",
        "The error answers the operations share; the SDK raises each as a subclass of",
        "`clc.APIFailedResponse` (see [the error tree](../errors.md)).",
        "",
        "| Status | Meaning | Body |",
        "| --- | --- | --- |",
    ]
    for name, codes in sorted(statuses.items(), key=lambda item: sorted(item[1])):
        response = spec["components"]["responses"][name]
        meaning = _cell(response.get("description", ""))
        lines.append(f"| {', '.join(sorted(codes))} | {meaning} | {_bodies(response)} |")
    return [*lines, ""]


def _schemas(spec: Spec, ops: list[Operation]) -> str:
    used_by = _schema_users(spec, ops)
    lines = [
        "# Schemas",
        "",
        "The shapes of request and response bodies, from the `components/schemas` of",
        "`spec/clc-v2.yaml`. Fields the API may leave out are not required; objects accept",
        "keys not listed here.",
        "",
    ]
    for name, schema in spec["components"]["schemas"].items():
        lines += [f"## {name} {{ #{name} }}", ""]
        if schema.get("description"):
            lines += [_text(schema["description"]), ""]
        lines += _schema_body(schema)
        users = used_by.get(name, {})
        if users:
            links = ", ".join(f"[`{i}`]({op.tag}.md#{i})" for i, op in sorted(users.items()))
            lines += [f"Used by {links}.", ""]
    return "\n".join(lines)


def _schema_body(schema: Mapping[str, Any]) -> list[str]:
    properties = schema.get("properties")
    if not properties:
        return [f"Type: {_shape(schema, here=True)}.", ""]
    required = set(schema.get("required", ()))
    lines = ["| Field | Type | Required | Description |", "| --- | --- | --- | --- |"]
    for field, prop in properties.items():
        flag = "yes" if field in required else "no"
        description = _cell(prop.get("description", ""))
        lines.append(f"| `{field}` | {_shape(prop, here=True)} | {flag} | {description} |")
    return [*lines, ""]


def _schema_users(spec: Spec, ops: list[Operation]) -> dict[str, dict[str, Operation]]:
    """Schema name to the operations whose request or success response names it."""
    users: dict[str, dict[str, Operation]] = {}
    for op in ops:
        parts = [op.body.get("requestBody", {})]
        parts += [r for status, r in op.body["responses"].items() if status.startswith("2")]
        for name in _refs(_resolve_all(spec, parts)):
            users.setdefault(name, {})[op.id] = op
    return users


# -- shapes and text -----------------------------------------------------------------


def _shape(schema: Mapping[str, Any], here: bool = False) -> str:
    """A schema in a few words, linking named schemas to the schemas page."""
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        target = "" if here else "schemas.md"
        return f"[`{name}`]({target}#{name})"
    if "oneOf" in schema:
        text = " or ".join(_shape(s, here) for s in schema["oneOf"])
    elif schema.get("type") == "array":
        text = f"array of {_shape(schema.get('items', {}), here)}"
    elif isinstance(schema.get("additionalProperties"), Mapping):
        text = f"map of string to {_shape(schema['additionalProperties'], here)}"
    elif "type" in schema:
        text = str(schema["type"])
        if "format" in schema:
            text += f" ({schema['format']})"
    else:
        text = "any"
    if schema.get("nullable"):
        text += " or null"
    if schema.get("x-clc-secret"):
        text += ", secret"
    return text


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _resolve(spec: Spec, node: Mapping[str, Any]) -> Mapping[str, Any]:
    """A parameter, request body or response, following one ``$ref`` into components."""
    ref = node.get("$ref")
    if ref is None:
        return node
    _, _, kind, name = ref.split("/")
    if kind == "schemas":
        return node
    resolved: Mapping[str, Any] = spec["components"][kind][name]
    return resolved


def _resolve_all(spec: Spec, node: Any) -> Any:
    """``node`` with every non-schema ``$ref`` replaced by its target."""
    if isinstance(node, Mapping):
        target = _resolve(spec, node)
        return {k: _resolve_all(spec, v) for k, v in target.items()}
    if isinstance(node, list):
        return [_resolve_all(spec, v) for v in node]
    return node


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        if "$ref" in node:
            yield _ref_name(node["$ref"])
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _text(text: str) -> str:
    """Spec prose as Markdown text: angle brackets are words, not HTML tags."""
    return html.escape(" ".join(str(text).split()), quote=False)


def _cell(text: str) -> str:
    """Spec prose inside a table cell."""
    return _text(text).replace("|", "\\|")
