"""Fixtures for the emulator's own tests: a running emulator and a logged-in client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clc.testing import Clock, Emulator


class Api:
    """A thin raw-HTTP client: login plus helpers that follow links."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self.http = httpx.Client(base_url=emu.url, timeout=10)
        r = self.http.post(
            "/v2/authentication/login",
            json={"username": emu.username, "password": emu.password},
        )
        r.raise_for_status()
        self.login = r.json()
        self.alias = self.login["accountAlias"]
        self.http.headers["Authorization"] = f"Bearer {self.login['bearerToken']}"

    def get(self, url: str, **kw: Any) -> httpx.Response:
        return self.http.get(url, **kw)

    def post(self, url: str, **kw: Any) -> httpx.Response:
        return self.http.post(url, **kw)

    def ok(self, method: str, url: str, status: int = 200, **kw: Any) -> Any:
        r = self.http.request(method, url, **kw)
        assert r.status_code == status, (r.status_code, r.text)
        return r.json() if r.content else None

    def group_named(self, name: str, dc: str = "VA1") -> dict[str, Any]:
        dcj = self.ok("GET", f"/v2/datacenters/{self.alias}/{dc}", params={"groupLinks": "true"})
        root = next(link["id"] for link in dcj["links"] if link["rel"] == "group")
        tree = self.ok("GET", f"/v2/groups/{self.alias}/{root}")
        stack = [tree]
        while stack:
            g = stack.pop()
            if g["name"] == name:
                return g  # type: ignore[no-any-return]
            stack.extend(g["groups"])
        raise KeyError(name)

    def group(self, gid: str) -> dict[str, Any]:
        return self.ok("GET", f"/v2/groups/{self.alias}/{gid}")  # type: ignore[no-any-return]

    def create_server(self, group_id: str, name: str = "web", **extra: Any) -> dict[str, Any]:
        body = {
            "name": name,
            "groupId": group_id,
            "sourceServerId": "CENTOS-6-64-TEMPLATE",
            "cpu": 1,
            "memoryGB": 1,
            "type": "standard",
            **extra,
        }
        return self.ok("POST", f"/v2/servers/{self.alias}", 202, json=body)  # type: ignore[no-any-return]

    def status(self, href: str) -> str:
        return str(self.ok("GET", href)["status"])

    def close(self) -> None:
        self.http.close()


def pytest_configure(config: pytest.Config) -> None:
    # The plugin registers this marker when the package is installed; a plain
    # checkout on PYTHONPATH does not load the plugin's entry point.
    config.addinivalue_line("markers", "clc_emulator(**options): clc_emulator fixture options")


@pytest.fixture
def clock() -> Clock:
    return Clock(frozen=True)


@pytest.fixture
def emu(clock: Clock) -> Iterator[Emulator]:
    """An emulator on a frozen clock with 10 s jobs: tests step time explicitly."""
    with Emulator(clock=clock, job_seconds=10, validate=True) as e:
        yield e


@pytest.fixture
def api(emu: Emulator) -> Iterator[Api]:
    client = Api(emu)
    yield client
    client.close()


def status_href(reply: Any) -> str:
    """The status link of any queued-work answer shape."""
    if isinstance(reply, list):
        reply = reply[0]
    links = reply.get("links", [reply])
    return str(next(link["href"] for link in links if link["rel"] == "status"))
