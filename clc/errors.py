"""The one error tree of the SDK.

Every failure the SDK reports is a :class:`CLCException`; nothing returns ``None``
where an error happened. The names of clc-sdk 2.51 are kept (and re-exported from
``clc``), with the HTTP errors refined into subclasses::

    CLCException                      every error; .response_status_code/.response_json/
    │                                 .response_text are None unless an HTTP response caused it
    ├── APIV1NotEnabled               v1 API (not supported by this SDK)
    ├── APIV2NotEnabled               no credentials or token configured
    ├── AccountLoginException         login refused (wrong username/password, or a rejected
    │                                 token and no credentials to log in again)
    ├── AccountDoesNotExistException
    ├── AccountDeletedException
    ├── ServerDeletedException
    ├── InvalidAPIResponseException   a 2xx response whose body is not the documented shape
    ├── APIFailedResponse             a non-2xx response: status code, message, modelState
    │   │                             (validation details), method and URL
    │   ├── BadRequestException       400 (validation: see .model_state)
    │   ├── UnauthorizedException     401 after the one re-login
    │   ├── ForbiddenException        403
    │   ├── NotFoundException         404
    │   ├── ConflictException         409
    │   ├── RateLimitedException      429 (or 503 with Retry-After) the retry policy would
    │   │                             not wait out; .retry_after (alias: RateLimitedError)
    │   └── ServerErrorException      5xx
    ├── TransportException            the request did not complete (the httpx error is chained
    │   │                             as __cause__): connection refused/reset, TLS, protocol;
    │   │                             .method, .url, .attempts, .elapsed
    │   └── HTTPTimeoutException      connect/read/write/pool timeout
    ├── RequestTimeoutException       a wait passed its deadline; .pending names the request ids
    ├── RequestStatusUnknownException a wait ended with jobs whose status could not be read:
    │                                 not failed, outcome unknown; .unknown, .how_to_check
    ├── RequestFailedException        queued work failed; .failed lists (id, status, reason)
    ├── RetryError                    the retrying transport gave up (.method, .url)
    │   ├── OutcomeUnknownError       a POST may have reached the API and was not re-sent;
    │   │                             .how_to_check says how to find out
    │   └── RetryBudgetExhaustedError a retry was due but the session's retry budget is spent
    ├── InvalidArgumentException      bad argument refused before any HTTP call (also ValueError);
    │                                 .argument, .problem, .allowed (alias: InvalidArgumentError)
    ├── SubmissionFailedException     a pipelined build failed and nobody had looked at its error:
    │                                 raised by the next use of the session; .failures
    └── SessionClosedException        a closed session was used

Every class pickles and copies with its attributes (process pools send them between
processes).

Exception text never contains the bearer token or a password: messages are built
from the method, the URL (no query secrets are ever sent) and the API's message.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

__all__ = [
    "APIFailedResponse",
    "APIV1NotEnabled",
    "APIV2NotEnabled",
    "AccountDeletedException",
    "AccountDoesNotExistException",
    "AccountLoginException",
    "BadRequestException",
    "CLCException",
    "ConflictException",
    "ForbiddenException",
    "HTTPTimeoutException",
    "InvalidAPIResponseException",
    "InvalidArgumentError",
    "InvalidArgumentException",
    "NotFoundException",
    "OutcomeUnknownError",
    "RateLimitedError",
    "RateLimitedException",
    "RequestFailedException",
    "RequestStatusUnknownException",
    "RequestTimeoutException",
    "RetryBudgetExhaustedError",
    "RetryError",
    "ServerDeletedException",
    "ServerErrorException",
    "SessionClosedException",
    "SubmissionFailedException",
    "TransportException",
    "UnauthorizedException",
    "error_for_status",
]


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """Unpickle any error of the tree without calling its ``__init__`` (whose keyword-only
    arguments ``args`` does not hold), then restore its attributes."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class CLCException(Exception):
    """Root of every SDK error.

    The ``response_*`` attributes exist on every instance (2.51 callers read
    ``ex.response_text`` on any ``CLCException``); they are ``None`` unless an HTTP
    response caused the error.
    """

    response_status_code: int | None = None
    response_json: Any = None
    response_text: str | None = None
    method: str | None = None
    url: str | None = None
    message: str = ""
    model_state: dict[str, Any] | None = None

    def __init__(self, message: str = "", *args: object) -> None:
        super().__init__(message, *args)
        self.message = message

    def __str__(self) -> str:
        return self.message or super().__str__()

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class APIV1NotEnabled(CLCException):
    """The v1 API is not supported by this SDK."""


class APIV2NotEnabled(CLCException):
    """No v2 credentials or token are configured."""


class AccountDoesNotExistException(CLCException):
    """The account alias does not exist."""


class AccountDeletedException(CLCException):
    """The account has been deleted."""


class ServerDeletedException(CLCException):
    """The server has been deleted."""


class AccountLoginException(CLCException):
    """The API refused the login (or a token, with no credentials to log in again)."""


class InvalidAPIResponseException(CLCException):
    """A successful response whose body is not what the API documents."""


class APIFailedResponse(CLCException):
    """The API answered with a non-2xx status.

    ``message`` (what ``str()`` shows) is the SDK's one-line account of the failure, not the
    API's own message: ``Response code <status>. <method> <url>``, then ``: `` and the API's
    message (the body's ``message``, ``Message``, ``error`` or ``errorMessage``, else its
    first 300 characters), then the per-field reasons of ``modelState`` in parentheses, as
    in ``Response code 400. POST https://api.ctl.io/v2/groups/ACME: The request is invalid.
    (body.name: The name field is required.)``. A ``RateLimitedException`` that the retry
    policy raises instead of waiting says how long the API asked to wait.

    The API's own words are in ``response_json`` (the parsed body, ``{}`` if it is not
    JSON, as in 2.51) and ``response_text`` (the body as sent). Also:
    ``response_status_code``, ``model_state`` (``modelState`` as ``{field: [reasons]}``, or
    ``None``), ``method`` and ``url``.
    """

    def __init__(
        self,
        message: str = "",
        *args: object,
        status_code: int | None = None,
        response_text: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, *args)
        self.response_status_code = status_code
        self.response_text = response_text
        self.method = method
        self.url = url
        body = _parse_json(response_text)
        self.response_json: Any = body if body is not None else {}
        self.model_state: dict[str, Any] | None = _model_state(body)


class BadRequestException(APIFailedResponse):
    """400: the API rejected the request; ``model_state`` holds the per-field reasons."""


class UnauthorizedException(APIFailedResponse):
    """401 that persisted after the one re-login."""


class ForbiddenException(APIFailedResponse):
    """403: the credentials may not do this."""


class NotFoundException(APIFailedResponse):
    """404: no such resource."""


class ConflictException(APIFailedResponse):
    """409: the resource is not in a state that allows this."""


class RateLimitedException(APIFailedResponse):
    """429 (or 503 with ``Retry-After``): too many requests.

    ``retry_after`` is the wait the API asked for, in seconds (``None`` if it gave none).
    """

    def __init__(
        self,
        message: str = "",
        *args: object,
        status_code: int | None = None,
        response_text: str | None = None,
        method: str | None = None,
        url: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            *args,
            status_code=status_code,
            response_text=response_text,
            method=method,
            url=url,
        )
        self.retry_after = retry_after

    @property
    def status_code(self) -> int | None:
        """Same as ``response_status_code``."""
        return self.response_status_code


RateLimitedError = RateLimitedException


class ServerErrorException(APIFailedResponse):
    """5xx: the API failed."""


class TransportException(CLCException):
    """The HTTP exchange did not complete; the httpx error is chained as ``__cause__``.

    ``method`` and ``url`` (no secrets) name the request, ``attempts`` the attempts made
    and ``elapsed`` the seconds spent (``None`` when unknown).
    """

    def __init__(
        self,
        message: str = "",
        *args: object,
        method: str | None = None,
        url: str | None = None,
        attempts: int | None = None,
        elapsed: float | None = None,
    ) -> None:
        super().__init__(message, *args)
        self.method = method
        self.url = url
        self.attempts = attempts
        self.elapsed = elapsed


class HTTPTimeoutException(TransportException):
    """A connect, read, write or pool timeout passed."""


class RequestTimeoutException(CLCException):
    """A wait passed its deadline before every request finished.

    ``status`` is the last status seen of the first pending request (2.51 signature);
    ``pending`` lists the ids of every request still pending.
    """

    def __init__(
        self, message: str, status: str | None = None, pending: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.status = status
        self.pending: list[str] = list(pending)


class RequestStatusUnknownException(CLCException):
    """A wait ended without knowing how some jobs ended: their status could not be read
    (or the API reported it ``unknown``). They are not counted as failed and may still
    succeed.

    ``unknown`` lists ``(request id, reason)``; ``pending`` every id not settled (the
    unknown ones first, then any still pending at a deadline); ``how_to_check`` says how
    to find out.
    """

    def __init__(
        self,
        message: str,
        unknown: Sequence[tuple[str, str]] = (),
        pending: Sequence[str] = (),
        how_to_check: str = "",
    ) -> None:
        super().__init__(message)
        self.unknown: list[tuple[str, str]] = list(unknown)
        self.pending: list[str] = list(pending)
        self.how_to_check: str = how_to_check


class RequestFailedException(CLCException):
    """Queued work failed; ``failed`` lists ``(request id, status, reason)`` per item."""

    def __init__(self, message: str, failed: Sequence[tuple[str, str, str]] = ()) -> None:
        super().__init__(message)
        self.failed: list[tuple[str, str, str]] = list(failed)


class InvalidArgumentException(CLCException, ValueError):
    """An argument was refused before any HTTP call; the message names it and what is allowed.

    ``argument`` (the parameter's name), ``problem`` (what is wrong) and ``allowed`` (what
    would be accepted) are set when the refusal came from :meth:`refused`. The value itself
    is never stored, so a password passed by mistake cannot leak through the exception.
    """

    def __init__(
        self,
        message: str,
        *,
        argument: str | None = None,
        problem: str | None = None,
        allowed: str | None = None,
    ) -> None:
        super().__init__(message)
        self.argument = argument
        self.problem = problem
        self.allowed = allowed

    @classmethod
    def refused(cls, argument: str, problem: str, allowed: str) -> InvalidArgumentException:
        """The error for ``argument``: ``invalid <argument>: <problem>; allowed: <allowed>``."""
        return cls(
            f"invalid {argument}: {problem}; allowed: {allowed}",
            argument=argument,
            problem=problem,
            allowed=allowed,
        )


InvalidArgumentError = InvalidArgumentException


class SessionClosedException(CLCException):
    """The session was closed; create a new one."""


class SubmissionFailedException(CLCException):
    """Builds a pipelined session sent in the background failed, and nobody had looked at
    their errors (see ``clc.Session(pipeline=True)``).

    Raised by the next use of the session (a request, ``close()``) instead of that use;
    ``failures`` lists ``(what was submitted, "ErrorType: message")`` and the first error is
    chained as ``__cause__``. Once raised, those failures are not raised again.
    """

    def __init__(self, message: str, failures: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.failures = list(failures)


class RetryError(CLCException):
    """Base class of the errors raised by :class:`clc.core.retrying.RetryingTransport`."""

    method: str
    url: str

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class OutcomeUnknownError(RetryError):
    """A non-idempotent request (POST, PATCH) may have been processed, and was not re-sent.

    Raised when the connection failed after the request was written (read error, read timeout,
    connection dropped mid-response) or the server answered with a gateway or server error.
    Re-sending could create a duplicate server, snapshot or queued job, so the caller must check
    first; the message says how (``how_to_check``). ``status_code`` is the HTTP status when there
    was a response, else ``None``.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        how_to_check: str,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.how_to_check = how_to_check
        self.status_code = status_code


class RetryBudgetExhaustedError(RetryError):
    """A retry was due, but the session's retry budget is spent (the API looks unhealthy).

    ``status_code`` is the status of the last response, or ``None`` if the last attempt failed
    without one (then the transport error is chained as ``__cause__``).
    """

    def __init__(
        self, message: str, *, method: str, url: str, status_code: int | None = None
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code


_BY_STATUS: dict[int, type[APIFailedResponse]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    429: RateLimitedException,
}


def error_for_status(
    status_code: int, response_text: str, method: str, url: str
) -> APIFailedResponse:
    """The error of the tree for a non-2xx response, its ``message`` composed as
    :class:`APIFailedResponse` says (the status, method and URL first, then the API's words)."""
    cls = _BY_STATUS.get(status_code)
    if cls is None:
        cls = ServerErrorException if status_code >= 500 else APIFailedResponse
    body = _parse_json(response_text)
    api_message = _api_message(body) or (response_text or "").strip()[:300]
    text = f"Response code {status_code}. {method} {url}"
    if api_message:
        text += f": {api_message}"
    state = _model_state(body)
    if state:
        details = "; ".join(f"{k}: {', '.join(map(str, v))}" for k, v in state.items())
        text += f" ({details})"
    return cls(text, status_code=status_code, response_text=response_text, method=method, url=url)


def _parse_json(text: str | None) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _api_message(body: Any) -> str:
    if isinstance(body, dict):
        for key in ("message", "Message", "error", "errorMessage"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    return ""


def _model_state(body: Any) -> dict[str, Any] | None:
    if not isinstance(body, dict):
        return None
    state = body.get("modelState") or body.get("ModelState")
    if not isinstance(state, dict):
        return None
    return {str(k): v if isinstance(v, list) else [v] for k, v in state.items()}
