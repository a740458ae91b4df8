"""A server's anti-affinity policy read back (``Server.AntiAffinity``), and its secondary
addresses when the API leaves them out."""

from __future__ import annotations

import clc
from clc.testing import Emulator

from .conftest import build_servers


def _server(sess: clc.Session, name: str) -> clc.v2.Server:
    group = clc.v2.Datacenter("VA1", session=sess).Groups().Get("Default Group")
    build_servers(sess, [group], name)
    return clc.v2.Server(f"VA1{sess.alias}{name.upper()}01", session=sess)


def test_anti_affinity_reads_the_policy_or_none(sess: clc.Session, emu: Emulator) -> None:
    server = _server(sess, "aff")
    assert server.AntiAffinity() is None  # the API's 404: no policy
    policy = clc.v2.AntiAffinity.GetLocation("VA1", session=sess)[0]
    with emu.state.lock:  # the emulator's backend, called directly
        emu.backend.server_policies.set_anti_affinity(emu.backend.servers.get(server.id), policy.id)
    found = server.AntiAffinity()
    assert isinstance(found, clc.v2.AntiAffinity)
    assert (found.id, found.name, found.location) == (policy.id, policy.name, "VA1")
    assert server.id.lower() in [s.lower() for s in found.servers]


def test_secondary_addresses_are_empty_when_the_api_leaves_them_out(sess: clc.Session) -> None:
    server = _server(sess, "nic")
    assert "secondaryIPAddresses" not in server.data["details"]
    assert server.secondary_ip_addresses == []
