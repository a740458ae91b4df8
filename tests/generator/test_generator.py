"""The generator is deterministic, marks its output and keeps model imports lazy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import __main__ as generator

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first = generator.generate(tmp_path_factory.mktemp("first"))
    second = generator.generate(tmp_path_factory.mktemp("second"))
    return first, second


def test_regenerating_twice_gives_identical_bytes(two_runs: tuple[Path, Path]) -> None:
    first, second = two_runs
    assert generator.differences(first, second) == []


def test_committed_package_matches_a_fresh_run(two_runs: tuple[Path, Path]) -> None:
    drift = generator.differences(two_runs[0], ROOT / "clc_generated")
    assert drift == [], f"clc_generated/ drifted; run python -m generator: {drift[:10]}"


def test_every_generated_file_carries_the_header(two_runs: tuple[Path, Path]) -> None:
    unmarked = [
        path.name
        for path in two_runs[0].rglob("*.py")
        if not path.read_text(encoding="utf-8").startswith(generator.HEADER)
    ]
    assert unmarked == []


def test_provenance_records_pins_and_spec_hash(two_runs: tuple[Path, Path]) -> None:
    text = (two_runs[0] / "_provenance.py").read_text(encoding="utf-8")
    assert generator.pins.GENERATOR_VERSION in text
    assert generator.spec_sha256() in text


def test_differences_reports_a_changed_file(tmp_path: Path, two_runs: tuple[Path, Path]) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(two_runs[0], copy)
    (copy / "errors.py").write_text("# edited by hand\n", encoding="utf-8")
    (copy / "extra.py").write_text("", encoding="utf-8")
    assert generator.differences(two_runs[0], copy) == ["errors.py", "extra.py"]


def test_one_endpoint_module_does_not_import_every_model() -> None:
    probe = (
        "import sys, pkgutil, importlib\n"
        "import clc_generated.api as api\n"
        "mods = [m.name for m in pkgutil.walk_packages(api.__path__, 'clc_generated.api.')"
        " if not m.ispkg]\n"
        "importlib.import_module(mods[0])\n"
        "import clc_generated.models as models\n"
        "loaded = [m for m in sys.modules if m.startswith('clc_generated.models.')]\n"
        "print(len(loaded), len(models.__all__))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    loaded, total = int(out[0]), int(out[1])
    assert total > 0
    assert loaded < total / 2, f"{loaded} of {total} models imported by one endpoint"
