"""What the sync and the async session share: configuration, credentials, the token's
state and the rules of login, without I/O (each flavour sends the login its own way)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

import clc.defaults as defaults
from clc.core.redaction import HttpLogger, Secret, masked, secret
from clc.core.retry import DEFAULT_RETRY_POLICY, RetryBudget, RetryPolicy
from clc.core.transport import call_timeout, check_base_url, make_timeout
from clc.errors import APIV2NotEnabled, InvalidAPIResponseException
from clc.session.arguments import check_arguments

if TYPE_CHECKING:
    from clc_generated.models import LoginRequest

NO_CREDENTIALS = (
    "No v2 API credentials: call clc.v2.SetCredentials(), pass a Session, or set "
    "CLC_V2_API_USERNAME/CLC_V2_API_PASSWD (or CLC_V2_API_TOKEN and CLC_ACCT_ALIAS)"
)


def endpoint_url() -> str:
    """The base URL a session uses when none is given.

    ``clc.defaults.ENDPOINT_URL_V2`` wins when code changed it (2.51 style);
    otherwise ``CLC_V2_API_URL``; otherwise the public endpoint.
    """
    if defaults.ENDPOINT_URL_V2 != defaults.PUBLIC_ENDPOINT_V2:
        return defaults.ENDPOINT_URL_V2
    return os.environ.get("CLC_V2_API_URL") or defaults.PUBLIC_ENDPOINT_V2


class SessionOptions(TypedDict, total=False):
    """The keyword arguments both sessions take (see :class:`SessionBase`)."""

    token: str | None
    alias: str | None
    location: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    verify: bool | str
    allow_insecure_http: bool
    max_concurrency: int
    use_env: bool
    retry: RetryPolicy | None
    log_bodies: bool


class SessionBase:
    """Configuration and token state common to :class:`~clc.session.Session` and
    :class:`~clc.session.AsyncSession`.

    Arguments: ``username``/``password``, or a ready ``token`` with its ``alias`` (and
    ``location``); with none given and ``use_env``, ``CLC_V2_API_USERNAME`` /
    ``CLC_V2_API_PASSWD`` or ``CLC_V2_API_TOKEN`` + ``CLC_ACCT_ALIAS`` are read.
    ``base_url`` (default ``CLC_V2_API_URL`` or the public endpoint; plain http only on
    loopback unless ``allow_insecure_http``), ``timeout`` (bounds one whole call, see
    :func:`clc.core.transport.call_timeout`), ``verify`` (TLS), ``max_concurrency``
    (requests at once for waits and batches), ``retry`` (a
    :class:`~clc.core.retry.RetryPolicy`, ``None`` for one attempt) and ``log_bodies``
    (JSON bodies in the DEBUG log, sensitive fields masked).
    """

    _kind = "Session"

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        *,
        token: str | None = None,
        alias: str | None = None,
        location: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        verify: bool | str = True,
        allow_insecure_http: bool = False,
        max_concurrency: int = defaults.MAX_CONCURRENCY,
        use_env: bool = True,
        retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
        log_bodies: bool = False,
    ) -> None:
        # Held masked from the first line on: a traceback's locals must not show them.
        password, token = masked(password), masked(token)
        self._closed: bool = False
        self.login_count: int = 0
        # Every argument checked before anything else (no request is made here); the
        # flavour checks its own transport.
        max_concurrency = check_arguments(
            username=username,
            password=password,
            token=token,
            alias=alias,
            location=location,
            base_url=base_url,
            verify=verify,
            allow_insecure_http=allow_insecure_http,
            max_concurrency=max_concurrency,
            transport=None,
            use_env=use_env,
            retry=retry,
            log_bodies=log_bodies,
            pipeline=None,
        )
        password, token = secret(password), secret(token)
        if use_env and not (username or password or token):
            username = os.environ.get("CLC_V2_API_USERNAME") or None
            password = secret(os.environ.get("CLC_V2_API_PASSWD"))
            if not username:
                token = secret(os.environ.get("CLC_V2_API_TOKEN"))
                alias = alias or os.environ.get("CLC_ACCT_ALIAS") or None
        self.username: str | None = username
        self._password: Secret | None = password
        self._token: Secret | None = token
        self._alias = alias
        self._location = location
        self.base_url: str = check_base_url(
            endpoint_url() if base_url is None else base_url, allow_insecure_http
        )
        self.timeout: httpx.Timeout = make_timeout(timeout)
        #: Seconds one call may take in all (see clc.core.transport.call_timeout).
        self.call_timeout: float = call_timeout(timeout)
        self.verify: bool | str = verify
        self.max_concurrency: int = max_concurrency
        # Retries (clc.core.retry; retry=None: one attempt) with one budget per session,
        # and the DEBUG request log (clc.core.redaction).
        self.retry: RetryPolicy | None = retry
        self.retry_budget: RetryBudget | None = retry.new_budget() if retry is not None else None
        self.http_logger: HttpLogger = HttpLogger(log_bodies=log_bodies)

    # -- identity ---------------------------------------------------------------------
    def __repr__(self) -> str:
        closed = getattr(self, "_closed", False)
        token = getattr(self, "_token", None)
        state = "closed" if closed else ("logged in" if token else "not logged in")
        username = getattr(self, "username", None)
        who = f"username={username!r}, " if username else ""
        alias = getattr(self, "_alias", None)
        base_url = getattr(self, "base_url", None)
        return f"<clc.{self._kind} {who}alias={alias!r} base_url={base_url!r} ({state})>"

    __str__ = __repr__

    @property
    def has_credentials(self) -> bool:
        """Whether the session has a username and password, and so can log in again when its
        token expires."""
        return bool(self.username and self._password)

    @property
    def closed(self) -> bool:
        """Whether ``close()`` was called; a closed session is never reopened."""
        return self._closed

    def _connection(self) -> dict[str, Any]:
        """The settings of the session's one connection pool, whichever the flavour."""
        return {
            "timeout": self.timeout,
            "verify": self.verify,
            "max_connections": max(self.max_concurrency * 2, 10),
            "retry": self.retry,
            "retry_budget": self.retry_budget,
            "http_logger": self.http_logger,
        }

    # -- the login's rules ------------------------------------------------------------
    def _login_body(self) -> LoginRequest:
        if not self.has_credentials:
            raise APIV2NotEnabled(NO_CREDENTIALS)
        from clc_generated.models import LoginRequest

        return LoginRequest(username=self.username or "", password=self._password or "")

    def _accept_login(self, result: Any) -> Secret:
        """Keep the token, alias and data center of a login response."""
        if not result.bearer_token:
            raise InvalidAPIResponseException("Login response has no bearerToken")
        token = Secret(str(result.bearer_token))
        self._token = token
        self._alias = _text(result.account_alias) or self._alias
        self._location = _text(result.location_alias) or self._location
        self.login_count += 1
        return token

    def _shared_refresh(self, stale: Secret) -> Secret | None:
        """A token someone else already fetched after ``stale`` was refused, if any."""
        token = self._token
        return token if token and token != stale else None

    def _no_alias(self) -> APIV2NotEnabled:
        return APIV2NotEnabled("No account alias: set CLC_ACCT_ALIAS or pass alias=")


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def op_name(fn: Any) -> str:
    """The name of a generated endpoint function, for messages."""
    module = getattr(fn, "__module__", "") or ""
    return module.rsplit(".", 1)[-1] or getattr(fn, "__name__", "operation")
