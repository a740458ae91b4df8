"""Every operation of the spec has an emulator route, and every route is a spec operation."""

from __future__ import annotations

from clc.testing import routes as _routes  # noqa: F401  (fills the route table)
from clc.testing.routing import TABLE
from clc.testing.spec import operations


def test_emulator_implements_every_spec_operation() -> None:
    spec_ops = {key: op["operationId"] for key, op in operations().items()}
    served = {(r.method, r.template) for r in TABLE.routes}
    missing = sorted(f"{m} {p} ({spec_ops[(m, p)]})" for m, p in spec_ops if (m, p) not in served)
    unknown = sorted(f"{m} {p}" for m, p in served if (m, p) not in spec_ops)
    print(f"\nemulator routes: {len(served)}; spec operations: {len(spec_ops)}")
    assert missing == [], "spec operations without an emulator route:\n" + "\n".join(missing)
    assert unknown == [], "emulator routes the spec lacks:\n" + "\n".join(unknown)
