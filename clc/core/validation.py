"""Early checks of facade arguments, made before any HTTP call.

Each ``check_*`` function returns the value to send (sometimes normalised, e.g. ``"TCP"`` for
``"tcp"``) or raises :class:`~clc.errors.InvalidArgumentException`, whose message names the
argument, says what is wrong with the value and what is allowed. It is a ``ValueError`` (so
``except ValueError`` keeps working) and a ``clc.CLCException`` (so
``except clc.CLCException`` catches it too).

The rules come from the CLC API v2 documentation. The numeric and name limits are the spec's
(its ``Cpu``, ``MemoryGB``, ``DiskSizeGB``, ``Port``, ``SnapshotExpirationDays`` and
``ServerName`` schemas, which the generator writes to :mod:`clc_generated.limits`); they are
read at each check, so a limit changed in the spec changes the check:

========================  =====================================================================
argument                  rule
========================  =====================================================================
server name               1-8 letters, digits or hyphens; with the account alias at most 10
                          characters (the API adds the data center, the alias and two digits)
cpu                       1-16
memory (GB)               1-128
server type               ``standard``, ``hyperscale`` or ``bareMetal``
storage type              ``standard`` or ``premium`` for standard servers, ``hyperscale`` for
                          hyperscale servers; ignored for bare metal
ttl                       more than one hour in the future (as clc-sdk 2.51 enforced)
disk size (GB)            1-1024 per disk; growing a disk must make it larger
disk type                 ``raw`` or ``partitioned`` (a partitioned disk needs a path)
port                      1-65535; ``port_to`` not below ``port``
protocol                  ``TCP``, ``UDP`` or ``ICMP`` (any case)
CIDR                      an IPv4 or IPv6 network in ``address/prefix`` form
snapshot expiration days  1-10
template visibility       ``private`` or ``shared``
password                  a non-empty string (the API documents no other rule); never echoed
========================  =====================================================================
"""

from __future__ import annotations

import ipaddress
import math
import re
from datetime import UTC, datetime, timedelta
from typing import Final

from clc.core.redaction import Secret
from clc.errors import InvalidArgumentException
from clc_generated import limits
from clc_generated.limits import IntegerLimit

__all__ = [
    "PROTOCOLS",
    "STORAGE_TYPES_BY_SERVER_TYPE",
    "TTL_MIN_SECONDS",
    "check_cidr",
    "check_cpu",
    "check_disk_path",
    "check_disk_size_gb",
    "check_disk_type",
    "check_ip_address",
    "check_memory_gb",
    "check_password",
    "check_port",
    "check_port_range",
    "check_port_spec",
    "check_protocol",
    "check_server_name",
    "check_server_type",
    "check_snapshot_expiration_days",
    "check_storage_type",
    "check_template_visibility",
    "check_ttl",
    "check_whole_number",
]

TTL_MIN_SECONDS: Final = 3600
PROTOCOLS: Final = ("TCP", "UDP", "ICMP")
SERVER_TYPES: Final = ("standard", "hyperscale", "bareMetal")
STORAGE_TYPES_BY_SERVER_TYPE: Final[dict[str, tuple[str, ...]]] = {
    "standard": ("standard", "premium"),
    "hyperscale": ("hyperscale",),
    "bareMetal": (),  # storage type is ignored for bare metal
}
DISK_TYPES: Final = ("raw", "partitioned")
TEMPLATE_VISIBILITIES: Final = ("private", "shared")


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _is_ascii_integer(text: str) -> bool:
    # One optional sign, then ASCII digits: int() takes no "+-5", and str.isdigit() also
    # accepts digits such as "²" that int() refuses.
    return re.fullmatch(r"[+-]?[0-9]+", text.strip()) is not None


def _int(argument: str, value: object, limit: IntegerLimit, unit: str = "") -> int:
    low, high = limit.minimum, limit.maximum
    allowed = f"an integer from {low} to {high}{unit}"
    if isinstance(value, bool):
        raise InvalidArgumentException.refused(
            argument, f"{_show(value)} is a bool, not a number", allowed
        )
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str) and _is_ascii_integer(value):
        value = int(value.strip())  # 2.51 callers pass numbers read from config files as strings
    if not isinstance(value, int):
        raise InvalidArgumentException.refused(
            argument, f"{_show(value)} ({type(value).__name__}) is not an integer", allowed
        )
    if not low <= value <= high:
        raise InvalidArgumentException.refused(argument, f"{value} is out of range", allowed)
    return value


def _choice(argument: str, value: object, choices: tuple[str, ...]) -> str:
    allowed = ", ".join(repr(c) for c in choices)
    if not isinstance(value, str):
        raise InvalidArgumentException.refused(
            argument, f"{_show(value)} ({type(value).__name__}) is not a string", allowed
        )
    for choice in choices:
        if value.strip().lower() == choice.lower():
            return choice
    raise InvalidArgumentException.refused(
        argument, f"{_show(value)} is not one of the choices", allowed
    )


def check_server_name(name: object, alias: str | None = None, *, argument: str = "name") -> str:
    """The short server name given to Create/Clone (the API builds the full id from it)."""
    rule = limits.SERVER_NAME
    assert rule.max_length is not None and rule.max_length_with_alias is not None
    limit = rule.max_length
    if alias:
        limit = max(0, min(limit, rule.max_length_with_alias - len(alias)))
    allowed = f"{rule.min_length or 1} to {limit} letters, digits or hyphens"
    if alias:
        allowed += (
            f" (with the account alias {alias!r}, at most {rule.max_length_with_alias} in all)"
        )
    if not isinstance(name, str):
        raise InvalidArgumentException.refused(
            argument, f"{_show(name)} ({type(name).__name__}) is not a string", allowed
        )
    if not name:
        raise InvalidArgumentException.refused(argument, "it is empty", allowed)
    if not re.fullmatch(rule.pattern or ".*", name) or not name.isascii():
        bad = sorted({c for c in name if not (c.isascii() and (c.isalnum() or c == "-"))})
        raise InvalidArgumentException.refused(
            argument,
            f"{_show(name)} contains characters not allowed: {_show(''.join(bad))}",
            allowed,
        )
    if len(name) > limit:
        raise InvalidArgumentException.refused(
            argument, f"{_show(name)} is {len(name)} characters long", allowed
        )
    return name


def check_cpu(cpu: object, *, argument: str = "cpu") -> int:
    """Number of processors."""
    return _int(argument, cpu, limits.CPU)


def check_memory_gb(memory: object, *, argument: str = "memory") -> int:
    """Memory in GB."""
    return _int(argument, memory, limits.MEMORY_GB, " GB")


def check_server_type(server_type: object, *, argument: str = "type") -> str:
    """``standard``, ``hyperscale`` or ``bareMetal`` (any case; returned in the API's spelling)."""
    return _choice(argument, server_type, SERVER_TYPES)


def check_storage_type(
    storage_type: object, server_type: object = "standard", *, argument: str = "storage_type"
) -> str | None:
    """The storage type allowed with ``server_type``; ``None`` for bare metal (the API ignores it).

    ``None`` as ``storage_type`` means "the API's default" (premium for standard servers,
    hyperscale for hyperscale servers) and is returned as the value to send.
    """
    kind = check_server_type(server_type)
    if kind == "bareMetal":
        return None
    choices = STORAGE_TYPES_BY_SERVER_TYPE[kind]
    if storage_type is None:
        return "premium" if kind == "standard" else "hyperscale"
    try:
        return _choice(argument, storage_type, choices)
    except InvalidArgumentException as exc:
        raise InvalidArgumentException.refused(
            argument, f"{exc.problem} for a {kind} server", f"{exc.allowed} for a {kind} server"
        ) from None


def check_ttl(ttl: object, *, now: datetime | None = None, argument: str = "ttl") -> str:
    """When the server is deleted: seconds from now (int/float) or an aware ``datetime``.

    Returns the UTC timestamp the API expects (``2024-05-01T12:00:00Z``).
    """
    current = now if now is not None else datetime.now(UTC)
    allowed = (
        f"seconds from now greater than {TTL_MIN_SECONDS}, or a timezone-aware datetime more "
        "than one hour in the future"
    )
    if isinstance(ttl, bool) or not isinstance(ttl, int | float | datetime):
        raise InvalidArgumentException.refused(
            argument,
            f"{_show(ttl)} ({type(ttl).__name__}) is neither seconds nor a datetime",
            allowed,
        )
    if isinstance(ttl, datetime):
        if ttl.tzinfo is None or ttl.utcoffset() is None:
            raise InvalidArgumentException.refused(
                argument, "the datetime has no time zone", allowed
            )
        when = ttl.astimezone(UTC)
    else:
        if not math.isfinite(ttl):
            raise InvalidArgumentException.refused(
                argument, f"{ttl} is not a finite number", allowed
            )
        if ttl <= TTL_MIN_SECONDS:
            raise InvalidArgumentException.refused(
                argument, f"{ttl:g} seconds is too soon", allowed
            )
        try:
            when = current + timedelta(seconds=ttl)
        except OverflowError:
            raise InvalidArgumentException.refused(
                argument, f"{ttl:g} seconds is too far away", allowed
            ) from None
    if when - current <= timedelta(seconds=TTL_MIN_SECONDS):
        raise InvalidArgumentException.refused(argument, f"{when.isoformat()} is too soon", allowed)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def check_disk_size_gb(size: object, *, current: int | None = None, argument: str = "size") -> int:
    """Disk size in GB (1-1024); with ``current`` (growing a disk) it must be larger."""
    value = _int(argument, size, limits.DISK_SIZE_GB, " GB")
    if current is not None and value <= current:
        raise InvalidArgumentException.refused(
            argument,
            f"{value} GB is not larger than the disk's current {current} GB (disks only grow)",
            f"an integer from {current + 1} to {limits.DISK_SIZE_GB.maximum} GB",
        )
    return value


def check_disk_type(
    disk_type: object, path: object = None, *, argument: str = "type", path_argument: str = "path"
) -> str:
    """``raw`` or ``partitioned``; a partitioned disk needs a non-empty ``path``."""
    value = _choice(argument, disk_type, DISK_TYPES)
    if value == "partitioned" and not (isinstance(path, str) and path.strip()):
        raise InvalidArgumentException.refused(
            path_argument, "a partitioned disk needs a path", "a mount point or drive letter"
        )
    return value


def check_disk_path(path: object, *, argument: str = "path") -> str:
    """A disk's mount point or drive letter: a non-blank string of at most 255 characters."""
    allowed = "a mount point or drive letter, e.g. '/data' or 'e' (at most 255 characters)"
    if not isinstance(path, str):
        raise InvalidArgumentException.refused(
            argument, f"{_show(path)} ({type(path).__name__}) is not a string", allowed
        )
    if not path.strip() or len(path) > 255:
        raise InvalidArgumentException.refused(argument, f"{_show(path)} is not a path", allowed)
    return path


def check_port(port: object, *, argument: str = "port") -> int:
    """A TCP/UDP port number."""
    return _int(argument, port, limits.PORT)


def check_port_range(
    port: object, port_to: object = None, *, prefix: str = ""
) -> tuple[int, int | None]:
    """A port, or a range ``port``-``port_to`` (``port_to`` not below ``port``); ``prefix``
    names the rule the two belong to (``ports[2]``)."""
    at = f"{prefix}." if prefix else ""
    first = check_port(port, argument=f"{at}port")
    if port_to is None:
        return first, None
    last = check_port(port_to, argument=f"{at}port_to")
    if last < first:
        raise InvalidArgumentException.refused(
            f"{at}port_to",
            f"{last} is below port {first}",
            f"an integer from {first} to {limits.PORT.maximum}",
        )
    return first, last


def check_port_spec(
    protocol: object, port: object, port_to: object = None, *, prefix: str = ""
) -> tuple[str, int, int | None]:
    """A rule of a public IP: ``(protocol, port, port_to)``. ICMP has no ports: its port is
    ``None`` or a number the API sends (0), and it takes no ``port_to``."""
    at = f"{prefix}." if prefix else ""
    proto = check_protocol(protocol, argument=f"{at}protocol")
    if proto != "ICMP":
        return (proto, *check_port_range(port, port_to, prefix=prefix))
    if port_to is not None:
        raise InvalidArgumentException.refused(f"{at}port_to", "ICMP has no ports", "None for ICMP")
    icmp_port = IntegerLimit(minimum=0, maximum=limits.PORT.maximum)
    return proto, 0 if port is None else _int(f"{at}port", port, icmp_port), None


def check_protocol(protocol: object, *, argument: str = "protocol") -> str:
    """``TCP``, ``UDP`` or ``ICMP``, in any case; returned upper-case."""
    return _choice(argument, protocol, PROTOCOLS)


def check_cidr(cidr: object, *, argument: str = "cidr") -> str:
    """A network in CIDR notation (``10.0.0.0/24``); returned stripped, otherwise unchanged."""
    allowed = "a network in CIDR notation, e.g. '10.0.0.0/24' or '203.0.113.7/32'"
    if not isinstance(cidr, str):
        raise InvalidArgumentException.refused(
            argument, f"{_show(cidr)} ({type(cidr).__name__}) is not a string", allowed
        )
    text = cidr.strip()
    if "/" not in text:
        raise InvalidArgumentException.refused(argument, f"{_show(cidr)} has no '/prefix'", allowed)
    try:
        ipaddress.ip_network(text, strict=False)
    except ValueError as exc:
        raise InvalidArgumentException.refused(
            argument, f"{_show(cidr)} is not a network: {exc}", allowed
        ) from None
    return text


def check_ip_address(address: object, *, argument: str = "ip_address") -> str:
    """A single IPv4 or IPv6 address."""
    allowed = "an IP address such as '10.0.0.12'"
    if not isinstance(address, str):
        raise InvalidArgumentException.refused(
            argument, f"{_show(address)} ({type(address).__name__}) is not a string", allowed
        )
    try:
        ipaddress.ip_address(address.strip())
    except ValueError:
        raise InvalidArgumentException.refused(
            argument, f"{_show(address)} is not an IP address", allowed
        ) from None
    return address.strip()


def check_snapshot_expiration_days(days: object, *, argument: str = "expiration_days") -> int:
    """Days to keep a snapshot."""
    return _int(argument, days, limits.SNAPSHOT_EXPIRATION_DAYS, " days")


def check_template_visibility(visibility: object, *, argument: str = "visibility") -> str:
    """``private`` or ``shared`` (ConvertToTemplate)."""
    return _choice(argument, visibility, TEMPLATE_VISIBILITIES)


def check_password(password: object, *, argument: str = "password") -> str:
    """A password: a non-empty string. The value never appears in the error."""
    allowed = "a non-empty string"
    if isinstance(password, Secret):
        password = password.reveal()
    if not isinstance(password, str):
        raise InvalidArgumentException.refused(
            argument, f"a {type(password).__name__} is not a string", allowed
        )
    if not password:
        raise InvalidArgumentException.refused(argument, "it is empty", allowed)
    return password


def check_whole_number(value: object, *, argument: str, low: int, high: int, unit: str = "") -> int:
    """An integer from ``low`` to ``high`` (an integral float or a digit string counts; a bool
    does not): counts, concurrency limits, list positions."""
    return _int(argument, value, IntegerLimit(minimum=low, maximum=high), unit)
