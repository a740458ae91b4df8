"""Logging in, the account and its parents, custom field definitions."""

from __future__ import annotations

import copy
import hmac

from ..errors import ApiError
from .part import Part, Rec

BAD_LOGIN = "We didn't recognize the username or password you entered. Please try again."


def _b(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


class Accounts(Part):
    def login(self, username: str, password: str) -> str:
        """A new bearer token for the configured user (user names match in any case)."""
        state = self.state
        ok_user = hmac.compare_digest(_b(username.lower()), _b(state.username.lower()))
        ok_pass = hmac.compare_digest(_b(password), _b(state.password))
        if not (ok_user and ok_pass):
            raise ApiError(400, BAD_LOGIN)
        return state.issue_token()

    def primary_datacenter(self) -> str:
        return str(self.state.data["accounts"][self.state.alias]["primaryDataCenter"])

    def visible(self, alias: str) -> bool:
        """Own account, its sub-accounts, and its parent chain.

        The real API answered 403 for an alias the caller may not see. The parent
        chain stays readable so 2.51's ``Account.ParentAccount()`` works.
        """
        state = self.state
        accounts = {k.lower(): v for k, v in state.data["accounts"].items()}
        wanted = alias.lower()
        if wanted not in accounts:
            return False
        if (accounts[wanted].get("parentAlias") or "").lower() == state.alias_lower:
            return True  # a sub-account
        seen: set[str] = set()
        current: str | None = state.alias_lower
        while current and current not in seen:
            if current == wanted:
                return True
            seen.add(current)
            current = (accounts.get(current, {}).get("parentAlias") or "").lower() or None
        return False

    def get(self, alias: str) -> Rec:
        """An account the caller may see (403 otherwise, 404 when it does not exist)."""
        if not self.visible(alias):
            self.backend.check_alias(alias)  # raises the usual 403
        return self.state.account(alias)

    def known_alias(self, alias: str) -> bool:
        """Whether ``alias`` is this account or its parent (firewall destinations)."""
        return alias.lower() in {a.lower() for a in self.state.data["accounts"]}

    def custom_fields(self) -> list[Rec]:
        return copy.deepcopy(self.state.data["customFields"])

    def custom_field_values(self, values: list[Rec], field: str = "customFields") -> list[Rec]:
        """``[{"id", "value"}]`` checked against the account's field definitions."""
        defs = {f["id"]: f for f in self.state.data["customFields"]}
        out: list[Rec] = []
        for v in values:
            fid = str(v.get("id", "")).lower()
            if fid not in defs:
                raise ApiError(
                    400,
                    "The request is invalid.",
                    {f"body.{field}": [f"Unknown custom field {fid}."]},
                )
            out.append({"id": fid, "value": "" if v.get("value") is None else str(v["value"])})
        return out
