"""examples/quickstart.py runs as documented: embedded emulator without credentials, the
configured endpoint with them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clc.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "quickstart.py"


def run(env: dict[str, str]) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CLC_")}
    clean["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_without_credentials_it_starts_the_emulator() -> None:
    out = run({})
    assert "embedded emulator" in out
    assert "Account DEMO" in out and "Data center VA1" in out
    assert "waiting for the build: 1/1" in out
    assert "Server VA1DEMOAPI201" in out and "status active" in out


def test_with_credentials_it_targets_that_endpoint() -> None:
    with Emulator(job_seconds=0.2, alias="ACME", username="ops", password="s3cret-pw") as emu:
        out = run(
            {
                "CLC_V2_API_USERNAME": emu.username,
                "CLC_V2_API_PASSWD": emu.password,
                "CLC_V2_API_URL": emu.url,
            }
        )
        names = [s["name"] for s in emu.state.data["servers"].values()]
        url = emu.url
    assert f"CLC API v2 at {url}\n" in out and "embedded" not in out
    assert names == ["VA1ACMEAPI201"] and "Server VA1ACMEAPI201" in out
    assert "s3cret-pw" not in out
