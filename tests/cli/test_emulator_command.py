"""``clc emulator`` starts the emulator and prints the environment that reaches it."""

from __future__ import annotations

import shlex
import signal
import subprocess
from pathlib import Path

from .conftest import CLC, clean_env, run_clc


def test_clc_emulator_prints_a_working_environment(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    proc = subprocess.Popen(
        [str(CLC), "emulator", "--job-seconds", "0.1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline().strip() for _ in range(4)]
        assert lines[0] == "unset CLC_V2_API_TOKEN CLC_ACCT_ALIAS CLC_PROFILE"
        exported = dict(shlex.split(line)[1].split("=", 1) for line in lines[1:])
        assert set(exported) == {"CLC_V2_API_URL", "CLC_V2_API_USERNAME", "CLC_V2_API_PASSWD"}
        run = run_clc(["datacenter", "list", "--query", "[].id"], {**env, **exported})
        assert run.code == 0, run.stderr
        assert "VA1" in run.json()
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
