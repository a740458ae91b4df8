"""Many concurrent clients of the emulator: what a large test suite puts on it.

Every client logs in, then makes a fixed mix of calls one after another, without
pauses (a test does the next step as soon as the answer is in): of every ten, seven
reads (a server, a group, a data center), one server build, one fresh login and one
more read. All clients start together, so the first logins arrive as one burst. Each
call's latency is timed from send to the decoded answer.

Each client is one keep-alive HTTP/1.1 connection driven by :class:`Connection`, a
minimal client on asyncio streams. httpx is not used here on purpose: with 500
clients its own cost per request (measured: 4.8 s of client CPU for 5,500 requests,
against 1.6 s in the emulator) would set the latencies this scenario exists to
measure, on the same two cores.
"""

from __future__ import annotations

import asyncio
import json
import resource
import statistics
import time
from typing import Any
from urllib.parse import urlsplit

Params = dict[str, Any]

# One client's repeating pattern of calls.
MIX = ("server", "group", "server", "create", "datacenter", "server", "login", "group", "server",
       "server")  # fmt: skip
KINDS = {"server": "read", "group": "read", "datacenter": "read", "create": "create",
         "login": "login"}  # fmt: skip


class Connection:
    """One keep-alive HTTP/1.1 connection; answers must carry ``content-length``."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.token = ""

    async def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        data = b"" if body is None else json.dumps(body).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Length: {len(data)}\r\n"
        if data:
            head += "Content-Type: application/json\r\n"
        if self.token:
            head += f"Authorization: Bearer {self.token}\r\n"
        self.writer.write(head.encode() + b"\r\n" + data)
        status_line, *lines = (await self.reader.readuntil(b"\r\n\r\n")).decode().split("\r\n")
        length = 0
        for line in lines:
            name, _, value = line.partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "transfer-encoding":
                raise RuntimeError(f"{method} {path}: chunked answers are not read here")
        raw = await self.reader.readexactly(length) if length else b""
        return int(status_line.split()[1]), json.loads(raw) if raw else None

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _client(c: int, p: Params, out: list[tuple[str, float]]) -> None:
    conn = Connection(p["url"])
    try:
        await _calls(conn, c, p, out)
    finally:
        await conn.close()


async def _calls(conn: Connection, c: int, p: Params, out: list[tuple[str, float]]) -> None:
    a, ids = p["alias"], p["server_ids"]
    credentials = {"username": p["username"], "password": p["password"]}

    async def timed(kind: str, method: str, url: str, body: Any = None) -> Any:
        sent = time.perf_counter()
        status, answer = await conn.request(method, url, body)
        out.append((kind, time.perf_counter() - sent))
        if status >= 400:
            raise RuntimeError(f"{method} {url} -> {status} {str(answer)[:200]}")
        return answer

    async def login() -> None:
        conn.token = ""
        conn.token = (await timed("login", "POST", "/v2/authentication/login", credentials))[
            "bearerToken"
        ]

    await login()
    for k in range(p["per_client"]):
        step = MIX[(c + k) % len(MIX)]
        kind = KINDS[step]
        if step == "server":
            await timed(kind, "GET", f"/v2/servers/{a}/{ids[(c * 7 + k) % len(ids)]}")
        elif step == "group":
            await timed(kind, "GET", f"/v2/groups/{a}/{p['group_id']}")
        elif step == "datacenter":
            await timed(kind, "GET", f"/v2/datacenters/{a}/{p['dc']}")
        elif step == "login":
            await login()
        else:
            networks = p["networks"]
            body = {
                "name": f"L{(c * len(MIX) + k) // 50}", "groupId": p["group_id"],
                "sourceServerId": p["template"], "cpu": 1, "memoryGB": 1, "type": "standard",
                "networkId": networks[(c + k) % len(networks)],
            }  # fmt: skip
            await timed(kind, "POST", f"/v2/servers/{a}", body)


def _percentiles(times: list[float]) -> Params:
    times = sorted(times)
    return {
        "count": len(times),
        "p50": statistics.median(times),
        "p99": times[min(len(times) - 1, int(len(times) * 0.99))],
        "max": times[-1],
    }


async def _run(p: Params) -> Params:
    n = p["clients"]
    out: list[tuple[str, float]] = []
    cpu0, t0 = _cpu_seconds(), time.perf_counter()
    results = await asyncio.gather(*(_client(c, p, out) for c in range(n)), return_exceptions=True)
    wall, cpu = time.perf_counter() - t0, _cpu_seconds() - cpu0
    errors = [r for r in results if isinstance(r, BaseException)]
    kinds = {
        kind: _percentiles([t for k, t in out if k == kind])
        for kind in ("read", "create", "login")
        if any(k == kind for k, _ in out)
    }
    return {
        "seconds": wall,
        "count": n - len(errors),
        "failed": len(errors),
        "error_sample": f"{type(errors[0]).__name__}: {errors[0]}"[:300] if errors else None,
        "requests_sent": len(out),
        "requests_per_second": len(out) / wall if wall else None,
        "client_cpu_seconds": cpu,
        "kinds": kinds,
    }


def emulator_load(p: Params) -> Params:
    return asyncio.run(_run(p))
