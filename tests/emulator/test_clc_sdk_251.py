"""A client written for the real API, not by us: the original clc-sdk 2.51 quick start.

clc-sdk also imports as ``clc``, so it lives in its own throwaway virtual
environment outside the repository (cached between runs; set CLC_SDK_251_VENV
to choose where). CI machines reach the package index; offline, the test skips (in CI it fails).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import venv
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from clc.testing import Emulator

SCRIPT = Path(__file__).with_name("clc_sdk_251_quickstart.py")


def _venv_dir() -> Path:
    default = (
        Path(tempfile.gettempdir()) / f"clc-sdk-2.51-py{sys.version_info[0]}{sys.version_info[1]}"
    )
    return Path(os.environ.get("CLC_SDK_251_VENV", default))


def _python(root: Path) -> Path:
    return root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


@pytest.fixture(scope="module")
def sdk251_python(skip_unless_ci: Callable[[str], NoReturn]) -> Path:
    root = _venv_dir()
    python = _python(root)
    ready = root / ".clc-sdk-2.51-installed"
    if not ready.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(root)
        r = subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "clc-sdk==2.51"],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if r.returncode != 0:
            skip_unless_ci(f"could not install clc-sdk 2.51: {r.stderr.strip()[-500:]}")
        ready.write_text("ok\n")
    return python


def test_clc_sdk_251_quick_start_runs_unchanged(sdk251_python: Path) -> None:
    with Emulator(job_seconds=0.3, validate=True) as emu:
        r = subprocess.run(
            # -I: ignore PYTHONPATH and the current directory, so "clc" is 2.51's.
            [str(sdk251_python), "-I", str(SCRIPT), emu.url, emu.username, emu.password],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=tempfile.gettempdir(),
        )
        assert r.returncode == 0, r.stdout + r.stderr
        assert "quick start OK" in r.stdout
        assert emu.app.validator.violations == []
