"""The documentation site builds in strict mode and covers what it promises.

The site is built once for this module with ``mkdocs build`` (strict: a broken link or
anchor, an unresolved reference or any other warning fails the build). Then:

- every name the public modules export is in the Python reference, under its own name or
  (for a re-export such as ``clc.CLCException``) under a name of the same object;
- every operation of ``spec/clc-v2.yaml`` has its section, and the operation index lists
  each one once;
- the emulator's command-line page lists every option of its parser, and the ``clc``
  command-line page every command, each API command linked to its operation;
- the guide "Adding an endpoint" shows CONTRIBUTING.md's steps, one list item each.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import click
import pytest

from clc.cli import operations as cli_operations
from clc.cli.api_commands import command_name
from clc.cli.app import HAND_WRITTEN, cli
from clc.testing.__main__ import build_parser
from docsite import operations
from docsite.coverage import PUBLIC_MODULES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


def _inventory(site: Path) -> set[str]:
    """The names of objects.inv (the Python reference's index of anchors)."""
    raw = (site / "objects.inv").read_bytes()
    body = raw.split(b"\n", 4)[4]
    return {line.split(" ", 1)[0] for line in zlib.decompress(body).decode().splitlines()}


def _resolve(path: str) -> Any:
    """The object a dotted name names (importing its longest module prefix), or None."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for part in parts[cut:]:
            obj = getattr(obj, part, None)  # instance attributes are not on the class
        return obj
    return None


def test_every_public_name_is_in_the_reference(site: Path) -> None:
    inventory = _inventory(site)
    documented = {id(_resolve(name)) for name in inventory if name.startswith("clc")} - {id(None)}
    missing = []
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            path, value = f"{module_name}.{name}", getattr(module, name)
            if getattr(value, "__name__", None) in PUBLIC_MODULES:
                continue  # a public module has a page of its own
            if path not in inventory and id(value) not in documented:
                missing.append(path)
    assert not missing, f"public names missing from the Python reference: {missing}"


def test_every_operation_has_its_section(site: Path) -> None:
    ops = operations.operations(operations.load_spec())
    index = (site / operations.FOLDER / "index.html").read_text(encoding="utf-8")
    for op in ops:
        page = site / operations.FOLDER / op.tag / "index.html"
        assert f'id="{op.id}"' in page.read_text(encoding="utf-8"), op.id
        assert f'href="{op.tag}/#{op.id}"' in index, op.id


def test_every_schema_has_its_section(site: Path) -> None:
    schemas = operations.load_spec()["components"]["schemas"]
    page = (site / operations.FOLDER / "schemas" / "index.html").read_text(encoding="utf-8")
    assert [name for name in schemas if f'id="{name}"' not in page] == []


def test_the_emulator_command_line_page_lists_every_option(site: Path) -> None:
    page = (site / "reference" / "emulator-cli" / "index.html").read_text(encoding="utf-8")
    options = [o for a in build_parser()._actions for o in a.option_strings if o != "-h"]
    assert [o for o in options if o != "--help" and f"<code>{o}</code>" not in page] == []


def test_the_command_line_page_lists_every_command(site: Path) -> None:
    page = (site / "reference" / "cli" / "index.html").read_text(encoding="utf-8")
    root = click.Context(cli, info_name="clc")
    expected: dict[str, click.Command] = {}
    for name in HAND_WRITTEN:
        command = cli.get_command(root, name)
        assert command is not None
        ctx = click.Context(command, info_name=name, parent=root)
        expected[f"clc {name}"] = command
        if isinstance(command, click.Group):
            for child in command.list_commands(ctx):
                found = command.get_command(ctx, child)
                assert found is not None
                expected[f"clc {name} {child}"] = found
    missing = [name for name in expected if f"<code>{name}</code>" not in page]
    assert [name for name, command in expected.items() if not command.help] == []
    for tag in cli_operations.tags():
        for op in cli_operations.operations(tag):
            name = f"clc {command_name(tag)} {command_name(op)}"
            if f"<code>{name}</code>" not in page or f'href="../api/{tag}/#{op}"' not in page:
                missing.append(name)
    assert missing == []


def test_the_endpoint_guide_includes_contributings_steps(site: Path) -> None:
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = contributing.split("## Adding an endpoint", 1)[1].split("\n## ", 1)[0]
    steps = re.findall(r"^\d+\. \*\*(.+?)\*\*", section, re.M)
    assert len(steps) >= 5
    page = (site / "guides" / "adding-an-endpoint" / "index.html").read_text(encoding="utf-8")
    items = re.findall(r"<li>\s*(?:<p>)?<strong>(.+?)</strong>", page)
    assert items == steps
