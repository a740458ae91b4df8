"""--filter and --query over records, and the text format (no subprocess needed)."""

from __future__ import annotations

import pytest

from clc.cli.render import text_lines
from clc.cli.selection import Selection
from clc.errors import InvalidArgumentException

RECORDS = [
    {"name": "A1", "powerState": "started", "details": {"cpu": 2}, "managed": True},
    {"name": "B2", "powerState": "Stopped", "details": {"cpu": 4}, "managed": False},
]


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        (("power_state=stopped",), ["B2"]),  # snake_case finds camelCase, values ignore case
        (("powerState=started", "name=a1"), ["A1"]),
        (("details.cpu=4",), ["B2"]),
        (("managed=true",), ["A1"]),
        (("missing=x",), []),
    ],
)
def test_filters(filters: tuple[str, ...], names: list[str]) -> None:
    selected = Selection.parse(filters, None).apply(RECORDS)
    assert [r["name"] for r in selected] == names


def test_query_runs_after_filters() -> None:
    selection = Selection.parse(("managed=false",), "[].details.cpu")
    assert selection.apply(RECORDS) == [4]


def test_filter_needs_a_list() -> None:
    with pytest.raises(InvalidArgumentException, match="use --query"):
        Selection.parse(("a=b",), None).apply({"a": "b"})


def test_text_lines() -> None:
    assert text_lines(RECORDS, ["name", "details", "managed"]) == [
        'A1\t{"cpu":2}\ttrue',
        'B2\t{"cpu":4}\tfalse',
    ]
    assert text_lines({"a": None, "b": [1, 2]}) == ["a\t", "b\t1, 2"]
    assert text_lines("x") == ["x"]
