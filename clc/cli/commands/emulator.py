"""``clc emulator``: run the embedded API emulator and say how to point ``clc`` at it."""

from __future__ import annotations

import shlex
import signal
import sys
import threading
from types import FrameType

import click

from clc.cli.exit_codes import report
from clc.errors import InvalidArgumentException


@click.command(name="emulator")
@click.option("--port", type=int, default=0, help="Port (default: any free one).")
@click.option(
    "--job-seconds",
    type=float,
    default=3.0,
    show_default=True,
    help="How long each queued job takes.",
)
@click.option("--state", metavar="FILE", help="Keep the emulated account in FILE across runs.")
def emulator(port: int, job_seconds: float, state: str | None) -> None:
    """Start the local emulator of the API and print the environment for it.

    The first lines on stdout are shell 'export' lines (credentials of the emulator's
    fake account); it runs until Ctrl-C. For example:

    \b
        clc emulator > clc-emulator.env &
        sleep 2; . ./clc-emulator.env
        clc server list
    """
    try:
        from clc.testing import Emulator

        emu = Emulator(port=port, job_seconds=job_seconds, state_file=state)
        emu.start()
    except ImportError as exc:
        error = InvalidArgumentException(
            f"the emulator needs its extra: pip install 'clc-v2-sdk[cli,emulator]' ({exc})"
        )
        raise click.exceptions.Exit(report(error)) from exc
    environment = {
        "CLC_V2_API_URL": emu.url,
        "CLC_V2_API_USERNAME": emu.username,
        "CLC_V2_API_PASSWD": emu.password,
    }
    print("unset CLC_V2_API_TOKEN CLC_ACCT_ALIAS CLC_PROFILE")
    for name, value in environment.items():
        print(f"export {name}={shlex.quote(value)}")
    sys.stdout.flush()
    print(f"clc: emulator of account {emu.alias} at {emu.url}; Ctrl-C stops it", file=sys.stderr)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    while not stop.wait(0.5):
        pass
    emu.stop()
