"""The checks of ``clc.Session``'s keyword arguments (the timeout and the base URL are
checked where they are turned into what httpx takes, in :mod:`clc.core.transport`)."""

from __future__ import annotations

import ssl
from typing import Final

import httpx

from clc.core import arguments as checks
from clc.core.retry import RetryPolicy
from clc.core.validation import check_password
from clc.errors import InvalidArgumentException

#: Requests one session may have in flight (threads of its pools); the default is 16.
MAX_CONCURRENCY_RANGE: Final = (1, 256)


def check_arguments(
    *,
    username: object,
    password: object,
    token: object,
    alias: object,
    location: object,
    base_url: object,
    verify: object,
    allow_insecure_http: object,
    max_concurrency: object,
    transport: object,
    use_env: object,
    retry: object,
    log_bodies: object,
    pipeline: object,
) -> int:
    """Refuse any argument of the wrong type or out of range; ``None`` means "not given"
    wherever the signature allows it. Returns ``max_concurrency`` as an int."""
    if username is not None:
        checks.check_text(username, argument="username")
    if password is not None:
        check_password(password)  # "" is refused: it would silently mean "no password"
    if token is not None:
        check_password(token, argument="token")
    checks.check_alias(alias)
    checks.check_location(location)
    if base_url is not None and not isinstance(base_url, str):
        raise InvalidArgumentException.refused(
            "base_url", checks.not_a("a string", base_url), "an http(s) URL"
        )
    if not isinstance(verify, bool | str | ssl.SSLContext) or verify == "":
        raise InvalidArgumentException.refused(
            "verify",
            checks.not_a("a bool, a path or an SSL context", verify),
            "True, False, the path of a CA bundle, or an ssl.SSLContext",
        )
    for name, flag in (
        ("allow_insecure_http", allow_insecure_http),
        ("use_env", use_env),
        ("log_bodies", log_bodies),
    ):
        checks.check_flag(flag, argument=name)
    if pipeline is not None:
        checks.check_flag(pipeline, argument="pipeline")
    if transport is not None:
        checks.check_instance(
            transport, httpx.BaseTransport, argument="transport", allowed="an httpx.BaseTransport"
        )
    if retry is not None:
        checks.check_instance(retry, RetryPolicy, argument="retry", allowed="a clc.RetryPolicy")
    low, high = MAX_CONCURRENCY_RANGE
    return checks.check_whole_number(
        max_concurrency, argument="max_concurrency", low=low, high=high
    )
