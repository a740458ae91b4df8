"""Keys of an answer that the spec does not name stay with the model (``additional_properties``)
through every way of copying or changing it."""

from __future__ import annotations

import attrs
import pytest

from clc_generated.models import Link, Server


def test_evolve_keeps_the_keys_the_spec_does_not_name() -> None:
    link = Link.from_dict({"rel": "self", "href": "/x", "x-new": {"a": 1}})
    changed = attrs.evolve(link, href="/y")
    assert changed.href == "/y" and changed["x-new"] == {"a": 1}
    assert changed.to_dict() == {"rel": "self", "href": "/y", "x-new": {"a": 1}}
    server = Server.from_dict({"id": "va1demoweb01", "extra": True, "links": []})
    assert attrs.evolve(server, name="WEB").to_dict() == {
        "id": "va1demoweb01", "name": "WEB", "links": [], "extra": True,
    }  # fmt: skip


def test_extra_keys_are_a_keyword_argument_only() -> None:
    link = Link(rel="self", href="/x", additional_properties={"x": 1})
    assert link.to_dict() == {"x": 1, "rel": "self", "href": "/x"}
    assert Link(rel="self", href="/x").additional_properties == {}
    assert (
        Link(rel="a", href="b").additional_properties
        is not Link(rel="a", href="b").additional_properties
    )
    with pytest.raises(TypeError):
        Link("self", "/x", "id", "name", ["GET"], {"x": 1})  # type: ignore[misc]
