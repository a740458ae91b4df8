"""The fault matrix's row for hostile input (issue 12, item 6), through the SDK's raw calls.

Hostile bodies sent with ``clc.v2.API.Call`` (JSON nested 100,000 deep, an alert policy
nested 900 deep, 5,000-digit numbers as JSON and as strings, NaN and Infinity) each fail
with a clear ``APIFailedResponse`` (the emulator's 400 in the API's shape); the reads after
them succeed, the world is as it was, and the emulator checks that no refused request
changed it.
"""

from __future__ import annotations

import json
import logging
import time
from functools import partial

import httpx

import clc
from clc.testing import Emulator

from .test_fault_matrix import RetryCounter, Row, finish, run

DIGITS = "9" * 5000


def _alert(threshold: str, settings: str = '{"recipients": ["ops@example.com"]}') -> str:
    return (
        '{"name": "p", "actions": [{"action": "email", "settings": ' + settings + "}], "
        '"triggers": [{"metric": "cpu", "duration": "00:05:00", "threshold": ' + threshold + "}]}"
    )


def test_hostile_bodies_fail_clearly_and_change_nothing() -> None:
    with (
        Emulator(job_seconds=0.05) as emu,
        clc.Session(
            emu.username, emu.password, base_url=emu.url, use_env=False, timeout=httpx.Timeout(10.0)
        ) as s,
    ):
        emu.app.check_refusals = True
        a = s.alias
        group = emu.backend.groups.root("VA1")["children"][0]
        server = {"name": "h", "groupId": group, "sourceServerId": "CENTOS-6-64-TEMPLATE",
                  "cpu": "__N__", "memoryGB": 1}  # fmt: skip
        deep_settings = '{"x": ' + '{"a":' * 900 + "1" + "}" * 900 + "}"
        hostile = [
            ("POST", f"groups/{a}", "[" * 100_000 + "]" * 100_000),
            ("POST", f"alertPolicies/{a}", _alert("90", deep_settings)),
            ("POST", f"servers/{a}", json.dumps(server).replace('"__N__"', DIGITS)),
            ("POST", f"servers/{a}", json.dumps(server).replace("__N__", DIGITS)),
            ("POST", f"alertPolicies/{a}", _alert("NaN")),
            ("POST", f"alertPolicies/{a}", _alert("Infinity")),
        ]
        reads = [("GET", f"alertPolicies/{a}"), ("GET", f"groups/{a}/{group}")]
        with emu.state.lock:
            before = json.dumps(emu.state.data["alertPolicies"], sort_keys=True)

        counter = RetryCounter()
        retry_log = logging.getLogger("clc.retry")
        retry_log.addHandler(counter)
        row = Row("hostile bodies (deep JSON, 5,000 digits, NaN)", 20)
        row.started, row.counter, row.session = time.monotonic(), counter, s
        row.logins_before = s.login_count
        try:
            for method, url, body in hostile:
                error = run(row, partial(clc.v2.API.Call, method, url, body, session=s))
                assert isinstance(error, clc.APIFailedResponse), error
                assert error.response_status_code == 400
            for method, url in reads:
                run(row, partial(clc.v2.API.Call, method, url, session=s))
        finally:
            retry_log.removeHandler(counter)
        with emu.state.lock:
            after = json.dumps(emu.state.data["alertPolicies"], sort_keys=True)
        row.lost = int(after != before)
        finish(row)
        assert (row.failed_clear, row.succeeded) == (len(hostile), len(reads))
        assert emu.app.broken_refusals == []
