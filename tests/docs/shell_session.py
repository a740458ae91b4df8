"""A page's ```console blocks replayed in one bash process, as a reader would type them.

Every ``$ command`` runs in turn in the same shell (so ``export``, ``.`` and files carry
over from one block to the next), with its stderr merged into its stdout, as a terminal
shows them. A command ending in ``&`` runs in the background: its output is not shown
(its stderr goes to a log) and the shell stops it at the end. What a page shows after a
command is compared with what it printed: trailing spaces and blank lines around it are
ignored, a line of ``...`` alone stands for any number of lines, and ``...`` within a
line for any text.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

from markdown_blocks import Command

BACKGROUND_LOG = ".background.log"


@dataclass(frozen=True)
class Result:
    command: Command
    status: int
    output: str

    def problem(self) -> str | None:
        """What is wrong with this command's run, or None."""
        where = f"{self.command.path.name}:{self.command.line}: $ {self.command.text}"
        if self.status != 0:
            return f"{where}\nexited with {self.status}:\n{self.output}"
        if self.command.expected.strip() and not matches(self.command.expected, self.output):
            return f"{where}\nshows:\n{self.command.expected}\nprinted:\n{self.output}"
        return None


def run(commands: list[Command], cwd: Path, env: dict[str, str], timeout: float) -> list[Result]:
    """Run ``commands`` in one bash process in ``cwd``; each one's exit status and output."""
    mark = f"__docs_command_done_{uuid.uuid4().hex}__"
    script = []
    for command in commands:
        if command.background:
            script.append(f"{{ {command.text}\n}} 2>>{BACKGROUND_LOG}")
        else:
            script.append(f"{{ {command.text}\n}} 2>&1")
        script.append(f"printf '\\n%s %s\\n' {mark} $?")
    script.append("kill $(jobs -p) 2>/dev/null; wait")
    shell = subprocess.Popen(
        ["bash", "--noprofile", "--norc", "-s"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=cwd,
        env=env,
        text=True,
        start_new_session=True,  # its process group holds the background jobs too
    )
    try:
        out, _ = shell.communicate("\n".join(script) + "\n", timeout=timeout)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(shell.pid, signal.SIGKILL)
    parts = re.split(rf"\n{mark} (\d+)\n", out)
    results = [
        Result(command, int(parts[2 * i + 1]), parts[2 * i])
        for i, command in enumerate(commands)
        if 2 * i + 1 < len(parts)
    ]
    if len(results) < len(commands):
        log = cwd / BACKGROUND_LOG
        background = log.read_text(encoding="utf-8") if log.exists() else ""
        raise AssertionError(
            f"the shell stopped after {len(results)} of {len(commands)} commands:\n"
            f"{parts[-1]}\n{background}"
        )
    return results


def matches(expected: str, actual: str) -> bool:
    """Whether ``actual`` is what ``expected`` shows (see the module docstring)."""
    pattern = ""
    for line in _normalise(expected).split("\n"):
        if line == "...":
            pattern += r"(?:[^\n]*\n)*?"
        else:
            pattern += ".*?".join(re.escape(part) for part in line.split("...")) + "\n"
    return re.fullmatch(pattern, _normalise(actual) + "\n", re.S) is not None


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")
