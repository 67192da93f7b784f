"""`bodymap screenshot` against a bare screenshot script, both as fresh processes.

The bare script is the least any screenshot command can cost: start Python, import PySide6,
make a QApplication on the offscreen platform, grab an empty QMainWindow of the same size
and write it as PNG. Both run in rotation so that drift in machine load hits both alike;
bodymap reads its validated bundle from the bench's own cache folder (warmed by one
discarded run), as an installed bodymap does on its second start.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from table import Row, median, ms

#: the goal of issue 15 (a benchmark, not a timed test)
GOAL_VS_BARE = 2.2
SIZE = "1400x900"
BARE_SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize({SIZE.replace('x', ', ')})
window.show()
app.processEvents()
if not window.grab().save(sys.argv[1], "PNG"):
    raise SystemExit("could not write " + sys.argv[1])
"""


def _once(command: list[str], out: Path, cache: Path) -> float:
    out.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BODYMAP_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm starts use .pyc files, as installed
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    took = time.perf_counter() - began
    if done.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
        raise RuntimeError(f"{command[:3]} failed ({done.returncode}):\n{done.stderr}")
    return took


def measure(runs: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-shot-") as folder:
        out, cache = Path(folder) / "shot.png", Path(folder) / "cache"
        commands = {
            "bodymap": [sys.executable, "-m", "bodymap", "screenshot", str(out),
                        "--size", SIZE],
            "bare": [sys.executable, "-c", BARE_SCRIPT, str(out)],
        }
        for command in commands.values():  # warm the page cache, the .pyc files, the bundle
            _once(command, out, cache)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for i in range(runs):
            order = list(commands) if i % 2 == 0 else list(reversed(commands))
            for name in order:
                times[name].append(_once(commands[name], out, cache))
    return times


def rows(times: dict[str, list[float]]) -> list[Row]:
    section = "1 startup"
    shot, bare = median(times["bodymap"]), median(times["bare"])
    ratio = shot / bare
    return [
        Row(section, f"bodymap screenshot, launch -> PNG written (median of "
            f"{len(times['bodymap'])})", ms(shot)),
        Row(section, "bare screenshot script, same criterion", ms(bare)),
        Row(section, "screenshot: bodymap / bare", f"{ratio:.2f} x", f"<= {GOAL_VS_BARE} x",
            ratio <= GOAL_VS_BARE,
            note="the command's own work: argument checks, the dataset, the window, the "
                 "PNG"),
    ]
