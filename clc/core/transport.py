"""The HTTP layer: one ``httpx.Client`` per session, bearer auth, error mapping, logging.

With ``clc.session`` this is the only part of ``clc`` that touches httpx. Every request
of a session (generated endpoint functions, the login, ``API.Call``) passes through
:class:`SessionAuth`, so authentication, the one re-login on 401, the mapping of every
non-2xx status to the error tree live in one place. Retries live in
:class:`clc.core.retry.RetryingTransport`, which wraps the network transport, and the request
log in :class:`clc.core.redaction.HttpLogger`, installed as the client's event hooks.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from typing import Protocol
from urllib.parse import urlsplit

import httpx

import clc.defaults as defaults
from clc.core.arguments import check_seconds
from clc.core.redaction import HttpLogger
from clc.core.retry import RetryBudget, RetryingTransport, RetryPolicy, buffered
from clc.errors import (
    AccountLoginException,
    HTTPTimeoutException,
    InvalidArgumentException,
    TransportException,
    error_for_status,
)

log: logging.Logger = logging.getLogger("clc.http")

LOGIN_PATH = "/v2/authentication/login"


class TokenSource(Protocol):
    """What the auth flow needs from a session."""

    def current_token(self) -> str:
        """The bearer token, logging in first if there is none yet."""
        ...

    def refresh_token(self, stale: str) -> str | None:
        """A new token after ``stale`` was refused, or ``None`` when no re-login is possible."""
        ...


class SessionAuth(httpx.Auth):
    """Adds the bearer token, logs in again once on 401, raises the mapped error on non-2xx."""

    # Bodies are read before the flow resumes, so a 401 frees its connection before the
    # re-login and error messages can quote the API's message.
    requires_response_body = True

    def __init__(
        self, source: TokenSource, before_request: Callable[[], None] | None = None
    ) -> None:
        self._source = source
        # The session's read-your-writes barrier (clc.session.pipeline): every request
        # but the login first waits for the session's submissions in flight.
        self._before_request = before_request

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.path.endswith(LOGIN_PATH):
            response = yield request
            if response.status_code in (400, 401, 403):
                raise AccountLoginException(_login_refusal(response))
            _raise_for_status(request, response)
            return
        if self._before_request is not None:
            self._before_request()
        token = self._source.current_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            fresh = self._source.refresh_token(token)
            if fresh is not None:
                request.headers["Authorization"] = f"Bearer {fresh}"
                response = yield request
        _raise_for_status(request, response)


class ErrorMappingTransport(httpx.BaseTransport):
    """The outermost transport: a failure to exchange (connection, TLS, timeout, a body cut
    short) becomes the error tree's :class:`TransportException`, so a generated endpoint
    function called directly on a session's client raises nothing but clc errors."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with transport_errors():
            # Read the body here, where its errors are still mapped.
            return buffered(self.inner.handle_request(request))

    def close(self) -> None:
        self.inner.close()


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
    """The session's one connection pool.

    ``transport`` (default: an ``httpx.HTTPTransport`` with ``verify`` and the pool limits) is
    wrapped in a :class:`RetryingTransport` unless ``retry`` is ``None``, then in an
    :class:`ErrorMappingTransport`; ``http_logger``'s hooks log every exchange.
    """
    limits = httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=defaults.KEEPALIVE_EXPIRY,
    )
    inner = transport or httpx.HTTPTransport(verify=verify, limits=limits)
    if retry is not None:
        inner = RetryingTransport(inner, retry, retry_budget)
    inner = ErrorMappingTransport(inner)
    return httpx.Client(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        verify=verify,
        transport=inner,
        follow_redirects=False,
        headers={"Accept": "application/json", "User-Agent": "clc-v2-sdk/3"},
        limits=limits,
        event_hooks=http_logger.event_hooks() if http_logger is not None else None,
    )


#: The longest timeout a session takes, per phase (connect, read, write, pool), in seconds.
TIMEOUT_MAX = 86400.0


def make_timeout(timeout: object) -> httpx.Timeout:
    """A timeout with every phase bounded; ``None`` means the defaults, never "no timeout".

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
def transport_errors() -> Iterator[None]:
    """Wrap httpx failures into the error tree, chaining the original."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise HTTPTimeoutException(f"HTTP timeout: {type(exc).__name__}: {exc}") from exc
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
        raise TransportException(f"HTTP request failed: {type(exc).__name__}: {exc}") from exc


def _raise_for_status(request: httpx.Request, response: httpx.Response) -> None:
    # Redirects are not followed: a 3xx is as much a failure as a 4xx.
    if not 200 <= response.status_code < 300:
        raise error_for_status(
            response.status_code, response.text, request.method, _public_url(request.url)
        )


def _login_refusal(response: httpx.Response) -> str:
    err = error_for_status(response.status_code, response.text, "POST", LOGIN_PATH)
    return f"Login refused (HTTP {response.status_code}): {err.message}"


def _public_url(url: httpx.URL) -> str:
    # Credentials embedded in a URL (user:pass@host) are never reported.
    return str(url.copy_with(username=None, password=None))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
