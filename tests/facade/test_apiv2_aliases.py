"""2.51 code that imports through ``clc.APIv2`` reaches the facade's classes."""

from __future__ import annotations

import importlib

import clc


def test_apiv2_submodules_are_the_facade_modules() -> None:
    import clc.APIv2.group
    import clc.APIv2.public_ip

    assert clc.APIv2.group.Groups is clc.v2.Groups
    assert clc.APIv2.public_ip.Port is clc.v2.Port
    assert importlib.import_module("clc.APIv2.server").Server is clc.v2.Server


def test_apiv2_is_an_attribute_of_clc_and_keeps_the_experimental_request_name() -> None:
    assert clc.APIv2.queue.Requestv2Experimental is clc.v2.Request
    assert clc.APIv2.time_utils.ZuluTSToSeconds("1970-01-01T00:00:10Z") == 10
