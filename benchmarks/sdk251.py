"""The original clc-sdk 2.51, installed from the package index into its own cached venv.

It imports as ``clc`` like this project does, so it lives in a separate virtual
environment under ``benchmarks/.work/`` and its runs start from a neutral working
directory with no ``PYTHONPATH``, so the repository's ``clc`` is never picked up.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REQUIREMENT = "clc-sdk==2.51"
# What 2.51 must be able to do on this interpreter before it is measured.
_PROBE = (
    "import clc, sys; "
    "assert hasattr(clc.defaults, 'ENDPOINT_URL_V2') and hasattr(clc.v2, 'Requests'), 'not 2.51'; "
    "sys.stdout.write(clc.__file__)"
)


class Unavailable(RuntimeError):
    """2.51 could not be installed; ``unreachable`` says whether the index was the cause."""

    def __init__(self, message: str, unreachable: bool) -> None:
        super().__init__(message)
        self.unreachable = unreachable


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def python(work: Path) -> Path:
    return work / "sdk251" / "bin" / "python"


def ensure(work: Path, log=print) -> Path:
    """Return the 2.51 interpreter, creating its venv on first use."""
    venv = work / "sdk251"
    marker = venv / ".ready"
    py = python(work)
    if marker.exists() and marker.read_text() == REQUIREMENT and py.exists():
        return py
    log(f"setting up {REQUIREMENT} in {venv.relative_to(work.parent.parent)} ...")
    env = clean_env()
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True, env=env)
    install = subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", REQUIREMENT],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if install.returncode != 0:
        raise Unavailable(
            f"pip install {REQUIREMENT} failed: {_tail(install.stderr)}",
            _index_unreachable(py, env),
        )
    probe = subprocess.run(
        [str(py), "-I", "-c", _PROBE], env=env, cwd=work, capture_output=True, text=True
    )
    if probe.returncode != 0:
        raise Unavailable(f"{REQUIREMENT} does not import: {_tail(probe.stderr)}", False)
    marker.write_text(REQUIREMENT)
    return py


def _index_unreachable(py: Path, env: dict[str, str]) -> bool:
    """True when even downloading the bare distribution fails (no network or index)."""
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run(
            [str(py), "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, REQUIREMENT],
            env=env,
            capture_output=True,
            timeout=300,
        )
    return r.returncode != 0


def _tail(text: str, lines: int = 5) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])
