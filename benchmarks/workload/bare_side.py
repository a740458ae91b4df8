"""The same scenarios over bare httpx: the best client, and the basis of the floors.

Each function is the least work a client can do against the API for the scenario: the
fewest calls the API allows, independent calls in flight together (bounded), and
waits that poll each distinct job (all servers of one batch share a status id) in
back-to-back rounds, 50 ms apart, until none is pending. ``sequential`` sends one
build after another, as a client in 2.51's timing must.

Every wait is recorded as a phase: when its last submission was answered, when the
client saw its last job end, the job ids and the fastest status read of the run (one
round trip). The harness adds the emulator's job timeline and computes the physical
floor and the best 2 s poller from them (``benchmarks/floors.py``).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import memory

Params = dict[str, Any]
CONCURRENCY = 16
WATCH_INTERVAL = 0.05  # pause between two polling rounds
ENDED = ("succeeded", "failed", "unknown")


def _login(client: httpx.Client | httpx.AsyncClient, p: Params) -> Any:
    return client.post(
        "/v2/authentication/login", json={"username": p["username"], "password": p["password"]}
    )


class _Api:
    def __init__(self, p: Params) -> None:
        self.p = p
        self.client = httpx.AsyncClient(
            base_url=p["url"],
            timeout=60,
            limits=httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY),
        )
        self.gate = asyncio.Semaphore(CONCURRENCY)
        self.t0 = p["t0"]  # the run's start, set by _timed
        self.phases: list[Params] = []
        self.rtt = float("inf")

    async def __aenter__(self) -> _Api:
        r = await _login(self.client, self.p)
        r.raise_for_status()
        body = r.json()
        self.alias = body["accountAlias"]
        self.client.headers["Authorization"] = f"Bearer {body['bearerToken']}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    def now(self) -> float:
        return time.perf_counter() - self.t0

    async def call(self, method: str, url: str, body: Any = None) -> Any:
        async with self.gate:
            r = await self.client.request(method, url, json=body)
        r.raise_for_status()
        return r.json() if r.content else None

    async def _status(self, url: str) -> str:
        async with self.gate:
            sent = time.perf_counter()
            r = await self.client.get(url)
            self.rtt = min(self.rtt, time.perf_counter() - sent)
        r.raise_for_status()
        return str(r.json()["status"])

    async def wait(self, status_urls: list[str]) -> int:
        """Poll each distinct job until none is pending; returns the failure count."""
        submitted = self.now()
        pending = list(dict.fromkeys(status_urls))  # distinct, in queue order
        jobs = [u.rsplit("/", 1)[-1] for u in pending]
        failed = 0
        while True:
            states = await asyncio.gather(*(self._status(u) for u in pending))
            failed += sum(st in ("failed", "unknown") for st in states)
            pending = [u for u, st in zip(pending, states, strict=True) if st not in ENDED]
            if not pending:
                break
            await asyncio.sleep(WATCH_INTERVAL)
        self.phases.append({"submitted": submitted, "done": self.now(), "jobs": jobs})
        return failed

    def result(self, **fields: Any) -> Params:
        return dict(fields, phases=self.phases, rtt=self.rtt if self.phases else None)


def _status_links(queued: list[dict[str, Any]]) -> list[str]:
    return [link["href"] for item in queued for link in item["links"] if link["rel"] == "status"]


async def _catalog(p: Params) -> Params:
    async with _Api(p) as api:
        a, dc = api.alias, p["dc"]
        caps, dc_body = await asyncio.gather(
            api.call("GET", f"/v2/datacenters/{a}/{dc}/deploymentCapabilities"),
            api.call("GET", f"/v2/datacenters/{a}/{dc}?groupLinks=true"),
        )
        root = next(x["id"] for x in dc_body["links"] if x["rel"] == "group")
        group = await api.call(
            "POST", f"/v2/groups/{a}", {"name": p["group_name"], "parentGroupId": root}
        )
        networks = [n["networkId"] for n in caps["deployableNetworks"]]
        templates = caps["templates"][: p["n"]]
        bodies = [
            {
                "name": f"{p['prefix']}{i // 50}",
                "groupId": group["id"],
                "sourceServerId": t["name"],
                "cpu": 2,
                "memoryGB": 4,
                "type": "standard",
                "networkId": networks[i % len(networks)],
            }
            for i, t in enumerate(templates)
        ]
        url = f"/v2/servers/{a}"
        if p.get("sequential"):
            queued = [await api.call("POST", url, b) for b in bodies]
        else:
            queued = await asyncio.gather(*(api.call("POST", url, b) for b in bodies))
        failed = await api.wait(_status_links(queued))
        return api.result(count=len(bodies), failed=failed)


async def _power_cycle(p: Params) -> Params:
    async with _Api(p) as api:
        a = api.alias
        group = await api.call("GET", f"/v2/groups/{a}/{p['group_id']}")
        ids = [x["id"] for x in group["links"] if x["rel"] == "server"]
        failed = 0
        for op in ("powerOff", "powerOn"):
            queued = await api.call("POST", f"/v2/operations/{a}/servers/{op}", ids)
            failed += await api.wait(_status_links(queued))
        return api.result(count=len(ids), failed=failed)


async def _inventory(p: Params) -> Params:
    """Two calls: the data center (for its root group) and the whole tree, servers in full."""
    async with _Api(p) as api:
        a = api.alias
        dc_body = await api.call("GET", f"/v2/datacenters/{a}/{p['dc']}?groupLinks=true")
        root_id = next(x["id"] for x in dc_body["links"] if x["rel"] == "group")
        root = await api.call("GET", f"/v2/groups/{a}/{root_id}?serverDetail=detailed")
        servers, stack = [], [root]
        while stack:
            g = stack.pop()
            servers += g["servers"]
            stack += g.get("groups", [])
        rows = [
            (
                s["name"],
                s["status"],
                s["details"]["powerState"],
                s["details"]["cpu"],
                s["details"]["memoryMB"] / 1024,
                [x.get("internal") or x.get("public") for x in s["details"]["ipAddresses"]],
            )
            for s in servers
        ]
        return {"count": len(rows), "failed": 0 if all(r[5] for r in rows) else 1}


async def _queued_ops(p: Params) -> Params:
    """One reboot per server, each its own job, all awaited (a reboot leaves the world as
    it found it, so every run queues the same work)."""
    async with _Api(p) as api:
        a = api.alias
        queued = await asyncio.gather(
            *(api.call("POST", f"/v2/operations/{a}/servers/reboot", [sid]) for sid in p["ids"])
        )
        failed = await api.wait(_status_links([q[0] for q in queued]))
        return api.result(count=len(queued), failed=failed)


def _timed(coro_fn: Any, p: Params) -> Params:
    start = memory.start()
    p = dict(p, t0=start["t0"])
    result = asyncio.run(coro_fn(p))
    result["seconds"] = time.perf_counter() - start["t0"]
    return dict(result, **start)


def catalog(p: Params) -> Params:
    return _timed(_catalog, p)


def power_cycle(p: Params) -> Params:
    return _timed(_power_cycle, p)


def inventory(p: Params) -> Params:
    return _timed(_inventory, p)


def queued_ops(p: Params) -> Params:
    return _timed(_queued_ops, p)


def call_overhead(p: Params) -> Params:
    """N sequential GETs of one server with a plain ``httpx.Client``, JSON decoded."""
    with httpx.Client(base_url=p["url"], timeout=60) as client:
        body = _login(client, p).json()
        client.headers["Authorization"] = f"Bearer {body['bearerToken']}"
        url = f"/v2/servers/{body['accountAlias']}/{p['server_id']}"
        client.get(url).raise_for_status()  # warm the connection, as the SDK side does
        start = memory.start()
        for _ in range(p["n"]):
            r = client.get(url)
            r.raise_for_status()
            r.json()
        return dict(start, seconds=time.perf_counter() - start["t0"], count=p["n"], failed=0)
