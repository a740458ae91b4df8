"""Ctrl-C during a wait ends the script at once, against the emulator over loopback.

A user who interrupts ``WaitUntilComplete`` (jobs still running, or a status read hanging
on a server that stopped answering) gets the ``KeyboardInterrupt`` and the prompt back
within a moment: no poll thread keeps the interpreter alive until its deadline.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator

import pytest

from clc.testing import Emulator

SCRIPT = textwrap.dedent(
    """
    import signal

    import clc

    # Ctrl-C raises KeyboardInterrupt, as in a terminal, even when the test run itself
    # was started in the background (a shell then has children ignore SIGINT).
    signal.signal(signal.SIGINT, signal.default_int_handler)

    dc = clc.v2.Datacenter()
    group = dc.RootGroup()
    template = dc.Templates().templates[0].id
    network = dc.Networks().networks[0].id
    builds = [
        clc.v2.Server.Create(
            name=f"int{i}", template=template, group_id=group.id, network_id=network,
            cpu=1, memory=1,
        )
        for i in range({builds})
    ]
    print("waiting", flush=True)
    sum(builds[1:], builds[0]).WaitUntilComplete()
    print("the wait ended", flush=True)
    """
)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(job_seconds=120) as running:
        yield running


def interrupt_while_waiting(emu: Emulator, builds: int) -> tuple[float, subprocess.Popen[str]]:
    """Start the script, press Ctrl-C once it waits; the seconds it took to end after that."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLC_")}
    env.update(
        CLC_V2_API_URL=emu.url,
        CLC_V2_API_USERNAME=emu.username,
        CLC_V2_API_PASSWD=emu.password,
        CLC_PIPELINE="1",  # the builds are sent together; the wait is what is interrupted
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT.replace("{builds}", str(builds))],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "waiting", proc.communicate(timeout=30)
    time.sleep(1.0)  # the first status reads are out (and hang, when the emulator hangs them)
    proc.send_signal(signal.SIGINT)
    pressed = time.monotonic()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return time.monotonic() - pressed, proc


@pytest.mark.parametrize("builds", [1, 8])
@pytest.mark.parametrize("status_reads", ["answered", "hanging"])
def test_ctrl_c_during_a_wait_ends_the_script_at_once(
    emu: Emulator, builds: int, status_reads: str
) -> None:
    if status_reads == "hanging":
        emu.add_fault("latency=600000,method=GET,path=/v2/operations/*/status/*")
    took, proc = interrupt_while_waiting(emu, builds)
    _out, err = proc.communicate()
    assert took < 3.0, f"the script ran on for {took:.1f} s after Ctrl-C\n{err[-2000:]}"
    assert proc.returncode not in (0, None, -signal.SIGKILL), err[-2000:]
    assert "KeyboardInterrupt" in err
    assert "the wait ended" not in _out


def test_map_in_threads_keeps_order_bounds_concurrency_and_raises_the_first_error() -> None:
    import threading

    from clc.core.threads import map_in_threads

    running, peak, lock = 0, 0, threading.Lock()
    daemons: set[bool] = set()

    def slow_square(x: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
            daemons.add(threading.current_thread().daemon)
        time.sleep(0.01)
        with lock:
            running -= 1
        return x * x

    assert map_in_threads(slow_square, list(range(40)), 4) == [x * x for x in range(40)]
    assert peak == 4 and daemons == {True}

    def fail_on_odd(x: int) -> int:
        if x % 2:
            raise ValueError(f"item {x}")
        return x

    with pytest.raises(ValueError, match=r"item 1$"):
        map_in_threads(fail_on_odd, list(range(10)), 3)
    assert map_in_threads(fail_on_odd, [4], 8) == [4]  # one item: no thread at all
    assert map_in_threads(fail_on_odd, [], 8) == []
