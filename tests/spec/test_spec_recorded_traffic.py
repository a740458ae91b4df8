"""Recorded exchanges with the live API (2015-16, two SDKs' recordings) match the spec.

Each exchange is matched to a spec operation by method and path (placeholders, trailing slash
and letter case tolerated); its response body must validate against that operation's schema
for the recorded status. The test prints the counts and every failure.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spec_support import Spec

MIN_MATCHED = 0.95
MIN_VALID = 0.95

# Exchanges known not to conform, keyed by (method, path as sent, status), with the reason.
# The list only shrinks: an entry that conforms again makes the test fail.
_NO_BODY_404 = (
    "the live API answered this 404 with no body at all; the spec's error responses describe "
    "the JSON error body it sent otherwise"
)
ALLOWED_FAILURES: dict[tuple[str, str, int], str] = {
    ("GET", "/v2/servers/ALTD/de1altdtcrt959", 404): _NO_BODY_404,
    ("GET", "/v2/servers/ALTD/gb1altdsrv101/cpuAutoscalePolicy", 404): _NO_BODY_404,
    ("GET", "/v2/servers/ALTD/gb1altdsrv201/cpuAutoscalePolicy", 404): _NO_BODY_404,
}


def _check(spec: Spec, exchange: dict[str, Any]) -> tuple[str | None, list[str]]:
    """(operationId or None, problems) for one exchange."""
    op = spec.match(exchange["method"], exchange["path"])
    if op is None:
        return None, ["no spec operation"]
    response = op.response(exchange["status"])
    if response is None:
        return op.operation_id, [f"status {exchange['status']} not documented"]
    schema = spec.json_schema(response)
    body = exchange["response_body"]
    if schema is None:
        return op.operation_id, [] if body is None else ["body where the spec has none"]
    if body is None:
        return op.operation_id, ["no body where the spec has one"]
    return op.operation_id, spec.errors(schema, body)


def test_recorded_responses_match_the_spec(spec: Spec, traffic: list[dict[str, Any]]) -> None:
    matched = valid = 0
    failures: dict[tuple[str, str, int], list[str]] = {}
    per_operation: Counter[str] = Counter()
    for exchange in traffic:
        operation_id, problems = _check(spec, exchange)
        if operation_id is not None:
            matched += 1
            per_operation[operation_id] += 1
        if not problems:
            valid += 1
            continue
        key = (exchange["method"], exchange["path"], exchange["status"])
        failures.setdefault(key, problems)

    total = len(traffic)
    valid_matched = valid  # unmatched exchanges always carry a problem
    print(
        f"\nrecorded exchanges: {total}; matched to an operation: {matched}"
        f" ({100.0 * matched / total:.1f}%); responses valid: {valid_matched}"
        f" ({100.0 * valid_matched / max(matched, 1):.1f}% of matched);"
        f" operations exercised: {len(per_operation)}"
    )
    for (method, path, status), problems in sorted(failures.items()):
        allowed = ALLOWED_FAILURES.get((method, path, status))
        tag = f"allowed ({allowed})" if allowed else "FAIL"
        print(f"  {tag}: {method} {path} -> {status}")
        for problem in problems[:5]:
            print(f"      {problem}")

    unexplained = sorted(set(failures) - set(ALLOWED_FAILURES))
    stale = sorted(set(ALLOWED_FAILURES) - set(failures))
    assert matched / total >= MIN_MATCHED
    assert valid_matched / max(matched, 1) >= MIN_VALID
    assert not unexplained, f"unexplained failures: {unexplained}"
    assert not stale, f"allow-list entries that now conform (remove them): {stale}"


# Recorded request bodies that do not fit the spec, with the reason (the list only shrinks).
ALLOWED_REQUEST_FAILURES: dict[tuple[str, str], str] = {}


def test_recorded_request_bodies_match_the_spec(spec: Spec, traffic: list[dict[str, Any]]) -> None:
    checked = invalid = 0
    failures: dict[tuple[str, str], list[str]] = {}
    placeholders = 0
    for exchange in traffic:
        body = exchange["request_body"]
        if body is None:
            continue
        if body == "*":  # nock's "any body" placeholder, used for most login calls
            placeholders += 1
            continue
        op = spec.match(exchange["method"], exchange["path"])
        assert op is not None, f"{exchange['method']} {exchange['path']}"
        request = op.operation.get("requestBody")
        key = (op.operation_id, exchange["path"])
        checked += 1
        if request is None:
            errors = ["the spec defines no request body"]
        else:
            schema = spec.json_schema(request)
            assert schema is not None
            errors = spec.errors(schema, body)
        if errors:
            invalid += 1
            failures.setdefault(key, []).extend(errors)
    print(
        f"\nrecorded request bodies: {checked} checked, {checked - invalid} valid"
        f" (any-body placeholders skipped: {placeholders})"
    )
    for key, problems in sorted(failures.items()):
        print(f"  {'allowed' if key in ALLOWED_REQUEST_FAILURES else 'FAIL'}: {key}")
        for problem in problems[:5]:
            print(f"      {problem}")
    unexplained = sorted(set(failures) - set(ALLOWED_REQUEST_FAILURES))
    stale = sorted(set(ALLOWED_REQUEST_FAILURES) - set(failures))
    assert not unexplained, f"request bodies that do not validate: {unexplained}"
    assert not stale, f"allow-list entries that now validate (remove them): {stale}"
