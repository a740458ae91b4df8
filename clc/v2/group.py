"""``Groups``/``Group``: server groups, their subgroups, servers, defaults and actions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from clc.core import arguments as checks
from clc.errors import CLCException
from clc.v2 import default_session as _session
from clc.v2.change_info import ChangeInfo
from clc.v2.group_detail import (
    EmbeddedServers,
    file_servers,
    server_ids,
    servers_below,
    subtree_ids,
)
from clc.v2.power import PowerOperations
from clc.v2.resource import Resource, given, listed, matches, model_of

if TYPE_CHECKING:
    from clc.session import Session

    # Aliased: methods of Group are named after these classes (2.51 API).
    from clc.v2.account import Account as _Account
    from clc.v2.horizontal_autoscale import HorizontalAutoscalePolicy
    from clc.v2.queue import Requests
    from clc.v2.servers import Servers as _Servers
    from clc_generated.models import Group as GroupModel
    from clc_generated.models import GroupDefaults, GroupDefaultValue
    from clc_generated.types import Unset


class Groups:
    """A list of groups with lookups (no HTTP): ``groups``, ``Get``, ``Search``."""

    def __init__(self, groups_lst: Iterable[Any], alias: str | None = None, session: Any = None):
        from clc_generated.models import Group as Model

        items = checks.check_items(groups_lst, argument="groups_lst", what="groups")
        for i, item in enumerate(items):
            if not isinstance(item, Group):
                checks.check_model(item, argument=f"groups_lst[{i}]")
        checks.check_alias(alias)
        self.session: Session = _session.resolve(session)
        self.alias: str = alias or self.session.alias
        self.groups: list[Group] = [
            g
            if isinstance(g, Group)
            else Group._from_generated(model_of(Model, g), self.alias, self.session)
            for g in items
        ]

    def Get(self, key: str) -> Group:
        """The first group whose id, name or description is ``key`` (case-insensitive).

        Raises ``CLCException("Group not found")`` when none matches (as 2.51 did).
        """
        checks.check_key(key)
        for group in self.groups:
            if matches(key, (group.id, group.name, group.description), exact=True):
                return group
        raise CLCException(f"Group not found: {key!r}")

    def Search(self, key: str) -> list[Group]:
        """Groups whose id, name or description contains ``key`` (case-insensitive)."""
        checks.check_key(key)
        return [g for g in self.groups if matches(key, (g.id, g.name, g.description), exact=False)]

    def __iter__(self) -> Iterator[Group]:
        return iter(self.groups)


_Groups = Groups


#: What ``Group.Defaults`` reads (``memory_gb`` is ``memory``, as the API names it).
GROUP_DEFAULTS = (
    "cpu",
    "memory",
    "memory_gb",
    "network_id",
    "primary_dns",
    "secondary_dns",
    "template_name",
)


class Group(Resource["GroupModel"], PowerOperations, ChangeInfo):
    """A group. ``data`` is the API's group; subgroups are nested in ``data['groups']``.

    A group read brings its whole tree of subgroups, so ``Subgroups()`` makes no request.
    Server details come with the first ``Servers().Servers()``: one
    ``serverDetail=detailed`` read of the group, whose details of the groups below serve
    the first load of every subgroup built from it (see :mod:`clc.v2.group_detail`).
    """

    _SECTIONS = ("changeInfo",)
    _KEYS: ClassVar[dict[str, str]] = {"server_count": "serversCount"}
    Groups = Groups  # documented as clc.v2.Group.Groups

    def __init__(
        self,
        id: str,
        alias: str | None = None,
        group_obj: Any = None,
        session: Any = None,
    ) -> None:
        checks.check_id(id, argument="id")
        checks.check_alias(alias)
        checks.check_model(group_obj, argument="group_obj")
        self.id: str = id
        self.session: Session = _session.resolve(session)
        self.alias: str = alias or self.session.alias
        self.dirty: bool = False
        """Whether a change was sent since the last load (``Refresh()`` reads afresh)."""
        self.defaults: dict[str, Any] | None = None
        self._defaults: GroupDefaults | None = None
        self._embedded = EmbeddedServers()  # shared with the subgroups built from it
        if group_obj is None:
            self.Refresh()
        else:
            from clc_generated.models import Group as Model

            self._load(model_of(Model, group_obj))

    @classmethod
    def _from_generated(cls, model: GroupModel, alias: str, session: Any) -> Group:
        return cls(given(model.id) or "", alias=alias, group_obj=model, session=session)

    @staticmethod
    def GetAll(root_group_id: str, alias: str | None = None, session: Any = None) -> list[Group]:
        """The direct children of ``root_group_id``."""
        checks.check_id(root_group_id, argument="root_group_id")
        return Group(root_group_id, alias=alias, session=session).Subgroups().groups

    @classmethod
    def _from_tree(
        cls, model: GroupModel, alias: str, session: Any, embedded: EmbeddedServers | None
    ) -> Group:
        """A subgroup from its parent's model, sharing the parent's embedded servers."""
        group = cls(given(model.id) or "", alias=alias, group_obj=model, session=session)
        if embedded is not None:
            embedded.update(group._embedded)
            group._embedded = embedded
        return group

    @property
    def _changed(self) -> GroupModel:
        return self.model

    def _load(self, model: GroupModel) -> None:
        file_servers(model, self._embedded)
        self._adopt(model)

    def Refresh(self) -> None:
        """Re-read the group and its subgroups, in one request (no server details).

        Server details kept for it and the groups below it are dropped: their next
        ``Servers().Servers()`` reads afresh."""
        from clc_generated.api.groups import get_group

        model = self.session.call(
            get_group.sync,
            account_alias=self.alias,
            group_id=self.id,
        )
        stale = subtree_ids(self._model) if "_model" in self.__dict__ else [self.id]
        self._load(model)
        self._embedded.discard([*stale, *subtree_ids(model)])
        self.dirty = False

    def Defaults(self, key: str) -> Any:
        """A default for new servers: ``cpu``, ``memory`` (GB), ``network_id``, ``primary_dns``,
        ``secondary_dns``, ``template_name``; ``None`` if unset. (2.51 never found memory.)"""
        key = checks.check_option(key, GROUP_DEFAULTS, argument="key")
        if self._defaults is None:
            from clc_generated.api.groups import get_group_defaults as op

            self._defaults = self.session.call(op.sync, account_alias=self.alias, group_id=self.id)
            self.defaults = self._defaults.to_dict()
        entry = default_entry(self._defaults, key)
        return None if entry is None else given(entry.value)

    def Subgroups(self) -> _Groups:
        """The child groups, from this group's data (no request)."""
        children = [
            Group._from_tree(g, self.alias, self.session, self._embedded)
            for g in listed(self.model.groups)
        ]
        return Groups(children, alias=self.alias, session=self.session)

    def Servers(self) -> _Servers:
        """The servers directly in this group (their ids from the group's data).

        Loading them reads the group once with ``serverDetail=detailed`` (2.51 made one
        GET per server); that read also keeps the details of the servers below, for the
        first call of each subgroup built from this group, which then makes no request.
        Any later call reads afresh, as 2.51 re-read them on every call."""
        from clc.v2.servers import Servers

        ids = server_ids(self.model)
        embedded = self._embedded.take(self.id)
        below = self._embedded if servers_below(self.model) else None
        return Servers._of_group(ids, self.alias, self.session, self.id, embedded, below)

    def Account(self) -> _Account:
        """The account the group belongs to."""
        from clc.v2.account import Account

        return Account(self.alias, session=self.session)

    def Create(self, name: str, description: str | None = None) -> Group:
        """Create a subgroup (JSON body; 2.51 form-encoded it)."""
        from clc_generated.api.groups import create_group
        from clc_generated.models import CreateGroupRequest

        checks.check_text(name, argument="name")
        checks.check_optional_text(description, argument="description")
        body = CreateGroupRequest(
            name=name, description=description or name, parent_group_id=self.id
        )
        model = self.session.call(create_group.sync, account_alias=self.alias, body=body)
        self.dirty = True
        return Group._from_generated(model, self.alias, self.session)

    def Update(
        self,
        name: str | None = None,
        description: str | None = None,
        parent_group_id: str | None = None,
    ) -> None:
        """Change name, description or parent (2.51 raised "Not implemented")."""
        from clc_generated.api.groups import update_group
        from clc_generated.models import PatchOperation

        checks.check_optional_text(name, argument="name", allow_empty=False)
        checks.check_optional_text(description, argument="description")
        checks.check_optional_id(parent_group_id, argument="parent_group_id")
        changes = {"name": name, "description": description, "parentGroupId": parent_group_id}
        ops = [
            PatchOperation(op="set", member=k, value=v) for k, v in changes.items() if v is not None
        ]
        if ops:
            self.session.call(
                update_group.sync, account_alias=self.alias, group_id=self.id, body=ops
            )
            self.Refresh()

    def Delete(self) -> Requests:
        """Delete the group and everything in it; returns the queued job."""
        from clc.v2.queue import Requests
        from clc_generated.api.groups import delete_group

        link = self.session.call(delete_group.sync, account_alias=self.alias, group_id=self.id)
        return Requests._from_generated(link, self.alias, self.session)

    # -- horizontal autoscale ---------------------------------------------------------
    def HorizontalAutoscale(self) -> HorizontalAutoscalePolicy | None:
        """The policy applied to this group, or ``None``."""
        from clc.errors import NotFoundException
        from clc.v2.horizontal_autoscale import HorizontalAutoscalePolicy
        from clc_generated.api.groups import get_group_horizontal_autoscale_policy as op

        try:
            mapping = self.session.call(
                op.sync,
                account_alias=self.alias,
                group_id=self.id,
            )
        except NotFoundException:
            return None
        policy_id = given(mapping.policy_id)
        if not policy_id:
            return None
        # As 2.51 did: the mapping names the policy, a second GET reads the policy itself.
        return HorizontalAutoscalePolicy(policy_id, alias=self.alias, session=self.session)

    def ApplyHorizontalAutoscale(self, policy_id: str) -> dict[str, Any]:
        """Apply the horizontal autoscale policy ``policy_id`` to this group; returns the API's
        mapping."""
        from clc.v2.horizontal_autoscale import HorizontalAutoscalePolicy

        checks.check_id(policy_id, argument="policy_id")
        return HorizontalAutoscalePolicy.ApplyToGroupId(
            self.id, policy_id, self.alias, self.session
        )

    def RemoveHorizontalAutoscale(self) -> dict[str, Any]:
        """Remove the group's horizontal autoscale policy; returns the API's answer."""
        from clc.v2.horizontal_autoscale import HorizontalAutoscalePolicy

        return HorizontalAutoscalePolicy.RemoveFromGroup(self.id, self.alias, self.session)

    # -- power operations on the group's servers ----------------------------------------
    def _Operation(self, op: str) -> Requests:
        return self.Servers()._Operation(op)

    # -- documented attributes --------------------------------------------------------
    @property
    def name(self) -> str:
        """The group's name."""
        return given(self.model.name) or ""

    @property
    def description(self) -> str:
        """The group's description (``""`` when it has none)."""
        return given(self.model.description) or ""

    @property
    def type(self) -> str | None:
        """``default`` for groups you create; the system groups ``Archive`` and ``Templates``
        have their own types."""
        return given(self.model.type_)

    @property
    def status(self) -> str | None:
        """The group's status as the API reports it (``active`` for a group in use)."""
        return given(self.model.status)

    @property
    def server_count(self) -> int:
        """How many servers the group holds, its subgroups' included."""
        return given(self.model.servers_count) or 0

    @property
    def location_id(self) -> str | None:
        """The location code of the group's data center."""
        return given(self.model.location_id)

    @property
    def custom_fields(self) -> list[dict[str, Any]]:
        """The group's custom fields, as the API's dicts (``id``, ``name``, ``value``...)."""
        return [field.to_dict() for field in listed(self.model.custom_fields)]

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<clc.Group {self.id} {self.name!r}>"


def default_entry(defaults: GroupDefaults, key: str) -> GroupDefaultValue | None:
    """The entry of ``key`` (snake_case or the API's camelCase, any case) in a group's
    defaults, or ``None``."""
    entries: dict[str, GroupDefaultValue | Unset] = {
        "cpu": defaults.cpu,
        "memory": defaults.memory_gb,
        "memorygb": defaults.memory_gb,
        "networkid": defaults.network_id,
        "primarydns": defaults.primary_dns,
        "secondarydns": defaults.secondary_dns,
        "templatename": defaults.template_name,
    }
    return given(entries.get(key.replace("_", "").lower()))
