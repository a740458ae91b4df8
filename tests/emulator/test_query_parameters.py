"""Query parameters: both spellings of a filter the SDKs disagree on, and no silent widening.

The documentation names the firewall listing's filter ``destinationAccount``; the Java SDK
sends ``destinationAccountAlias`` (FirewallPolicyClient). Both filter. A parameter an
operation does not take is refused with a 400 naming it, instead of being ignored and
returning the whole, unfiltered listing.
"""

from __future__ import annotations

import pytest

from .conftest import Api


def _policies(api: Api) -> str:
    base = f"/v2-experimental/firewallPolicies/{api.alias}/VA1"
    for account in (api.alias, "EMUL"):  # the account itself and its parent
        body = {"source": ["10.0.0.1/32"], "destination": ["10.0.0.2/32"], "ports": ["any"],
                "destinationAccount": account}  # fmt: skip
        api.ok("POST", base, 201, json=body)
    return base


@pytest.mark.parametrize(
    "name", ["destinationAccount", "destinationAccountAlias", "DESTINATIONACCOUNTALIAS"]
)
def test_the_firewall_listing_filters_by_either_spelling(api: Api, name: str) -> None:
    base = _policies(api)
    assert len(api.ok("GET", base)) == 2
    only = api.ok("GET", base, params={name: "emul"})
    assert [p["destinationAccount"] for p in only] == ["emul"]


def test_an_unknown_query_parameter_is_refused_not_ignored(api: Api) -> None:
    base = _policies(api)
    refused = api.ok("GET", base, 400, params={"destinationAcount": "emul"})  # misspelt
    assert "destinationacount" in refused["message"]
    assert "destinationaccount" in refused["message"]  # what is supported instead
    api.ok("GET", f"/v2/groups/{api.alias}/{api.group_named('Default Group')['id']}", 400,
           params={"serverDetails": "detailed"})  # fmt: skip
