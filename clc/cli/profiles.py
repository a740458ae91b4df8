"""Named profiles: where ``clc login`` keeps a bearer token, never a password.

The file is INI (one section per profile) in the user's configuration directory
(``~/.config/clc/config.ini`` on Linux; ``CLC_CONFIG_FILE`` overrides the path). It is
written with mode 0600 in a 0700 folder, by replacing it whole, so a reader never sees
half a file and nobody else can read the token.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_PROFILE = "default"


@dataclass(frozen=True)
class Profile:
    """A login's result: where, who, and the token with its expiry (UTC)."""

    name: str
    url: str
    username: str
    alias: str
    location: str
    token: str = field(repr=False)
    expires: datetime

    def expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) >= self.expires


def config_path() -> Path:
    override = os.environ.get("CLC_CONFIG_FILE")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("clc", appauthor=False) / "config.ini"


def _read(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    if path.exists():
        parser.read(path, encoding="utf-8")
    return parser


def load(name: str) -> Profile | None:
    """The profile ``name``, or ``None`` when the file or the section does not exist."""
    parser = _read(config_path())
    if not parser.has_section(name):
        return None
    section = parser[name]
    expires = datetime.fromisoformat(section.get("expires", "1970-01-01T00:00:00+00:00"))
    return Profile(
        name=name,
        url=section.get("url", ""),
        username=section.get("username", ""),
        alias=section.get("alias", ""),
        location=section.get("location", ""),
        token=section.get("token", ""),
        expires=expires if expires.tzinfo else expires.replace(tzinfo=UTC),
    )


def save(profile: Profile) -> Path:
    """Add or replace ``profile`` in the file; returns the file's path."""
    path = config_path()
    parser = _read(path)
    parser[profile.name] = {
        "url": profile.url,
        "username": profile.username,
        "alias": profile.alias,
        "location": profile.location,
        "token": profile.token,
        "expires": profile.expires.astimezone(UTC).isoformat(timespec="seconds"),
    }
    _write(parser, path)
    return path


def remove(name: str) -> bool:
    """Drop profile ``name``; ``False`` if there was none."""
    path = config_path()
    parser = _read(path)
    if not parser.remove_section(name):
        return False
    _write(parser, path)
    return True


def _write(parser: configparser.ConfigParser, path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkstemp creates the file with mode 0600; os.replace swaps it in atomically.
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".ini", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            parser.write(out)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
