"""Fuzz of response parsing: malformed, truncated, non-JSON and wrong-typed bodies, under any
status, give a documented ``clc.CLCException`` (or a result), never a KeyError, TypeError or a raw
httpx error.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import clc
from clc.core.retry import RetryPolicy

ACCOUNT = {
    "accountAlias": "DEMO",
    "parentAlias": "ROOT",
    "businessName": "Demo",
    "address": {"line1": "1 Way", "city": "Seattle", "stateProvince": "WA", "postalCode": "98101"},
    "status": "active",
    "primaryDataCenter": "VA1",
    "isManaged": False,
}
SERVER = {
    "id": "VA1DEMOWEB01",
    "name": "VA1DEMOWEB01",
    "groupId": "g1",
    "locationId": "VA1",
    "status": "active",
    "details": {"powerState": "started", "cpu": 1, "memoryMB": 1024, "storageGB": 10},
    "links": [],
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


def _mutated(doc: dict[str, Any]) -> st.SearchStrategy[bytes]:
    """The document with one key removed or its value replaced by anything."""
    keys = sorted(doc)
    drop = st.sampled_from(keys).map(lambda k: {x: v for x, v in doc.items() if x != k})
    swap = st.tuples(st.sampled_from(keys), json_values).map(lambda kv: {**doc, kv[0]: kv[1]})
    return (drop | swap).map(lambda d: json.dumps(d).encode())


def bodies(doc: dict[str, Any]) -> st.SearchStrategy[bytes]:
    full = json.dumps(doc).encode()
    return st.one_of(
        st.binary(max_size=64),  # not JSON at all
        st.integers(0, len(full) - 1).map(lambda n: full[:n]),  # truncated
        json_values.map(lambda v: json.dumps(v).encode()),  # wrong type altogether
        _mutated(doc),  # right shape, one field wrong or missing
    )


def session_answering(status: int, body: bytes, ctype: str) -> clc.Session:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/authentication/login"):
            return httpx.Response(
                200,
                json={
                    "userName": "u",
                    "accountAlias": "DEMO",
                    "locationAlias": "VA1",
                    "bearerToken": "t",
                },
            )
        return httpx.Response(status, content=body, headers={"Content-Type": ctype})

    return clc.Session(
        "u",
        "p",
        base_url="https://api.example.test",
        use_env=False,
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(sleep=lambda _: None),
    )


def _check(call: Callable[[clc.Session], Any], status: int, body: bytes, ctype: str) -> None:
    with session_answering(status, body, ctype) as s:
        try:
            call(s)
        except clc.CLCException as exc:
            assert str(exc)
        # Anything else (KeyError, TypeError, httpx errors...) fails the test.


statuses = st.sampled_from([200, 200, 200, 201, 400, 404, 500, 503])
ctypes = st.sampled_from(["application/json", "text/html", ""])
fuzz = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fuzz
@given(status=statuses, body=bodies(ACCOUNT), ctype=ctypes)
def test_account_parsing(status: int, body: bytes, ctype: str) -> None:
    def call(s: clc.Session) -> Any:
        account = clc.v2.Account(session=s)
        return (account.business_name, account.city, account.status, str(account))

    _check(call, status, body, ctype)


@fuzz
@given(status=statuses, body=bodies(SERVER), ctype=ctypes)
def test_server_parsing(status: int, body: bytes, ctype: str) -> None:
    def call(s: clc.Session) -> Any:
        server = clc.v2.Server("VA1DEMOWEB01", session=s)
        return (server.power_state, server.cpu, server.memory, str(server))

    _check(call, status, body, ctype)
