"""Fixtures shared by every test folder."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import pytest

import clc
import clc.v2
from clc.v2 import default_session as session_mod


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


CLC_ENV = (
    "CLC_V2_API_USERNAME",
    "CLC_V2_API_PASSWD",
    "CLC_V2_API_TOKEN",
    "CLC_ACCT_ALIAS",
    "CLC_V2_API_URL",
    "CLC_PIPELINE",
)


@pytest.fixture
def clean_clc_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No credentials from the environment, 2.51 module globals restored, a fresh default
    session before and after: what a test sets through ``clc``'s module state stays in it."""
    for name in CLC_ENV:
        monkeypatch.delenv(name, raising=False)
    for module, name in (
        (clc, "_LOGIN_TOKEN_V2"),
        (clc, "ALIAS"),
        (clc, "LOCATION"),
        (clc, "_SSL_VERIFY"),
        (clc.defaults, "ENDPOINT_URL_V2"),
        (clc.v2, "V2_API_USERNAME"),
        (clc.v2, "V2_API_PASSWD"),
        (clc.v2, "_V2_ENABLED"),
    ):
        monkeypatch.setattr(module, name, getattr(module, name))
    session_mod.reset_default_session()
    yield
    session_mod.reset_default_session()


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
