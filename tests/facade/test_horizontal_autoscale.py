"""clc.v2.HorizontalAutoscalePolicy against the emulator: 2.51's calls, checked in its state."""

from __future__ import annotations

from typing import Any

import pytest

import clc
from clc.testing import Emulator

POLICY: dict[str, Any] = {
    "name": "Checkout tier",
    "minimumServerCount": 2,
    "thresholdPeriod": "00:10:00",
    "coolDownPeriod": "00:15:00",
    "scaleOut": {"cpuPercentThreshold": 80, "scaleBy": 2},
    "scaleIn": {"cpuPercentThreshold": 20, "scaleBy": 1},
}


def stored(emu: Emulator) -> dict[str, Any]:
    return emu.state.data["horizontalAutoscalePolicies"]  # type: ignore[no-any-return]


def test_get_all_returns_policy_objects(sess: clc.Session, emu: Emulator) -> None:
    policies = clc.v2.HorizontalAutoscalePolicy.GetAll(session=sess)
    assert {p.id for p in policies} == set(stored(emu))
    assert all(isinstance(p, clc.v2.HorizontalAutoscalePolicy) for p in policies)
    assert all(p.alias == sess.alias and p.data["name"] for p in policies)


def test_create_refresh_update_delete(sess: clc.Session, emu: Emulator) -> None:
    policy = clc.v2.HorizontalAutoscalePolicy.Create(POLICY, session=sess)
    assert policy.id in stored(emu)
    assert stored(emu)[policy.id]["scaleOut"]["scaleBy"] == 2
    assert str(policy) == "Checkout tier"

    again = clc.v2.HorizontalAutoscalePolicy(policy.id, session=sess)  # no policy_obj: GET
    assert again.data["minimumServerCount"] == 2 and not again.dirty

    assert policy.Update(dict(POLICY, name="Checkout tier (big)", minimumServerCount=4)) is None
    assert policy.data["name"] == "Checkout tier (big)"
    assert stored(emu)[policy.id]["minimumServerCount"] == 4
    again.Refresh()
    assert again.data["minimumServerCount"] == 4

    # Update also takes what the API returned (links and all), as 2.51 code passes policy.data.
    data = dict(policy.data, minimumServerCount=3)
    policy.Update(data)
    assert stored(emu)[policy.id]["minimumServerCount"] == 3

    assert policy.Delete() == {}
    assert policy.dirty and policy.id not in stored(emu)
    with pytest.raises(clc.CLCException):
        clc.v2.HorizontalAutoscalePolicy(policy.id, session=sess)


def test_apply_to_group_and_read_back(sess: clc.Session, emu: Emulator) -> None:
    policy = clc.v2.HorizontalAutoscalePolicy.Create(POLICY, session=sess)
    group = clc.v2.Datacenter(session=sess).Groups().Get("Default Group")
    policy.ApplyToGroup(group.id)
    assert emu.state.data["groups"][group.id]["horizontalAutoscalePolicy"] == policy.id
    applied = group.HorizontalAutoscale()
    assert applied is not None and applied.id == policy.id
    assert applied.data["name"] == "Checkout tier"  # the policy itself, not the mapping
    clc.v2.HorizontalAutoscalePolicy.RemoveFromGroup(group.id, session=sess)
    assert group.HorizontalAutoscale() is None
    policy.Delete()


def test_bad_input_is_refused_before_or_by_the_api(sess: clc.Session, emu: Emulator) -> None:
    before = set(stored(emu))
    with pytest.raises(clc.InvalidArgumentException, match="name"):
        clc.v2.HorizontalAutoscalePolicy.Create({"minimumServerCount": 1}, session=sess)
    with pytest.raises(clc.InvalidArgumentException):
        clc.v2.HorizontalAutoscalePolicy.Create("not a dict", session=sess)
    with pytest.raises(clc.InvalidArgumentException, match="thresholdPeriod"):
        clc.v2.HorizontalAutoscalePolicy.Create(dict(POLICY, thresholdPeriod="7m"), session=sess)
    # Well-formed fields that do not go together: the API refuses them.
    crossed = dict(POLICY, scaleIn={"cpuPercentThreshold": 90, "scaleBy": 1})
    with pytest.raises(clc.APIFailedResponse) as info:
        clc.v2.HorizontalAutoscalePolicy.Create(crossed, session=sess)
    assert info.value.response_status_code == 400
    assert set(stored(emu)) == before


def test_request_body_keeps_the_nested_rules() -> None:
    from clc.v2.horizontal_autoscale import _request

    body = _request(POLICY)
    assert body.to_dict()["scaleOut"] == {"cpuPercentThreshold": 80, "scaleBy": 2}
