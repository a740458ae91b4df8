"""Schemathesis against the emulator: no 5xx and no response that breaks the spec.

A bounded run (a few generated requests per operation) with the emulator's own
spec validation switched on, so a response that breaks the spec also shows up
as a 500 here. Generated requests use a real token; wrong aliases and ids get
the API's 403/404 answers, which the spec documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from clc.testing import Emulator
from clc.testing.spec import load_spec

schema = schemathesis.openapi.from_dict(load_spec())

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def live() -> Iterator[dict[str, Any]]:
    with Emulator(job_seconds=0.01, validate=True) as emu:
        token = httpx.post(
            f"{emu.url}/v2/authentication/login",
            json={"username": emu.username, "password": emu.password},
        ).json()["bearerToken"]
        yield {"emu": emu, "headers": {"Authorization": f"Bearer {token}"}}
        assert emu.app.validator.violations == []


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_conforms(case: Any, live: dict[str, Any]) -> None:
    emu: Emulator = live["emu"]
    case.call_and_validate(base_url=emu.url, headers=live["headers"], checks=CHECKS)
