"""One source of limits: a limit changed in the spec moves the SDK's check and the emulator.

The spec states each limit once (``components/schemas/Cpu``...). The generator writes them to
``clc_generated/limits.py``, which the SDK's argument checks read; the emulator reads the
spec it serves. The test lowers the CPU limit in a copy of the spec, renders the limits
module from that copy with the generator, and starts an emulator on the copy.
"""

from __future__ import annotations

import types
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import clc
from clc.core import validation
from clc.testing import Emulator
from generator import limits as limits_writer

SPEC = Path(__file__).resolve().parents[2] / "spec" / "clc-v2.yaml"


def _spec_copy(tmp_path: Path, cpu_maximum: int) -> Path:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    document["components"]["schemas"]["Cpu"]["maximum"] = cpu_maximum
    copy = tmp_path / "clc-v2.yaml"
    copy.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return copy


def _generated_limits(spec: Path) -> types.ModuleType:
    """The limits module the generator writes for ``spec``, loaded under its real name."""
    module = types.ModuleType("clc_generated.limits")
    source = limits_writer.render(yaml.safe_load(spec.read_text(encoding="utf-8")))
    exec(compile(source, "clc_generated/limits.py", "exec"), module.__dict__)
    return module


def _create(emu: Emulator, cpu: int) -> httpx.Response:
    with httpx.Client(base_url=emu.url) as http:
        token = http.post(
            "/v2/authentication/login", json={"username": emu.username, "password": emu.password}
        ).json()["bearerToken"]
        group = emu.backend.groups.root("VA1")["children"][0]
        body: dict[str, Any] = {"name": "lim", "groupId": group, "cpu": cpu, "memoryGB": 1,
                                "sourceServerId": "CENTOS-6-64-TEMPLATE"}  # fmt: skip
        return http.post(
            f"/v2/servers/{emu.alias}", json=body, headers={"Authorization": f"Bearer {token}"}
        )


@pytest.mark.parametrize("validate", [True, False], ids=["validating", "plain"])
def test_a_cpu_limit_lowered_in_the_spec_moves_both_sides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validate: bool
) -> None:
    # The shipped spec allows 8 CPUs, on both sides.
    assert validation.check_cpu(8) == 8
    with Emulator(job_seconds=0.05, validate=validate) as emu:
        assert _create(emu, 8).status_code == 202

    copy = _spec_copy(tmp_path, cpu_maximum=4)
    monkeypatch.setattr(validation, "limits", _generated_limits(copy))
    with pytest.raises(clc.InvalidArgumentException, match="from 1 to 4"):
        validation.check_cpu(8)
    assert validation.check_cpu(4) == 4
    with Emulator(job_seconds=0.05, validate=validate, spec_path=copy) as emu:
        refused = _create(emu, 8)
        assert refused.status_code == 400
        assert any("cpu" in field for field in refused.json()["modelState"])
        assert _create(emu, 4).status_code == 202
        served = emu.app.requests_served
        with clc.Session(**emu.session_kwargs()) as session:
            group = emu.backend.groups.root("VA1")["children"][0]
            with pytest.raises(clc.InvalidArgumentException, match="cpu"):
                clc.v2.Server.Create(
                    name="lim", template="CENTOS-6-64-TEMPLATE", group_id=group,
                    network_id=None, cpu=8, memory=1, alias=emu.alias, session=session,
                )  # fmt: skip
        assert emu.app.requests_served == served  # refused before any request
