"""Decoding an answer into models pauses the cyclic garbage collector, and only then."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import httpx
import pytest

from clc_generated.api.groups import get_group
from clc_generated.types import collector_paused

GROUP = {"id": "g1", "name": "Web", "links": [{"rel": "self", "href": "/v2/groups/A/g1"}]}


@pytest.fixture
def collector() -> Iterator[None]:
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_the_collector_is_paused_while_models_are_built(
    collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    build = get_group.Group.from_dict

    def watched(src: dict[str, object]) -> object:
        seen.append(gc.isenabled())
        return build(src)

    monkeypatch.setattr(get_group.Group, "from_dict", watched)
    gc.enable()
    group = get_group._parse_success(httpx.Response(200, json=GROUP))
    assert group.name == "Web" and seen == [False]
    assert gc.isenabled()
    with pytest.raises(Exception, match="Unexpected status"):
        get_group._parse_success(httpx.Response(404, json={"message": "no"}))
    assert gc.isenabled()


def test_pauses_nest_across_threads_and_keep_a_disabled_collector_off(collector: None) -> None:
    gc.enable()
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        inside.wait(10)
    assert not gc.isenabled()  # the other thread's pause is still on
    release.set()
    thread.join(10)
    assert gc.isenabled()
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()  # off before: left off


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cyclic_garbage_is_still_collected_on_its_own_between_pauses(collector: None) -> None:
    """A program that keeps reading (a poller) makes cyclic garbage between decodes, as
    httpx's responses do: the collector must still find it without an explicit collect."""
    import weakref

    gc.enable()
    gc.collect()
    garbage = [weakref.ref(_Cycle()) for _ in range(50)]
    for _ in range(2000):
        with collector_paused():
            get_group._parse_success(httpx.Response(200, json=GROUP))
        _Cycle()
    assert sum(ref() is not None for ref in garbage) == 0


def _tree(servers: int) -> dict[str, object]:
    server = {"id": "s", "details": {"disks": [{"id": "0:0", "sizeGB": 1}]}}
    return {**GROUP, "servers": [dict(server, id=f"s{i}") for i in range(servers)]}


def test_a_large_answer_is_walked_once_as_the_pause_ends(collector: None) -> None:
    """What a big decode built leaves the young generations at once (one middle-generation
    collection), and a small answer sets off no collection of its own."""
    gc.enable()
    gc.collect()
    middle = gc.get_stats()[1]["collections"]
    group = get_group._parse_success(httpx.Response(200, json=_tree(3000)))
    assert gc.get_stats()[1]["collections"] == middle + 1
    assert not any(obj is group for obj in gc.get_objects(generation=0))
    assert not any(obj is group for obj in gc.get_objects(generation=1))
    gc.collect()
    middle = gc.get_stats()[1]["collections"]
    get_group._parse_success(httpx.Response(200, json=_tree(1)))
    assert gc.get_stats()[1]["collections"] == middle


def test_a_program_s_collector_thresholds_are_kept(collector: None) -> None:
    """A threshold of 0 switches automatic collection off: the pause never collects."""
    gc.enable()
    was = gc.get_threshold()
    gc.set_threshold(0)
    try:
        before = [stats["collections"] for stats in gc.get_stats()]
        get_group._parse_success(httpx.Response(200, json=_tree(3000)))
        assert [stats["collections"] for stats in gc.get_stats()] == before
    finally:
        gc.set_threshold(*was)
