"""The same scenarios over bare httpx: the best client, and the basis of the floors.

Each function is the least work a client can do against the API for the scenario: the
fewest calls the API allows, independent calls in flight together (16 at a time, as
the SDK), and waits that poll each distinct job (all servers of one batch share a
status id) in back-to-back rounds, 50 ms apart, until none is pending; status reads
are small, so a round has 32 in flight. ``sequential`` sends one build after another,
as a client in 2.51's timing must. Calls run on a thread pool over one
``httpx.Client``: measured on the 500-server catalog, that sent the builds in 1.4 s
where ``httpx.AsyncClient`` took 2.4 s.

Every wait is recorded as a phase: when its last submission was answered, when the
client saw its last job end, the job ids and the fastest status read of the run (one
round trip). The harness adds the emulator's job timeline and computes the physical
floor and the best 2 s poller from them (``benchmarks/floors.py``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import httpx
import memory

Params = dict[str, Any]
T = TypeVar("T")
CONCURRENCY = 16
POLL_CONCURRENCY = 32
WATCH_INTERVAL = 0.05  # pause between two polling rounds
ENDED = ("succeeded", "failed", "unknown")


class _Api:
    def __init__(self, p: Params, start: Params) -> None:
        connections = CONCURRENCY + POLL_CONCURRENCY
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        self.client = httpx.Client(base_url=p["url"], timeout=60, limits=limits)
        self.pool = ThreadPoolExecutor(CONCURRENCY)
        self.poll_pool = ThreadPoolExecutor(POLL_CONCURRENCY)
        self.t0 = start["t0"]
        self.phases: list[Params] = []
        self.rtt = float("inf")
        self._lock = threading.Lock()
        body = self.call("POST", "/v2/authentication/login",
                         {"username": p["username"], "password": p["password"]})  # fmt: skip
        self.alias = body["accountAlias"]
        self.client.headers["Authorization"] = f"Bearer {body['bearerToken']}"

    def close(self) -> None:
        self.pool.shutdown()
        self.poll_pool.shutdown()
        self.client.close()

    def now(self) -> float:
        return time.perf_counter() - self.t0

    def call(self, method: str, url: str, body: Any = None) -> Any:
        r = self.client.request(method, url, json=body)
        r.raise_for_status()
        return r.json() if r.content else None

    def all(self, fn: Callable[[Any], T], items: Iterable[Any]) -> list[T]:
        """``fn`` over ``items``, 16 in flight."""
        return list(self.pool.map(fn, items))

    def _status(self, url: str) -> str:
        sent = time.perf_counter()
        r = self.client.get(url)
        took = time.perf_counter() - sent
        with self._lock:
            self.rtt = min(self.rtt, took)
        r.raise_for_status()
        return str(r.json()["status"])

    def wait(self, status_urls: list[str]) -> int:
        """Poll each distinct job until none is pending; returns the failure count."""
        submitted = self.now()
        pending = list(dict.fromkeys(status_urls))  # distinct, in queue order
        jobs = [u.rsplit("/", 1)[-1] for u in pending]
        failed = 0
        while True:
            states = list(self.poll_pool.map(self._status, pending))
            failed += sum(st in ("failed", "unknown") for st in states)
            pending = [u for u, st in zip(pending, states, strict=True) if st not in ENDED]
            if not pending:
                break
            time.sleep(WATCH_INTERVAL)
        self.phases.append({"submitted": submitted, "done": self.now(), "jobs": jobs})
        return failed


def _status_links(queued: list[dict[str, Any]]) -> list[str]:
    return [link["href"] for item in queued for link in item["links"] if link["rel"] == "status"]


def _catalog(api: _Api, p: Params) -> Params:
    a, dc = api.alias, p["dc"]
    where = f"/v2/datacenters/{a}/{dc}"
    urls = [f"{where}/deploymentCapabilities", f"{where}?groupLinks=true"]
    caps, dc_body = api.all(lambda url: api.call("GET", url), urls)
    root = next(x["id"] for x in dc_body["links"] if x["rel"] == "group")
    group = api.call("POST", f"/v2/groups/{a}", {"name": p["group_name"], "parentGroupId": root})
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
        queued = [api.call("POST", url, b) for b in bodies]
    else:
        queued = api.all(lambda b: api.call("POST", url, b), bodies)
    failed = api.wait(_status_links(queued))
    return {"count": len(bodies), "failed": failed}


def _power_cycle(api: _Api, p: Params) -> Params:
    a = api.alias
    group = api.call("GET", f"/v2/groups/{a}/{p['group_id']}")
    ids = [x["id"] for x in group["links"] if x["rel"] == "server"]
    failed = 0
    for op in ("powerOff", "powerOn"):
        queued = api.call("POST", f"/v2/operations/{a}/servers/{op}", ids)
        failed += api.wait(_status_links(queued))
    return {"count": len(ids), "failed": failed}


def _inventory(api: _Api, p: Params) -> Params:
    """Two calls: the data center (for its root group) and the whole tree, servers in full."""
    a = api.alias
    dc_body = api.call("GET", f"/v2/datacenters/{a}/{p['dc']}?groupLinks=true")
    root_id = next(x["id"] for x in dc_body["links"] if x["rel"] == "group")
    root = api.call("GET", f"/v2/groups/{a}/{root_id}?serverDetail=detailed")
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


def _queued_ops(api: _Api, p: Params) -> Params:
    """One reboot per server, each its own job, all awaited (a reboot leaves the world as
    it found it, so every run queues the same work)."""
    url = f"/v2/operations/{api.alias}/servers/reboot"
    queued = api.all(lambda sid: api.call("POST", url, [sid]), p["ids"])
    failed = api.wait(_status_links([q[0] for q in queued]))
    return {"count": len(queued), "failed": failed}


def _timed(fn: Callable[[_Api, Params], Params], p: Params) -> Params:
    start = memory.start()
    api = _Api(p, start)
    try:
        result = fn(api, p)
        seconds = time.perf_counter() - start["t0"]
    finally:
        api.close()
    phases = {"phases": api.phases, "rtt": api.rtt} if api.phases else {}
    return dict(result, seconds=seconds, **start, **phases)


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
        body = client.post(
            "/v2/authentication/login",
            json={"username": p["username"], "password": p["password"]},
        ).json()
        client.headers["Authorization"] = f"Bearer {body['bearerToken']}"
        url = f"/v2/servers/{body['accountAlias']}/{p['server_id']}"
        client.get(url).raise_for_status()  # warm the connection, as the SDK side does
        start = memory.start()
        for _ in range(p["n"]):
            r = client.get(url)
            r.raise_for_status()
            r.json()
        return dict(start, seconds=time.perf_counter() - start["t0"], count=p["n"], failed=0)
