"""The quick start of the original clc-sdk README, as a script.

    python examples/quickstart.py

With ``CLC_V2_API_USERNAME`` and ``CLC_V2_API_PASSWD`` set (and optionally
``CLC_V2_API_URL``) it runs against that endpoint and builds a real server. With no
credentials it starts the embedded emulator (``pip install 'clc-v2-sdk[emulator]'``) on
loopback and runs against it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

import clc


@contextlib.contextmanager
def endpoint() -> Iterator[str]:
    """Where to run: the configured account, or an emulator started for this run."""
    if os.environ.get("CLC_V2_API_USERNAME") and os.environ.get("CLC_V2_API_PASSWD"):
        # The default session reads the credentials and CLC_V2_API_URL from the environment.
        yield os.environ.get("CLC_V2_API_URL", clc.defaults.ENDPOINT_URL_V2)
        return
    try:
        from clc.testing import Emulator  # only the example imports the emulator
    except ImportError:  # pragma: no cover - depends on the installed extras
        sys.exit("No credentials set and the emulator extra is not installed.")
    with Emulator(job_seconds=2.0) as emu:
        clc.defaults.ENDPOINT_URL_V2 = emu.url
        clc.v2.SetCredentials(emu.username, emu.password)
        yield f"{emu.url} (embedded emulator, no credentials configured)"


def progress(done: int, total: int) -> None:
    print(f"\r  waiting for the build: {done}/{total} requests finished", end="", flush=True)


def main() -> None:
    with endpoint() as where:
        print(f"CLC API v2 at {where}")

        # Get Account Detail
        account = clc.v2.Account()
        print(f"\nAccount {account.account_alias}:")
        print(
            f"  {account.business_name}\n  {account.address_line1}\n  {account.address_line2}\n"
            f"  {account.city}, {account.state_province} {account.postal_code}"
        )

        # Get detail on default datacenter
        datacenter = account.PrimaryDatacenter()
        print(f"\nData center {datacenter} ({datacenter.name})")

        # Get group by name
        default_group = datacenter.Groups().Get("Default Group")

        # Create new server and block until complete
        requests = clc.v2.Server.Create(
            name="api2",
            cpu=1,
            memory=1,
            group_id=default_group.id,
            template=datacenter.Templates().Search("centos-6-64")[0].id,
            network_id=datacenter.Networks().networks[0].id,
        )
        failed = requests.WaitUntilComplete(poll_freq=0.5, progress=progress)
        print()
        if failed:
            sys.exit(f"The build failed: {requests.failures()}")

        server = requests.success_requests[0].Server()
        ips = ", ".join(ip.get("internal", "") for ip in server.ip_addresses)
        print(f"\nServer {server.name} in group {default_group.name!r}:")
        print(f"  status {server.status}, power {server.power_state}")
        print(f"  {server.cpu} CPU, {server.memory} GB memory, {server.storage} GB storage")
        print(f"  OS {server.os_type}, IP {ips}")


if __name__ == "__main__":
    main()
