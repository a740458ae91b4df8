"""The ASGI application: faults, auth, dispatch, optional spec checks, latency, persistence.

The API path is a lean ASGI callable (no per-request middleware stack) because
benchmarks time thousands of calls through it; the admin endpoints under
``/_emulator`` are an ordinary Starlette app. Routes change the world only
through the backend; the app marks the world changed, once, after a request
that succeeded (or a job that settled), and saves it when there is a state file.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

from .backend import Backend
from .bodies import parse_body
from .errors import ApiError, unauthorized
from .faults import FaultRule, Faults
from .routing import Ctx, Reply, Route, Table, table
from .spec import SpecViolation, load_spec
from .state import State

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log: logging.Logger = logging.getLogger("clc.testing")

ADMIN_PREFIX = "/_emulator"
_ACCOUNT_PARAMS = ("accountAlias", "sourceAccountAlias")

# Set by the emulator's uvicorn protocol so a fault can drop the TCP connection.
CURRENT_TRANSPORT: contextvars.ContextVar[Any] = contextvars.ContextVar(
    "clc_emulator_transport", default=None
)

_JSON = [(b"content-type", b"application/json; charset=utf-8")]


def _dumps(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


class EmulatorApp:
    """The emulator as an ASGI callable."""

    def __init__(
        self,
        backend: Backend,
        *,
        spec: dict[str, Any] | None = None,
        faults: Faults | None = None,
        latency_ms: float = 0.0,
        validator: Any = None,
    ) -> None:
        self.backend = backend
        self.state: State = backend.state
        self.table: Table = table(spec if spec is not None else load_spec())
        self.faults: Faults = faults if faults is not None else Faults()
        self.latency_ms = latency_ms
        # A spec.Validator, or None: checking every exchange costs time, so it is opt-in.
        self.validator = validator
        # Whether a refused request is checked to have left the world as it was (a test aid:
        # it compares the whole world before and after; on by default with validation).
        self.check_refusals: bool = validator is not None
        self.broken_refusals: list[str] = []
        self.requests_served: int = 0
        self._admin: Any = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            if scope["path"].startswith(ADMIN_PREFIX):
                await self._admin_app()(scope, receive, send)
            else:
                await self._http(scope, receive, send)
        elif kind == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return

    def _admin_app(self) -> Any:
        if self._admin is None:
            from .admin import build_admin

            self._admin = build_admin(self)
        return self._admin

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method: str = scope["method"]
        path: str = scope["path"]
        raw = b""
        more = True
        while more:
            msg = await receive()
            raw += msg.get("body", b"")
            more = msg.get("more_body", False)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        fired = self.faults.pick(method, path) if self.faults else ()
        delay = self.latency_ms / 1000.0
        fail_jobs = False
        expire = False
        for rule in fired:
            if rule.latency_ms is not None:
                delay += rule.latency_ms / 1000.0
            elif rule.drop:
                await self._drop(send, delay)
                return
            elif rule.status is not None:
                await self._fault_status(send, rule, delay)
                return
            elif rule.fail_job:
                fail_jobs = True
            elif rule.expire_token:
                expire = True
        reply = self._handle(method, path, scope, headers, raw, fail_jobs, expire)
        if delay > 0:
            await asyncio.sleep(delay)
        await self._send(send, reply)

    def _handle(
        self,
        method: str,
        path: str,
        scope: Scope,
        headers: dict[str, str],
        raw: bytes,
        fail_jobs: bool,
        expire: bool,
    ) -> Reply:
        state = self.state
        self.requests_served += 1
        changed = False
        try:
            found = self.table.match(method, path)
            if found is None:
                if self.table.allows(path):
                    raise ApiError(405, f"The requested resource does not support {method}.")
                raise ApiError(404, f"No HTTP resource was found that matches the URI {path}.")
            route, params = found
            if route.operation.auth:
                self._authenticate(headers.get("authorization", ""), expire)
            query = _query(route, scope.get("query_string", b""))
            content_type = headers.get("content-type", "")
            body = parse_body(raw, content_type)
            if self.validator is not None:
                self.validator.check_request(route.operation.template, method, body, content_type)
            with state.lock:
                changed = self.backend.settle() > 0
                reply = self._dispatch(route, Ctx(self.backend, params, query, body), fail_jobs)
                changed = changed or (method != "GET" and reply.status < 400)
            if self.validator is not None:
                self.validator.check_response(
                    route.operation.template, method, reply.status, reply.body
                )
        except ApiError as err:
            reply = Reply(err.status, err.body(), dict(err.headers))
        except SpecViolation as err:
            log.error("emulator broke the spec: %s", err)
            reply = Reply(500, {"message": f"Emulator response broke the spec: {err}"})
        except Exception:  # a bug in the emulator: answer 500 like the API, keep serving
            log.exception("emulator error on %s %s", method, path)
            reply = Reply(500, {"message": "An error has occurred."})
        self.commit(changed)
        return reply

    def commit(self, changed: bool) -> None:
        """Mark the world changed (the one place that does) and save it to the state file."""
        state = self.state
        if changed:
            state.dirty = True
        if state.dirty and state.state_file is not None:
            state.save()

    def _authenticate(self, authorization: str, expire: bool) -> None:
        scheme, _, token = authorization.partition(" ")
        token = token.strip()
        state = self.state
        with state.lock:
            if expire and token:
                state.expire_token(token)
            if scheme.lower() != "bearer" or not state.token_valid(token):
                raise unauthorized()

    def _dispatch(self, route: Route, ctx: Ctx, fail_jobs: bool) -> Reply:
        """Run the handler (holding the lock) with the request's account checked.

        With ``check_refusals`` (tests), a refused request that changed the world anyway is
        reported as a broken promise of the emulator (a ``SpecViolation``, answered 500).
        """
        if route.binding.own_account:
            for name in _ACCOUNT_PARAMS:
                if name in ctx.params:
                    self.backend.check_alias(ctx.params[name])
        before = self._snapshot() if self.check_refusals else None
        self.backend.fail_jobs = fail_jobs
        try:
            return route.handler(ctx)
        except ApiError:
            if before is not None and self._snapshot() != before:
                message = f"{route.operation.operation_id}: a refused request changed the world"
                self.broken_refusals.append(message)
                raise SpecViolation(message) from None
            raise
        finally:
            self.backend.fail_jobs = False

    def _snapshot(self) -> str:
        return json.dumps(self.state.data, sort_keys=True, default=str)

    async def _send(self, send: Send, reply: Reply) -> None:
        headers = [(k.lower().encode(), v.encode()) for k, v in reply.headers.items()]
        if reply.status == 204 or (reply.body is None and reply.status < 300):
            await send({"type": "http.response.start", "status": reply.status, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        data = _dumps(reply.body)
        headers += _JSON
        headers.append((b"content-length", str(len(data)).encode()))
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": data})

    async def _fault_status(self, send: Send, rule: FaultRule, delay: float) -> None:
        assert rule.status is not None
        if delay > 0:
            await asyncio.sleep(delay)
        messages = {
            429: "Too many requests. Slow down and retry later.",
            502: "Bad gateway.",
            503: "The service is temporarily unavailable.",
        }
        headers: dict[str, str] = {}
        if rule.retry_after is not None:
            headers["Retry-After"] = str(rule.retry_after)
        elif rule.status in (429, 503):
            headers["Retry-After"] = "1"
        body = {"message": rule.message or messages.get(rule.status, "An error has occurred.")}
        await self._send(send, Reply(rule.status, body, headers))

    async def _drop(self, send: Send, delay: float) -> None:
        """Close the connection without an answer (or mid-answer, if we cannot)."""
        if delay > 0:
            await asyncio.sleep(delay)
        transport = CURRENT_TRANSPORT.get()
        if transport is not None:
            transport.abort()
            # Let the loop run connection_lost so the server sees the client as gone
            # and does not try to write an error response of its own.
            await asyncio.sleep(0.01)
            return
        # Not under our runner: start a response and abandon it half-way.
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [*_JSON, (b"content-length", b"1000")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"partial', "more_body": True})
        raise ConnectionAbortedError("fault: connection dropped")


def _query(route: Route, raw: bytes) -> dict[str, str]:
    """The query parameters (names lower case); one the operation does not take is a 400.

    The real API ignored unknown parameters, but a misspelt filter then silently widened
    a listing; refusing it names the mistake.
    """
    if not raw:
        return {}
    query = {k.lower(): v for k, v in parse_qsl(raw.decode("latin-1"), keep_blank_values=True)}
    unknown = sorted(set(query) - route.operation.query)
    if unknown:
        known = ", ".join(sorted(route.operation.query)) or "none"
        raise ApiError(
            400,
            f"The query parameter {unknown[0]} is not supported here (supported: {known}).",
        )
    return query
