"""`bodymap screenshot` against a bare screenshot script, both as fresh processes.

The bare script is the least any screenshot command can cost: start Python, import PySide6,
make a QApplication on the offscreen platform, grab an empty QMainWindow of the same size
and write it as PNG. Both run in rotation so that drift in machine load hits both alike;
bodymap reads its validated bundle from the bench's own cache folder (warmed by one
discarded run), as an installed bodymap does on its second start.

Alone (`python bench/screenshot.py --against DIR`), it also runs another bodymap source tree
(a `git archive` of main, say) in the same rotation: before and after, paired under the
same load.
"""

from __future__ import annotations

import argparse
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


def _once(command: list[str], out: Path, cache: Path, source: Path | None = None) -> float:
    """One run, launch to exit; ``source``: the bodymap tree to import (PYTHONPATH)."""
    out.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BODYMAP_CACHE_DIR": str(cache)}
    if source is not None:
        env["PYTHONPATH"] = str(source)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm starts use .pyc files, as installed
    began = time.perf_counter()
    # `python -m` puts the working folder first on sys.path, before PYTHONPATH: run there
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                          check=False, cwd=source)
    took = time.perf_counter() - began
    if done.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
        raise RuntimeError(f"{command[:3]} failed ({done.returncode}):\n{done.stderr}")
    return took


def measure(runs: int, against: Path | None = None) -> dict[str, list[float]]:
    """``runs`` timed runs of each command in rotation; ``against``: another bodymap source
    tree, timed as "against" beside "bodymap" (this checkout, or PYTHONPATH's)."""
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-shot-") as folder:
        out, cache = Path(folder) / "shot.png", Path(folder) / "cache"
        shot = [sys.executable, "-m", "bodymap", "screenshot", str(out), "--size", SIZE]
        commands: dict[str, tuple[list[str], Path | None]] = {
            "bodymap": (shot, None),
            "bare": ([sys.executable, "-c", BARE_SCRIPT, str(out)], None),
        }
        if against is not None:
            # its own cache folder: the two trees' bundles may differ
            commands["against"] = (shot, against)

        def run(name: str) -> float:
            command, source = commands[name]
            return _once(command, out, cache / name, source)

        for name in commands:  # warm the page cache, the .pyc files, the bundle
            run(name)
        times: dict[str, list[float]] = {name: [] for name in commands}
        names = list(commands)
        for i in range(runs):
            for name in names[i % len(names):] + names[:i % len(names)]:  # rotated
                times[name].append(run(name))
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--against", type=Path, metavar="DIR",
                        help="another bodymap source tree to time in the same rotation")
    args = parser.parse_args()
    if args.against is not None and not (args.against / "bodymap" / "cli.py").is_file():
        parser.error(f"--against {args.against}: no bodymap/cli.py there (a source tree, "
                     "e.g. `git archive main | tar -x -C DIR`)")
    import machine

    print(f"load average {machine.load_average()} at start", flush=True)
    times = measure(args.runs, args.against)
    for row in rows(times):
        print(f"{row.figure:<60} {row.value:>10}  {row.goal}")
    if "against" in times:
        against, bare = median(times["against"]), median(times["bare"])
        print(f"{'--against ' + str(args.against):<60} {ms(against):>10}  "
              f"{against / bare:.2f} x bare")
    print(f"load average {machine.load_average()} at end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
