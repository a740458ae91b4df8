"""The original clc-sdk 2.51 quick start, run by its own interpreter against the emulator.

Usage: python clc_sdk_251_quickstart.py URL USERNAME PASSWORD
Prints one line per step; exits non-zero on any failure. Runs under the
throwaway virtual environment that has clc-sdk 2.51 installed (it imports as
``clc`` too, so it never runs inside the project's environment).
"""

import sys

import clc

url, username, password = sys.argv[1:4]
clc.defaults.ENDPOINT_URL_V2 = url

# The quick start, as the original README wrote it.
clc.v2.SetCredentials(username, password)
account = clc.v2.Account()
print("account", account.business_name, account.city, account.postal_code)
datacenter = account.PrimaryDatacenter()
print("datacenter", datacenter, datacenter.root_group_name)
default_group = datacenter.Groups().Get("Default Group")
print("group", default_group.id, default_group.name)
template = datacenter.Templates().Search("centos-6-64")[0].id
network = datacenter.Networks().networks[0].id
errors = clc.v2.Server.Create(
    name="api2",
    cpu=1,
    memory=1,
    group_id=default_group.id,
    template=template,
    network_id=network,
).WaitUntilComplete(poll_freq=0.2)
print("create errors", errors)
assert errors == 0

# A little further: read the new server, power it off, group create (form body), delete.
server = clc.v2.Group(default_group.id).Servers().Servers()[0]
print("server", server.id, server.name, server.status, server.power_state, server.memory)
assert server.status == "active" and server.power_state == "started"
assert server.PowerOff().WaitUntilComplete(poll_freq=0.2) == 0
server.Refresh()
assert server.power_state == "stopped"
print("power", server.power_state)
assert server.CreateSnapshot(expiration_days=3).WaitUntilComplete(poll_freq=0.2) == 0
server.Refresh()
print("snapshots", server.GetSnapshots())
assert len(server.GetSnapshots()) == 1
qa = datacenter.RootGroup().Create("QA-1234")
print("created group", qa.name)
assert qa.Delete().WaitUntilComplete(poll_freq=0.2) == 0
session = clc.v2.get_session(username, password)  # a form-encoded login
print("session alias", session["alias"])
assert server.Delete().WaitUntilComplete(poll_freq=0.2) == 0
print("quick start OK")
