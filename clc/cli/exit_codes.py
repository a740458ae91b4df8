"""The exit codes of ``clc`` and the one line it prints on stderr when a command fails.

Failures are the SDK's errors (:mod:`clc.errors`), whether the API or the command line
found them: a bad value is ``InvalidArgumentException``, a name that matches nothing
``NotFoundException``, missing or expired credentials ``APIV2NotEnabled``.

The codes are part of the command line's interface: scripts branch on them, so a code
never changes meaning.

====  ================================================================================
code  meaning
====  ================================================================================
0     success
1     API error: the API refused the request (4xx/5xx other than below), answered
      something unreadable, or could not be reached
2     usage error: unknown command or option, a bad value, a missing argument
3     not found: no such server, group, data center, template or network
      (404, or a name that matches nothing)
4     authentication: no credentials, login refused, token expired or rejected (401,
      403)
5     queued work failed (``--wait``, ``clc wait``): at least one job ended failed
6     timeout: a wait passed ``--timeout`` with jobs still pending
130   interrupted (Ctrl-C)
====  ================================================================================
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from enum import IntEnum

from clc import errors


class ExitCode(IntEnum):
    OK = 0
    API_ERROR = 1
    USAGE = 2
    NOT_FOUND = 3
    AUTH = 4
    JOB_FAILED = 5
    TIMEOUT = 6
    INTERRUPTED = 130


# Most specific first: the first class an exception is an instance of decides its code.
_SDK_CODES: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (errors.NotFoundException, ExitCode.NOT_FOUND),
    (errors.UnauthorizedException, ExitCode.AUTH),
    (errors.ForbiddenException, ExitCode.AUTH),
    (errors.AccountLoginException, ExitCode.AUTH),
    (errors.APIV2NotEnabled, ExitCode.AUTH),
    (errors.RequestFailedException, ExitCode.JOB_FAILED),
    (errors.RequestTimeoutException, ExitCode.TIMEOUT),
    (errors.InvalidArgumentException, ExitCode.USAGE),
    (errors.CLCException, ExitCode.API_ERROR),
    (KeyboardInterrupt, ExitCode.INTERRUPTED),
)


def exit_code_for(exc: BaseException) -> ExitCode:
    """The exit code of an exception a command raised (``API_ERROR`` when unknown)."""
    for cls, code in _SDK_CODES:
        if isinstance(exc, cls):
            return code
    return ExitCode.API_ERROR


def error_line(exc: BaseException, secrets: Iterable[str | None] = ()) -> str:
    """One line for stderr: ``clc: <message>``, whitespace collapsed, secrets masked.

    The SDK's messages already carry the status, method, URL and the API's message and
    never a secret; masking the secrets the command line itself handled is a second
    guard, for messages of other origins (an httpx error, a server's free text)."""
    if isinstance(exc, KeyboardInterrupt):
        message = "interrupted"
    else:
        message = str(exc) or type(exc).__name__
        if not isinstance(exc, errors.CLCException):
            message = f"{type(exc).__name__}: {message}"
    for secret in secrets:
        if secret and len(secret) >= 4:
            message = message.replace(secret, "***")
    return "clc: " + re.sub(r"\s+", " ", message).strip()


def report(exc: BaseException, secrets: Iterable[str | None] = ()) -> ExitCode:
    """Print ``exc``'s one line on stderr and return its exit code."""
    print(error_line(exc, secrets), file=sys.stderr, flush=True)
    return exit_code_for(exc)
