"""Collects the fault-matrix rows; tests/conftest.py prints them at the end of the run.

The printing lives in the top-level conftest because under pytest-xdist the controller
never loads this folder's conftest; each worker hands its rows over through ``workeroutput``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

#: Rows added by tests/reliability/test_fault_matrix.py (in this process).
FAULT_MATRIX: list[dict[str, Any]] = []


def pytest_sessionfinish(session: pytest.Session) -> None:
    # Hand the rows to whoever prints them (tests/conftest.py): the xdist controller
    # through workeroutput, or this same process through the config.
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["clc_fault_matrix"] = json.dumps(FAULT_MATRIX)
    else:
        # Extend, never replace: an xdist controller has no rows of its own but may
        # already hold the workers' rows.
        session.config.__dict__.setdefault("clc_fault_matrix", []).extend(FAULT_MATRIX)
