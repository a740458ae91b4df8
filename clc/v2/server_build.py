"""Building servers: ``Server.Create``, ``Server.Clone`` and ``Server.ConvertToTemplate``.

Arguments are checked before any HTTP call (the errors name the argument and what is
allowed). ``Create``/``Clone`` POSTs are pipelined on sessions that allow it
(:mod:`clc.session.pipeline`). A missing cpu or memory comes from the group's defaults
(2.51 never found the memory default: the API key is ``memoryGB``).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from clc.core import validation
from clc.errors import InvalidArgumentException
from clc.v2 import default_session as _session

if TYPE_CHECKING:
    from clc.v2.queue import Requests
    from clc.v2.server import Server


def create(
    name: str,
    template: str | None,
    group_id: str,
    network_id: str | None,
    cpu: int | None = None,
    memory: int | None = None,
    alias: str | None = None,
    password: str | None = None,
    ip_address: str | None = None,
    storage_type: str = "standard",
    type: str = "standard",
    primary_dns: str | None = None,
    secondary_dns: str | None = None,
    additional_disks: Sequence[dict[str, Any]] | None = None,
    custom_fields: Sequence[dict[str, Any]] | None = None,
    ttl: int | None = None,
    managed_os: bool = False,
    description: str | None = None,
    source_server_password: str | None = None,
    cpu_autoscale_policy_id: str | None = None,
    anti_affinity_policy_id: str | None = None,
    packages: Sequence[dict[str, Any]] | None = None,
    configuration_id: str | None = None,
    session: Any = None,
) -> Requests:
    """Queue a server build (the signature of 2.51's ``Server.Create``); returns its request.

    The arguments are checked (``InvalidArgumentException``) and the group's cpu/memory
    defaults read at the call. On a pipelined session (the default, see
    :class:`clc.Session`) the POST is then sent in the background and the ``Requests``
    returned at once: its first use raises the POST's error, if any, and later reads
    of the session wait for the POST. With ``pipeline=False`` the call returns once the
    API accepted the build and raises its error itself, as 2.51 did.

    ``ttl`` is in seconds from now (more than 3600). ``type``/``storage_type``: standard
    with standard or premium storage, hyperscale with hyperscale, or bareMetal (with
    ``configuration_id``, and the OS as ``template``).
    """
    from clc.v2.queue import Requests
    from clc_generated.api.servers import create_server
    from clc_generated.models import (
        AdditionalDisk,
        CreateServerRequest,
        CustomFieldInput,
        PackageRequest,
    )
    from clc_generated.types import UNSET

    sess = _session.resolve(session)
    # Checked before any HTTP call (clc.core.validation holds the rules, shared with the tests).
    validation.check_server_name(name)
    type = validation.check_server_type(type)
    storage = validation.check_storage_type(storage_type, type)
    when = _ttl(ttl)
    alias = alias or sess.alias
    validation.check_server_name(name, alias)
    if type != "bareMetal" and (cpu is None or memory is None):
        from clc.v2.group import Group

        group = Group(group_id, alias=alias, session=sess)
        cpu = group.Defaults("cpu") if cpu is None else cpu
        memory = group.Defaults("memory") if memory is None else memory
    if type != "bareMetal":
        if cpu is None or memory is None:
            missing = "cpu" if cpu is None else "memory"
            raise InvalidArgumentException(f"{missing}: not given and the group has no default")
        cpu = validation.check_cpu(cpu)
        memory = validation.check_memory_gb(memory)

    def opt(value: Any) -> Any:
        return UNSET if value is None or value == "" else value

    body = CreateServerRequest(
        name=name,
        group_id=group_id,
        description=opt(description),
        source_server_id=opt(template) if type != "bareMetal" else UNSET,
        is_managed_os=bool(managed_os),
        primary_dns=opt(primary_dns),
        secondary_dns=opt(secondary_dns),
        network_id=opt(network_id),
        ip_address=opt(ip_address),
        password=opt(password),
        source_server_password=opt(source_server_password),
        cpu=UNSET if cpu is None else int(cpu),
        cpu_autoscale_policy_id=opt(cpu_autoscale_policy_id),
        memory_gb=UNSET if memory is None else int(memory),
        type_=type,
        storage_type=opt(storage),
        anti_affinity_policy_id=opt(anti_affinity_policy_id),
        custom_fields=[CustomFieldInput.from_dict(dict(f)) for f in custom_fields or []] or UNSET,
        additional_disks=[AdditionalDisk.from_dict(_disk(d)) for d in additional_disks or []]
        or UNSET,
        ttl=when,
        packages=[PackageRequest.from_dict(dict(p)) for p in packages or []] or UNSET,
        configuration_id=opt(configuration_id) if type == "bareMetal" else UNSET,
        os_type=opt(template) if type == "bareMetal" else UNSET,
    )

    def post() -> Requests:
        result = sess.call(create_server.sync, account_alias=alias, body=body)
        return Requests._from_generated(result, alias, sess)

    if not sess.pipeline:
        return post()
    label = f"Server.Create(name={name!r}, template={template!r}, group_id={group_id!r})"
    return Requests._submitted(sess.submit(post, label), alias, sess)


def clone(
    server: Server,
    network_id: str,
    name: str | None = None,
    cpu: int | None = None,
    memory: int | None = None,
    group_id: str | None = None,
    alias: str | None = None,
    password: str | None = None,
    ip_address: str | None = None,
    storage_type: str | None = None,
    type: str | None = None,
    primary_dns: str | None = None,
    secondary_dns: str | None = None,
    custom_fields: Sequence[dict[str, Any]] | None = None,
    ttl: int | None = None,
    managed_os: bool = False,
    description: str | None = None,
    source_server_password: str | None = None,
    cpu_autoscale_policy_id: str | None = None,
    anti_affinity_policy_id: str | None = None,
    packages: Sequence[dict[str, Any]] | None = None,
    count: int = 1,
) -> Requests:
    """Queue ``count`` clones of ``server`` (2.51's ``Server.Clone`` signature).

    Unset values come from the source, read at the call; each clone's POST is then
    submitted like :func:`create`'s (in the background on a pipelined session). The
    source's administrator password is read only to authorise the clone (the API
    requires it); it is not reused as the new server's password (2.51 did) unless
    passed as ``password``.
    """
    from clc.v2.queue import Requests

    if count < 0:
        raise InvalidArgumentException("count: must be >= 0")
    if not source_server_password:
        source_server_password = server._admin_password()
    batch = Requests([], alias=server.alias, session=server.session)
    for _ in range(count):
        batch = batch + create(
            name=name or _base_name(server),
            template=server.id,
            group_id=group_id or str(server.group_id),
            network_id=network_id,
            cpu=cpu or server.cpu,
            memory=memory or int(server.memory) or None,
            alias=server.alias,
            password=password,
            ip_address=ip_address,
            storage_type=storage_type or server.storage_type or "standard",
            type=type or server.type or "standard",
            primary_dns=primary_dns,
            secondary_dns=secondary_dns,
            custom_fields=custom_fields,
            ttl=ttl,
            managed_os=managed_os,
            description=description or server.description or None,
            source_server_password=source_server_password,
            cpu_autoscale_policy_id=cpu_autoscale_policy_id,
            anti_affinity_policy_id=anti_affinity_policy_id,
            packages=packages,
            session=server.session,
        )
    return batch


def convert_to_template(
    server: Server, visibility: str, description: str | None = None, password: str | None = None
) -> Requests:
    """Turn the server into a template (``visibility``: private or shared)."""
    from clc.v2.server_batch import server_requests
    from clc_generated.api.servers import convert_server_to_template as op
    from clc_generated.models import ConvertToTemplateRequest
    from clc_generated.types import UNSET

    visibility = validation.check_template_visibility(visibility)
    password = password or server._admin_password() or ""
    body = ConvertToTemplateRequest(
        visibility=visibility,
        description=description or server.description or UNSET,
        password=password or UNSET,
    )
    link = server.session.call(op.sync, account_alias=server.alias, server_id=server.id, body=body)
    return server_requests(link, server)


def _ttl(ttl: int | None) -> Any:
    from clc_generated.types import UNSET

    if ttl is None:
        return UNSET
    stamp = validation.check_ttl(ttl)  # more than an hour ahead, as a Zulu timestamp
    return _dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_dt.UTC)


def _disk(d: dict[str, Any]) -> dict[str, Any]:
    out = dict(d)
    if "size" in out and "sizeGB" not in out:
        out["sizeGB"] = out.pop("size")
    return out


def _base_name(server: Server) -> str:
    """2.51 named clones after the source: ``VA1ALIASWEB01`` -> ``WEB``."""
    name = server.name
    location = (server.location_id or "").upper()
    upper = name.upper()
    if location and upper.startswith(location):
        name, upper = name[len(location) :], upper[len(location) :]
    alias = server.alias.upper()
    if alias and upper.startswith(alias):
        name = name[len(alias) :]
    name = re.sub(r"\d+$", "", name) or name
    return name[:6] or "clone"
