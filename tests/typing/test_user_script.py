"""Type checkers see the SDK a user sees.

- ``readme_examples.py`` (every README example, verbatim, plus ``assert_type`` lines) is
  clean under ``mypy --strict`` and pyright's strict mode;
- ``typos.py``: every misspelt attribute, method or name is an error in both checkers;
- ``pyright --verifytypes`` counts at least 95% of clc's public symbols as known.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
EXAMPLES = HERE / "readme_examples.py"
TYPOS = HERE / "typos.py"


def run(*argv: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", *args)


def pyright(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("pyright", path=str(Path(sys.executable).parent))
    assert exe, "pyright is in the dev extra"
    return run(exe, "--pythonpath", sys.executable, *args, cwd=cwd)


def readme_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", readme, re.M | re.S)


def test_the_script_holds_every_readme_example() -> None:
    script = EXAMPLES.read_text(encoding="utf-8")
    bodies = [
        textwrap.dedent(body)
        for body in re.findall(
            r"^def example_\w+\(\) -> None:\n(.*?)(?=^\S|\Z)", script, re.M | re.S
        )
    ]

    def lines(code: str) -> str:
        # Blank lines aside: the formatter spaces a top-level def and a nested one differently.
        return "\n".join(line for line in code.splitlines() if line.strip())

    for block in readme_blocks():
        assert any(lines(block) in lines(body) for body in bodies), (
            f"not in {EXAMPLES.name}:\n{block}"
        )


def test_readme_examples_pass_mypy_strict() -> None:
    done = mypy(str(EXAMPLES))
    assert done.returncode == 0, done.stdout + done.stderr


def test_readme_examples_pass_pyright_strict() -> None:
    assert EXAMPLES.read_text(encoding="utf-8").startswith("# pyright: strict\n")
    done = pyright(str(EXAMPLES))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 errors" in done.stdout


def marked_lines() -> set[int]:
    lines = TYPOS.read_text(encoding="utf-8").splitlines()
    return {n for n, line in enumerate(lines, 1) if "# type error" in line}


def test_typos_are_mypy_errors() -> None:
    done = mypy(str(TYPOS))
    reported = {int(n) for n in re.findall(r"typos\.py:(\d+): error", done.stdout)}
    assert reported == marked_lines(), done.stdout


def test_typos_are_pyright_errors() -> None:
    done = pyright(str(TYPOS))
    reported = {int(n) for n in re.findall(r"typos\.py:(\d+):\d+ - error", done.stdout)}
    assert reported == marked_lines(), done.stdout


def test_verifytypes_counts_95_percent_of_the_public_symbols_known(tmp_path: Path) -> None:
    # --verifytypes reads an installed-style package, not the working tree's: copy it.
    for package in ("clc", "clc_generated"):
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    exe = shutil.which("pyright", path=str(Path(sys.executable).parent))
    assert exe
    done = subprocess.run(
        [exe, "--pythonpath", sys.executable, "--verifytypes", "clc", "--ignoreexternal"],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(tmp_path), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    score = re.search(r"Type completeness score: ([\d.]+)%", done.stdout)
    assert score, done.stdout + done.stderr
    assert float(score.group(1)) >= 95.0, done.stdout[-3000:]
