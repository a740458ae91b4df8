"""The layers of the house hold: the import contracts of pyproject.toml ([tool.importlinter]).

- clc is layered: clc.cli | clc.APIv2 > clc.v2 > clc.session > clc.core > clc.errors | clc.defaults;
  a module imports only from its own layer or those below.
- the emulator (clc.testing) imports nothing of the SDK or of clc_generated, and the SDK
  never imports the emulator;
- clc_generated imports nothing of clc;
- the object model (clc.v2) reaches the API through clc_generated, never httpx directly.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert "5 kept, 0 broken" in report, report


def test_every_clc_module_is_under_a_contract() -> None:
    # A new module or folder directly under clc/ must join a layer (or get its own contract),
    # else nothing checks what it imports.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    named: set[str] = set()
    for contract in config["contracts"]:
        for layer in contract.get("layers", []):
            named |= {part.strip() for part in layer.split("|")}
        named |= {m.removeprefix("clc.") for m in contract.get("source_modules", [])}
    found = {
        path.stem if path.suffix == ".py" else path.name
        for path in (ROOT / "clc").iterdir()
        if not path.name.startswith(("_", ".")) and (path.suffix == ".py" or path.is_dir())
    }
    assert found <= named, f"not under any import contract: {sorted(found - named)}"
