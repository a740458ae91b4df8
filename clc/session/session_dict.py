"""``SessionDict``: the dict 2.51's ``clc.v2.get_session()`` returned, backed by a session."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clc.session.session import Session


class SessionDict(dict[str, Any]):
    """What ``clc.v2.get_session()`` returns: the 2.51 dict keys, backed by a :class:`Session`.

    ``username``, ``alias``, ``location``, ``http_session`` and (live) ``token`` and
    ``password`` read as in 2.51; ``repr()`` and ``str()`` hide the secrets.
    """

    _SECRET = ("password", "token")

    def __init__(self, session: Session, password: str | None) -> None:
        # The session hands over its password itself (Session.as_dict): 2.51's dict had it.
        super().__init__(
            username=session.username,
            password=password,
            http_session=session.http,
            token=None,
            alias=session._alias,
            location=session._location,
        )
        self.session = session

    def __getitem__(self, key: str) -> Any:
        if key == "token":
            return self.session.token
        if key in ("alias", "location"):
            return getattr(self.session, key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        if key not in self:
            return default
        return self[key]

    def __repr__(self) -> str:
        shown = {k: ("***" if k in self._SECRET else v) for k, v in super().items()}
        return f"SessionDict({shown!r})"

    __str__ = __repr__
