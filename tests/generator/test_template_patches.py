"""Our template overrides are recorded as patches against the pinned generator's templates,
and a change on either side is caught (generator/template_patches.py)."""

from __future__ import annotations

from generator import template_patches


def test_every_override_matches_its_recorded_patch() -> None:
    assert template_patches.overrides(), "no overrides found"
    assert template_patches.problems() == []


def test_a_changed_pinned_template_is_caught() -> None:
    name = template_patches.overrides()[0]
    upstream = (template_patches.PINNED / name).read_text()
    changed = {name: upstream.replace("\n", "\n{# upstream fix #}\n", 1)}
    found = template_patches.problems(pinned=changed)
    assert len(found) == 1 and found[0].startswith(f"{name}: differs from its recorded patch")


def test_the_patch_applies_to_the_pinned_template() -> None:
    # The recorded diff's "before" side is the pinned text: applying it gives our template.
    for name in template_patches.overrides():
        pinned = (template_patches.PINNED / name).read_text().splitlines(keepends=True)
        patched = _apply(pinned, template_patches.patch_path(name).read_text())
        assert "".join(patched) == (template_patches.OURS / name).read_text(), name


def _apply(lines: list[str], diff: str) -> list[str]:
    out: list[str] = []
    position = 0
    for line in diff.splitlines(keepends=True)[2:]:
        if line.startswith("@@"):
            start = int(line.split()[1].split(",")[0].lstrip("-")) - 1
            out += lines[position:start]
            position = start
        elif line.startswith("-"):
            assert lines[position] == line[1:], "the patch does not apply"
            position += 1
        elif line.startswith("+"):
            out.append(line[1:])
        else:
            assert lines[position] == line[1:], "the patch does not apply"
            out.append(lines[position])
            position += 1
    return out + lines[position:]
