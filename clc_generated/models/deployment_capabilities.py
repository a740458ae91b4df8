# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="DeploymentCapabilities")


@_attrs_define
class DeploymentCapabilities:
    """What the account can deploy in a data center."""

    data_center_enabled: bool | Unset = UNSET
    import_vm_enabled: bool | Unset = UNSET
    supports_premium_storage: bool | Unset = UNSET
    supports_shared_load_balancer: bool | Unset = UNSET
    supports_bare_metal_servers: bool | Unset = UNSET
    deployable_networks: list[DeployableNetwork] | Unset = UNSET
    templates: list[Template] | Unset = UNSET
    importable_os_types: list[ImportableOsType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        data_center_enabled = self.data_center_enabled

        import_vm_enabled = self.import_vm_enabled

        supports_premium_storage = self.supports_premium_storage

        supports_shared_load_balancer = self.supports_shared_load_balancer

        supports_bare_metal_servers = self.supports_bare_metal_servers

        deployable_networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployable_networks, Unset):
            deployable_networks = []
            for deployable_networks_item_data in self.deployable_networks:
                deployable_networks_item = deployable_networks_item_data.to_dict()
                deployable_networks.append(deployable_networks_item)

        templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = []
            for templates_item_data in self.templates:
                templates_item = templates_item_data.to_dict()
                templates.append(templates_item)

        importable_os_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.importable_os_types, Unset):
            importable_os_types = []
            for importable_os_types_item_data in self.importable_os_types:
                importable_os_types_item = importable_os_types_item_data.to_dict()
                importable_os_types.append(importable_os_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_center_enabled is not UNSET:
            field_dict["dataCenterEnabled"] = data_center_enabled
        if import_vm_enabled is not UNSET:
            field_dict["importVMEnabled"] = import_vm_enabled
        if supports_premium_storage is not UNSET:
            field_dict["supportsPremiumStorage"] = supports_premium_storage
        if supports_shared_load_balancer is not UNSET:
            field_dict["supportsSharedLoadBalancer"] = supports_shared_load_balancer
        if supports_bare_metal_servers is not UNSET:
            field_dict["supportsBareMetalServers"] = supports_bare_metal_servers
        if deployable_networks is not UNSET:
            field_dict["deployableNetworks"] = deployable_networks
        if templates is not UNSET:
            field_dict["templates"] = templates
        if importable_os_types is not UNSET:
            field_dict["importableOSTypes"] = importable_os_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("DeploymentCapabilities", src_dict, (dict,))
        d = dict(src_dict)
        data_center_enabled = d.pop("dataCenterEnabled", UNSET)

        import_vm_enabled = d.pop("importVMEnabled", UNSET)

        supports_premium_storage = d.pop("supportsPremiumStorage", UNSET)

        supports_shared_load_balancer = d.pop("supportsSharedLoadBalancer", UNSET)

        supports_bare_metal_servers = d.pop("supportsBareMetalServers", UNSET)

        _deployable_networks = d.pop("deployableNetworks", UNSET)
        deployable_networks: list[DeployableNetwork] | Unset = UNSET
        if _deployable_networks is not UNSET:
            deployable_networks = []
            for deployable_networks_item_data in _deployable_networks:
                deployable_networks_item = DeployableNetwork.from_dict(
                    deployable_networks_item_data
                )

                deployable_networks.append(deployable_networks_item)

        _templates = d.pop("templates", UNSET)
        templates: list[Template] | Unset = UNSET
        if _templates is not UNSET:
            templates = []
            for templates_item_data in _templates:
                templates_item = Template.from_dict(templates_item_data)

                templates.append(templates_item)

        _importable_os_types = d.pop("importableOSTypes", UNSET)
        importable_os_types: list[ImportableOsType] | Unset = UNSET
        if _importable_os_types is not UNSET:
            importable_os_types = []
            for importable_os_types_item_data in _importable_os_types:
                importable_os_types_item = ImportableOsType.from_dict(importable_os_types_item_data)

                importable_os_types.append(importable_os_types_item)

        if not isinstance(data_center_enabled, (bool, Unset)):
            raise wrong_type("dataCenterEnabled", data_center_enabled, (bool,))
        if not isinstance(import_vm_enabled, (bool, Unset)):
            raise wrong_type("importVMEnabled", import_vm_enabled, (bool,))
        if not isinstance(supports_premium_storage, (bool, Unset)):
            raise wrong_type("supportsPremiumStorage", supports_premium_storage, (bool,))
        if not isinstance(supports_shared_load_balancer, (bool, Unset)):
            raise wrong_type("supportsSharedLoadBalancer", supports_shared_load_balancer, (bool,))
        if not isinstance(supports_bare_metal_servers, (bool, Unset)):
            raise wrong_type("supportsBareMetalServers", supports_bare_metal_servers, (bool,))
        deployment_capabilities = cls(
            data_center_enabled,
            import_vm_enabled,
            supports_premium_storage,
            supports_shared_load_balancer,
            supports_bare_metal_servers,
            deployable_networks,
            templates,
            importable_os_types,
        )

        deployment_capabilities.additional_properties = d if d else {}
        return deployment_capabilities

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.deployable_network import DeployableNetwork  # noqa: E402
from ..models.importable_os_type import ImportableOsType  # noqa: E402
from ..models.template import Template  # noqa: E402
