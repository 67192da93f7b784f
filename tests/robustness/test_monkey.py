"""Thousands of random, seeded user actions on the real window; the state never drifts.

After every action: what the map draws equals the drawing, the drawing holds only valid
region ids and intensities, the panel lists exactly the model's top muscles in order, and
the safety banner shows exactly when an alert applies. Exceptions in Qt virtuals and Qt
warnings fail the test (pytest-qt, ``qt_log_level_fail = WARNING``).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY, PainDrawing
from bodymap.gui.main_window import MainWindow
from bodymap.scene.layouts import Layout
from bodymap.session.session import TOP_CANDIDATES
from tests.gui.helpers import region_pos

# thousands of real events: the slow lane (make test runs it; make test-fast does not)
pytestmark = pytest.mark.slow

STEPS = int(os.environ.get("BODYMAP_MONKEY_STEPS", "3000"))
SEED = int(os.environ.get("BODYMAP_MONKEY_SEED", "20240611"))
SEARCHES = ("QL", "psoas", "fibularis", "SCM", "glut", "trap", "", "zzzz", "  ", "é", "(")


_EXPECTED: dict[tuple[int, PainDrawing], list[str]] = {}


def expected_muscles(window: MainWindow, drawing: PainDrawing) -> list[str]:
    """The model's top hypotheses for a drawing (memoised: ranking is the costly part)."""
    key = (id(window.session.dataset), drawing)
    if key not in _EXPECTED:
        model = window.session.dataset.referral_model()
        _EXPECTED[key] = [h.id for h in model.rank(drawing).hypotheses[:TOP_CANDIDATES]]
    return _EXPECTED[key]


def check_consistent(window: MainWindow, where: str) -> None:
    vm = window.session.view_model
    drawing = window.session.drawing
    assert vm.drawing == drawing, f"{where}: the view model lags the drawing"
    regions = window.session.dataset.regions
    for rid, level in drawing.items():
        assert rid in regions, f"{where}: drawing holds unknown region {rid!r}"
        assert MIN_INTENSITY <= level <= MAX_INTENSITY, f"{where}: {rid}={level}"
    for item in window.body_map.region_items():
        assert item.shown_intensity == drawing.get(item.rid), (
            f"{where}: {item.view.value}/{item.rid} drawn at {item.shown_intensity}, "
            f"drawing says {drawing.get(item.rid)}")
    expected = expected_muscles(window, drawing)
    listed = [c.key for c in vm.candidates]
    assert listed == expected, f"{where}: panel lists {listed}, model ranks {expected}"
    assert window.panel.explore.model.rowCount() == len(expected), where
    ticked = {k for k, box in window.panel.safety.boxes.items() if box.isChecked()}
    assert ticked == vm.ticked, f"{where}: ticked boxes {ticked}, session {vm.ticked}"
    alerts = window.session.dataset.safety.alerts(drawing, ticked)
    assert window.panel.alert_banner.isHidden() == (not alerts), (
        f"{where}: banner hidden={window.panel.alert_banner.isHidden()} with alerts "
        f"{[a.id for a in alerts]}")
    markers = [o for o in window.body_map.overlay_items() if o.data(0) == "marker"]
    if vm.card is None:
        assert vm.pattern is None and not markers, f"{where}: pattern drawn with no muscle shown"
    else:
        assert vm.pattern is not None and vm.pattern.muscle == vm.card.muscle, \
            f"{where}: pattern of another muscle"
        assert vm.card.muscle.replace("_", " ")[:4] in \
            window.panel.card.toPlainText().lower(), f"{where}: card of another muscle"
    if drawing and vm.candidates:
        assert vm.card is not None, f"{where}: a drawing with candidates but nothing shown"


class Monkey:
    def __init__(self, qtbot: QtBot, window: MainWindow, rng: random.Random) -> None:
        self.qtbot, self.w, self.rng = qtbot, window, rng
        self.vp = window.body_map.viewport()
        bar = window.findChildren(QToolBar)[0]
        self.toolbar: list[QAction] = [a for a in bar.actions() if not a.isSeparator()]
        self.actions: list[tuple[int, Callable[[], str]]] = [
            (20, self.click_region), (8, self.click_anywhere), (8, self.drag),
            (8, self.wheel), (8, self.key), (3, self.layout), (4, self.toolbar_action),
            (6, self.candidate), (3, self.search), (3, self.red_flag), (6, self.undo_redo),
            (3, self.clear), (2, self.mirror), (1, self.present),
        ]

    def step(self) -> str:
        (action,) = self.rng.choices([a for _, a in self.actions],
                                     weights=[n for n, _ in self.actions])
        return action()

    # -- where to point
    def region_point(self) -> QPoint:
        """A point on a region drawn in the current layout (close-ups draw only some)."""
        items = sorted(self.w.body_map.region_items(), key=lambda it: (it.view.value, it.rid))
        item = self.rng.choice(items)
        try:
            return region_pos(self.w, item.view, item.rid)
        except KeyError:  # only a sliver of it shows in a close-up
            return self.any_point()

    def any_point(self) -> QPoint:
        r = self.vp.rect()
        return QPoint(self.rng.randrange(-5, r.width() + 5), self.rng.randrange(-5, r.height() + 5))

    def point(self) -> QPoint:
        return self.region_point() if self.rng.random() < 0.6 else self.any_point()

    # -- actions
    def click_region(self) -> str:
        pos = self.region_point()
        button = self.rng.choice([Qt.MouseButton.LeftButton] * 4 + [Qt.MouseButton.RightButton,
                                                                    Qt.MouseButton.MiddleButton])
        self.qtbot.mouseClick(self.vp, button, pos=pos)
        return f"click {button.name} at {pos.toTuple()}"

    def click_anywhere(self) -> str:
        pos = self.any_point()
        self.qtbot.mouseClick(self.vp, Qt.MouseButton.LeftButton, pos=pos)
        return f"click at {pos.toTuple()}"

    def drag(self) -> str:
        start = self.point()
        self.qtbot.mousePress(self.vp, Qt.MouseButton.LeftButton, pos=start)
        pts = [start]
        for _ in range(self.rng.randrange(1, 6)):
            p = self.point()
            self.qtbot.mouseMove(self.vp, pos=p)
            pts.append(p)
        self.qtbot.mouseRelease(self.vp, Qt.MouseButton.LeftButton, pos=pts[-1])
        return f"drag {[p.toTuple() for p in pts]}"

    def wheel(self) -> str:
        pos = self.point()
        dy = self.rng.choice([120, -120, 240, -360, 15, 0])
        mods = (Qt.KeyboardModifier.ControlModifier if self.rng.random() < 0.3
                else Qt.KeyboardModifier.NoModifier)
        event = QWheelEvent(QPointF(pos), QPointF(self.vp.mapToGlobal(pos)), QPoint(0, 0),
                            QPoint(0, dy), Qt.MouseButton.NoButton, mods,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(self.vp, event)
        return f"wheel {dy} {mods.name} at {pos.toTuple()}"

    def key(self) -> str:
        key = self.rng.choice([Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up,
                               Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
                               Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_Minus,
                               Qt.Key.Key_Equal, Qt.Key.Key_Return])
        self.w.body_map.setFocus()
        self.qtbot.keyClick(self.w.body_map, key)
        return f"key {key.name}"

    def layout(self) -> str:
        lay = self.rng.choice(list(Layout))
        self.w.set_layout(lay)
        return f"layout {lay.value}"

    def toolbar_action(self) -> str:
        act = self.rng.choice(self.toolbar)
        act.trigger()
        return f"toolbar {act.text()!r}"

    def candidate(self) -> str:
        n = self.w.panel.explore.model.rowCount()
        if n == 0:
            return "no candidate to select"
        i = self.rng.randrange(n)
        view = self.w.panel.explore.list
        rect = view.visualRect(self.w.panel.explore.model.index(i))
        if not view.isVisible() or not view.viewport().rect().contains(rect.center()):
            view.scrollTo(self.w.panel.explore.model.index(i))
            rect = view.visualRect(self.w.panel.explore.model.index(i))
        if view.isVisible():
            self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        else:
            self.w.session.select_candidate(i)
        return f"select candidate {i} of {n}"

    def search(self) -> str:
        text = self.rng.choice(SEARCHES)
        browse = self.w.panel.browse
        self.w.panel.tabs.setCurrentWidget(browse)
        browse.search_box.setText(text)
        if self.rng.random() < 0.5:
            self.qtbot.keyClick(browse.search_box, Qt.Key.Key_Return)
        results = browse.results()
        if results and self.rng.random() < 0.5:
            self.w.session.select_muscle(self.rng.choice(results))
        if self.rng.random() < 0.3:
            browse.side_choice.setCurrentIndex(self.rng.randrange(2))
        return f"search {text!r}"

    def red_flag(self) -> str:
        fid = self.rng.choice(sorted(self.w.panel.safety.boxes))
        box = self.w.panel.safety.boxes[fid]
        box.setChecked(not box.isChecked())
        return f"red flag {fid} -> {box.isChecked()}"

    def undo_redo(self) -> str:
        acts = self.w.actions_
        act = acts.undo if self.rng.random() < 0.6 else acts.redo
        act.trigger()
        return act.text()

    def clear(self) -> str:
        self.w.actions_.clear.trigger()
        return "clear"

    def mirror(self) -> str:
        self.w.actions_.mirror.toggle()
        return f"mirror {self.w.actions_.mirror.isChecked()}"

    def present(self) -> str:
        on = not self.w.session.view_model.presenting
        self.w.presentation.set_on(on)
        return f"presentation {on}"


def test_random_user_actions_keep_map_panel_and_alerts_consistent(
        qtbot: QtBot, window: MainWindow) -> None:
    rng = random.Random(SEED)
    monkey = Monkey(qtbot, window, rng)
    check_consistent(window, "start")
    log: list[str] = []
    sizes: set[int] = set()
    alerts_seen = patterns_seen = 0
    for n in range(STEPS):
        log.append(monkey.step())
        check_consistent(window, f"step {n} ({log[-1]}); last steps: {log[-6:-1]}")
        sizes.add(len(window.session.drawing))
        alerts_seen += not window.panel.alert_banner.isHidden()
        patterns_seen += window.session.view_model.pattern is not None
    # the run really exercised the app, not just empty space
    if STEPS >= 1000:
        assert max(sizes) >= 8 and len(sizes) >= 8, sizes
        assert alerts_seen > 0 and patterns_seen > 0
    # undo everything: back to an empty drawing, still consistent
    window.presentation.set_on(False)
    while window.actions_.undo.isEnabled():
        window.actions_.undo.trigger()
    check_consistent(window, "after undoing everything")
    assert dict(window.session.drawing) == {}


def test_undo_shortcut_during_a_drag_keeps_state_consistent(
        qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z while the mouse button is still down (mid-stroke) must not corrupt undo."""
    from bodymap.domain.regions import View

    vp = window.body_map.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=region_pos(window, View.BACK,
                                                                    "left.buttock"))
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton,
                     pos=region_pos(window, View.BACK, "left.low_back"))
    window.actions_.undo.trigger()
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton,
                       pos=region_pos(window, View.BACK, "left.low_back"))
    check_consistent(window, "after undo mid-stroke")
    while window.actions_.undo.isEnabled():
        window.actions_.undo.trigger()
    assert dict(window.session.drawing) == {}
