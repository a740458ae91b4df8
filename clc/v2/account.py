"""``Account``: account details, the alias and default location of a session."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from clc.v2 import default_session as _session
from clc.v2.resource import Resource, opt_str, to_data

if TYPE_CHECKING:
    from clc.v2.datacenter import Datacenter


class Account(Resource):
    """An account (default: the session's). ``data`` holds the API's camelCase keys."""

    _KEYS: ClassVar[dict[str, str]] = {"primary_datacenter": "primaryDataCenter"}

    def __init__(self, alias: str | None = None, session: Any = None) -> None:
        from clc_generated.api.accounts import get_account

        self.session = _session.resolve(session)
        self.alias = alias or self.session.alias
        model = self.session.call(get_account.sync, account_alias=self.alias)
        self.data = to_data(model)

    @classmethod
    def _from_generated(cls, model: Any, session: Any) -> Account:
        self = cls.__new__(cls)
        self.session = _session.resolve(session)
        self.data = to_data(model)
        self.alias = str(self.data.get("accountAlias") or self.session.alias)
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
        parent = self.data.get("parentAlias")
        return Account(str(parent), session=self.session) if parent else None

    def PrimaryDatacenter(self) -> Datacenter:
        from clc.v2.datacenter import Datacenter

        return Datacenter(self.primary_data_center, alias=self.alias, session=self.session)

    def __str__(self) -> str:
        return str(self.data.get("accountAlias") or self.alias)

    def __repr__(self) -> str:
        return f"<clc.Account {self}>"

    # -- documented attributes --------------------------------------------------------
    @property
    def account_alias(self) -> str:
        return str(self.data.get("accountAlias") or self.alias)

    @property
    def business_name(self) -> str | None:
        return opt_str(self.data.get("businessName"))

    @property
    def address_line1(self) -> str | None:
        return opt_str(self.data.get("addressLine1") or self.data.get("address1"))

    @property
    def address_line2(self) -> str | None:
        return opt_str(self.data.get("addressLine2") or self.data.get("address2"))

    @property
    def city(self) -> str | None:
        return opt_str(self.data.get("city"))

    @property
    def state_province(self) -> str | None:
        return opt_str(self.data.get("stateProvince"))

    @property
    def postal_code(self) -> str | None:
        return opt_str(self.data.get("postalCode"))

    @property
    def telephone(self) -> str | None:
        return opt_str(self.data.get("telephone"))

    @property
    def country(self) -> str | None:
        return opt_str(self.data.get("country"))

    @property
    def status(self) -> str | None:
        return opt_str(self.data.get("status"))

    @property
    def primary_data_center(self) -> str:
        return str(self.data.get("primaryDataCenter") or self.session.location)

    @property
    def is_managed(self) -> bool:
        return bool(self.data.get("isManaged"))

    isManaged = is_managed
