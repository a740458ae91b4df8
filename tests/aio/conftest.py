"""Fixtures of the async tests: an emulator, and a runner for coroutines (no plugin: each
test runs its scenario with ``asyncio.run``, so every test gets a fresh event loop)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import pytest

import clc
from clc.testing import Emulator

T = TypeVar("T")


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def session(emu: Emulator, **kw: Any) -> clc.AsyncSession:
    return clc.AsyncSession(emu.username, emu.password, base_url=emu.url, use_env=False, **kw)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(job_seconds=0.05) as running:
        yield running


@pytest.fixture(autouse=True)
def _clean_globals(clean_clc_state: None) -> None:
    """No test sees credentials from the environment."""
