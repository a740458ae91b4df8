# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Data models of the API's inputs and outputs, imported on first use.

Importing one endpoint module must not import every model, so names resolve
lazily through ``__getattr__``; type checkers still see the real imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .add_secondary_network_request import AddSecondaryNetworkRequest
    from .additional_disk import AdditionalDisk
    from .alert_action import AlertAction
    from .alert_action_settings import AlertActionSettings
    from .alert_policy import AlertPolicy
    from .alert_policy_list import AlertPolicyList
    from .alert_policy_request import AlertPolicyRequest
    from .alert_trigger import AlertTrigger
    from .anti_affinity_policy import AntiAffinityPolicy
    from .anti_affinity_policy_list import AntiAffinityPolicyList
    from .autoscale_policy import AutoscalePolicy
    from .autoscale_range import AutoscaleRange
    from .autoscale_window import AutoscaleWindow
    from .bare_metal_capabilities import BareMetalCapabilities
    from .bare_metal_memory import BareMetalMemory
    from .bare_metal_operating_system import BareMetalOperatingSystem
    from .bare_metal_processor import BareMetalProcessor
    from .bare_metal_sku import BareMetalSku
    from .bare_metal_storage import BareMetalStorage
    from .change_info import ChangeInfo
    from .convert_to_template_request import ConvertToTemplateRequest
    from .create_anti_affinity_policy_request import CreateAntiAffinityPolicyRequest
    from .create_group_request import CreateGroupRequest
    from .create_server_request import CreateServerRequest
    from .create_snapshot_request import CreateSnapshotRequest
    from .cross_dc_firewall_policy import CrossDcFirewallPolicy
    from .cross_dc_firewall_policy_request import CrossDcFirewallPolicyRequest
    from .custom_field_definition import CustomFieldDefinition
    from .custom_field_input import CustomFieldInput
    from .custom_field_option import CustomFieldOption
    from .custom_field_value import CustomFieldValue
    from .datacenter import Datacenter
    from .deployable_network import DeployableNetwork
    from .deployment_capabilities import DeploymentCapabilities
    from .disk_usage import DiskUsage
    from .empty_body import EmptyBody
    from .empty_object import EmptyObject
    from .error_body import ErrorBody
    from .execute_package_request import ExecutePackageRequest
    from .experimental_operation_source import ExperimentalOperationSource
    from .experimental_operation_status import ExperimentalOperationStatus
    from .experimental_operation_summary import ExperimentalOperationSummary
    from .firewall_policy import FirewallPolicy
    from .firewall_policy_request import FirewallPolicyRequest
    from .group import Group
    from .group_billing import GroupBilling
    from .group_billing_entry import GroupBillingEntry
    from .group_billing_entry_servers import GroupBillingEntryServers
    from .group_billing_groups import GroupBillingGroups
    from .group_default_value import GroupDefaultValue
    from .group_defaults import GroupDefaults
    from .guest_disk_usage import GuestDiskUsage
    from .horizontal_autoscale_load_balancer import HorizontalAutoscaleLoadBalancer
    from .horizontal_autoscale_policy import HorizontalAutoscalePolicy
    from .horizontal_autoscale_policy_list import HorizontalAutoscalePolicyList
    from .horizontal_autoscale_policy_mapping import HorizontalAutoscalePolicyMapping
    from .horizontal_autoscale_policy_request import HorizontalAutoscalePolicyRequest
    from .horizontal_autoscale_pool_request import HorizontalAutoscalePoolRequest
    from .horizontal_autoscale_scale_rule import HorizontalAutoscaleScaleRule
    from .import_server_request import ImportServerRequest
    from .importable_os_type import ImportableOsType
    from .importable_vm import ImportableVm
    from .invoice import Invoice
    from .invoice_item_detail import InvoiceItemDetail
    from .invoice_line_item import InvoiceLineItem
    from .ip_address import IpAddress
    from .link import Link
    from .links_envelope import LinksEnvelope
    from .load_balancer import LoadBalancer
    from .load_balancer_node import LoadBalancerNode
    from .load_balancer_pool import LoadBalancerPool
    from .load_balancer_pool_request import LoadBalancerPoolRequest
    from .load_balancer_request import LoadBalancerRequest
    from .log_forwarding_address import LogForwardingAddress
    from .log_forwarding_update_result import LogForwardingUpdateResult
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .maintenance_mode_change import MaintenanceModeChange
    from .model_state import ModelState
    from .network import Network
    from .operation_reference import OperationReference
    from .package_request import PackageRequest
    from .package_request_parameters import PackageRequestParameters
    from .patch_operation import PatchOperation
    from .policy_mapping import PolicyMapping
    from .policy_reference import PolicyReference
    from .public_ip import PublicIp
    from .public_ip_port import PublicIpPort
    from .public_ip_request import PublicIpRequest
    from .queue_status import QueueStatus
    from .queued_operation import QueuedOperation
    from .queued_server_operation import QueuedServerOperation
    from .restore_request import RestoreRequest
    from .scheduled_activity import ScheduledActivity
    from .scheduled_activity_request import ScheduledActivityRequest
    from .server import Server
    from .server_alert_policy import ServerAlertPolicy
    from .server_anti_affinity_policy import ServerAntiAffinityPolicy
    from .server_billing_entry import ServerBillingEntry
    from .server_capabilities import ServerCapabilities
    from .server_credentials import ServerCredentials
    from .server_details import ServerDetails
    from .server_disk import ServerDisk
    from .server_ip_address import ServerIpAddress
    from .server_partition import ServerPartition
    from .server_pricing import ServerPricing
    from .server_snapshot import ServerSnapshot
    from .server_statistics import ServerStatistics
    from .set_group_defaults_request import SetGroupDefaultsRequest
    from .set_horizontal_autoscale_policy_request import (
        SetHorizontalAutoscalePolicyRequest,
    )
    from .set_maintenance_mode_request import SetMaintenanceModeRequest
    from .site_to_site_vpn import SiteToSiteVpn
    from .site_to_site_vpn_request import SiteToSiteVpnRequest
    from .source_restriction import SourceRestriction
    from .statistics_sample import StatisticsSample
    from .status_link import StatusLink
    from .template import Template
    from .update_anti_affinity_policy_request import UpdateAntiAffinityPolicyRequest
    from .update_network_request import UpdateNetworkRequest
    from .vpn_ike import VpnIke
    from .vpn_ipsec import VpnIpsec
    from .vpn_local import VpnLocal
    from .vpn_remote import VpnRemote
    from .webhook import Webhook
    from .webhook_configuration import WebhookConfiguration
    from .webhook_list import WebhookList
    from .webhook_target_uri import WebhookTargetUri

_MODULE_OF: dict[str, str] = {
    "Account": ".account",
    "AddSecondaryNetworkRequest": ".add_secondary_network_request",
    "AdditionalDisk": ".additional_disk",
    "AlertAction": ".alert_action",
    "AlertActionSettings": ".alert_action_settings",
    "AlertPolicy": ".alert_policy",
    "AlertPolicyList": ".alert_policy_list",
    "AlertPolicyRequest": ".alert_policy_request",
    "AlertTrigger": ".alert_trigger",
    "AntiAffinityPolicy": ".anti_affinity_policy",
    "AntiAffinityPolicyList": ".anti_affinity_policy_list",
    "AutoscalePolicy": ".autoscale_policy",
    "AutoscaleRange": ".autoscale_range",
    "AutoscaleWindow": ".autoscale_window",
    "BareMetalCapabilities": ".bare_metal_capabilities",
    "BareMetalMemory": ".bare_metal_memory",
    "BareMetalOperatingSystem": ".bare_metal_operating_system",
    "BareMetalProcessor": ".bare_metal_processor",
    "BareMetalSku": ".bare_metal_sku",
    "BareMetalStorage": ".bare_metal_storage",
    "ChangeInfo": ".change_info",
    "ConvertToTemplateRequest": ".convert_to_template_request",
    "CreateAntiAffinityPolicyRequest": ".create_anti_affinity_policy_request",
    "CreateGroupRequest": ".create_group_request",
    "CreateServerRequest": ".create_server_request",
    "CreateSnapshotRequest": ".create_snapshot_request",
    "CrossDcFirewallPolicy": ".cross_dc_firewall_policy",
    "CrossDcFirewallPolicyRequest": ".cross_dc_firewall_policy_request",
    "CustomFieldDefinition": ".custom_field_definition",
    "CustomFieldInput": ".custom_field_input",
    "CustomFieldOption": ".custom_field_option",
    "CustomFieldValue": ".custom_field_value",
    "Datacenter": ".datacenter",
    "DeployableNetwork": ".deployable_network",
    "DeploymentCapabilities": ".deployment_capabilities",
    "DiskUsage": ".disk_usage",
    "EmptyBody": ".empty_body",
    "EmptyObject": ".empty_object",
    "ErrorBody": ".error_body",
    "ExecutePackageRequest": ".execute_package_request",
    "ExperimentalOperationSource": ".experimental_operation_source",
    "ExperimentalOperationStatus": ".experimental_operation_status",
    "ExperimentalOperationSummary": ".experimental_operation_summary",
    "FirewallPolicy": ".firewall_policy",
    "FirewallPolicyRequest": ".firewall_policy_request",
    "Group": ".group",
    "GroupBilling": ".group_billing",
    "GroupBillingEntry": ".group_billing_entry",
    "GroupBillingEntryServers": ".group_billing_entry_servers",
    "GroupBillingGroups": ".group_billing_groups",
    "GroupDefaultValue": ".group_default_value",
    "GroupDefaults": ".group_defaults",
    "GuestDiskUsage": ".guest_disk_usage",
    "HorizontalAutoscaleLoadBalancer": ".horizontal_autoscale_load_balancer",
    "HorizontalAutoscalePolicy": ".horizontal_autoscale_policy",
    "HorizontalAutoscalePolicyList": ".horizontal_autoscale_policy_list",
    "HorizontalAutoscalePolicyMapping": ".horizontal_autoscale_policy_mapping",
    "HorizontalAutoscalePolicyRequest": ".horizontal_autoscale_policy_request",
    "HorizontalAutoscalePoolRequest": ".horizontal_autoscale_pool_request",
    "HorizontalAutoscaleScaleRule": ".horizontal_autoscale_scale_rule",
    "ImportServerRequest": ".import_server_request",
    "ImportableOsType": ".importable_os_type",
    "ImportableVm": ".importable_vm",
    "Invoice": ".invoice",
    "InvoiceItemDetail": ".invoice_item_detail",
    "InvoiceLineItem": ".invoice_line_item",
    "IpAddress": ".ip_address",
    "Link": ".link",
    "LinksEnvelope": ".links_envelope",
    "LoadBalancer": ".load_balancer",
    "LoadBalancerNode": ".load_balancer_node",
    "LoadBalancerPool": ".load_balancer_pool",
    "LoadBalancerPoolRequest": ".load_balancer_pool_request",
    "LoadBalancerRequest": ".load_balancer_request",
    "LogForwardingAddress": ".log_forwarding_address",
    "LogForwardingUpdateResult": ".log_forwarding_update_result",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "MaintenanceModeChange": ".maintenance_mode_change",
    "ModelState": ".model_state",
    "Network": ".network",
    "OperationReference": ".operation_reference",
    "PackageRequest": ".package_request",
    "PackageRequestParameters": ".package_request_parameters",
    "PatchOperation": ".patch_operation",
    "PolicyMapping": ".policy_mapping",
    "PolicyReference": ".policy_reference",
    "PublicIp": ".public_ip",
    "PublicIpPort": ".public_ip_port",
    "PublicIpRequest": ".public_ip_request",
    "QueueStatus": ".queue_status",
    "QueuedOperation": ".queued_operation",
    "QueuedServerOperation": ".queued_server_operation",
    "RestoreRequest": ".restore_request",
    "ScheduledActivity": ".scheduled_activity",
    "ScheduledActivityRequest": ".scheduled_activity_request",
    "Server": ".server",
    "ServerAlertPolicy": ".server_alert_policy",
    "ServerAntiAffinityPolicy": ".server_anti_affinity_policy",
    "ServerBillingEntry": ".server_billing_entry",
    "ServerCapabilities": ".server_capabilities",
    "ServerCredentials": ".server_credentials",
    "ServerDetails": ".server_details",
    "ServerDisk": ".server_disk",
    "ServerIpAddress": ".server_ip_address",
    "ServerPartition": ".server_partition",
    "ServerPricing": ".server_pricing",
    "ServerSnapshot": ".server_snapshot",
    "ServerStatistics": ".server_statistics",
    "SetGroupDefaultsRequest": ".set_group_defaults_request",
    "SetHorizontalAutoscalePolicyRequest": ".set_horizontal_autoscale_policy_request",
    "SetMaintenanceModeRequest": ".set_maintenance_mode_request",
    "SiteToSiteVpn": ".site_to_site_vpn",
    "SiteToSiteVpnRequest": ".site_to_site_vpn_request",
    "SourceRestriction": ".source_restriction",
    "StatisticsSample": ".statistics_sample",
    "StatusLink": ".status_link",
    "Template": ".template",
    "UpdateAntiAffinityPolicyRequest": ".update_anti_affinity_policy_request",
    "UpdateNetworkRequest": ".update_network_request",
    "VpnIke": ".vpn_ike",
    "VpnIpsec": ".vpn_ipsec",
    "VpnLocal": ".vpn_local",
    "VpnRemote": ".vpn_remote",
    "Webhook": ".webhook",
    "WebhookConfiguration": ".webhook_configuration",
    "WebhookList": ".webhook_list",
    "WebhookTargetUri": ".webhook_target_uri",
}

__all__ = (
    "Account",
    "AdditionalDisk",
    "AddSecondaryNetworkRequest",
    "AlertAction",
    "AlertActionSettings",
    "AlertPolicy",
    "AlertPolicyList",
    "AlertPolicyRequest",
    "AlertTrigger",
    "AntiAffinityPolicy",
    "AntiAffinityPolicyList",
    "AutoscalePolicy",
    "AutoscaleRange",
    "AutoscaleWindow",
    "BareMetalCapabilities",
    "BareMetalMemory",
    "BareMetalOperatingSystem",
    "BareMetalProcessor",
    "BareMetalSku",
    "BareMetalStorage",
    "ChangeInfo",
    "ConvertToTemplateRequest",
    "CreateAntiAffinityPolicyRequest",
    "CreateGroupRequest",
    "CreateServerRequest",
    "CreateSnapshotRequest",
    "CrossDcFirewallPolicy",
    "CrossDcFirewallPolicyRequest",
    "CustomFieldDefinition",
    "CustomFieldInput",
    "CustomFieldOption",
    "CustomFieldValue",
    "Datacenter",
    "DeployableNetwork",
    "DeploymentCapabilities",
    "DiskUsage",
    "EmptyBody",
    "EmptyObject",
    "ErrorBody",
    "ExecutePackageRequest",
    "ExperimentalOperationSource",
    "ExperimentalOperationStatus",
    "ExperimentalOperationSummary",
    "FirewallPolicy",
    "FirewallPolicyRequest",
    "Group",
    "GroupBilling",
    "GroupBillingEntry",
    "GroupBillingEntryServers",
    "GroupBillingGroups",
    "GroupDefaults",
    "GroupDefaultValue",
    "GuestDiskUsage",
    "HorizontalAutoscaleLoadBalancer",
    "HorizontalAutoscalePolicy",
    "HorizontalAutoscalePolicyList",
    "HorizontalAutoscalePolicyMapping",
    "HorizontalAutoscalePolicyRequest",
    "HorizontalAutoscalePoolRequest",
    "HorizontalAutoscaleScaleRule",
    "ImportableOsType",
    "ImportableVm",
    "ImportServerRequest",
    "Invoice",
    "InvoiceItemDetail",
    "InvoiceLineItem",
    "IpAddress",
    "Link",
    "LinksEnvelope",
    "LoadBalancer",
    "LoadBalancerNode",
    "LoadBalancerPool",
    "LoadBalancerPoolRequest",
    "LoadBalancerRequest",
    "LogForwardingAddress",
    "LogForwardingUpdateResult",
    "LoginRequest",
    "LoginResponse",
    "MaintenanceModeChange",
    "ModelState",
    "Network",
    "OperationReference",
    "PackageRequest",
    "PackageRequestParameters",
    "PatchOperation",
    "PolicyMapping",
    "PolicyReference",
    "PublicIp",
    "PublicIpPort",
    "PublicIpRequest",
    "QueuedOperation",
    "QueuedServerOperation",
    "QueueStatus",
    "RestoreRequest",
    "ScheduledActivity",
    "ScheduledActivityRequest",
    "Server",
    "ServerAlertPolicy",
    "ServerAntiAffinityPolicy",
    "ServerBillingEntry",
    "ServerCapabilities",
    "ServerCredentials",
    "ServerDetails",
    "ServerDisk",
    "ServerIpAddress",
    "ServerPartition",
    "ServerPricing",
    "ServerSnapshot",
    "ServerStatistics",
    "SetGroupDefaultsRequest",
    "SetHorizontalAutoscalePolicyRequest",
    "SetMaintenanceModeRequest",
    "SiteToSiteVpn",
    "SiteToSiteVpnRequest",
    "SourceRestriction",
    "StatisticsSample",
    "StatusLink",
    "Template",
    "UpdateAntiAffinityPolicyRequest",
    "UpdateNetworkRequest",
    "VpnIke",
    "VpnIpsec",
    "VpnLocal",
    "VpnRemote",
    "Webhook",
    "WebhookConfiguration",
    "WebhookList",
    "WebhookTargetUri",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
