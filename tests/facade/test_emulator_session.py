"""The emulator hands out what an SDK session needs, without importing the SDK."""

from __future__ import annotations

import clc
from clc.testing import Emulator


def test_session_built_from_the_emulator_keywords_works() -> None:
    with Emulator(job_seconds=0.05) as emu, clc.Session(**emu.session_kwargs()) as session:
        assert clc.v2.Account.GetAlias(session=session) == "DEMO"
        assert clc.v2.Account(session=session).business_name
        assert session.base_url == emu.url
