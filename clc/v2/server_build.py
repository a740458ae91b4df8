"""Building servers: ``Server.Create``, ``Server.Clone`` and ``Server.ConvertToTemplate``.

Arguments are checked before any HTTP call (the errors name the argument and what is
allowed). ``Create``/``Clone`` POSTs are pipelined only on sessions that opted in
(:mod:`clc.session.pipeline`). A missing cpu or memory comes from the group's defaults
(2.51 never found the memory default: the API key is ``memoryGB``).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from clc.core import argument_lists, validation
from clc.core import arguments as checks
from clc.core.redaction import masked, secret
from clc.v2 import default_session as _session

if TYPE_CHECKING:
    from clc.v2.queue import Requests
    from clc.v2.server import Server

#: Copies one ``Clone`` makes at most: the API numbers servers of one name with two digits.
CLONE_COUNT_MAX = 99


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

    The arguments are checked (``InvalidArgumentException``) before any request, then the
    group's cpu/memory defaults are read if needed. The call returns once the API accepted
    the build and raises its error itself, as 2.51 did; on a session that opted in to
    pipelining (``clc.Session(pipeline=True)``) the POST is sent in the background and the
    ``Requests`` returned at once: its first use raises the POST's error, if any, and so
    does the session's next request until someone has seen it.

    ``ttl`` is in seconds from now (more than 3600). ``type``/``storage_type``: standard
    with standard or premium storage, hyperscale with hyperscale, or bareMetal (with
    ``configuration_id``, and the OS as ``template``).
    """
    # Masked from here on: traceback locals must not show them (they reach the wire as is).
    password, source_server_password = masked(password), masked(source_server_password)
    from clc.v2.queue import Requests
    from clc_generated.api.servers import create_server
    from clc_generated.models import (
        AdditionalDisk,
        CreateServerRequest,
        CustomFieldInput,
        PackageRequest,
    )
    from clc_generated.types import UNSET

    # Every argument is checked before any request, the login included (the rules live in
    # clc.core); only the name's length with the account alias waits for the alias.
    v = check_build_arguments(
        name=name,
        template=template,
        group_id=group_id,
        network_id=network_id,
        cpu=cpu,
        memory=memory,
        alias=alias,
        password=password,
        ip_address=ip_address,
        storage_type=storage_type,
        type=type,
        primary_dns=primary_dns,
        secondary_dns=secondary_dns,
        additional_disks=additional_disks,
        custom_fields=custom_fields,
        ttl=ttl,
        managed_os=managed_os,
        description=description,
        source_server_password=source_server_password,
        cpu_autoscale_policy_id=cpu_autoscale_policy_id,
        anti_affinity_policy_id=anti_affinity_policy_id,
        packages=packages,
        configuration_id=configuration_id,
    )
    sess = _session.resolve(session)
    alias = alias or sess.alias
    validation.check_server_name(name, alias)
    bare_metal = v["type"] == "bareMetal"
    cpu, memory = v["cpu"], v["memory"]
    if not bare_metal and (cpu is None or memory is None):
        # The group's defaults are the API's data: sent as they are (none: the API refuses).
        from clc.v2.group import Group

        group = Group(group_id, alias=alias, session=sess)
        cpu = group.Defaults("cpu") if cpu is None else cpu
        memory = group.Defaults("memory") if memory is None else memory

    def opt(value: Any) -> Any:
        return UNSET if value is None else value

    body = CreateServerRequest(
        name=name,
        group_id=group_id,
        description=opt(description),
        source_server_id=UNSET if bare_metal else template,
        is_managed_os=managed_os,
        primary_dns=opt(primary_dns),
        secondary_dns=opt(secondary_dns),
        network_id=opt(network_id),
        ip_address=opt(ip_address),
        password=opt(password),
        source_server_password=opt(source_server_password),
        cpu=opt(cpu),
        cpu_autoscale_policy_id=opt(cpu_autoscale_policy_id),
        memory_gb=opt(memory),
        type_=v["type"],
        storage_type=opt(v["storage_type"]),
        anti_affinity_policy_id=opt(anti_affinity_policy_id),
        custom_fields=[CustomFieldInput.from_dict(f) for f in v["custom_fields"]] or UNSET,
        additional_disks=[AdditionalDisk.from_dict(d) for d in v["additional_disks"]] or UNSET,
        ttl=v["ttl"],
        packages=[PackageRequest.from_dict(p) for p in v["packages"]] or UNSET,
        configuration_id=configuration_id if bare_metal else UNSET,
        os_type=template if bare_metal else UNSET,
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

    Unset values come from the source; every argument is checked for all copies before
    the first request, then each clone's POST is sent like :func:`create`'s. The
    source's administrator password is read only to authorise the clone (the API
    requires it); it is not reused as the new server's password (2.51 did) unless
    passed as ``password``.
    """
    from clc.v2.queue import Requests

    password, source_server_password = masked(password), masked(source_server_password)
    checks.check_whole_number(count, argument="count", low=0, high=CLONE_COUNT_MAX)
    checks.check_alias(alias)  # checked, then ignored as 2.51 did: clones stay in the account
    # What each copy is built with: the arguments, else the source's values (no request).
    build: dict[str, Any] = {
        "name": _base_name(server) if name is None else name,
        "template": server.id,
        "group_id": str(server.group_id) if group_id is None else group_id,
        "network_id": network_id,
        "cpu": server.cpu if cpu is None else cpu,
        "memory": (int(server.memory) or None) if memory is None else memory,
        "alias": server.alias,
        "password": password,
        "ip_address": ip_address,
        "storage_type": (server.storage_type or "standard")
        if storage_type is None
        else storage_type,
        "type": (server.type or "standard") if type is None else type,
        "primary_dns": primary_dns,
        "secondary_dns": secondary_dns,
        "additional_disks": None,
        "custom_fields": custom_fields,
        "ttl": ttl,
        "managed_os": managed_os,
        "description": (server.description or None) if description is None else description,
        "source_server_password": source_server_password,
        "cpu_autoscale_policy_id": cpu_autoscale_policy_id,
        "anti_affinity_policy_id": anti_affinity_policy_id,
        "packages": packages,
        "configuration_id": None,
    }
    check_build_arguments(**build)  # all copies refused before the first request
    if source_server_password is None:
        build["source_server_password"] = secret(server._admin_password())
    batch = Requests([], alias=server.alias, session=server.session)
    for _ in range(int(count)):
        batch = batch + create(**build, session=server.session)
    return batch


def convert_to_template(
    server: Server, visibility: str, description: str | None = None, password: str | None = None
) -> Requests:
    """Turn the server into a template (``visibility``: private or shared)."""
    from clc.v2.server_batch import server_requests
    from clc_generated.api.servers import convert_server_to_template as op
    from clc_generated.models import ConvertToTemplateRequest
    from clc_generated.types import UNSET

    password = masked(password)
    visibility = validation.check_template_visibility(visibility)
    checks.check_optional_text(description, argument="description")
    checks.check_optional_password(password)
    password = password or secret(server._admin_password()) or ""
    body = ConvertToTemplateRequest(
        visibility=visibility,
        description=description or server.description or UNSET,
        password=password or UNSET,
    )
    link = server.session.call(op.sync, account_alias=server.alias, server_id=server.id, body=body)
    return server_requests(link, server)


def check_build_arguments(
    *,
    name: object,
    template: object,
    group_id: object,
    network_id: object,
    cpu: object,
    memory: object,
    alias: object,
    password: object,
    ip_address: object,
    storage_type: object,
    type: object,
    primary_dns: object,
    secondary_dns: object,
    additional_disks: object,
    custom_fields: object,
    ttl: object,
    managed_os: object,
    description: object,
    source_server_password: object,
    cpu_autoscale_policy_id: object,
    anti_affinity_policy_id: object,
    packages: object,
    configuration_id: object,
) -> dict[str, Any]:
    """Check every argument of a build (``Create``, and ``Clone`` once for all its copies);
    the values to send where they differ from the arguments: ``type`` and ``storage_type``
    in the API's spelling, ``cpu``/``memory`` as ints or ``None``, ``ttl`` as a datetime
    (or ``UNSET``), and the three lists as the API's dicts."""
    from clc_generated.types import UNSET

    validation.check_server_name(name)
    checks.check_id(template, argument="template")
    checks.check_id(group_id, argument="group_id")
    checks.check_alias(alias)
    kind = validation.check_server_type(type)
    if kind == "bareMetal":
        checks.check_id(configuration_id, argument="configuration_id")
    for argument, some_id in (
        ("configuration_id", configuration_id),
        ("network_id", network_id),
        ("cpu_autoscale_policy_id", cpu_autoscale_policy_id),
        ("anti_affinity_policy_id", anti_affinity_policy_id),
    ):
        checks.check_optional_id(some_id, argument=argument)
    for argument, address in (
        ("ip_address", ip_address),
        ("primary_dns", primary_dns),
        ("secondary_dns", secondary_dns),
    ):
        if address is not None:
            validation.check_ip_address(address, argument=argument)
    checks.check_optional_password(password)
    checks.check_optional_password(source_server_password, argument="source_server_password")
    checks.check_flag(managed_os, argument="managed_os")
    checks.check_optional_text(description, argument="description")
    when: Any = UNSET
    if ttl is not None:
        stamp = validation.check_ttl(ttl)  # more than an hour ahead, as a Zulu timestamp
        when = _dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_dt.UTC)
    return {
        "type": kind,
        "storage_type": validation.check_storage_type(storage_type, kind),
        "cpu": None if cpu is None else validation.check_cpu(cpu),
        "memory": None if memory is None else validation.check_memory_gb(memory),
        "additional_disks": argument_lists.check_additional_disks(additional_disks),
        "custom_fields": argument_lists.check_custom_fields(custom_fields),
        "packages": argument_lists.check_packages(packages),
        "ttl": when,
    }


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
