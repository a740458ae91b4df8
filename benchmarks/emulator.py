"""Starting the emulator (its command line, in its own process) and building a world in it.

The world is built over the public HTTP API, the way a user would, before any timing
starts: groups, servers and their queued builds, waited on.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
ADDRESSES_PER_NETWORK = 200  # of a /24's usable addresses, leaving room for the gateway
USERNAME = "demo"
PASSWORD = "demo-password"


class Emulator:
    """``with Emulator(work, latency_ms=25, job_seconds=(1.5, 4.5)) as emu:`` -> ``emu.url``.

    Job lengths are drawn uniformly from the ``job_seconds`` range; ``launcher`` is what
    runs the emulator's command line (a profiler can wrap it).
    """

    def __init__(
        self,
        work: Path,
        *,
        latency_ms: float,
        job_seconds: tuple[float, float],
        name: str,
        extra: tuple[str, ...] = (),
        launcher: tuple[str, ...] = ("-m", "clc.testing"),
    ) -> None:
        low, high = job_seconds
        self.args = [
            sys.executable, *launcher, "--port", "0", "--latency-ms", str(latency_ms),
            "--job-seconds", str(low), "--job-seconds-max", str(high),
            "--username", USERNAME, "--password", PASSWORD, *extra,
        ]  # fmt: skip
        self.log = work / "logs" / f"emulator-{name}.log"
        self.out = work / "logs" / f"emulator-{name}.url"
        self.latency_ms, self.job_seconds = latency_ms, job_seconds
        self.username, self.password = USERNAME, PASSWORD
        self.url = ""
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Emulator:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, PYTHONPATH=str(REPO))
        with self.out.open("wb") as out, self.log.open("wb") as log:
            self.proc = subprocess.Popen(self.args, cwd=REPO, env=env, stdout=out, stderr=log)
        deadline = time.monotonic() + 60
        while not self.url:
            first = self.out.read_text().partition("\n")
            if first[1]:
                self.url = first[0].strip()
            elif self.proc.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"emulator did not start: {self.log.read_text()[-2000:]}")
            else:
                time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def requests_served(self) -> int | None:
        """How many API requests the emulator has answered (its health endpoint says)."""
        health = self._health()
        return int(health["requests"]) if health else None

    def last_job(self) -> int:
        health = self._health()
        return int(health.get("lastJob", 0)) if health else 0

    def _health(self) -> dict[str, Any] | None:
        try:
            return dict(httpx.get(f"{self.url}/_emulator/health", timeout=10).json())
        except (httpx.HTTPError, ValueError):
            return None

    def reseed_jobs(self, seed: int) -> None:
        """Draw the same job lengths as every other run from here on."""
        httpx.post(f"{self.url}/_emulator/jobs/seed", json={"seed": seed}, timeout=10)

    def jobs_after(self, seq: int) -> dict[str, list[float]]:
        """``{job id: [start, end]}`` (wall-clock seconds) of the jobs queued after ``seq``."""
        r = httpx.get(f"{self.url}/_emulator/jobs", params={"after": seq}, timeout=60)
        r.raise_for_status()
        return {j["id"]: [j["start"], j["end"]] for j in r.json()}

    def cpu_seconds(self) -> float | None:
        """CPU time the emulator's process has used (all its threads), from ``/proc``."""
        if self.proc is None:
            return None
        try:
            with open(f"/proc/{self.proc.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def params(self) -> dict[str, Any]:
        return {"url": self.url, "username": self.username, "password": self.password}


class World:
    """Raw-HTTP helpers that shape the emulator's world before a scenario runs."""

    def __init__(self, emu: Emulator, concurrency: int = 64) -> None:
        self.emu = emu
        self.concurrency = concurrency

    def run(self, coro: Any) -> Any:
        return asyncio.run(coro)

    @contextlib.asynccontextmanager
    async def _session(self) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
        limits = httpx.Limits(max_connections=self.concurrency)
        async with httpx.AsyncClient(base_url=self.emu.url, timeout=120, limits=limits) as client:
            r = await client.post(
                "/v2/authentication/login",
                json={"username": self.emu.username, "password": self.emu.password},
            )
            r.raise_for_status()
            body = r.json()
            client.headers["Authorization"] = f"Bearer {body['bearerToken']}"
            yield client, body["accountAlias"]

    async def _call(
        self, client: httpx.AsyncClient, method: str, url: str, body: Any = None
    ) -> Any:
        r = await client.request(method, url, json=body)
        if r.is_error:
            raise RuntimeError(f"{method} {url} -> {r.status_code} {r.text[:500]}")
        return r.json() if r.content else None

    def root_group(self, dc: str) -> str:
        async def go() -> str:
            async with self._session() as (client, alias):
                body = await self._call(
                    client, "GET", f"/v2/datacenters/{alias}/{dc}?groupLinks=true"
                )
                return next(x["id"] for x in body["links"] if x["rel"] == "group")

        return self.run(go())

    def capabilities(self, dc: str) -> tuple[list[str], str]:
        """The data center's deployable network ids and its first template's name."""

        async def go() -> tuple[list[str], str]:
            async with self._session() as (client, alias):
                url = f"/v2/datacenters/{alias}/{dc}/deploymentCapabilities"
                caps = await self._call(client, "GET", url)
                networks = [n["networkId"] for n in caps["deployableNetworks"]]
                return networks, str(caps["templates"][0]["name"])

        return self.run(go())

    def groups(self, parent: str, names: list[str]) -> list[str]:
        """Create child groups of ``parent``; returns their ids in order."""

        async def go() -> list[str]:
            async with self._session() as (client, alias):
                ids = []
                for name in names:  # one by one: creation order is the listing order
                    body = {"name": name, "description": name, "parentGroupId": parent}
                    ids.append(
                        (await self._call(client, "POST", f"/v2/groups/{alias}", body))["id"]
                    )
                return ids

        return self.run(go())

    def servers(
        self, dc: str, placement: list[tuple[str, str, int]], ids: bool = False
    ) -> list[str]:
        """Build servers, ``(group id, name, count)`` per entry, and wait for the builds.

        Returns the new servers' ids when ``ids`` is set.
        """

        async def go() -> list[str]:
            async with self._session() as (client, alias):
                caps_url = f"/v2/datacenters/{alias}/{dc}/deploymentCapabilities"
                caps = await self._call(client, "GET", caps_url)
                total = sum(count for *_, count in placement)
                # A network is a /24: claim more when the servers would not fit.
                missing = -(-total // ADDRESSES_PER_NETWORK) - len(caps["deployableNetworks"])
                for _ in range(max(0, missing)):
                    claim = f"/v2-experimental/networks/{alias}/{dc}/claim"
                    op = await self._call(client, "POST", claim, {})
                    while (await self._call(client, "GET", op["uri"]))["status"] != "succeeded":
                        await asyncio.sleep(0.1)
                if missing > 0:
                    caps = await self._call(client, "GET", caps_url)
                networks = [n["networkId"] for n in caps["deployableNetworks"]]
                template = caps["templates"][0]["name"]
                gate = asyncio.Semaphore(self.concurrency)

                async def create(group: str, name: str, network: str) -> Any:
                    body = {
                        "name": name, "groupId": group, "sourceServerId": template,
                        "cpu": 1, "memoryGB": 2, "type": "standard", "networkId": network,
                        "password": "Benchmark-pa55!",
                    }  # fmt: skip
                    async with gate:
                        return await self._call(client, "POST", f"/v2/servers/{alias}", body)

                wanted = [(g, name) for g, name, count in placement for _ in range(count)]
                queued = await asyncio.gather(
                    *(
                        create(g, name, networks[i * len(networks) // len(wanted)])
                        for i, (g, name) in enumerate(wanted)
                    )
                )
                status = [x["href"] for q in queued for x in q["links"] if x["rel"] == "status"]

                async def wait(url: str) -> None:
                    while True:
                        async with gate:
                            st = (await self._call(client, "GET", url))["status"]
                        if st == "succeeded":
                            return
                        if st in ("failed", "unknown"):
                            raise RuntimeError(f"seeding job {url} ended {st}")
                        await asyncio.sleep(0.5)

                await asyncio.gather(*(wait(url) for url in status))
                if not ids:
                    return []

                # The new server is behind the queued item's self link.
                async def found(q: Any) -> str:
                    link = next((x for x in q["links"] if x["rel"] == "self"), None)
                    if link is None:
                        return str(q["server"])
                    async with gate:
                        return str((await self._call(client, "GET", link["href"]))["id"])

                return list(await asyncio.gather(*(found(q) for q in queued)))

        return self.run(go())
