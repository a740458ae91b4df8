"""Fixtures shared by every test folder."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any, NoReturn

import pytest


def _skip_unless_ci(reason: str) -> NoReturn:
    if os.environ.get("CLC_CI"):
        pytest.fail(f"{reason} (CLC_CI is set: this check must run in CI)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def skip_unless_ci() -> Callable[[str], NoReturn]:
    """Skip a test that needs the package index, except in CI, where it must run.

    ``.ci/run`` sets ``CLC_CI=1``: there a failed download is a failure, so a
    skipped compatibility check can never count towards a green run.
    """
    return _skip_unless_ci


# The fault matrix of tests/reliability/test_fault_matrix.py, printed after every run.
FAULT_COLUMNS = (
    ("fault", "fault", 48),
    ("attempted", "ops", 4),
    ("succeeded", "ok", 4),
    ("retried", "retries", 7),
    ("failed_clear", "failed (clear error)", 20),
    ("duplicates", "duplicates", 10),
    ("lost", "lost", 4),
    ("seconds", "time s", 6),
)


def format_fault_table(rows: list[dict[str, Any]]) -> list[str]:
    def cell(key: str, text: str, width: int) -> str:
        return text.ljust(width) if key == "fault" else text.rjust(width)

    header = " | ".join(cell(k, title, w) for k, title, w in FAULT_COLUMNS)
    lines = [header, "-" * len(header)]
    for row in rows:
        values = {k: f"{v:.2f}" if isinstance(v, float) else str(v) for k, v in row.items()}
        lines.append(" | ".join(cell(k, values[k], w) for k, _, w in FAULT_COLUMNS))
    return lines


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    rows = json.loads(getattr(node, "workeroutput", {}).get("clc_fault_matrix", "[]"))
    node.config.__dict__.setdefault("clc_fault_matrix", []).extend(rows)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    rows = sorted(getattr(config, "clc_fault_matrix", []), key=lambda r: r["order"])
    if rows:
        terminalreporter.write_sep("=", "fault matrix (issue 5)")
        for line in format_fault_table(rows):
            terminalreporter.write_line(line)
