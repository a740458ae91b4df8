"""Every key the live API sent (or accepted) in the recorded traffic is named in the spec.

The spec lets objects carry keys it does not list, so the conformance test of recorded
responses passes even when a real key is missing from a schema, and the generated client then
drops that key into ``additional_properties`` untyped. This test walks each recorded request
and response body alongside its schema and reports the key paths no schema names, and the
nulls sent where the schema is not nullable.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spec_support import Spec

# (operation, body kind, key path) -> why the spec leaves it out. The list only shrinks.
ALLOWED: dict[tuple[str, str, str], str] = {
    ("POST /v2/servers/{accountAlias}", "request", ".from"): (
        "the Node SDK leaks its own option into the body; the API ignored it"
    ),
    ("POST /v2/servers/{accountAlias}", "request", ".publicIp"): (
        "the Node SDK's option (it adds the public IP in a second call); the API ignored it"
    ),
    ("POST /v2/servers/{accountAlias}", "request", ".managedOS"): (
        "the Java SDK sends its own managedOS beside isManagedOS; the API ignored it"
    ),
    ("PUT /v2/alertPolicies/{accountAlias}/{policyId}", "request", ".id"): (
        "the Node SDK sends back the policy it read, id included; the path names the policy"
    ),
    (
        "PUT /v2/sharedLoadBalancers/{accountAlias}/{dataCenter}/{loadBalancerId}"
        "/pools/{poolId}/nodes",
        "response 500",
        ".stackTrace",
    ): "a server-side .NET stack trace of an unhandled failure, not part of the API",
}


def _walk(spec: Spec, schema: dict[str, Any], value: Any, path: str, found: set[str]) -> None:
    schema = spec.resolve(schema)
    for key in ("allOf", "oneOf", "anyOf"):
        if key in schema:
            for sub in schema[key]:
                _walk(spec, sub, value, path, found)
            return
    if value is None:
        if schema and not schema.get("nullable"):
            found.add(f"{path} (null where the schema is not nullable)")
        return
    if isinstance(value, dict) and (schema.get("type") == "object" or "properties" in schema):
        props: dict[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in props:
                _walk(spec, props[key], item, f"{path}.{key}", found)
            elif isinstance(extra, dict):
                _walk(spec, extra, item, f"{path}.*", found)
            elif props:
                found.add(f"{path}.{key}")
    elif isinstance(value, list) and "items" in schema:
        for item in value:
            _walk(spec, schema["items"], item, f"{path}[]", found)


def unnamed_keys(spec: Spec, traffic: list[dict[str, Any]]) -> dict[tuple[str, str, str], int]:
    """(operation, body kind, key path) -> how many exchanges carried it."""
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for exchange in traffic:
        op = spec.match(exchange["method"], exchange["path"])
        if op is None:
            continue
        name = f"{op.method} {op.path}"
        bodies = (
            ("request", exchange["request_body"], op.operation.get("requestBody")),
            (
                f"response {exchange['status']}",
                exchange["response_body"],
                op.response(exchange["status"]),
            ),
        )
        for kind, body, declared in bodies:
            if body is None or declared is None:
                continue
            schema = spec.json_schema(declared)
            if schema is None:
                continue
            found: set[str] = set()
            _walk(spec, schema, body, "", found)
            for key in found:
                counts[(name, kind, key)] += 1
    return counts


def test_recorded_keys_are_named_in_the_spec(spec: Spec, traffic: list[dict[str, Any]]) -> None:
    counts = unnamed_keys(spec, traffic)
    for (op, kind, key), n in sorted(counts.items()):
        print(f"  {op} {kind}: {key} ({n}x){'  [allowed]' if (op, kind, key) in ALLOWED else ''}")
    unexplained = sorted(k for k in counts if k not in ALLOWED)
    assert not unexplained, "recorded keys the spec does not name:\n" + "\n".join(
        " ".join(k) for k in unexplained
    )
    stale = sorted(k for k in ALLOWED if k not in counts)
    assert not stale, f"allow-list entries no longer needed: {stale}"


def test_clc_sdk_251_create_body_validates(spec: Spec) -> None:
    """The create-server body clc-sdk 2.51 sends: every unset option as null, DNS as primaryDNS."""
    op = spec.match("POST", "/v2/servers/DEMO")
    assert op is not None and op.operation_id == "create_server"
    schema = spec.json_schema(op.operation["requestBody"])
    assert schema is not None
    body = {
        "name": "web",
        "description": None,
        "groupId": "0123456789abcdef0123456789abcdef",
        "sourceServerId": "CENTOS-6-64-TEMPLATE",
        "isManagedOS": False,
        "primaryDNS": None,
        "secondaryDNS": None,
        "networkId": None,
        "ipAddress": None,
        "password": None,
        "sourceServerPassword": None,
        "cpu": 1,
        "cpuAutoscalePolicyId": None,
        "memoryGB": 1,
        "type": "standard",
        "storageType": "standard",
        "antiAffinityPolicyId": None,
        "customFields": None,
        "additionalDisks": None,
        "ttl": None,
        "packages": None,
    }
    assert spec.errors(schema, body) == []
    props = spec.resolve(schema)["properties"]
    assert "primaryDns" in props and "secondaryDns" in props  # the documentation's spelling
    optional = set(props) - set(spec.resolve(schema)["required"])
    # cpu and memoryGB carry their limits (the Cpu and MemoryGB schemas); the API required
    # them except for bare metal, whose body leaves them out, so null never was a valid value.
    limited = {"cpu", "memoryGB"}
    assert sorted(k for k in optional - limited if not props[k].get("nullable")) == []
