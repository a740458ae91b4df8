"""The exported public surface against clc-sdk 2.51's (reference/clc-sdk-2.51.md, section 1).

Every documented name exists, and every documented callable accepts the documented
parameters in the documented order (extra parameters must be optional).
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import clc
import clc.v2

MODULE_NAMES = {
    clc: [
        "defaults", "v2", "_LOGIN_TOKEN_V2", "ALIAS", "LOCATION", "_SSL_VERIFY",
        "_REQUESTS_SESSION", "_V2_ENABLED", "_V1_ENABLED", "_LOGINS", "_BLUEPRINT_FTP_URL",
        "_GROUP_MAPPING", "_LOGIN_COOKIE_V1", "V1_API_KEY", "V1_API_PASSWD", "V2_API_USERNAME",
        "V2_API_PASSWD", "args", "LOCATIONS", "SetRequestsSession",
        "CLCException", "APIV1NotEnabled", "APIV2NotEnabled", "AccountDoesNotExistException",
        "AccountDeletedException", "ServerDeletedException", "AccountLoginException",
        "InvalidAPIResponseException", "APIFailedResponse", "RequestTimeoutException",
    ],
    clc.defaults: ["ENDPOINT_URL_V2", "ENDPOINT_URL_V1"],
    clc.v2: [
        "Account", "Group", "Servers", "Server", "PublicIPs", "PublicIP", "Disks", "Disk",
        "Networks", "Network", "Templates", "Template", "Alerts", "Alert", "Queue", "Request",
        "Requests", "AntiAffinity", "Datacenter", "HorizontalAutoscalePolicy", "API",
        "time_utils", "SetCredentials", "get_session", "V2_API_USERNAME", "V2_API_PASSWD",
        "_V2_ENABLED", "_LOGINS", "_BLUEPRINT_FTP_URL",
        # Documented in the README as clc.v2.X but not exported by 2.51: exported here.
        "Groups", "Port", "SourceRestriction",
    ],
}  # fmt: skip

POWER = ["Archive", "Pause", "ShutDown", "Reboot", "Reset", "PowerOn", "PowerOff",
         "StartMaintenance", "StopMaintenance"]  # fmt: skip

# Qualified name under clc.v2 -> documented parameters (None: only the count of required
# positional parameters is documented, e.g. ".SetCPU(v)").
SIGNATURES: dict[str, list[str] | int] = {
    "SetCredentials": ["api_username", "api_passwd"],
    "get_session": ["username", "password", "default_endpoints", "cert"],
    "API.Call": ["method", "url", "payload", "session", "debug"],
    "API.DisableSSLVerify": [],
    "time_utils.ZuluTSToSeconds": ["ts"],
    "time_utils.SecondsToZuluTS": ["secs"],
    "time_utils.TimeoutExpired": ["start_time", "timeout"],
    "Account": ["alias", "session"],
    "Account.GetAlias": ["session"],
    "Account.GetLocation": ["session"],
    "Account.ParentAccount": [],
    "Account.PrimaryDatacenter": [],
    "Datacenter": ["location", "name", "alias", "session"],
    "Datacenter.Datacenters": ["alias", "session"],
    "Datacenter.RootGroup": [],
    "Datacenter.Groups": [],
    "Datacenter._DeploymentCapabilities": ["cached"],
    "Datacenter.BareMetalCapabilities": ["cached"],
    "Datacenter.Networks": ["forced_load"],
    "Datacenter.Templates": [],
    "Groups": ["groups_lst", "alias", "session"],
    "Group.Groups": ["groups_lst", "alias", "session"],
    "Groups.Get": ["key"],
    "Groups.Search": ["key"],
    "Group": ["id", "alias", "group_obj", "session"],
    "Group.GetAll": ["root_group_id", "alias", "session"],
    "Group.Refresh": [],
    "Group.Defaults": ["key"],
    "Group.Subgroups": [],
    "Group.Servers": [],
    "Group.HorizontalAutoscale": [],
    "Group.ApplyHorizontalAutoscale": ["policy_id"],
    "Group.RemoveHorizontalAutoscale": [],
    "Group.Create": ["name", "description"],
    "Group.Update": [],
    "Group.Delete": [],
    "Group.Account": [],
    **{f"Group.{op}": [] for op in POWER},
    "Servers": ["servers_lst", "alias", "session"],
    "Servers.Servers": ["cached"],
    **{f"Servers.{op}": [] for op in POWER},
    "Server": ["id", "alias", "server_obj", "session"],
    "Server.Refresh": [],
    "Server._Capabilities": ["cached"],
    "Server.Account": [],
    "Server.Group": [],
    "Server.Disks": [],
    "Server.PublicIPs": [],
    "Server.Alerts": [],
    "Server.PriceUnits": [],
    "Server.PriceHourly": [],
    "Server.Credentials": [],
    **{f"Server.{op}": [] for op in POWER},
    "Server.Restore": [],
    "Server.ExecutePackage": ["package_id", "parameters"],
    "Server.AddNIC": ["network_id", "ip"],
    "Server.RemoveNIC": ["network_id"],
    "Server.GetSnapshots": [],
    "Server.CreateSnapshot": ["delete_existing", "expiration_days"],
    "Server.DeleteSnapshot": ["names"],
    "Server.RestoreSnapshot": ["name"],
    "Server.Create": [
        "name", "template", "group_id", "network_id", "cpu", "memory", "alias", "password",
        "ip_address", "storage_type", "type", "primary_dns", "secondary_dns",
        "additional_disks", "custom_fields", "ttl", "managed_os", "description",
        "source_server_password", "cpu_autoscale_policy_id", "anti_affinity_policy_id",
        "packages", "configuration_id", "session",
    ],
    "Server.Clone": [
        "network_id", "name", "cpu", "memory", "group_id", "alias", "password", "ip_address",
        "storage_type", "type", "primary_dns", "secondary_dns", "custom_fields", "ttl",
        "managed_os", "description", "source_server_password", "cpu_autoscale_policy_id",
        "anti_affinity_policy_id", "packages", "count",
    ],
    "Server.ConvertToTemplate": ["visibility", "description", "password"],
    "Server.Change": ["cpu", "memory", "description", "group_id"],
    "Server.SetCPU": 1,
    "Server.SetMemory": 1,
    "Server.SetDescription": 1,
    "Server.SetGroup": ["group_id"],
    "Server.SetPassword": ["password"],
    "Server.Delete": [],
    "Disks": ["server", "disks_lst", "session"],
    "Disks.Get": ["key"],
    "Disks.Search": ["key"],
    "Disks.Add": ["size", "path", "type"],
    "Disk": ["id", "parent", "disk_obj", "session"],
    "Disk.Grow": ["size"],
    "Disk.Delete": [],
    "PublicIPs": ["server", "public_ips_lst", "session"],
    "PublicIPs.Get": ["key"],
    "PublicIPs.Add": ["ports", "source_restrictions", "private_ip"],
    "PublicIP": ["id", "parent", "public_ip_obj", "session"],
    "PublicIP._Load": ["cached"],
    "PublicIP.Delete": [],
    "PublicIP.Update": [],
    "PublicIP.AddPort": ["protocol", "port", "port_to"],
    "PublicIP.AddPorts": ["ports"],
    "PublicIP.AddSourceRestriction": ["cidr"],
    "PublicIP.AddSourceRestrictions": ["cidrs"],
    "Port": ["public_ip", "protocol", "port", "port_to"],
    "Port.Delete": [],
    "Port.ToDict": [],
    "SourceRestriction": ["public_ip", "cidr"],
    "SourceRestriction.Delete": [],
    "SourceRestriction.ToDict": [],
    "Networks": ["alias", "location", "networks_lst", "session"],
    "Networks.Get": ["key"],
    "Network": ["id", "alias", "network_obj", "session"],
    "Network.Create": ["alias", "location", "session"],
    "Network.Delete": ["location"],
    "Network.Update": ["name", "description", "location"],
    "Network.Refresh": ["location"],
    "Templates": ["templates_lst"],
    "Templates.Get": ["key"],
    "Templates.Search": ["key"],
    "Template": ["id", "template_obj"],
    "Alerts": ["alerts_lst", "server"],
    "Alerts.Get": ["key"],
    "Alerts.Search": ["key"],
    "Alert": ["id", "alert_obj", "server"],
    "Alert.Unmap": ["servers"],
    "AntiAffinity": ["id", "alias", "name", "location", "servers", "session"],
    "AntiAffinity.GetAll": ["alias", "location", "session"],
    "AntiAffinity.GetLocation": ["location", "alias", "session"],
    "AntiAffinity.Create": ["name", "alias", "location", "session"],
    "AntiAffinity.Update": ["name"],
    "AntiAffinity.Delete": [],
    "HorizontalAutoscalePolicy": ["id_", "policy_obj", "alias", "session"],
    "HorizontalAutoscalePolicy.GetAll": ["alias", "session"],
    "HorizontalAutoscalePolicy.Create": ["policy_obj", "alias", "session"],
    "HorizontalAutoscalePolicy.Refresh": [],
    "HorizontalAutoscalePolicy.Update": ["policy_obj"],
    "HorizontalAutoscalePolicy.Delete": [],
    "HorizontalAutoscalePolicy.ApplyToGroup": ["group_id"],
    "HorizontalAutoscalePolicy.RemoveFromGroup": ["group_id", "alias", "session"],
    "Requests": ["requests_lst", "alias", "session"],
    "Requests.WaitUntilComplete": ["poll_freq", "timeout"],
    "Request": ["id", "alias", "request_obj", "session"],
    "Request.Status": ["cached"],
    "Request.WaitUntilComplete": ["poll_freq", "timeout"],
    "Request.Server": [],
}  # fmt: skip


@pytest.mark.parametrize(
    ("module", "name"), [(m, n) for m, names in MODULE_NAMES.items() for n in names]
)
def test_documented_name_exists(module: Any, name: str) -> None:
    assert hasattr(module, name), f"{module.__name__}.{name} is missing"


def _params(qualname: str) -> list[inspect.Parameter]:
    owner: Any = clc.v2
    parts = qualname.split(".")
    for part in parts[:-1]:
        owner = getattr(owner, part)
    target = getattr(owner, parts[-1])
    params = list(inspect.signature(target).parameters.values())
    if (
        inspect.isclass(owner)
        and not isinstance(inspect.getattr_static(owner, parts[-1]), (staticmethod, classmethod))
        and not inspect.isclass(target)
    ):
        params = params[1:]  # an instance method looked up on its class: drop self
    return params


@pytest.mark.parametrize("qualname", sorted(SIGNATURES))
def test_documented_signature_is_compatible(qualname: str) -> None:
    documented = SIGNATURES[qualname]
    params = _params(qualname)
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if isinstance(documented, int):
        required = [p for p in positional if p.default is p.empty]
        assert len(required) == documented, f"{qualname}: {params}"
        return
    assert [p.name for p in positional[: len(documented)]] == documented, f"{qualname}: {params}"
    for extra in params[len(documented) :]:
        assert extra.default is not extra.empty or extra.kind is extra.VAR_KEYWORD, (
            f"{qualname}: extra parameter {extra.name} must be optional"
        )


def test_exceptions_form_one_tree() -> None:
    import clc.errors

    for name in clc.errors.__all__:
        obj = getattr(clc.errors, name)
        if inspect.isclass(obj):
            assert issubclass(obj, clc.CLCException), name
            assert getattr(clc, name) is obj, f"clc.{name} is not exported"
    failed = clc.APIFailedResponse("x")
    assert (failed.response_status_code, failed.response_json, failed.response_text) == (
        None,
        {},
        None,
    )
    # Every CLCException has the response attributes (2.51 callers read them on any).
    assert clc.CLCException("x").response_text is None
