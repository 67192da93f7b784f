"""Click latency and memory of the real main window, run as its own process by run.py.

``gui_child.py clicks N SEED [HOVER]`` clicks region centres on the body map's viewport
with QTest (press + release, as a user does) on drawings of 1-8 marked regions and prints
the latencies (HOVER: seconds the pointer rests on the region before the press, as a mouse
user's pointer does; none or 0: the press comes at once, with no pointer move);
``gui_child.py listclicks N SEED`` clicks rows 2-4 of the Explore list after a short pause
each (what idle-time preparation is for); ``gui_child.py memory N`` reads the resident set
size after showing the window and after N and 2N clicks that toggle regions on and off;
``gui_child.py paints N SEED`` splits the clicks of ``clicks`` by the events they lead to
(the press, the repaint, each widget's paint). Prints one JSON object.
"""

from __future__ import annotations

import gc
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar, QWidget

from bodymap import collector, resources
from bodymap.domain.bundle import load_dataset_cached
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.gui.app import (
    FIRST_CLICK_WARM_UP_MS,
    application,
    keep_raster_work_on_this_thread,
    open_window,
)
from bodymap.gui.body_map import BodyMapView
from bodymap.gui.main_window import MainWindow
from bodymap.session.session import Session
from bodymap.session.view_model import Card, ViewModel


@dataclass(frozen=True)
class Target:
    rid: str
    view: str
    pos: QPoint


class _LayoutWatch(QObject):
    """Notes whether any layout, repaint or timer event was delivered (while installed)."""

    KINDS = (QEvent.Type.LayoutRequest, QEvent.Type.UpdateRequest, QEvent.Type.Paint,
             QEvent.Type.Timer)

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if event.type() in self.KINDS:
            self.seen = True
        return False


class _RepaintClock(QObject):
    """When each repaint of the window ended: its UpdateRequest paints every widget that
    asked to be and hands the picture to the screen, and the clock delivers that event
    itself to note the moment it is done (an event filter sees an event only before it).
    What the event loop does next in the same pass (a timer due at once: the card's rest,
    set after its first part has been shown) comes after what the user sees."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self._inside = False
        self.ends: list[tuple[float, float]] = []  # (perf_counter, thread_time)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if watched is not self._window or event.type() != QEvent.Type.UpdateRequest or \
                self._inside:
            return False
        self._inside = True
        try:
            self._window.event(event)
        finally:
            self._inside = False
        self.ends.append((time.perf_counter(), time.thread_time()))
        return True


def _until_settled(app: QApplication, watch: _LayoutWatch) -> float:
    """Deliver events until a round brings no layout, repaint or timer event; the time after
    the last round that did. A click's first repaint may schedule more: a new text that
    changes a widget's height lays the panel out again and repaints it (what the user sees
    last), which the first repaint's time leaves out."""
    settled = time.perf_counter()
    app.installEventFilter(watch)
    try:
        for _ in range(20):
            watch.seen = False
            app.processEvents()
            if not watch.seen:
                break
            settled = time.perf_counter()
    finally:
        app.removeEventFilter(watch)
    return settled


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _settle(app: QApplication) -> None:
    """Deliver everything pending (posted events, deferred deletes, the repaint)."""
    for _ in range(3):
        app.processEvents()


def _open(tmp: Path) -> tuple[QApplication, Dataset, MainWindow]:
    """The main window started as the `bodymap` command starts it (the collector held until
    the start's workers are done, then what the start made frozen; the client records and the
    referral model after the first paint; the first click's warm-up), with the dataset
    loaded as the command loads it, so that clicks and memory are the app's; returned once
    all of that is done."""
    collector.hold()  # (the command holds it before its imports; here, after them)
    dataset = load_dataset_cached(resources.data_dir(), resources.assets_dir())
    app = application()
    settings = QSettings(str(tmp / "bench.ini"), QSettings.Format.IniFormat)
    window = open_window(dataset, tmp / "clients.sqlite3", "en", settings)
    if not QTest.qWaitForWindowExposed(window):
        raise SystemExit("the main window was never exposed")
    deadline = time.perf_counter() + 30.0
    while (collector.held() or window.session.building_in_background) and \
            time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    _idle(app, FIRST_CLICK_WARM_UP_MS / 1000 + 0.1)  # the warm-up's timers have run
    _settle(app)
    return app, dataset, window


def _targets(dataset: Dataset, window: MainWindow) -> tuple[list[Target], int]:
    """Region centres that the view resolves back to the same region (tiny regions at the
    fitted zoom may not: those are counted and skipped)."""
    view_widget = window.body_map
    rect = view_widget.viewport().rect()
    out: list[Target] = []
    skipped = 0
    for view in view_widget.views_shown():
        for rid, shape in dataset.atlas.views[view].regions.items():
            x, y = shape.centre
            pos = view_widget.viewport_point(view, x, y)
            item = view_widget.region_at(pos)
            if rect.contains(pos) and item is not None and item.rid == rid:
                out.append(Target(rid, view.value, pos))
            else:
                skipped += 1
    return out, skipped


def _kind(before: Card | None, after: Card | None) -> str:
    """What a click did to the muscle card: "card" (another muscle or other trigger points:
    a new card and a new pattern on the map), "headline" (only its first sentence), "empty"
    (no card: the drawing emptied) or "same"."""
    if after is None:
        return "empty"
    if before is None or (before.muscle, before.points) != (after.muscle, after.points):
        return "card"
    return "headline" if before.headline != after.headline else "same"


def _idle(app: QApplication, seconds: float) -> None:
    """Leave the window alone for ``seconds``: its event loop runs what comes (timers,
    idle-time work) and otherwise sleeps, as it does between a user's moves."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.002)


def clicks(n: int, seed: int, hover: float = 0.0) -> dict[str, Any]:
    """``hover`` > 0: each press comes after the pointer moved onto the region and rested
    there that long (seconds), as a mouse user's click does; 0: the press comes at once,
    with no pointer move before it, as a touch or a click in quick succession does."""
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-") as tmp:
        app, dataset, window = _open(Path(tmp))
        targets, skipped = _targets(dataset, window)
        by_rid = {t.rid: t for t in targets}  # one target per region (front or back)
        rids = sorted(by_rid)
        fired: list[float] = []

        def on_view_model(_vm: ViewModel) -> None:
            # subscribed after the window's widgets: called once they have all refreshed
            fired.append(time.perf_counter())

        window.session.subscribe(on_view_model)
        model = dataset.referral_model()
        bare = Session(dataset)  # the same session work without any widget listening
        rng = random.Random(seed)
        viewport = window.body_map.viewport()
        to_signal: list[float] = []
        to_painted: list[float] = []
        to_settled: list[float] = []
        # the same spans in this thread's CPU time: on the shared machine the wall-clock
        # figures move with the other users' load, the work done much less
        cpu_painted: list[float] = []
        cpu_settled: list[float] = []
        watch = _LayoutWatch()
        clock = _RepaintClock(window)
        window.installEventFilter(clock)
        handler: list[float] = []
        model_only: list[float] = []
        sizes: list[int] = []
        kinds: list[str] = []
        foreseen = 0
        wrong = 0
        for _ in range(n):
            marked, clicked = _drawing_and_click(rng, rids)
            window.session.open_drawing(PainDrawing.of(marked), "bench setup")
            _settle(app)
            if hover > 0:
                QTest.mouseMove(viewport, by_rid[clicked].pos)
                _idle(app, hover)
                foreseen += window.session.view_model.foreseen is not None
            card_before = window.session.view_model.card
            fired.clear()
            cpu_start = time.thread_time()
            start = time.perf_counter()
            # the press does the click's work and the window repaints before the release
            # comes (a finger lifts some 100 ms later), with the button still held
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, by_rid[clicked].pos)
            while not fired and time.perf_counter() - start < 5.0:
                app.processEvents()
            signalled = fired[0] if fired else float("nan")
            # the repaint of map and panel that the press scheduled: the end of the last
            # window repaint in this pass of the event loop
            clock.ends.clear()
            app.processEvents()
            painted, cpu_paint_done = clock.ends[-1] if clock.ends else \
                (time.perf_counter(), time.thread_time())
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier, by_rid[clicked].pos)
            settled = _until_settled(app, watch)
            cpu_settle_done = time.thread_time()
            expected = PainDrawing.of(marked).toggled(clicked)
            if window.session.drawing != expected or not fired:
                wrong += 1
                continue
            kinds.append(_kind(card_before, window.session.view_model.card))
            to_signal.append(signalled - start)
            to_painted.append(painted - start)
            to_settled.append(settled - start)
            cpu_painted.append(cpu_paint_done - cpu_start)
            cpu_settled.append(cpu_settle_done - cpu_start)
            if hover > 0:  # off the map, so that the next drawing is set with no hover
                QTest.mouseMove(window.panel, window.panel.rect().center())
            bare.open_drawing(PainDrawing.of(marked))
            t = time.perf_counter()
            bare.toggle(clicked)
            handler.append(time.perf_counter() - t)
            t = time.perf_counter()
            model.rank(expected)
            model_only.append(time.perf_counter() - t)
            sizes.append(len(expected))
        return {
            "qt": qVersion(), "pyside": pyside_version,
            "platform": QGuiApplication.platformName(),
            "viewport": [viewport.width(), viewport.height()],
            "window": [window.width(), window.height()],
            "targets": len(rids), "skipped_targets": skipped, "wrong": wrong,
            "to_signal": to_signal, "to_painted": to_painted, "to_settled": to_settled,
            "cpu_painted": cpu_painted, "cpu_settled": cpu_settled, "handler": handler,
            "model": model_only, "sizes": sizes, "kinds": kinds, "hover": hover,
            "foreseen": foreseen,
        }


def list_clicks(n: int, seed: int) -> dict[str, Any]:
    """Clicks on the Explore list's second to fourth rows, each after the window was left
    alone for a moment (as a user reads the list before picking): press -> map and panel
    repainted, for the clicks that bring a new card. The window prepares the next rows'
    zones and cards in idle time (gui/ahead.py); the map clicks above leave it none."""
    from bodymap.gui.panel.explore import ExplorePage

    with tempfile.TemporaryDirectory(prefix="bodymap-bench-") as tmp:
        app, dataset, window = _open(Path(tmp))
        explore = window.findChild(ExplorePage)
        assert explore is not None
        targets, _ = _targets(dataset, window)
        rids = sorted({t.rid for t in targets})
        rng = random.Random(seed)
        to_painted: list[float] = []
        kinds: list[str] = []
        for _ in range(n):
            window.session.open_drawing(PainDrawing.of(rng.sample(rids, rng.randint(1, 8))),
                                        "bench setup")
            _idle(app, LIST_PAUSE)
            if explore.model.rowCount() < 4:
                continue
            index = explore.model.index(rng.choice([1, 2, 3]))
            explore.list.scrollTo(index)
            app.processEvents()
            card_before = window.session.view_model.card
            start = time.perf_counter()
            QTest.mouseClick(explore.list.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier,
                             explore.list.visualRect(index).center())
            app.processEvents()
            to_painted.append(time.perf_counter() - start)
            kinds.append(_kind(card_before, window.session.view_model.card))
        return {"to_painted": to_painted, "kinds": kinds, "pause": LIST_PAUSE}


def _drawing_and_click(rng: random.Random, rids: list[str]) -> tuple[list[str], str]:
    """A drawing of 1-8 marked regions, and the region clicked on it: one of the marked
    ones half the time (the click unmarks it), another region otherwise."""
    marked = rng.sample(rids, rng.randint(1, 8))
    clicked = rng.choice(marked) if rng.random() < 0.5 else rng.choice(
        [r for r in rids if r not in marked])
    return marked, clicked


#: how long the window is left alone before each list click (seconds)
LIST_PAUSE = 0.12


class _TimedApplication(QApplication):
    """Times the events a click leads to, by what receives them: the press (the session
    and every listener), the scene's queued update (which sends the window's repaint at
    once, so the paints are inside it) and each widget's paint event, keyed as
    "outer > inner" where one is delivered inside another. Only while ``timing``."""

    TIMED = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
             QEvent.Type.MetaCall, QEvent.Type.UpdateRequest, QEvent.Type.Paint,
             QEvent.Type.LayoutRequest, QEvent.Type.Timer)

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.timing = False
        self.spent: dict[str, float] = {}
        self.repainted_area = 0  # the map viewport's, in pixels
        self._open: list[str] = []

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        if not self.timing or event.type() not in self.TIMED:
            return super().notify(receiver, event)
        what = f"{event.type().name}:{_widget_name(receiver)}"
        if isinstance(event, QPaintEvent) and what.endswith("map viewport"):
            box = event.region().boundingRect()
            self.repainted_area += box.width() * box.height()
        key = f"{self._open[-1]} > {what}" if self._open else what
        self._open.append(what)
        start = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            self.spent[key] = self.spent.get(key, 0.0) + time.perf_counter() - start
            self._open.pop()


def _widget_name(obj: QObject) -> str:
    """A widget's class, a viewport or scroll bar named after its scroll area."""
    name = type(obj).__name__
    parent = obj.parent()
    if isinstance(parent, BodyMapView) and name == "QWidget":
        return "map viewport"
    if name == "QWidget" and isinstance(parent, QAbstractScrollArea):
        return f"viewport of {type(parent).__name__}"
    if isinstance(obj, QScrollBar):
        area = parent.parent() if parent is not None and not isinstance(
            parent, QAbstractScrollArea) else parent
        return f"scroll bar of {type(area).__name__}"
    return name


def paints(n: int, seed: int) -> dict[str, Any]:
    """The clicks of ``clicks`` (same seed, same drawings), each one's time split by the
    events it led to (_TimedApplication), as milliseconds per click of each kind (mean),
    with the map viewport's repainted area. Timing each event adds a little to each."""
    # made here, not by application(), so that it can time every event: set up as
    # application() sets the application up for painting
    keep_raster_work_on_this_thread()
    app = _TimedApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-") as tmp:
        _, dataset, window = _open(Path(tmp))
        targets, _ = _targets(dataset, window)
        by_rid = {t.rid: t for t in targets}
        rids = sorted(by_rid)
        rng = random.Random(seed)
        viewport = window.body_map.viewport()
        totals: dict[str, dict[str, float]] = {}
        counts: dict[str, int] = {}
        areas: dict[str, int] = {}
        for _ in range(n):
            marked, clicked = _drawing_and_click(rng, rids)
            window.session.open_drawing(PainDrawing.of(marked), "bench setup")
            _settle(app)
            card_before = window.session.view_model.card
            app.spent, app.repainted_area = {}, 0
            app.timing = True
            start = time.perf_counter()
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, by_rid[clicked].pos)
            app.processEvents()
            app.spent["press -> repainted"] = time.perf_counter() - start
            app.timing = False
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier, by_rid[clicked].pos)
            kind = _kind(card_before, window.session.view_model.card)
            counts[kind] = counts.get(kind, 0) + 1
            areas[kind] = areas.get(kind, 0) + app.repainted_area
            into = totals.setdefault(kind, {})
            for key, spent in app.spent.items():
                into[key] = into.get(key, 0.0) + spent
        return {"viewport": [viewport.width(), viewport.height()], "counts": counts,
                "map_area_per_click": {kind: round(area / counts[kind])
                                       for kind, area in areas.items()},
                "ms_per_click": {kind: {key: round(spent / counts[kind] * 1000, 3)
                                        for key, spent in sorted(into.items(),
                                                                 key=lambda kv: -kv[1])}
                                 for kind, into in totals.items()}}


def memory(n: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-") as tmp:
        app, dataset, window = _open(Path(tmp))
        targets, _ = _targets(dataset, window)
        gc.collect()
        _settle(app)
        readings: dict[str, dict[str, int]] = {
            "shown": {"rss": _status_kib("VmRSS"), "hwm": _status_kib("VmHWM")}}
        viewport = window.body_map.viewport()
        # one click on and off first: what a start leaves until after its first paint (the
        # muscles decoded, the referral model built, the map's pixmap caches filled) is paid
        # once, not per click; growth is measured from here
        for _on_off in range(2):
            QTest.mouseClick(viewport, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, targets[0].pos)
            app.processEvents()
        gc.collect()
        _settle(app)
        readings["ready"] = {"rss": _status_kib("VmRSS"), "hwm": _status_kib("VmHWM")}
        done = 1
        for label in ("after_n", "after_2n"):
            for _ in range(n // 2):
                target = targets[done % len(targets)]
                for _on_off in range(2):  # mark, then unmark: the drawing stays empty
                    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton,
                                     Qt.KeyboardModifier.NoModifier, target.pos)
                    app.processEvents()
                done += 1
            gc.collect()
            _settle(app)
            readings[label] = {"rss": _status_kib("VmRSS"), "hwm": _status_kib("VmHWM")}
        return {"clicks_per_step": 2 * (n // 2), "readings": readings,
                "undo_entries": window.session.history_depth,
                "drawing_left": len(window.session.drawing)}


if __name__ == "__main__":
    if sys.argv[1] == "clicks":
        out = clicks(int(sys.argv[2]), int(sys.argv[3]),
                     float(sys.argv[4]) if len(sys.argv) > 4 else 0.0)
    elif sys.argv[1] == "listclicks":
        out = list_clicks(int(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1] == "paints":
        out = paints(int(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1] == "memory":
        out = memory(int(sys.argv[2]))
    else:
        raise SystemExit(f"unknown mode {sys.argv[1]!r}")
    print(json.dumps(out), flush=True)
