"""What the objects of one data center share: the session, the account alias and the
location they are addressed by, and loading from a model given or read afresh."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clc.core import arguments
from clc.v2 import default_session as _session
from clc.v2.resource import M, ModelClass, Resource, model_of

if TYPE_CHECKING:
    from clc.session import Session


class Located:
    """An object addressed by account alias and data center."""

    session: Session
    alias: str
    """The account alias (default: the session's)."""
    location: str
    """The data center (default: the session's)."""

    def _locate(self, alias: str | None, location: str | None, session: Any) -> None:
        """Checks ``alias`` and ``location`` first: finding the defaults may log in."""
        arguments.check_alias(alias)
        arguments.check_location(location)
        self.session = _session.resolve(session)
        self.alias = alias or self.session.alias
        self.location = location or self.session.location


class LocatedResource(Located, Resource[M]):
    """A resource of one data center, with an ``id``, that ``Refresh()`` reads."""

    id: str

    def _open(
        self,
        id: str,
        model_class: ModelClass[M],
        obj: object,
        obj_argument: str,
        where: tuple[str | None, str | None, Any],
    ) -> None:
        """Check ``id`` and ``obj`` (named ``obj_argument``), locate the resource at ``where``
        (alias, location, session), then take ``obj`` (a model or its JSON), or read the
        resource when it is ``None``. Every check comes before anything that may log in."""
        arguments.check_id(id, argument="id")
        arguments.check_model(obj, argument=obj_argument)
        self._locate(*where)
        self.id = id
        if obj is None:
            self.Refresh()
        else:
            self._adopt(model_of(model_class, obj))

    def Refresh(self) -> None:
        raise NotImplementedError
