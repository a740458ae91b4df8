"""A field renamed in the spec fails the type check of the facade, not a user's run.

The spec is copied with ``ServerDetails.powerState`` renamed, the client regenerated from
it into a temporary folder beside a copy of ``clc``, and ``mypy --strict`` run over that
copy must reject ``clc/v2/server_attributes.py``, which reads ``details.power_state``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from generator import __main__ as generator

ROOT = Path(__file__).resolve().parents[2]
FIELD = "        powerState: {type: string}\n"
RENAMED = "        powerStatus: {type: string}\n"


def test_a_renamed_spec_field_is_a_type_error_in_the_facade(tmp_path: Path) -> None:
    text = generator.SPEC.read_text(encoding="utf-8")
    assert text.count(FIELD) == 1, "the field this test renames moved: pick another"
    spec = tmp_path / "clc-v2.yaml"
    spec.write_text(text.replace(FIELD, RENAMED), encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    generator.generate(project, spec)
    shutil.copytree(ROOT / "clc", project / "clc", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")

    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "-p", "clc.v2"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, done.stdout
    assert errors[0].startswith("clc/v2/server_attributes.py:"), done.stdout
    assert '"ServerDetails" has no attribute "power_state"' in errors[0], done.stdout
