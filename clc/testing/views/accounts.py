"""Accounts, logins and custom field definitions."""

from __future__ import annotations

import copy

from ..state import State
from .common import Rec


def account(rec: Rec) -> Rec:
    a = rec["accountAlias"].lower()
    return {**rec, "links": [{"rel": "self", "href": f"/v2/accounts/{a}", "verbs": ["GET"]}]}


def login(state: State, token: str, location: str) -> Rec:
    return {
        "userName": state.username,
        "accountAlias": state.alias,
        "locationAlias": location,
        "roles": [
            "AccountAdmin",
            "AccountViewer",
            "BillingAdmin",
            "DNSManager",
            "NetworkAdmin",
            "SecurityAdmin",
            "ServerAdmin",
            "ServerOperator",
            "ServerScheduler",
        ],
        "bearerToken": token,
    }


def custom_fields(definitions: list[Rec]) -> list[Rec]:
    return copy.deepcopy(definitions)
