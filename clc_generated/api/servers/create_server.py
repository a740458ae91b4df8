# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_server_request import CreateServerRequest
from ...models.error_body import ErrorBody
from ...models.queued_server_operation import QueuedServerOperation
from ...types import Response, collector_paused


def _get_kwargs(
    account_alias: str,
    *,
    body: CreateServerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/servers/{account_alias}".format(
            account_alias=quote(str(account_alias), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | QueuedServerOperation | None:
    if response.status_code == 202:
        response_202 = QueuedServerOperation.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | QueuedServerOperation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> QueuedServerOperation:
    """The 2xx answer's body; any other status raises ``errors.UnexpectedStatus`` and a body
    that is not the documented shape ``errors.InvalidResponse``."""
    if response.status_code == 202:
        try:
            with collector_paused():
                response_202 = QueuedServerOperation.from_dict(response.json())

                return response_202

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponse(response.status_code, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    account_alias: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateServerRequest,
) -> Response[ErrorBody | QueuedServerOperation]:
    """Create a server from a template or clone an existing server

     One operation for the documented create and clone variants (and bare metal). The response's links
    hold the queue status link and a self link to the new server by uuid (get_server with uuid=true).

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        body (CreateServerRequest): Create a server from a template, clone an existing server
            (sourceServerId names the server and sourceServerPassword its administrator password) or,
            for bare metal, provision from configurationId and osType. The documentation describes
            create and clone separately; they share this body. Every optional field is nullable: the
            API's binder treated null as "not given", and clc-sdk 2.51 (the original Python SDK) sends
            null for each option its caller left out. cpu and memoryGB are required by the API (except
            for bare metal, which ignores them), so they are not nullable; their limits are the Cpu
            and MemoryGB schemas. Property names are the documentation's spelling (primaryDns,
            secondaryDns); the binder matched names case-insensitively, so 2.51's
            primaryDNS/secondaryDNS reached the same fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | QueuedServerOperation]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_alias: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateServerRequest,
) -> QueuedServerOperation:
    """Create a server from a template or clone an existing server

     One operation for the documented create and clone variants (and bare metal). The response's links
    hold the queue status link and a self link to the new server by uuid (get_server with uuid=true).

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        body (CreateServerRequest): Create a server from a template, clone an existing server
            (sourceServerId names the server and sourceServerPassword its administrator password) or,
            for bare metal, provision from configurationId and osType. The documentation describes
            create and clone separately; they share this body. Every optional field is nullable: the
            API's binder treated null as "not given", and clc-sdk 2.51 (the original Python SDK) sends
            null for each option its caller left out. cpu and memoryGB are required by the API (except
            for bare metal, which ignores them), so they are not nullable; their limits are the Cpu
            and MemoryGB schemas. Property names are the documentation's spelling (primaryDns,
            secondaryDns); the binder matched names case-insensitively, so 2.51's
            primaryDNS/secondaryDNS reached the same fields.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueuedServerOperation
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(response)


async def asyncio_detailed(
    account_alias: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateServerRequest,
) -> Response[ErrorBody | QueuedServerOperation]:
    """Create a server from a template or clone an existing server

     One operation for the documented create and clone variants (and bare metal). The response's links
    hold the queue status link and a self link to the new server by uuid (get_server with uuid=true).

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        body (CreateServerRequest): Create a server from a template, clone an existing server
            (sourceServerId names the server and sourceServerPassword its administrator password) or,
            for bare metal, provision from configurationId and osType. The documentation describes
            create and clone separately; they share this body. Every optional field is nullable: the
            API's binder treated null as "not given", and clc-sdk 2.51 (the original Python SDK) sends
            null for each option its caller left out. cpu and memoryGB are required by the API (except
            for bare metal, which ignores them), so they are not nullable; their limits are the Cpu
            and MemoryGB schemas. Property names are the documentation's spelling (primaryDns,
            secondaryDns); the binder matched names case-insensitively, so 2.51's
            primaryDNS/secondaryDNS reached the same fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | QueuedServerOperation]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_alias: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateServerRequest,
) -> QueuedServerOperation:
    """Create a server from a template or clone an existing server

     One operation for the documented create and clone variants (and bare metal). The response's links
    hold the queue status link and a self link to the new server by uuid (get_server with uuid=true).

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        body (CreateServerRequest): Create a server from a template, clone an existing server
            (sourceServerId names the server and sourceServerPassword its administrator password) or,
            for bare metal, provision from configurationId and osType. The documentation describes
            create and clone separately; they share this body. Every optional field is nullable: the
            API's binder treated null as "not given", and clc-sdk 2.51 (the original Python SDK) sends
            null for each option its caller left out. cpu and memoryGB are required by the API (except
            for bare metal, which ignores them), so they are not nullable; their limits are the Cpu
            and MemoryGB schemas. Property names are the documentation's spelling (primaryDns,
            secondaryDns); the binder matched names case-insensitively, so 2.51's
            primaryDNS/secondaryDNS reached the same fields.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueuedServerOperation
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response)
