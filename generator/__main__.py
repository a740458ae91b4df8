"""Regenerate ``clc_generated/`` from the spec, or check that it has not drifted.

    python -m generator           # rewrite clc_generated/ in place
    python -m generator --check   # regenerate into a temporary folder, fail on any difference
    python -m generator --record-patches  # after editing generator/templates/: record the diffs

The run is deterministic: pinned generator and formatter (``pins.py``), the
formatter isolated from project configuration, no timestamps in the output.
Any warning from the generator fails the run, since it means part of the
spec was silently skipped.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from generator import limits, pins, spec_input, template_patches

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "clc-v2.yaml"
PACKAGE = "clc_generated"
TARGET = ROOT / PACKAGE
HERE = Path(__file__).resolve().parent

HEADER = "# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.\n"
FOLDER_README = """\
# clc_generated

Low-level, typed client of the CLC API v2, generated from `spec/clc-v2.yaml` by
`python -m generator` ({generator} {generator_version}, formatted by {formatter}
{formatter_version}). Do not edit these files: change the spec (or the
generator's configuration and templates) and regenerate. CI fails when this
folder differs from a fresh generation.

Spec SHA-256: `{spec_sha256}`
"""


class GenerationError(RuntimeError):
    """The generator failed or warned; the message holds its output."""


def spec_sha256(spec: Path | None = None) -> str:
    return hashlib.sha256((spec or SPEC).read_bytes()).hexdigest()


def check_pins() -> None:
    for tool, wanted in (
        (pins.GENERATOR, pins.GENERATOR_VERSION),
        (pins.FORMATTER, pins.FORMATTER_VERSION),
    ):
        found = metadata.version(tool)
        if found != wanted:
            raise GenerationError(f"{tool} {wanted} is pinned but {found} is installed")


def run(argv: list[str], cwd: Path) -> str:
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise GenerationError(f"{' '.join(argv[:3])} failed:\n{output}")
    return output


def generate(into: Path, spec: Path | None = None) -> Path:
    """Generate the package under ``into`` (from ``spec``, default the project's) and return
    its folder."""
    spec = spec or SPEC
    out = into / PACKAGE
    document = spec_input.prepared(spec, into)
    output = run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(document),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--config",
            str(HERE / "config.yaml"),
            "--custom-template-path",
            str(HERE / "templates"),
            "--overwrite",
        ],
        cwd=into,
    )
    if "warning" in output.lower():
        raise GenerationError(f"the generator warned; fix the spec:\n{output}")
    write_limits(out, spec)
    ruff = [sys.executable, "-m", "ruff"]
    # Run from the parent folder: the package's own types.py must not shadow the stdlib.
    run(
        [*ruff, "check", "--isolated", "--select", "I,F401", "--fix-only", "--quiet", PACKAGE], into
    )
    run([*ruff, "format", "--isolated", "--line-length", "100", "--quiet", PACKAGE], into)
    stamp(out, spec)
    return out


def write_limits(out: Path, spec: Path) -> None:
    """Add ``limits.py``: the spec's limits on values, which the generator itself drops."""
    import yaml

    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    (out / "limits.py").write_text(limits.render(document), encoding="utf-8")


def stamp(out: Path, spec: Path | None = None) -> None:
    """Mark every file as generated and record the inputs."""
    for path in sorted(out.rglob("*.py")):
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")
    digest = spec_sha256(spec)
    (out / "_provenance.py").write_text(
        HEADER
        + '"""What produced this package; compared by ``python -m generator --check``."""\n\n'
        + f'GENERATOR = "{pins.GENERATOR} {pins.GENERATOR_VERSION}"\n'
        + f'FORMATTER = "{pins.FORMATTER} {pins.FORMATTER_VERSION}"\n'
        + f'SPEC_SHA256 = "{digest}"\n',
        encoding="utf-8",
    )
    (out / "README.md").write_text(
        FOLDER_README.format(
            generator=pins.GENERATOR,
            generator_version=pins.GENERATOR_VERSION,
            formatter=pins.FORMATTER,
            formatter_version=pins.FORMATTER_VERSION,
            spec_sha256=digest,
        ),
        encoding="utf-8",
    )
    (out / "py.typed").write_text("", encoding="utf-8")


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ, exist on one side only, recursively."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    ignore = ["__pycache__"]
    walk(filecmp.dircmp(left, right, ignore=ignore), "")
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if clc_generated/ differs from a fresh run"
    )
    parser.add_argument(
        "--record-patches",
        action="store_true",
        help="record generator/templates/ as patches against the pinned generator's templates",
    )
    args = parser.parse_args(argv)
    if args.record_patches:
        for name in template_patches.record():
            print(f"recorded generator/patches/{name}.diff")
        return 0
    try:
        check_pins()
        mismatched = template_patches.problems()
        if mismatched:
            raise GenerationError("template overrides:\n" + "\n".join(mismatched))
        with tempfile.TemporaryDirectory(prefix="clc-generate-") as tmp:
            fresh = generate(Path(tmp))
            if args.check:
                if not TARGET.is_dir():
                    print(f"{PACKAGE}/ is missing: run python -m generator", file=sys.stderr)
                    return 1
                drift = differences(fresh, TARGET)
                if drift:
                    print(
                        f"{PACKAGE}/ differs from the spec in {len(drift)} files:", file=sys.stderr
                    )
                    for name in drift[:50]:
                        print(f"  {name}", file=sys.stderr)
                    print("regenerate with: python -m generator", file=sys.stderr)
                    return 1
                print(f"{PACKAGE}/ matches spec/clc-v2.yaml")
                return 0
            shutil.rmtree(TARGET, ignore_errors=True)
            shutil.copytree(fresh, TARGET, ignore=shutil.ignore_patterns("__pycache__"))
    except GenerationError as error:
        print(error, file=sys.stderr)
        return 1
    files = sum(1 for _ in TARGET.rglob("*.py"))
    print(f"regenerated {PACKAGE}/ ({files} Python files) from spec/clc-v2.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
