"""Which account a command talks to, in the order users of the Go CLI know.

1. ``--profile NAME`` (or ``CLC_PROFILE``): the token ``clc login`` saved for it;
2. the SDK's environment variables: ``CLC_V2_API_USERNAME``/``CLC_V2_API_PASSWD``, or
   ``CLC_V2_API_TOKEN`` with ``CLC_ACCT_ALIAS`` (``CLC_V2_API_URL`` for the endpoint);
3. the ``default`` profile, if ``clc login`` wrote one.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from clc.cli import profiles
from clc.errors import APIV2NotEnabled

if TYPE_CHECKING:
    from clc.session import Session

_ENV_CREDENTIALS = ("CLC_V2_API_USERNAME", "CLC_V2_API_TOKEN")


def open_session(profile_name: str | None) -> tuple[Session, list[str]]:
    """A session for the command, and the secrets error messages must never show."""
    import clc

    if profile_name is None and any(os.environ.get(name) for name in _ENV_CREDENTIALS):
        secrets = [os.environ.get("CLC_V2_API_PASSWD", ""), os.environ.get("CLC_V2_API_TOKEN", "")]
        return clc.Session(), [s for s in secrets if s]
    name = profile_name or profiles.DEFAULT_PROFILE
    profile = profiles.load(name)
    if profile is None:
        if profile_name is None:
            raise APIV2NotEnabled(
                "no credentials: set CLC_V2_API_USERNAME and CLC_V2_API_PASSWD (or "
                "CLC_V2_API_TOKEN and CLC_ACCT_ALIAS), or run 'clc login'"
            )
        raise APIV2NotEnabled(
            f"no profile {name!r} in {profiles.config_path()}: run 'clc login --profile {name}'"
        )
    if profile.expired():
        raise APIV2NotEnabled(
            f"the token of profile {name!r} expired at {profile.expires:%Y-%m-%d %H:%M} UTC: "
            f"run 'clc login --profile {name}'"
        )
    session = clc.Session(
        token=profile.token,
        alias=profile.alias or None,
        location=profile.location or None,
        base_url=profile.url or None,
        use_env=False,
    )
    return session, [profile.token]
