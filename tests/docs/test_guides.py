"""The examples of the documentation site (``docs/``), executed.

- A ```python block runs as written against a fresh emulator on loopback whose user is
  "user" with the password "password" (quick jobs): ``CLC_V2_API_URL`` points the
  sessions at it, every other ``CLC_*`` variable is unset, and the environment, ``clc``'s
  module state and the default session are restored around each block.
- A block that defines ``test_*`` functions is a test module: it runs under pytest in a
  fresh process (the ``clc_emulator`` fixture comes from the installed plugin) and
  every test in it must pass.
- A block with a ``# not run: <reason>`` comment is skipped with that reason.
- Every ``clc-emulator ...`` (or ``python -m clc.testing ...``) command line shown in a
  ```sh block parses with the emulator's own parser.
- The ```console blocks of a page are a shell session: their ``$ commands`` run in turn in
  one bash process (the ``clc`` console script first on its ``PATH``, no ``CLC_*``
  variable set, a private ``clc`` configuration file), each must succeed and print what
  the page shows after it (see ``shell_session``).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shell_session
from markdown_blocks import NOT_RUN, Block, blocks, commands

from clc.cli.exit_codes import ExitCode
from clc.testing import Emulator
from clc.testing.__main__ import build_parser

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
PYTHON = [b for page in PAGES for b in blocks(page, "python")]
SHELL = [b for page in PAGES for b in blocks(page, "sh")]
CONSOLE_PAGES = sorted({b.path for page in PAGES for b in blocks(page, "console")})
TEST_MODULE = re.compile(r"^def test_\w+\(", re.M)


def _id(block: Block) -> str:
    return f"{block.path.relative_to(DOCS)}:{block.line}"


def test_the_guides_have_runnable_examples() -> None:
    pages_with_code = {b.path for b in PYTHON if not NOT_RUN.search(b.code)} | set(CONSOLE_PAGES)
    guides = set((DOCS / "guides").glob("*.md"))
    assert guides, "docs/guides holds the guides"
    without = sorted(p.name for p in guides - pages_with_code if p.name != "design.md")
    assert not without, f"guides without a runnable example: {without}"
    skipped = [_id(b) for b in PYTHON if NOT_RUN.search(b.code)]
    assert len(skipped) <= 2, f"keep '# not run' exceptions minimal: {skipped}"


@pytest.fixture
def docs_emulator(clean_clc_state: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """An emulator with the guides' credentials; the environment is restored afterwards
    (examples may set ``CLC_*`` variables, as a user's shell would)."""
    saved = dict(os.environ)
    try:
        with Emulator(username="user", password="password", job_seconds=0.05) as emu:
            monkeypatch.setenv("CLC_V2_API_URL", emu.url)
            yield emu
    finally:
        os.environ.clear()
        os.environ.update(saved)


@pytest.mark.parametrize("block", PYTHON, ids=[_id(b) for b in PYTHON])
def test_python_example_runs(block: Block, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    reason = NOT_RUN.search(block.code)
    if reason:
        pytest.skip(f"{_id(block)}: {reason.group(1).strip()}")
    assert not re.search(r"^\s*\.\.\.\s*$", block.code, re.M), "a placeholder `...` does not run"
    if TEST_MODULE.search(block.code):
        _run_test_module(block, tmp_path)
        return
    emulator: Emulator = request.getfixturevalue("docs_emulator")
    monkey = pytest.MonkeyPatch()
    monkey.chdir(tmp_path)  # an example that writes a file writes it here
    try:
        exec(block.compile(), {"__name__": "__docs__"})
    finally:
        monkey.undo()
    if "Emulator(" not in block.code:  # it used the emulator of this test
        assert emulator.app.requests_served > 0


def _run_test_module(block: Block, tmp_path: Path) -> None:
    module = tmp_path / f"test_{block.path.stem.replace('-', '_')}_{block.line}.py"
    module.write_text("\n" * (block.line - 1) + block.code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLC_", "PYTEST_"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"{_id(block)}:\n{result.stdout}\n{result.stderr}"
    assert re.search(r"\d+ passed", result.stdout), result.stdout
    assert "skipped" not in result.stdout, result.stdout


def _emulator_command_lines() -> list[tuple[str, list[str]]]:
    """(where, arguments) of every ``clc-emulator``/``python -m clc.testing`` line shown."""
    found = []
    for block in SHELL:
        for number, line in enumerate(block.code.splitlines()):
            words = shlex.split(line, comments=True)
            if words[:1] == ["clc-emulator"]:
                args = words[1:]
            elif words[:3] in (["python", "-m", "clc.testing"], ["python3", "-m", "clc.testing"]):
                args = words[3:]
            else:
                continue
            found.append((f"{block.path.relative_to(DOCS)}:{block.line + number}", args))
    return found


COMMAND_LINES = _emulator_command_lines()


def test_the_guides_show_the_emulator_command_line() -> None:
    assert COMMAND_LINES, "the testing guide shows how to run clc-emulator"


@pytest.mark.parametrize("args", [a for _, a in COMMAND_LINES], ids=[w for w, _ in COMMAND_LINES])
def test_emulator_command_line_parses(args: list[str]) -> None:
    build_parser().parse_args(args)


def test_the_command_line_guide_is_a_shell_session() -> None:
    assert DOCS / "guides" / "cli.md" in CONSOLE_PAGES


def test_the_command_line_guide_lists_every_exit_code() -> None:
    text = (DOCS / "guides" / "cli.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+) \| [^|]+ \|$", text, re.M)
    assert sorted(int(code) for code in rows) == sorted(int(code) for code in ExitCode)


def test_a_shell_session_fails_on_other_output_or_a_failed_command(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "```console\n$ printf 'a\\nb\\nc\\n'\na\n...\nc\n$ echo one two\none ... three\n"
        "$ false\n$ echo late >&2\nlate\n```\n",
        encoding="utf-8",
    )
    shown = commands(blocks(page, "console")[0])
    results = shell_session.run(shown, tmp_path, dict(os.environ), timeout=30)
    assert [r.status for r in results] == [0, 0, 1, 0]
    assert [r.problem() is None for r in results] == [True, False, False, True]


@pytest.mark.parametrize(
    "page", CONSOLE_PAGES, ids=[str(p.relative_to(DOCS)) for p in CONSOLE_PAGES]
)
def test_console_session_prints_what_the_page_shows(page: Path, tmp_path: Path) -> None:
    shown = [command for block in blocks(page, "console") for command in commands(block)]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLC_", "PYTEST_"))}
    env.pop("NO_COLOR", None)
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        CLC_CONFIG_FILE=str(tmp_path / "config" / "clc" / "config.ini"),
        COLUMNS="80",
    )
    results = shell_session.run(shown, tmp_path, env, timeout=240)
    problems = [problem for result in results if (problem := result.problem())]
    assert not problems, "\n\n".join(problems)
