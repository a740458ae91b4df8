"""The spec is a valid OpenAPI document and follows the project's conventions."""

from __future__ import annotations

import re
from typing import Any

from openapi_spec_validator import validate
from spec_support import Spec

REQUIRED_ERRORS = ("400", "401", "403", "404", "500")
RESERVED_SCHEMA_NAMES = {"Client", "Response"}


def test_spec_is_valid_openapi(spec_document: dict[str, Any]) -> None:
    assert str(spec_document["openapi"]).startswith("3.0")
    validate(spec_document)


def test_operation_ids_are_unique_snake_case(spec: Spec) -> None:
    ids = [op.operation_id for op in spec.operations]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate operationIds: {duplicates}"
    bad = sorted(i for i in ids if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", i))
    assert not bad, f"operationIds not in snake_case: {bad}"
    print(f"\n{len(ids)} operations in the spec")


def test_every_operation_has_one_declared_tag_and_a_summary(
    spec: Spec, spec_document: dict[str, Any]
) -> None:
    declared = {tag["name"] for tag in spec_document["tags"]}
    problems = []
    for op in spec.operations:
        tags = op.operation.get("tags", [])
        if len(tags) != 1 or tags[0] not in declared:
            problems.append(f"{op.operation_id}: tags {tags}")
        if not str(op.operation.get("summary", "")).strip():
            problems.append(f"{op.operation_id}: no summary")
    assert not problems, "\n".join(problems)


def test_every_operation_documents_success_and_errors(spec: Spec) -> None:
    problems = []
    for op in spec.operations:
        responses = op.operation.get("responses", {})
        missing = [code for code in REQUIRED_ERRORS if code not in responses]
        if missing:
            problems.append(f"{op.operation_id}: no {missing} response")
        successes = list(spec.success_responses(op))
        if not successes:
            problems.append(f"{op.operation_id}: no 2xx response")
        for status, response in successes:
            has_body = spec.json_schema(response) is not None
            if status == 204 and has_body:
                problems.append(f"{op.operation_id}: 204 must have no content")
        for code in REQUIRED_ERRORS:
            if code in responses:
                schema = spec.json_schema(responses[code])
                if schema != {"$ref": "#/components/schemas/ErrorBody"}:
                    problems.append(f"{op.operation_id}: {code} is not an ErrorBody")
    assert not problems, "\n".join(problems)


def test_error_body_has_the_api_shape(spec_document: dict[str, Any]) -> None:
    schemas = spec_document["components"]["schemas"]
    error = schemas["ErrorBody"]
    assert set(error["properties"]) >= {"message", "modelState"}
    assert not error.get("required"), "the API may omit either key"
    model_state = schemas["ModelState"]
    assert model_state["additionalProperties"]["type"] == "array"


def test_login_is_the_only_unauthenticated_operation(
    spec: Spec, spec_document: dict[str, Any]
) -> None:
    assert spec_document["security"] == [{"bearerAuth": []}]
    scheme = spec_document["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    open_ops = sorted(op.operation_id for op in spec.operations if "security" in op.operation)
    assert open_ops == ["login"]
    assert spec.by_id["login"].operation["security"] == []


def _walk(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        found.append((where, node))
        for key, value in node.items():
            found.extend(_walk(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_walk(value, f"{where}/{index}"))
    return found


def test_generator_friendly_schemas(spec_document: dict[str, Any]) -> None:
    """Rules that keep openapi-python-client output clean and the parser tolerant."""
    schemas = spec_document["components"]["schemas"]
    clashing = sorted(RESERVED_SCHEMA_NAMES & set(schemas))
    assert not clashing, f"schema names clash with generated modules: {clashing}"
    problems = []
    for where, node in _walk(spec_document, "#"):
        if "$ref" in node and len(node) > 1 and "/properties/" in where:
            problems.append(f"{where}: $ref with siblings {sorted(set(node) - {'$ref'})}")
        if "enum" in node and "/schemas/" in where:
            problems.append(f"{where}: enum (unknown values would break parsing)")
        if node.get("additionalProperties") is False:
            problems.append(f"{where}: additionalProperties false (API adds keys)")
    assert not problems, "\n".join(problems)


def test_path_parameters_are_declared(spec: Spec) -> None:
    problems = []
    for path, item in spec.document["paths"].items():
        names = set(re.findall(r"\{([^}]+)\}", path))
        for method in ("get", "put", "post", "delete", "patch"):
            if method not in item:
                continue
            params = [spec.resolve(p) for p in item.get("parameters", [])]
            params += [spec.resolve(p) for p in item[method].get("parameters", [])]
            declared = {p["name"] for p in params if p["in"] == "path"}
            if declared != names:
                problems.append(f"{method.upper()} {path}: declared {sorted(declared)}")
            for p in params:
                if "type" not in p.get("schema", {}):
                    problems.append(f"{method.upper()} {path}: {p['name']} has no type")
    assert not problems, "\n".join(problems)
