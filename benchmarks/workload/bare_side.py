"""The same scenarios over bare httpx: the bare-HTTP baseline and the physical floor.

Each function is the least work a client can do against the API for the scenario:
the fewest calls the API allows, independent calls in flight together (bounded),
and queue waits that watch the last job submitted (jobs take the same time, so it
finishes last) and confirm every job once it is done. What it measures is the
emulator's own limit on this machine, not any SDK's.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

Params = dict[str, Any]
CONCURRENCY = 16
WATCH_INTERVAL = 0.05  # how often the floor client looks at the last job


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

    async def __aenter__(self) -> _Api:
        r = await _login(self.client, self.p)
        r.raise_for_status()
        body = r.json()
        self.alias = body["accountAlias"]
        self.client.headers["Authorization"] = f"Bearer {body['bearerToken']}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    async def call(self, method: str, url: str, body: Any = None) -> Any:
        async with self.gate:
            r = await self.client.request(method, url, json=body)
        r.raise_for_status()
        return r.json() if r.content else None

    async def wait(self, status_urls: list[str]) -> int:
        """Watch the last job until it ends, then confirm all; returns the failure count."""
        pending = list(status_urls)
        failed = 0
        while pending:
            last = await self.call("GET", pending[-1])
            if last["status"] not in ("succeeded", "failed", "unknown"):
                await asyncio.sleep(WATCH_INTERVAL)
                continue
            states = await asyncio.gather(*(self.call("GET", u) for u in pending))
            still = []
            for url, st in zip(pending, states, strict=True):
                if st["status"] in ("failed", "unknown"):
                    failed += 1
                elif st["status"] != "succeeded":
                    still.append(url)
            pending = still
            if pending:
                await asyncio.sleep(WATCH_INTERVAL)
        return failed


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
        network = caps["deployableNetworks"][0]["networkId"]
        templates = caps["templates"][: p["n"]]
        bodies = [
            {
                "name": f"{p['prefix']}{i // 50}",
                "groupId": group["id"],
                "sourceServerId": t["name"],
                "cpu": 2,
                "memoryGB": 4,
                "type": "standard",
                "networkId": network,
            }
            for i, t in enumerate(templates)
        ]
        queued = await asyncio.gather(*(api.call("POST", f"/v2/servers/{a}", b) for b in bodies))
        failed = await api.wait(_status_links(queued))
        return {"count": len(bodies), "failed": failed}


async def _power_cycle(p: Params) -> Params:
    async with _Api(p) as api:
        a = api.alias
        group = await api.call("GET", f"/v2/groups/{a}/{p['group_id']}")
        ids = [x["id"] for x in group["links"] if x["rel"] == "server"]
        failed = 0
        for op in ("powerOff", "powerOn"):
            queued = await api.call("POST", f"/v2/operations/{a}/servers/{op}", ids)
            failed += await api.wait(_status_links(queued))
        return {"count": len(ids), "failed": failed}


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


def _timed(coro_fn: Any, p: Params) -> Params:
    t0 = time.perf_counter()
    result = asyncio.run(coro_fn(p))
    result["seconds"] = time.perf_counter() - t0
    return result


def catalog(p: Params) -> Params:
    return _timed(_catalog, p)


def power_cycle(p: Params) -> Params:
    return _timed(_power_cycle, p)


def inventory(p: Params) -> Params:
    return _timed(_inventory, p)


def call_overhead(p: Params) -> Params:
    """N sequential GETs of one server with a plain ``httpx.Client``, JSON decoded."""
    with httpx.Client(base_url=p["url"], timeout=60) as client:
        body = _login(client, p).json()
        client.headers["Authorization"] = f"Bearer {body['bearerToken']}"
        url = f"/v2/servers/{body['accountAlias']}/{p['server_id']}"
        client.get(url).raise_for_status()  # warm the connection, as the SDK side does
        t0 = time.perf_counter()
        for _ in range(p["n"]):
            r = client.get(url)
            r.raise_for_status()
            r.json()
        return {"seconds": time.perf_counter() - t0, "count": p["n"], "failed": 0}
