"""The emulator's mutable world, guarded by one lock.

The world is a JSON-able dict (see ``world.py``); this class adds lookups that
raise the API's 404s, the token table and persistence. Callers hold ``lock``
around any read-modify-write; the app does so for every request.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import world as _world
from .clock import Clock
from .errors import ApiError, not_found
from .job_lengths import JobLengths

Rec = dict[str, Any]

# The real API's tokens lived about two weeks; tests shorten this.
DEFAULT_TOKEN_TTL = 14 * 24 * 3600.0


class State:
    """One account's world plus credentials, clock and job timing."""

    def __init__(
        self,
        data: Rec,
        *,
        clock: Clock,
        username: str,
        password: str,
        job_seconds: float,
        token_ttl: float = DEFAULT_TOKEN_TTL,
        state_file: str | os.PathLike[str] | None = None,
        job_seconds_max: float | None = None,
        job_seed: int = 0,
    ) -> None:
        for name in _world.COLLECTIONS:
            data.setdefault(name, {})
        self.data = data
        self.clock = clock
        self.username = username
        self.password = password
        self.job_lengths: JobLengths = JobLengths(job_seconds, job_seconds_max, job_seed)
        self.token_ttl = token_ttl
        self.state_file: Path | None = Path(state_file) if state_file else None
        self.lock: threading.RLock = threading.RLock()
        self.alias: str = data["alias"]
        self.alias_lower: str = self.alias.lower()
        self._uuid_index: dict[str, str] = {s["uuid"]: sid for sid, s in data["servers"].items()}
        self.dirty: bool = False
        # Unsettled jobs by end time; built lazily by the queue module.
        self.job_heap: list[tuple[float, int, str]] | None = None

    @property
    def job_seconds(self) -> float:
        """How long a job takes (the shortest, when lengths are drawn from a range)."""
        return self.job_lengths.low

    @job_seconds.setter
    def job_seconds(self, seconds: float) -> None:
        """Every job queued from now on takes ``seconds`` (a drawn range is dropped)."""
        self.job_lengths = JobLengths(seconds)

    # -- construction and persistence ------------------------------------------------

    @classmethod
    def create(
        cls,
        *,
        alias: str,
        username: str,
        password: str,
        clock: Clock,
        job_seconds: float,
        token_ttl: float = DEFAULT_TOKEN_TTL,
        state_file: str | os.PathLike[str] | None = None,
        templates_per_dc: int = 0,
        networks_per_dc: int = 2,
        job_seconds_max: float | None = None,
        job_seed: int = 0,
    ) -> State:
        """Load ``state_file`` when it exists, otherwise seed a fresh world."""
        data: Rec | None = None
        if state_file and Path(state_file).exists():
            data = json.loads(Path(state_file).read_text(encoding="utf-8"))
        if data is None:
            data = _world.build(alias, username, templates_per_dc, networks_per_dc)
        return cls(
            data,
            clock=clock,
            username=username,
            password=password,
            job_seconds=job_seconds,
            token_ttl=token_ttl,
            state_file=state_file,
            job_seconds_max=job_seconds_max,
            job_seed=job_seed,
        )

    def save(self) -> None:
        """Write the world to ``state_file`` atomically (no-op without one)."""
        if self.state_file is None:
            return
        with self.lock:
            text = json.dumps(self.data, separators=(",", ":"))
            self.dirty = False
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.state_file.parent, prefix=".clc-emulator-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, self.state_file)

    # -- ids -------------------------------------------------------------------------

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    def next_seq(self, name: str) -> int:
        seq = self.data["seq"]
        seq[name] = seq.get(name, 0) + 1
        return int(seq[name])

    # -- tokens ----------------------------------------------------------------------

    def issue_token(self) -> str:
        token = secrets.token_urlsafe(48)
        self.data["tokens"][token] = {"issued": self.clock.now(), "expired": False}
        return token

    def token_valid(self, token: str) -> bool:
        rec = self.data["tokens"].get(token)
        if rec is None or rec["expired"]:
            return False
        return bool(self.clock.now() - rec["issued"] < self.token_ttl)

    def expire_token(self, token: str | None = None) -> None:
        """Expire one token, or every token when none is named."""
        tokens = self.data["tokens"]
        for key in [token] if token else list(tokens):
            if key in tokens:
                tokens[key]["expired"] = True

    # -- lookups ---------------------------------------------------------------------

    def check_alias(self, alias: str) -> None:
        if alias.lower() != self.alias_lower:
            raise ApiError(403, f"You do not have access to account {alias}.")

    def account(self, alias: str) -> Rec:
        for key, rec in self.data["accounts"].items():
            if key.lower() == alias.lower():
                return dict(rec)
        raise not_found(f"Account {alias}")

    def datacenter(self, dc: str) -> Rec:
        rec = self.data["datacenters"].get(dc.upper())
        if rec is None:
            raise not_found(f"Data center {dc}")
        return dict(rec)

    def group(self, gid: str) -> Rec:
        rec = self.data["groups"].get(gid.lower())
        if rec is None:
            raise not_found(f"Group {gid}")
        return rec  # type: ignore[no-any-return]

    def server(self, sid: str) -> Rec:
        rec = self.data["servers"].get(sid.lower())
        if rec is None:
            raise not_found(f"Server {sid}")
        return rec  # type: ignore[no-any-return]

    def server_by_uuid(self, key: str) -> Rec:
        sid = self._uuid_index.get(key.lower())
        if sid is None:
            raise not_found(f"Server {key}")
        return self.server(sid)

    def find_server(self, sid: str) -> Rec | None:
        return self.data["servers"].get(sid.lower())  # type: ignore[no-any-return]

    def network(self, nid: str, dc: str | None = None) -> Rec:
        rec = self.data["networks"].get(nid.lower())
        if rec is None or (dc is not None and rec["locationId"] != dc.upper()):
            raise not_found(f"Network {nid}")
        return rec  # type: ignore[no-any-return]

    def templates(self, dc: str) -> list[Rec]:
        return self.data["templates"].get(dc.upper(), [])  # type: ignore[no-any-return]

    def template(self, dc: str, name: str) -> Rec | None:
        for t in self.templates(dc):
            if t["name"].lower() == name.lower():
                return t
        return None

    # -- group tree ------------------------------------------------------------------

    def subtree(self, gid: str) -> Iterator[Rec]:
        """The group and all its descendants, depth first."""
        groups = self.data["groups"]
        stack = [gid]
        while stack:
            g = groups[stack.pop()]
            yield g
            stack.extend(reversed(g["children"]))

    def server_counts(self, gid: str) -> dict[str, int]:
        """Recursive server count of every group under ``gid`` (one pass)."""
        groups = self.data["groups"]
        counts: dict[str, int] = {}

        def visit(g: Rec) -> int:
            n = len(g["servers"]) + sum(visit(groups[c]) for c in g["children"])
            counts[g["id"]] = n
            return n

        visit(groups[gid])
        return counts

    def root_of(self, dc: str) -> Rec:
        return self.group(self.datacenter(dc)["rootGroupId"])

    def special_group(self, dc: str, gtype: str) -> Rec:
        for cid in self.root_of(dc)["children"]:
            g = self.data["groups"][cid]
            if g["type"] == gtype:
                return g  # type: ignore[no-any-return]
        raise not_found(f"{gtype} group in {dc}")

    # -- servers ---------------------------------------------------------------------

    def add_server(self, rec: Rec) -> None:
        self.data["servers"][rec["id"]] = rec
        self._uuid_index[rec["uuid"]] = rec["id"]
        self.data["groups"][rec["groupId"]]["servers"].append(rec["id"])

    def remove_server(self, sid: str) -> None:
        rec = self.data["servers"].pop(sid, None)
        if rec is None:
            return
        self._uuid_index.pop(rec["uuid"], None)
        group = self.data["groups"].get(rec["groupId"])
        if group and sid in group["servers"]:
            group["servers"].remove(sid)
        for net in self.data["networks"].values():
            for addr in [a for a, who in net["addresses"].items() if who == rec["name"]]:
                del net["addresses"][addr]
        for pol in self.data["antiAffinityPolicies"].values():
            if sid in pol["servers"]:
                pol["servers"].remove(sid)

    def move_server(self, rec: Rec, gid: str) -> None:
        old = self.data["groups"].get(rec["groupId"])
        if old and rec["id"] in old["servers"]:
            old["servers"].remove(rec["id"])
        rec["groupId"] = gid
        self.data["groups"][gid]["servers"].append(rec["id"])

    def allocate_ip(self, net: Rec, server_name: str, wanted: str | None = None) -> str:
        """Claim ``wanted`` or the next free address (from .12) on the network."""
        base = net["cidr"].rsplit(".", 1)[0]
        used = net["addresses"]
        if wanted:
            if wanted in used or not wanted.startswith(base + "."):
                raise ApiError(
                    400,
                    "The request is invalid.",
                    {"body.ipAddress": [f"IP address {wanted} is not available."]},
                )
            used[wanted] = server_name
            return wanted
        for last in range(12, 255):
            addr = f"{base}.{last}"
            if addr not in used:
                used[addr] = server_name
                return addr
        raise ApiError(400, f"No free IP addresses left on network {net['name']}.")

    def touch(self, rec: Rec) -> None:
        rec["modifiedBy"] = self.username
        rec["modifiedDate"] = self.clock.now()
