"""``AsyncSession``: :class:`~clc.session.Session`'s twin on ``httpx.AsyncClient``.

Same constructor arguments (bar ``pipeline``, which serves the synchronous object model,
and ``transport``, an ``httpx.AsyncBaseTransport``), environment variables, timeouts and
deadlines, retry rules, logging, redaction and error tree: the rules live once in
:mod:`clc.core` (the bearer flow, the retry state, the waiting plan) and this class only
does their I/O on the event loop. Login is lazy and happens once however many tasks ask
at the same moment (an ``asyncio.Lock``), and is redone once on a 401.

Every generated operation is awaitable through it::

    async with clc.AsyncSession("user", "password") as session:
        alias = await session.get_alias()
        account = await session.call(get_account.asyncio, alias)  # the Account model
        # or, with the generated client directly:
        account = await get_account.asyncio(alias, client=session.client)

Queued work: :meth:`requests` turns an operation's answer into
:class:`~clc.session.async_requests.AsyncRequests`, awaited with ``WaitUntilComplete``'s
semantics. A session belongs to the event loop that first uses it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

import httpx

from clc.core import arguments as checks
from clc.core.auth import AsyncSessionAuth
from clc.core.redaction import Secret, masked
from clc.core.transport import build_async_client, translated_errors
from clc.errors import SessionClosedException
from clc.session.base import SessionBase, SessionOptions, op_name
from clc.session.session import refuse_other_flavour

if TYPE_CHECKING:
    from clc.session.async_requests import AsyncRequests
    from clc_generated.client import AuthenticatedClient

__all__ = ["AsyncSession"]

T = TypeVar("T")


class AsyncSession(SessionBase):
    """The credentials (or a token), base URL, timeouts and async HTTP connection of one
    account. Use ``async with`` or call :meth:`aclose`; a closed session is not reopened.

    See :class:`clc.Session` for the arguments; ``timeout`` bounds one whole call.
    """

    _kind = "AsyncSession"

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[SessionOptions],
    ) -> None:
        # Masked from the first line on: traceback locals must not show them.
        password = masked(password)
        options["token"] = masked(options.get("token"))
        if transport is not None:
            checks.check_instance(
                transport,
                httpx.AsyncBaseTransport,
                argument="transport",
                allowed="an httpx.AsyncBaseTransport",
            )
        self._lock = asyncio.Lock()
        self._client: AuthenticatedClient | None = None
        super().__init__(username, password, **options)
        self._transport = transport

    # -- identity ---------------------------------------------------------------------
    async def get_alias(self) -> str:
        """The account alias: given, from the login (logging in if needed), or from
        ``CLC_ACCT_ALIAS``."""
        if self._alias is None:
            await self.current_token()
        if self._alias is None:
            raise self._no_alias()
        return self._alias

    async def get_location(self) -> str:
        """The default data center: from the login, else the account's primary one."""
        if self._location is None:
            await self.current_token()
        if self._location is None:
            from clc_generated.api.accounts import get_account

            account = await self.call(get_account.asyncio, self._alias)
            self._location = str(account.primary_data_center)
        return self._location

    # -- login ------------------------------------------------------------------------
    async def current_token(self) -> Secret:
        """The bearer token, logging in first if there is none yet (once, however many tasks
        ask); the auth flow awaits it before each request."""
        token = self._token
        if token:
            return token
        async with self._lock:
            if not self._token:
                await self._login()
            assert self._token
            return self._token

    async def refresh_token(self, stale: Secret) -> Secret | None:
        """Log in again after a 401 answered with ``stale``: the new token, or ``None`` without
        credentials (a session made from a token); tasks that ask together share one login."""
        if not self.has_credentials:
            return None
        async with self._lock:
            # Another task may already have replaced the stale token: share its login.
            return self._shared_refresh(stale) or await self._login()

    async def login(self) -> None:
        """Log in now (normally lazy)."""
        async with self._lock:
            await self._login()

    async def _login(self) -> Secret:
        # Caller holds self._lock.
        from clc_generated.api.authentication import login

        body = self._login_body()
        return self._accept_login(await self.call(login.asyncio, body=body))

    # -- the connection ---------------------------------------------------------------
    @property
    def client(self) -> AuthenticatedClient:
        """The generated client: pass it to any ``asyncio`` (or ``asyncio_detailed``) function."""
        if self._closed:
            raise SessionClosedException("This session is closed")
        if self._client is None:
            from clc_generated.client import AuthenticatedClient

            http = build_async_client(
                self.base_url,
                AsyncSessionAuth(self, call_timeout=self.call_timeout),
                transport=self._transport,
                **self._connection(),
            )
            # The token field is unused: the auth flow sets the header per request.
            api = AuthenticatedClient(base_url=self.base_url, token="")
            api.set_httpx_client(refuse_other_flavour("AsyncSession", "clc.Session"))
            self._client = api.set_async_httpx_client(http)
        return self._client

    @property
    def http(self) -> httpx.AsyncClient:
        """The session's one ``httpx.AsyncClient``."""
        return self.client.get_async_httpx_client()

    async def call(self, operation: Callable[..., Awaitable[T]], /, *args: Any, **kwargs: Any) -> T:
        """Await a generated endpoint function on this session's client: its return value.

        ``operation`` is an ``asyncio`` function of ``clc_generated.api`` (its 2xx model,
        typed), called with ``client=self.client`` and the other arguments given. Every
        failure is a :class:`~clc.errors.CLCException`, as with :meth:`Session.call`.
        """
        with translated_errors(op_name(operation)):
            return await operation(*args, client=self.client, **kwargs)

    def requests(self, result: Any, alias: str | None = None) -> AsyncRequests:
        """The queued work in an operation's answer (a generated model or a list of them),
        to await: ``failed = await session.requests(result)``."""
        from clc.session.async_requests import AsyncRequests

        return AsyncRequests.from_result(result, session=self, alias=alias or self._alias)

    # -- lifetime ---------------------------------------------------------------------
    async def aclose(self) -> None:
        """Close the connection (idempotent)."""
        self._closed = True
        client, self._client = self._client, None
        if client is not None:
            await client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
