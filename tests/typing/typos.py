"""Misspelt names a user may write: every line carrying the type-error marker comment must be
reported by mypy and by pyright (``tests/typing/test_user_script.py``). At run time these would fall
back to 2.51's lookups in ``data`` and fail there; type checkers report them first."""

from __future__ import annotations

import clc
from clc.v2 import Group, Server


def typos(server: Server, group: Group) -> None:
    _ = server.nmae  # type error
    server.PowerOf()  # type error
    _ = group.server_cnt  # type error
    _ = clc.Sesion  # type error
    for each in group.Servers():
        _ = each.powerstate  # type error
    for child in group.Subgroups():
        child.Refrsh()  # type error
    _ = server.power_state.upper()  # type error (None when the API left it out)
