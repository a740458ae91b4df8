"""An answer whose JSON is not an object where the spec says object is refused."""

from __future__ import annotations

import httpx
import pytest

from clc_generated import errors
from clc_generated.api.groups import get_group
from clc_generated.models import Group, ServerDetails


@pytest.mark.parametrize(
    "body",
    [
        [],
        [["id", "g1"]],
        "",
        {"id": "g1", "servers": [{"id": "s", "details": [["cpu", 4]]}]},
        {"id": "g1", "groups": [[]]},
        {"id": "g1", "servers": [{"id": "s", "details": {"disks": [[]]}}]},
    ],
)
def test_a_non_object_is_an_invalid_response(body: object) -> None:
    with pytest.raises(errors.InvalidResponse):
        get_group._parse_success(httpx.Response(200, json=body))


def test_from_dict_names_the_model_and_the_type_it_got() -> None:
    with pytest.raises(TypeError, match=r"ServerDetails: list is not dict"):
        ServerDetails.from_dict([("cpu", 4)])  # type: ignore[arg-type]
    assert Group.from_dict({"id": "g1"}).id == "g1"
