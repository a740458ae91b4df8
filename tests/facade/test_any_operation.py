"""Every generated operation is callable, typed, through a session: its ``sync`` returns the
2xx model and raises for anything else, on the session's client (login, 401 re-login,
retries, the error tree) or through ``Session.call``.

One test per API tag that has no object in ``clc.v2`` drives its operations against the
emulator with nothing but the generated functions.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from pathlib import Path
from types import ModuleType

import httpx
import pytest
import yaml

import clc
import clc_generated.api
from clc.testing import Emulator
from clc_generated import errors as generated_errors
from clc_generated.models import ErrorBody
from tests.facade.conftest import build_servers

ROOT = Path(__file__).resolve().parents[2]


def operations() -> list[ModuleType]:
    return [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(clc_generated.api.__path__, "clc_generated.api.")
        if not info.ispkg
    ]


def test_every_operation_has_a_typed_sync_that_returns_only_success() -> None:
    found = operations()
    spec = yaml.safe_load((ROOT / "spec" / "clc-v2.yaml").read_text(encoding="utf-8"))
    operation_ids = {
        op["operationId"] for item in spec["paths"].values() for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }  # fmt: skip
    assert len(found) == len(operation_ids)
    for module in found:
        for name in ("sync", "asyncio"):
            fn = getattr(module, name)
            assert "client" in inspect.signature(fn).parameters, module.__name__
            returned = typing.get_type_hints(fn)["return"]
            assert ErrorBody not in typing.get_args(returned), module.__name__
            assert returned is not ErrorBody, module.__name__


def test_a_direct_call_gets_the_sessions_login_relogin_and_error_tree(
    sess: clc.Session, emu: Emulator
) -> None:
    from clc_generated.api.accounts import get_account
    from clc_generated.api.servers import get_server
    from clc_generated.models import Account

    account = get_account.sync("DEMO", client=sess.client)
    assert isinstance(account, Account) and account.account_alias == "DEMO"
    assert sess.login_count == 1
    emu.add_fault("expire_token,count=1")
    assert get_account.sync("DEMO", client=sess.client).account_alias == "DEMO"
    assert sess.login_count == 2  # one re-login on the 401
    with pytest.raises(clc.NotFoundException) as raised:
        get_server.sync("DEMO", "VA1DEMONOPE01", client=sess.client)
    assert raised.value.response_status_code == 404
    with pytest.raises(clc.NotFoundException):
        sess.call(get_server.sync, "DEMO", "VA1DEMONOPE01")


def test_a_body_that_is_not_the_documented_shape_raises() -> None:
    from clc_generated.api.accounts import get_account

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json={"bearerToken": "t", "accountAlias": "DEMO"})
        return httpx.Response(200, json={"accountAlias": 42})

    transport = httpx.MockTransport(answer)
    with clc.Session("u", "p", base_url="https://api.test", transport=transport) as session:
        with pytest.raises(generated_errors.InvalidResponse, match="accountAlias"):
            get_account.sync("DEMO", client=session.client)
        with pytest.raises(clc.InvalidAPIResponseException, match="get_account"):
            session.call(get_account.sync, "DEMO")


def test_a_failed_exchange_is_a_transport_exception() -> None:
    from clc_generated.api.accounts import get_account

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    transport = httpx.MockTransport(refuse)
    with (
        clc.Session(
            token="t", alias="DEMO", base_url="https://api.test", transport=transport, retry=None
        ) as session,
        pytest.raises(clc.TransportException),
    ):
        get_account.sync("DEMO", client=session.client)


# -- one test per tag that has no object in clc.v2 ---------------------------------------


def a_server(session: clc.Session) -> str:
    """The id of a server built for the test."""
    group = clc.v2.Datacenter("VA1", session=session).Groups().Get("Default Group")
    return build_servers(session, [group], "any").Server().id


def test_alert_policies(sess: clc.Session) -> None:
    from clc_generated.api.alert_policies import (
        add_server_alert_policy,
        create_alert_policy,
        delete_alert_policy,
        get_alert_policy,
        list_alert_policies,
        remove_server_alert_policy,
        update_alert_policy,
    )
    from clc_generated.models import (
        AlertAction,
        AlertActionSettings,
        AlertPolicyRequest,
        AlertTrigger,
        PolicyReference,
    )

    a = sess.alias
    request = AlertPolicyRequest(
        name="cpu high",
        actions=[AlertAction(action="email", settings=AlertActionSettings(recipients=["a@b.c"]))],
        triggers=[AlertTrigger(metric="cpu", duration="00:05:00", threshold=90.0)],
    )
    created = create_alert_policy.sync(a, client=sess.client, body=request)
    assert created.id and created.name == "cpu high"
    request.name = "cpu very high"
    assert update_alert_policy.sync(a, created.id, client=sess.client, body=request).name == (
        "cpu very high"
    )
    assert get_alert_policy.sync(a, created.id, client=sess.client).name == "cpu very high"
    listed = list_alert_policies.sync(a, client=sess.client).items
    assert isinstance(listed, list) and created.id in [p.id for p in listed]

    server_id = a_server(sess)
    mapping = add_server_alert_policy.sync(
        a, server_id, client=sess.client, body=PolicyReference(id=created.id)
    )
    assert mapping.id == created.id
    assert [p.id for p in clc.v2.Server(server_id, session=sess).Alerts()] == [created.id]
    assert remove_server_alert_policy.sync(a, server_id, created.id, client=sess.client) is None
    assert delete_alert_policy.sync(a, created.id, client=sess.client) is None
    with pytest.raises(clc.NotFoundException):
        get_alert_policy.sync(a, created.id, client=sess.client)


def test_autoscale_policies(sess: clc.Session) -> None:
    from clc_generated.api.autoscale_policies import (
        get_autoscale_policy,
        get_server_autoscale_policy,
        list_autoscale_policies,
        remove_server_autoscale_policy,
        set_server_autoscale_policy,
    )
    from clc_generated.models import PolicyReference

    a = sess.alias
    policies = list_autoscale_policies.sync(a, client=sess.client)
    assert policies and all(p.id for p in policies)
    policy_id = str(policies[0].id)
    assert get_autoscale_policy.sync(a, policy_id, client=sess.client).id == policy_id
    server_id = a_server(sess)
    reference = PolicyReference(id=policy_id)
    set_server_autoscale_policy.sync(a, server_id, client=sess.client, body=reference)
    assert get_server_autoscale_policy.sync(a, server_id, client=sess.client).id == policy_id
    assert remove_server_autoscale_policy.sync(a, server_id, client=sess.client) is None
    with pytest.raises(clc.NotFoundException):
        get_server_autoscale_policy.sync(a, server_id, client=sess.client)


def test_billing(sess: clc.Session) -> None:
    from clc_generated.api.billing import get_invoice, get_server_pricing

    invoice = get_invoice.sync(sess.alias, 2015, 5, client=sess.client)
    assert invoice.account_alias == sess.alias
    assert isinstance(invoice.total_amount, float | int)
    server_id = a_server(sess)
    prices = get_server_pricing.sync(sess.alias, server_id, client=sess.client)
    assert isinstance(prices.cpu, float | int) and prices.cpu > 0


def test_site_to_site_vpn(sess: clc.Session, emu: Emulator) -> None:
    from clc_generated.api.site_to_site_vpn import (
        create_site_to_site_vpn,
        delete_site_to_site_vpn,
        get_site_to_site_vpn,
        list_site_to_site_vpns,
        update_site_to_site_vpn,
    )
    from clc_generated.models import SiteToSiteVpnRequest, VpnIke, VpnIpsec, VpnLocal, VpnRemote

    a = sess.alias
    body = SiteToSiteVpnRequest(
        local=VpnLocal(location_alias="WA1", subnets=["10.57.40.0/24"]),
        remote=VpnRemote(
            site_name="Office", device_type="SRX", address="1.2.3.4", subnets=["10.1.1.0/24"]
        ),
        ike=VpnIke(
            encryption="aes128",
            hashing="sha1_96",
            diffie_helman_group="group2",
            pre_shared_key="Password123",
            lifetime=28800,
            mode="main",
            dead_peer_detection=False,
            nat_traversal=False,
        ),
        ipsec=VpnIpsec(
            encryption="aes128", hashing="sha1_96", protocol="esp", pfs="group2", lifetime=3600
        ),
    )
    vpn = create_site_to_site_vpn.sync(client=sess.client, body=body, account=a)
    assert vpn.id and isinstance(vpn.remote, VpnRemote) and vpn.remote.site_name == "Office"
    emu.clock.advance(11)
    change = SiteToSiteVpnRequest(remote=VpnRemote(site_name="HQ"))
    updated = update_site_to_site_vpn.sync(vpn.id, client=sess.client, body=change, account=a)
    assert isinstance(updated.remote, VpnRemote) and updated.remote.site_name == "HQ"
    assert [v.id for v in list_site_to_site_vpns.sync(client=sess.client, account=a)] == [vpn.id]
    task = delete_site_to_site_vpn.sync(vpn.id, client=sess.client, account=a)
    assert isinstance(task, str) and task
    emu.clock.advance(11)
    with pytest.raises(clc.NotFoundException):
        get_site_to_site_vpn.sync(vpn.id, client=sess.client, account=a)


def test_vm_import(sess: clc.Session, emu: Emulator) -> None:
    from clc_generated.api.vm_import import import_server, list_available_imports
    from clc_generated.models import ImportServerRequest

    a = sess.alias
    images = list_available_imports.sync(a, "VA1", client=sess.client)
    assert images and images[0].id
    group = clc.v2.Datacenter("VA1", session=sess).Groups().Get("Default Group")
    body = ImportServerRequest(
        name="import",
        group_id=group.id,
        password="P@ssw0rd1",
        cpu=2,
        memory_gb=4,
        ovf_id=images[0].id,
        ovf_os_type="redHat6_64Bit",
    )
    queued = import_server.sync(a, client=sess.client, body=body)
    assert queued.is_queued is True
    assert clc.v2.Requests(queued, alias=a, session=sess).WaitUntilComplete() == 0
    group.Refresh()
    imported = [s for s in group.Servers() if s.name.endswith("IMPORT01")]
    assert [(s.cpu, s.memory) for s in imported] == [(2, 4)]


def test_webhooks(sess: clc.Session) -> None:
    from clc_generated.api.webhooks import (
        add_webhook_target_uri,
        delete_webhook,
        delete_webhook_target_uri,
        list_webhooks,
        set_webhook,
    )
    from clc_generated.models import Webhook, WebhookConfiguration, WebhookTargetUri

    a = sess.alias

    def created_hook() -> Webhook:
        items = list_webhooks.sync(a, client=sess.client).items
        assert isinstance(items, list)
        return next(w for w in items if w.name == "Server.Created")

    first = WebhookTargetUri(target_uri="https://hooks.example/a")
    config = WebhookConfiguration(recursive=True, target_uris=[first])
    assert set_webhook.sync(a, "Server.Created", client=sess.client, body=config) is None
    second = WebhookTargetUri(target_uri="https://hooks.example/b")
    add_webhook_target_uri.sync(a, "Server.Created", client=sess.client, body=second)
    configured = created_hook().configuration
    assert isinstance(configured, WebhookConfiguration) and isinstance(configured.target_uris, list)
    assert [t.target_uri for t in configured.target_uris] == [
        "https://hooks.example/a",
        "https://hooks.example/b",
    ]
    delete_webhook_target_uri.sync(
        a, "Server.Created", client=sess.client, target_uri="https://hooks.example/a"
    )
    with pytest.raises(clc.NotFoundException):
        delete_webhook_target_uri.sync(
            a, "Server.Created", client=sess.client, target_uri="https://hooks.example/a"
        )
    delete_webhook.sync(a, "Server.Created", client=sess.client)
    assert not isinstance(created_hook().configuration, WebhookConfiguration)
