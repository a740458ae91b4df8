"""JSON examples of the documentation validate against the spec.

Request examples are checked against the operation's request body schema, response examples
against the schema of its documented success response. Examples the documentation itself got
wrong are listed in ALLOWED_BROKEN with the reason; the list only shrinks (a listed example
that validates, or parses, makes the test fail).
"""

from __future__ import annotations

from typing import Any

from spec_support import Spec, normalise_template

# (doc, "request" | "response", heading, index within that doc's examples of that kind)
ExampleKey = tuple[str, str, str, int]

ALLOWED_BROKEN: dict[ExampleKey, str] = {
    # Not parseable as JSON (the catalog stores them raw):
    ("Billing/get-invoice-for-account-alias.md", "response", "JSON", 0): (
        "unparseable: an elided line ('...') inside the lineItems array"
    ),
    ("Firewall/get-intra-dc-firewall-policy-list.md", "response", "JSON", 0): (
        "unparseable: the list is cut off after its second entry"
    ),
    ("Groups/get-group.md", "response", "JSON", 0): (
        "unparseable: a missing comma between two links"
    ),
    ("Site-to-Site VPN/site-to-site-vpn-update.md", "response", "JSON", 0): (
        "unparseable: missing commas and an unclosed links array"
    ),
    ("Webhooks/add-webhook-targetUri.md", "request", "JSON", 0): (
        "unparseable: JavaScript object literal with unquoted keys"
    ),
    ("Webhooks/set-webhook.md", "request", "JSON", 0): (
        "unparseable: JavaScript object literal with unquoted keys"
    ),
    # Parseable but contradicting the documented types:
    ("Power Operations/set-maintenance-mode.md", "request", "JSON", 0): (
        'inMaintenanceMode is quoted ("true") although the field table types it boolean'
    ),
    ("Server Actions/create-snapshot.md", "request", "JSON", 0): (
        'snapshotExpirationDays is quoted ("7") although the field table types it integer'
    ),
    ("Groups/set-group-scheduled-activities.md", "request", "JSON", 0): (
        'expireCount is quoted ("10") although the field table types it int'
    ),
}

# Examples shown on one page that document another operation's body: validated there.
REDIRECTED: dict[ExampleKey, tuple[str, int]] = {
    ("Networks/claim-network.md", "response", "Examples", i): (
        "get_experimental_operation_status",
        200,
    )
    for i in (1, 2, 3)
}


def _spec_operation(spec: Spec, op: dict[str, Any]) -> Any:
    key = (op["method"].upper(), normalise_template(op["path"]))
    return next(s for s in spec.operations if (s.method, normalise_template(s.path)) == key)


def _values(example: dict[str, Any], schema: dict[str, Any], spec: Spec) -> list[Any]:
    """The JSON value(s) of an example: a block holding several values is checked per value
    unless the schema is itself an array (then the values are its items)."""
    value = example["json"]
    if example.get("repair") == "multiple_json_values":
        target = spec.resolve(schema)
        return [value] if target.get("type") == "array" else list(value)
    return [value]


def _success_schema(spec: Spec, operation: Any) -> dict[str, Any] | None:
    schemas = [spec.json_schema(r) for _, r in spec.success_responses(operation)]
    with_body = [s for s in schemas if s is not None]
    assert all(s == with_body[0] for s in with_body), (
        f"{operation.operation_id}: success responses disagree on the body schema"
    )
    return with_body[0] if with_body else None


def test_catalog_examples_validate(spec: Spec, catalog_operations: list[dict[str, Any]]) -> None:
    checked = valid = 0
    failures: dict[ExampleKey, list[str]] = {}
    unparseable: set[ExampleKey] = set()
    not_json: list[ExampleKey] = []
    for op in catalog_operations:
        operation = _spec_operation(spec, op)
        for kind in ("request", "response"):
            for index, example in enumerate(op[f"{kind}_examples"]):
                key: ExampleKey = (op["doc"], kind, example["heading"], index)
                if example["format"] != "json":
                    not_json.append(key)
                    continue
                if not example["json_valid"]:
                    unparseable.add(key)
                    continue
                target = operation
                if key in REDIRECTED:
                    target_id, _status = REDIRECTED[key]
                    target = spec.by_id[target_id]
                if kind == "request":
                    body = target.operation.get("requestBody")
                    schema = spec.json_schema(body) if body else None
                else:
                    schema = _success_schema(spec, target)
                if schema is None:
                    failures[key] = [f"{target.operation_id} defines no {kind} body"]
                    continue
                for value in _values(example, schema, spec):
                    checked += 1
                    errors = spec.errors(schema, value)
                    if errors:
                        failures.setdefault(key, []).extend(errors)
                    else:
                        valid += 1

    broken = set(failures) | unparseable
    print(
        f"\ncatalog examples: {checked} JSON values checked, {valid} valid;"
        f" {len(unparseable)} unparseable; {len(ALLOWED_BROKEN)} allow-listed;"
        f" {len(not_json)} not JSON (CSV or plain text, not checked): {not_json}"
    )
    for key in sorted(broken):
        reason = ALLOWED_BROKEN.get(key)
        print(f"  {'allowed' if reason else 'FAIL'}: {key} {reason or ''}")
        for problem in failures.get(key, [])[:5]:
            print(f"      {problem}")
    unexplained = sorted(broken - set(ALLOWED_BROKEN))
    stale = sorted(set(ALLOWED_BROKEN) - broken)
    assert not unexplained, f"examples that do not validate: {unexplained}"
    assert not stale, f"allow-list entries that now validate (remove them): {stale}"
