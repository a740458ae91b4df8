"""``clc login`` keeps a token with its expiry in a 0600 file, never the password."""

from __future__ import annotations

import configparser
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from clc.testing import Emulator

from .conftest import Clc


def test_login_then_use_and_forget_the_profile(
    offline_clc: Clc, clc_emulator: Emulator, tmp_path: Path
) -> None:
    emu = clc_emulator
    login = offline_clc(
        "login", "--profile", "emu", "--username", emu.username, "--url", emu.url,
        "--password-stdin", stdin=emu.password + "\n",
    )  # fmt: skip
    assert login.code == 0, login.stderr
    shown = login.json()
    assert (shown["profile"], shown["alias"], shown["url"]) == ("emu", emu.alias, emu.url)
    path = Path(shown["config_file"])
    assert path == tmp_path / "config" / "clc" / "config.ini"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text()
    assert emu.password not in text and emu.password not in login.stdout + login.stderr
    saved = configparser.ConfigParser(interpolation=None)
    saved.read(path)
    token = saved["emu"]["token"]
    assert len(token) > 20 and token not in login.stdout
    expires = datetime.fromisoformat(saved["emu"]["expires"])
    assert timedelta(days=13) < expires - datetime.now(UTC) <= timedelta(days=14)

    # No credentials in the environment: the profile's token is used.
    listed = offline_clc("datacenter", "list", "--profile", "emu", "--query", "[0].id")
    assert listed.code == 0, listed.stderr
    assert listed.json() == "VA1"
    assert offline_clc("datacenter", "list", CLC_PROFILE="emu").code == 0
    # The emulator saw the token: revoking it makes the profile fail as authentication.
    emu.expire_tokens()
    refused = offline_clc("datacenter", "list", "--profile", "emu")
    assert refused.code == 4, refused.stderr
    assert token not in refused.stderr

    assert offline_clc("logout", "--profile", "emu").code == 0
    after = configparser.ConfigParser(interpolation=None)
    after.read(path)
    assert not after.has_section("emu")
    gone = offline_clc("datacenter", "list", "--profile", "emu")
    assert gone.code == 4
    assert "no profile 'emu'" in gone.stderr


def test_an_expired_profile_asks_for_a_new_login(
    offline_clc: Clc, clc_emulator: Emulator, tmp_path: Path
) -> None:
    login = offline_clc(
        "login", "--username", clc_emulator.username, "--url", clc_emulator.url,
        "--password-stdin", stdin=clc_emulator.password,
    )  # fmt: skip
    assert login.code == 0, login.stderr
    assert offline_clc("datacenter", "list").code == 0  # the default profile
    path = Path(login.json()["config_file"])
    saved = configparser.ConfigParser(interpolation=None)
    saved.read(path)
    saved["default"]["expires"] = "2020-01-01T00:00:00+00:00"
    with path.open("w") as out:
        saved.write(out)
    run = offline_clc("datacenter", "list")
    assert run.code == 4
    assert "expired at 2020-01-01 00:00 UTC: run 'clc login --profile default'" in run.stderr
