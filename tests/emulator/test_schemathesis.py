"""Schemathesis against the emulator: no 5xx, no response that breaks the spec, and hostile
input refused cleanly.

``test_api_conforms`` sends generated requests to an emulator that validates every exchange,
so a response that breaks the spec also shows up as a 500 here. Generated requests use a
real token; wrong aliases and ids get the API's 403/404 answers, which the spec documents.

``test_hostile_requests_are_refused_cleanly`` turns each generated request hostile (one
class drawn per example: JSON nested 100,000 deep or 900 deep inside a field, numbers of
5,000 digits as JSON numbers, as strings or form-encoded, NaN and Infinity, malformed JSON,
huge or unknown query parameters) and sends it, with this account's alias, to an emulator
that does not validate, so the binder and the backend meet it themselves: the answer is a
4xx in the API's error shape or a success, never a 5xx, and a refused request leaves the
world as it was (the emulator checks that and answers 500 when it did not).

Examples per operation: ``CLC_SCHEMATHESIS_EXAMPLES`` (8 by default; ``.ci/deep-fuzz``
runs many more).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from clc.testing import Emulator
from clc.testing.spec import load_spec

EXAMPLES = int(os.environ.get("CLC_SCHEMATHESIS_EXAMPLES", "8"))

schema = schemathesis.openapi.from_dict(load_spec())

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)


def _login(emu: Emulator) -> dict[str, str]:
    token = httpx.post(
        f"{emu.url}/v2/authentication/login",
        json={"username": emu.username, "password": emu.password},
    ).json()["bearerToken"]
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="module")
def live() -> Iterator[dict[str, Any]]:
    with Emulator(job_seconds=0.01, validate=True) as emu:
        yield {"emu": emu, "headers": _login(emu)}
        assert emu.app.validator.violations == []


@schema.parametrize()
@SETTINGS
def test_api_conforms(case: Any, live: dict[str, Any]) -> None:
    emu: Emulator = live["emu"]
    case.call_and_validate(base_url=emu.url, headers=live["headers"], checks=CHECKS)


# -- hostile input ---------------------------------------------------------------------------

DEEP = 100_000
DIGITS = "9" * 5000
_NUMBER = "__clc_number__"


def _numbers_as(value: Any, token: str) -> Any:
    """``value`` with every number replaced by a placeholder that becomes ``token``."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return token
    if isinstance(value, dict):
        return {k: _numbers_as(v, token) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers_as(v, token) for v in value]
    return value


def _with_numbers(body: Any, literal: str) -> str:
    """JSON text of ``body`` with its numbers (and one more field) written as ``literal``."""
    body = _numbers_as(body, _NUMBER)
    if isinstance(body, dict):
        body = {**body, "cpu": _NUMBER}
    elif isinstance(body, list):
        body = [*body, _NUMBER]
    else:
        body = _NUMBER
    return json.dumps(body).replace(f'"{_NUMBER}"', literal)


def _deep_field(body: Any) -> str:
    inner = '{"a":' * 900 + "1" + "}" * 900
    if isinstance(body, dict) and body:
        key = next(iter(body))
        return json.dumps({**body, key: "__deep__"}).replace('"__deep__"', inner)
    return '{"settings": ' + inner + "}"


def _form_keys(body: Any) -> list[str]:
    """The body's top-level field names, plus one numeric field every body may carry."""
    return [*(body if isinstance(body, dict) else {}), "cpu"]


# Each turns (method kwargs) hostile: a new body (text, content type) or new query parameters.
Mutation = Callable[[dict[str, Any]], dict[str, Any]]


def _body(text: str, ctype: str = "application/json") -> dict[str, Any]:
    return {"content": text.encode(), "headers": {"content-type": ctype}}


MUTATIONS: dict[str, Mutation] = {
    "json nested 100,000 deep": lambda kw: _body("[" * DEEP + "]" * DEEP),
    "a field nested 900 deep": lambda kw: _body(_deep_field(kw.get("json"))),
    "5,000-digit numbers": lambda kw: _body(_with_numbers(kw.get("json"), DIGITS)),
    "5,000-digit strings": lambda kw: _body(_with_numbers(kw.get("json"), f'"{DIGITS}"')),
    "NaN": lambda kw: _body(_with_numbers(kw.get("json"), "NaN")),
    "Infinity": lambda kw: _body(_with_numbers(kw.get("json"), "-Infinity")),
    "a float too large": lambda kw: _body(_with_numbers(kw.get("json"), "1e999")),
    "malformed JSON": lambda kw: _body(json.dumps(kw.get("json") or {})[:-1] + ",,"),
    "form-encoded 5,000-digit values": lambda kw: _body(
        "&".join(f"{k}={DIGITS}" for k in _form_keys(kw.get("json"))),
        "application/x-www-form-urlencoded",
    ),
    "5,000-digit query values": lambda kw: {
        "params": {**{k: DIGITS for k in kw.get("params") or {}}, "uuid": DIGITS}
    },
}


@pytest.fixture(scope="module")
def plain() -> Iterator[dict[str, Any]]:
    with Emulator(job_seconds=0.01) as emu:
        emu.app.check_refusals = True  # a refused request that changed the world is a 500
        yield {"emu": emu, "headers": _login(emu)}
        assert emu.app.broken_refusals == []


def _own_account(case: Any, alias: str) -> None:
    """Address the request to this account (and a real data center) so it gets past the
    403 and reaches the code that reads its body."""
    params = case.path_parameters or {}
    for name in ("accountAlias", "sourceAccountAlias"):
        if name in params:
            params[name] = alias
    if "dataCenter" in params:
        params["dataCenter"] = "VA1"


@schema.parametrize()
@schema.given(mutation=st.sampled_from(sorted(MUTATIONS)))
@SETTINGS
def test_hostile_requests_are_refused_cleanly(
    case: Any, mutation: str, plain: dict[str, Any]
) -> None:
    emu: Emulator = plain["emu"]
    _own_account(case, emu.alias)
    kwargs = case.as_transport_kwargs(base_url=emu.url, headers=plain["headers"])
    hostile = MUTATIONS[mutation](kwargs)
    headers = {**kwargs["headers"], **hostile.get("headers", {})}
    headers.pop("Content-Length", None)
    response = httpx.request(
        kwargs["method"],
        kwargs["url"],
        params=hostile.get("params", kwargs.get("params")),
        headers=headers,
        content=hostile.get("content"),
        timeout=30,
    )
    assert response.status_code < 500, (mutation, response.status_code, response.text[:500])
    if response.status_code >= 400:
        body = response.json()
        assert isinstance(body, dict) and isinstance(body.get("message"), str), body
