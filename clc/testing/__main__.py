"""Command line: ``clc-emulator`` / ``python -m clc.testing``.

The first line printed on stdout is the base URL, so scripts can read it.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .faults import parse_rule
from .server import (
    DEFAULT_ALIAS,
    DEFAULT_JOB_SECONDS,
    DEFAULT_PASSWORD,
    DEFAULT_USERNAME,
    Emulator,
)


def _rule(text: str) -> str:
    try:
        parse_rule(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return text


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clc-emulator",
        description="Run a local emulator of the CenturyLink Cloud API v2.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default %(default)s)")
    p.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    p.add_argument("--alias", default=DEFAULT_ALIAS, help="account alias (default %(default)s)")
    p.add_argument("--username", default=DEFAULT_USERNAME, help="login user (default %(default)s)")
    p.add_argument(
        "--password", default=DEFAULT_PASSWORD, help="login password (default %(default)s)"
    )
    p.add_argument(
        "--job-seconds",
        type=float,
        default=DEFAULT_JOB_SECONDS,
        help="how long each queued job takes (default %(default)s)",
    )
    p.add_argument(
        "--job-seconds-max",
        type=float,
        help="draw each job's length uniformly from --job-seconds up to this (jobs then "
        "finish out of order)",
    )
    p.add_argument(
        "--job-seed", type=int, default=0, help="seed of the drawn job lengths (default 0)"
    )
    p.add_argument("--latency-ms", type=float, default=0.0, help="delay added to every response")
    p.add_argument(
        "--fault",
        action="append",
        type=_rule,
        default=[],
        metavar="RULE",
        help="fault rule, e.g. status=503,path=/v2/servers/*,count=2 (repeatable)",
    )
    p.add_argument("--state", metavar="FILE", help="persist the world here and reload it on start")
    p.add_argument(
        "--templates-per-dc",
        type=int,
        default=0,
        help="pad each data center's template catalog to this many templates",
    )
    p.add_argument(
        "--networks-per-dc",
        type=int,
        default=2,
        help="/24 networks seeded in each data center, about 240 servers each (default 2)",
    )
    p.add_argument("--validate", action="store_true", help="check every exchange against the spec")
    p.add_argument("--log-level", default="warning", help="server log level (default %(default)s)")
    return p


def _emulator(args: argparse.Namespace) -> Emulator:
    return Emulator(
        host=args.host,
        port=args.port,
        alias=args.alias,
        username=args.username,
        password=args.password,
        job_seconds=args.job_seconds,
        latency_ms=args.latency_ms,
        faults=args.fault,
        state_file=args.state,
        templates_per_dc=args.templates_per_dc,
        networks_per_dc=args.networks_per_dc,
        job_seconds_max=args.job_seconds_max,
        job_seed=args.job_seed,
        validate=args.validate,
        log_level=args.log_level,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        emu = _emulator(args)
    except ValueError as exc:  # an option out of range, named by the message
        parser.error(str(exc))
    emu.start()
    print(emu.url, flush=True)
    print(f"account {emu.alias}, user {emu.username}; Ctrl-C stops", file=sys.stderr, flush=True)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    while not stop.wait(0.5):
        pass
    emu.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
