"""The README's command-line section is true: its example runs and its tables match."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from clc.cli.app import HAND_WRITTEN
from clc.cli.exit_codes import ExitCode

from .conftest import Clc

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## The command line", 1)[1].split("\n## ", 1)[0]


def test_exit_code_table_matches_the_code() -> None:
    rows = re.findall(r"^\| (\d+) \| ([^|]+) \|$", SECTION, re.MULTILINE)
    assert {int(code) for code, _ in rows} == {int(c) for c in ExitCode}


def test_every_hand_written_command_is_documented() -> None:
    for name in HAND_WRITTEN:
        assert f"`clc {name}" in SECTION or f"`clc {name.split('-')[0]}" in SECTION, name


@pytest.mark.clc_emulator(job_seconds=0.1)
def test_the_example_runs(clc: Clc) -> None:
    block = SECTION.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [
        shlex.split(line, comments=True)
        for line in block.splitlines()
        if line.startswith("clc ") and not line.startswith("clc emulator")
    ]
    assert len(commands) >= 5
    outputs = []
    for argv in commands:
        run = clc(*argv[1:])
        assert run.code == 0, f"{shlex.join(argv)}: {run.stderr}"
        outputs.append(run.stdout)
    assert '"stopped"' in outputs[-1]
