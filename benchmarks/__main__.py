"""``python -m benchmarks [--scale F | --smoke] [--reps N] [--only KEY] [--out DIR]``."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from pathlib import Path
from typing import Any

from . import report, runner, sdk251
from .scenarios import DEFAULT_SCALE, SMOKE, all_scenarios, scaled, with_reps

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"


def log(msg: str) -> None:
    print(msg, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    ap.add_argument(
        "--scale",
        type=float,
        default=DEFAULT_SCALE,
        help="sizes as a share of the issue's (1 = 5,000-server inventory, 1,000-server power "
        "cycle, 500-server catalog, 500 emulator clients; default %(default)s)",
    )
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, one repetition (CI)")
    ap.add_argument("--reps", type=int, help="repetitions per scenario (default 5)")
    ap.add_argument("--only", action="append", help="scenario key prefix (repeatable), or 'import'")
    ap.add_argument("--out", type=Path, help="where results.md and ratios.png go")
    ap.add_argument("--json", type=Path, help="also write the raw runs here")
    ap.add_argument("--no-sdk251", action="store_true", help="skip the clc-sdk 2.51 side")
    ap.add_argument("--from-json", type=Path, help="only rewrite the report from saved runs")
    args = ap.parse_args(argv)
    if args.scale <= 0:
        ap.error(f"--scale: must be more than 0, got {args.scale:g}")
    if args.reps is not None and args.reps < 1:
        ap.error(f"--reps: must be at least 1, got {args.reps}")
    if args.from_json:
        raw = json.loads(args.from_json.read_text())
        return write(raw, args.out or HERE)

    profile = SMOKE if args.smoke else scaled(args.scale)
    if args.reps:
        profile = with_reps(profile, args.reps)
    out = args.out or (WORK / "smoke" if args.smoke else HERE)
    out.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(exist_ok=True)
    started = time.perf_counter()

    sdk251_python, sdk251_problem = None, None
    if not args.no_sdk251:
        try:
            sdk251_python = sdk251.ensure(WORK, log)
        except sdk251.Unavailable as exc:
            sdk251_problem = {"message": str(exc), "index_unreachable": exc.unreachable}
            log(f"clc-sdk 2.51 side not available: {exc}")
    available = runner.sides(WORK, sdk251_python)

    wanted = lambda key: not args.only or any(key.startswith(o) for o in args.only)  # noqa: E731
    raw: dict[str, Any] = {
        "profile": {**profile.__dict__, "job_seconds": list(profile.job_seconds)},
        "environment": runner.environment(),
        "date": datetime.date.today().isoformat(),
        "sdk251": sdk251_problem,
        "scenarios": {},
    }
    for scenario in all_scenarios(profile):
        if wanted(scenario.key):
            log(f"{scenario.title}")
            raw["scenarios"][scenario.key] = runner.run_scenario(
                scenario, profile, WORK, available, log
            )
    if wanted("import"):
        log("Import time")
        raw["imports"] = runner.run_imports(profile.import_reps, available, log)
    raw["wall_seconds"] = time.perf_counter() - started

    for path in (WORK / f"last-{profile.name}.json", args.json):
        if path:
            path.write_text(json.dumps(raw, indent=1))
    return write(raw, out)


def write(raw: dict[str, Any], out: Path) -> int:
    summary = report.summarize(raw)
    drew = report.chart(summary, out / "ratios.png")
    (out / "results.md").write_text(report.markdown(raw, summary, "ratios.png" if drew else None))
    log(f"\nwrote {out / 'results.md'} in {raw['wall_seconds']:.0f} s")
    for t in summary["targets"]:
        log(f"  {t.name:<64} {t.shown():>14}  goal {t.goal():<9} {t.margin():>6} {t.verdict()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
