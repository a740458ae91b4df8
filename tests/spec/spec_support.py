"""Helpers of the spec conformance tests.

They load ``spec/clc-v2.yaml``, the documentation catalog and the recorded traffic of two
SDKs (copies in ``tests/data``), and offer two helpers: a matcher from a concrete method and
path to a spec operation, and a validator of a JSON value against a schema of the spec
(OpenAPI 3.0 schema semantics, ``nullable`` included, with every ``#/components/...``
reference resolvable).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "spec" / "clc-v2.yaml"
DATA = REPO / "tests" / "data"
CATALOG_PATH = DATA / "catalog.json"
# Recorded exchanges with the live API: the Node SDK's cassettes and the Java SDK's
# WireMock recordings (tests/data/README.md); the tests read them as one list.
TRAFFIC_PATHS = (DATA / "node-sdk-traffic.json", DATA / "java-sdk-traffic.json")

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
CORE_HOST = "api.ctl.io"


def load_json(path: Path) -> Any:
    if not path.is_file():
        pytest.fail(f"test data file missing: {path.relative_to(REPO)}", pytrace=False)
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec, with the regular expression its path template compiles to."""

    method: str
    path: str
    operation_id: str
    operation: dict[str, Any]
    pattern: re.Pattern[str] = field(compare=False)
    literal_segments: int

    def response(self, status: int | str) -> dict[str, Any] | None:
        responses: dict[str, Any] = self.operation.get("responses", {})
        found = responses.get(str(status))
        return found if isinstance(found, dict) else None


def normalise_template(path: str) -> str:
    """Placeholders blanked to ``{}``, trailing slash dropped, case folded.

    The API routes case-insensitively (its own links spell ``scheduledActivities`` where the
    documentation writes ``ScheduledActivities``), so templates are compared case-folded.
    """
    blanked = re.sub(r"\{[^}/]+\}", "{}", path)
    return blanked.rstrip("/").lower() or "/"


def _compile(path: str) -> tuple[re.Pattern[str], int]:
    parts: list[str] = []
    literal = 0
    for segment in path.strip("/").split("/"):
        if re.fullmatch(r"\{[^}/]+\}", segment):
            parts.append("[^/]+")
        else:
            parts.append(re.escape(segment))
            literal += 1
    return re.compile("^/" + "/".join(parts) + "/?$", re.IGNORECASE), literal


class Spec:
    """The parsed spec with lookups by operationId and by concrete request."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.operations: list[SpecOperation] = []
        for path, item in document["paths"].items():
            pattern, literal = _compile(path)
            for method in HTTP_METHODS:
                if method in item:
                    op = item[method]
                    self.operations.append(
                        SpecOperation(
                            method=method.upper(),
                            path=path,
                            operation_id=op.get("operationId", ""),
                            operation=op,
                            pattern=pattern,
                            literal_segments=literal,
                        )
                    )
        self.by_id = {op.operation_id: op for op in self.operations}

    def templates(self) -> set[tuple[str, str]]:
        return {(op.method, normalise_template(op.path)) for op in self.operations}

    def match(self, method: str, path: str) -> SpecOperation | None:
        """The operation serving ``method path``; literal segments win over placeholders."""
        candidates = [
            op for op in self.operations if op.method == method.upper() and op.pattern.match(path)
        ]
        if not candidates:
            return None
        return max(candidates, key=lambda op: op.literal_segments)

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow a local ``$ref`` (for shared request bodies and responses)."""
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def json_schema(self, body_or_response: dict[str, Any]) -> dict[str, Any] | None:
        """The application/json schema of a request body or response, if it has one."""
        resolved = self.resolve(body_or_response)
        content = resolved.get("content", {}).get("application/json")
        if content is None:
            return None
        schema: dict[str, Any] = content["schema"]
        return schema

    def errors(self, schema: dict[str, Any], value: Any) -> list[str]:
        """Validation messages of ``value`` against ``schema`` (empty when valid)."""
        rooted = {**schema, "components": self.document["components"]}
        validator = OAS30Validator(rooted)
        messages = []
        for error in validator.iter_errors(value):
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            messages.append(f"{where}: {error.message[:200]}")
        return sorted(messages)

    def success_responses(self, op: SpecOperation) -> Iterator[tuple[int, dict[str, Any]]]:
        for status, response in op.operation.get("responses", {}).items():
            if str(status).startswith("2"):
                yield int(status), self.resolve(response)
