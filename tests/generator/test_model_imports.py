"""Generated models import each other once, at the bottom of their modules, not in each call."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

import clc_generated.models

MODELS = sorted(Path(clc_generated.models.__file__).parent.glob("*.py"))


def _imports_inside_functions(tree: ast.Module) -> list[str]:
    return [
        f"{fn.name}: line {node.lineno}"
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef)
        for node in ast.walk(fn)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]


def test_no_model_method_runs_an_import_statement() -> None:
    found = {
        path.name: where
        for path in MODELS
        if (where := _imports_inside_functions(ast.parse(path.read_text())))
    }
    assert len(MODELS) > 100 and found == {}


def test_models_that_refer_to_each_other_resolve_at_run_time() -> None:
    """``Group`` holds ``Group``s and ``Server``s: each name its methods use is bound in its
    module once the package is imported."""
    from clc_generated.models import group, server, server_details

    assert group.Group.__module__ == group.__name__
    assert vars(group)["Server"] is server.Server
    assert vars(group)["Link"] is clc_generated.models.Link
    assert vars(server)["ServerDetails"] is server_details.ServerDetails
    tree = {"id": "g", "groups": [{"id": "c", "servers": [{"id": "s", "details": {"cpu": 2}}]}]}
    read = group.Group.from_dict(tree)
    assert isinstance(read.groups, list) and isinstance(read.groups[0].servers, list)
    details = read.groups[0].servers[0].details
    assert isinstance(details, server_details.ServerDetails) and details.cpu == 2


def test_the_spec_may_not_make_models_refer_to_each_other_in_a_circle() -> None:
    from generator.spec_input import check_no_circles

    item = {"type": "array", "items": {"$ref": "#/components/schemas/Server"}}
    schemas: dict[str, Any] = {
        "Group": {
            "properties": {
                "groups": {"type": "array", "items": {"$ref": "#/components/schemas/Group"}},
                "servers": item,
            }
        },
        "Server": {"properties": {"details": {"$ref": "#/components/schemas/Details"}}},
        "Details": {"properties": {"cpu": {"type": "integer"}}},
    }
    document = {"components": {"schemas": schemas}}
    check_no_circles(document)  # a schema holding itself (Group) is no circle
    schemas["Details"]["properties"]["server"] = {
        "allOf": [{"$ref": "#/components/schemas/Server"}]
    }
    with pytest.raises(ValueError, match=r"Details -> Server -> Details refer to each other"):
        check_no_circles(document)
