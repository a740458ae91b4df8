"""Who created and last changed a resource, and when: ``data['changeInfo']``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from clc.v2.resource import given
from clc.v2.time_utils import ZuluTSToSeconds

if TYPE_CHECKING:
    from clc_generated.models import ChangeInfo as ChangeInfoModel
    from clc_generated.types import Unset


def posix_seconds(value: Any) -> int | None:
    """POSIX seconds from an int, float or ISO/Zulu timestamp (2.51 mixed ints and strings)."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return int(value)
    if hasattr(value, "timestamp"):  # a datetime, as the generated models parse dates
        return int(value.timestamp())
    from datetime import datetime

    try:
        return int(datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp())
    except ValueError:
        return ZuluTSToSeconds(str(value))


class _Changed(Protocol):
    @property
    def change_info(self) -> ChangeInfoModel | Unset: ...


class ChangeInfo:
    """The documented ``change_info`` attributes of groups and servers."""

    @property
    def _changed(self) -> _Changed:
        raise NotImplementedError

    def _change(self) -> ChangeInfoModel:
        from clc_generated.models import ChangeInfo as Model

        return given(self._changed.change_info) or Model()

    @property
    def change_info(self) -> dict[str, Any]:
        """The API's ``changeInfo`` as a dict: who created and last changed the resource, and
        when."""
        return self._change().to_dict()

    @property
    def created_by(self) -> str | None:
        """The user who created the resource."""
        return given(self._change().created_by)

    @property
    def modified_by(self) -> str | None:
        """The user who last changed the resource."""
        return given(self._change().modified_by)

    @property
    def created_date(self) -> int | None:
        """POSIX seconds (2.51 mixed ints and strings)."""
        return posix_seconds(given(self._change().created_date))

    @property
    def modified_date(self) -> int | None:
        """When the resource was last changed, in POSIX seconds."""
        return posix_seconds(given(self._change().modified_date))
