"""On a terminal the wait shows a live progress bar (on stderr) and lists are tables."""

from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path

import pytest

from clc.testing import Emulator

from .conftest import CLC, clean_env


@pytest.mark.clc_emulator(job_seconds=0.3)
def test_progress_bar_and_table_on_a_terminal(tmp_path: Path, clc_emulator: Emulator) -> None:
    env = clean_env(
        tmp_path,
        CLC_V2_API_URL=clc_emulator.url,
        CLC_V2_API_USERNAME=clc_emulator.username,
        CLC_V2_API_PASSWD=clc_emulator.password,
        TERM="xterm-256color",
    )
    main, child = pty.openpty()
    args = ["server", "create", "--name", "tty", "--group", "Default Group", "-d", "VA1",
            "--template", "ubuntu-14", "--cpu", "1", "--memory", "1", "--wait",
            "--poll-interval", "0.05"]  # fmt: skip
    done = subprocess.run(
        [str(CLC), *args], env=env, stdin=child, stdout=child, stderr=child, timeout=60
    )
    os.close(child)
    screen = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
    os.close(main)
    text = screen.decode("utf-8", "replace")
    assert done.returncode == 0, text
    assert "\x1b[" in text  # colour and cursor control: a live display
    assert "1/1" in text and "creating tty" in text
    assert "━" in text  # the bar
    assert "power_state" in text and "VA1DEMOTTY01" in text  # a table, not JSON
    assert '"power_state"' not in text
