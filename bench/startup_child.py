"""One cold start, run as its own process by startup.py: ``startup_child.py MODE T0``.

MODE is ``bodymap`` (the real MainWindow with the shipped dataset, built as ``bodymap``
builds it) or ``bare`` (an empty QMainWindow of the same size). T0 is the parent's
``time.time()`` just before it started this process, so the figure includes interpreter
start-up and imports. "First painted" is the same for both: the first
``processEvents()`` after ``show()`` that returns once the window has received its first
paint event (the whole window, children included, is painted in that one pass).
Prints one JSON object on stdout.
"""

from __future__ import annotations

import time

WALL_START = time.time()
_PERF_START = time.perf_counter()

import json  # noqa: E402  (after the clock: imports are part of what is measured)
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402


def _since_start(parent_t0: float) -> float:
    """Seconds since the parent launched us, on the wall clock, via our monotonic clock."""
    return (WALL_START - parent_t0) + (time.perf_counter() - _PERF_START)


def main(mode: str, parent_t0: float) -> dict[str, object]:
    phases: dict[str, float] = {"interpreter": _since_start(parent_t0)}
    from PySide6.QtCore import QEvent, QObject, QSettings, qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMainWindow

    window: QMainWindow
    if mode == "bodymap":
        from bodymap import resources
        from bodymap.domain.dataset import load_dataset
        from bodymap.gui.app import application
        from bodymap.gui.main_window import MainWindow

        phases["imports"] = _since_start(parent_t0)
        dataset = load_dataset(resources.data_dir(), resources.assets_dir())
        phases["load_dataset"] = _since_start(parent_t0)
        app = application()
        # a fresh settings file: no restored geometry, the first-run size (1400x900)
        tmp = tempfile.TemporaryDirectory(prefix="bodymap-bench-")
        settings = QSettings(str(Path(tmp.name) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(dataset, settings)
        phases["window_built"] = _since_start(parent_t0)
    elif mode == "bare":
        phases["imports"] = _since_start(parent_t0)
        phases["load_dataset"] = phases["imports"]
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1400, 900)
        phases["window_built"] = _since_start(parent_t0)
    else:
        raise SystemExit(f"unknown mode {mode!r}")

    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if watched is window and event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    window.installEventFilter(watch)
    window.show()
    deadline = time.perf_counter() + 30.0
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    if not painted:
        raise SystemExit("the window was never painted")
    phases["first_paint"] = _since_start(parent_t0)
    return {
        "mode": mode,
        "phases": phases,
        "total": phases["first_paint"],
        "qt": qVersion(),
        "pyside": __import__("PySide6").__version__,
        "platform": QGuiApplication.platformName(),
        "exposed": bool(window.windowHandle() and window.windowHandle().isExposed()),
    }


if __name__ == "__main__":
    result = main(sys.argv[1], float(sys.argv[2]))
    print(json.dumps(result), flush=True)
