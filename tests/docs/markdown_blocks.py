"""Fenced code blocks of a Markdown file, with the line each starts on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
NOT_RUN = re.compile(r"#\s*not run:\s*(.+)")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # of the block's first line of code
    language: str
    code: str

    def compile(self) -> object:
        """The code, compiled so that tracebacks point at the Markdown file's own lines."""
        return compile("\n" * (self.line - 1) + self.code, str(self.path), "exec")


def blocks(path: Path, language: str | None = None) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        if language is None or match.group(1) == language:
            line = text.count("\n", 0, match.start(2)) + 1
            found.append(Block(path, line, match.group(1), match.group(2)))
    return found
