"""The ``clc`` root command: hand-written commands first, then one group per API tag.

Nothing is imported before it is needed: the root lists the hand-written command
modules by name and the API groups from the generated client's tag list, so
``clc --help`` imports neither the object model nor the HTTP stack, and ``clc TAG
COMMAND --help`` reads only that tag's operation index.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import click

from clc.cli import operations
from clc.cli.api_commands import TagGroup, command_name
from clc.cli.exit_codes import ExitCode, report

# command -> (module under clc.cli.commands, attribute)
HAND_WRITTEN: dict[str, tuple[str, str]] = {
    "server": ("server", "server"),
    "group": ("group", "group"),
    "datacenter": ("datacenter", "datacenter"),
    "wait": ("wait", "wait"),
    "login": ("login", "login"),
    "logout": ("login", "logout"),
    "emulator": ("emulator", "emulator"),
}


class Root(click.Group):
    def _tags(self) -> dict[str, str]:
        return {command_name(tag): tag for tag in operations.tags()}

    def list_commands(self, ctx: click.Context) -> list[str]:
        api = sorted(name for name in self._tags() if name not in HAND_WRITTEN)
        return [*HAND_WRITTEN, *api]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in HAND_WRITTEN:
            module, attribute = HAND_WRITTEN[cmd_name]
            command = getattr(importlib.import_module(f"clc.cli.commands.{module}"), attribute)
            assert isinstance(command, click.Command)
            return command
        tag = self._tags().get(cmd_name)
        return TagGroup(tag) if tag else None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        sections = (
            ("Commands", names[: len(HAND_WRITTEN)]),
            ("API operations, one group per tag of the spec", names[len(HAND_WRITTEN) :]),
        )
        for title, names in sections:
            limit = formatter.width - 6 - max(len(name) for name in names)
            rows = []
            for name in names:
                command = self.get_command(ctx, name)
                if command is not None:
                    rows.append((name, command.get_short_help_str(limit)))
            with formatter.section(title):
                formatter.write_dl(rows)


EPILOG = """\b
Exit codes: 0 ok, 1 API error, 2 usage error, 3 not found, 4 authentication,
5 queued work failed, 6 timeout, 130 interrupted.
Credentials: --profile (see 'clc login'), else CLC_V2_API_USERNAME/CLC_V2_API_PASSWD
(or CLC_V2_API_TOKEN with CLC_ACCT_ALIAS), else the 'default' profile."""


@click.group(cls=Root, name="clc", epilog=EPILOG, context_settings={"max_content_width": 100})
@click.version_option(package_name="clc-v2-sdk", prog_name="clc")
def cli() -> None:
    """Command line for the CenturyLink Cloud API v2.

    Output is a table on a terminal and JSON when piped (--output json|table|text);
    --query (JMESPath) and --filter FIELD=VALUE select from it.
    """


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``clc`` console script; returns the exit code."""
    try:
        result = cli.main(
            args=list(argv) if argv is not None else None, prog_name="clc", standalone_mode=False
        )
    except click.UsageError as exc:
        where = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        print(f"clc: {exc.format_message()}{where}", file=sys.stderr)
        return ExitCode.USAGE
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        print(f"clc: {exc.format_message()}", file=sys.stderr)
        return ExitCode.USAGE
    except (click.Abort, KeyboardInterrupt):
        return report(KeyboardInterrupt())
    except Exception as exc:  # a failure outside a command (its own are reported there)
        return report(exc)
    return int(result) if isinstance(result, int) else ExitCode.OK


def run() -> None:
    """The ``clc`` console script: run the command line on ``sys.argv`` and exit with its code."""
    sys.exit(main())
