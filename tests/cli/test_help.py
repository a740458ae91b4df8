"""Every command parses its --help, which shows the spec's summary and each option's
type and description; the root lists every tag of the spec."""

from __future__ import annotations

import re

import pytest

from clc.cli import operations
from clc.cli.api_commands import command_name
from clc.cli.app import HAND_WRITTEN
from clc.cli.option_types import type_words

from .conftest import Clc

OPERATIONS = [op for tag in operations.tags() for op in operations.operations(tag).values()]


def flat(text: str) -> str:
    # Help is wrapped, at spaces and after hyphens: compare without whitespace.
    return re.sub(r"\s+", "", text)


def test_the_index_covers_every_generated_endpoint_module() -> None:
    from pathlib import Path

    import clc_generated.api as api

    modules = {
        f"{p.parent.name}.{p.stem}"
        for p in Path(api.__path__[0]).glob("*/*.py")
        if p.stem != "__init__"
    }
    assert {f"{op.tag}.{op.name}" for op in OPERATIONS} == modules
    assert len(OPERATIONS) > 100


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: f"{op.tag}.{op.name}")
def test_generated_command_help(offline_clc: Clc, op: operations.Operation) -> None:
    run = offline_clc(command_name(op.tag), command_name(op.name), "--help")
    assert run.code == 0, run.stderr
    text = flat(run.stdout)
    assert flat(op.summary) in text
    assert flat(f"{op.method} {op.path}") in text
    fields = [*op.parameters, *(op.body.fields if op.body else ())]
    for field in fields:
        assert f"-{command_name(field.python_name)}" in run.stdout
        assert flat(type_words(field)) in text
        if field.description:
            assert flat(field.description) in text
    if op.body is not None:
        assert "--body JSON|@FILE" in run.stdout


def test_root_help_lists_hand_written_commands_and_every_tag(offline_clc: Clc) -> None:
    run = offline_clc("--help")
    assert run.code == 0
    listed = set(re.findall(r"^  ([a-z][a-z0-9-]*) ", run.stdout, re.MULTILINE))
    assert set(HAND_WRITTEN) | {command_name(t) for t in operations.tags()} <= listed
    assert flat("Exit codes: 0 ok, 1 API error, 2 usage error, 3 not found") in flat(run.stdout)


@pytest.mark.parametrize(
    "args",
    [
        ["server", "list"],
        ["server", "create"],
        ["server", "power-off"],
        ["group", "tree"],
        ["wait"],
        ["datacenter", "list"],
        ["login"],
        ["emulator"],
    ],
)
def test_hand_written_command_help(offline_clc: Clc, args: list[str]) -> None:
    run = offline_clc(*args, "--help")
    assert run.code == 0, run.stderr
    assert f"Usage: clc {' '.join(args)}" in run.stdout


def test_help_imports_no_http_stack_and_one_tag_index() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from clc.cli.app import main\n"
        "for args in (['--help'], ['servers', 'get-server', '--help']):\n"
        "    assert main(args) == 0\n"
        "names = [m for m in sys.modules if m.split('.')[0] in ('httpx', 'rich', 'attrs')\n"
        "         or m.startswith(('clc.v2', 'clc.session', 'clc_generated.models'))\n"
        "         or m.count('.') == 3 and m.startswith('clc_generated.api.')]\n"
        "print('LOADED', sorted(names))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "LOADED []" in done.stdout
