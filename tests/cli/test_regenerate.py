"""A new operation in the spec becomes a command once the client is regenerated.

The spec is copied, given one more operation and generated into a temporary folder
(as ``python -m generator --check`` does); ``clc`` run with that folder first on its
path lists the new command, shows its help and calls it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from clc.testing import Emulator
from generator import __main__ as generator

from .conftest import clean_env, run_clc

NEW_OPERATION = {
    "get": {
        "operationId": "probeCommandLine",
        "tags": ["servers"],
        "summary": "Probe that a regenerated client reaches the command line",
        "description": "Added by a test to a copy of the spec.",
        "parameters": [
            {"$ref": "#/components/parameters/AccountAlias"},
            {
                "name": "depth",
                "in": "query",
                "required": True,
                "description": "How deep the probe goes.",
                "schema": {"type": "integer"},
            },
        ],
        "responses": {
            "200": {
                "description": "The probe's answer.",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        },
    }
}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("regenerated")
    spec = yaml.safe_load(generator.SPEC.read_text(encoding="utf-8"))
    spec["paths"]["/v2/probe/{accountAlias}"] = NEW_OPERATION
    copy = work / "clc-v2.yaml"
    copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generator, "SPEC", copy)
        generator.generate(work)
    return work


def test_the_new_operation_is_a_command(
    regenerated: Path, clc_emulator: Emulator, tmp_path: Path
) -> None:
    env = clean_env(
        tmp_path,
        PYTHONPATH=str(regenerated),
        CLC_V2_API_URL=clc_emulator.url,
        CLC_V2_API_USERNAME=clc_emulator.username,
        CLC_V2_API_PASSWD=clc_emulator.password,
    )
    group = run_clc(["servers", "--help"], env)
    assert group.code == 0, group.stderr
    assert "probe-command-line" in group.stdout

    help_run = run_clc(["servers", "probe-command-line", "--help"], env)
    assert help_run.code == 0, help_run.stderr
    text = " ".join(help_run.stdout.split())
    assert "Probe that a regenerated client reaches the command line" in text
    assert "--depth INTEGER How deep the probe goes. [integer]" in text
    assert "GET /v2/probe/{account_alias}" in text

    # It calls the API: the emulator has no such route, so the answer is a 404 (exit 3).
    called = run_clc(["servers", "probe-command-line", "--depth", "2"], env)
    assert called.code == 3, called.stderr
    assert f"GET {clc_emulator.url}/v2/probe/{clc_emulator.alias}?depth=2" in called.stderr

    # The committed client, without the regenerated folder, has no such command.
    plain = run_clc(["servers", "probe-command-line", "--help"], clean_env(tmp_path))
    assert plain.code == 2
