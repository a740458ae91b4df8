# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions of the "autoscale_policies" tag.

``OPERATIONS`` describes each endpoint module of this package (the spec's method,
path, summary, parameters and top-level body fields), readable without importing it.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "get_autoscale_policy": {
        "method": "GET",
        "path": "/v2/autoscalePolicies/{account_alias}/{policy_id}",
        "summary": "Get a vertical autoscale policy",
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
                "name": "policyId",
                "python_name": "policy_id",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Policy identifier.",
            },
        ],
        "body": None,
    },
    "get_server_autoscale_policy": {
        "method": "GET",
        "path": "/v2/servers/{account_alias}/{server_id}/cpuAutoscalePolicy",
        "summary": "Get the vertical autoscale policy applied to a server",
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
                "name": "serverId",
                "python_name": "server_id",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is given.",
            },
        ],
        "body": None,
    },
    "list_autoscale_policies": {
        "method": "GET",
        "path": "/v2/autoscalePolicies/{account_alias}",
        "summary": "List the vertical autoscale policies of an account",
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
        ],
        "body": None,
    },
    "remove_server_autoscale_policy": {
        "method": "DELETE",
        "path": "/v2/servers/{account_alias}/{server_id}/cpuAutoscalePolicy",
        "summary": "Remove the vertical autoscale policy from a server",
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
                "name": "serverId",
                "python_name": "server_id",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is given.",
            },
        ],
        "body": None,
    },
    "set_server_autoscale_policy": {
        "method": "PUT",
        "path": "/v2/servers/{account_alias}/{server_id}/cpuAutoscalePolicy",
        "summary": "Apply a vertical autoscale policy to a server",
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
                "name": "serverId",
                "python_name": "server_id",
                "in": "path",
                "required": True,
                "type": "str",
                "choices": [],
                "description": "Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is given.",
            },
        ],
        "body": {
            "content_type": "application/json",
            "type": "PolicyReference",
            "required": True,
            "fields": [
                {
                    "name": "id",
                    "python_name": "id",
                    "in": "body",
                    "required": True,
                    "type": "str",
                    "choices": [],
                    "description": "",
                },
            ],
        },
    },
}
