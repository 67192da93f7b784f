"""One cold start, run as its own process by startup.py: ``startup_child.py MODE T0``.

MODE is one of

* ``bodymap``: the real MainWindow with the shipped dataset, opened by
  ``bodymap.gui.app.open_window`` as the ``bodymap`` command opens it, and loaded as the
  command loads it (the validated bundle when it is current, see bodymap.domain.bundle;
  the parent points $BODYMAP_CACHE_DIR at an empty folder for a start after a data change);
* ``floor``: the same kinds of widgets in plain Qt, without any bodymap code: menus, a
  toolbar, a title, a splitter holding a graphics view that draws the front and back SVG
  views (their regions and details, fitted to the view as bodymap fits its figures, with
  their captions) and a tabbed panel (list, search + tree, checkboxes) above a row of legend
  checkboxes, a text browser and a disclaimer, a status bar. What bodymap costs beyond it is
  bodymap's own;
* ``bare``: an empty QMainWindow of the same size;
* ``command``: the ``bodymap`` command itself (``bodymap.cli.main``: its argument parser,
  the log set-up and checks, then the same window), with the user's settings, log and
  records folders pointed at a temporary one. Its phases are only "imports" (bodymap.cli
  imported), "first_paint" and "interactive": the command runs its own event loop.

T0 is the parent's ``time.time()`` just before it started this process, so the figures
include interpreter start-up and imports. "First paint" is the same for all: the first
``processEvents()`` after ``show()`` that returns once the window has received its first
paint event (the whole window, children included, is painted in that one pass). "Interactive"
is the first moment after it at which the event loop runs a zero-delay timer within
``QUIET_MS`` of posting it: work queued for after the first paint (a warm-up, a deferred
load) delays it, as it would delay the user's first click. Prints one JSON object on stdout.
"""

from __future__ import annotations

import time

WALL_START = time.time()
_PERF_START = time.perf_counter()

import json  # noqa: E402  (after the clock: imports are part of what is measured)
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

#: an event loop that answers a posted timer within this many ms is ready for input
QUIET_MS = 10.0
REPO = Path(__file__).resolve().parent.parent


def _since_start(parent_t0: float) -> float:
    """Seconds since the parent launched us, on the wall clock, via our monotonic clock."""
    return (WALL_START - parent_t0) + (time.perf_counter() - _PERF_START)


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


def _bodymap_window(phases: dict[str, float], parent_t0: float, tmp: Path) -> Any:
    from PySide6.QtCore import QSettings

    from bodymap import resources
    from bodymap.gui.app import application
    from bodymap.gui.main_window import MainWindow

    load: Callable[..., Any]
    try:
        from bodymap.domain.bundle import load_dataset_cached
        load = load_dataset_cached
    except ImportError:  # a checkout from before the bundle: measure what it does
        from bodymap.domain.dataset import load_dataset
        load = load_dataset

    phases["imports"] = _since_start(parent_t0)
    # as the command does: a new bundle (after a data change) is written after the first
    # paint, or as the window closes (checkouts from before that write it at once)
    import inspect

    later: list[Callable[[], None]] = []
    hand_over = {"write_later": later.append} if "write_later" in inspect.signature(
        load).parameters else {}
    dataset = load(resources.data_dir(), resources.assets_dir(), **hand_over)
    phases["load_dataset"] = _since_start(parent_t0)
    application()
    # a fresh settings file: no restored geometry, the first-run size (1400x900)
    settings = QSettings(str(tmp / "bench.ini"), QSettings.Format.IniFormat)
    try:
        from bodymap.gui.app import open_window
    except ImportError:  # a checkout from before open_window: the window alone
        return MainWindow(dataset, settings)
    # as `bodymap` starts: the window shown, the client records (a fresh database) and the
    # referral model after its first paint, which "interactive" then waits for
    try:
        from bodymap.gui.app import LaterWork
    except ImportError:
        return open_window(dataset, tmp / "clients.sqlite3", "en", settings)
    _LEFT_FOR_LATER.append(work := LaterWork(later))
    return open_window(dataset, tmp / "clients.sqlite3", "en", settings, work)


#: what the bodymap start left for after its first paint, done as ``run`` does it when the
#: window closes (the next start reads the bundle it writes)
_LEFT_FOR_LATER: list[Any] = []


def _floor_window(phases: dict[str, float], parent_t0: float) -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtSvgWidgets import QGraphicsSvgItem
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QComboBox,
        QDockWidget,
        QGraphicsScene,
        QGraphicsView,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QSplitter,
        QTabWidget,
        QTextBrowser,
        QToolBar,
        QTreeWidget,
        QTreeWidgetItem,
        QVBoxLayout,
        QWidget,
    )

    phases["imports"] = _since_start(parent_t0)
    # the same files the first screen shows, read by Qt itself (no YAML, no checking)
    assets = REPO / "assets"
    muscles = sorted(p.stem for p in (REPO / "data" / "muscles").glob("*.yaml"))
    phases["load_dataset"] = _since_start(parent_t0)
    QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1400, 900)
    bar = window.menuBar()
    toolbar = QToolBar("Main")
    window.addToolBar(toolbar)
    for menu_name in ("&File", "&Edit", "&View", "&Help"):
        menu = bar.addMenu(menu_name)
        for i in range(8):
            action = QAction(f"{menu_name.strip('&')} {i}", window)
            menu.addAction(action)
            if i < 3:
                toolbar.addAction(action)
    scene = QGraphicsScene()
    x = 0.0
    for name in ("front", "back"):
        item = QGraphicsSvgItem(str(assets / f"{name}.svg"))
        item.setPos(x, 0)
        scene.addItem(item)
        box = item.boundingRect()
        caption = scene.addSimpleText(name.title())
        caption.setPos(x + box.width() / 2, box.height() + 8)
        x += box.width() + 40

    class FittedView(QGraphicsView):
        # fitted when laid out, as bodymap's map is: fitted before the window has its size,
        # the figures were drawn a few pixels tall and the floor painted an empty map
        def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
            super().resizeEvent(event)
            self.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    view = FittedView(scene)
    view.setObjectName("floorMap")
    view.setRenderHint(view.renderHints().Antialiasing)
    tabs = QTabWidget()
    explore = QListWidget()
    explore.addItems([f"candidate {i}" for i in range(10)])
    browse = QWidget()
    browse_layout = QVBoxLayout(browse)
    search_row = QWidget()
    search_layout = QVBoxLayout(search_row)
    search_layout.addWidget(QLineEdit())
    search_layout.addWidget(QComboBox())
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    tree.addTopLevelItems([QTreeWidgetItem([m]) for m in muscles])
    browse_layout.addWidget(search_row)
    browse_layout.addWidget(tree, 1)
    safety = QWidget()
    safety_layout = QVBoxLayout(safety)
    for i in range(12):
        safety_layout.addWidget(QCheckBox(f"red flag question {i}"))
    tabs.addTab(explore, "Explore")
    tabs.addTab(browse, "Muscles")
    tabs.addTab(safety, "Red flags")
    legend = QWidget()
    legend_layout = QHBoxLayout(legend)
    for name in ("Muscle", "Main zone", "Spillover", "Trigger points (X)"):
        toggle = QCheckBox(name)
        toggle.setChecked(True)
        legend_layout.addWidget(toggle)
    card = QTextBrowser()
    card.setHtml("<h2>Where does it hurt?</h2>" + "<p>Mark the painful areas on the body map: "
                 "click a region, or drag across several.</p>" * 3)
    disclaimer = QLabel("Health information, not a diagnosis. " * 4)
    disclaimer.setWordWrap(True)
    lower = QWidget()
    lower_layout = QVBoxLayout(lower)
    lower_layout.addWidget(legend)
    lower_layout.addWidget(card, 1)
    lower_layout.addWidget(disclaimer)
    right = QSplitter(Qt.Orientation.Vertical)
    right.addWidget(tabs)
    right.addWidget(lower)
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(view)
    split.addWidget(right)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    central = QWidget()
    column = QVBoxLayout(central)
    column.addWidget(QLabel("<b>Click where it hurts</b>"))
    column.addWidget(split, 1)
    window.setCentralWidget(central)
    window.statusBar().addWidget(QLabel("ready"), 1)
    window.statusBar().addPermanentWidget(QLabel("0 regions"))
    dock = QDockWidget("Clients", window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.hide()
    return window


def _floor_figures_height(window: Any) -> int:
    """How tall the floor's figures were drawn, in pixels of its map."""
    from PySide6.QtWidgets import QGraphicsView

    view = window.findChild(QGraphicsView, "floorMap")
    scene = view.scene()
    return int(view.mapFromScene(scene.itemsBoundingRect()).boundingRect().height())


def _command(phases: dict[str, float], parent_t0: float) -> dict[str, object]:
    """The ``bodymap`` command, as a user starts it (see the module's docstring)."""
    import os

    tmp = tempfile.TemporaryDirectory(prefix="bodymap-bench-")
    # the user's own settings, log and records are neither read nor changed
    os.environ["XDG_CONFIG_HOME"] = os.environ["BODYMAP_LOG_DIR"] = tmp.name
    import bodymap.cli
    from bodymap import collector

    # the command imports the window's modules with the collector held (cli._run_gui): so
    # are they here, a step earlier, to reach the function that makes the QApplication
    collector.hold()
    import bodymap.gui.app

    phases["imports"] = _since_start(parent_t0)
    seen: dict[str, Any] = {}
    opened = bodymap.gui.app.open_window

    def open_window(*args: Any, **kwargs: Any) -> Any:
        # the command's window, watched as ``main`` watches its own: a filter on the window
        # alone (one on the whole application would pass every event of the start through
        # Python, about 30 ms)
        window = opened(*args, **kwargs)
        seen["watch"] = _CommandWatch(window, phases, parent_t0, seen)
        return window

    bodymap.gui.app.open_window = open_window
    status = bodymap.cli.main(["--db", str(Path(tmp.name) / "clients.sqlite3")])
    if status != 0 or "interactive" not in phases:
        raise SystemExit(f"the bodymap command ended with {status} before it was interactive")
    window = seen["window"]
    return {
        "mode": "command", "phases": phases, "total": phases["first_paint"],
        "interactive": phases["interactive"], "rss_first_paint_kib": seen["rss"],
        "size": [window.width(), window.height()], "figures_px": None,
    }


class _CommandWatch:
    """Notes the main window's first paint, then posts zero-delay probes as ``main`` does
    and quits the command's event loop once one runs promptly. As in ``main``, the paint
    counts once the event loop has delivered it: a zero-delay timer posted as the window's
    paint event arrives runs when that pass is over (``main`` reads the clock when its
    ``processEvents()`` returns)."""

    def __init__(self, window: Any, phases: dict[str, float], parent_t0: float,
                 seen: dict[str, Any]) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert app is not None  # the window exists, so does its application

        class Watch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and "window" not in seen:
                    seen["window"] = watched
                    QTimer.singleShot(0, painted)
                return False

        def painted() -> None:
            phases["first_paint"] = _since_start(parent_t0)
            seen["rss"] = _rss_kib()
            _probe_until_quiet(app, parent_t0, phases)

        self._filter = Watch()
        window.installEventFilter(self._filter)


def _probe_until_quiet(app: Any, parent_t0: float, phases: dict[str, float]) -> None:
    """Zero-delay timers posted one after another until one runs within ``QUIET_MS`` of
    being posted: then ``phases["interactive"]`` is noted and ``app``'s event loop ends
    (after 30 s at the latest)."""
    from PySide6.QtCore import QTimer

    def post_probe() -> None:
        posted = time.perf_counter()

        def answered() -> None:
            if (time.perf_counter() - posted) * 1000 <= QUIET_MS:
                phases["interactive"] = _since_start(parent_t0)
                app.quit()
            else:
                post_probe()

        QTimer.singleShot(0, answered)

    post_probe()
    QTimer.singleShot(30_000, app.quit)


def main(mode: str, parent_t0: float) -> dict[str, object]:
    phases: dict[str, float] = {"interpreter": _since_start(parent_t0)}
    if mode == "command":
        return _command(phases, parent_t0)
    if mode == "bodymap":
        # as the `bodymap` command starts (cli._run_gui): the garbage collector held until
        # the first paint (bodymap/collector.py), the Qt-free layers the window needs
        # imported before PySide6 (bodymap/gui/__init__.py)
        from bodymap import collector
        collector.hold()
        import bodymap.gui  # noqa: F401
    from PySide6.QtCore import QEvent, QObject, qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMainWindow

    tmp = tempfile.TemporaryDirectory(prefix="bodymap-bench-")
    window: QMainWindow
    if mode == "bodymap":
        window = _bodymap_window(phases, parent_t0, Path(tmp.name))
    elif mode == "floor":
        window = _floor_window(phases, parent_t0)
    elif mode == "bare":
        phases["imports"] = _since_start(parent_t0)
        phases["load_dataset"] = phases["imports"]
        QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1400, 900)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    phases["window_built"] = _since_start(parent_t0)
    app = QApplication.instance()
    assert isinstance(app, QApplication)

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
    rss_first_paint = _rss_kib()

    _probe_until_quiet(app, parent_t0, phases)
    app.exec()
    for work in _LEFT_FOR_LATER:
        work.do()
    if "interactive" not in phases:
        raise SystemExit("the event loop never became quiet")
    return {
        "mode": mode,
        "phases": phases,
        "total": phases["first_paint"],
        "interactive": phases["interactive"],
        "rss_first_paint_kib": rss_first_paint,
        "qt": qVersion(),
        "pyside": __import__("PySide6").__version__,
        "platform": QGuiApplication.platformName(),
        "exposed": bool(window.windowHandle() and window.windowHandle().isExposed()),
        # what startup.py checks before it compares: the same window size in every mode,
        # and a floor whose map shows its figures
        "size": [window.width(), window.height()],
        "figures_px": _floor_figures_height(window) if mode == "floor" else None,
    }


if __name__ == "__main__":
    result = main(sys.argv[1], float(sys.argv[2]))
    print(json.dumps(result), flush=True)
