"""The drill of CONTRIBUTING.md, "Adding an endpoint", done mechanically.

A copy of the spec gains one operation and its response schema; the generator writes the
client into a temporary folder; a user script calling the new function through a session
passes ``mypy --strict`` (and a typo in it does not); and the call works through a real
session against the emulator serving the copied spec, with a route of a few lines.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator import __main__ as generator

ROOT = Path(__file__).resolve().parents[2]

OPERATION = {
    "get": {
        "operationId": "get_datacenter_probe",
        "tags": ["datacenters"],
        "summary": "Probe a data center",
        "parameters": [
            {"$ref": "#/components/parameters/AccountAlias"},
            {"name": "dataCenter", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
        "responses": {
            "200": {
                "description": "The probe's answer.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/DatacenterProbe"}}
                },
            },
            "404": {"$ref": "#/components/responses/NotFound"},
        },
    }
}
SCHEMA = {
    "type": "object",
    "required": ["healthy"],
    "properties": {"healthy": {"type": "boolean"}, "depth": {"type": "integer"}},
}

# What a user (or the facade) writes once the client is regenerated.
USER_SCRIPT = """
import clc
from clc.testing import Emulator
from clc.testing.routing import Ctx, Reply, bind
from clc_generated.api.datacenters import get_datacenter_probe
from clc_generated.models import DatacenterProbe


def probe(ctx: Ctx) -> Reply:
    # The emulator route (in routes/datacenters.py: `@route def get_datacenter_probe`).
    dc = ctx.backend.datacenters.get(ctx.params["dataCenter"])  # 404 for an unknown one
    networks = ctx.backend.datacenters.deployable_networks(dc["id"])
    return Reply(200, {"healthy": True, "depth": len(networks)})


def main(spec_path: str) -> None:
    bind("get_datacenter_probe", probe)
    with Emulator(spec_path=spec_path) as emu:
        with clc.Session(emu.username, emu.password, base_url=emu.url) as session:
            dc = session.location
            result: DatacenterProbe = get_datacenter_probe.sync(
                emu.alias, dc, client=session.client
            )
            healthy: bool = result.healthy
            print(healthy, result.depth, session.login_count)
            try:
                get_datacenter_probe.sync(emu.alias, "NO-SUCH-DC", client=session.client)
            except clc.NotFoundException as error:
                print("404", error.method, error.response_status_code)
"""
TYPO = "            print(result.healthz)\n"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("drill")
    spec = yaml.safe_load(generator.SPEC.read_text(encoding="utf-8"))
    spec["paths"]["/v2/datacenters/{accountAlias}/{dataCenter}/probe"] = OPERATION
    spec["components"]["schemas"]["DatacenterProbe"] = SCHEMA
    spec_copy = work / "clc-v2.yaml"
    spec_copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generator.generate(work, spec_copy)
    return work, spec_copy


def _run(work: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    # The regenerated client first on the path, the project's clc after it.
    env = {**os.environ, "PYTHONPATH": f"{work}{os.pathsep}{ROOT}", "MYPYPATH": str(work)}
    return subprocess.run(
        [sys.executable, *argv], cwd=work, env=env, capture_output=True, text=True, check=False
    )


def test_the_generator_writes_the_new_function(regenerated: tuple[Path, Path]) -> None:
    work, _ = regenerated
    module = work / "clc_generated" / "api" / "datacenters" / "get_datacenter_probe.py"
    assert "def sync(" in module.read_text(encoding="utf-8")
    assert (work / "clc_generated" / "models" / "datacenter_probe.py").is_file()
    # What regenerating wrote: the function, its model, the indexes that list them, provenance.
    assert generator.differences(work / "clc_generated", ROOT / "clc_generated") == [
        "README.md",
        "_provenance.py",
        "api/__init__.py",
        "api/datacenters/__init__.py",
        "api/datacenters/get_datacenter_probe.py",
        "models/__init__.py",
        "models/datacenter_probe.py",
    ]


def test_the_new_call_type_checks_and_a_typo_does_not(regenerated: tuple[Path, Path]) -> None:
    work, _ = regenerated
    script = work / "use_probe.py"
    script.write_text(textwrap.dedent(USER_SCRIPT), encoding="utf-8")
    checked = _run(work, "-m", "mypy", "--strict", "--no-incremental", str(script))
    assert checked.returncode == 0, checked.stdout + checked.stderr

    lines = USER_SCRIPT.splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if "print(healthy" in line)
    typo = work / "use_probe_typo.py"
    typo.write_text(textwrap.dedent("".join([*lines[: at + 1], TYPO, *lines[at + 1 :]])))
    refused = _run(work, "-m", "mypy", "--strict", "--no-incremental", str(typo))
    assert refused.returncode == 1, refused.stdout
    assert '"DatacenterProbe" has no attribute "healthz"' in refused.stdout, refused.stdout


def test_the_new_call_works_through_a_session(regenerated: tuple[Path, Path]) -> None:
    work, spec_copy = regenerated
    (work / "use_probe.py").write_text(textwrap.dedent(USER_SCRIPT), encoding="utf-8")
    done = _run(work, "-c", f"import use_probe; use_probe.main({str(spec_copy)!r})")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("True ") and lines[0].endswith(" 1"), done.stdout  # one login
    assert lines[1] == "404 GET 404", done.stdout
