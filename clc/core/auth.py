"""Bearer authentication: the rules written once, driven by a sync and an async flow.

:func:`bearer_flow` is sans-I/O, in the shape of an httpx auth flow: it yields the
requests to send and receives their responses, and when it needs a token it yields
:class:`NeedToken` instead, receiving the token (or ``None``). The rules:

- the login request itself is sent as is; a 400/401/403 answer is
  :class:`~clc.errors.AccountLoginException`;
- every other request carries ``Authorization: Bearer <token>``; on a 401 the flow asks
  once for a fresh token (a re-login, shared by everyone who saw the same stale token)
  and sends the request again; no fresh token (a token-only session) ends it;
- every non-2xx status (3xx included: redirects are not followed) becomes its error of
  the tree (:func:`clc.errors.error_for_status`).

:class:`SessionAuth` and :class:`AsyncSessionAuth` drive it: they answer ``NeedToken``
from their session (under a thread lock or an asyncio lock: one login however many
callers ask at once), read response bodies, and run the whole exchange under the
call's deadline (:mod:`clc.core.deadline`), so a login triggered by a call counts
against that call's time.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import Protocol

import httpx

from clc.core import deadline
from clc.core.redaction import Secret
from clc.errors import AccountLoginException, error_for_status

LOGIN_PATH = "/v2/authentication/login"

__all__ = [
    "LOGIN_PATH",
    "AsyncSessionAuth",
    "AsyncTokenSource",
    "NeedToken",
    "SessionAuth",
    "TokenSource",
    "bearer_flow",
]


@dataclass(frozen=True)
class NeedToken:
    """The flow needs a token: the current one (``stale is None``; log in if there is none),
    or a fresh one because ``stale`` was refused. The answer is a token or ``None``."""

    stale: Secret | None = None


Step = httpx.Request | NeedToken
Reply = httpx.Response | Secret | None


class TokenSource(Protocol):
    """What the sync flow needs from a session."""

    def current_token(self) -> Secret: ...

    def refresh_token(self, stale: Secret) -> Secret | None: ...


class AsyncTokenSource(Protocol):
    """What the async flow needs from a session."""

    async def current_token(self) -> Secret: ...

    async def refresh_token(self, stale: Secret) -> Secret | None: ...


def is_login(request: httpx.Request) -> bool:
    return request.url.path.endswith(LOGIN_PATH)


def bearer_flow(request: httpx.Request) -> Generator[Step, Reply, None]:
    """The authentication rules for one request (see the module docstring)."""
    if is_login(request):
        response = yield request
        assert isinstance(response, httpx.Response)
        if response.status_code in (400, 401, 403):
            refusal = error_for_status(response.status_code, response.text, "POST", LOGIN_PATH)
            raise AccountLoginException(
                f"Login refused (HTTP {response.status_code}): {refusal.message}"
            )
        _raise_for_status(request, response)
        return
    token = yield NeedToken()
    assert isinstance(token, Secret)
    request.headers["Authorization"] = "Bearer " + token.reveal()
    response = yield request
    assert isinstance(response, httpx.Response)
    if response.status_code == 401:
        fresh = yield NeedToken(token)
        if fresh is not None:
            assert isinstance(fresh, Secret)
            request.headers["Authorization"] = "Bearer " + fresh.reveal()
            response = yield request
            assert isinstance(response, httpx.Response)
    _raise_for_status(request, response)


def _raise_for_status(request: httpx.Request, response: httpx.Response) -> None:
    # Redirects are not followed: a 3xx is as much a failure as a 4xx.
    if not 200 <= response.status_code < 300:
        url = str(request.url.copy_with(username=None, password=None))
        raise error_for_status(response.status_code, response.text, request.method, url)


class SessionAuth(httpx.Auth):
    """Drives :func:`bearer_flow` for an ``httpx.Client``.

    ``before_request`` runs before every request but the login, outside the call's
    deadline (the session's read-your-writes barrier, :mod:`clc.session.pipeline`).
    """

    def __init__(
        self,
        source: TokenSource,
        *,
        call_timeout: float | None = None,
        before_request: Callable[[], None] | None = None,
    ) -> None:
        self._source = source
        self._call_timeout = call_timeout
        self._before_request = before_request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        if self._before_request is not None and not is_login(request):
            self._before_request()
        with deadline.within(self._call_timeout):
            flow = bearer_flow(request)
            step = next(flow)
            while True:
                reply: Reply
                if isinstance(step, NeedToken):
                    if step.stale is None:
                        reply = self._source.current_token()
                    else:
                        reply = self._source.refresh_token(step.stale)
                else:
                    reply = yield step
                    reply.read()
                try:
                    step = flow.send(reply)
                except StopIteration:
                    return

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        raise RuntimeError("SessionAuth drives a sync client; use AsyncSessionAuth")
        yield request  # pragma: no cover - makes this an async generator


class AsyncSessionAuth(httpx.Auth):
    """Drives :func:`bearer_flow` for an ``httpx.AsyncClient``."""

    def __init__(self, source: AsyncTokenSource, *, call_timeout: float | None = None) -> None:
        self._source = source
        self._call_timeout = call_timeout

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        with deadline.within(self._call_timeout):
            flow = bearer_flow(request)
            step = next(flow)
            while True:
                reply: Reply
                if isinstance(step, NeedToken):
                    if step.stale is None:
                        reply = await self._source.current_token()
                    else:
                        reply = await self._source.refresh_token(step.stale)
                else:
                    reply = yield step
                    await reply.aread()
                try:
                    step = flow.send(reply)
                except StopIteration:
                    return

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        raise RuntimeError("AsyncSessionAuth drives an async client; use SessionAuth")
        yield request  # pragma: no cover - makes this a generator
