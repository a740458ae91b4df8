"""A local emulator of the CenturyLink Cloud API v2: a real, stateful HTTP server.

    from clc.testing import Emulator

    with Emulator(job_seconds=0.05) as emu:
        ...  # point any CLC API v2 client at emu.url, log in as emu.username

Importing this package is cheap; the web stack loads only when a server starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .clock import Clock
    from .faults import FaultRule, Faults, parse_rule
    from .server import (
        DEFAULT_ALIAS,
        DEFAULT_PASSWORD,
        DEFAULT_USERNAME,
        Emulator,
    )

__all__ = [
    "DEFAULT_ALIAS",
    "DEFAULT_PASSWORD",
    "DEFAULT_USERNAME",
    "Clock",
    "Emulator",
    "FaultRule",
    "Faults",
    "parse_rule",
]

_WHERE = {
    "Clock": "clock",
    "FaultRule": "faults",
    "Faults": "faults",
    "parse_rule": "faults",
    "Emulator": "server",
    "DEFAULT_ALIAS": "server",
    "DEFAULT_PASSWORD": "server",
    "DEFAULT_USERNAME": "server",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
