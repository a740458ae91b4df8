"""The SDK's public entry points, found by inspection, and arguments to call them with.

``public_entry_points()`` walks ``clc.v2.__all__`` (classes, their constructors and methods,
module functions) and adds ``clc.Session``: every callable that takes an argument.
``entries(world)`` says, for each of them, how to reach it in a running emulator and which
values of each argument are valid or invalid (Hypothesis strategies). The test
(test_argument_checks.py) checks that the two lists name the same entry points, so a new
method without arguments to try fails it.
"""

from __future__ import annotations

import inspect
import math
import time
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from hypothesis import strategies as st

import clc
import clc.v2
from clc.core.retry import DEFAULT_RETRY_POLICY
from clc.testing import Emulator
from tests.facade.test_horizontal_autoscale import POLICY

# 2.51 documented these underscored methods; they are public in all but name.
DOCUMENTED_PRIVATE = frozenset({"_DeploymentCapabilities", "_Capabilities", "_Load"})


def _parameters(fn: Callable[..., Any], bound: bool) -> list[str]:
    params = list(inspect.signature(fn).parameters.values())[1 if bound else 0 :]
    names = [p.name for p in params if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    for p in params:
        # Keywords declared as **options: Unpack[SomeTypedDict] (the sessions share theirs).
        if p.kind is p.VAR_KEYWORD:
            hint = typing.get_type_hints(fn).get(p.name)
            if typing.get_origin(hint) is typing.Unpack:
                names += list(typing.get_args(hint)[0].__annotations__)
    return names


def _methods(cls: type) -> Iterator[tuple[str, Callable[..., Any], bool]]:
    for attr in dir(cls):
        if attr.startswith("__") or (attr.startswith("_") and attr not in DOCUMENTED_PRIVATE):
            continue
        raw = inspect.getattr_static(cls, attr)
        if isinstance(raw, staticmethod | classmethod):
            yield attr, raw.__func__, isinstance(raw, classmethod)
        elif inspect.isfunction(raw):
            yield attr, raw, True


def public_entry_points() -> dict[str, list[str]]:
    """``"Class"`` (its constructor), ``"Class.Method"`` or ``"module.function"`` -> the
    names of its parameters, for every public callable that takes at least one."""
    found: dict[str, list[str]] = {}
    for name in clc.v2.__all__:
        obj = getattr(clc.v2, name)
        if inspect.ismodule(obj):
            for fname, fn in vars(obj).items():
                public = inspect.isfunction(fn) and not fname.startswith("_")
                if public and fn.__module__ == obj.__name__ and _parameters(fn, False):
                    found[f"{name}.{fname}"] = _parameters(fn, False)
        elif inspect.isclass(obj):
            if _parameters(obj.__init__, True):
                found[name] = _parameters(obj.__init__, True)
            if obj is clc.Session:
                continue  # its constructor is the entry point; its methods are the plumbing
            for attr, fn, bound in _methods(obj):
                if _parameters(fn, bound):
                    found[f"{name}.{attr}"] = _parameters(fn, bound)
        elif callable(obj) and _parameters(obj, False):
            found[name] = _parameters(obj, False)
    return found


# -- values ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Arg:
    """Values of one argument: ``valid`` ones pass the SDK's checks (the API may still refuse
    them), ``invalid`` ones must be refused before any request."""

    valid: st.SearchStrategy[Any]
    invalid: st.SearchStrategy[Any]


#: Values of a type no argument of the SDK takes.
STRANGERS = st.one_of(
    st.just(object()),
    st.binary(max_size=4),
    st.lists(st.integers(), min_size=1, max_size=2),
    st.just({"a": 1}),
    st.just(float("nan")),
    st.just(float("inf")),
    st.just(math.pi),
)
NOT_TEXT = st.one_of(STRANGERS, st.integers(-5, 10**12), st.booleans())
NOT_NUMBER = st.one_of(
    STRANGERS.filter(lambda v: not isinstance(v, float)),
    st.text(max_size=4).filter(lambda t: not t.strip().lstrip("+-").isdigit()),
)
BAD_TEXT = st.sampled_from(["", "   ", "x" * 256])
BAD_IDS = st.sampled_from(["", "a b", "tab\there", "new\nline", "x" * 256])
NAMES = st.text(min_size=1, max_size=12).filter(lambda t: bool(t.strip()))


def one_of_values(*values: Any) -> st.SearchStrategy[Any]:
    return st.sampled_from(values)


def text(required: bool = True) -> Arg:
    valid = NAMES if required else st.none() | st.text(max_size=12)
    invalid = NOT_TEXT | BAD_TEXT if required else NOT_TEXT | st.just("x" * 256)
    return Arg(valid, invalid | st.none() if required else invalid)


def key() -> Arg:
    return Arg(st.text(max_size=12), NOT_TEXT | st.none())


def ident(*known: str, optional: bool = False) -> Arg:
    valid: st.SearchStrategy[Any] = st.sampled_from([*known, "nosuch1"])
    invalid: st.SearchStrategy[Any] = NOT_TEXT | BAD_IDS
    if optional:
        valid = valid | st.none()
    else:
        invalid = invalid | st.none()
    return Arg(valid, invalid)


def flag() -> Arg:
    return Arg(st.booleans(), one_of_values("false", "true", 0, 1, None, 1.0, "yes"))


def number(low: int, high: int, optional: bool = False) -> Arg:
    valid = st.integers(low, high)
    invalid = (
        st.integers(high + 1, high + 10**6)
        | st.integers(low - 10**6, low - 1)
        | one_of_values("+-5", "abc", 2.5, True, float("nan"))
        | NOT_NUMBER
    )
    if optional:
        return Arg(valid | st.none(), invalid)
    return Arg(valid, invalid | st.none())


def seconds(low: float, high: float, optional: bool = False) -> Arg:
    valid = st.floats(low, high) | st.integers(math.ceil(low), int(high))
    invalid = one_of_values(-1, float("nan"), float("inf"), 1e12, "5", True) | NOT_NUMBER
    return Arg(valid | st.none(), invalid) if optional else Arg(valid, invalid | st.none())


def alias(w: World) -> Arg:
    return Arg(
        one_of_values(None, w.emu.alias, "OTHER"),
        NOT_TEXT | one_of_values("", "DE MO", "x" * 11, "dé"),
    )


def location() -> Arg:
    return Arg(
        one_of_values(None, "VA1", "UC1", "ZZ9"),
        NOT_TEXT | one_of_values("", "V", "VA 1", "x" * 11),
    )


def model() -> Arg:
    return Arg(st.none(), one_of_values(5, "x", [1], True, 2.5))


def password(optional: bool = False) -> Arg:
    valid = st.text(min_size=1, max_size=12)
    invalid = NOT_TEXT | st.just("")
    return Arg(valid | st.none(), invalid) if optional else Arg(valid, invalid | st.none())


def ip(optional: bool = True) -> Arg:
    valid = st.ip_addresses(v=4).map(str)
    invalid = NOT_TEXT | one_of_values("", "10.0.0", "300.1.1.1", "any")
    return Arg(valid | st.none(), invalid) if optional else Arg(valid, invalid | st.none())


def instance(value: Callable[[], Any], optional: bool = False) -> Arg:
    valid = st.builds(value)
    invalid: st.SearchStrategy[Any] = NOT_TEXT | st.text(max_size=3)
    return Arg(valid | st.none(), invalid) if optional else Arg(valid, invalid | st.none())


def items(valid: st.SearchStrategy[Any], bad_item: st.SearchStrategy[Any]) -> Arg:
    """A list argument (``None`` allowed): bad lists hold a bad item, or are no list at all."""
    good_lists = st.none() | st.lists(valid, max_size=2)
    bad_lists = st.lists(bad_item, min_size=1, max_size=2) | one_of_values("x", 5, {"a": 1})
    return Arg(good_lists, bad_lists)


DISKS = items(
    st.builds(lambda n: {"sizeGB": n, "type": "raw"}, st.integers(1, 1024))
    | st.just({"size": 10, "type": "partitioned", "path": "/data"}),
    one_of_values({}, {"foo": 1}, {"sizeGB": 0}, {"sizeGB": 5000}, {"sizeGB": "x"}, 1, "x")
    | st.just({"sizeGB": 10, "type": "bogus"})
    | st.just({"sizeGB": 10, "type": "partitioned"}),
)
CUSTOM_FIELDS = items(
    st.builds(lambda v: {"id": "nosuchfield", "value": v}, st.text(max_size=5) | st.integers()),
    one_of_values({"foo": 1}, {}, {"id": 5}, {"id": "x", "value": [1]}, "x", None),
)
PACKAGES = items(
    st.just({"packageId": "nosuchpackage", "parameters": {"a": "b"}}),
    one_of_values({}, {"packageId": 5}, {"packageId": "p", "parameters": {"a": 1}}, "x"),
)
PORTS = Arg(
    st.lists(
        st.builds(lambda p: {"protocol": "TCP", "port": p}, st.integers(1, 65535))
        | st.just({"protocol": "icmp"}),
        max_size=2,
    ),
    st.lists(
        one_of_values(
            {},
            {"port": 80},
            {"protocol": "http", "port": 80},
            {"protocol": "TCP", "port": 0},
            {"protocol": "TCP", "port": 90, "port_to": 80},
            {"protocol": "TCP", "port": "x"},
            5,
        ),
        min_size=1,
        max_size=2,
    )
    | one_of_values(None, "x", 5, {"protocol": "TCP", "port": 80}),
)
CIDRS = Arg(
    st.lists(one_of_values("10.0.0.0/24", "203.0.113.7/32"), max_size=2),
    st.lists(one_of_values("10.0.0.0", "any", 5, None), min_size=1, max_size=2)
    | one_of_values(None, "10.0.0.0/24", 5),
)
POLICY_OBJ = Arg(
    st.just(POLICY) | st.builds(lambda n: {**POLICY, "name": n}, NAMES),
    one_of_values(
        None,
        5,
        "x",
        [],
        {},
        {"name": ""},
        {"name": 5},
        {**POLICY, "minimumServerCount": "abc"},
        {**POLICY, "thresholdPeriod": "7m"},
        {**POLICY, "scaleOut": 5},
        {**POLICY, "scaleIn": {"scaleBy": 3}},
        {**POLICY, "bogus": 1},
    ),
)


# -- the world the entry points are called in ------------------------------------------------


@dataclass
class World:
    """What the entry points act on, built once in an emulator."""

    emu: Emulator
    session: clc.Session
    dc: clc.v2.Datacenter
    group: clc.v2.Group
    template: str
    network: str
    spare_network: str
    server: clc.v2.Server
    template_server: clc.v2.Server
    public_ip: clc.v2.PublicIP
    anti_affinity: clc.v2.AntiAffinity
    policy: clc.v2.HorizontalAutoscalePolicy
    alert_id: str
    answer: dict[str, Any]
    load_balancer: clc.v2.LoadBalancer
    pool: clc.v2.LoadBalancerPool
    firewall_policy: clc.v2.FirewallPolicy
    cross_dc_policy: clc.v2.CrossDcFirewallPolicy
    opened: list[clc.Session] = field(default_factory=list)

    def fresh(self) -> clc.Session:
        """A session that has not logged in yet (its login would be a request)."""
        s = clc.Session(**self.emu.session_kwargs(), use_env=False)
        self.opened.append(s)
        return s

    def close_fresh(self) -> None:
        while self.opened:
            self.opened.pop().close()


def build_world(emu: Emulator, s: clc.Session) -> World:
    dc = clc.v2.Datacenter("VA1", session=s)
    group = dc.RootGroup().Create("argtest", "what the argument checks act on")
    template = dc.Templates().templates[0].id
    networks = dc.Networks(forced_load=True).networks
    servers = []
    for name in ("arg", "tpl"):
        build = clc.v2.Server.Create(
            name=name,
            template=template,
            group_id=group.id,
            network_id=networks[0].id,
            cpu=1,
            memory=1,
            password="Secr3t!pass",
            session=s,
        )
        assert build.WaitUntilComplete(poll_freq=0.01) == 0
        servers.append(build.Server())
    answer = dict(build.success_requests[0].data)  # a finished job's shape, rebuilt below
    server = servers[0]
    added = server.PublicIPs().Add([{"protocol": "TCP", "port": 80}])
    assert added.WaitUntilComplete(poll_freq=0.01) == 0
    server.Refresh()
    alert = next(iter(emu.state.data["alertPolicies"].values()))
    job = next(iter(build.success_requests))
    answer = {
        "server": server.id,
        "isQueued": True,
        "links": [{"rel": "status", "id": job.id, "href": f"/v2/operations/x/status/{job.id}"}],
    }
    load_balancer = dc.LoadBalancers().Create("argtest")
    return World(
        load_balancer=load_balancer,
        pool=load_balancer.Pools().Create(80),
        firewall_policy=dc.FirewallPolicies().Create("10.0.1.0/24", "10.0.2.0/24"),
        cross_dc_policy=dc.CrossDcFirewallPolicies().Create("10.0.1.0/24", "WA1", "10.1.0.0/24"),
        emu=emu,
        session=s,
        dc=dc,
        group=group,
        template=template,
        network=networks[0].id,
        spare_network=networks[1].id,
        server=server,
        template_server=servers[1],
        public_ip=server.PublicIPs().public_ips[0],
        anti_affinity=clc.v2.AntiAffinity.GetAll(location="VA1", session=s)[0],
        policy=clc.v2.HorizontalAutoscalePolicy.GetAll(session=s)[0],
        alert_id=str(alert["id"]),
        answer=answer,
    )


# -- the table -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """How to reach one entry point (``target`` may make requests: it runs before the count)
    and the values of its arguments."""

    target: Callable[[], Callable[..., Any]]
    args: dict[str, Arg]
    # Valid values may still be refused by the object's state (a disk only grows).
    state_dependent: bool = False


def entries(w: World) -> dict[str, Entry]:
    """Every entry point of :func:`public_entry_points`, as ``Entry``."""
    v2 = clc.v2
    s = w.session
    session = Arg(
        st.builds(w.fresh) | st.none(),
        NOT_TEXT.filter(lambda v: not isinstance(v, dict)) | one_of_values("session", {}, []),
    )
    ids = {
        "group": ident(w.group.id),
        "server": ident(w.server.id),
        "network": ident(w.network, optional=True),
        "template": ident(w.template),
    }
    cached = {"cached": flag()}
    create = {
        "name": Arg(
            st.from_regex(r"[a-z][a-z0-9-]{0,5}", fullmatch=True),
            BAD_TEXT | NOT_TEXT | one_of_values(None, "web_1", "wé", "abcdefghi"),
        ),
        "template": ids["template"],
        "group_id": ids["group"],
        "network_id": ids["network"],
        "cpu": number(1, 16, optional=True),
        "memory": number(1, 128, optional=True),
        "alias": Arg(one_of_values(None, w.emu.alias), alias(w).invalid),  # "OTHER" + name > 10
        "password": password(optional=True),
        "ip_address": ip(),
        "storage_type": Arg(
            one_of_values("standard", "premium", "Premium"),
            NOT_TEXT | one_of_values(None, "ssd", "hyperscale"),
        ),
        "type": Arg(st.just("standard"), NOT_TEXT | one_of_values(None, "virtual", "")),
        "primary_dns": ip(),
        "secondary_dns": ip(),
        "additional_disks": DISKS,
        "custom_fields": CUSTOM_FIELDS,
        "ttl": Arg(
            one_of_values(None, 7200, 86400.5) | st.just(datetime.now(UTC) + timedelta(days=2)),
            one_of_values(0, 3600, -5, "7200", True, float("nan"), 1e300, datetime(2031, 1, 1)),
        ),
        "managed_os": flag(),
        "description": text(required=False),
        "source_server_password": password(optional=True),
        "cpu_autoscale_policy_id": ident(optional=True),
        "anti_affinity_policy_id": ident(w.anti_affinity.id, optional=True),
        "packages": PACKAGES,
        "configuration_id": ident(optional=True),
        "session": session,
    }
    clone = {
        k: v
        for k, v in create.items()
        if k not in ("template", "additional_disks", "configuration_id", "session")
    }
    clone.update(
        name=Arg(
            create["name"].valid | st.none(), create["name"].invalid.filter(lambda v: v is not None)
        ),
        group_id=ident(w.group.id, optional=True),
        cpu=number(1, 16, optional=True),
        storage_type=Arg(create["storage_type"].valid | st.none(), NOT_TEXT | one_of_values("ssd")),
        type=Arg(one_of_values(None, "standard"), NOT_TEXT | one_of_values("virtual")),
        count=Arg(st.integers(0, 2), number(0, 99).invalid),
    )
    pip = w.public_ip
    wait = {"poll_freq": seconds(0, 0.01), "timeout": seconds(0, 5, optional=True)}
    callables = Arg(one_of_values(None), NOT_TEXT | st.text(max_size=2))

    def requests() -> clc.v2.Requests:
        return v2.Requests(w.answer, session=s)

    def server() -> clc.v2.Server:
        return w.server

    def spare() -> clc.v2.Network:
        """The network the Network methods act on, built without a request."""
        return v2.Network(
            w.spare_network, network_obj={"id": w.spare_network}, session=s, location="VA1"
        )

    table: dict[str, Entry] = {
        "SetCredentials": Entry(
            lambda: v2.SetCredentials, {"api_username": text(), "api_passwd": password()}
        ),
        "get_session": Entry(
            lambda: v2.get_session,
            {
                "username": Arg(st.just(w.emu.username), NOT_TEXT | BAD_TEXT | st.none()),
                "password": Arg(st.just(w.emu.password), NOT_TEXT | one_of_values("", None)),
                "default_endpoints": Arg(
                    st.just(types.SimpleNamespace(ENDPOINT_URL_V2=w.emu.url)),
                    one_of_values(5, None, types.SimpleNamespace(ENDPOINT_URL_V2=5)),
                ),
                "cert": Arg(one_of_values(None, False), one_of_values(5, "", [1])),
            },
        ),
        "Session": Entry(
            lambda: clc.Session,
            {
                "username": Arg(NAMES | st.none(), NOT_TEXT | BAD_TEXT),
                "password": password(optional=True),
                "token": password(optional=True),
                "alias": alias(w),
                "location": location(),
                "base_url": Arg(
                    one_of_values(None, w.emu.url, "https://api.example.com"),
                    NOT_TEXT | one_of_values("", "ftp://x", "nope", "https://"),
                ),
                "timeout": Arg(
                    one_of_values(None, 5, 0.5, httpx.Timeout(5.0)),
                    one_of_values(
                        0,
                        -1,
                        float("inf"),
                        float("nan"),
                        1e12,
                        "5",
                        True,
                        httpx.Timeout(5.0, read=None),
                    ),
                ),
                "verify": Arg(
                    one_of_values(True, False, "/etc/ssl/certs/ca-certificates.crt"),
                    one_of_values(None, 5, "", [1]),
                ),
                "allow_insecure_http": flag(),
                "max_concurrency": number(1, 256),
                "transport": Arg(st.none(), one_of_values(5, "x", object())),
                "use_env": flag(),
                "retry": Arg(one_of_values(None, DEFAULT_RETRY_POLICY), one_of_values(5, "x", {})),
                "log_bodies": flag(),
                "pipeline": Arg(one_of_values(None, False, True), one_of_values("1", 0, "false")),
            },
        ),
        "API.Call": Entry(
            lambda: v2.API.Call,
            {
                "method": Arg(
                    one_of_values("GET", "get"), NOT_TEXT | one_of_values("", "FETCH", None)
                ),
                "url": Arg(
                    one_of_values(f"servers/{w.emu.alias}/{w.server.id}", "/v2/datacenters/DEMO"),
                    NOT_TEXT
                    | one_of_values("", "http://evil.example/x", "//evil.example/x", "a b", None),
                ),
                "payload": Arg(
                    one_of_values(None, {"a": "b"}), one_of_values(5, [1], {"a": [1]}, object())
                ),
                "session": session,
                "debug": flag(),
            },
        ),
        "Account": Entry(lambda: v2.Account, {"alias": alias(w), "session": session}),
        "Account.GetAlias": Entry(lambda: v2.Account.GetAlias, {"session": session}),
        "Account.GetLocation": Entry(lambda: v2.Account.GetLocation, {"session": session}),
        "Datacenter": Entry(
            lambda: v2.Datacenter,
            {
                "location": location(),
                "name": Arg(st.none() | NAMES, NOT_TEXT | BAD_TEXT),
                "alias": alias(w),
                "session": session,
            },
        ),
        "Datacenter.Datacenters": Entry(
            lambda: v2.Datacenter.Datacenters, {"alias": alias(w), "session": session}
        ),
        "Datacenter.BareMetalCapabilities": Entry(lambda: w.dc.BareMetalCapabilities, cached),
        "Datacenter._DeploymentCapabilities": Entry(lambda: w.dc._DeploymentCapabilities, cached),
        "Datacenter.Networks": Entry(lambda: w.dc.Networks, {"forced_load": flag()}),
        "Group": Entry(
            lambda: v2.Group,
            {"id": ids["group"], "alias": alias(w), "group_obj": model(), "session": session},
        ),
        "Group.GetAll": Entry(
            lambda: v2.Group.GetAll,
            {"root_group_id": ids["group"], "alias": alias(w), "session": session},
        ),
        "Group.Defaults": Entry(
            lambda: w.group.Defaults,
            {
                "key": Arg(
                    one_of_values("cpu", "memory", "memoryGB", "network_id", "templateName"),
                    NOT_TEXT | one_of_values(None, "bogus", ""),
                )
            },
        ),
        "Group.Create": Entry(
            lambda: w.group.Create, {"name": text(), "description": text(required=False)}
        ),
        "Group.Update": Entry(
            lambda: w.group.Update,
            {
                "name": Arg(st.none() | NAMES, NOT_TEXT | BAD_TEXT),
                "description": text(required=False),
                "parent_group_id": ident(w.dc.root_group_id or "", optional=True),
            },
        ),
        "Group.ApplyHorizontalAutoscale": Entry(
            lambda: w.group.ApplyHorizontalAutoscale, {"policy_id": ident(w.policy.id)}
        ),
        "Groups": Entry(
            lambda: v2.Groups,
            {
                "groups_lst": Arg(
                    st.lists(st.builds(lambda: w.group), max_size=2),
                    one_of_values(None, 5, "x", [5], ["x"]),
                ),
                "alias": alias(w),
                "session": session,
            },
        ),
        "Groups.Get": Entry(lambda: v2.Groups([w.group], session=s).Get, {"key": key()}),
        "Groups.Search": Entry(lambda: v2.Groups([w.group], session=s).Search, {"key": key()}),
        "Servers": Entry(
            lambda: v2.Servers,
            {
                "servers_lst": Arg(
                    st.lists(st.just(w.server.id), max_size=2),
                    one_of_values(None, 5, "x", [5], [""], ["a b"]),
                ),
                "alias": alias(w),
                "session": session,
                "group_id": ident(w.group.id, optional=True),
            },
        ),
        "Servers.Servers": Entry(lambda: v2.Servers([w.server.id], session=s).Servers, cached),
        "Servers.CreateSnapshot": Entry(
            lambda: v2.Servers([w.server.id], session=s).CreateSnapshot,
            {"delete_existing": flag(), "expiration_days": number(1, 10)},
        ),
        "Servers.ExecutePackage": Entry(
            lambda: v2.Servers([w.server.id], session=s).ExecutePackage,
            {
                "package_id": ident(),
                "parameters": Arg(
                    one_of_values(None, {}, {"a": "b"}), one_of_values(5, "x", {"a": 1}, {5: "x"})
                ),
            },
        ),
        "Server": Entry(
            lambda: v2.Server,
            {"id": ids["server"], "alias": alias(w), "server_obj": model(), "session": session},
        ),
        "Server._Capabilities": Entry(lambda: server()._Capabilities, cached),
        "Server.Restore": Entry(
            lambda: server().Restore, {"group_id": ident(w.group.id, optional=True)}
        ),
        "Server.ExecutePackage": Entry(
            lambda: server().ExecutePackage,
            {
                "package_id": ident(),
                "parameters": Arg(one_of_values(None, {"a": "b"}), one_of_values(5, "x", {"a": 1})),
            },
        ),
        "Server.AddNIC": Entry(
            lambda: server().AddNIC,
            {
                "network_id": ident(w.spare_network),
                "ip": Arg(one_of_values("", "10.0.0.9"), NOT_TEXT | one_of_values(None, "x")),
            },
        ),
        "Server.RemoveNIC": Entry(
            lambda: server().RemoveNIC, {"network_id": ident(w.spare_network)}
        ),
        "Server.Change": Entry(
            lambda: server().Change,
            {
                "cpu": number(1, 16, optional=True),
                "memory": number(1, 128, optional=True),
                "description": text(required=False),
                "group_id": ident(w.group.id, optional=True),
            },
        ),
        "Server.SetCPU": Entry(lambda: server().SetCPU, {"value": number(1, 16)}),
        "Server.SetMemory": Entry(lambda: server().SetMemory, {"value": number(1, 128)}),
        "Server.SetDescription": Entry(
            lambda: server().SetDescription,
            {"value": Arg(st.text(max_size=12), NOT_TEXT | one_of_values(None, "x" * 256))},
        ),
        "Server.SetGroup": Entry(lambda: server().SetGroup, {"group_id": ids["group"]}),
        "Server.SetPassword": Entry(lambda: server().SetPassword, {"password": password()}),
        "Server.CreateSnapshot": Entry(
            lambda: server().CreateSnapshot,
            {"delete_existing": flag(), "expiration_days": number(1, 10)},
        ),
        "Server.DeleteSnapshot": Entry(
            lambda: server().DeleteSnapshot,
            {
                "names": Arg(
                    st.none() | st.lists(st.text(max_size=5), max_size=2),
                    one_of_values("snap", 5, [5], [None]),
                )
            },
        ),
        "Server.RestoreSnapshot": Entry(
            lambda: server().RestoreSnapshot,
            {"name": Arg(st.none() | st.text(max_size=5), NOT_TEXT)},
        ),
        "Server.Create": Entry(lambda: v2.Server.Create, create),
        "Server.Clone": Entry(lambda: server().Clone, clone),
        "Server.ConvertToTemplate": Entry(
            lambda: w.template_server.ConvertToTemplate,
            {
                "visibility": Arg(
                    one_of_values("private", "Shared"), NOT_TEXT | one_of_values(None, "public")
                ),
                "description": text(required=False),
                "password": password(optional=True),
            },
        ),
        "Disks": Entry(
            lambda: v2.Disks,
            {
                "server": instance(server),
                "disks_lst": Arg(st.none() | st.just([]), one_of_values(5, "x", [5], ["x"])),
                "session": Arg(st.none() | st.just(s), session.invalid),
            },
        ),
        "Disks.Get": Entry(lambda: server().Disks().Get, {"key": key()}),
        "Disks.Search": Entry(lambda: server().Disks().Search, {"key": key()}),
        "Disks.Add": Entry(
            lambda: v2.Server(w.server.id, session=s).Disks().Add,
            {
                "size": number(1, 1024),
                "path": Arg(one_of_values("/data", "e"), NOT_TEXT | one_of_values("", "   ")),
                "type": Arg(
                    one_of_values("raw", "partitioned", "RAW"),
                    NOT_TEXT | one_of_values(None, "thin"),
                ),
            },
        ),
        "Disk": Entry(
            lambda: v2.Disk,
            {
                "id": Arg(
                    one_of_values("0:0", 3),
                    NOT_TEXT.filter(lambda v: not isinstance(v, int)) | BAD_IDS | st.none(),
                ),
                "parent": instance(lambda: server().Disks()),
                "disk_obj": model(),
                "session": Arg(st.none() | st.just(s), session.invalid),
            },
        ),
        "Disk.Grow": Entry(
            lambda: v2.Server(w.server.id, session=s).Disks().disks[-1].Grow,
            {"size": Arg(st.integers(1, 1024), number(1, 1024).invalid)},
            state_dependent=True,
        ),
        "PublicIPs": Entry(
            lambda: v2.PublicIPs,
            {
                "server": instance(server),
                "public_ips_lst": Arg(st.none() | st.just([]), one_of_values(5, "x", [5])),
                "session": Arg(st.none() | st.just(s), session.invalid),
            },
        ),
        "PublicIPs.Get": Entry(lambda: server().PublicIPs().Get, {"key": key()}),
        "PublicIPs.Add": Entry(
            lambda: server().PublicIPs().Add,
            {
                "ports": PORTS,
                "source_restrictions": Arg(
                    CIDRS.valid | st.none(), CIDRS.invalid.filter(lambda v: v is not None)
                ),
                "private_ip": ip(),
            },
        ),
        "PublicIP": Entry(
            lambda: v2.PublicIP,
            {
                "id": ident(pip.id),
                "parent": instance(lambda: pip.parent),
                "public_ip_obj": model(),
                "session": Arg(st.none() | st.just(s), session.invalid),
            },
        ),
        "PublicIP._Load": Entry(lambda: pip._Load, cached),
        "PublicIP.AddPort": Entry(
            lambda: pip.AddPort,
            {
                "protocol": Arg(
                    one_of_values("TCP", "udp"), NOT_TEXT | one_of_values(None, "http")
                ),
                "port": number(1, 65535),
                "port_to": Arg(one_of_values(None, 65535), one_of_values(0, 70000, "x", 2.5)),
            },
        ),
        "PublicIP.AddPorts": Entry(lambda: pip.AddPorts, {"ports": PORTS}),
        "PublicIP.AddSourceRestriction": Entry(
            lambda: pip.AddSourceRestriction,
            {
                "cidr": Arg(
                    one_of_values("10.0.0.0/24"), NOT_TEXT | one_of_values(None, "10.0.0.0", "any")
                )
            },
        ),
        "PublicIP.AddSourceRestrictions": Entry(
            lambda: pip.AddSourceRestrictions, {"cidrs": CIDRS}
        ),
        "Port": Entry(
            lambda: v2.Port,
            {
                "public_ip": instance(lambda: pip),
                # ICMP takes no port (None or 0 is fine): test_icmp_rules covers it.
                "protocol": Arg(
                    one_of_values("TCP", "udp"), NOT_TEXT | one_of_values(None, "http")
                ),
                "port": number(1, 65535),
                "port_to": Arg(st.none(), one_of_values(0, 70000, "x")),
            },
        ),
        "SourceRestriction": Entry(
            lambda: v2.SourceRestriction,
            {
                "public_ip": instance(lambda: pip),
                "cidr": Arg(one_of_values("10.0.0.0/24"), NOT_TEXT | one_of_values(None, "any")),
            },
        ),
        "Network": Entry(
            lambda: v2.Network,
            {
                "id": ident(w.spare_network),
                "alias": alias(w),
                "network_obj": model(),
                "session": session,
                "location": location(),
            },
        ),
        "Network.Create": Entry(
            lambda: v2.Network.Create,
            {"alias": alias(w), "location": location(), "session": session},
        ),
        "Network.Refresh": Entry(
            lambda: spare().Refresh,
            {"location": location()},
        ),
        "Network.Delete": Entry(
            lambda: spare().Delete,
            {"location": location()},
        ),
        "Network.Update": Entry(
            lambda: spare().Update,
            {"name": text(), "description": text(required=False), "location": location()},
        ),
        "Networks": Entry(
            lambda: v2.Networks,
            {
                "alias": alias(w),
                "location": Arg(one_of_values("VA1", "UC1"), location().invalid),
                "networks_lst": Arg(st.none() | st.just([]), one_of_values(5, "x", [5])),
                "session": session,
            },
        ),
        "Networks.Get": Entry(lambda: w.dc.Networks().Get, {"key": key()}),
        "Templates": Entry(
            lambda: v2.Templates,
            {
                "templates_lst": Arg(
                    st.none() | st.just([{"name": "T1"}]), one_of_values(5, "x", [5])
                ),
                "session": Arg(st.none() | st.just(s), session.invalid),
            },
        ),
        "Templates.Get": Entry(lambda: w.dc.Templates().Get, {"key": key()}),
        "Templates.Search": Entry(lambda: w.dc.Templates().Search, {"key": key()}),
        "Template": Entry(
            lambda: v2.Template,
            {
                "id": ident(w.template),
                "template_obj": model(),
                "session": Arg(st.none() | st.just(s), session.invalid),
            },
        ),
        "Alerts": Entry(
            lambda: v2.Alerts,
            {
                "alerts_lst": Arg(
                    st.none() | st.just([{"id": w.alert_id}]), one_of_values(5, "x", [5])
                ),
                "server": instance(server, optional=True),
            },
        ),
        "Alerts.Get": Entry(lambda: v2.Alerts([{"id": w.alert_id}], server()).Get, {"key": key()}),
        "Alerts.Search": Entry(
            lambda: v2.Alerts([{"id": w.alert_id}], server()).Search, {"key": key()}
        ),
        "Alert": Entry(
            lambda: v2.Alert,
            {
                "id": ident(w.alert_id),
                "alert_obj": model(),
                "server": instance(server, optional=True),
            },
        ),
        "Alert.Unmap": Entry(
            lambda: v2.Alert(w.alert_id, None, server()).Unmap,
            {
                "servers": Arg(
                    st.none() | st.lists(st.builds(server), max_size=1),
                    one_of_values(5, "x", [5], [None]),
                )
            },
        ),
        "AntiAffinity": Entry(
            lambda: v2.AntiAffinity,
            {
                "id": ident(w.anti_affinity.id),
                "alias": alias(w),
                "name": Arg(st.none() | NAMES, NOT_TEXT | BAD_TEXT),
                "location": location(),
                "servers": Arg(
                    st.none() | st.lists(st.just(w.server.id), max_size=1),
                    one_of_values(5, "x", [5], [""]),
                ),
                "session": session,
            },
        ),
        "AntiAffinity.GetAll": Entry(
            lambda: v2.AntiAffinity.GetAll,
            {"alias": alias(w), "location": location(), "session": session},
        ),
        "AntiAffinity.GetLocation": Entry(
            lambda: v2.AntiAffinity.GetLocation,
            {"location": location(), "alias": alias(w), "session": session},
        ),
        "AntiAffinity.Create": Entry(
            lambda: v2.AntiAffinity.Create,
            {"name": text(), "alias": alias(w), "location": location(), "session": session},
        ),
        "AntiAffinity.Update": Entry(lambda: w.anti_affinity.Update, {"name": text()}),
        "HorizontalAutoscalePolicy": Entry(
            lambda: v2.HorizontalAutoscalePolicy,
            {
                "id_": ident(w.policy.id),
                "policy_obj": model(),
                "alias": alias(w),
                "session": session,
            },
        ),
        "HorizontalAutoscalePolicy.GetAll": Entry(
            lambda: v2.HorizontalAutoscalePolicy.GetAll, {"alias": alias(w), "session": session}
        ),
        "HorizontalAutoscalePolicy.Create": Entry(
            lambda: v2.HorizontalAutoscalePolicy.Create,
            {"policy_obj": POLICY_OBJ, "alias": alias(w), "session": session},
        ),
        "HorizontalAutoscalePolicy.Update": Entry(
            lambda: w.policy.Update, {"policy_obj": POLICY_OBJ}
        ),
        "HorizontalAutoscalePolicy.ApplyToGroup": Entry(
            lambda: w.policy.ApplyToGroup, {"group_id": ids["group"]}
        ),
        "HorizontalAutoscalePolicy.ApplyToGroupId": Entry(
            lambda: v2.HorizontalAutoscalePolicy.ApplyToGroupId,
            {
                "group_id": ids["group"],
                "policy_id": ident(w.policy.id),
                "alias": alias(w),
                "session": session,
            },
        ),
        "HorizontalAutoscalePolicy.RemoveFromGroup": Entry(
            lambda: v2.HorizontalAutoscalePolicy.RemoveFromGroup,
            {"group_id": ids["group"], "alias": alias(w), "session": session},
        ),
        "Request": Entry(
            lambda: v2.Request,
            {
                "id": Arg(one_of_values("wa1-12345"), NOT_TEXT | one_of_values("", "  ", None)),
                "alias": alias(w),
                "request_obj": Arg(one_of_values(None, {}), one_of_values(5, "x", [1])),
                "session": session,
            },
        ),
        "Request.Status": Entry(lambda: requests().requests[0].Status, cached),
        "Request.WaitUntilComplete": Entry(lambda: requests().requests[0].WaitUntilComplete, wait),
        "Requests": Entry(
            lambda: v2.Requests,
            {
                "requests_lst": Arg(
                    one_of_values(None, [], w.answer),
                    one_of_values(5, "x", [5], [{"links": 5}], [{"links": [5]}]),
                ),
                "alias": alias(w),
                "session": session,
            },
        ),
        "Requests.WaitUntilComplete": Entry(
            lambda: requests().WaitUntilComplete,
            {
                **wait,
                "progress": callables,
                "clock": Arg(one_of_values(None, time.monotonic), callables.invalid),
                "sleep": Arg(one_of_values(None, time.sleep), callables.invalid),
                "max_workers": number(1, 256, optional=True),
            },
        ),
        **network_services(w, session),
        "time_utils.ZuluTSToSeconds": Entry(
            lambda: v2.time_utils.ZuluTSToSeconds,
            {
                "ts": Arg(
                    one_of_values("2015-06-01T12:00:00Z", "2015-06-01T12:00:00.123Z"),
                    NOT_TEXT | one_of_values(None, "", "yesterday", "2015-13-01T12:00:00Z"),
                )
            },
        ),
        "time_utils.SecondsToZuluTS": Entry(
            lambda: v2.time_utils.SecondsToZuluTS, {"secs": seconds(0, 4e9, optional=True)}
        ),
        "time_utils.TimeoutExpired": Entry(
            lambda: v2.time_utils.TimeoutExpired,
            {"start_time": seconds(0, 4e9), "timeout": seconds(0, 4e9, optional=True)},
        ),
    }
    return table


def network_services(w: World, session: Arg) -> dict[str, Entry]:
    """The entry points of load balancers and firewall policies."""
    v2 = clc.v2
    lb, located = w.load_balancer, {"alias": alias(w), "location": location(), "session": session}
    status = Arg(one_of_values("enabled", "disabled"), NOT_TEXT | one_of_values("on", ""))
    optional_status = Arg(status.valid | st.none(), status.invalid)
    method = Arg(one_of_values("roundRobin", "leastConnection"), NOT_TEXT | one_of_values("random"))
    persistence = Arg(one_of_values("standard", "sticky"), NOT_TEXT | one_of_values("always"))
    ip_port = {"ip_address": ip(optional=False), "private_port": number(1, 65535)}
    cidrs = Arg(
        one_of_values("10.0.3.0/24", ["10.0.3.0/24", "10.0.4.0/24"]),
        one_of_values(None, 5, [], "10.0.0.0/33", ["any"], [5]),
    )
    firewall_ports = Arg(
        one_of_values("any", ["tcp/80", "icmp"], "udp/100-200"),
        one_of_values(None, 5, [], "http", ["tcp/x"], [80]),
    )
    destination_account = Arg(one_of_values(None, w.emu.alias), alias(w).invalid)
    enabled = Arg(st.booleans(), one_of_values("false", 0, 1, "yes"))
    policy = w.firewall_policy
    cross = w.cross_dc_policy

    def pools() -> clc.v2.LoadBalancerPools:
        return v2.LoadBalancerPools(lb, [w.pool])

    return {
        "LoadBalancers": Entry(lambda: v2.LoadBalancers, located),
        "LoadBalancers.Get": Entry(lambda: w.dc.LoadBalancers().Get, {"key": key()}),
        "LoadBalancers.Search": Entry(lambda: w.dc.LoadBalancers().Search, {"key": key()}),
        "LoadBalancers.Create": Entry(
            lambda: w.dc.LoadBalancers().Create,
            {
                "name": text(),
                "description": Arg(st.text(max_size=12), NOT_TEXT | st.none()),
                "status": status,
            },
        ),
        "LoadBalancer": Entry(
            lambda: v2.LoadBalancer,
            {"id": ident(lb.id), "load_balancer_obj": model(), **located},
        ),
        "LoadBalancer.Update": Entry(
            lambda: lb.Update,
            {
                "name": Arg(st.none() | NAMES, NOT_TEXT | BAD_TEXT),
                "description": text(required=False),
                "status": optional_status,
            },
        ),
        "LoadBalancerPools": Entry(
            lambda: v2.LoadBalancerPools,
            {
                "load_balancer": instance(lambda: lb),
                "pools_lst": Arg(
                    st.lists(st.just(w.pool), max_size=1), one_of_values(None, 5, [5], ["x"])
                ),
            },
        ),
        "LoadBalancerPools.Get": Entry(
            lambda: pools().Get,
            {"key": Arg(one_of_values(80, 443, "80", w.pool.id), one_of_values(None, 2.5, [80]))},
        ),
        "LoadBalancerPools.Create": Entry(
            lambda: pools().Create,
            {
                "port": Arg(one_of_values(80, 443), one_of_values(8080, 0, "x", None)),
                "method": method,
                "persistence": persistence,
            },
        ),
        "LoadBalancerPool": Entry(
            lambda: v2.LoadBalancerPool,
            {"id": ident(w.pool.id), "load_balancer": instance(lambda: lb), "pool_obj": model()},
        ),
        "LoadBalancerPool.Update": Entry(
            lambda: w.pool.Update,
            {
                "method": Arg(method.valid | st.none(), method.invalid),
                "persistence": Arg(persistence.valid | st.none(), persistence.invalid),
            },
        ),
        "LoadBalancerPool.SetNodes": Entry(
            lambda: w.pool.SetNodes,
            {
                "nodes": Arg(
                    st.lists(
                        st.tuples(st.ip_addresses(v=4).map(str), st.integers(1, 65535)), max_size=2
                    ),
                    one_of_values(
                        None, 5, "x", [("10.0.0.1",)], [("x", 80)], [("10.0.0.1", 0)], [5]
                    ),
                )
            },
        ),
        "LoadBalancerPool.AddNode": Entry(lambda: w.pool.AddNode, ip_port),
        "LoadBalancerPool.RemoveNode": Entry(lambda: w.pool.RemoveNode, ip_port),
        "FirewallPolicies": Entry(
            lambda: v2.FirewallPolicies, {**located, "destination_account": destination_account}
        ),
        "FirewallPolicies.Get": Entry(lambda: w.dc.FirewallPolicies().Get, {"key": key()}),
        "FirewallPolicies.Create": Entry(
            lambda: w.dc.FirewallPolicies().Create,
            {
                "source": cidrs,
                "destination": cidrs,
                "ports": firewall_ports,
                "destination_account": destination_account,
            },
        ),
        "FirewallPolicy": Entry(
            lambda: v2.FirewallPolicy, {"id": ident(policy.id), "policy_obj": model(), **located}
        ),
        "FirewallPolicy.Update": Entry(
            lambda: policy.Update,
            {
                "enabled": Arg(enabled.valid | st.none(), enabled.invalid),
                "source": Arg(
                    cidrs.valid | st.none(), cidrs.invalid.filter(lambda v: v is not None)
                ),
                "destination": Arg(
                    cidrs.valid | st.none(), cidrs.invalid.filter(lambda v: v is not None)
                ),
                "ports": Arg(
                    firewall_ports.valid | st.none(),
                    firewall_ports.invalid.filter(lambda v: v is not None),
                ),
            },
        ),
        "Datacenter.FirewallPolicies": Entry(
            lambda: w.dc.FirewallPolicies, {"destination_account": destination_account}
        ),
        "CrossDcFirewallPolicies": Entry(lambda: v2.CrossDcFirewallPolicies, located),
        "CrossDcFirewallPolicies.Get": Entry(
            lambda: w.dc.CrossDcFirewallPolicies().Get, {"key": key()}
        ),
        "CrossDcFirewallPolicies.Create": Entry(
            lambda: w.dc.CrossDcFirewallPolicies().Create,
            {
                "source_cidr": Arg(
                    one_of_values("10.0.5.0/24"), one_of_values(None, 5, ["10.0.5.0/24"], "any")
                ),
                "destination_location": Arg(
                    one_of_values("WA1", "UC1"), one_of_values(None, 5, "", "W A")
                ),
                "destination_cidr": Arg(
                    one_of_values("10.1.5.0/24"), one_of_values(None, 5, "10.1.5.0")
                ),
                "destination_account": destination_account,
                "enabled": enabled,
            },
        ),
        "CrossDcFirewallPolicy": Entry(
            lambda: v2.CrossDcFirewallPolicy,
            {"id": ident(cross.id), "policy_obj": model(), **located},
        ),
        "CrossDcFirewallPolicy.Update": Entry(lambda: cross.Update, {"enabled": enabled}),
    }
