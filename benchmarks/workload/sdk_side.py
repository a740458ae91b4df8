"""The scenarios written against the documented ``clc.v2`` object model.

The same code runs with this project's facade and with clc-sdk 2.51: that is the
drop-in promise being measured. The endpoint is set the way 2.51 users set it,
through ``clc.defaults.ENDPOINT_URL_V2``; login happens lazily, inside the timing.
Whether this SDK pipelines builds is chosen by the harness through ``CLC_PIPELINE``
(the default session reads it), and reported back.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import memory

Params = dict[str, Any]


def _connect(p: Params) -> Any:
    import clc

    clc.defaults.ENDPOINT_URL_V2 = p["url"]
    clc.v2.SetCredentials(p["username"], p["password"])
    return clc


def _pipelined(clc: Any) -> bool | None:
    """Whether this SDK's default session pipelines builds (None for 2.51, which cannot)."""
    try:
        from clc.v2.default_session import default_session
    except ImportError:
        return None
    return bool(default_session().pipeline)


def _done(start: Params, **fields: Any) -> Params:
    return dict(start, seconds=time.perf_counter() - start["t0"], **fields)


def catalog(p: Params) -> Params:
    """The README's "build one server per template, then wait on the sum".

    The networks are used in turn: one /24 holds about 240 servers.
    """
    clc = _connect(p)
    start = memory.start()
    dc = clc.v2.Datacenter(p["dc"])
    group = dc.RootGroup().Create(p["group_name"])
    requests = []
    for i, template in enumerate(dc.Templates().templates[: p["n"]]):
        networks = dc.Networks().networks
        requests.append(
            clc.v2.Server.Create(
                name=f"{p['prefix']}{i // 50}",
                cpu=2,
                memory=4,
                ttl=7200,
                group_id=group.id,
                template=template.id,
                network_id=networks[i % len(networks)].id,
            )
        )
    failed = sum(requests).WaitUntilComplete()
    return _done(start, count=len(requests), failed=failed, pipeline=_pipelined(clc))


def power_cycle(p: Params) -> Params:
    """Power a whole group off, wait, power it on, wait."""
    clc = _connect(p)
    start = memory.start()
    group = clc.v2.Group(p["group_id"])
    failed = group.PowerOff().WaitUntilComplete()
    failed += group.PowerOn().WaitUntilComplete()
    return _done(start, count=p["n"], failed=failed)


def inventory(p: Params) -> Params:
    """Name, status, power state, cpu, memory and IPs of every server of a data center."""
    clc = _connect(p)
    start = memory.start()
    rows = []
    stack = [clc.v2.Datacenter(p["dc"]).RootGroup()]
    while stack:
        group = stack.pop()
        for s in group.Servers().Servers():
            ips = [a.get("internal") or a.get("public") for a in s.ip_addresses]
            rows.append((s.name, s.status, s.power_state, s.cpu, s.memory, ips))
        stack.extend(group.Subgroups().groups)
    result = _done(start, count=len(rows))
    result["failed"] = 0 if all(r[4] is not None and r[5] for r in rows) else 1
    return result


def queued_ops(p: Params) -> Params:
    """One reboot per server through ``clc.AsyncSession``, each its own queued operation,
    all awaited together in one event loop (``await sum(batches)``): no thread per job.
    Only this SDK has an async path; 2.51 never runs it."""
    import asyncio

    import clc
    from clc_generated.api.power_operations import reboot_servers

    async def run() -> Params:
        start = memory.start()
        async with clc.AsyncSession(p["username"], p["password"], base_url=p["url"]) as session:
            alias = await session.get_alias()  # the lazy login
            limit = asyncio.Semaphore(session.max_concurrency)

            async def reboot(server_id: str) -> Any:
                async with limit:
                    answer = await session.call(reboot_servers.asyncio, alias, body=[server_id])
                return session.requests(answer)

            batches = await asyncio.gather(*(reboot(i) for i in p["ids"]))
            threads = [threading.active_count()]  # sampled after every polling round
            failed = await sum(batches).wait(
                progress=lambda done, total: threads.append(threading.active_count())
            )
        return _done(start, count=len(batches), failed=failed, threads=max(threads))

    return asyncio.run(run())  # type: ignore[no-any-return]


def call_overhead(p: Params) -> Params:
    """N sequential GETs of one server, through the object model."""
    clc = _connect(p)
    server = clc.v2.Server(p["server_id"])  # logs in and warms the connection
    start = memory.start()
    for _ in range(p["n"]):
        server.Refresh()
    return _done(start, count=p["n"], failed=0)
