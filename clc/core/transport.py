"""The HTTP layer: one httpx client per session (sync or async), timeouts, error mapping.

With ``clc.session`` this is the only part of ``clc`` that touches httpx. Every request
of a session passes through the session's auth flow (:mod:`clc.core.auth`: the bearer
token, the one re-login on 401, every non-2xx status mapped to the error tree, the
call's deadline), then :mod:`clc.core.retrying` (retries, within the deadline), then a
network transport whose sockets are bounded by the deadline (:mod:`clc.core.bounded_io`).
The request log is :class:`clc.core.redaction.HttpLogger`, installed as event hooks.

Time: the session's ``timeout`` bounds one whole call (see :func:`call_timeout`).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import httpx

import clc.defaults as defaults
from clc.core.arguments import check_seconds
from clc.core.redaction import HttpLogger, safe_url
from clc.core.retry import RetryBudget, RetryPolicy
from clc.core.retrying import AsyncRetryingTransport, RetryingTransport
from clc.errors import (
    CLCException,
    HTTPTimeoutException,
    InvalidAPIResponseException,
    InvalidArgumentException,
    TransportException,
    error_for_status,
)

#: ``retry=None``: one attempt, still bounded by the deadline and reported the same way.
NO_RETRY = RetryPolicy(max_attempts=1)

_HEADERS = {"Accept": "application/json", "User-Agent": "clc-v2-sdk/3"}


def _options(
    base_url: str,
    auth: httpx.Auth,
    timeout: httpx.Timeout,
    verify: bool | str,
    limits: httpx.Limits,
) -> dict[str, Any]:
    """What the sync and the async client of a session share."""
    return {
        "base_url": base_url,
        "auth": auth,
        "timeout": timeout,
        "verify": verify,
        "follow_redirects": False,
        "headers": _HEADERS,
        "limits": limits,
    }


def build_client(
    base_url: str,
    auth: httpx.Auth,
    *,
    timeout: httpx.Timeout,
    verify: bool | str,
    max_connections: int,
    transport: httpx.BaseTransport | None = None,
    retry: RetryPolicy | None = None,
    retry_budget: RetryBudget | None = None,
    http_logger: HttpLogger | None = None,
) -> httpx.Client:
    """A sync session's one connection pool.

    ``transport`` (default: an ``httpx.HTTPTransport`` with ``verify`` and the pool limits,
    its sockets bounded by each call's deadline) is wrapped in a :class:`RetryingTransport`.
    """
    limits = _limits(max_connections)
    if transport is None:
        # Imported here: httpcore loads with the first client, as httpx itself defers it.
        from clc.core.bounded_io import bound_transport

        transport = httpx.HTTPTransport(verify=verify, limits=limits)
        bound_transport(transport)
    return httpx.Client(
        transport=RetryingTransport(transport, retry or NO_RETRY, retry_budget),
        event_hooks=http_logger.event_hooks() if http_logger is not None else None,
        **_options(base_url, auth, timeout, verify, limits),
    )


def build_async_client(
    base_url: str,
    auth: httpx.Auth,
    *,
    timeout: httpx.Timeout,
    verify: bool | str,
    max_connections: int,
    transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy | None = None,
    retry_budget: RetryBudget | None = None,
    http_logger: HttpLogger | None = None,
) -> httpx.AsyncClient:
    """An async session's one connection pool: :func:`build_client`'s async twin."""
    limits = _limits(max_connections)
    if transport is None:
        from clc.core.bounded_io import bound_transport

        transport = httpx.AsyncHTTPTransport(verify=verify, limits=limits)
        bound_transport(transport)
    return httpx.AsyncClient(
        transport=AsyncRetryingTransport(transport, retry or NO_RETRY, retry_budget),
        event_hooks=http_logger.async_event_hooks() if http_logger is not None else None,
        **_options(base_url, auth, timeout, verify, limits),
    )


def _limits(max_connections: int) -> httpx.Limits:
    return httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=defaults.KEEPALIVE_EXPIRY,
    )


#: The longest timeout a session takes, per phase (connect, read, write, pool), in seconds.
TIMEOUT_MAX = 86400.0


def make_timeout(timeout: object) -> httpx.Timeout:
    """Per-phase timeouts, every phase bounded; ``None`` means the defaults, never "no timeout".

    A number (or each phase of an ``httpx.Timeout``) must be finite, positive and at most
    :data:`TIMEOUT_MAX`: ``inf`` or ``1e12`` would overflow the clock arithmetic of a wait
    and ``nan`` would never expire.
    """
    if timeout is None:
        return httpx.Timeout(
            connect=defaults.CONNECT_TIMEOUT,
            read=defaults.READ_TIMEOUT,
            write=defaults.WRITE_TIMEOUT,
            pool=defaults.POOL_TIMEOUT,
        )
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            _seconds(getattr(timeout, phase), f"timeout.{phase}")
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise InvalidArgumentException.refused(
            "timeout",
            f"a {type(timeout).__name__} is not a number of seconds",
            f"seconds (more than 0, at most {TIMEOUT_MAX:g}), an httpx.Timeout, or None",
        )
    return httpx.Timeout(_seconds(timeout, "timeout"))


def _seconds(value: object, argument: str) -> float:
    return check_seconds(value, argument=argument, low=0, high=TIMEOUT_MAX, low_open=True)


def call_timeout(timeout: float | httpx.Timeout | None) -> float:
    """How long one call may take in all: every attempt, wait and the login it triggers.

    A number is that bound (and caps each phase); an ``httpx.Timeout`` bounds each phase
    as given and the whole call by its longest phase; ``None`` is
    ``defaults.CALL_TIMEOUT``. A call ends within it plus ``defaults.DEADLINE_MARGIN``.
    """
    if timeout is None:
        return defaults.CALL_TIMEOUT
    phases = make_timeout(timeout)
    return max(
        float(p) for p in (phases.connect, phases.read, phases.write, phases.pool) if p is not None
    )


def check_base_url(base_url: str, allow_insecure_http: bool) -> str:
    """Refuse plain http except on loopback (the emulator) unless explicitly allowed."""
    allowed = "an http(s) URL such as 'https://api.ctl.io'"
    if not isinstance(base_url, str):
        raise InvalidArgumentException.refused(
            "base_url", f"a {type(base_url).__name__} is not a URL", allowed
        )
    try:
        parts = urlsplit(base_url)
        hostname = parts.hostname
    except ValueError as exc:
        raise InvalidArgumentException.refused(
            "base_url", f"it is not a URL ({exc})", allowed
        ) from None
    if parts.scheme not in ("http", "https") or not hostname:
        raise InvalidArgumentException.refused(
            "base_url", f"{base_url[:60]!r} is not an http(s) URL", allowed
        )
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(hostname):
        raise InvalidArgumentException.refused(
            "base_url",
            "plain http is refused for non-loopback hosts",
            "https, or http with allow_insecure_http=True",
        )
    return base_url.rstrip("/")


@contextmanager
def translated_errors(operation: str) -> Iterator[None]:
    """Turn what escapes one call of ``operation`` into the error tree (the original chained):
    httpx errors the transport did not already name, a 2xx body that is not the documented
    shape, and a status the generated function did not expect."""
    from clc_generated import errors as generated

    try:
        yield
    except CLCException:
        raise
    except generated.InvalidResponse as exc:
        raise InvalidAPIResponseException(f"{operation}: {exc}") from exc
    except generated.UnexpectedStatus as exc:
        text = exc.content.decode("utf-8", "replace")
        raise error_for_status(exc.status_code, text, "?", operation) from exc
    except httpx.TimeoutException as exc:
        raise HTTPTimeoutException(
            f"{_request_of(exc)}timed out: {type(exc).__name__}: {exc}", **_named(exc)
        ) from exc
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
        raise TransportException(
            f"{_request_of(exc)}HTTP request failed: {type(exc).__name__}: {exc}", **_named(exc)
        ) from exc


def _named(exc: Exception) -> dict[str, Any]:
    request = _request(exc)
    if request is None:
        return {}
    return {"method": request.method, "url": safe_url(request.url), "attempts": 1}


def _request_of(exc: Exception) -> str:
    request = _request(exc)
    return f"{request.method} {safe_url(request.url)}: " if request is not None else ""


def _request(exc: Exception) -> httpx.Request | None:
    try:
        request = exc.request  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError):  # httpx raises RuntimeError when it has none
        return None
    return request if isinstance(request, httpx.Request) else None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
