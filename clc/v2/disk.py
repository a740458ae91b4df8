"""``Disks``/``Disk``: a server's disks (changed with one PATCH of the whole disk set)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from clc.core import arguments as checks
from clc.core import validation
from clc.v2 import default_session as _session
from clc.v2.resource import Resource, given, listed, matches, model_of

if TYPE_CHECKING:
    from clc.v2.queue import Requests
    from clc.v2.server import Server
    from clc_generated.models import ServerDisk


class Disk(Resource["ServerDisk"]):
    """A disk: ``id``, ``size`` (GB), ``partition_paths``."""

    _model: ServerDisk

    def __init__(self, id: str, parent: Disks, disk_obj: Any = None, session: Any = None) -> None:
        from clc_generated.models import ServerDisk as Model

        if not (isinstance(id, int) and not isinstance(id, bool)):
            checks.check_id(id, argument="id")  # 2.51 also made disks with int ids
        checks.check_instance(parent, Disks, argument="parent", allowed="a clc.v2.Disks")
        checks.check_model(disk_obj, argument="disk_obj")
        self.id: str = str(id)
        self.parent: Disks = parent
        self.session: Any = parent.session if session is None else _session.resolve(session)
        self._adopt(model_of(Model, disk_obj or {}))

    @property
    def size(self) -> int:
        """The disk's size in GB."""
        return given(self._model.size_gb) or 0

    @property
    def partition_paths(self) -> list[str]:
        """Where the disk's partitions are mounted (``[]`` for a raw disk)."""
        return listed(self._model.partition_paths)

    def Grow(self, size: int) -> Requests:
        """Grow to ``size`` GB (larger than now, at most 1024)."""
        self._model.size_gb = validation.check_disk_size_gb(size, current=self.size)
        self._adopt(self._model)
        return self.parent._save(self.parent.disks)

    def Delete(self) -> Requests:
        """Remove the disk from the server; the API takes the whole disk set, so the others are
        sent as they are."""
        remaining = [d for d in self.parent.disks if d is not self]
        result = self.parent._save(remaining)
        self.parent.disks = remaining
        return result

    def __str__(self) -> str:
        return self.id  # always a str (2.51 could return an int and make str() raise)

    def __repr__(self) -> str:
        return f"<clc.Disk {self.id} {self.size} GB>"


class Disks:
    """The disks of ``server``: ``disks``, ``Get``, ``Search``, ``Add``."""

    def __init__(self, server: Server, disks_lst: Any, session: Any = None) -> None:
        from clc.v2.server import Server
        from clc_generated.models import ServerDisk as Model

        checks.check_instance(server, Server, argument="server", allowed="a clc.v2.Server")
        items = checks.check_models(disks_lst, argument="disks_lst", what="disks")
        self.server: Server = server
        self.session: Any = server.session if session is None else _session.resolve(session)
        self.disks: list[Disk] = []
        for obj in items:
            model = model_of(Model, obj)
            self.disks.append(Disk(given(model.id) or "", self, model, self.session))

    def Get(self, key: str) -> Disk | None:
        """The disk with id ``key`` or mounted at path ``key``, or ``None``."""
        checks.check_key(key)
        for disk in self.disks:
            if matches(key, (disk.id, *disk.partition_paths), exact=True):
                return disk
        return None

    def Search(self, key: str) -> list[Disk]:
        """The disks whose id or a mount path contains ``key`` (case-insensitive)."""
        checks.check_key(key)
        return [d for d in self.disks if matches(key, (d.id, *d.partition_paths), exact=False)]

    def Add(self, size: int, path: str | None = None, type: str = "partitioned") -> Requests:
        """Add a disk of ``size`` GB (1-1024); a partitioned disk needs a mount ``path``."""
        if path is not None:
            validation.check_disk_path(path)
        type = validation.check_disk_type(type, path)
        size = validation.check_disk_size_gb(size)
        new = {"sizeGB": size, "type": type, **({"path": path} if path else {})}
        result = self._save(self.disks, new)
        # The API assigns the id; reload the server to see it.
        self.server.dirty = True
        return result

    def _save(self, disks: list[Disk], new: dict[str, Any] | None = None) -> Requests:
        value: list[dict[str, Any]] = [{"diskId": d.id, "sizeGB": d.size} for d in disks]
        if new:
            value.append(new)
        from clc.v2.server import patch_server

        return patch_server(self.server, {"disks": value})

    def __iter__(self) -> Iterator[Disk]:
        return iter(self.disks)
