"""The scenarios written against the documented ``clc.v2`` object model.

The same code runs with this project's facade and with clc-sdk 2.51: that is the
drop-in promise being measured. The endpoint is set the way 2.51 users set it,
through ``clc.defaults.ENDPOINT_URL_V2``; login happens lazily, inside the timing.
"""

from __future__ import annotations

import time
from typing import Any

Params = dict[str, Any]


def _connect(p: Params) -> Any:
    import clc

    clc.defaults.ENDPOINT_URL_V2 = p["url"]
    clc.v2.SetCredentials(p["username"], p["password"])
    return clc


def catalog(p: Params) -> Params:
    """The README's "build one server per template, then wait on the sum"."""
    clc = _connect(p)
    t0 = time.perf_counter()
    dc = clc.v2.Datacenter(p["dc"])
    group = dc.RootGroup().Create(p["group_name"])
    requests = []
    for i, template in enumerate(dc.Templates().templates[: p["n"]]):
        requests.append(
            clc.v2.Server.Create(
                name=f"{p['prefix']}{i // 50}",
                cpu=2,
                memory=4,
                ttl=7200,
                group_id=group.id,
                template=template.id,
                network_id=dc.Networks().networks[0].id,
            )
        )
    failed = sum(requests).WaitUntilComplete()
    return {"seconds": time.perf_counter() - t0, "count": len(requests), "failed": failed}


def power_cycle(p: Params) -> Params:
    """Power a whole group off, wait, power it on, wait."""
    clc = _connect(p)
    t0 = time.perf_counter()
    group = clc.v2.Group(p["group_id"])
    failed = group.PowerOff().WaitUntilComplete()
    failed += group.PowerOn().WaitUntilComplete()
    return {"seconds": time.perf_counter() - t0, "count": p["n"], "failed": failed}


def inventory(p: Params) -> Params:
    """Name, status, power state, cpu, memory and IPs of every server of a data center."""
    clc = _connect(p)
    t0 = time.perf_counter()
    rows = []
    stack = [clc.v2.Datacenter(p["dc"]).RootGroup()]
    while stack:
        group = stack.pop()
        for s in group.Servers().Servers():
            ips = [a.get("internal") or a.get("public") for a in s.ip_addresses]
            rows.append((s.name, s.status, s.power_state, s.cpu, s.memory, ips))
        stack.extend(group.Subgroups().groups)
    seconds = time.perf_counter() - t0
    complete = all(r[4] is not None and r[5] for r in rows)
    return {"seconds": seconds, "count": len(rows), "failed": 0 if complete else 1}


def call_overhead(p: Params) -> Params:
    """N sequential GETs of one server, through the object model."""
    clc = _connect(p)
    server = clc.v2.Server(p["server_id"])  # logs in and warms the connection
    t0 = time.perf_counter()
    for _ in range(p["n"]):
        server.Refresh()
    return {"seconds": time.perf_counter() - t0, "count": p["n"], "failed": 0}
