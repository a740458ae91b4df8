"""The ``clc`` command-line reference, written from its Click commands at every build.

The root's help, then every hand-written command (usage, help, options, as ``--help``
prints them), then every command of the API operations, one table per tag, each linked
to its operation in the operation reference. The options every command shares are
listed once.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import click

from clc.cli import operations
from clc.cli.api_commands import command_name
from clc.cli.app import HAND_WRITTEN, cli
from clc.cli.invocation import COMMON_OPTIONS, common_params
from docsite import operations as api_pages

PAGE = "reference/cli.md"


def page() -> str:
    root = click.Context(cli, info_name="clc")
    lines = [
        "# `clc` command line",
        "",
        "The command line of the SDK (the `cli` extra; see [the guide](../guides/cli.md)).",
        "This page is written from the commands themselves at every build.",
        "",
        "```text",
        cli.get_help(root),
        "```",
        "",
        "## Options every command takes",
        "",
        *_options_table(root, common_params()),
        "",
        "## Hand-written commands",
        "",
    ]
    for name in HAND_WRITTEN:
        command = cli.get_command(root, name)
        assert command is not None, name
        for path, ctx in _walk(command, root, name):
            lines += _command(path, ctx)
    lines += [
        "## API operations",
        "",
        "One group per tag of the spec, one command per operation; each command's options are "
        "the operation's parameters and top-level body fields, described in the linked "
        "operation. `clc TAG COMMAND --help` shows them.",
        "",
    ]
    for tag, count in operations.tags().items():
        group = command_name(tag)
        lines += [
            f"### `clc {group}`",
            "",
            f"{count} operation{'' if count == 1 else 's'} of the tag "
            f"[{api_pages.tag_title(tag)}](api/{tag}.md).",
            "",
            "| Command | Summary | Operation |",
            "| --- | --- | --- |",
        ]
        for name, op in sorted(operations.operations(tag).items()):
            lines.append(
                f"| `clc {group} {command_name(name)}` | {_cell(op.summary)} "
                f"| [`{op.method} {op.path}`](api/{tag}.md#{name}) |"
            )
        lines.append("")
    return "\n".join(lines)


def _walk(
    command: click.Command, parent: click.Context, name: str
) -> Iterator[tuple[str, click.Context]]:
    """The command and, for a group, each subcommand: (full name, context)."""
    ctx = click.Context(command, info_name=name, parent=parent)
    yield ctx.command_path, ctx
    if isinstance(command, click.Group):
        for child_name in command.list_commands(ctx):
            child = command.get_command(ctx, child_name)
            assert child is not None, child_name
            yield from _walk(child, ctx, child_name)


def _command(path: str, ctx: click.Context) -> list[str]:
    command = ctx.command
    level = "###" if isinstance(command, click.Group) or path.count(" ") == 1 else "####"
    lines = [f"{level} `{path}`", "", *_help(command.help or "")]
    if isinstance(command, click.Group):
        return lines
    params = command.get_params(ctx)
    own = [p for p in params if p.name not in COMMON_OPTIONS]
    lines += ["```text", command.get_usage(ctx), "```", ""]
    if len(own) < len(params):
        lines += ["Also the [options every command takes](#options-every-command-takes).", ""]
    return [*lines, *_options_table(ctx, own), ""]


def _help(text: str) -> list[str]:
    """Click help as Markdown: a ``\\b`` paragraph is shown as it is written."""
    lines: list[str] = []
    for paragraph in inspect.cleandoc(text).split("\n\n"):
        if paragraph.startswith("\b"):
            lines += ["```text", inspect.cleandoc(paragraph[1:]), "```", ""]
        else:
            lines += [" ".join(paragraph.split()), ""]
    return lines


def _options_table(ctx: click.Context, params: list[click.Parameter]) -> list[str]:
    rows = []
    for param in params:
        record = None if isinstance(param, click.Argument) else param.get_help_record(ctx)
        if record is None or record[0] == "--help":
            continue  # the usage line shows the arguments
        options, text = record
        rows.append(f"| `{' '.join(options.split())}` | {_cell(text)} |")
    if not rows:
        return []
    return ["| Option | Description |", "| --- | --- |", *rows]


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
