"""The quick start on the event loop: ``clc.AsyncSession`` and the generated operations.

    python examples/async_quickstart.py

Logs in, reads the account's primary data center and its "Default Group", builds a
server there and awaits the build, powers it off, deletes it. The object model
(``clc.v2``) stays synchronous; async code uses the session and ``clc_generated``'s
``asyncio`` functions directly. With ``CLC_V2_API_USERNAME``/``CLC_V2_API_PASSWD`` set it
runs against that account; otherwise against an embedded emulator.
"""

from __future__ import annotations

import asyncio
import os

import clc
from clc_generated.api.accounts import get_account
from clc_generated.api.datacenters import get_datacenter, get_deployment_capabilities
from clc_generated.api.groups import get_group
from clc_generated.api.power_operations import power_off_servers
from clc_generated.api.servers import create_server, delete_server, get_server
from clc_generated.models import CreateServerRequest


async def quickstart(session: clc.AsyncSession, poll_freq: float = 2) -> str:
    """Build, await, power off and delete one server; returns its id."""
    alias = await session.get_alias()
    account = await session.call(get_account.asyncio, account_alias=alias)
    location = str(account.primary_data_center)
    dc = await session.call(
        get_datacenter.asyncio,
        account_alias=alias,
        data_center=location,
        group_links=True,
    )
    root_id = next(link.id for link in dc.links or [] if link.rel == "group")
    root = await session.call(get_group.asyncio, account_alias=alias, group_id=root_id)
    group = next(g for g in root.groups or [] if g.name == "Default Group")
    capabilities = await session.call(
        get_deployment_capabilities.asyncio,
        account_alias=alias,
        data_center=location,
    )
    template = next(t.name for t in capabilities.templates or [] if "CENTOS" in str(t.name))
    network = (capabilities.deployable_networks or [])[0].network_id

    body = CreateServerRequest(
        name="async",
        group_id=str(group.id),
        source_server_id=str(template),
        network_id=str(network),
        cpu=1,
        memory_gb=1,
        type_="standard",
    )
    build = await session.call(create_server.asyncio, account_alias=alias, body=body)
    uuid = next(link.id for link in build.links or [] if link.rel == "self")
    assert await session.requests(build).wait(poll_freq) == 0  # WaitUntilComplete()
    server = await session.call(get_server.asyncio, account_alias=alias, server_id=uuid, uuid=True)
    server_id = str(server.id)
    print(f"built {server.name} in {group.name} of {location}")

    off = await session.call(power_off_servers.asyncio, account_alias=alias, body=[server_id])
    assert await session.requests(off).wait(poll_freq) == 0
    gone = await session.call(
        delete_server.asyncio,
        account_alias=alias,
        server_id=server_id,
    )
    assert await session.requests(gone).wait(poll_freq) == 0
    print(f"powered off and deleted {server_id}")
    return server_id


async def main() -> None:
    if os.environ.get("CLC_V2_API_USERNAME") and os.environ.get("CLC_V2_API_PASSWD"):
        async with clc.AsyncSession() as session:  # credentials from the environment
            await quickstart(session)
        return
    from clc.testing import Emulator

    with Emulator(job_seconds=1.0) as emu:
        async with clc.AsyncSession(emu.username, emu.password, base_url=emu.url) as session:
            await quickstart(session, poll_freq=0.5)


if __name__ == "__main__":
    asyncio.run(main())
