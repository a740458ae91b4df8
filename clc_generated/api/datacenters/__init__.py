# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions of the "datacenters" tag.

``OPERATIONS`` describes each endpoint module of this package (the spec's method,
path, summary, parameters and top-level body fields), readable without importing it.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "get_bare_metal_capabilities": {
        "method": "GET",
        "path": "/v2/datacenters/{account_alias}/{data_center}/bareMetalCapabilities",
        "summary": "List the bare metal configurations and operating systems of a data center",
        "description": "",
        "parameters": [
            {
                "name": "accountAlias",
                "python_name": "account_alias",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Short code of the account (for example ALIAS); matched case-insensitively.",
            },
            {
                "name": "dataCenter",
                "python_name": "data_center",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Data center short code (for example WA1); matched case-insensitively.",
            },
        ],
        "body": None,
    },
    "get_datacenter": {
        "method": "GET",
        "path": "/v2/datacenters/{account_alias}/{data_center}",
        "summary": "Get one data center",
        "description": "",
        "parameters": [
            {
                "name": "accountAlias",
                "python_name": "account_alias",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Short code of the account (for example ALIAS); matched case-insensitively.",
            },
            {
                "name": "dataCenter",
                "python_name": "data_center",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Data center short code (for example WA1); matched case-insensitively.",
            },
            {
                "name": "groupLinks",
                "python_name": "group_links",
                "in": "query",
                "required": False,
                "type": "bool",
                "choices": [],
                "description": "Include the link to the account's root group in this data center.",
            },
        ],
        "body": None,
    },
    "get_deployment_capabilities": {
        "method": "GET",
        "path": "/v2/datacenters/{account_alias}/{data_center}/deploymentCapabilities",
        "summary": "List the templates, networks and features available for deployment in a data center",
        "description": "",
        "parameters": [
            {
                "name": "accountAlias",
                "python_name": "account_alias",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Short code of the account (for example ALIAS); matched case-insensitively.",
            },
            {
                "name": "dataCenter",
                "python_name": "data_center",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Data center short code (for example WA1); matched case-insensitively.",
            },
        ],
        "body": None,
    },
    "list_datacenters": {
        "method": "GET",
        "path": "/v2/datacenters/{account_alias}",
        "summary": "List the data centers available to an account",
        "description": "groupLinks is documented only on get_datacenter, but the Node SDK sends it here too and the recorded response then carries the root group links of every data center.",
        "parameters": [
            {
                "name": "accountAlias",
                "python_name": "account_alias",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Short code of the account (for example ALIAS); matched case-insensitively.",
            },
            {
                "name": "groupLinks",
                "python_name": "group_links",
                "in": "query",
                "required": False,
                "type": "bool",
                "choices": [],
                "description": "Include links to the account's root group in each data center.",
            },
        ],
        "body": None,
    },
}
