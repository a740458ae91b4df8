"""Every operation of the spec has an emulator route, and every route is a spec operation.

Routes are registered under operation ids; the spec gives each its method and path.
"""

from __future__ import annotations

from clc.testing.routing import HANDLERS, table
from clc.testing.spec import load_spec, spec_operations


def test_every_spec_operation_has_a_handler_and_every_handler_an_operation() -> None:
    operation_ids = {op.operation_id for op in spec_operations(load_spec())}
    served = table()
    missing = sorted(f"{op.operation_id} ({op.method} {op.template})" for op in served.unbound)
    unknown = sorted(set(HANDLERS) - operation_ids)
    print(f"\nemulator routes: {len(served.routes)}; spec operations: {len(operation_ids)}")
    assert missing == [], "spec operations without an emulator handler:\n" + "\n".join(missing)
    assert unknown == [], "handlers for operations the spec lacks:\n" + "\n".join(unknown)
