"""``API``: the raw escape hatch of 2.51 (``API.Call``), over the session's HTTP client."""

from __future__ import annotations

from typing import Any

from clc.core import argument_lists
from clc.core import arguments as checks
from clc.v2 import default_session as _session


class API:
    """Static helpers of 2.51's ``clc.v2.API``."""

    @staticmethod
    def Call(
        method: str,
        url: str,
        payload: Any = None,
        session: Any = None,
        debug: bool = False,
    ) -> Any:
        """Send one request and return the decoded JSON (``{}`` for an empty or non-JSON body).

        ``url`` starting with ``/`` is taken from the endpoint root, otherwise it is relative
        to ``/v2/`` (query strings may be embedded). A ``str`` payload is sent as is with a
        JSON content type; other payloads are sent as JSON (2.51 form-encoded them, which
        mangled nested data), or as the query string for GET. Non-2xx responses raise
        :class:`clc.APIFailedResponse` (with ``response_status_code``, ``response_json``,
        ``response_text``); transport failures raise :class:`clc.TransportException`.
        ``debug`` prints the method, URL and status, never headers or the token.
        """
        method = argument_lists.check_http_method(method)
        url = argument_lists.check_api_url(url)
        payload = argument_lists.check_payload(payload, method)
        checks.check_flag(debug, argument="debug")
        sess = _session.resolve(session)
        path = url if url.startswith("/") else "/v2/" + url
        status, body = sess.raw_request(method, path, payload)
        if debug:
            print(f"clc API.Call {method} {sess.base_url}{path} -> {status}")
        return body

    @staticmethod
    def DisableSSLVerify() -> None:
        """Turn off TLS verification for the default session (no process-wide side effects)."""
        import clc

        clc._SSL_VERIFY = False
        _session.reset_default_session()

    @staticmethod
    def _Login() -> None:
        """Log the default session in now (2.51 did this lazily from ``Call``)."""
        _session.default_session().login()
