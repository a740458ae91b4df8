"""``Templates``/``Template``: the server templates deployable in a data center."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from clc.v2.resource import Resource, matches, to_data


class Template(Resource):
    """A template; ``id`` is its name (what ``Server.Create(template=...)`` takes)."""

    def __init__(self, id: str, template_obj: Any = None, session: Any = None) -> None:
        self.id = id
        self.data = to_data(template_obj)
        self.session = session

    @property
    def name(self) -> str:
        return str(self.data.get("name") or self.id)

    @property
    def description(self) -> str:
        return str(self.data.get("description") or "")

    @property
    def os_type(self) -> str | None:
        value = self.data.get("osType")
        return str(value) if value else None

    @property
    def storage_size_gb(self) -> int | None:
        value = self.data.get("storageSizeGB")
        return int(value) if value is not None else None

    def __str__(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return f"<clc.Template {self.id}>"


class Templates:
    """The templates of a data center: ``templates``, ``Get`` and ``Search``."""

    def __init__(self, templates_lst: Iterable[Any] | None = None, session: Any = None) -> None:
        self.session = session
        self.templates: list[Template] = []
        for obj in templates_lst or []:
            data = to_data(obj)
            self.templates.append(Template(str(data.get("name")), data, session))

    @classmethod
    def _from_generated(cls, models: Any, session: Any) -> Templates:
        return cls(models if isinstance(models, list) else [], session)

    def Get(self, key: str) -> Template | None:
        """The template named ``key`` (case-insensitive), or ``None``."""
        return next((t for t in self.templates if t.id.lower() == key.lower()), None)

    def Search(self, key: str) -> list[Template]:
        """Templates whose name or description contains ``key`` (case-insensitive)."""
        return [t for t in self.templates if matches(key, (t.id, t.description), exact=False)]

    def __iter__(self) -> Any:
        return iter(self.templates)
