"""On two cores the window paints on its own thread: Qt's raster engine gets no thread pool.

Qt hands large fills and blends to a pool of threads and waits for them; on the 2-core
machines bodymap runs on, that hand-off made clicks slower (bench/FIGURES.md, "Clicks,
fifth pass"), so ``application()`` turns the pool off there (with more cores it is
left to Qt). Checked in a fresh interpreter, the
way the `bodymap` command starts: whether Qt made the pool's threads is only seen in a
process whose first paint came after ``application()``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bodymap.gui.app import RASTER_POOL_OFF_UP_TO_CORES

# a fresh interpreter with Qt: the slow lane
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

# Opens the main window as the bench does, clicks a region on the map (a new pattern: its
# zones are filled and its pixmaps copied, spans enough for the pool), and lists the
# process's threads by name.
_CHILD = """
import json, os, sys
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from bodymap import resources
from bodymap.domain.bundle import load_dataset_cached
from bodymap.gui.app import application
from bodymap.gui.main_window import MainWindow

dataset = load_dataset_cached(resources.data_dir(), resources.assets_dir())
app = application()
window = MainWindow(dataset, QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.resize(1400, 900)
window.show()
QTest.qWaitForWindowExposed(window)
view = window.body_map
region = view.region_items()[40]
x, y = dataset.atlas.views[region.view].regions[region.rid].centre
for _ in range(2):
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, view.viewport_point(region.view, x, y))
    for _ in range(5):
        app.processEvents()
threads = [open(f"/proc/self/task/{t}/comm").read().strip() for t in os.listdir("/proc/self/task")]
print(json.dumps({"threads": threads, "variable": os.environ.get("QT_NO_GUI_THREADPOOL"),
                  "marked": len(window.session.drawing)}))
"""


def _child(tmp_path: Path, variable: str | None) -> dict[str, Any]:
    child = tmp_path / "threads.py"
    child.write_text(_CHILD, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.update({"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
                "BODYMAP_CACHE_DIR": str(tmp_path / "cache")})
    if variable is not None:
        env["QT_NO_GUI_THREADPOOL"] = variable
    done = subprocess.run([sys.executable, str(child), str(tmp_path / "settings.ini")],
                          capture_output=True, text=True, timeout=180, env=env, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads listed from /proc")
def test_the_map_paints_without_qt_helper_threads_on_two_cores(tmp_path: Path) -> None:
    result = _child(tmp_path, None)
    assert result["marked"] == 0  # clicked on and off: two repaints with a pattern between
    if (os.cpu_count() or 1) > RASTER_POOL_OFF_UP_TO_CORES:
        assert result["variable"] is None  # more cores: the pool is Qt's to use
        return
    assert result["variable"] == "1"
    # the main thread alone: no "Thread (pooled)" of Qt's raster engine (nor anything else)
    assert len(result["threads"]) == 1, result["threads"]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads listed from /proc")
def test_a_value_the_user_set_is_kept(tmp_path: Path) -> None:
    assert _child(tmp_path, "yes")["variable"] == "yes"
