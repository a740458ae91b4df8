"""Webhooks: per-event delivery configuration (target URIs, recursion into sub-accounts).

The event list is fixed, as the documentation lists it.
"""

from __future__ import annotations

from ..errors import invalid, not_found
from .part import Part, Rec

TABLE = "webhooks"
EVENTS = (
    "Account.Created", "Account.Deleted", "Account.Updated", "Alert.Notification",
    "Server.Created", "Server.Deleted", "Server.Updated",
    "User.Created", "User.Deleted", "User.Updated",
)  # fmt: skip


class Webhooks(Part):
    def event(self, name: str) -> str:
        """The event's canonical name (any case accepted)."""
        found = next((e for e in EVENTS if e.lower() == name.lower()), None)
        if found is None:
            raise not_found(f"Webhook event {name}")
        return found

    def configurations(self) -> list[tuple[str, Rec | None]]:
        """Every event with its configuration, if it has one."""
        return [(e, self.table(TABLE).get(e)) for e in EVENTS]

    def configure(self, event: str, recursive: bool, uris: list[str]) -> None:
        unique = list(dict.fromkeys(uris))
        self.table(TABLE)[self.event(event)] = {"recursive": recursive, "targetUris": unique}

    def remove(self, event: str) -> None:
        self.table(TABLE).pop(self.event(event), None)

    def add_target(self, event: str, uri: str) -> None:
        name = self.event(event)
        config = self.table(TABLE).get(name) or {"recursive": False, "targetUris": []}
        if uri in config["targetUris"]:
            raise invalid("targetUri", f"{uri} is already a target of {name}.")
        self.table(TABLE)[name] = {**config, "targetUris": [*config["targetUris"], uri]}

    def remove_target(self, event: str, uri: str) -> None:
        name = self.event(event)
        config = self.table(TABLE).get(name)
        if config is None or uri not in config["targetUris"]:
            raise not_found(f"Target URI {uri} of {name}")
        config["targetUris"].remove(uri)
