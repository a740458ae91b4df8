"""Unit tests of clc.core.redaction: Secret, safe_url and the httpx logging hooks."""

from __future__ import annotations

import copy
import json
import logging
import pickle
from collections.abc import Iterator

import httpx
import pytest

from clc.core.redaction import MASK, HttpLogger, Secret, safe_url

PASSWORD = "pw-Pl@nted 1&2/ü"
TOKEN = "tok-PLANTED-4242"
SERVER_PW = "srv-PLANTED-77"


@pytest.fixture
def http_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG, logger="clc.http"):
        yield caplog


def test_secret_never_shows_itself() -> None:
    s = Secret(PASSWORD)
    for text in (
        repr(s),
        str(s),
        f"{s}",
        f"{s!r}",
        "{}".format(s),  # noqa: UP032
        f"{s:>20}",
        repr([s]),
        repr({"p": s}),
    ):
        assert PASSWORD not in text
        assert MASK in text
    assert s.reveal() == PASSWORD and type(s.reveal()) is str
    assert Secret(s).reveal() == PASSWORD
    # It is the value (a str) wherever it is sent: JSON bodies and headers carry it plain.
    assert s == Secret(PASSWORD) == PASSWORD and s != Secret("other")
    assert json.loads(json.dumps({"password": s})) == {"password": PASSWORD}
    assert hash(s) == hash(Secret(PASSWORD))
    assert bool(s) and not bool(Secret(""))
    assert copy.deepcopy(s) is s and copy.copy(s) is s
    with pytest.raises(TypeError):
        pickle.dumps(s)
    with pytest.raises(TypeError):
        Secret(123)  # type: ignore[arg-type]


def test_safe_url_masks_query_secrets_and_userinfo() -> None:
    url = f"https://bob:{TOKEN}@api.example/v2/x?token={TOKEN}&page=2&apiKey=k1"
    shown = safe_url(url)
    assert TOKEN not in shown and "bob" not in shown and "k1" not in shown
    assert "page=2" in shown and shown.startswith("https://api.example/v2/x?")
    assert safe_url("https://api.example/v2/x") == "https://api.example/v2/x"


def _client(logger: HttpLogger, handler: httpx.MockTransport) -> httpx.Client:
    return httpx.Client(
        base_url="https://api.example", transport=handler, event_hooks=logger.event_hooks()
    )


def _api(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/authentication/login"):
        return httpx.Response(
            200,
            json={"userName": "bob", "bearerToken": TOKEN, "accountAlias": "DEMO"},
            headers={"Set-Cookie": f"session={TOKEN}"},
        )
    if request.url.path.endswith("/credentials"):
        return httpx.Response(200, json={"userName": "root", "password": SERVER_PW})
    return httpx.Response(
        200,
        json={"id": "VA1DEMOWEB01", "details": {"password": SERVER_PW}, "token": TOKEN},
        headers={"X-Request-Id": "req-1", "Set-Cookie": f"c={TOKEN}", "Retry-After": "1"},
    )


@pytest.mark.parametrize("log_bodies", [False, True])
def test_http_logger_never_logs_secrets(
    http_log: pytest.LogCaptureFixture, log_bodies: bool
) -> None:
    logger = HttpLogger(log_bodies=log_bodies)
    with _client(logger, httpx.MockTransport(_api)) as client:
        client.post("/v2/authentication/login", json={"username": "bob", "password": PASSWORD})
        auth = {"Authorization": f"Bearer {TOKEN}", "Cookie": f"c={TOKEN}"}
        client.get("/v2/servers/DEMO/VA1DEMOWEB01/credentials", headers=auth)
        client.patch(
            "/v2/servers/DEMO/VA1DEMOWEB01",
            headers=auth,
            json=[
                {
                    "op": "set",
                    "member": "password",
                    "value": {"current": SERVER_PW, "password": PASSWORD},
                }
            ],
        )
        client.get(f"/v2/servers/DEMO/VA1DEMOWEB01?token={TOKEN}", headers=auth)
    text = "\n".join(r.getMessage() for r in http_log.records)
    assert len(http_log.records) == 8
    for planted in (PASSWORD, TOKEN, SERVER_PW, "Bearer", "authorization", "cookie"):
        assert planted.lower() not in text.lower()
    assert "--> POST https://api.example/v2/authentication/login" in text
    assert "<-- 200 GET https://api.example/v2/servers/DEMO/VA1DEMOWEB01?token=***" in text
    assert "x-request-id: req-1" in text and "retry-after: 1" in text
    assert "ms headers=" in text
    if log_bodies:
        assert "body=<not logged>" in text
        assert '"id":"VA1DEMOWEB01"' in text and '"password":"***"' in text


def test_allow_list_cannot_let_authorization_through(http_log: pytest.LogCaptureFixture) -> None:
    logger = HttpLogger(allowed_headers=["Authorization", "Cookie", "Set-Cookie", "Accept"])
    with _client(logger, httpx.MockTransport(_api)) as client:
        client.get("/v2/x", headers={"Authorization": f"Bearer {TOKEN}", "Accept": "x/y"})
    text = "\n".join(r.getMessage() for r in http_log.records)
    assert TOKEN not in text and "accept: x/y" in text


def test_redaction_is_by_structure_not_by_searching_text(
    http_log: pytest.LogCaptureFixture,
) -> None:
    # A password "p" and an alias "v2" must not mangle the line (issue 12: "htt***://...").
    logger = HttpLogger(log_bodies=True)
    with _client(logger, httpx.MockTransport(_api)) as client:
        client.post("/v2/authentication/login", json={"username": "u", "password": Secret("p")})
        client.post(
            "/v2/servers/v2",
            json={"name": "p", "password": Secret("p"), "sourceServerPassword": "p"},
            headers={"Authorization": "Bearer p", "Content-Type": "application/json"},
        )
    text = "\n".join(r.getMessage() for r in http_log.records)
    assert "https://api.example/v2/authentication/login" in text
    assert "content-type: application/json" in text
    assert "body=<not logged>" in text  # the login exchange's bodies, whatever they hold
    assert '"name":"p"' in text and '"password":"***"' in text
    assert '"sourceServerPassword":"***"' in text and "Bearer" not in text


def test_non_json_and_malformed_bodies_are_not_shown(http_log: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/bad":
            return httpx.Response(
                200,
                content=b"{not json " + TOKEN.encode(),
                headers={"Content-Type": "application/json"},
            )
        return httpx.Response(200, text=f"plain {TOKEN}")

    with _client(HttpLogger(log_bodies=True), httpx.MockTransport(handler)) as client:
        client.get("/bad")
        client.post("/plain", content=f"form={TOKEN}".encode())
    text = "\n".join(r.getMessage() for r in http_log.records)
    assert TOKEN not in text
    assert "malformed JSON, not shown" in text and "not shown" in text


def test_logger_is_quiet_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.INFO, logger="clc.http"),
        _client(HttpLogger(), httpx.MockTransport(_api)) as client,
    ):
        client.get("/v2/x")
    assert caplog.records == []
