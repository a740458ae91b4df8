"""Time is bounded: a call, and a wait, end within their deadline plus ``DEADLINE_MARGIN``
whatever the server does (hang, trickle one byte at a time, drop the connection).

The servers are small loopback sockets (tests/reliability/misbehaving.py). The bound is the
documented contract, so these tests check it; they are not speed measurements.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

import clc
import clc.defaults as defaults
from clc.errors import HTTPTimeoutException, RequestStatusUnknownException, TransportException

from .misbehaving import Misbehaving, closed_port, misbehaving

pytestmark = pytest.mark.timeout(90)

MARGIN = defaults.DEADLINE_MARGIN
STATUS = b'{"status":"executing","id":"va1-1"}'


def token_session(url: str, **kw: object) -> clc.Session:
    return clc.Session(token="not-a-real-token", alias="DEMO", base_url=url, use_env=False, **kw)  # type: ignore[arg-type]


def timed(fn: Callable[[], object]) -> tuple[float, BaseException | None]:
    start = time.monotonic()
    try:
        fn()
    except BaseException as exc:
        return time.monotonic() - start, exc
    return time.monotonic() - start, None


@pytest.fixture(params=["hang", "trickle", "drop"])
def server(request: pytest.FixtureRequest) -> Iterator[Misbehaving]:
    with misbehaving(request.param, interval=0.2, body=STATUS) as s:
        yield s


def test_a_call_ends_within_the_session_timeout(server: Misbehaving) -> None:
    with token_session(server.url, timeout=1.0) as s:
        elapsed, error = timed(lambda: clc.v2.Request("va1-1", alias="DEMO", session=s).Status())
    assert isinstance(error, TransportException), error
    assert elapsed <= 1.0 + MARGIN, f"{server.mode}: {elapsed:.2f}s for a 1.0s timeout"
    text = str(error)
    # The error names the method, the URL, the attempts and the time spent.
    assert "GET " in text and f"{server.url}/v2/operations/DEMO/status/va1-1" in text
    assert "attempt" in text and "s" in text
    assert error.attempts >= 1 and 0 < error.elapsed <= 1.0 + MARGIN  # type: ignore[attr-defined]
    if server.mode != "drop":
        assert isinstance(error, HTTPTimeoutException)


def test_a_post_ends_within_the_session_timeout(server: Misbehaving) -> None:
    with token_session(server.url, timeout=1.0) as s:
        elapsed, error = timed(
            lambda: s.raw_request("POST", "/v2/operations/DEMO/servers/powerOff", ["X"])
        )
    assert isinstance(error, clc.CLCException), error
    assert elapsed <= 1.0 + MARGIN, f"{server.mode}: {elapsed:.2f}s"
    assert "outcome is unknown" in str(error)  # a POST that may have arrived is never re-sent


def test_a_wait_ends_within_its_timeout_whatever_the_polls_do(server: Misbehaving) -> None:
    # The session's own timeout is the 60 s default: the wait's deadline bounds its polls.
    with token_session(server.url) as s:
        request = clc.v2.Request("va1-1", alias="DEMO", session=s)
        elapsed, error = timed(lambda: request.WaitUntilComplete(poll_freq=0.2, timeout=1.5))
    # No status could be read: the outcome is unknown, not failed.
    assert isinstance(error, RequestStatusUnknownException), error
    assert elapsed <= 1.5 + MARGIN, f"{server.mode}: {elapsed:.2f}s for a 1.5s wait"
    assert error.pending == ["va1-1"] and "Status()" in str(error)


def test_a_batch_wait_ends_within_its_timeout(server: Misbehaving) -> None:
    with token_session(server.url) as s:
        batch = clc.v2.Requests(
            [{"isQueued": True, "links": [{"rel": "status", "id": f"va1-{i}"}]} for i in range(5)],
            alias="DEMO",
            session=s,
        )
        elapsed, error = timed(lambda: batch.WaitUntilComplete(poll_freq=0.2, timeout=1.5))
    assert isinstance(error, RequestStatusUnknownException), error
    assert elapsed <= 1.5 + MARGIN, f"{server.mode}: {elapsed:.2f}s for a 1.5s wait"
    assert sorted(error.pending) == [f"va1-{i}" for i in range(5)]


def test_a_number_timeout_bounds_the_whole_call_including_retries() -> None:
    # Refused connections are retried (nothing was sent), but never past the deadline.
    with token_session(closed_port(), timeout=0.3, retry=clc.RetryPolicy(backoff_base=5)) as s:
        elapsed, error = timed(lambda: clc.v2.Request("va1-1", alias="DEMO", session=s).Status())
    assert isinstance(error, TransportException)
    assert elapsed <= 0.3 + MARGIN
    assert "refused" in str(error).lower() and "127.0.0.1" in str(error)
