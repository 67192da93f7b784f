"""bodymap speed figures: `make bench` (QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py).

Every figure is measured (medians of several runs), not asserted: this prints a table with
the goal and PASS/MISS beside each figure that has one, then a note for each MISS. The GUI
figures run in child processes (startup_child.py, gui_child.py) so that each starts cold
and its memory is its own; the model and load figures run here, without Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import clicks
import fixture_quality
import loading
import machine
import model_speed
import startup
from table import Row, render

from bodymap import resources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true",
                        help="fewer runs and clicks, to check that the bench works")
    parser.add_argument("--seed", type=int, default=20240601, help="seed of all drawings")
    args = parser.parse_args()
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # inherited by the GUI children
    quick = bool(args.quick)
    starts = 2 if quick else 7
    n_clicks = 40 if quick else 300
    n_memory = 100 if quick else 1000
    load_runs = 2 if quick else 5
    scales = (1, 10) if quick else (1, 10, 100)

    began = time.perf_counter()
    header = machine.describe()
    rows: list[Row] = []
    print("bodymap bench" + (" (--quick: too few runs to trust)" if quick else ""), flush=True)

    print(f"  startup: {starts} cold starts each of bodymap and bare Qt ...", flush=True)
    rows += startup.rows(startup.measure(starts))
    print(f"  clicks: {n_clicks} clicks on the map ...", flush=True)
    click_result = clicks.run_child("clicks", str(n_clicks), str(args.seed))
    rows += clicks.click_rows(click_result)
    print("  model: rank() at 1x, 10x, 100x ...", flush=True)
    data, assets = resources.data_dir(), resources.assets_dir()
    load_rows, dataset = loading.measure(data, assets, load_runs)
    rows += model_speed.rows(dataset, args.seed, scales)
    print("  fixture: whole-drawing evaluation set ...", flush=True)
    rows += fixture_quality.rows(dataset)
    print(f"  memory: {2 * n_memory} clicks ...", flush=True)
    rows += clicks.memory_rows(clicks.run_child("memory", str(n_memory)))
    rows += load_rows

    header.insert(2, ("qt", f"Qt {click_result['qt']}, PySide6 {click_result['pyside']}, "
                            f"platform plugin {click_result['platform']}, map viewport "
                            f"{click_result['viewport'][0]}x{click_result['viewport'][1]} px"))
    header.append(("load average", machine.load_average() + "  (1/5/15 min, at end)"))
    print()
    width = max(len(k) for k, _ in header)
    for key, value in header:
        print(f"{key.ljust(width)}  {value}")
    print()
    print(render(rows))
    misses = [r for r in rows if r.verdict is False]
    print()
    if misses:
        print("notes:")
        for r in misses:
            detail = f": {r.note}" if r.note else ""
            print(f"  MISS {r.section} / {r.figure.strip()}{detail}")
    else:
        print("notes: every goal met")
    print(f"\nbench took {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
