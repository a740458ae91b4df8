# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.datacenter import Datacenter
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, collector_paused


def _get_kwargs(
    account_alias: str,
    data_center: str,
    *,
    group_links: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["groupLinks"] = group_links

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/datacenters/{account_alias}/{data_center}".format(
            account_alias=quote(str(account_alias), safe=""),
            data_center=quote(str(data_center), safe=""),
        ),
    }
    # clc: passed only when there is one: an empty params= makes httpx parse the URL again.
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Datacenter | ErrorBody | None:
    if response.status_code == 200:
        response_200 = Datacenter.from_dict(response.json())

        return response_200

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
) -> Response[Datacenter | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> Datacenter:
    """The 2xx answer's body; any other status raises ``errors.UnexpectedStatus`` and a body
    that is not the documented shape ``errors.InvalidResponse``."""
    if response.status_code == 200:
        try:
            with collector_paused():
                response_200 = Datacenter.from_dict(response.json())

                return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponse(response.status_code, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    account_alias: str,
    data_center: str,
    *,
    client: AuthenticatedClient | Client,
    group_links: bool | Unset = UNSET,
) -> Response[Datacenter | ErrorBody]:
    """Get one data center

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        group_links (bool | Unset): Include the link to the account's root group in this data
            center.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Datacenter | ErrorBody]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        data_center=data_center,
        group_links=group_links,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_alias: str,
    data_center: str,
    *,
    client: AuthenticatedClient | Client,
    group_links: bool | Unset = UNSET,
) -> Datacenter:
    """Get one data center

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        group_links (bool | Unset): Include the link to the account's root group in this data
            center.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Datacenter
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        data_center=data_center,
        group_links=group_links,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(response)


async def asyncio_detailed(
    account_alias: str,
    data_center: str,
    *,
    client: AuthenticatedClient | Client,
    group_links: bool | Unset = UNSET,
) -> Response[Datacenter | ErrorBody]:
    """Get one data center

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        group_links (bool | Unset): Include the link to the account's root group in this data
            center.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Datacenter | ErrorBody]
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        data_center=data_center,
        group_links=group_links,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_alias: str,
    data_center: str,
    *,
    client: AuthenticatedClient | Client,
    group_links: bool | Unset = UNSET,
) -> Datacenter:
    """Get one data center

    Args:
        account_alias (str): Short code of the account (for example ALIAS); matched case-
            insensitively.
        data_center (str): Data center short code (for example WA1); matched case-insensitively.
        group_links (bool | Unset): Include the link to the account's root group in this data
            center.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Datacenter
    """

    kwargs = _get_kwargs(
        account_alias=account_alias,
        data_center=data_center,
        group_links=group_links,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response)
