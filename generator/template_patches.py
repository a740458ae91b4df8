"""Our template overrides, recorded as patches against the pinned generator's own templates.

``generator/templates/`` holds copies of openapi-python-client's templates with a few lines
changed. The change itself is the reviewed artefact: ``generator/patches/<template>.diff`` is
the unified diff from the pinned generator's template to ours. ``python -m generator --check``
(and ``tests/generator/test_template_patches.py``) fails when

- a template was edited without re-recording its patch (the diff no longer matches), or
- the pinned generator's template changed under it (after a version bump): the recorded
  patch's "before" side no longer is the generator's template, so our copy may have dropped
  the generator's fixes; re-apply our change to the new template, then record again.

Record after a deliberate change with ``python -m generator --record-patches``.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import openapi_python_client

HERE = Path(__file__).resolve().parent
OURS = HERE / "templates"
PATCHES = HERE / "patches"
PINNED = Path(openapi_python_client.__file__).resolve().parent / "templates"


def overrides() -> list[str]:
    """Template names (relative paths) that we override."""
    return sorted(str(p.relative_to(OURS)) for p in OURS.rglob("*.jinja"))


def patch_path(name: str) -> Path:
    return PATCHES / f"{name}.diff"


def current_patch(name: str, pinned_text: str | None = None) -> str:
    """The unified diff from the pinned generator's template ``name`` to ours."""
    before = pinned_text if pinned_text is not None else (PINNED / name).read_text()
    after = (OURS / name).read_text()
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"openapi-python-client/templates/{name}",
            tofile=f"generator/templates/{name}",
        )
    )


def problems(pinned: dict[str, str] | None = None) -> list[str]:
    """What no longer matches (empty when every override matches its recorded patch).

    ``pinned`` replaces the generator's template texts by name (tests use it to show a
    changed upstream template is caught).
    """
    found: list[str] = []
    names = overrides()
    for name in names:
        if not (PINNED / name).is_file() and name not in (pinned or {}):
            found.append(f"{name}: the pinned generator has no such template any more")
            continue
        recorded = patch_path(name)
        if not recorded.is_file():
            found.append(f"{name}: no recorded patch (run python -m generator --record-patches)")
        elif recorded.read_text() != current_patch(name, (pinned or {}).get(name)):
            found.append(
                f"{name}: differs from its recorded patch: the template was edited, or the "
                "pinned generator's template changed under it (re-apply, then "
                "python -m generator --record-patches)"
            )
    stale = sorted(
        str(p.relative_to(PATCHES)).removesuffix(".diff") for p in PATCHES.rglob("*.diff")
    )
    found += [f"{name}: patch recorded for a template we no longer override" for name in stale
              if name not in names]  # fmt: skip
    return found


def record() -> list[str]:
    """Write every override's patch; returns the names written."""
    for stale in PATCHES.rglob("*.diff"):
        stale.unlink()
    for name in overrides():
        target = patch_path(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(current_patch(name))
    return overrides()
