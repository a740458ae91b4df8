"""Who created and last changed a resource, and when: ``data['changeInfo']``."""

from __future__ import annotations

from typing import Any

from clc.v2.resource import opt_str
from clc.v2.time_utils import ZuluTSToSeconds


def posix_seconds(value: Any) -> int | None:
    """POSIX seconds from an int, float or ISO/Zulu timestamp (2.51 mixed ints and strings)."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return int(value)
    from datetime import datetime

    try:
        return int(datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp())
    except ValueError:
        return ZuluTSToSeconds(str(value))


class ChangeInfo:
    """The documented ``change_info`` attributes of groups and servers."""

    data: dict[str, Any]

    @property
    def change_info(self) -> dict[str, Any]:
        return dict(self.data.get("changeInfo") or {})

    @property
    def created_by(self) -> str | None:
        return opt_str(self.change_info.get("createdBy"))

    @property
    def modified_by(self) -> str | None:
        return opt_str(self.change_info.get("modifiedBy"))

    @property
    def created_date(self) -> int | None:
        """POSIX seconds, however the resource was loaded (2.51 mixed ints and strings)."""
        return posix_seconds(self.change_info.get("createdDate"))

    @property
    def modified_date(self) -> int | None:
        return posix_seconds(self.change_info.get("modifiedDate"))
