"""Arrays of a schema marked ``x-clc-decode-on-read`` (links) are checked while an answer is
decoded and built when first read; nothing else about the model changes."""

from __future__ import annotations

import copy
import gc
import json
import pickle
import subprocess
import sys
from typing import Any

import attrs
import httpx
import pytest

from clc_generated import errors
from clc_generated.api.servers import get_server
from clc_generated.client import Client
from clc_generated.models import Link, Server, ServerDetails
from clc_generated.types import UNSET
from generator.spec_input import check_decode_on_read

LINKS = [
    {"rel": "self", "href": "/v2/servers/demo/va1demoweb01", "id": "va1demoweb01"},
    {"rel": "group", "href": "/v2/groups/demo/g1", "id": "g1", "name": "Web"},
    {"rel": "credentials", "href": "/v2/servers/demo/x/credentials", "verbs": ["GET"], "x": 1},
]
BODY = {"id": "va1demoweb01", "name": "VA1DEMOWEB01", "links": LINKS}


def eager() -> Server:
    """The same server built with its links as objects (no decoding on read involved)."""
    server = Server(id=BODY["id"], name=BODY["name"], links=[Link.from_dict(x) for x in LINKS])
    server.additional_properties = {}
    return server


def test_links_are_built_on_first_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    original = Link.from_dict.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Link], src: dict[str, Any]) -> Link:
        built.append(src["rel"])
        return original(cls, src)  # type: ignore[no-any-return]

    monkeypatch.setattr(Link, "from_dict", classmethod(counting))
    server = Server.from_dict(BODY)
    assert built == []
    links = server.links
    assert built == ["self", "group", "credentials"]
    assert server.links is links and len(built) == 3  # decoded once, then kept
    assert isinstance(links, list) and links[1].name == "Web" and links[2]["x"] == 1


@pytest.mark.parametrize(
    "through",
    [
        lambda s: s,
        lambda s: pickle.loads(pickle.dumps(s)),
        copy.copy,
        copy.deepcopy,
        lambda s: attrs.evolve(s),
        lambda s: Server.from_dict(json.loads(json.dumps(s.to_dict()))),
    ],
    ids=["as-is", "pickle", "copy", "deepcopy", "evolve", "to_dict-round-trip"],
)
def test_a_model_decoded_on_read_is_the_model_built_eagerly(through: Any) -> None:
    server = through(Server.from_dict(BODY))
    assert server == eager() and repr(server) == repr(eager())
    assert server.to_dict() == BODY == eager().to_dict()
    assert attrs.asdict(server) == attrs.asdict(eager())


def test_unset_is_one_object_through_pickle_and_copy() -> None:
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.deepcopy(UNSET) is UNSET and repr(UNSET) == "UNSET"
    assert pickle.loads(pickle.dumps(Link(rel="a", href="b"))).id is UNSET


BAD_LINKS = [
    ("not an array", "a link"),
    ("item not an object", [1]),
    ("href missing", [{"rel": "self"}]),
    ("rel not a string", [{"rel": 5, "href": "/x"}]),
    ("id not a string", [{"rel": "self", "href": "/x", "id": 7}]),
]


@pytest.mark.parametrize("bad", [b for _, b in BAD_LINKS], ids=[n for n, _ in BAD_LINKS])
def test_bad_links_are_refused_while_the_answer_is_decoded(bad: object) -> None:
    with pytest.raises((KeyError, TypeError)):
        Server.from_dict(dict(BODY, links=bad))
    answer = httpx.Response(200, json=dict(BODY, links=bad))
    client = Client("https://api.example.com").set_httpx_client(
        httpx.Client(
            base_url="https://api.example.com",
            transport=httpx.MockTransport(lambda request: answer),
        )
    )
    with pytest.raises(errors.InvalidResponse, match="does not have the documented shape"):
        get_server.sync("DEMO", "va1demoweb01", client=client)


@pytest.mark.parametrize(
    "field",
    [{"$ref": "#/components/schemas/Other"}, {"type": "string", "enum": ["a"]},
     {"type": "array", "items": {"type": "object"}}, {"type": "string", "format": "date-time"}],
)  # fmt: skip
def test_decode_on_read_is_refused_where_decoding_could_still_fail(field: dict) -> None:
    document = {
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "x-clc-decode-on-read": True,
                    "properties": {"ok": {"type": "string"}, "bad": field},
                }
            }
        }
    }
    with pytest.raises(ValueError, match=r"Thing\.properties\.bad: x-clc-decode-on-read"):
        check_decode_on_read(document)
    document["components"]["schemas"]["Thing"]["properties"].pop("bad")
    check_decode_on_read(document)


def held_arrays(model: object) -> list[object]:
    """What ``model`` holds for its arrays that are not decoded yet (read past the properties)."""
    from clc_generated.types import Undecoded

    return [r for r in gc.get_referents(model) if isinstance(r, Undecoded)]


PLAIN = {"links": [*LINKS[:2], {"rel": "credentials", "href": "/c", "verbs": ["GET"]}]}


def test_an_array_held_for_decoding_is_nothing_the_collector_walks() -> None:
    server = Server.from_dict(json.loads(json.dumps(PLAIN)))
    (held,) = held_arrays(server)
    # Classes (its own and the model's) are the only tracked things it refers to: no dict
    # or list per link.
    assert {r for r in gc.get_referents(held) if gc.is_tracked(r)} == {type(held), Link}
    assert [x.to_dict() for x in server.links] == PLAIN["links"]


def test_json_values_come_back_exactly_as_they_were_read() -> None:
    odd = {
        "rel": "s\u00e9lf \U0001f600 \ud800",  # non-ASCII, astral and a lone surrogate
        "href": "",
        "id": "x" * 300,
        "verbs": ["GET", "", "\x00"],
    }
    partitions = [{"sizeGB": 2**70}, {"sizeGB": -0.0, "path": "/"}, {"sizeGB": 1e308}, {}]
    server = Server.from_dict({"links": [odd, {"rel": "", "href": "", "verbs": []}]})
    (held,) = held_arrays(server)
    assert isinstance(held.items, bytes)  # held as marshal bytes: this test covers them
    first, second = server.links
    assert first == Link.from_dict(odd) and first.to_dict() == odd and second.verbs == []
    details = ServerDetails.from_dict({"partitions": partitions})
    assert [p.to_dict() for p in details.partitions] == partitions
    assert [type(p.size_gb) for p in details.partitions[:3]] == [int, float, float]
    assert str(details.partitions[1].size_gb) == "-0.0"


UNPLAIN = {
    "a key the spec does not name": {"x-new": {"deep": [1, [2, [3]]]}},
    "a NaN": {"score": float("nan")},
    "verbs not a list": {"verbs": ("GET",)},
    "a verb not a str": {"verbs": ["GET", bytearray(b"PUT")]},
}


@pytest.mark.parametrize("extra", UNPLAIN.values(), ids=UNPLAIN.keys())
def test_items_that_are_not_plain_json_of_the_fields_are_kept_as_given(extra: dict) -> None:
    """No marshal round trip for them: it would turn a bytearray into bytes, make NaN
    unequal to the answer's NaN, or recurse through deep nesting on a small C stack."""
    item = {"rel": "self", "href": "/x", **extra}
    server = Server.from_dict({"links": [item]})
    (held,) = held_arrays(server)
    assert not isinstance(held.items, bytes)
    (link,) = server.links
    assert link == Link.from_dict(item) and link.to_dict() == item


def test_a_nan_in_a_number_comes_back_as_the_answer_had_it() -> None:
    nan = float("nan")  # json.loads gives one NaN object for every NaN it reads
    details = ServerDetails.from_dict({"partitions": [{"sizeGB": nan, "path": "/"}]})
    assert not isinstance(held_arrays(details)[0].items, bytes)
    assert details.to_dict() == {"partitions": [{"sizeGB": nan, "path": "/"}]}


def test_deep_nesting_in_an_answer_decodes_in_a_thread_with_a_small_stack() -> None:
    script = """
import json, threading
from clc_generated.models import Server
text = '{"links":[{"rel":"self","href":"/x","extra":' + "[" * 900 + "]" * 900 + "}]}"
def work():
    server = Server.from_dict(json.loads(text))
    assert len(server.links) == 1
    print("read", flush=True)
threading.stack_size(256 * 1024)
thread = threading.Thread(target=work)
thread.start()
thread.join()
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, "read\n"), done.stderr[-2000:]


def test_the_model_keeps_a_plain_answer_as_it_was_when_decoded() -> None:
    links = [dict(x) for x in PLAIN["links"]]
    server = Server.from_dict({"links": links})
    links[0]["rel"] = "changed"
    links.append({"rel": "late", "href": "/late"})
    assert [x.rel for x in server.links] == ["self", "group", "credentials"]


def test_mappings_of_the_callers_own_types_are_decoded_too() -> None:
    class Tagged(dict):  # type: ignore[type-arg]
        """A dict subclass (marshal does not write them)."""

    server = Server.from_dict({"links": [Tagged(x) for x in LINKS], "id": "va1demoweb01"})
    assert [x.to_dict() for x in server.links] == LINKS
