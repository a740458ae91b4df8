"""What every command shares: the output options, the profile, and one session.

:func:`command_options` adds ``--output``, ``--query``, ``--filter`` and ``--profile``
to a Click command and hands its callback an :class:`Invocation` as ``inv``; the
session is opened on first use and closed when the command ends.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from clc.cli import render
from clc.cli.exit_codes import report
from clc.cli.selection import Selection

if TYPE_CHECKING:
    from clc.session import Session

COMMON_OPTIONS = ("output", "query", "filter", "profile")


class Invocation:
    def __init__(
        self, output: render.Format | None, selection: Selection, profile: str | None
    ) -> None:
        self.output: render.Format = output or render.default_format()
        self.selection = selection
        self.profile = profile
        self.secrets: list[str] = []
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            from clc.cli.credentials import open_session

            self._session, secrets = open_session(self.profile)
            self.secrets.extend(secrets)
        return self._session

    def emit(
        self,
        data: Any,
        *,
        columns: Sequence[str] | None = None,
        human: render.Human | None = None,
    ) -> None:
        """Print ``data`` after ``--filter`` and ``--query``; a query's result has its own
        shape, so the command's columns and views no longer apply."""
        data = self.selection.apply(data)
        if self.selection.reshapes:
            columns, human = None, None
        render.emit(data, self.output, columns=columns, human=human)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()


# The shared options, as (declarations, attributes) for click.Option / click.option.
_COMMON: list[tuple[list[str], dict[str, Any]]] = [
    (
        ["--output", "-o"],
        {
            "type": click.Choice(render.FORMATS),
            "envvar": "CLC_OUTPUT",
            "help": "json (default when piped), table (default on a terminal) or text "
            "(tab-separated).",
        },
    ),
    (["--query"], {"metavar": "JMESPATH", "help": "Reshape the result with JMESPath."}),
    (
        ["--filter"],
        {
            "metavar": "FIELD=VALUE",
            "multiple": True,
            "help": "Keep the records whose FIELD equals VALUE (repeatable; all must match).",
        },
    ),
    (
        ["--profile"],
        {
            "envvar": "CLC_PROFILE",
            "help": "Use the token 'clc login --profile NAME' saved (default: the "
            "environment's credentials, then the 'default' profile).",
        },
    ),
]


def common_params() -> list[click.Parameter]:
    """``--output``, ``--query``, ``--filter`` and ``--profile``, new for each command."""
    return [click.Option(decls, **attrs) for decls, attrs in _COMMON]


def with_invocation(fn: Callable[..., None]) -> Callable[..., None]:
    """A callback taking the common options that calls ``fn(inv, **other_options)``,
    reports its failure (one line, secrets masked) and exits with its code."""

    @functools.wraps(fn)
    def run(**kwargs: Any) -> None:
        output, query = kwargs.pop("output"), kwargs.pop("query")
        filters, profile = kwargs.pop("filter"), kwargs.pop("profile")
        inv: Invocation | None = None
        try:
            inv = Invocation(output, Selection.parse(tuple(filters), query), profile)
            fn(inv, **kwargs)
        except (click.exceptions.Exit, click.UsageError):
            raise
        except BaseException as exc:  # reported here, where the secrets to mask are known
            raise click.exceptions.Exit(report(exc, inv.secrets if inv else ())) from exc
        finally:
            if inv is not None:
                inv.close()

    return run


def command_options(fn: Callable[..., None]) -> Callable[..., None]:
    """Decorator for a command whose callback takes ``inv`` first (under ``@command``)."""
    run = with_invocation(fn)
    for decls, attrs in reversed(_COMMON):
        run = click.option(*decls, **attrs)(run)
    return run
