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
import tempfile
import time
from pathlib import Path

import clicks
import fixture_quality
import loading
import machine
import model_speed
import screen
import screenshot
import startup
from table import Row, render

from bodymap import resources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true",
                        help="fewer runs and clicks, to check that the bench works")
    parser.add_argument("--seed", type=int, default=20240601, help="seed of all drawings")
    args = parser.parse_args()
    # the GUI children read and write validated bundles in the bench's own folder, never in
    # the user's cache (startup.py gives each start its own)
    cache = tempfile.TemporaryDirectory(prefix="bodymap-bench-cache-")
    os.environ["BODYMAP_CACHE_DIR"] = cache.name
    # inherited by the GUI children: a 1920 x 1080 offscreen screen, where bodymap, the
    # floor and the bare window all open at 1400 x 900
    platform = screen.use_desktop_screen(Path(cache.name))
    quick = bool(args.quick)
    # the first-paint ratios are medians of interleaved starts: 7 of each let the ratio to
    # the floor move 1.02-1.52 between runs of one session, with the floor's own median; 15
    # still 1.19-1.27 between three runs of an hour (Nov 30). 25, as issue 15 measured
    starts = 2 if quick else 25
    shots = 2 if quick else 7
    n_clicks = 40 if quick else 300
    n_memory = 100 if quick else 1000
    load_runs = 2 if quick else 5
    scales = (1, 10) if quick else (1, 10, 100)

    began = time.perf_counter()
    load_at_start = machine.load_average()
    header = machine.describe()
    rows: list[Row] = []
    print("bodymap bench" + (" (--quick: too few runs to trust)" if quick else ""), flush=True)

    cold_starts = 1 if quick else 3
    print(f"  startup: {starts} cold starts each of bodymap, a plain-Qt floor and bare Qt, "
          f"{cold_starts} after a data change ...", flush=True)
    rows += startup.rows(startup.measure(starts, cold_starts))
    print(f"  screenshot: {shots} runs each of `bodymap screenshot` and a bare screenshot "
          "script ...", flush=True)
    rows += screenshot.rows(screenshot.measure(shots))
    print(f"  clicks: {n_clicks} clicks on the map after the pointer rested on the region, "
          f"{n_clicks} with no hover ...", flush=True)
    click_result = clicks.run_child("clicks", str(n_clicks), str(args.seed),
                                    str(clicks.HOVER_S))
    at_once = clicks.run_child("clicks", str(n_clicks), str(args.seed))
    rows += clicks.click_rows(click_result, at_once)
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
                            f"platform plugin {click_result['platform']} ({platform}), "
                            f"window {click_result['window'][0]}x{click_result['window'][1]}, "
                            f"map viewport "
                            f"{click_result['viewport'][0]}x{click_result['viewport'][1]} px"))
    header.append(("load average", f"{load_at_start} at start, {machine.load_average()} at end "
                                   "(1/5/15 min)"))
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
