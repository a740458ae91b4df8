"""Argument checks of the network services: shared load balancers and firewall policies.

Like :mod:`clc.core.validation`, each check returns the value to send or raises
:class:`clc.InvalidArgumentException` naming the argument and what is allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clc.core.validation import _choice, check_cidr, check_ip_address, check_port
from clc.errors import InvalidArgumentException

LOAD_BALANCER_STATUSES = ("enabled", "disabled")
POOL_PORTS = (80, 443)
POOL_METHODS = ("roundRobin", "leastConnection")
POOL_PERSISTENCE = ("standard", "sticky")
_FIREWALL_PORT = re.compile(r"(?i)^(any|icmp|(tcp|udp)/\d{1,5}(-\d{1,5})?)$")


def check_load_balancer_status(status: object, *, argument: str = "status") -> str:
    return _choice(argument, status, LOAD_BALANCER_STATUSES)


def check_pool_port(port: object, *, argument: str = "port") -> int:
    """80 or 443: the ports a shared load balancer listens on."""
    value = check_port(port, argument=argument)
    if value not in POOL_PORTS:
        raise InvalidArgumentException.refused(
            argument, f"{value} is not a load balancer port", "80 or 443"
        )
    return value


def check_pool_method(method: object, *, argument: str = "method") -> str:
    return _choice(argument, method, POOL_METHODS)


def check_pool_persistence(persistence: object, *, argument: str = "persistence") -> str:
    return _choice(argument, persistence, POOL_PERSISTENCE)


def check_node(
    ip_address: object, private_port: object, *, argument: str = "nodes"
) -> tuple[str, int]:
    """A pool node: a server's IP address and the port it listens on (``argument`` names
    the node; empty when they are arguments of their own)."""
    at = f"{argument}." if argument else ""
    return (
        check_ip_address(ip_address, argument=f"{at}ip_address"),
        check_port(private_port, argument=f"{at}private_port"),
    )


def check_nodes(nodes: object, *, argument: str = "nodes") -> list[tuple[str, int]]:
    """A pool's nodes: ``(ip_address, private_port)`` pairs."""
    allowed = "a list of (ip_address, private_port) pairs"
    if isinstance(nodes, str | bytes) or not isinstance(nodes, Iterable):
        raise InvalidArgumentException.refused(
            argument, f"a {type(nodes).__name__} is not a list of pairs", allowed
        )
    pairs = []
    for i, node in enumerate(nodes):
        iterable = isinstance(node, Iterable) and not isinstance(node, str | bytes)
        pair = tuple(node) if iterable else ()
        if len(pair) != 2:
            raise InvalidArgumentException.refused(f"{argument}[{i}]", "it is not a pair", allowed)
        pairs.append(check_node(*pair, argument=f"{argument}[{i}]"))
    return pairs


def check_cidrs(cidrs: object, *, argument: str) -> list[str]:
    """One or more networks in CIDR notation (a single string is one network)."""
    items = [cidrs] if isinstance(cidrs, str) else cidrs
    if not isinstance(items, Iterable) or not (found := list(items)):
        raise InvalidArgumentException.refused(
            argument, "no network given", "a CIDR or a list of CIDRs, e.g. ['10.0.0.0/24']"
        )
    return [check_cidr(cidr, argument=argument) for cidr in found]


def check_firewall_ports(ports: object, *, argument: str = "ports") -> list[str]:
    """``any``, ``icmp``, ``tcp/80``, ``udp/100-200``... (a single string is one entry)."""
    allowed = "'any', 'icmp', 'tcp/PORT', 'udp/PORT' or a range such as 'tcp/8000-8080'"
    items = [ports] if isinstance(ports, str) else ports
    if not isinstance(items, Iterable) or not (found := list(items)):
        raise InvalidArgumentException.refused(argument, "no port given", allowed)
    for port in found:
        if not isinstance(port, str) or not _FIREWALL_PORT.match(port.strip()):
            raise InvalidArgumentException.refused(argument, f"{port!r} is not a port", allowed)
    return [str(port).strip().lower() for port in found]
