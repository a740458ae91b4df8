"""The emulator's command-line reference, written from its argparse parser at every build."""

from __future__ import annotations

import argparse

PAGE = "reference/emulator-cli.md"


def page() -> str:
    from clc.testing.__main__ import build_parser

    parser = build_parser()
    lines = [
        f"# `{parser.prog}` command line",
        "",
        f"{parser.description} Also run as `python -m clc.testing`; the first line it",
        "prints is the base URL. Ctrl-C (or SIGTERM) stops it, saving the world first when",
        "`--state` is given. This page is written from the command's own parser.",
        "",
        "```text",
        parser.format_usage().strip(),
        "```",
        "",
        "| Option | Value | Default | Description |",
        "| --- | --- | --- | --- |",
    ]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        lines.append(_row(parser, action))
    return "\n".join([*lines, ""])


def _row(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    options = ", ".join(f"`{o}`" for o in action.option_strings)
    value = "" if action.nargs == 0 else f"`{action.metavar or action.dest.upper()}`"
    if isinstance(action, argparse._AppendAction):
        value += " (repeatable)"
    unset = action.default is None or action.default is False or action.default == []
    default = "" if unset else f"`{action.default}`"
    text = action.help or ""
    if "%" in text:
        text = text % {**vars(action), "prog": parser.prog}
    text = text.replace("|", "\\|")
    return f"| {options} | {value} | {default} | {text} |"
