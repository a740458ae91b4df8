"""The pytest plugin's fixture: a running emulator per test, options from a marker."""

from __future__ import annotations

import httpx
import pytest

from clc.testing import Emulator
from clc.testing.pytest_plugin import clc_emulator  # noqa: F401  (the fixture under test)


@pytest.mark.clc_emulator(job_seconds=0.5, faults=["status=503,path=/v2/accounts/*,count=1"])
def test_fixture_takes_marker_options(clc_emulator: Emulator) -> None:  # noqa: F811
    assert clc_emulator.state.job_seconds == 0.5
    token = clc_emulator.login()
    r = httpx.get(
        f"{clc_emulator.url}/v2/accounts/DEMO", headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 503
    assert clc_emulator.session_kwargs()["base_url"] == clc_emulator.url
