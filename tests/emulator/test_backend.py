"""The emulator's backend is callable without HTTP, and no route handler writes the world.

The backend (``clc.testing.backend``) owns the world's rules; routes only translate HTTP
into its calls and render what it returns. The second test reads the route modules'
source: a route may build local values, but never assigns into, deletes from or calls a
mutating method on anything else (a record the backend returned, the state).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from clc.testing import Clock
from clc.testing.backend import Backend
from clc.testing.backend.servers import Disk, NewServer, ServerChange
from clc.testing.errors import ApiError
from clc.testing.limits import Limits
from clc.testing.spec import load_spec
from clc.testing.state import State

ROUTES = Path(__file__).resolve().parents[2] / "clc" / "testing" / "routes"
_MUTATORS = {
    "append", "extend", "insert", "pop", "remove", "update", "setdefault", "clear", "add",
    "discard", "popitem", "sort", "reverse",
}  # fmt: skip


@pytest.fixture
def backend() -> Backend:
    state = State.create(
        alias="DEMO", username="demo", password="pw", clock=Clock(frozen=True), job_seconds=10
    )
    return Backend(state, Limits.from_spec(load_spec()))


def test_a_server_is_built_changed_and_deleted_without_http(backend: Backend) -> None:
    group = backend.groups.create("Web", parent_id=backend.groups.root("VA1")["children"][0])
    rec, build = backend.servers.create(
        NewServer(
            name="web",
            group_id=group["id"],
            source_id="CENTOS-6-64-TEMPLATE",
            cpu=2,
            memory_gb=4,
            additional_disks=[Disk(size_gb=20, partitioned=True, path="/data")],
        )
    )
    assert rec["name"] == "VA1DEMOWEB01" and rec["status"] == "underConstruction"
    assert backend.job(build, experimental=False)["dc"] == "VA1"
    backend.state.clock.advance(10)
    assert backend.settle() == 1
    assert backend.servers.get("va1demoweb01")["status"] == "active"
    assert backend.state.server_counts(group["id"])[group["id"]] == 1

    change = backend.servers.change(rec, ServerChange(cpu=4, description="db"))
    assert change is not None and rec["description"] == "db" and rec["cpu"] == 2
    backend.state.clock.advance(10)
    backend.settle()
    assert rec["cpu"] == 4

    backend.servers.delete(rec["id"])
    backend.state.clock.advance(10)
    backend.settle()
    with pytest.raises(ApiError) as gone:
        backend.servers.get(rec["id"])
    assert gone.value.status == 404


def test_a_refused_call_leaves_the_world_as_it_was(backend: Backend) -> None:
    import json

    before = json.dumps(backend.state.data, sort_keys=True)
    default = backend.groups.root("VA1")["children"][0]
    with pytest.raises(ApiError, match="invalid"):
        backend.servers.create(
            NewServer(
                name="web",
                group_id=default,
                source_id="CENTOS-6-64-TEMPLATE",
                cpu=1,
                memory_gb=1,
                ip_address="192.0.2.1",  # not on the group's network: the last check fails
            )
        )
    with pytest.raises(ApiError):
        backend.groups.update(default, name="x", parent_id=default)  # under itself
    assert json.dumps(backend.state.data, sort_keys=True) == before


def _local_containers(fn: ast.FunctionDef) -> set[str]:
    """Names the function binds to a value it builds itself (a literal, a constructor)."""
    built: set[str] = set()
    for node in ast.walk(fn):
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        fresh = isinstance(value, ast.Dict | ast.List | ast.Set | ast.DictComp | ast.ListComp) or (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id[:1].isupper()
        )
        if fresh:
            built |= {t.id for t in targets if isinstance(t, ast.Name)}
    return built


def _base(node: ast.expr) -> str | None:
    while isinstance(node, ast.Subscript | ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _is_backend(node: ast.expr, aliases: set[str]) -> bool:
    """``ctx.backend...`` or a name bound to it: a call there asks the backend to act."""
    while isinstance(node, ast.Attribute):
        if node.attr == "backend":
            return True
        node = node.value
    return isinstance(node, ast.Name) and node.id in aliases


def _writes(fn: ast.FunctionDef) -> list[str]:
    local = _local_containers(fn) | {"f", "sub", "probe"}  # request readers (fields.Fields)
    aliases = {
        t.id
        for node in ast.walk(fn)
        if isinstance(node, ast.Assign) and _is_backend(node.value, set())
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    found = []
    for node in ast.walk(fn):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            targets = [t for t in targets if isinstance(t, ast.Subscript | ast.Attribute)]
        elif isinstance(node, ast.Delete):
            targets = node.targets
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _MUTATORS
            and not _is_backend(node.func.value, aliases)
        ):
            targets = [node.func.value]
        found += [f"{fn.name}:{node.lineno}" for t in targets if _base(t) not in local]
    return found


def test_no_route_handler_writes_the_world() -> None:
    writes: list[str] = []
    handlers = 0
    for module in sorted(ROUTES.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef):
                handlers += 1
                writes += [f"{module.name}:{w}" for w in _writes(fn)]
    assert handlers > 120
    assert writes == [], "route code that changes something it did not build:\n" + "\n".join(writes)
