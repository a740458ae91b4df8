"""``Templates``/``Template``: the server templates deployable in a data center."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from clc.core import arguments as checks
from clc.v2 import default_session as _session
from clc.v2.resource import Resource, given, matches, model_of

if TYPE_CHECKING:
    from clc_generated.models import Template as TemplateModel


class Template(Resource["TemplateModel"]):
    """A template; ``id`` is its name (what ``Server.Create(template=...)`` takes)."""

    def __init__(self, id: str, template_obj: Any = None, session: Any = None) -> None:
        from clc_generated.models import Template as Model

        checks.check_id(id, argument="id")
        checks.check_model(template_obj, argument="template_obj")
        self.id: str = id
        self._adopt(model_of(Model, template_obj or {}))
        self.session: Any = None if session is None else _session.resolve(session)

    @property
    def name(self) -> str:
        """The template's name, which is also its id."""
        return given(self._model.name) or self.id

    @property
    def description(self) -> str:
        """The template's description, such as ``Ubuntu 14 | 64-bit``."""
        return given(self._model.description) or ""

    @property
    def os_type(self) -> str | None:
        """The operating system of the servers it builds."""
        return given(self._model.os_type) or None

    @property
    def storage_size_gb(self) -> int | None:
        """The size of the template's disks, in GB."""
        return given(self._model.storage_size_gb)

    def __str__(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return f"<clc.Template {self.id}>"


class Templates:
    """The templates of a data center: ``templates``, ``Get`` and ``Search``."""

    def __init__(self, templates_lst: Iterable[Any] | None = None, session: Any = None) -> None:
        from clc_generated.models import Template as Model

        items = checks.check_models(templates_lst, argument="templates_lst", what="templates")
        self.session: Any = None if session is None else _session.resolve(session)
        self.templates: list[Template] = []
        for obj in items:
            model = model_of(Model, obj)
            self.templates.append(Template(str(given(model.name)), model, self.session))

    @classmethod
    def _from_generated(cls, models: list[TemplateModel], session: Any) -> Templates:
        return cls(models, session)

    def Get(self, key: str) -> Template | None:
        """The template named ``key`` (case-insensitive), or ``None``."""
        checks.check_key(key)
        return next((t for t in self.templates if t.id.lower() == key.lower()), None)

    def Search(self, key: str) -> list[Template]:
        """Templates whose name or description contains ``key`` (case-insensitive)."""
        checks.check_key(key)
        return [t for t in self.templates if matches(key, (t.id, t.description), exact=False)]

    def __iter__(self) -> Iterator[Template]:
        return iter(self.templates)
