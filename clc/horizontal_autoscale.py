"""``HorizontalAutoscalePolicy``: a group's horizontal autoscale policy."""

from __future__ import annotations

from typing import Any

from clc import session as _session
from clc._base import Resource, to_data
from clc.errors import CLCException

_MISSING_OPS = (
    "The account-level horizontal autoscale policy operations "
    "(horizontalAutoscalePolicies/{alias}) are not in the API description yet"
)


class HorizontalAutoscalePolicy(Resource):
    """A horizontal autoscale policy; ``data`` holds what the API returned for it."""

    def __init__(
        self, id_: str, policy_obj: Any = None, alias: str | None = None, session: Any = None
    ) -> None:
        self.id = id_
        self.session = _session.resolve(session)
        self.alias = alias or self.session.alias
        self.dirty = False
        self.data: dict[str, Any] = to_data(policy_obj)
        if policy_obj is None:
            self.Refresh()

    @staticmethod
    def GetAll(alias: str | None = None, session: Any = None) -> list[dict[str, Any]]:
        raise CLCException(_MISSING_OPS)

    @staticmethod
    def Create(policy_obj: Any, alias: str | None = None, session: Any = None) -> Any:
        raise CLCException(_MISSING_OPS)

    def Refresh(self) -> None:
        raise CLCException(_MISSING_OPS)

    def Update(self, policy_obj: Any) -> Any:
        raise CLCException(_MISSING_OPS)

    def Delete(self) -> Any:
        raise CLCException(_MISSING_OPS)

    def ApplyToGroup(self, group_id: str) -> dict[str, Any]:
        return HorizontalAutoscalePolicy.ApplyToGroupId(group_id, self.id, self.alias, self.session)

    @staticmethod
    def ApplyToGroupId(
        group_id: str, policy_id: str, alias: str | None = None, session: Any = None
    ) -> dict[str, Any]:
        """Apply ``policy_id`` to a group (JSON body; 2.51 form-encoded it)."""
        from clc_generated.api.groups import set_group_horizontal_autoscale_policy as op
        from clc_generated.models import (
            HorizontalAutoscalePolicyMapping,
            SetHorizontalAutoscalePolicyRequest,
        )

        sess = _session.resolve(session)
        mapping = sess.call(
            op.sync_detailed,
            HorizontalAutoscalePolicyMapping,
            account_alias=alias or sess.alias,
            group_id=group_id,
            body=SetHorizontalAutoscalePolicyRequest(policy_id=policy_id),
        )
        return to_data(mapping)

    @staticmethod
    def RemoveFromGroup(
        group_id: str, alias: str | None = None, session: Any = None
    ) -> dict[str, Any]:
        from clc_generated.api.groups import remove_group_horizontal_autoscale_policy as op

        sess = _session.resolve(session)
        result = sess.send(op.sync_detailed, account_alias=alias or sess.alias, group_id=group_id)
        return result if isinstance(result, dict) else {}

    def __str__(self) -> str:
        return str(self.data.get("name") or self.id)
