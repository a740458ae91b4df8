"""200 concurrent clients creating servers in one group: no errors, no lost updates."""

from __future__ import annotations

import asyncio

import httpx

from clc.testing import Clock, Emulator

from .conftest import Api

CLIENTS = 200


async def _create_all(url: str, token: str, gid: str) -> list[int]:
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(
        base_url=url, headers={"Authorization": f"Bearer {token}"}, limits=limits, timeout=60
    ) as client:

        async def one(i: int) -> int:
            r = await client.post(
                "/v2/servers/DEMO",
                json={
                    "name": f"c{i % 7}",
                    "groupId": gid,
                    "sourceServerId": "UBUNTU-14-64-TEMPLATE",
                    "cpu": 1,
                    "memoryGB": 1,
                },
            )
            return r.status_code

        return await asyncio.gather(*(one(i) for i in range(CLIENTS)))


def test_parallel_creates_into_one_group() -> None:
    clock = Clock(frozen=True)
    with Emulator(clock=clock, job_seconds=1) as emu:
        api = Api(emu)
        gid = api.group_named("Default Group")["id"]
        codes = asyncio.run(_create_all(emu.url, api.login["bearerToken"], gid))
        assert codes == [202] * CLIENTS
        group = api.ok("GET", f"/v2/groups/DEMO/{gid}", params={"serverDetail": "detailed"})
        assert group["serversCount"] == CLIENTS
        names = {s["name"] for s in group["servers"]}
        assert len(names) == CLIENTS  # every create got its own name: none overwritten
        clock.advance(2)
        group = api.ok("GET", f"/v2/groups/DEMO/{gid}", params={"serverDetail": "detailed"})
        assert {s["status"] for s in group["servers"]} == {"active"}
        ips = [s["details"]["ipAddresses"][0]["internal"] for s in group["servers"]]
        assert len(set(ips)) == CLIENTS  # no address handed out twice
