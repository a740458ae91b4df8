# pyright: strict
"""The README's examples as a user writes them, type-checked (never run) by
``tests/typing/test_user_script.py`` with ``mypy --strict`` and pyright's strict mode.

Each ``example_*`` function holds one README block verbatim (the test checks it); the
``assert_type`` lines say what a user's IDE and type checker see.
"""

from __future__ import annotations

from typing import assert_type


def example_using_the_sdk() -> None:
    import clc

    clc.v2.SetCredentials("user", "password")  # login is lazy, once, thread-safe
    dc = clc.v2.Account().PrimaryDatacenter()
    group = dc.Groups().Get("Default Group")
    clc.v2.Server.Create(
        name="api2",
        cpu=1,
        memory=1,
        group_id=group.id,
        template=dc.Templates().Search("centos-6-64")[0].id,
        network_id=dc.Networks().networks[0].id,
    ).WaitUntilComplete()


def example_several_accounts() -> None:
    import clc

    with clc.Session(username="user", password="password") as session:
        servers = clc.v2.Datacenter("VA1", session=session).RootGroup().Servers()

    assert_type(servers, clc.v2.Servers)


def example_calling_any_operation() -> None:
    import clc
    from clc_generated.api.shared_load_balancers import create_load_balancer, list_load_balancers
    from clc_generated.models import LoadBalancerRequest

    with clc.Session(username="user", password="password") as session:
        body = LoadBalancerRequest(name="web", description="web tier")
        created = create_load_balancer.sync(session.alias, "VA1", client=session.client, body=body)
        balancers = list_load_balancers.sync(session.alias, "VA1", client=session.client)
        print([balancer.name for balancer in balancers])  # balancers: list[LoadBalancer]
        assert created.id in {balancer.id for balancer in balancers}

    from clc_generated.models import LoadBalancer

    assert_type(created, LoadBalancer)
    assert_type(balancers, list[LoadBalancer])


def example_network_services() -> None:
    import clc

    with clc.Session(username="user", password="password") as session:
        dc = clc.v2.Datacenter("VA1", session=session)
        balancer = dc.LoadBalancers().Create("web", "web tier")
        pool = balancer.Pools().Create(80, method="leastConnection")
        pool.SetNodes([("10.0.0.5", 8080), ("10.0.0.6", 8080)])
        policy = dc.FirewallPolicies().Create("10.0.1.0/24", "10.0.2.0/24", ports=["tcp/443"])
        cross = dc.CrossDcFirewallPolicies().Create("10.0.1.0/24", "WA1", "10.1.0.0/24")
        print(balancer.ip_address, [node.ip_address for node in pool.Nodes()], cross.status)

    assert_type(policy.ports, list[str])


def example_async_quick_start() -> None:
    import asyncio

    import clc
    from clc_generated.api.datacenters import get_datacenter, get_deployment_capabilities
    from clc_generated.api.power_operations import power_off_servers
    from clc_generated.api.servers import create_server, delete_server, get_server
    from clc_generated.models import CreateServerRequest

    async def main() -> None:
        async with clc.AsyncSession("user", "password") as session:
            alias = await session.get_alias()  # logs in (once)
            location = await session.get_location()
            dc = await session.call(get_datacenter.asyncio, alias, location, group_links=True)
            caps = await session.call(get_deployment_capabilities.asyncio, alias, location)
            body = CreateServerRequest(
                name="api2",
                group_id=next(str(link.id) for link in dc.links or [] if link.rel == "group"),
                source_server_id=str((caps.templates or [])[0].name),
                network_id=str((caps.deployable_networks or [])[0].network_id),
                cpu=1,
                memory_gb=1,
                type_="standard",
            )
            build = await session.call(create_server.asyncio, alias, body=body)
            assert await session.requests(build) == 0  # WaitUntilComplete() on the event loop
            uuid = next(str(link.id) for link in build.links or [] if link.rel == "self")
            server = await session.call(get_server.asyncio, alias, uuid, uuid=True)
            server_id = str(server.id)
            off = await session.call(power_off_servers.asyncio, alias, body=[server_id])
            assert await session.requests(off).wait(poll_freq=2, timeout=600) == 0
            gone = await session.call(delete_server.asyncio, alias, server_id)
            await session.requests(gone)

    asyncio.run(main())


def example_emulator() -> None:
    import clc
    from clc.testing import Emulator

    with Emulator(job_seconds=0.05) as emu:  # also: emu.clock, emu.fault(...), emu.clear_faults()
        emu.add_fault("status=500,method=GET,count=1")  # the first GET fails once: retried
        with clc.Session(emu.username, emu.password, base_url=emu.url) as session:
            print(clc.v2.Account(session=session).PrimaryDatacenter())


def typed_surface(session: object) -> None:
    """What the object model's documented attributes and collections are typed as."""
    import clc
    from clc.v2 import Disk, Group, Network, PublicIP, Request, Server, Template
    from clc_generated.api.servers import get_server
    from clc_generated.models import Server as ServerModel

    with clc.Session(username="user", password="password") as sess:
        dc = clc.v2.Datacenter("VA1", session=sess)
        assert_type(dc.name, str)
        assert_type(dc.root_group_id, str | None)
        root = dc.RootGroup()
        for group in root.Subgroups():
            assert_type(group, Group)
            assert_type(group.server_count, int)
            assert_type(group.created_date, int | None)
        for server in root.Servers():
            assert_type(server, Server)
            assert_type(server.power_state, str | None)
            assert_type(server.cpu, int)
            assert_type(server.memory, float)
            assert_type(server.model, ServerModel)
            for disk in server.Disks():
                assert_type(disk, Disk)
                assert_type(disk.size, int)
            for ip in server.PublicIPs():
                assert_type(ip, PublicIP)
            for request in server.PowerOff():
                assert_type(request, Request)
        for network in dc.Networks():
            assert_type(network, Network)
            assert_type(network.vlan, int | None)
        for template in dc.Templates():
            assert_type(template, Template)
        for balancer in dc.LoadBalancers():
            assert_type(balancer, clc.v2.LoadBalancer)
            assert_type(balancer.ip_address, str | None)
            for pool in balancer.Pools():
                assert_type(pool, clc.v2.LoadBalancerPool)
                assert_type(pool.port, int | None)
        for policy in dc.FirewallPolicies():
            assert_type(policy, clc.v2.FirewallPolicy)
            assert_type(policy.ports, list[str])
        for cross in dc.CrossDcFirewallPolicies():
            assert_type(cross, clc.v2.CrossDcFirewallPolicy)
        model = get_server.sync(sess.alias, "VA1DEMOWEB01", client=sess.client)
        assert_type(model, ServerModel)
        assert_type(sess.call(get_server.sync, sess.alias, "VA1DEMOWEB01"), ServerModel)
