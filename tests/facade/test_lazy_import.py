"""``import clc`` is cheap: no httpx, no generated code, no object model until first use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def loaded_after(code: str) -> list[str]:
    probe = code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    names: list[str] = json.loads(out.splitlines()[-1])
    return names


def test_import_clc_loads_nothing_heavy() -> None:
    mods = loaded_after("import clc")
    assert "httpx" not in mods and "attrs" not in mods
    assert not [m for m in mods if m.startswith("clc_generated")]
    assert not [m for m in mods if m in ("clc.v2", "clc.v2.server", "clc.session")]


def test_first_call_loads_only_the_generated_modules_it_needs() -> None:
    mods = loaded_after(
        "import clc\n"
        "from clc.testing import Emulator\n"
        "with Emulator() as emu:\n"
        "    s = clc.Session(emu.username, emu.password, base_url=emu.url)\n"
        "    clc.v2.Account(session=s)\n"
    )
    generated = [m for m in mods if m.startswith("clc_generated.api.")]
    assert sorted(generated) == [
        "clc_generated.api.accounts",
        "clc_generated.api.accounts.get_account",
        "clc_generated.api.authentication",
        "clc_generated.api.authentication.login",
    ]
    models = [m for m in mods if m.startswith("clc_generated.models.")]
    assert len(models) < 12, models


def test_the_synchronous_object_model_loads_no_async_machinery() -> None:
    # httpx defers httpcore to the first client; so do the session's bounded sockets.
    mods = loaded_after("import clc.v2\nclc.v2.Server")
    assert "clc.v2.server" in mods
    assert not [m for m in mods if m in ("asyncio", "httpcore", "h11", "anyio")]
    assert not [m for m in mods if m.startswith("clc.session.async")]
    assert "clc.session.async_session" in loaded_after("import clc\nclc.AsyncSession")
