"""Property-based tests of clc.core.validation: every value is accepted or refused with a clear
InvalidArgumentException (a ValueError), never another exception."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clc.core import validation as v
from clc.core.redaction import Secret
from clc.errors import InvalidArgumentException as InvalidArgumentError

NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.binary(),
    st.lists(st.integers(), max_size=3),
    st.datetimes(),
    st.datetimes(timezones=st.timezones()),
)


def _refused(check: Callable[..., object], value: object, argument: str, **kw: Any) -> str:
    with pytest.raises(InvalidArgumentError) as info:
        check(value, **kw)
    err = info.value
    assert isinstance(err, ValueError)
    assert err.argument == argument
    assert str(err).startswith(f"invalid {argument}: ")
    assert "allowed: " in str(err)
    return str(err)


CHECKS: list[tuple[Callable[..., object], str, dict[str, Any]]] = [
    (v.check_server_name, "name", {}),
    (v.check_cpu, "cpu", {}),
    (v.check_memory_gb, "memory", {}),
    (v.check_server_type, "type", {}),
    (v.check_storage_type, "storage_type", {}),
    (v.check_ttl, "ttl", {"now": NOW}),
    (v.check_disk_size_gb, "size", {}),
    (v.check_port, "port", {}),
    (v.check_protocol, "protocol", {}),
    (v.check_cidr, "cidr", {}),
    (v.check_ip_address, "ip_address", {}),
    (v.check_snapshot_expiration_days, "expiration_days", {}),
    (v.check_template_visibility, "visibility", {}),
    (v.check_password, "password", {}),
]


@pytest.mark.parametrize(("check", "argument", "kw"), CHECKS, ids=[c[1] for c in CHECKS])
@given(value=anything)
def test_every_check_accepts_or_raises_invalid_argument(
    check: Callable[..., object], argument: str, kw: dict[str, Any], value: object
) -> None:
    try:
        check(value, **kw)
    except InvalidArgumentError as err:
        assert err.argument in (argument, "path")
        assert "allowed: " in str(err)


# --- server name --------------------------------------------------------------------------------


@given(st.from_regex(r"[A-Za-z0-9-]{1,8}", fullmatch=True))
def test_valid_server_names(name: str) -> None:
    assert v.check_server_name(name) == name


@given(st.text(min_size=1, max_size=12))
def test_server_name_rule(name: str) -> None:
    ok = bool(re.fullmatch(r"[A-Za-z0-9-]{1,8}", name, flags=re.ASCII))
    if ok:
        assert v.check_server_name(name) == name
    else:
        msg = _refused(v.check_server_name, name, "name")
        assert "letters, digits or hyphens" in msg


@given(
    alias=st.from_regex(r"[A-Z0-9]{2,6}", fullmatch=True),
    name=st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True),
)
def test_server_name_with_alias_at_most_ten(alias: str, name: str) -> None:
    if len(alias) + len(name) <= 10:
        assert v.check_server_name(name, alias) == name
    else:
        msg = _refused(v.check_server_name, name, "name", alias=alias)
        assert alias in msg and "at most 10" in msg


def test_server_name_messages() -> None:
    assert "is empty" in _refused(v.check_server_name, "", "name")
    assert "9 characters long" in _refused(v.check_server_name, "abcdefghi", "name")
    assert "'_'" in _refused(v.check_server_name, "web_1", "name")
    assert "not a string" in _refused(v.check_server_name, 5, "name")
    assert "characters not allowed" in _refused(v.check_server_name, "wéb", "name")


# --- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("check", "argument", "low", "high"),
    [
        (v.check_cpu, "cpu", 1, 16),
        (v.check_memory_gb, "memory", 1, 128),
        (v.check_disk_size_gb, "size", 1, 1024),
        (v.check_port, "port", 1, 65535),
        (v.check_snapshot_expiration_days, "expiration_days", 1, 10),
    ],
)
@given(n=st.integers(min_value=-(10**6), max_value=10**6))
def test_integer_ranges(
    check: Callable[..., int], argument: str, low: int, high: int, n: int
) -> None:
    if low <= n <= high:
        assert check(n) == n
        assert check(str(n)) == n
        assert check(float(n)) == n
    else:
        msg = _refused(check, n, argument)
        assert f"{n} is out of range" in msg and f"from {low} to {high}" in msg


def test_integers_refuse_bools_fractions_and_junk() -> None:
    assert "bool" in _refused(v.check_cpu, True, "cpu")
    assert "not an integer" in _refused(v.check_cpu, 2.5, "cpu")
    assert "not an integer" in _refused(v.check_cpu, "two", "cpu")
    assert "not an integer" in _refused(v.check_memory_gb, float("nan"), "memory")
    assert "not an integer" in _refused(v.check_memory_gb, None, "memory")


def test_disk_grow_must_increase() -> None:
    assert v.check_disk_size_gb(20, current=10) == 20
    msg = _refused(v.check_disk_size_gb, 10, "size", current=10)
    assert "disks only grow" in msg and "from 11 to 1024" in msg


def test_disk_type() -> None:
    assert v.check_disk_type("RAW") == "raw"
    assert v.check_disk_type("partitioned", "/data") == "partitioned"
    with pytest.raises(InvalidArgumentError) as info:
        v.check_disk_type("partitioned")
    assert info.value.argument == "path"
    _refused(v.check_disk_type, "thin", "type")


# --- types and choices --------------------------------------------------------------------------


@given(
    server_type=st.sampled_from(["standard", "hyperscale", "bareMetal", "BAREMETAL", "virtual"]),
    storage=st.sampled_from([None, "standard", "premium", "hyperscale", "Premium", "ssd"]),
)
def test_server_and_storage_type_combinations(server_type: str, storage: str | None) -> None:
    allowed = {
        "standard": {None: "premium", "standard": "standard", "premium": "premium"},
        "hyperscale": {None: "hyperscale", "hyperscale": "hyperscale"},
    }
    if server_type == "virtual":
        _refused(v.check_server_type, server_type, "type")
        return
    kind = v.check_server_type(server_type)
    if kind == "bareMetal":
        assert v.check_storage_type(storage, server_type) is None
        return
    key = storage.lower() if storage else None
    if key in allowed[kind]:
        assert v.check_storage_type(storage, server_type) == allowed[kind][key]
    else:
        msg = _refused(v.check_storage_type, storage, "storage_type", server_type=server_type)
        assert f"for a {kind} server" in msg


def test_protocol_and_visibility() -> None:
    assert v.check_protocol("tcp") == "TCP"
    assert v.check_protocol(" Udp ") == "UDP"
    assert v.check_protocol("icmp") == "ICMP"
    assert "'TCP', 'UDP', 'ICMP'" in _refused(v.check_protocol, "http", "protocol")
    assert v.check_template_visibility("Shared") == "shared"


def test_port_range() -> None:
    assert v.check_port_range(80) == (80, None)
    assert v.check_port_range(8080, 8081) == (8080, 8081)
    with pytest.raises(InvalidArgumentError) as info:
        v.check_port_range(8081, 8080)
    assert info.value.argument == "port_to"


# --- ttl ----------------------------------------------------------------------------------------


@given(seconds=st.floats(allow_nan=True, allow_infinity=True) | st.integers())
def test_ttl_seconds(seconds: float) -> None:
    try:
        out = v.check_ttl(seconds, now=NOW)
    except InvalidArgumentError:
        assert not (seconds > 3600) or seconds != seconds or seconds > 10**11
        return
    assert seconds > 3600
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", out)


@given(delta=st.integers(min_value=-(10**7), max_value=10**8), offset=st.integers(-12, 12))
def test_ttl_datetimes(delta: int, offset: int) -> None:
    when = (NOW + timedelta(seconds=delta)).astimezone(timezone(timedelta(hours=offset)))
    if delta > 3600:
        out = v.check_ttl(when, now=NOW)
        assert out == (NOW + timedelta(seconds=delta)).strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        assert "too soon" in _refused(v.check_ttl, when, "ttl", now=NOW)


def test_ttl_naive_datetime_refused() -> None:
    assert "no time zone" in _refused(v.check_ttl, datetime(2031, 1, 1), "ttl", now=NOW)


# --- addresses ----------------------------------------------------------------------------------


@given(net=st.ip_addresses(v=4).map(lambda a: ipaddress.ip_network(f"{a}/24", strict=False)))
def test_cidr_accepts_networks(net: ipaddress.IPv4Network) -> None:
    assert v.check_cidr(str(net)) == str(net)
    assert v.check_cidr(f" {net} ") == str(net)


@pytest.mark.parametrize("bad", ["10.0.0.0", "10.0.0.0/33", "300.1.1.1/8", "any", "/8", ""])
def test_cidr_refuses(bad: str) -> None:
    _refused(v.check_cidr, bad, "cidr")


@given(addr=st.ip_addresses())
def test_ip_addresses(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    assert v.check_ip_address(str(addr)) == str(addr)


# --- password -----------------------------------------------------------------------------------


@given(pw=st.text())
def test_password_never_echoed(pw: str) -> None:
    if pw:
        assert v.check_password(pw) == pw
        assert v.check_password(Secret(pw)) == pw
    else:
        _refused(v.check_password, pw, "password")


def test_password_wrong_type_does_not_echo_value() -> None:
    msg = _refused(v.check_password, 12345678, "password")
    assert "12345678" not in msg


def test_error_pickles() -> None:
    import pickle

    err = InvalidArgumentError.refused("cpu", "99 is out of range", "an integer from 1 to 16")
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err) and again.argument == "cpu"


def test_ids_refuse_exactly_whitespace_and_control_characters() -> None:
    """check_id's fast test agrees, on every code point, with the plain definition."""
    from clc.core.arguments import check_id, has_blank_or_control

    disagree = [
        hex(ord(c))
        for c in map(chr, range(0x110000))
        if has_blank_or_control(c) != (c.isspace() or not c.isprintable())
    ]
    assert disagree == []
    for c in ("\u00a0", "\u2028", "\t", "\x00", " ", "\u3000"):
        with pytest.raises(InvalidArgumentError, match="whitespace or control"):
            check_id(f"server{c}1", argument="id")
    assert check_id("VA1DEMOWEB01", argument="id") == "VA1DEMOWEB01"


@given(port=st.none() | st.integers(0, 65535))
def test_icmp_rules_take_no_port(port: int | None) -> None:
    """ICMP has no ports: any port number the API might send is taken (None means 0), a
    range is refused, and so is a port outside what the API holds."""
    assert v.check_port_spec("icmp", port) == ("ICMP", port or 0, None)
    assert _refused(v.check_port_spec, "icmp", "port_to", port=port, port_to=port or 1)
    for bad in (-1, 65536, "eighty", 2.5, True):
        _refused(v.check_port_spec, "icmp", "port", port=bad)
