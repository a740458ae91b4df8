"""Loopback HTTP servers that misbehave on purpose: they hang, trickle or drop.

Each answers every connection the same way, on a thread of its own:

- ``hang``: reads the request and never answers (the socket stays open);
- ``trickle``: sends a valid answer one byte every ``interval`` seconds;
- ``drop``: reads the request and closes the connection without a byte.

``answer`` is the response the trickling server sends (a JSON body by default).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

MODES = ("hang", "trickle", "drop")


def _answer(body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


class Misbehaving:
    """A loopback server; ``url`` is its base URL, ``connections`` counts the ones accepted."""

    def __init__(
        self, mode: str, *, interval: float = 0.2, body: bytes = b'{"status":"x"}'
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"mode: one of {MODES}, not {mode!r}")
        self.mode = mode
        self.interval = interval
        self.answer = _answer(body)
        self.connections = 0
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)

    def start(self) -> Misbehaving:
        self._accepter.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._accepter.join(5)
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(0.1)
            try:
                self._read_request(conn)
            except OSError:
                return
            if self.mode == "drop":
                return
            if self.mode == "hang":
                self._stop.wait()
                return
            for byte in self.answer:
                if self._stop.wait(self.interval):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    def _read_request(self, conn: socket.socket) -> None:
        data = b""
        deadline = time.monotonic() + 5
        while b"\r\n\r\n" not in data and time.monotonic() < deadline:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                raise OSError("closed")
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(rest) < length and time.monotonic() < deadline:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                break
            rest += chunk


@contextmanager
def misbehaving(mode: str, **kw: object) -> Iterator[Misbehaving]:
    server = Misbehaving(mode, **kw).start()  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()


def closed_port() -> str:
    """The base URL of a loopback port nothing listens on (connections are refused)."""
    with socket.create_server(("127.0.0.1", 0)) as s:
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"
