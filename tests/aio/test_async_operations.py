"""Every API tag's operations awaitable through an AsyncSession, typed: one test per tag
against the emulator, each checking the model its operation returns (and, for queued
work, awaiting it)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

import clc
from clc.testing import Emulator
from clc_generated import models as m
from clc_generated.api.accounts import get_account, get_custom_fields
from clc_generated.api.alert_policies import list_alert_policies
from clc_generated.api.anti_affinity_policies import list_anti_affinity_policies
from clc_generated.api.authentication import login
from clc_generated.api.autoscale_policies import list_autoscale_policies
from clc_generated.api.billing import get_server_pricing
from clc_generated.api.datacenters import get_deployment_capabilities, list_datacenters
from clc_generated.api.firewall_policies import list_firewall_policies
from clc_generated.api.groups import create_group, get_group
from clc_generated.api.horizontal_autoscale_policies import list_horizontal_autoscale_policies
from clc_generated.api.networks import list_networks
from clc_generated.api.power_operations import pause_servers, power_on_servers
from clc_generated.api.public_ips import add_public_ip
from clc_generated.api.queue import get_queue_status
from clc_generated.api.server_actions import create_snapshot
from clc_generated.api.servers import get_server, get_server_credentials
from clc_generated.api.shared_load_balancers import list_load_balancers
from clc_generated.api.site_to_site_vpn import list_site_to_site_vpns
from clc_generated.api.vm_import import list_available_imports
from clc_generated.api.webhooks import list_webhooks

from .conftest import run, session


@dataclass
class World:
    emu: Emulator
    alias: str
    server_id: str
    group_id: str


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    with Emulator(job_seconds=0.05) as emu:
        with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s:
            dc = clc.v2.Datacenter("VA1", session=s)
            group = dc.RootGroup()
            build = clc.v2.Server.Create(
                name="tags",
                cpu=1,
                memory=1,
                group_id=group.id,
                template=dc.Templates().templates[0].id,
                network_id=dc.Networks().networks[0].id,
                session=s,
            )
            assert build.WaitUntilComplete(poll_freq=0.02) == 0
            server_id = build.Server().id
        yield World(emu, emu.alias, server_id, group.id)


Scenario = Callable[[clc.AsyncSession, World], Awaitable[None]]


async def _accounts(s: clc.AsyncSession, w: World) -> None:
    account = await s.call(get_account.asyncio, account_alias=w.alias)
    assert account.account_alias == w.alias
    fields = await s.call(get_custom_fields.asyncio, account_alias=w.alias)
    assert isinstance(fields, list)


async def _alert_policies(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(
        list_alert_policies.asyncio,
        account_alias=w.alias,
    )
    assert isinstance(found.items, list)


async def _anti_affinity(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(
        list_anti_affinity_policies.asyncio,
        account_alias=w.alias,
    )
    assert isinstance(found.items, list)


async def _authentication(s: clc.AsyncSession, w: World) -> None:
    body = m.LoginRequest(username=w.emu.username, password=w.emu.password)
    answer = await s.call(login.asyncio, body=body)
    assert answer.account_alias == w.alias and answer.bearer_token


async def _autoscale(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(list_autoscale_policies.asyncio, account_alias=w.alias)
    assert isinstance(found, list)


async def _billing(s: clc.AsyncSession, w: World) -> None:
    pricing = await s.call(
        get_server_pricing.asyncio,
        account_alias=w.alias,
        server_id=w.server_id,
    )
    assert pricing.to_dict()


async def _datacenters(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(list_datacenters.asyncio, account_alias=w.alias)
    assert all(isinstance(dc, m.Datacenter) for dc in found) and found
    caps = await s.call(
        get_deployment_capabilities.asyncio,
        account_alias=w.alias,
        data_center="VA1",
    )
    assert caps.templates


async def _firewall(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(
        list_firewall_policies.asyncio,
        source_account_alias=w.alias,
        data_center="VA1",
    )
    assert isinstance(found, list)


async def _groups(s: clc.AsyncSession, w: World) -> None:
    body = m.CreateGroupRequest(name="async-tag", parent_group_id=w.group_id)
    made = await s.call(create_group.asyncio, account_alias=w.alias, body=body)
    read = await s.call(get_group.asyncio, account_alias=w.alias, group_id=str(made.id))
    assert read.name == "async-tag"


async def _horizontal(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(
        list_horizontal_autoscale_policies.asyncio,
        account_alias=w.alias,
    )
    assert found.to_dict() is not None


async def _networks(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(list_networks.asyncio, account_alias=w.alias, data_center="VA1")
    assert found and all(isinstance(n, m.Network) for n in found)


async def _power(s: clc.AsyncSession, w: World) -> None:
    result = await s.call(pause_servers.asyncio, account_alias=w.alias, body=[w.server_id])
    assert await s.requests(result) == 0
    result = await s.call(
        power_on_servers.asyncio,
        account_alias=w.alias,
        body=[w.server_id],
    )
    assert await s.requests(result) == 0


async def _public_ips(s: clc.AsyncSession, w: World) -> None:
    body = m.PublicIpRequest(ports=[m.PublicIpPort(protocol="TCP", port=443)])
    link = await s.call(
        add_public_ip.asyncio,
        account_alias=w.alias,
        server_id=w.server_id,
        body=body,
    )
    assert await s.requests(link) == 0


async def _queue(s: clc.AsyncSession, w: World) -> None:
    result = await s.call(
        create_snapshot.asyncio,
        account_alias=w.alias,
        body=m.CreateSnapshotRequest(server_ids=[w.server_id], snapshot_expiration_days=1),
    )
    status_id = s.requests(result).requests[0].id
    status = await s.call(
        get_queue_status.asyncio,
        account_alias=w.alias,
        status_id=status_id,
    )
    assert status.status in ("notStarted", "executing", "succeeded")
    assert await s.requests(result) == 0


async def _server_actions(s: clc.AsyncSession, w: World) -> None:
    result = await s.call(
        create_snapshot.asyncio,
        account_alias=w.alias,
        body=m.CreateSnapshotRequest(server_ids=[w.server_id], snapshot_expiration_days=3),
    )
    assert await s.requests(result).wait(poll_freq=0.02) == 0


async def _servers(s: clc.AsyncSession, w: World) -> None:
    server = await s.call(get_server.asyncio, account_alias=w.alias, server_id=w.server_id)
    assert str(server.id).lower() == w.server_id.lower()
    creds = await s.call(
        get_server_credentials.asyncio,
        account_alias=w.alias,
        server_id=w.server_id,
    )
    assert creds.password


async def _load_balancers(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(
        list_load_balancers.asyncio,
        account_alias=w.alias,
        data_center="VA1",
    )
    assert isinstance(found, list)


async def _vpn(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(list_site_to_site_vpns.asyncio, account=w.alias)
    assert isinstance(found, list)


async def _vm_import(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(list_available_imports.asyncio, account_alias=w.alias, data_center="VA1")
    assert isinstance(found, list)


async def _webhooks(s: clc.AsyncSession, w: World) -> None:
    found = await s.call(list_webhooks.asyncio, account_alias=w.alias)
    assert found.to_dict() is not None


TAGS: dict[str, Scenario] = {
    "accounts": _accounts,
    "alert_policies": _alert_policies,
    "anti_affinity_policies": _anti_affinity,
    "authentication": _authentication,
    "autoscale_policies": _autoscale,
    "billing": _billing,
    "datacenters": _datacenters,
    "firewall_policies": _firewall,
    "groups": _groups,
    "horizontal_autoscale_policies": _horizontal,
    "networks": _networks,
    "power_operations": _power,
    "public_ips": _public_ips,
    "queue": _queue,
    "server_actions": _server_actions,
    "servers": _servers,
    "shared_load_balancers": _load_balancers,
    "site_to_site_vpn": _vpn,
    "vm_import": _vm_import,
    "webhooks": _webhooks,
}


def test_every_tag_has_a_scenario() -> None:
    from pkgutil import iter_modules

    import clc_generated.api as api

    assert sorted(TAGS) == sorted(info.name for info in iter_modules(api.__path__))


@pytest.mark.parametrize("tag", sorted(TAGS))
def test_tag(tag: str, world: World) -> None:
    async def scenario() -> None:
        async with session(world.emu) as s:
            await TAGS[tag](s, world)

    run(scenario())


def test_a_failure_raises_instead_of_returning_an_error_body(world: World) -> None:
    async def scenario() -> Any:
        async with session(world.emu) as s:
            return await s.call(
                get_server.asyncio,
                account_alias=world.alias,
                server_id="X",
            )

    with pytest.raises(clc.NotFoundException):
        run(scenario())
