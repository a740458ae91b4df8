"""``Account``: account details, the alias and default location of a session."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from clc.core import arguments as checks
from clc.v2 import default_session as _session
from clc.v2.resource import Resource, given

if TYPE_CHECKING:
    from clc.session import Session
    from clc.v2.datacenter import Datacenter
    from clc_generated.models import Account as AccountModel


class Account(Resource["AccountModel"]):
    """An account (default: the session's). ``data`` holds the API's camelCase keys."""

    _KEYS: ClassVar[dict[str, str]] = {"primary_datacenter": "primaryDataCenter"}

    def __init__(self, alias: str | None = None, session: Any = None) -> None:
        from clc_generated.api.accounts import get_account

        checks.check_alias(alias)
        self.session: Session = _session.resolve(session)
        self.alias: str = alias or self.session.alias
        self._adopt(self.session.call(get_account.sync, account_alias=self.alias))

    @classmethod
    def _from_generated(cls, model: AccountModel, session: Any) -> Account:
        self = cls.__new__(cls)
        self.session = _session.resolve(session)
        self._adopt(model)
        self.alias = given(model.account_alias) or self.session.alias
        return self

    @staticmethod
    def GetAlias(session: Any = None) -> str:
        """The session's account alias (logs in if needed)."""
        return _session.resolve(session).alias

    @staticmethod
    def GetLocation(session: Any = None) -> str:
        """The session's default data center; with a bare token, the account's primary one."""
        return _session.resolve(session).location

    def ParentAccount(self) -> Account | None:
        """The parent account, or ``None`` at the top of the hierarchy."""
        parent = given(self._model.parent_alias)
        return Account(parent, session=self.session) if parent else None

    def PrimaryDatacenter(self) -> Datacenter:
        """The account's primary data center, where servers go when no location is given."""
        from clc.v2.datacenter import Datacenter

        return Datacenter(self.primary_data_center, alias=self.alias, session=self.session)

    def __str__(self) -> str:
        return self.account_alias

    def __repr__(self) -> str:
        return f"<clc.Account {self}>"

    # -- documented attributes --------------------------------------------------------
    @property
    def account_alias(self) -> str:
        """The account's short code (such as ``ACME``), which every URL of the API names."""
        return given(self._model.account_alias) or self.alias

    @property
    def business_name(self) -> str | None:
        """The name of the company the account belongs to."""
        return given(self._model.business_name)

    @property
    def address_line1(self) -> str | None:
        """The first line of the account's postal address (``addressLine1``, or ``address1`` in
        older answers)."""
        return given(self._model.address_line_1) or given(self._model.address1)

    @property
    def address_line2(self) -> str | None:
        """The second line of the account's postal address (``addressLine2`` or ``address2``)."""
        return given(self._model.address_line_2) or given(self._model.address2)

    @property
    def city(self) -> str | None:
        """The city of the account's postal address."""
        return given(self._model.city)

    @property
    def state_province(self) -> str | None:
        """The state or province of the account's postal address."""
        return given(self._model.state_province)

    @property
    def postal_code(self) -> str | None:
        """The postal code of the account's postal address."""
        return given(self._model.postal_code)

    @property
    def telephone(self) -> str | None:
        """The account's telephone number."""
        return given(self._model.telephone)

    @property
    def country(self) -> str | None:
        """The country of the account's postal address."""
        return given(self._model.country)

    @property
    def status(self) -> str | None:
        """The account's status as the API reports it (``active`` for an account in use)."""
        return given(self._model.status)

    @property
    def primary_data_center(self) -> str:
        """The location code of the account's primary data center (the session's location when
        the API leaves it out)."""
        return given(self._model.primary_data_center) or self.session.location

    @property
    def is_managed(self) -> bool:
        """Whether the account is a managed-services account. ``isManaged`` is the same, by
        2.51's name."""
        return bool(given(self._model.is_managed))

    isManaged = is_managed
