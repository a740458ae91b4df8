"""Every socket operation of a call bounded by the call's deadline.

httpx's timeouts are per operation: a read timeout of 2 s is never reached by a
server that sends one byte a second, so one response can take minutes. These
network backends wrap httpcore's (its documented extension point) and shorten each
connect, read and write to the time left before the deadline in force
(:mod:`clc.core.deadline`), raising httpcore's own timeout errors once it has
passed. Whatever the server does (hang, trickle, drop), an attempt ends by the
deadline, and httpx and the retry rules see an ordinary timeout.

One rule, two I/O flavours: :class:`BoundedBackend` (sync) and
:class:`AsyncBoundedBackend` share :func:`_bound`.
"""

from __future__ import annotations

import ssl
import typing
from collections.abc import Iterable

import httpcore
import httpx

from clc.core import deadline

SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)

__all__ = ["AsyncBoundedBackend", "BoundedBackend", "bound_transport"]


def _bound(timeout: float | None, error: type[Exception]) -> float | None:
    """The timeout for one socket operation: the phase's, shortened to the time left."""
    left = deadline.remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise error("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class BoundedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bound(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bound(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bound(timeout, httpcore.ConnectTimeout)
        return BoundedStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class BoundedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bound(timeout, httpcore.ConnectTimeout)
        return BoundedStream(
            self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bound(timeout, httpcore.ConnectTimeout)
        return BoundedStream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class AsyncBoundedStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _bound(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _bound(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bound(timeout, httpcore.ConnectTimeout)
        stream = await self._inner.start_tls(ssl_context, server_hostname, bounded)
        return AsyncBoundedStream(stream)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class AsyncBoundedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bound(timeout, httpcore.ConnectTimeout)
        stream = await self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return AsyncBoundedStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bound(timeout, httpcore.ConnectTimeout)
        stream = await self._inner.connect_unix_socket(path, bounded, socket_options)
        return AsyncBoundedStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def bound_transport(
    transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport,
) -> None:
    """Make ``transport``'s connection pool open its sockets through a bounded backend.

    httpx builds its httpcore pool itself and offers no way to pass a network backend,
    so the pool's backend is wrapped in place; a change of httpx that breaks this fails
    loudly here (and the deadline tests), not silently.
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:
        raise RuntimeError("this httpx version's transport has no httpcore network backend")
    if isinstance(transport, httpx.AsyncHTTPTransport):
        pool._network_backend = AsyncBoundedBackend(backend)  # type: ignore[union-attr]
    else:
        pool._network_backend = BoundedBackend(backend)  # type: ignore[union-attr]
