"""``clc login`` and ``clc logout``: a profile's token in the config file.

The password is used once, to log in, and never stored: the profile keeps the bearer
token and when it expires (the API's tokens can be reused for up to two weeks).
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta

import click

from clc.cli import profiles, render
from clc.cli.exit_codes import report
from clc.errors import InvalidArgumentException

TOKEN_LIFETIME = timedelta(days=14)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    env = os.environ.get("CLC_V2_API_PASSWD")
    if env:
        return env
    if not sys.stdin.isatty():
        raise InvalidArgumentException(
            "no password: use --password-stdin, CLC_V2_API_PASSWD or a terminal"
        )
    return str(click.prompt("Password", hide_input=True))


@click.command(name="login")
@click.option(
    "--profile",
    default=profiles.DEFAULT_PROFILE,
    show_default=True,
    envvar="CLC_PROFILE",
    help="Profile to write.",
)
@click.option(
    "--username",
    "-u",
    envvar="CLC_V2_API_USERNAME",
    help="API user (asked if not given; default CLC_V2_API_USERNAME).",
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from stdin's first "
    "line (default: CLC_V2_API_PASSWD, else asked on the terminal).",
)
@click.option(
    "--url",
    envvar="CLC_V2_API_URL",
    help="API endpoint (default CLC_V2_API_URL, else the public one).",
)
@click.option(
    "--output",
    "-o",
    type=click.Choice(render.FORMATS),
    envvar="CLC_OUTPUT",
    help="json, table or text.",
)
def login(
    profile: str,
    username: str | None,
    password_stdin: bool,
    url: str | None,
    output: render.Format | None,
) -> None:
    """Log in and save the token (not the password) as a profile, mode 0600."""
    import clc

    password = ""
    try:
        if not username:
            username = str(click.prompt("Username"))
        password = _password(password_stdin)
        with clc.Session(username, password, base_url=url or None, use_env=False) as session:
            session.login()
            saved = profiles.Profile(
                name=profile,
                url=session.base_url,
                username=username,
                alias=session.alias,
                location=session.location,
                token=session.token,
                expires=datetime.now(UTC).replace(microsecond=0) + TOKEN_LIFETIME,
            )
        path = profiles.save(saved)
    except (click.exceptions.Exit, click.UsageError, click.Abort):
        raise
    except BaseException as exc:
        raise click.exceptions.Exit(report(exc, [password])) from exc
    result = {
        "profile": saved.name,
        "url": saved.url,
        "username": saved.username,
        "alias": saved.alias,
        "location": saved.location,
        "expires": saved.expires.isoformat(),
        "config_file": str(path),
    }
    render.emit(result, output or render.default_format())


@click.command(name="logout")
@click.option(
    "--profile",
    default=profiles.DEFAULT_PROFILE,
    show_default=True,
    envvar="CLC_PROFILE",
    help="Profile to forget.",
)
def logout(profile: str) -> None:
    """Forget a profile's token."""
    if not profiles.remove(profile):
        raise click.exceptions.Exit(
            report(InvalidArgumentException(f"no profile {profile!r} to forget"))
        )
