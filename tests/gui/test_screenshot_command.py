"""`bodymap screenshot` as a user runs it: a fresh process writing a real PNG (issue 15).

The command ends its process without the interpreter's teardown once the PNG is written
(bodymap.cli._end_process); these check that nothing is lost by that: the file, the exit
status, the line on stdout, the log.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow  # real processes


def run_screenshot(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "BODYMAP_LOG_DIR": str(tmp_path / "log")}
    # stdout into a pipe is block-buffered, as for a user's script; unbuffered would hide a
    # line lost at the quick exit
    env.pop("PYTHONUNBUFFERED", None)
    return subprocess.run([sys.executable, "-m", "bodymap", "screenshot", *args], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def log_lines(tmp_path: Path) -> list[str]:
    return (tmp_path / "log" / "bodymap.log").read_text(encoding="utf-8").splitlines()


def test_the_png_the_output_line_and_the_log_all_survive_the_quick_exit(
        tmp_path: Path) -> None:
    out = tmp_path / "shots" / "map.png"
    out.parent.mkdir()
    done = run_screenshot(tmp_path, str(out), "--size", "800x600", "--select", "left.buttock")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote {out}\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)
    assert [p.name for p in out.parent.iterdir()] == ["map.png"]  # no temporary left
    assert "finished: screenshot, exit status 0" in log_lines(tmp_path)[-1]


def test_a_refused_screenshot_keeps_its_exit_status_message_and_log_line(
        tmp_path: Path) -> None:
    done = run_screenshot(tmp_path, str(tmp_path / "map.png"), "--view", "top")
    assert done.returncode == 2
    assert "unknown view 'top'" in done.stderr
    assert not (tmp_path / "map.png").exists()
    assert "finished: screenshot, exit status 2" in log_lines(tmp_path)[-1]


#: never needed to draw the window into a PNG: the client records (sqlite3), the handout
#: and printing, the data checking of a first start (pydantic, yaml: the bundle is current),
#: the plotting stack, and subprocess (ldd runs only when no current note of a clean system
#: check exists)
NOT_ON_THE_SCREENSHOT_PATH = (
    "bodymap.store", "sqlite3", "bodymap.report.handout", "bodymap.gui.client_panel",
    "bodymap.gui.handout_dialog", "PySide6.QtPrintSupport", "pydantic", "yaml", "numpy",
    "pyqtgraph", "subprocess")

_LIST_MODULES = """
import json, sys
from bodymap.cli import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def test_a_screenshot_imports_nothing_it_does_not_draw(tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    cache = tmp_path / "cache"  # warmed by the first run: the bundle and the system check
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "BODYMAP_LOG_DIR": str(tmp_path / "log"), "BODYMAP_CACHE_DIR": str(cache)}
    argv = ["screenshot", str(out), "--size", "800x600", "--select", "left.buttock"]
    warm = subprocess.run([sys.executable, "-m", "bodymap", *argv], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert warm.returncode == 0, warm.stderr
    done = subprocess.run([sys.executable, "-c", _LIST_MODULES, *argv], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["status"] == 0
    loaded = set(report["modules"])
    assert "bodymap.gui.main_window" in loaded  # the list is the real one
    unexpected = sorted(m for m in loaded
                        if any(m == name or m.startswith(name + ".")
                               for name in NOT_ON_THE_SCREENSHOT_PATH))
    assert not unexpected, f"imported by `bodymap screenshot`: {unexpected}"
