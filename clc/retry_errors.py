"""Errors raised by the retrying transport (:mod:`clc.retry`).

They belong to the SDK's one error tree (:mod:`clc.errors`)::

    CLCException
    +-- RetryError                      base of the retrying transport's own errors
        +-- OutcomeUnknownError         a POST may have reached the server; it was not re-sent
        +-- RateLimitedError            the API asked us to wait longer than the policy allows
        |                               (also an APIFailedResponse/RateLimitedException)
        +-- RetryBudgetExhaustedError   a retry was due but the session's retry budget is spent

Every error carries ``method`` and ``url`` (with secrets in the query string masked) and never the
request's headers or body. Errors caused by a transport failure chain it as ``__cause__``.
"""

from __future__ import annotations

from clc.errors import CLCException, RateLimitedException

__all__ = [
    "OutcomeUnknownError",
    "RateLimitedError",
    "RetryBudgetExhaustedError",
    "RetryError",
]


class RetryError(CLCException):
    """Base class of the errors raised by :class:`clc.retry.RetryingTransport`."""

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


class RateLimitedError(RetryError, RateLimitedException):
    """The API answered 429 or 503 with a ``Retry-After`` longer than the policy will wait.

    ``retry_after`` is the wait the server asked for, in seconds (``None`` if it gave none);
    ``status_code`` (also ``response_status_code``) is 429 or 503.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status_code: int,
        retry_after: float | None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.response_status_code = status_code
        self.retry_after = retry_after


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
