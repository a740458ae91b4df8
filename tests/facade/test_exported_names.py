"""The public names are written once: clc.v2's imports are its table, __all__ matches them,
clc.APIv2 follows clc.v2's modules, and every lazy name of clc resolves."""

from __future__ import annotations

import ast
import importlib
import inspect
import types
from importlib.metadata import version
from pathlib import Path

import clc
import clc.APIv2
import clc.v2

ROOT = Path(__file__).resolve().parents[2]
# 2.51's clc.APIv2 submodules (reference/clc-sdk-2.51.md).
APIV2_MODULES_251 = [
    "account", "alert", "anti_affinity", "api", "datacenter", "disk", "group", "network",
    "public_ip", "queue", "server", "template", "time_utils",
]  # fmt: skip


def _reexports(module: types.ModuleType) -> set[str]:
    tree = ast.parse(Path(inspect.getfile(module)).read_text())
    return {
        alias.asname
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.asname == alias.name  # the explicit `X as X` re-export form
    }


def test_v2_all_is_its_reexports_plus_its_functions() -> None:
    functions = {"SetCredentials", "get_session"}
    assert set(clc.v2.__all__) == _reexports(clc.v2) | functions
    for name in clc.v2.__all__:
        assert getattr(clc.v2, name) is not None


def test_apiv2_aliases_every_v2_module() -> None:
    for name in APIV2_MODULES_251:
        assert importlib.import_module(f"clc.APIv2.{name}") is importlib.import_module(
            f"clc.v2.{name}"
        )
    assert clc.APIv2.server.Server is clc.v2.Server


def test_every_name_of_clc_resolves() -> None:
    for name in clc.__all__:
        if name != "requests":  # only with the requests package installed
            assert getattr(clc, name) is not None, name
    assert set(clc._LAZY) - {"requests"} <= set(clc.__all__)


def test_version_comes_from_the_package_metadata() -> None:
    assert clc.__version__ == version("clc-v2-sdk")
