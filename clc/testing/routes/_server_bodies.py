"""Reading the bodies that build servers (create, clone, import) and change them."""

from __future__ import annotations

from typing import Any

from ..backend.servers import Disk
from ..fields import Fields
from ..limits import Limits

SERVER_TYPES = ("standard", "hyperscale", "bareMetal")
STORAGE_TYPES = ("standard", "premium", "hyperscale")


def read_name(f: Fields, limits: Limits) -> str | None:
    """The new server's short name, in the spec's characters and lengths."""
    rule = limits.server_name
    name = f.text("name", required=True, pattern=rule.pattern)
    if name is not None and not rule.min_length <= len(name) <= rule.max_length:
        f.error("name", f"The name must be {rule.min_length} to {rule.max_length} characters long.")
    return name


def read_disks(f: Fields, name: str, value: Any, limits: Limits) -> list[Disk]:
    """A list of disks: new ones, or existing ones (``diskId``) with a new size."""
    if not isinstance(value, list):
        f.error(name, "Expected a list of disks.")
        return []
    out: list[Disk] = []
    for i, d in enumerate(value):
        if not isinstance(d, dict):
            f.error(f"{name}[{i}]", "Expected an object.")
            continue
        sub = Fields(d)
        size = sub.integer("sizeGB", required=True, within=limits.disk_size_gb)
        disk_id = sub.text("diskId")
        partitioned = (sub.text("type", choices=("raw", "partitioned")) or "raw") == "partitioned"
        path = sub.text("path")
        if partitioned and not path and not disk_id:
            sub.error("path", "A partitioned disk needs a path.")
        f.adopt(sub, f"{name}[{i}]")
        if size is not None and not sub.errors:
            out.append(Disk(size, disk_id, partitioned, path))
    return out
