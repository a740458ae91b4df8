# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions of the "power_operations" tag.

``OPERATIONS`` describes each endpoint module of this package (the spec's method,
path, summary, parameters and top-level body fields), readable without importing it.
"""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "pause_servers": {
        "method": "POST",
        "path": "/v2/operations/{account_alias}/servers/pause",
        "summary": "Pause servers",
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
        "body": {
            "content_type": "application/json",
            "type": "list[str]",
            "required": True,
            "fields": [],
        },
    },
    "power_off_servers": {
        "method": "POST",
        "path": "/v2/operations/{account_alias}/servers/powerOff",
        "summary": "Power off servers (hard stop)",
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
        "body": {
            "content_type": "application/json",
            "type": "list[str]",
            "required": True,
            "fields": [],
        },
    },
    "power_on_servers": {
        "method": "POST",
        "path": "/v2/operations/{account_alias}/servers/powerOn",
        "summary": "Power on servers",
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
        "body": {
            "content_type": "application/json",
            "type": "list[str]",
            "required": True,
            "fields": [],
        },
    },
    "reboot_servers": {
        "method": "POST",
        "path": "/v2/operations/{account_alias}/servers/reboot",
        "summary": "Reboot servers through the guest operating system",
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
        "body": {
            "content_type": "application/json",
            "type": "list[str]",
            "required": True,
            "fields": [],
        },
    },
    "reset_servers": {
        "method": "POST",
        "path": "/v2/operations/{account_alias}/servers/reset",
        "summary": "Reset servers (hard restart)",
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
        "body": {
            "content_type": "application/json",
            "type": "list[str]",
            "required": True,
            "fields": [],
        },
    },
    "set_maintenance_mode": {
        "method": "POST",
        "path": "/v2/operations/{account_alias}/servers/setMaintenance",
        "summary": "Turn maintenance mode on or off per server",
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
        "body": {
            "content_type": "application/json",
            "type": "SetMaintenanceModeRequest",
            "required": True,
            "fields": [
                {
                    "name": "servers",
                    "python_name": "servers",
                    "in": "body",
                    "required": True,
                    "type": "list[dict[str, Any]]",
                    "choices": [],
                    "description": "",
                },
            ],
        },
    },
    "shut_down_servers": {
        "method": "POST",
        "path": "/v2/operations/{account_alias}/servers/shutDown",
        "summary": "Shut servers down through the guest operating system",
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
        "body": {
            "content_type": "application/json",
            "type": "list[str]",
            "required": True,
            "fields": [],
        },
    },
    "start_maintenance_mode": {
        "method": "POST",
        "path": "/v2/operations/{account_alias}/servers/startMaintenance",
        "summary": "Put servers into maintenance mode",
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
        "body": {
            "content_type": "application/json",
            "type": "list[str]",
            "required": True,
            "fields": [],
        },
    },
    "stop_maintenance_mode": {
        "method": "POST",
        "path": "/v2/operations/{account_alias}/servers/stopMaintenance",
        "summary": "Take servers out of maintenance mode",
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
        "body": {
            "content_type": "application/json",
            "type": "list[str]",
            "required": True,
            "fields": [],
        },
    },
}
