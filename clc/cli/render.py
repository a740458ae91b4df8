"""Printing a result as ``json``, ``table`` or ``text`` on stdout.

- ``json`` (the default when stdout is not a terminal): the data itself, indented,
  keys in the order the API or the command gives them; stable for scripts.
- ``table`` (the default on a terminal): a Rich table, coloured only on a terminal.
- ``text``: tab-separated values, one record a line, no header: for ``cut``/``awk``.

A command may name the ``columns`` its records show as a table or text (JSON always
carries every field) and may give a :class:`Human` view of a nested result (a tree).
Rich is imported only when a table is printed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

Format = Literal["json", "table", "text"]
FORMATS: tuple[Format, ...] = ("json", "table", "text")


@dataclass(frozen=True)
class Human:
    """A command's own views of its result for ``table`` and ``text``."""

    table: Callable[[Any], RenderableType]
    text: Callable[[Any], list[str]]


def default_format() -> Format:
    return "table" if sys.stdout.isatty() else "json"


def emit(
    data: Any,
    fmt: Format,
    *,
    columns: Sequence[str] | None = None,
    human: Human | None = None,
) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
    elif fmt == "text":
        lines = human.text(data) if human else text_lines(data, columns)
        sys.stdout.write("".join(line + "\n" for line in lines))
    else:
        console = stdout_console()
        console.print(human.table(data) if human else table(data, columns))
    sys.stdout.flush()


def stdout_console() -> Console:
    from rich.console import Console

    # Off a terminal Rich prints no colour; a wide page keeps each row on one line.
    return Console(width=None if sys.stdout.isatty() else 10_000, highlight=False)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _records(data: Any) -> bool:
    return isinstance(data, list) and bool(data) and all(isinstance(r, dict) for r in data)


def _columns(records: list[dict[str, Any]], columns: Sequence[str] | None) -> list[str]:
    if columns:
        return list(columns)
    seen: dict[str, None] = {}
    for record in records:
        seen.update(dict.fromkeys(record))
    return list(seen)


def text_lines(data: Any, columns: Sequence[str] | None = None) -> list[str]:
    if _records(data):
        names = _columns(data, columns)
        return ["\t".join(cell(record.get(n)) for n in names) for record in data]
    if isinstance(data, dict):
        return [f"{key}\t{cell(value)}" for key, value in data.items()]
    if isinstance(data, list):
        return [cell(item) for item in data]
    return [] if data is None else [cell(data)]


def table(data: Any, columns: Sequence[str] | None = None) -> RenderableType:
    from rich import box
    from rich.table import Table

    if _records(data):
        names = _columns(data, columns)
        grid = Table(box=box.SIMPLE_HEAD)
        for name in names:
            grid.add_column(name, overflow="fold")
        for record in data:
            grid.add_row(*(cell(record.get(n)) for n in names))
        return grid
    if isinstance(data, dict):
        grid = Table(box=box.SIMPLE_HEAD, show_header=False)
        grid.add_column("field", style="bold")
        grid.add_column("value", overflow="fold")
        for key, value in data.items():
            grid.add_row(str(key), cell(value))
        return grid
    return "\n".join(text_lines(data))
