"""Secrets carried by generated models stay out of repr()/str() but are still sent.

The spec marks secret properties with ``format: password`` (strings) or
``x-clc-secret: true`` (untyped values); generator/templates/model.py.jinja
declares them with attrs ``repr=False``. These tests find every marked
property in the spec, build its generated model with a planted value and look
for that value in repr(), str() and to_dict().
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import clc_generated.models as models

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "spec" / "clc-v2.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
PLANTED = "planted-S3cr3t-value-0417"

# Property names that carry a secret wherever they appear in the API.
SECRET_NAME = re.compile(r"password|token|secret|presharedkey", re.IGNORECASE)


def is_marked(prop: dict[str, Any]) -> bool:
    return prop.get("format") == "password" or prop.get("x-clc-secret") is True


def secret_properties() -> list[tuple[str, str]]:
    return sorted(
        (schema_name, prop_name)
        for schema_name, schema in SCHEMAS.items()
        for prop_name, prop in (schema.get("properties") or {}).items()
        if is_marked(prop)
    )


def sample(prop: dict[str, Any]) -> Any:
    """A valid value for a required property that is not under test."""
    if "$ref" in prop:
        # A named schema: a plain value's own schema (ServerName, Cpu...) or an object.
        return sample(SCHEMAS[prop["$ref"].rsplit("/", 1)[-1]])
    kind = prop.get("type")
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return []
    if kind == "object":
        return {}
    return "x"


def build(schema_name: str, secret: str) -> Any:
    schema = SCHEMAS[schema_name]
    props = schema.get("properties") or {}
    body = {name: sample(props[name]) for name in schema.get("required", [])}
    body[secret] = PLANTED
    model = getattr(models, schema_name)
    return model.from_dict(body)


def test_the_known_secret_carriers_are_marked() -> None:
    found = set(secret_properties())
    expected = {
        ("LoginRequest", "password"),
        ("LoginResponse", "bearerToken"),
        ("CreateServerRequest", "password"),
        ("CreateServerRequest", "sourceServerPassword"),
        ("ConvertToTemplateRequest", "password"),
        ("ServerCredentials", "password"),
        ("ImportServerRequest", "password"),
        ("VpnIke", "preSharedKey"),
        ("PatchOperation", "value"),
    }
    assert expected <= found


def test_every_secret_looking_property_is_marked() -> None:
    """A new password/token/secret field added to the spec must be marked too."""

    def walk(node: Any, where: str) -> list[str]:
        unmarked: list[str] = []
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if SECRET_NAME.search(name) and isinstance(prop, dict) and not is_marked(prop):
                    unmarked.append(f"{where}.{name}")
            for key, value in node.items():
                unmarked += walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                unmarked += walk(value, f"{where}[{index}]")
        return unmarked

    assert walk(SPEC, "") == []


@pytest.mark.parametrize(("schema_name", "prop_name"), secret_properties())
def test_secret_is_hidden_from_repr_but_serialised(schema_name: str, prop_name: str) -> None:
    instance = build(schema_name, prop_name)
    assert PLANTED not in repr(instance)
    assert PLANTED not in str(instance)
    assert f"{instance!r}" == repr(instance)
    assert instance.to_dict()[prop_name] == PLANTED
    # The rest of the model still shows: repr is hidden per field, not wholesale.
    assert repr(instance).startswith(f"{schema_name}(")


def test_nested_secret_is_hidden_from_the_parent_repr() -> None:
    request = models.SiteToSiteVpnRequest.from_dict(
        {"ike": {"preSharedKey": PLANTED, "encryption": "aes256"}}
    )
    assert PLANTED not in repr(request)
    assert "aes256" in repr(request)
    assert request.to_dict()["ike"]["preSharedKey"] == PLANTED


def test_non_secret_fields_still_show() -> None:
    login = models.LoginRequest(username="alice", password=PLANTED)
    assert "alice" in repr(login)
    assert PLANTED not in repr(login)
    assert login.to_dict() == {"username": "alice", "password": PLANTED}
    patch = models.PatchOperation(
        op="set", member="password", value={"current": PLANTED, "password": PLANTED}
    )
    assert PLANTED not in repr(patch)
    assert "member='password'" in repr(patch)
    assert patch.to_dict()["value"]["password"] == PLANTED
