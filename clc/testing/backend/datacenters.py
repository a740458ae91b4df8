"""Data centers, what they can deploy, and the OVF images an account uploaded to them."""

from __future__ import annotations

from ..errors import ApiError
from .part import Part, Rec

# (suffix of the id and name, storage GB, CPUs, memory MB)
_IMAGES = (("RHEL-6-64", 16, 1, 1024), ("WIN2012R2DTC-64", 60, 2, 4096))


class Datacenters(Part):
    def all(self) -> list[Rec]:
        return list(self.state.data["datacenters"].values())

    def get(self, dc: str) -> Rec:
        return self.state.datacenter(dc)

    def deployable_networks(self, dc: str) -> list[Rec]:
        return [
            n
            for n in self.state.data["networks"].values()
            if n["locationId"] == dc and n["claimed"]
        ]

    def bare_metal(self, dc: str) -> Rec:
        # No seeded data center offers bare metal, as most real ones did not.
        raise ApiError(400, f"Bare metal servers are not supported in {self.get(dc)['id']}.")

    def importable_images(self, dc: str) -> list[Rec]:
        """The OVF images uploaded for the account (the same in every data center)."""
        self.get(dc)
        alias = self.state.alias
        return [
            {
                "id": f"{alias}/CUSTOM-OVF-IMPORT-{suffix}",
                "name": f"CUSTOM-OVF-IMPORT-{suffix}",
                "storageSizeGB": storage,
                "cpuCount": cpus,
                "memorySizeMB": memory,
            }
            for suffix, storage, cpus, memory in _IMAGES
        ]
