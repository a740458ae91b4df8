"""README.md, executed and checked against the code.

- Every ```python block of README.md runs as written against a fresh emulator on
  loopback (user "user", password "password", quick jobs): ``CLC_V2_API_URL`` points
  the sessions the SDK makes itself at it, every other ``CLC_*`` variable is unset,
  and the module-level state of ``clc`` and the default session of ``clc.v2`` are
  restored and reset around each block. A block that carries a ``# not run: <reason>``
  comment is skipped with that reason.
- Every line of the fault-rule block parses with ``clc.testing.faults.parse_rule`` and
  is accepted by ``clc-emulator --fault``.
- The emulator's command-line options, defaults and ``python -m`` entry points, the
  pytest fixture and marker, the ``/_emulator`` control endpoints, the ``clc.Session``
  keywords, the retry figures, the error names, the loggers, the environment variables
  and the repository paths the README names all exist and say what the README says.
"""

from __future__ import annotations

import importlib.util
import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from markdown_blocks import NOT_RUN, blocks

import clc
import clc.v2
from clc.core.retry import DEFAULT_RETRY_POLICY
from clc.testing import Emulator
from clc.testing.__main__ import build_parser
from clc.testing.faults import parse_rule

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[tuple[int, str]]:
    """(line number, code) of every fenced block of ``language``."""
    return [(block.line, block.code) for block in blocks(ROOT / "README.md", language)]


def _section(title: str) -> str:
    """The text of the README section headed ``title`` (up to the next heading)."""
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^#+ |\Z)", README, re.M | re.S)
    assert match, f"README has no section {title!r}"
    return match.group(1)


PYTHON_BLOCKS = _blocks("python")


def test_readme_has_runnable_blocks() -> None:
    assert len(PYTHON_BLOCKS) >= 3
    skipped = [line for line, code in PYTHON_BLOCKS if NOT_RUN.search(code)]
    assert len(skipped) <= 1, f"keep '# not run' exceptions minimal (lines {skipped})"


@pytest.fixture
def readme_emulator(clean_clc_state: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """An emulator with the README's credentials, and clean module state around a block."""
    with Emulator(username="user", password="password", job_seconds=0.05) as emu:
        monkeypatch.setenv("CLC_V2_API_URL", emu.url)
        yield emu


@pytest.mark.parametrize(
    "line,code", PYTHON_BLOCKS, ids=[f"README.md:{line}" for line, _ in PYTHON_BLOCKS]
)
def test_python_block_runs(readme_emulator: Emulator, line: int, code: str) -> None:
    reason = NOT_RUN.search(code)
    if reason:
        pytest.skip(f"README.md:{line}: {reason.group(1).strip()}")
    assert not re.search(r"^\s*\.\.\.", code, re.M), "a placeholder `...` is not runnable"
    # Leading blank lines keep tracebacks pointing at README.md's own line numbers.
    compiled = compile("\n" * (line - 1) + code, str(ROOT / "README.md"), "exec")
    exec(compiled, {"__name__": "__readme__"})
    if "Emulator(" not in code:  # a block that starts no emulator of its own used this one
        assert readme_emulator.app.requests_served > 0


def _fault_block() -> str:
    blocks = [code for lang in ("text", "") for _, code in _blocks(lang) if "status=" in code]
    return blocks[0] if len(blocks) == 1 else "README should have one block of fault rules"


def _fault_rules() -> list[str]:
    rules = [line.split("#", 1)[0].strip() for line in _fault_block().splitlines()]
    return [r for r in rules if r]


@pytest.mark.parametrize("rule", _fault_rules())
def test_fault_rule_parses(rule: str) -> None:
    parsed = parse_rule(rule)
    assert build_parser().parse_args(["--fault", rule]).fault == [rule]
    assert parsed.action in rule.replace("latency=", "latency,")


def test_fault_statuses_in_the_comment_are_accepted() -> None:
    block = _fault_block()
    statuses = re.search(r"#\s*([\d/]+) \(retry_after=N\)", block)
    assert statuses, "the status rule's comment lists the accepted statuses"
    for status in statuses.group(1).split("/"):
        parse_rule(f"status={status},retry_after=1")


def test_emulator_options_and_defaults() -> None:
    parser = build_parser()
    options = {s for a in parser._actions for s in a.option_strings if s.startswith("--")}
    options.discard("--help")
    section = _section("The local emulator")
    named = set(re.findall(r"`(--[a-z][a-z-]*)", section))
    assert named == options, "README lists exactly the options of clc-emulator --help"
    defaults = parser.parse_args([])
    for text in (f"`{defaults.alias}`", f"`{defaults.username}`", f"`{defaults.password}`"):
        assert text in section
    assert f"`--host` ({defaults.host})" in section
    assert f"`--port` ({defaults.port} = any free port)" in section
    assert f"default {defaults.job_seconds:g})" in section
    assert f"`--log-level` (default {defaults.log_level})" in section


def test_command_line_entry_points() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'clc-emulator = "clc.testing.__main__:main"' in pyproject
    # Every `python -m module --flag` the README shows exists and takes those flags.
    for module, flags in re.findall(r"python3? -m ([\w.]+)((?: --[a-z-]+)*)", README):
        if module in ("venv", "pip"):
            continue
        spec = importlib.util.find_spec(module)
        if spec is not None and spec.submodule_search_locations:  # a package: its __main__
            spec = importlib.util.find_spec(f"{module}.__main__")
        assert spec is not None and spec.origin, module
        source = Path(spec.origin).read_text(encoding="utf-8")
        for flag in flags.split():
            assert f'"{flag}"' in source, f"python -m {module} has no {flag}"
    bench = (ROOT / "benchmarks" / "__main__.py").read_text(encoding="utf-8")
    assert "`python -m benchmarks` (" in README and "`--smoke` takes" in README
    assert '"--smoke"' in bench


@pytest.mark.clc_emulator(job_seconds=1, faults=["status=503,count=1"])
def test_pytest_fixture_and_marker(clc_emulator: Emulator) -> None:
    assert "through the `clc_emulator` fixture" in README
    marker = re.search(r"@pytest\.mark\.clc_emulator\(([^`]*)\)`", README)
    assert marker, "README shows the marker"
    params = inspect.signature(Emulator).parameters
    for name in re.findall(r"(\w+)=", marker.group(1)):
        assert name in params, f"the marker option {name}= is not an Emulator option"
    assert clc_emulator.state.job_seconds == 1
    assert [r.status for r in clc_emulator.faults.rules] == [503]


def test_control_endpoints(readme_emulator: Emulator) -> None:
    section = _section("The local emulator")
    assert '`POST {"rule": ...}`' in section and "`/_emulator/faults`" in section
    assert '`POST {"advance": seconds}`' in section and "`/_emulator/clock`" in section
    with httpx.Client(base_url=readme_emulator.url) as http:
        added = http.post("/_emulator/faults", json={"rule": "status=503,count=1"})
        assert added.status_code == 201, added.text
        assert len(http.get("/_emulator/faults").json()) == 1
        assert http.delete("/_emulator/faults").status_code == 204
        assert http.get("/_emulator/faults").json() == []
        before = http.get("/_emulator/clock").json()["now"]
        after = http.post("/_emulator/clock", json={"advance": 60}).json()["now"]
        assert after - before >= 60


def test_session_keywords() -> None:
    from clc.session.base import SessionOptions

    params = {*inspect.signature(clc.Session).parameters, *SessionOptions.__annotations__}
    used = {
        name
        for call in re.findall(r"clc\.Session\(([^)`]*)", README)
        for name in re.findall(r"(\w+)=", call)
    }
    used |= set(re.findall(r"`(allow_insecure_http|max_concurrency)\b", README))
    assert {"retry", "pipeline", "allow_insecure_http", "username", "password"} <= used
    assert used <= set(params), f"not clc.Session keywords: {used - set(params)}"


def test_retry_figures() -> None:
    section = _section("Reliability")
    policy = DEFAULT_RETRY_POLICY
    assert f"at most {policy.max_attempts} attempts" in section
    assert f"({policy.backoff_base:g} s base, {policy.backoff_cap:g} s cap)" in section
    assert f"up to {policy.max_retry_after:g} s" in section
    assert (
        f"({policy.budget_ratio:g} retries per request, bursts of {policy.budget_capacity:g})"
        in (section)
    )
    methods = re.search(r"idempotent methods \(([A-Z, ]+)\)", section)
    assert methods and set(methods.group(1).split(", ")) == set(policy.idempotent_methods)
    assert "RetryPolicy" in dir(clc.core.retry)


def test_waiting_signature() -> None:
    params = inspect.signature(clc.v2.Requests.WaitUntilComplete).parameters
    assert "`WaitUntilComplete(poll_freq=2, timeout=None, progress=None)`" in README
    assert params["poll_freq"].default == 2
    assert params["timeout"].default is None
    assert params["progress"].default is None


def test_error_names_exist() -> None:
    names = set(re.findall(r"`clc\.(\w+(?:Exception|Response))`", README))
    names |= set(re.findall(r"`(\w+(?:Exception|Response))`", README))
    assert {"CLCException", "RateLimitedException", "APIFailedResponse"} <= names
    for name in names:
        assert isinstance(getattr(clc, name, None), type), f"clc.{name} does not exist"


def test_loggers_exist() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "clc").rglob("*.py"))
    for name in re.findall(r"`(clc\.\w+)` logger|logging on `(clc\.\w+)`", README):
        logger = next(n for n in name if n)
        assert f'getLogger("{logger}")' in sources, logger


def test_environment_variables_exist() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "clc").rglob("*.py"))
    names = set(re.findall(r"\bCLC_[A-Z0-9_]+", README))
    assert {"CLC_V2_API_URL", "CLC_V2_API_USERNAME", "CLC_PIPELINE"} <= names
    for name in names:
        assert f'"{name}"' in sources, f"clc/ never reads {name}"


def test_repository_paths_exist() -> None:
    paths = set(re.findall(r"(?<![\w/.])([\w.-]+/[\w./-]*\.(?:py|yaml|md|png))\b", README))
    paths |= set(re.findall(r"\]\(([\w./-]+)\)", README))
    paths |= set(re.findall(r"^([\w.-]+/[\w./-]*)\s", README, re.M))
    assert {"clc/errors.py", "benchmarks/results.md", ".ci/run", "examples/quickstart.py"} <= paths
    for path in paths:
        assert (ROOT / path).exists(), f"README names {path}, which does not exist"
