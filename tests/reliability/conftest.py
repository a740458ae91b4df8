"""Collects the fault-matrix rows and prints them as a table at the end of the test run.

Under pytest-xdist each worker hands its rows to the controller through ``workeroutput``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

#: Rows added by tests/reliability/test_fault_matrix.py (in this process).
FAULT_MATRIX: list[dict[str, Any]] = []
_FROM_WORKERS: list[dict[str, Any]] = []

COLUMNS = (
    ("fault", "fault", 48),
    ("attempted", "ops", 4),
    ("succeeded", "ok", 4),
    ("retried", "retries", 7),
    ("failed_clear", "failed (clear error)", 20),
    ("duplicates", "duplicates", 10),
    ("lost", "lost", 4),
    ("seconds", "time s", 6),
)


def format_table(rows: list[dict[str, Any]]) -> list[str]:
    header = " | ".join(
        title.ljust(w) if k == "fault" else title.rjust(w) for k, title, w in COLUMNS
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        cells = []
        for key, _, width in COLUMNS:
            value = row[key]
            text = f"{value:.2f}" if isinstance(value, float) else str(value)
            cells.append(text.ljust(width) if key == "fault" else text.rjust(width))
        lines.append(" | ".join(cells))
    return lines


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["clc_fault_matrix"] = json.dumps(FAULT_MATRIX)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    rows = json.loads(getattr(node, "workeroutput", {}).get("clc_fault_matrix", "[]"))
    _FROM_WORKERS.extend(rows)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    rows = sorted(_FROM_WORKERS or FAULT_MATRIX, key=lambda r: r["order"])
    if not rows:
        return
    terminalreporter.write_sep("=", "fault matrix (issue 5)")
    for line in format_table(rows):
        terminalreporter.write_line(line)
