"""What is measured: each scenario's world, its per-run parameters and its floor.

A scenario builds its world once in a fresh emulator, then every side runs the same
workload against that emulator, alternating, several times. Sizes come from a
profile: ``FULL`` for the published numbers, ``SMOKE`` to keep the harness honest in CI.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .emulator import World

Params = dict[str, Any]

POLL_INTERVAL = 2.0  # WaitUntilComplete's default poll_freq, as both SDKs document it


@dataclass(frozen=True)
class Profile:
    name: str
    reps: int
    import_reps: int
    latency_ms: float
    job_seconds: float
    catalog: tuple[int, ...]
    fleet: int
    inventory: int
    calls: int
    run_timeout: float  # seconds one measured run may take before it counts as failed


FULL = Profile("full", 3, 20, 25, 3, (20, 100), 200, 500, 1000, 240)
SMOKE = Profile("smoke", 1, 2, 25, 0.5, (3,), 4, 10, 20, 45)


@dataclass
class Scenario:
    key: str
    title: str
    workload: str
    seed: Callable[[World], Params]
    latency_ms: float
    job_seconds: float
    waits: int = 0  # queue waits in the scenario: the floor allows one poll interval each
    emulator_args: tuple[str, ...] = ()
    fresh_world: bool = False  # a new emulator for every run
    per_run: Callable[[Params, int], Params] = field(default=lambda p, i: p)


def _run_tag(i: int) -> str:
    letters = string.ascii_uppercase
    return letters[i // 26 % 26] + letters[i % 26]


def catalog(profile: Profile, n: int) -> Scenario:
    dc = "VA1"

    def seed(world: World) -> Params:
        return {"dc": dc, "n": n}  # a short catalog would show up as "handled k of n"

    def per_run(p: Params, i: int) -> Params:
        return dict(p, prefix=f"C{_run_tag(i)}", group_name=f"Build Entire Catalog {i}")

    return Scenario(
        f"catalog_{n}",
        f"Catalog build, N = {n}",
        "catalog",
        seed,
        profile.latency_ms,
        profile.job_seconds,
        waits=1,
        per_run=per_run,
        emulator_args=("--templates-per-dc", str(n)),
        fresh_world=True,  # each build takes 100 addresses of a /24 network
    )


def power_cycle(profile: Profile) -> Scenario:
    dc, n = "WA1", profile.fleet

    def seed(world: World) -> Params:
        (group,) = world.groups(world.root_group(dc), ["Fleet"])
        per_name = 50  # the API numbers servers per name with two digits
        world.servers(
            dc,
            [(group, f"F{k}", min(per_name, n - k * per_name)) for k in range(-(-n // per_name))],
        )
        return {"group_id": group, "n": n}

    return Scenario(
        f"power_cycle_{n}",
        f"Fleet power cycle, {n} servers",
        "power_cycle",
        seed,
        profile.latency_ms,
        profile.job_seconds,
        waits=2,
    )


def inventory(profile: Profile) -> Scenario:
    dc, n = "UC1", profile.inventory

    def seed(world: World) -> Params:
        # root -> 4 regions -> 2 tiers each -> 2 apps each; servers in regions and apps.
        regions = world.groups(world.root_group(dc), [f"Region {r}" for r in range(4)])
        homes = list(regions)
        for r, region in enumerate(regions):
            for tier in world.groups(region, [f"Tier {r}.{t}" for t in range(2)]):
                homes += world.groups(tier, [f"App {r}.{a}" for a in range(2)])
        homes = homes[: max(1, min(len(homes), n // 25))]
        share, extra = divmod(n, len(homes))
        world.servers(dc, [(g, f"I{k:02d}", share + (k < extra)) for k, g in enumerate(homes)])
        return {"dc": dc, "n": n}

    return Scenario(
        f"inventory_{n}",
        f"Inventory of {n} servers in nested groups",
        "inventory",
        seed,
        profile.latency_ms,
        profile.job_seconds,
    )


def call_overhead(profile: Profile) -> Scenario:
    dc, n = "VA1", profile.calls

    def seed(world: World) -> Params:
        (group,) = world.groups(world.root_group(dc), ["Overhead"])
        (server,) = world.servers(dc, [(group, "OVH", 1)], ids=True)
        return {"server_id": server, "n": n}

    # No added latency: what is left is the client's own cost per call.
    return Scenario(
        f"call_overhead_{n}",
        f"Call overhead, {n} sequential GETs, no added latency",
        "call_overhead",
        seed,
        0,
        profile.job_seconds,
    )


def all_scenarios(profile: Profile) -> list[Scenario]:
    return [
        *(catalog(profile, n) for n in profile.catalog),
        power_cycle(profile),
        inventory(profile),
        call_overhead(profile),
    ]
