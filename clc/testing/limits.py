"""The API's limits on values (CPU count, memory, disk size, server names...), read from the spec.

The spec states each limit once, as a component schema (``Cpu``, ``MemoryGB``,
``DiskSizeGB``, ``ServerName``...) with ``minimum``/``maximum`` or
``maxLength``/``pattern``; the generated client carries the same values to the
SDK's argument checks. The emulator enforces them when it reads a request, so a
changed spec moves both sides at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Range:
    """Inclusive bounds of a whole number."""

    low: int
    high: int


@dataclass(frozen=True)
class NameRule:
    """A server's short name: its characters and lengths."""

    pattern: str
    min_length: int
    max_length: int
    # alias + name: the API builds the server's id from the two and capped their sum.
    max_length_with_alias: int


@dataclass(frozen=True)
class Limits:
    cpu: Range
    memory_gb: Range
    disk_size_gb: Range
    snapshot_expiration_days: Range
    port: Range
    server_name: NameRule

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> Limits:
        schemas: dict[str, Any] = spec["components"]["schemas"]

        def bounds(name: str) -> Range:
            s = schemas[name]
            return Range(int(s["minimum"]), int(s["maximum"]))

        name = schemas["ServerName"]
        return cls(
            cpu=bounds("Cpu"),
            memory_gb=bounds("MemoryGB"),
            disk_size_gb=bounds("DiskSizeGB"),
            snapshot_expiration_days=bounds("SnapshotExpirationDays"),
            port=bounds("Port"),
            server_name=NameRule(
                pattern=str(name["pattern"]).removeprefix("^").removesuffix("$"),
                min_length=int(name["minLength"]),
                max_length=int(name["maxLength"]),
                max_length_with_alias=int(name["x-clc-max-length-with-alias"]),
            ),
        )
