# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_secondary_network_request import AddSecondaryNetworkRequest
from ...models.error_body import ErrorBody
from ...models.operation_reference import OperationReference
from ...types import Response, collector_paused


def _get_kwargs(
    account_alias: str,
    server_id: str,
    *,
    body: AddSecondaryNetworkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/servers/{account_alias}/{server_id}/networks".format(
            account_alias=quote(str(account_alias), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | OperationReference | None:
    if response.status_code == 202:
        response_202 = OperationReference.from_dict(response.json())

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
) -> Response[ErrorBody | OperationReference]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> OperationReference:
    """The 2xx answer's body; any other status raises ``errors.UnexpectedStatus`` and a body
    that is not the documented shape ``errors.InvalidResponse``."""
    if response.status_code == 202:
        try:
            with collector_paused():
                response_202 = OperationReference.from_dict(response.json())

                return response_202

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponse(response.status_code, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    account_alias: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddSecondaryNetworkRequest,
) -> Response[ErrorBody | OperationReference]:
    """Add a secondary network adapter to a server

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        server_id (str): Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is
            given.
        body (AddSecondaryNetworkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OperationReference]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        server_id=server_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_alias: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddSecondaryNetworkRequest,
) -> OperationReference:
    """Add a secondary network adapter to a server

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        server_id (str): Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is
            given.
        body (AddSecondaryNetworkRequest):

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OperationReference
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        server_id=server_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(response)


async def asyncio_detailed(
    account_alias: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddSecondaryNetworkRequest,
) -> Response[ErrorBody | OperationReference]:
    """Add a secondary network adapter to a server

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        server_id (str): Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is
            given.
        body (AddSecondaryNetworkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OperationReference]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        server_id=server_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_alias: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddSecondaryNetworkRequest,
) -> OperationReference:
    """Add a secondary network adapter to a server

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        server_id (str): Server name (for example WA1ALIASWEB01), or its uuid when uuid=true is
            given.
        body (AddSecondaryNetworkRequest):

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OperationReference
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        server_id=server_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response)
