"""Unit tests of clc.core.retry over httpx.MockTransport: what is retried, and how long it waits."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import clc.errors
from clc.core.retry import (
    RetryBudget,
    RetryPolicy,
    how_to_check,
    parse_retry_after,
)
from clc.core.retrying import RetryingTransport
from clc.errors import (
    OutcomeUnknownError,
    RateLimitedError,
    RetryBudgetExhaustedError,
    RetryError,
)

BASE = "https://api.example.test"


class Script:
    """A MockTransport handler that plays a list of outcomes (Response or exception) in order."""

    def __init__(self, *outcomes: httpx.Response | Exception | Callable[[], httpx.Response]):
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        if callable(outcome) and not isinstance(outcome, httpx.Response):
            return outcome()
        return httpx.Response(outcome.status_code, headers=outcome.headers, content=outcome.content)


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make(
    script: Script, *, budget: RetryBudget | None = None, **policy_kw: object
) -> tuple[httpx.Client, Sleeps]:
    sleeps = Sleeps()
    policy = RetryPolicy(sleep=sleeps, random=lambda: 1.0, **policy_kw)  # type: ignore[arg-type]
    transport = RetryingTransport(httpx.MockTransport(script), policy, budget)
    return httpx.Client(base_url=BASE, transport=transport), sleeps


def ok(json: object = None) -> httpx.Response:
    return httpx.Response(200, json=json if json is not None else {"ok": True})


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, headers=headers, json={"message": f"HTTP {code}"})


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG, logger="clc.retry"):
        yield caplog


# --- idempotent requests ------------------------------------------------------------------------


@pytest.mark.parametrize("code", [500, 502, 503, 504])
def test_get_5xx_is_retried_then_succeeds(code: int) -> None:
    script = Script(status(code), status(code), ok())
    client, sleeps = make(script)
    r = client.get("/v2/accounts/DEMO")
    assert r.status_code == 200
    assert len(script.requests) == 3
    assert sleeps == [0.5, 1.0]  # full jitter with random()=1.0: base * 2**(n-1)


def test_get_returns_last_response_when_attempts_run_out() -> None:
    script = Script(status(500))
    client, sleeps = make(script)
    r = client.get("/v2/accounts/DEMO")
    assert r.status_code == 500
    assert r.json() == {"message": "HTTP 500"}
    assert len(script.requests) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadError("reset"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        httpx.WriteError("broken pipe"),
    ],
)
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"])
def test_idempotent_read_errors_are_retried(method: str, exc: Exception) -> None:
    script = Script(exc, ok())
    client, _ = make(script)
    assert client.request(method, "/v2/x").status_code == 200
    assert len(script.requests) == 2


def test_read_error_named_when_attempts_run_out() -> None:
    script = Script(httpx.ReadTimeout("slow"))
    client, _ = make(script)
    with pytest.raises(clc.errors.HTTPTimeoutException) as info:
        client.get("/v2/x")
    assert len(script.requests) == 3
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.method == "GET" and info.value.url == f"{BASE}/v2/x"
    assert info.value.attempts == 3 and info.value.elapsed is not None
    assert str(info.value).startswith(f"GET {BASE}/v2/x: timed out (ReadTimeout: slow); 3 attempts")


def test_4xx_is_never_retried() -> None:
    for code in (400, 401, 403, 404, 409):
        script = Script(status(code))
        client, sleeps = make(script)
        assert client.get("/v2/x").status_code == code
        assert len(script.requests) == 1 and sleeps == []


# --- non-idempotent requests --------------------------------------------------------------------


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("t"), httpx.PoolTimeout("t")]
)
def test_post_not_sent_is_retried(exc: Exception) -> None:
    script = Script(exc, ok())
    client, _ = make(script)
    assert client.post("/v2/servers/DEMO", json={"name": "web"}).status_code == 200
    assert len(script.requests) == 2


def test_post_connect_error_named_when_attempts_run_out() -> None:
    script = Script(httpx.ConnectError("refused"))
    client, _ = make(script)
    with pytest.raises(clc.errors.TransportException) as info:
        client.post("/v2/servers/DEMO", json={})
    assert len(script.requests) == 3
    # The host is named: "could not connect to api.example.test".
    assert (
        "POST https://api.example.test/v2/servers/DEMO: could not connect to api.example.test"
        in (str(info.value))
    )
    assert info.value.attempts == 3


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadError("reset"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        httpx.WriteTimeout("t"),
    ],
)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_that_may_have_been_sent_is_not_resent(method: str, exc: Exception) -> None:
    script = Script(exc, ok())
    client, sleeps = make(script)
    with pytest.raises(OutcomeUnknownError) as info:
        client.request(method, "/v2/servers/DEMO", json={"name": "web"})
    assert len(script.requests) == 1 and sleeps == []
    err = info.value
    assert err.__cause__ is exc
    assert err.method == method and err.url == f"{BASE}/v2/servers/DEMO"
    assert err.status_code is None
    assert "outcome is unknown" in str(err) and "not re-sent" in str(err)
    assert "Group.Servers()" in str(err)


@pytest.mark.parametrize("code", [500, 502, 503, 504])
def test_post_5xx_is_outcome_unknown(code: int) -> None:
    script = Script(status(code), ok())
    client, _ = make(script)
    with pytest.raises(OutcomeUnknownError) as info:
        client.post("/v2/operations/DEMO/servers/powerOn", json=["VA1DEMOWEB01"])
    assert info.value.status_code == code
    assert len(script.requests) == 1
    assert "power state" in str(info.value) and "powerOn" in str(info.value)


def test_login_post_is_replay_safe() -> None:
    script = Script(httpx.ReadError("reset"), ok({"bearerToken": "t"}))
    client, _ = make(script)
    assert client.post("/v2/authentication/login", json={}).status_code == 200
    assert len(script.requests) == 2


def test_dropped_connection_mid_body_is_seen_by_the_transport() -> None:
    """A body that breaks off after the headers is a read error inside the retry loop."""

    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b'{"par'
            raise httpx.RemoteProtocolError("peer closed connection mid-body")

    script = Script(lambda: httpx.Response(200, stream=Broken()), ok({"id": 1}))
    client, _ = make(script)
    assert client.get("/v2/x").json() == {"id": 1}
    script2 = Script(lambda: httpx.Response(200, stream=Broken()), ok({"id": 1}))
    client2, _ = make(script2)
    with pytest.raises(OutcomeUnknownError):
        client2.post("/v2/servers/DEMO", json={})
    assert len(script2.requests) == 1


# --- rate limiting ------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
@pytest.mark.parametrize("code", [429, 503])
def test_retry_after_is_honoured_for_every_method(method: str, code: int) -> None:
    script = Script(status(code, **{"Retry-After": "3"}), ok())
    client, sleeps = make(script)
    assert client.request(method, "/v2/x").status_code == 200
    assert sleeps == [3.0]


def test_429_without_retry_after_backs_off() -> None:
    script = Script(status(429), ok())
    client, sleeps = make(script)
    assert client.post("/v2/x").status_code == 200
    assert sleeps == [0.5]


def test_retry_after_over_the_cap_raises_without_sleeping() -> None:
    script = Script(status(429, **{"Retry-After": "3600"}), ok())
    client, sleeps = make(script, max_retry_after=60.0)
    with pytest.raises(RateLimitedError) as info:
        client.get("/v2/x")
    assert sleeps == [] and len(script.requests) == 1
    assert info.value.retry_after == 3600.0 and info.value.status_code == 429
    assert "3600s" in str(info.value) and "max_retry_after" in str(info.value)


def test_retry_after_http_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after("nan") is None


def test_429_exhausted_returns_the_response() -> None:
    script = Script(status(429, **{"Retry-After": "1"}))
    client, sleeps = make(script)
    assert client.get("/v2/x").status_code == 429
    assert sleeps == [1.0, 1.0]


# --- backoff ------------------------------------------------------------------------------------


@given(
    attempt=st.integers(min_value=1, max_value=60),
    rnd=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
)
def test_backoff_is_full_jitter_within_cap(attempt: int, rnd: float) -> None:
    policy = RetryPolicy(random=lambda: rnd)
    delay = policy.backoff(attempt)
    ceiling = min(20.0, 0.5 * 2 ** (attempt - 1))
    assert 0.0 <= delay <= ceiling
    assert delay == pytest.approx(rnd * ceiling)


def test_cap_limits_the_wait() -> None:
    script = Script(status(503))
    client, sleeps = make(script, max_attempts=10, backoff_cap=2.0)
    client.get("/v2/x")
    assert max(sleeps) == 2.0 and len(sleeps) == 9


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(backoff_cap=float("inf"))
    with pytest.raises(ValueError):
        RetryBudget(ratio=-1)


def test_max_attempts_one_turns_retries_off() -> None:
    script = Script(status(503, **{"Retry-After": "1"}))
    client, sleeps = make(script, max_attempts=1)
    assert client.get("/v2/x").status_code == 503
    assert sleeps == [] and len(script.requests) == 1


# --- budget -------------------------------------------------------------------------------------


def test_budget_stops_a_retry_storm() -> None:
    """Against a dead API, 100 requests cost about 100 * (1 + ratio) + capacity attempts."""
    script = Script(status(503))
    budget = RetryBudget(ratio=0.2, capacity=5.0)
    client, _ = make(script, budget=budget)
    outcomes: list[str] = []
    for _ in range(100):
        try:
            outcomes.append(str(client.get("/v2/x").status_code))
        except RetryBudgetExhaustedError as exc:
            assert exc.status_code == 503
            outcomes.append("budget")
    attempts = len(script.requests)
    assert attempts <= 100 * 1.2 + 5 + 1
    assert outcomes.count("budget") > 50


def test_budget_refills_with_healthy_traffic() -> None:
    budget = RetryBudget(ratio=0.5, capacity=2.0)
    assert budget.try_acquire() and budget.try_acquire() and not budget.try_acquire()
    budget.record_request()
    assert not budget.try_acquire()
    budget.record_request()
    assert budget.try_acquire()
    for _ in range(100):
        budget.record_request()
    assert budget.available == 2.0


def test_budget_exhausted_chains_transport_error() -> None:
    script = Script(httpx.ConnectError("refused"))
    client, _ = make(script, budget=RetryBudget(ratio=0.0, capacity=0.0))
    with pytest.raises(RetryBudgetExhaustedError) as info:
        client.get("/v2/x")
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.status_code is None
    assert len(script.requests) == 1


def test_budget_is_thread_safe() -> None:
    budget = RetryBudget(ratio=0.0, capacity=1000.0)
    taken = []

    def grab() -> None:
        n = 0
        for _ in range(500):
            n += budget.try_acquire()
        taken.append(n)

    threads = [threading.Thread(target=grab) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(taken) == 1000


# --- replay, logging, errors --------------------------------------------------------------------


def test_streamed_body_is_replayed_identically() -> None:
    script = Script(status(503, **{"Retry-After": "0"}), ok())
    client, _ = make(script)

    def chunks() -> Iterator[bytes]:
        yield b'{"name":'
        yield b'"web"}'

    client.post("/v2/servers/DEMO", content=chunks())
    assert script.bodies == [b'{"name":"web"}', b'{"name":"web"}']


def test_retries_are_logged_without_headers_bodies_or_query_secrets(
    debug_log: pytest.LogCaptureFixture,
) -> None:
    script = Script(status(502), ok())
    client, _ = make(script)
    client.get(
        "/v2/x?token=SEKRIT-TOKEN&page=2",
        headers={"Authorization": "Bearer SEKRIT-BEARER"},
    )
    text = "\n".join(r.getMessage() for r in debug_log.records)
    assert "retrying GET" in text and "attempt 1 of 3" in text and "HTTP 502" in text
    assert "0.50s" in text and "page=2" in text
    for secret in ("SEKRIT", "Authorization", "Bearer", 'HTTP 502"}'):
        assert secret not in text


def test_gzip_body_survives_buffering() -> None:
    import gzip

    body = gzip.compress(b'{"ok": true}')
    script = Script(
        lambda: httpx.Response(
            200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(body)
        ),
    )
    client, _ = make(script)
    assert client.get("/v2/x").json() == {"ok": True}


def test_errors_of_the_transport_sit_in_the_tree() -> None:
    for cls in (OutcomeUnknownError, RetryBudgetExhaustedError):
        assert issubclass(cls, RetryError)
    # One name per idea: a refused Retry-After is the 2.51-style rate-limit error.
    assert RateLimitedError is clc.errors.RateLimitedException


def test_how_to_check_hints() -> None:
    def hint(path: str) -> str:
        return how_to_check(httpx.Request("POST", BASE + path))

    assert "Group.Servers()" in hint("/v2/servers/DEMO")
    assert "createSnapshot" in hint("/v2/operations/DEMO/servers/createSnapshot")
    assert "PublicIPs" in hint("/v2/servers/DEMO/VA1DEMOWEB01/publicIPAddresses")
    assert "Subgroups" in hint("/v2/groups/DEMO")
    assert "queue" in hint("/v2/other")


def test_transport_closes_inner() -> None:
    closed = []

    class Inner(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return ok()

        def close(self) -> None:
            closed.append(True)

    with httpx.Client(transport=RetryingTransport(Inner())) as client:
        client.get(BASE)
    assert closed == [True]


def test_replace_keeps_injected_callables() -> None:
    sleeps = Sleeps()
    policy = replace(RetryPolicy(sleep=sleeps), max_attempts=5)
    assert policy.sleep is sleeps and policy.max_attempts == 5
