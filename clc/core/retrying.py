"""The two transports that drive :class:`clc.core.retry.RetryState`: sync and async.

They differ only in how they send, read and sleep; every decision (what to retry, how
long to wait, the deadline, the budget, the error) is the state's.
"""

from __future__ import annotations

import httpx

from clc.core.retry import DEFAULT_RETRY_POLICY, RetryBudget, RetryPolicy, RetryState

__all__ = ["AsyncRetryingTransport", "RetryingTransport"]


def _is_loaded(response: httpx.Response) -> bool:
    try:
        response.content  # noqa: B018 - built from bytes (a mock, a test): nothing to read
    except httpx.ResponseNotRead:
        return False
    return True


def _loaded(response: httpx.Response, raw: bytes) -> httpx.Response:
    """An equivalent response whose (undecoded) body is already in memory."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
    )


class RetryingTransport(httpx.BaseTransport):
    """Retries ``inner`` according to ``policy``; ``budget`` defaults to a new one (one per
    transport, so one per session). Closing this transport closes ``inner``.

    Each response body is read here, so a connection dropped mid-body is seen, and handled,
    by the retry rules.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        budget: RetryBudget | None = None,
    ) -> None:
        self.inner: httpx.BaseTransport = inner
        self.policy: RetryPolicy = policy
        self.budget: RetryBudget = budget if budget is not None else policy.new_budget()

    def __repr__(self) -> str:
        return f"RetryingTransport({self.inner!r}, {self.policy!r}, {self.budget!r})"

    def close(self) -> None:
        self.inner.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        state = RetryState(request, self.policy, self.budget)
        while True:
            state.begin()
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                received = self.inner.handle_request(request)
                if _is_loaded(received):
                    response = received
                else:
                    try:
                        response = _loaded(received, b"".join(received.iter_raw()))
                    finally:
                        received.close()
            except httpx.TransportError as exc:
                error = exc
            delay = state.after(response, error)
            if delay is None:
                assert response is not None
                return response
            self.policy.sleep(delay)


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryingTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        budget: RetryBudget | None = None,
    ) -> None:
        self.inner: httpx.AsyncBaseTransport = inner
        self.policy: RetryPolicy = policy
        self.budget: RetryBudget = budget if budget is not None else policy.new_budget()

    def __repr__(self) -> str:
        return f"AsyncRetryingTransport({self.inner!r}, {self.policy!r}, {self.budget!r})"

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        state = RetryState(request, self.policy, self.budget)
        while True:
            state.begin()
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                received = await self.inner.handle_async_request(request)
                if _is_loaded(received):
                    response = received
                else:
                    try:
                        raw = b"".join([chunk async for chunk in received.aiter_raw()])
                        response = _loaded(received, raw)
                    finally:
                        await received.aclose()
            except httpx.TransportError as exc:
                error = exc
            delay = state.after(response, error)
            if delay is None:
                assert response is not None
                return response
            await self.policy.async_sleep(delay)
