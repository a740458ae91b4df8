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


@dataclass(frozen=True)
class Command:
    """A ``$ command`` of a ```console block and the output shown after it."""

    path: Path
    line: int  # of the ``$`` line in the Markdown file
    text: str  # the command, continuation lines (ending in ``\``) included
    expected: str  # the lines up to the next ``$`` line or the block's end

    @property
    def background(self) -> bool:
        return self.text.rstrip().endswith("&")


def commands(block: Block) -> list[Command]:
    """The commands of a ```console block, in order."""
    found: list[Command] = []
    lines = block.code.splitlines()
    index = 0
    while index < len(lines):
        if not lines[index].startswith("$ "):
            raise ValueError(f"{block.path}:{block.line + index}: expected a '$ ' line")
        start = index
        text = [lines[index][2:]]
        while text[-1].endswith("\\") and index + 1 < len(lines):
            index += 1
            text.append(lines[index])
        index += 1
        output = []
        while index < len(lines) and not lines[index].startswith("$ "):
            output.append(lines[index])
            index += 1
        found.append(Command(block.path, block.line + start, "\n".join(text), "\n".join(output)))
    return found
