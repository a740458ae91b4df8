"""One Click command per generated operation, one group per tag.

Derived from :mod:`clc.cli.operations` only: a tag ``power_operations`` is the group
``power-operations``, an operation ``power_off_servers`` its command
``power-off-servers``; path, query and header parameters are options, and so is each
top-level field of a JSON body, next to ``--body JSON|@FILE`` for the whole body. The
help is the operation's summary and description and each option's type and
description from the spec. ``--account-alias`` defaults to the logged-in account.
"""

from __future__ import annotations

from typing import Any

import click

from clc.cli import operations
from clc.cli.invocation import COMMON_OPTIONS, common_params, with_invocation
from clc.cli.operations import Field, Operation
from clc.cli.option_types import JSONValue, base_type, click_type, type_words

DEFAULTED = {"account_alias": "the account you are logged in to"}


def command_name(python_name: str) -> str:
    return python_name.rstrip("_").replace("_", "-")


class TagGroup(click.Group):
    """The commands of one tag, built on demand from its operation index."""

    def __init__(self, tag: str) -> None:
        super().__init__(name=command_name(tag))
        self.tag = tag

    def _operations(self) -> dict[str, Operation]:
        return {command_name(n): op for n, op in operations.operations(self.tag).items()}

    def get_short_help_str(self, limit: int = 45) -> str:
        count = operations.tags()[self.tag]
        return f"{count} operation{'' if count == 1 else 's'}"

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_paragraph()
        formatter.write_text(
            f"The API operations tagged '{self.tag}' in the spec, one command each."
        )

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._operations())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        op = self._operations().get(cmd_name)
        return None if op is None else build_command(op)


def option_dest(field: Field) -> str:
    return f"{field.location}_{field.python_name}"


def build_command(op: Operation) -> click.Command:
    params: list[click.Parameter] = []
    taken = {f"--{name}" for name in (*COMMON_OPTIONS, "body", "help")}
    for field in op.parameters:
        params.append(_option(field, taken, required=field.required))
    if op.body is not None:
        for field in op.body.fields:
            params.append(_option(field, taken, required=False))
        params.append(
            click.Option(
                ["--body", "body_json"],
                type=JSONValue(),
                metavar="JSON|@FILE",
                help=f"The whole request body ({op.body.type}) as JSON, or @FILE (@- reads "
                "stdin); field options override its fields."
                + (" Required." if op.body.required and not op.body.fields else ""),
            )
        )

    def run(inv: Any, **values: Any) -> None:
        from clc.cli.api_call import call_operation

        call_operation(op, inv, values)

    help_text = op.summary
    if op.description:
        help_text += "\n\n" + op.description
    help_text += f"\n\nAPI: {op.method} {op.path}"
    return click.Command(
        name=command_name(op.name),
        callback=with_invocation(run),
        params=[*params, *common_params()],
        help=help_text,
        short_help=op.summary,
    )


def _option(field: Field, taken: set[str], *, required: bool) -> click.Option:
    flag = f"--{command_name(field.python_name)}"
    if flag in taken:
        flag = f"--{field.location}-{command_name(field.python_name)}"
    taken.add(flag)
    defaulted = DEFAULTED.get(field.python_name) if field.location == "path" else None
    words = type_words(field)
    notes = [words]
    if field.location == "body":
        notes.append(f"body field {field.name}")
        if field.required:
            notes.append("required")
    elif defaulted:
        notes.append(f"default: {defaulted}")
    help_text = f"{field.description} [{'; '.join(notes)}]".strip()
    if base_type(field.type) == "bool" and field.location == "query":
        return click.Option(
            [f"{flag}/--no-{flag[2:]}", option_dest(field)],
            default=None,
            required=required,
            help=help_text,
        )
    return click.Option(
        [flag, option_dest(field)],
        type=click_type(field),
        required=required and not defaulted,
        multiple=False,
        help=help_text,
    )
