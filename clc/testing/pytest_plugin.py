"""pytest plugin: fixtures that start an emulator.

``clc_emulator`` gives each test a fresh emulator (quick jobs, on loopback).
Per-test options go in a marker::

    @pytest.mark.clc_emulator(job_seconds=1, latency_ms=5, faults=["status=503,count=1"])
    def test_something(clc_emulator): ...

``--clc-emulator-validate`` makes every emulator check each exchange against
the spec. Nothing heavy is imported until a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .server import Emulator


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("clc-emulator")
    group.addoption(
        "--clc-emulator-validate",
        action="store_true",
        default=False,
        help="check every emulator request and response against the API spec",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "clc_emulator(**options): options for the clc_emulator fixture"
    )


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    options: dict[str, Any] = {"job_seconds": 0.05}
    if request.config.getoption("--clc-emulator-validate", default=False):
        options["validate"] = True
    marker = request.node.get_closest_marker("clc_emulator")
    if marker is not None:
        options.update(marker.kwargs)
    return options


@pytest.fixture
def clc_emulator(request: pytest.FixtureRequest) -> Iterator[Emulator]:
    """A fresh, running emulator for one test."""
    from .server import Emulator

    with Emulator(**_options(request)) as emu:
        yield emu
