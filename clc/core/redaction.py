"""Secret hygiene: a secret holder and a request/response logger that redacts by structure.

* :class:`Secret` holds a password or token. It is a ``str`` (so it goes into generated models
  and JSON bodies as is, and the JSON encoder writes its value to the wire), but ``str()``,
  ``repr()``, ``format()`` and pickling never show the value, so neither does a traceback's
  locals (``pytest -l``, ``capture_locals=True``, rich's ``show_locals``);
  :meth:`Secret.reveal` returns the plain value, to be called only where it is sent.
* :func:`safe_url` renders a URL for logs and error messages: no user info, sensitive query values
  masked.
* :class:`HttpLogger` is a pair of httpx event hooks that log, at DEBUG on the ``clc.http`` logger,
  the method, URL, status and timing of every exchange, with an allow-list of headers.
  ``Authorization``, ``Cookie`` and ``Set-Cookie`` are never logged, even if allow-listed.
  Bodies are off by default; when switched on, JSON bodies are logged with sensitive keys masked,
  and the bodies of the login and credentials exchanges are never logged at all.

Redaction is by structure (which header, which JSON field, which query parameter), never by
searching a line for known secret values: a short password must not mangle the rest of a line.

Usage::

    log = HttpLogger()
    client = httpx.Client(event_hooks=log.event_hooks())  # or AsyncClient, async_event_hooks()
"""

from __future__ import annotations

import json
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, NoReturn, Self
from urllib.parse import quote

import httpx

__all__ = [
    "DEFAULT_ALLOWED_HEADERS",
    "MASK",
    "NEVER_LOGGED_HEADERS",
    "HttpLogger",
    "Secret",
    "mask_passwords",
    "masked",
    "safe_url",
]

MASK: Final = "***"

#: Headers that are logged (case-insensitive). Everything else is left out.
DEFAULT_ALLOWED_HEADERS: Final = frozenset(
    {
        "accept",
        "content-length",
        "content-type",
        "date",
        "location",
        "retry-after",
        "server",
        "user-agent",
        "x-request-id",
    }
)

#: Headers that are never logged, whatever the allow-list says.
NEVER_LOGGED_HEADERS: Final = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)

#: JSON keys whose values are masked when a body is logged (compared case-insensitively).
SENSITIVE_KEYS: Final = frozenset(
    {
        "password",
        "current",
        "sourceserverpassword",
        "bearertoken",
        "token",
        "access_token",
        "refresh_token",
        "apikey",
        "secret",
    }
)

#: Query parameters whose values are masked by :func:`safe_url` (compared case-insensitively).
SENSITIVE_QUERY_KEYS: Final = frozenset(
    {
        "password",
        "passwd",
        "token",
        "access_token",
        "bearertoken",
        "apikey",
        "api_key",
        "key",
        "secret",
        "signature",
        "sig",
    }
)

#: Path endings whose request and response bodies are never logged.
_UNLOGGABLE_PATH_SUFFIXES: Final = ("/authentication/login", "/credentials")


class Secret(str):
    """A password or token that does not show itself.

    >>> s = Secret("hunter2")
    >>> s, str(s), f"{s}", "%s" % s
    (Secret('***'), '***', '***', '***')
    >>> s.reveal(), json.dumps({"password": s})
    ('hunter2', '{"password": "hunter2"}')
    """

    __slots__ = ()

    def __new__(cls, value: str) -> Self:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str):
            raise TypeError(f"Secret takes a str, not {type(value).__name__}")
        return super().__new__(cls, value)

    def reveal(self) -> str:
        """The plain value. Call it only where the value is sent to the API."""
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __format__(self, format_spec: str) -> str:
        return format(MASK, format_spec)

    def __copy__(self) -> Self:
        return self

    def __deepcopy__(self, memo: object) -> Self:
        return self

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled")

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError("a Secret cannot be pickled")


def masked(value: Any) -> Any:
    """``value`` held as a :class:`Secret` if it is a string (``""`` included, so that the
    argument checks still see it); anything else unchanged, for the checks to refuse."""
    return Secret(value) if isinstance(value, str) else value


def secret(value: str | None) -> Secret | None:
    """``value`` held as a :class:`Secret` (``None`` and ``""`` stay ``None``)."""
    return Secret(value) if value else None


def mask_passwords(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Hold every ``*password*`` keyword argument as a :class:`Secret`, in place (a wrapper's
    ``**kwargs`` is a local of its frame: a traceback shows it), and return ``kwargs``."""
    for name, value in kwargs.items():
        if "password" in name:
            kwargs[name] = masked(value)
    return kwargs


def safe_url(url: httpx.URL | str) -> str:
    """Render ``url`` for a log line or an error message.

    Drops any user info and masks the values of sensitive query parameters (``token``,
    ``password``, ``apikey``...). Other parameters are kept.

    >>> safe_url("https://bob:pw@api.example/v2/x?token=abc&page=2")
    'https://api.example/v2/x?token=***&page=2'
    """
    u = httpx.URL(str(url))
    if u.userinfo:
        u = u.copy_with(username=None, password=None)
    if u.query:
        params = [
            (k, MASK if k.lower() in SENSITIVE_QUERY_KEYS else v) for k, v in u.params.multi_items()
        ]
        query = "&".join(f"{quote(k, safe='')}={quote(v, safe='*')}" for k, v in params)
        return str(u.copy_with(query=query.encode("ascii")))
    return str(u)


def _mask_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: (MASK if str(k).lower() in SENSITIVE_KEYS else _mask_json(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_mask_json(v) for v in value]
    return value


def _body_for_log(content: bytes, content_type: str, limit: int) -> str:
    if not content:
        return "<empty>"
    if "json" not in content_type.lower():
        return f"<{len(content)} bytes of {content_type or 'unknown type'}, not shown>"
    try:
        data = json.loads(content)
    except ValueError:
        return f"<{len(content)} bytes of malformed JSON, not shown>"
    text = json.dumps(_mask_json(data), separators=(",", ":"), ensure_ascii=False)
    if len(text) > limit:
        text = text[:limit] + f"...<{len(text) - limit} more characters>"
    return text


def _never_log_body(url: httpx.URL) -> bool:
    path = url.path.rstrip("/").lower()
    return path.endswith(_UNLOGGABLE_PATH_SUFFIXES)


class HttpLogger:
    """httpx event hooks that log each request and response at DEBUG.

    Parameters:
        logger: where to log (default ``logging.getLogger("clc.http")``).
        allowed_headers: header names to log; the :data:`NEVER_LOGGED_HEADERS` are always left out.
        log_bodies: also log JSON bodies (sensitive keys masked, at most ``body_limit``
            characters). Login and credentials bodies are never logged.
    """

    def __init__(
        self,
        *,
        logger: logging.Logger | None = None,
        allowed_headers: Iterable[str] = DEFAULT_ALLOWED_HEADERS,
        log_bodies: bool = False,
        body_limit: int = 2000,
    ) -> None:
        self.logger: logging.Logger = logger or logging.getLogger("clc.http")
        self.allowed_headers: frozenset[str] = (
            frozenset(h.lower() for h in allowed_headers) - NEVER_LOGGED_HEADERS
        )
        self.log_bodies = log_bodies
        self.body_limit = body_limit
        self._started: weakref.WeakKeyDictionary[httpx.Request, float] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def event_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        """The mapping to pass as ``httpx.Client(event_hooks=...)``."""
        return {"request": [self.on_request], "response": [self.on_response]}

    def async_event_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        """The mapping to pass as ``httpx.AsyncClient(event_hooks=...)``: the same lines."""

        async def on_request(request: httpx.Request) -> None:
            self.on_request(request)

        async def on_response(response: httpx.Response) -> None:
            if self.log_bodies:
                await response.aread()
            self.on_response(response)

        return {"request": [on_request], "response": [on_response]}

    def _headers(self, headers: Mapping[str, str]) -> str:
        shown = [
            f"{k.lower()}: {v}"
            for k, v in headers.items()
            if k.lower() in self.allowed_headers and k.lower() not in NEVER_LOGGED_HEADERS
        ]
        return "{" + ", ".join(shown) + "}"

    def _emit(self, line: str) -> None:
        self.logger.debug("%s", line)

    def on_request(self, request: httpx.Request) -> None:
        """Request hook: remember the start time; log method, URL, allowed headers (and body)."""
        with self._lock:
            self._started[request] = time.monotonic()
        if not self.logger.isEnabledFor(logging.DEBUG):
            return
        line = (
            f"--> {request.method} {safe_url(request.url)} headers={self._headers(request.headers)}"
        )
        if self.log_bodies:
            if _never_log_body(request.url):
                line += " body=<not logged>"
            else:
                try:
                    content = request.content
                except httpx.RequestNotRead:
                    content = b""
                ctype = request.headers.get("content-type", "")
                line += " body=" + _body_for_log(content, ctype, self.body_limit)
        self._emit(line)

    def on_response(self, response: httpx.Response) -> None:
        """Response hook: log status, elapsed time to headers, allowed headers (and body)."""
        request = response.request
        with self._lock:
            started = self._started.pop(request, None)
        if not self.logger.isEnabledFor(logging.DEBUG):
            return
        elapsed = f"{(time.monotonic() - started) * 1000:.0f}ms" if started is not None else "?"
        line = (
            f"<-- {response.status_code} {request.method} {safe_url(request.url)} "
            f"in {elapsed} headers={self._headers(response.headers)}"
        )
        if self.log_bodies:
            if _never_log_body(request.url):
                line += " body=<not logged>"
            else:
                content = response.read()
                ctype = response.headers.get("content-type", "")
                line += " body=" + _body_for_log(content, ctype, self.body_limit)
        self._emit(line)
