"""Startup: cold starts of bodymap and of a bare QMainWindow, alternately, as subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from table import Row, median, ms

CHILD = Path(__file__).with_name("startup_child.py")
PHASES = ("interpreter", "imports", "load_dataset", "window_built", "first_paint")
PHASE_LABELS = {
    "interpreter": "launch -> python running",
    "imports": "imports (PySide6, bodymap gui)",
    "load_dataset": "load_dataset()",
    "window_built": "QApplication + MainWindow()",
    "first_paint": "show() -> first paint",
}


@dataclass(frozen=True)
class Startup:
    bodymap: list[dict[str, Any]]
    bare: list[dict[str, Any]]


def start_once(mode: str) -> dict[str, Any]:
    t0 = time.time()
    done = subprocess.run([sys.executable, str(CHILD), mode, repr(t0)],
                          capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"startup child {mode} failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(runs: int) -> Startup:
    # one discarded start of each warms the page cache and the .pyc files, so the figures
    # are a warm start (the usual case) and the first run does not penalise one side
    start_once("bare")
    start_once("bodymap")
    app: list[dict[str, Any]] = []
    bare: list[dict[str, Any]] = []
    for i in range(runs):
        # alternate which goes first so drift in machine load hits both equally
        order = ("bare", "bodymap") if i % 2 == 0 else ("bodymap", "bare")
        for mode in order:
            (app if mode == "bodymap" else bare).append(start_once(mode))
    return Startup(app, bare)


def _phase_medians(runs: list[dict[str, Any]]) -> dict[str, float]:
    out: dict[str, float] = {}
    previous = "start"
    for phase in PHASES:
        if previous == "start":
            out[phase] = median([r["phases"][phase] for r in runs])
        else:
            out[phase] = median([r["phases"][phase] - r["phases"][previous] for r in runs])
        previous = phase
    return out


def rows(result: Startup) -> list[Row]:
    app = median([r["total"] for r in result.bodymap])
    bare = median([r["total"] for r in result.bare])
    ratio = app / bare
    n = len(result.bodymap)
    section = "1 startup"
    phases = _phase_medians(result.bodymap)
    bare_phases = _phase_medians(result.bare)
    note = (f"before Qt shows anything bodymap spends {ms(phases['imports'])} importing and "
            f"{ms(phases['load_dataset'])} in load_dataset() (see 5 load)")
    return [
        Row(section, f"bodymap, launch -> first paint (median of {n})", ms(app),
            "< 1 s", app < 1.0, note=note),
        Row(section, f"bare QMainWindow, same criterion (median of {n})", ms(bare)),
        Row(section, "ratio bodymap / bare Qt", f"{ratio:.2f} x", "< 1.5 x", ratio < 1.5,
            note=f"bare Qt takes {ms(bare)} in all, {ms(bare_phases['imports'])} of it "
                 f"importing PySide6; bodymap's imports alone take {ms(phases['imports'])}"),
        Row(section, "bodymap min / max", f"{ms(min(r['total'] for r in result.bodymap))} / "
            f"{ms(max(r['total'] for r in result.bodymap))}"),
        Row(section, "bare min / max", f"{ms(min(r['total'] for r in result.bare))} / "
            f"{ms(max(r['total'] for r in result.bare))}"),
    ] + [Row(section, f"  bodymap phase: {PHASE_LABELS[p]}", ms(phases[p])) for p in PHASES]
