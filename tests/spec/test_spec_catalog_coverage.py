"""Every operation the documentation lists on the core API host is in the spec."""

from __future__ import annotations

from typing import Any

from spec_support import Spec, normalise_template

# Operations the public SDKs use that the documentation snapshot lacks; they must stay.
SDK_ONLY_OPERATIONS = {
    "get_account": ("GET", "/v2/accounts/{accountAlias}"),
    "list_anti_affinity_policies": ("GET", "/v2/antiAffinityPolicies/{accountAlias}"),
    "create_anti_affinity_policy": ("POST", "/v2/antiAffinityPolicies/{accountAlias}"),
    "get_anti_affinity_policy": ("GET", "/v2/antiAffinityPolicies/{accountAlias}/{policyId}"),
    "update_anti_affinity_policy": ("PUT", "/v2/antiAffinityPolicies/{accountAlias}/{policyId}"),
    "delete_anti_affinity_policy": (
        "DELETE",
        "/v2/antiAffinityPolicies/{accountAlias}/{policyId}",
    ),
    "get_group_defaults": ("GET", "/v2/groups/{accountAlias}/{groupId}/defaults"),
    "get_server_capabilities": ("GET", "/v2/servers/{accountAlias}/{serverId}/capabilities"),
    "convert_server_to_template": (
        "POST",
        "/v2/servers/{accountAlias}/{serverId}/convertToTemplate",
    ),
    "get_server_pricing": ("GET", "/v2/billing/{accountAlias}/serverPricing/{serverId}"),
    "get_experimental_operation_status": (
        "GET",
        "/v2-experimental/operations/{accountAlias}/status/{operationId}",
    ),
}

# Query parameters real clients send that the documentation omits or places elsewhere.
UNDOCUMENTED_QUERY_PARAMETERS = {
    "list_datacenters": "groupLinks",
    "get_datacenter": "groupLinks",
    "get_group": "serverDetail",
    "get_server": "uuid",
    "get_invoice": "pricingAccountAlias",
    "get_network": "ipAddresses",
}


def _catalog_key(op: dict[str, Any]) -> tuple[str, str]:
    path = op["path"]
    while "//" in path:
        path = path.replace("//", "/")
    return op["method"].upper(), normalise_template(path)


def test_every_documented_operation_is_in_the_spec(
    spec: Spec, catalog_operations: list[dict[str, Any]]
) -> None:
    in_spec = spec.templates()
    documented = {_catalog_key(op) for op in catalog_operations}
    missing = sorted(documented - in_spec)
    covered = len(documented) - len(missing)
    print(
        f"\ncatalog coverage: {len(catalog_operations)} documented operations on the core host,"
        f" {len(documented)} distinct method+path, {covered} in the spec"
        f" ({100.0 * covered / len(documented):.1f}%)"
    )
    assert not missing, "documented but not in the spec:\n" + "\n".join(
        f"  {m} {p}" for m, p in missing
    )


def test_catalog_query_parameters_are_in_the_spec(
    spec: Spec, catalog_operations: list[dict[str, Any]]
) -> None:
    problems = []
    for op in catalog_operations:
        method, template = _catalog_key(op)
        match = next(
            s
            for s in spec.operations
            if (s.method, normalise_template(s.path)) == (method, template)
        )
        params = [spec.resolve(p) for p in spec.document["paths"][match.path].get("parameters", [])]
        params += [spec.resolve(p) for p in match.operation.get("parameters", [])]
        names = {p["name"] for p in params if p["in"] == "query"}
        for query in op["query_params"]:
            if query["name"] not in names:
                problems.append(f"{match.operation_id}: query parameter {query['name']}")
    assert not problems, "\n".join(problems)


def test_sdk_only_operations_are_present(spec: Spec) -> None:
    for operation_id, (method, path) in SDK_ONLY_OPERATIONS.items():
        op = spec.by_id.get(operation_id)
        assert op is not None, f"{operation_id} missing"
        assert (op.method, op.path) == (method, path)
        description = op.operation.get("description", "").lower()
        assert "sdk" in description or "document" in description, (
            f"{operation_id}: description should say where its shape comes from"
        )


def test_undocumented_query_parameters_are_present(spec: Spec) -> None:
    for operation_id, name in UNDOCUMENTED_QUERY_PARAMETERS.items():
        params = [spec.resolve(p) for p in spec.by_id[operation_id].operation.get("parameters", [])]
        assert name in {p["name"] for p in params if p["in"] == "query"}, operation_id


def _property_names(spec: Spec, schema: dict[str, Any]) -> set[str]:
    resolved = spec.resolve(schema)
    names = set(resolved.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in resolved.get(key, []):
            names |= _property_names(spec, sub)
    return names


def test_documented_request_fields_are_in_the_spec(
    spec: Spec, catalog_operations: list[dict[str, Any]]
) -> None:
    """Each field of a documented request table is a property of the request body schema.

    Where the body is a JSON array (PATCH operations, power operations) the table names the
    array itself (patchOperation, serverIds), so only object bodies are compared.
    """
    problems = []
    for op in catalog_operations:
        if not op["request_fields"]:
            continue
        method, template = _catalog_key(op)
        match = next(
            s
            for s in spec.operations
            if (s.method, normalise_template(s.path)) == (method, template)
        )
        body = match.operation.get("requestBody")
        if body is None:
            problems.append(f"{match.operation_id}: documented fields but no request body")
            continue
        schema = spec.json_schema(body)
        assert schema is not None
        if spec.resolve(schema).get("type") == "array":
            continue
        names = _property_names(spec, schema)
        for field in op["request_fields"]:
            if field["name"] not in names:
                problems.append(f"{match.operation_id}: {field['name']} ({op['doc']})")
    assert not problems, "\n".join(problems)
