"""Every documented ``clc-emulator`` flag works with the documented install, ``[emulator]``.

One virtual environment per test session gets this checkout installed with only the
``[emulator]`` extra (pip's cache makes it quick); the emulator is then started from it once
per flag the README documents, and answers a login and a read.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]

# A value for each documented option that takes one; {tmp} is a scratch folder.
VALUES = {
    "--host": "127.0.0.1",
    "--port": "0",
    "--alias": "ACME",
    "--username": "alice",
    "--password": "s3cret-pass",
    "--job-seconds": "0.5",
    "--job-seconds-max": "5",
    "--job-seed": "3",
    "--networks-per-dc": "4",
    "--latency-ms": "5",
    "--fault": "status=503,path=/v2/nothing/*,count=1",
    "--state": "{tmp}/world.json",
    "--templates-per-dc": "12",
    "--log-level": "info",
}


def documented_flags() -> list[str]:
    """The options the README's emulator section lists."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The local emulator", 1)[1].split("\n## ", 1)[0]
    options = section.split("Options:", 1)[1].split("\n\n", 1)[0]
    return sorted(set(re.findall(r"`(--[a-z-]+)", options)))


@pytest.fixture(scope="session")
def emulator_only(
    tmp_path_factory: pytest.TempPathFactory, skip_unless_ci: Callable[[str], NoReturn]
) -> Iterator[Path]:
    """The interpreter of a venv holding this checkout with the ``[emulator]`` extra only."""
    venv = tmp_path_factory.mktemp("emulator-extra") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         f"{REPO}[emulator]"],
        capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    if done.returncode != 0:
        if "No matching distribution" in done.stderr or "connection" in done.stderr.lower():
            skip_unless_ci(f"the package index is unreachable: {done.stderr[-300:]}")
        pytest.fail(f"pip install .[emulator] failed:\n{done.stderr[-2000:]}")
    yield python


def test_the_venv_holds_only_the_emulator_extra(emulator_only: Path) -> None:
    probe = (
        "import importlib.util as u;"
        "print(*[m for m in ('schemathesis', 'pytest', 'openapi_spec_validator', 'hypothesis')"
        " if u.find_spec(m)])"
    )
    out = subprocess.run(
        [str(emulator_only), "-I", "-c", probe], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""  # no development tool slipped in


@pytest.mark.parametrize("flag", documented_flags())
def test_each_documented_flag_starts_the_emulator(
    emulator_only: Path, tmp_path: Path, flag: str
) -> None:
    args = [flag] if flag not in VALUES else [flag, VALUES[flag].format(tmp=tmp_path)]
    proc = subprocess.Popen(
        [str(emulator_only), "-I", "-m", "clc.testing", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,  # not the checkout: the installed package must stand alone
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().decode().strip()
        assert url.startswith("http://127.0.0.1:"), (url, proc.stderr and proc.stderr.read1())
        username = VALUES["--username"] if flag == "--username" else "demo"
        password = VALUES["--password"] if flag == "--password" else "demo-password"
        login = httpx.post(
            f"{url}/v2/authentication/login", json={"username": username, "password": password}
        )
        assert login.status_code == 200, login.text
        alias = login.json()["accountAlias"]
        headers = {"Authorization": f"Bearer {login.json()['bearerToken']}"}
        read = httpx.get(
            f"{url}/v2/datacenters/{alias}/VA1/deploymentCapabilities", headers=headers
        )
        assert read.status_code == 200, read.text
        if flag == "--templates-per-dc":
            assert len(read.json()["templates"]) == 12
        if flag == "--alias":
            assert alias == "ACME"
    finally:
        proc.terminate()
        proc.wait(10)
    assert proc.returncode == 0, proc.stderr.read().decode()[-2000:] if proc.stderr else ""
    if flag == "--state":
        assert (tmp_path / "world.json").is_file()
