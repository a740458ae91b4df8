"""Running the ``clc`` console script in a subprocess, against an emulator."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from clc.testing import Emulator

# The console script installed next to this interpreter (``pip install -e '.[dev]'``).
CLC = Path(sys.executable).with_name("clc")


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


Clc = Callable[..., Run]


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The caller's environment without CLC_* variables, with a private config file."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLC_")}
    env.pop("NO_COLOR", None)
    env.update(CLC_CONFIG_FILE=str(tmp_path / "config" / "clc" / "config.ini"), COLUMNS="200")
    env.update(extra)
    return env


def run_clc(args: Sequence[str], env: dict[str, str], stdin: str = "") -> Run:
    done = subprocess.run(
        [str(CLC), *args], env=env, input=stdin, capture_output=True, text=True, timeout=120
    )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def offline_clc(tmp_path: Path) -> Clc:
    """``clc`` with no credentials at all."""
    env = clean_env(tmp_path)
    return lambda *args, stdin="", **extra: run_clc(args, {**env, **extra}, stdin)


@pytest.fixture
def clc(tmp_path: Path, clc_emulator: Emulator) -> Clc:
    """``clc`` with the emulator's credentials in the SDK's environment variables."""
    env = clean_env(
        tmp_path,
        CLC_V2_API_URL=clc_emulator.url,
        CLC_V2_API_USERNAME=clc_emulator.username,
        CLC_V2_API_PASSWD=clc_emulator.password,
    )
    return lambda *args, stdin="", **extra: run_clc(args, {**env, **extra}, stdin)
