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


def test_what_a_pause_built_goes_to_the_oldest_generation(collector: None) -> None:
    gc.enable()
    gc.collect()
    with collector_paused():
        group = get_group._parse_success(httpx.Response(200, json=GROUP))
    assert any(obj is group for obj in gc.get_objects(generation=2))
    assert not any(obj is group for obj in gc.get_objects(generation=0))
    assert gc.get_freeze_count() == 0


def test_a_program_s_frozen_objects_stay_frozen(collector: None) -> None:
    gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            get_group._parse_success(httpx.Response(200, json=GROUP))
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
