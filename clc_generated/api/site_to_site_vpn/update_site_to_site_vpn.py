# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.site_to_site_vpn import SiteToSiteVpn
from ...models.site_to_site_vpn_request import SiteToSiteVpnRequest
from ...types import UNSET, Response, collector_paused


def _get_kwargs(
    vpn_id: str,
    *,
    body: SiteToSiteVpnRequest,
    account: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["account"] = account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/siteToSiteVpn/{vpn_id}".format(
            vpn_id=quote(str(vpn_id), safe=""),
        ),
    }
    # clc: passed only when there is one: an empty params= makes httpx parse the URL again.
    if params:
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SiteToSiteVpn | None:
    if response.status_code == 200:
        response_200 = SiteToSiteVpn.from_dict(response.json())

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
) -> Response[ErrorBody | SiteToSiteVpn]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _parse_success(response: httpx.Response) -> SiteToSiteVpn:
    """The 2xx answer's body; any other status raises ``errors.UnexpectedStatus`` and a body
    that is not the documented shape ``errors.InvalidResponse``."""
    if response.status_code == 200:
        try:
            with collector_paused():
                response_200 = SiteToSiteVpn.from_dict(response.json())

                return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponse(response.status_code, error) from error
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    vpn_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SiteToSiteVpnRequest,
    account: str,
) -> Response[ErrorBody | SiteToSiteVpn]:
    """Change parts of a site-to-site VPN

     Only the sections and fields given are changed.

    Args:
        vpn_id (str): Site-to-site VPN identifier.
        account (str): Account alias the VPN belongs to.
        body (SiteToSiteVpnRequest): All four sections are needed to create; any subset to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SiteToSiteVpn]
    """

    kwargs = _get_kwargs(
        vpn_id=vpn_id,
        body=body,
        account=account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vpn_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SiteToSiteVpnRequest,
    account: str,
) -> SiteToSiteVpn:
    """Change parts of a site-to-site VPN

     Only the sections and fields given are changed.

    Args:
        vpn_id (str): Site-to-site VPN identifier.
        account (str): Account alias the VPN belongs to.
        body (SiteToSiteVpnRequest): All four sections are needed to create; any subset to update.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SiteToSiteVpn
    """

    kwargs = _get_kwargs(
        vpn_id=vpn_id,
        body=body,
        account=account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(response)


async def asyncio_detailed(
    vpn_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SiteToSiteVpnRequest,
    account: str,
) -> Response[ErrorBody | SiteToSiteVpn]:
    """Change parts of a site-to-site VPN

     Only the sections and fields given are changed.

    Args:
        vpn_id (str): Site-to-site VPN identifier.
        account (str): Account alias the VPN belongs to.
        body (SiteToSiteVpnRequest): All four sections are needed to create; any subset to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SiteToSiteVpn]
    """

    kwargs = _get_kwargs(
        vpn_id=vpn_id,
        body=body,
        account=account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vpn_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SiteToSiteVpnRequest,
    account: str,
) -> SiteToSiteVpn:
    """Change parts of a site-to-site VPN

     Only the sections and fields given are changed.

    Args:
        vpn_id (str): Site-to-site VPN identifier.
        account (str): Account alias the VPN belongs to.
        body (SiteToSiteVpnRequest): All four sections are needed to create; any subset to update.

    Raises:
        errors.UnexpectedStatus: If the answer is not a 2xx status (a clc session's client raises
            the clc error for the status first).
        errors.InvalidResponse: If a 2xx answer's body is not the documented shape.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SiteToSiteVpn
    """

    kwargs = _get_kwargs(
        vpn_id=vpn_id,
        body=body,
        account=account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response)
