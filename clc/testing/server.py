"""Running the emulator: uvicorn on a loopback socket in a background thread."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .clock import Clock
from .faults import FaultRule, Faults
from .state import DEFAULT_TOKEN_TTL, State

DEFAULT_ALIAS = "DEMO"
DEFAULT_USERNAME = "demo"
DEFAULT_PASSWORD = "demo-password"
DEFAULT_JOB_SECONDS = 3.0


def _protocol_class() -> type:
    """uvicorn's httptools protocol, publishing each connection's transport to the app.

    httptools parses HTTP in C: about a third of the emulator's time per request went
    to uvicorn's pure-Python h11 protocol under many concurrent clients. The app needs
    the transport to honour "drop the connection" faults; a request's task is created
    while the protocol handles received data (or, for a pipelined request, when the
    previous response completes), and inherits the context variable set there.
    """
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    from .app import CURRENT_TRANSPORT

    class Protocol(HttpToolsProtocol):
        def connection_made(self, transport: Any) -> None:
            # Headers and body go out as two writes; without TCP_NODELAY the second
            # waits for the client's delayed ACK (about 40 ms a request).
            sock = transport.get_extra_info("socket")
            if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().connection_made(transport)

        def data_received(self, data: bytes) -> None:
            token = CURRENT_TRANSPORT.set(self.transport)
            try:
                super().data_received(data)
            finally:
                CURRENT_TRANSPORT.reset(token)

        def on_response_complete(self) -> None:
            token = CURRENT_TRANSPORT.set(self.transport)
            try:
                super().on_response_complete()
            finally:
                CURRENT_TRANSPORT.reset(token)

    return Protocol


class Emulator:
    """A running CLC API v2 emulator on loopback.

    Use it as a context manager (``with Emulator(job_seconds=0.05) as emu:``) or
    call ``start()``/``stop()``. ``url``, ``username`` and ``password`` are what a
    client needs; ``faults``, ``clock`` and ``state`` steer and inspect it, and
    ``backend`` acts on its world without HTTP (hold ``state.lock`` while it runs).
    ``spec_path`` serves a modified copy of the spec (its routes, limits and checks).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        alias: str = DEFAULT_ALIAS,
        username: str = DEFAULT_USERNAME,
        password: str = DEFAULT_PASSWORD,
        job_seconds: float = DEFAULT_JOB_SECONDS,
        latency_ms: float = 0.0,
        faults: Sequence[FaultRule | str] = (),
        state_file: str | os.PathLike[str] | None = None,
        clock: Clock | None = None,
        validate: bool = False,
        token_ttl: float = DEFAULT_TOKEN_TTL,
        templates_per_dc: int = 0,
        fault_seed: int | None = None,
        log_level: str = "warning",
        spec_path: str | os.PathLike[str] | None = None,
        networks_per_dc: int = 2,
        job_seconds_max: float | None = None,
        job_seed: int = 0,
    ) -> None:
        from .backend import Backend
        from .limits import Limits
        from .spec import load_spec

        self.host = host
        self.port: int = port
        self.clock: Clock = clock or Clock()
        # The spec decides routes, limits and (with validate) what an exchange may hold;
        # spec_path serves a modified copy.
        self.spec_path: Path | None = Path(spec_path) if spec_path is not None else None
        self.spec: dict[str, Any] = load_spec(self.spec_path)
        self.state: State = State.create(
            alias=alias,
            username=username,
            password=password,
            clock=self.clock,
            job_seconds=job_seconds,
            token_ttl=token_ttl,
            state_file=state_file,
            templates_per_dc=templates_per_dc,
            networks_per_dc=networks_per_dc,
            job_seconds_max=job_seconds_max,
            job_seed=job_seed,
        )
        self.backend: Backend = Backend(self.state, Limits.from_spec(self.spec))
        self.faults: Faults = Faults(seed=fault_seed)
        for rule in faults:
            self.faults.add(rule)
        self.latency_ms = latency_ms
        self.validate = validate
        self.log_level = log_level
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self.app: Any = None

    # -- what clients need -----------------------------------------------------------

    @property
    def url(self) -> str:
        """The base URL to give a session (``http://127.0.0.1:<port>``); only while running."""
        if self._sock is None:
            raise RuntimeError("the emulator is not running")
        host = self.host if ":" not in self.host else f"[{self.host}]"
        return f"http://{host}:{self.port}"

    @property
    def username(self) -> str:
        """The one user that may log in (fake, local only)."""
        return self.state.username

    @property
    def password(self) -> str:
        """That user's password (fake, local only)."""
        return self.state.password

    @property
    def alias(self) -> str:
        """The emulated account's alias."""
        return self.state.alias

    def session_kwargs(self) -> dict[str, str]:
        """Keyword arguments for an SDK session on this emulator: ``clc.Session(**kwargs)``."""
        return {"base_url": self.url, "username": self.username, "password": self.password}

    def login(self) -> str:
        """A fresh bearer token for the configured user (no HTTP round trip)."""
        with self.state.lock:
            return self.state.issue_token()

    # -- steering --------------------------------------------------------------------

    def add_fault(self, rule: FaultRule | str | None = None, **fields: Any) -> FaultRule:
        """Add a fault rule (object, text form, or keyword fields); see ``faults.py``."""
        return self.faults.add(rule, **fields)

    @contextlib.contextmanager
    def fault(self, rule: FaultRule | str | None = None, **fields: Any) -> Iterator[FaultRule]:
        """A fault rule active only inside the ``with`` block."""
        added = self.faults.add(rule, **fields)
        try:
            yield added
        finally:
            self.faults.remove(added)

    def clear_faults(self) -> None:
        """Remove every fault rule, as ``DELETE /_emulator/faults`` does."""
        self.faults.clear()

    def expire_tokens(self) -> None:
        """Expire every issued token: the next call of each client gets a 401."""
        with self.state.lock:
            self.state.expire_token()

    def settle(self) -> None:
        """Apply finished jobs now (the API does this lazily on the next request)."""
        with self.state.lock:
            self.backend.settle()

    # -- lifecycle -------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> Emulator:
        """Serve on a background thread; returns once the port answers (or raises after
        ``timeout`` seconds). ``with Emulator() as emu:`` starts and stops it for you."""
        import uvicorn

        from .app import EmulatorApp

        validator = None
        if self.validate:
            from .spec import Validator

            validator = Validator(self.spec)
        self.app = EmulatorApp(
            self.backend,
            spec=self.spec,
            faults=self.faults,
            latency_ms=self.latency_ms,
            validator=validator,
        )
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        sock.listen(2048)
        self._sock = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            http=_protocol_class(),
            lifespan="off",
            log_level=self.log_level,
            access_log=False,
            backlog=2048,
            # Longer than any client's poll interval, so pollers keep their connection.
            timeout_keep_alive=120,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="clc-emulator", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the emulator did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stop serving, wait for the thread, and save the world when a state file is set."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None
        if self.state.state_file is not None:
            self.state.save()

    def wait(self) -> None:
        """Block until the server stops (used by the command line)."""
        if self._thread is not None:
            while self._thread.is_alive():
                self._thread.join(timeout=0.5)

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
