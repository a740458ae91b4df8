"""``HorizontalAutoscalePolicy``: a group's horizontal autoscale policy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clc.core import argument_lists
from clc.core import arguments as checks
from clc.v2 import default_session as _session
from clc.v2.resource import Resource, given, model_of, to_data

if TYPE_CHECKING:
    from clc.session import Session
    from clc_generated.models import HorizontalAutoscalePolicy as PolicyModel
    from clc_generated.models import HorizontalAutoscalePolicyRequest


def _request(policy_obj: Any) -> HorizontalAutoscalePolicyRequest:
    """The create/update body from a 2.51-style dict (camelCase keys) or a generated model,
    checked field by field before any request."""
    from clc_generated.models import HorizontalAutoscalePolicyRequest

    checks.check_model(policy_obj, argument="policy_obj")
    raw = None if policy_obj is None else to_data(policy_obj)
    data = argument_lists.check_horizontal_policy(raw)
    return HorizontalAutoscalePolicyRequest.from_dict(data)


class HorizontalAutoscalePolicy(Resource["PolicyModel"]):
    """A horizontal autoscale policy; ``data`` holds what the API returned for it."""

    def __init__(
        self, id_: str, policy_obj: Any = None, alias: str | None = None, session: Any = None
    ) -> None:
        checks.check_id(id_, argument="id_")
        checks.check_model(policy_obj, argument="policy_obj")
        checks.check_alias(alias)
        self.id: str = id_
        self.session: Session = _session.resolve(session)
        self.alias: str = alias or self.session.alias
        self.dirty: bool = False
        """Whether a change was sent since the last load (``Refresh()`` reads afresh)."""
        if policy_obj is None:
            self.Refresh()
        else:
            from clc_generated.models import HorizontalAutoscalePolicy as Model

            self._adopt(model_of(Model, policy_obj))

    @classmethod
    def _from_generated(
        cls, model: PolicyModel, alias: str, session: Any
    ) -> HorizontalAutoscalePolicy:
        return cls(given(model.id) or "", model, alias=alias, session=session)

    @staticmethod
    def GetAll(alias: str | None = None, session: Any = None) -> list[HorizontalAutoscalePolicy]:
        """Every horizontal autoscale policy of the account."""
        from clc_generated.api.horizontal_autoscale_policies import (
            list_horizontal_autoscale_policies as op,
        )

        checks.check_alias(alias)
        sess = _session.resolve(session)
        alias = alias or sess.alias
        result = sess.call(op.sync, account_alias=alias)
        items = result.items if isinstance(result.items, list) else []
        return [HorizontalAutoscalePolicy._from_generated(m, alias, sess) for m in items]

    @staticmethod
    def Create(
        policy_obj: Any, alias: str | None = None, session: Any = None
    ) -> HorizontalAutoscalePolicy:
        """Create a policy from a dict of its fields (``name``, ``minimumServerCount``,
        ``thresholdPeriod``, ``coolDownPeriod``, ``scaleOut``, ``scaleIn``)."""
        from clc_generated.api.horizontal_autoscale_policies import (
            create_horizontal_autoscale_policy as op,
        )

        body = _request(policy_obj)
        checks.check_alias(alias)
        sess = _session.resolve(session)
        alias = alias or sess.alias
        model = sess.call(op.sync, account_alias=alias, body=body)
        return HorizontalAutoscalePolicy._from_generated(model, alias, sess)

    def Refresh(self) -> None:
        """Reload ``data``; a policy that does not exist raises ``NotFoundException``."""
        from clc_generated.api.horizontal_autoscale_policies import (
            get_horizontal_autoscale_policy as op,
        )

        self.dirty = False
        self._adopt(self.session.call(op.sync, account_alias=self.alias, policy_id=self.id))

    def Update(self, policy_obj: Any) -> None:
        """Replace the policy's settings (the whole policy, as 2.51 sent it); ``data`` is
        the API's answer."""
        from clc_generated.api.horizontal_autoscale_policies import (
            update_horizontal_autoscale_policy as op,
        )

        body = _request(policy_obj)
        self._adopt(
            self.session.call(op.sync, account_alias=self.alias, policy_id=self.id, body=body)
        )

    def Delete(self) -> dict[str, Any]:
        """Delete the policy; returns the API's answer (``{}`` when it sent no body)."""
        from clc_generated.api.horizontal_autoscale_policies import (
            delete_horizontal_autoscale_policy as op,
        )

        self.dirty = True
        result = self.session.call(op.sync, account_alias=self.alias, policy_id=self.id)
        return result if isinstance(result, dict) else {}

    def ApplyToGroup(self, group_id: str) -> dict[str, Any]:
        """Apply this policy to the group ``group_id``; returns the API's mapping."""
        checks.check_id(group_id, argument="group_id")
        return HorizontalAutoscalePolicy.ApplyToGroupId(group_id, self.id, self.alias, self.session)

    @staticmethod
    def ApplyToGroupId(
        group_id: str, policy_id: str, alias: str | None = None, session: Any = None
    ) -> dict[str, Any]:
        """Apply ``policy_id`` to a group (JSON body; 2.51 form-encoded it)."""
        from clc_generated.api.groups import set_group_horizontal_autoscale_policy as op
        from clc_generated.models import (
            SetHorizontalAutoscalePolicyRequest,
        )

        checks.check_id(group_id, argument="group_id")
        checks.check_id(policy_id, argument="policy_id")
        checks.check_alias(alias)
        sess = _session.resolve(session)
        mapping = sess.call(
            op.sync,
            account_alias=alias or sess.alias,
            group_id=group_id,
            body=SetHorizontalAutoscalePolicyRequest(policy_id=policy_id),
        )
        return to_data(mapping)

    @staticmethod
    def RemoveFromGroup(
        group_id: str, alias: str | None = None, session: Any = None
    ) -> dict[str, Any]:
        """Remove the horizontal autoscale policy of the group ``group_id``; returns the API's
        answer (``{}`` when it sent no body)."""
        from clc_generated.api.groups import remove_group_horizontal_autoscale_policy as op

        checks.check_id(group_id, argument="group_id")
        checks.check_alias(alias)
        sess = _session.resolve(session)
        result = sess.call(op.sync, account_alias=alias or sess.alias, group_id=group_id)
        return result if isinstance(result, dict) else {}

    def __str__(self) -> str:
        return given(self._model.name) or self.id
