"""Thousands of random, seeded user actions on two real windows over one real database.

The monkey drives the first window's map and both windows' clients docks with real mouse,
wheel and key events, and interrupts strokes the ways issue 18 found to break undo: a right
click (with its region menu) while the left button is held, a second press without a
release, keys and shortcuts mid-drag, the map or the whole window hidden mid-press,
presentation mode or a layout switch (close-ups included) mid-stroke. Meanwhile clients and
visits are created, saved, opened, compared and deleted in EITHER window, so each clients
dock meets records deleted underneath it.

After every step: the map draws exactly the drawing, the panel lists exactly the model's
hypotheses, the banner shows exactly when an alert applies, the pattern is the card's muscle,
and no exception escaped into Qt (pytest-qt fails the test for those, and a sys.excepthook
guard names the step). Every few steps a fresh click and its undo must restore the drawing;
at every checkpoint undoing everything must give an empty drawing and redoing everything the
drawing back, no dialog, menu or message may be left alive or open, and the resident memory
(VmRSS, /proc/self/status) may not grow past a stated bound. Qt warnings fail the test too
(``qt_log_level_fail = WARNING``).

The long run (10,000 events, ``BODYMAP_MONKEY_STEPS`` and ``BODYMAP_MONKEY_SEED`` override)
is in the slow lane; a short run with another seed is in the fast lane.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import random
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY, PainDrawing
from bodymap.domain.referral import ReferralModel
from bodymap.gui.client_panel import ClientDialog, ClientPanel, VisitDialog
from bodymap.gui.main_window import MainWindow
from bodymap.gui.map_items import RegionItem
from bodymap.scene.layouts import Layout
from bodymap.session.history import DEFAULT_LIMIT
from bodymap.session.session import TOP_CANDIDATES
from bodymap.store import Store, StoreError, VisitDraft
from tests.gui.helpers import region_pos

LONG_STEPS = int(os.environ.get("BODYMAP_MONKEY_STEPS", "10000"))
LONG_SEED = int(os.environ.get("BODYMAP_MONKEY_SEED", "20240611"))
SHORT_STEPS, SHORT_SEED = 300, 77031
#: a fresh click and its undo are checked this often (in steps)
PROBE_EVERY = 20
#: undo-all / redo-all, leak and memory checks this often; few enough pushes happen in
#: between (at most three per step) that the history never reaches its limit
CHECKPOINT_EVERY = 250
#: resident memory may grow by at most this much between the first checkpoint (step 250) and
#: the end of the long run. Measured: +36 MB over 10,000 steps (186 -> 222 MB), with about 160
#: visits saved and 500 region outlines cached; the leak issue 18 found kept each comparison
#: dialog alive, about 7 MB each, which alone would pass this bound within a dozen compares
RSS_GROWTH_LIMIT_MB = 80.0
#: a step (with its checks) that takes longer than this is stuck: dump every thread's stack.
#: It replaces pytest's per-test faulthandler_timeout, which the long run always outlasts.
STEP_HANG_SECONDS = 120

SEARCHES = ("QL", "psoas", "fibularis", "SCM", "glut", "trap", "", "zzzz", "  ", "é", "(")
CLIENT_NAMES = ("Ana", "Ben", "Chloé", "Dmitri", "Eve", "Ana", "李", "O'Neil")
REFUSED_NAMES = ("", "   ", "x" * 201, "Ana\x07", "An\u200ba", "Ana\u202eevi")
MAP_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab, Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_Minus,
            Qt.Key.Key_Equal, Qt.Key.Key_Return, Qt.Key.Key_Escape,
            # how the focused region feels: aching, burning, pins and needles, numbness
            Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_P, Qt.Key.Key_N)
NO_MODS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
#: window shortcuts: undo, redo, layouts (the close-ups are Ctrl+4..6), F6 panes,
#: F11 presentation, zoom, both sides
SHORTCUTS = ((Qt.Key.Key_Z, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL),
             (Qt.Key.Key_1, CTRL), (Qt.Key.Key_2, CTRL), (Qt.Key.Key_3, CTRL),
             (Qt.Key.Key_4, CTRL), (Qt.Key.Key_5, CTRL), (Qt.Key.Key_6, CTRL),
             (Qt.Key.Key_F6, NO_MODS), (Qt.Key.Key_F6, SHIFT), (Qt.Key.Key_F11, NO_MODS),
             (Qt.Key.Key_Escape, NO_MODS), (Qt.Key.Key_0, CTRL), (Qt.Key.Key_9, CTRL),
             (Qt.Key.Key_B, CTRL))
#: the offscreen platform cannot raise a window or grab the keyboard for a popup menu; it says
#: so each time a region menu opens (on a desktop these just work)
OFFSCREEN_LIMITS = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                             "This plugin does not support grabbing the keyboard")
LEFT, RIGHT, MIDDLE = (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton,
                       Qt.MouseButton.MiddleButton)


# ---------------------------------------------------------------------------- invariants

_EXPECTED: OrderedDict[tuple[int, PainDrawing], list[str]] = OrderedDict()
_EXPECTED_KEPT = 2000  # bounded, so the test's own memo does not count as the app's growth
_MODELS: dict[int, ReferralModel] = {}  # building one takes about 0.1 s


def expected_muscles(window: MainWindow, drawing: PainDrawing) -> list[str]:
    """The model's top hypotheses for a drawing (memoised: ranking is the costly part)."""
    key = (id(window.session.dataset), drawing)
    if key in _EXPECTED:
        _EXPECTED.move_to_end(key)
        return _EXPECTED[key]
    dataset = window.session.dataset
    if id(dataset) not in _MODELS:
        _MODELS[id(dataset)] = dataset.referral_model()
    model = _MODELS[id(dataset)]
    found = [h.id for h in model.rank(drawing).hypotheses[:TOP_CANDIDATES]]
    _EXPECTED[key] = found
    if len(_EXPECTED) > _EXPECTED_KEPT:
        _EXPECTED.popitem(last=False)
    return found


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
    assert window.actions_.undo.isEnabled() == (window.session.history_depth > 0), where


def rss_mb() -> float:
    """Resident memory of this process, from /proc/self/status (VmRSS, in kB)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS line in /proc/self/status")


def free_deferred() -> None:
    """Run the deletions widgets asked for with deleteLater (the event loop would)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


class ExceptionGuard:
    """A sys.excepthook that records what escapes into Qt (slots, virtuals, timers) and then
    hands it on to the hook it replaced (pytest-qt's, which fails the test too)."""

    def __init__(self) -> None:
        self.caught: list[str] = []
        self._previous = sys.excepthook

    def __enter__(self) -> ExceptionGuard:
        self._previous = sys.excepthook
        sys.excepthook = self._hook
        return self

    def __exit__(self, *exc: object) -> None:
        sys.excepthook = self._previous

    def _hook(self, kind: type[BaseException], value: BaseException,
              tb: TracebackType | None) -> None:
        self.caught.append(f"{kind.__name__}: {value}")
        self._previous(kind, value, tb)


# ---------------------------------------------------------------------------- the user at a dialog


class Answerer:
    """Plays the user in front of whatever an action opens and waits on: a region menu
    (keys: Down a few times and Return, or Escape), a modal dialog (filled in, then saved or
    cancelled) or a message (OK, or Yes/No). It polls while a step runs, so every nested
    event loop (QMenu.exec, QDialog.exec) gets answered."""

    def __init__(self, qtbot: QtBot, rng: random.Random) -> None:
        self.qtbot, self.rng = qtbot, rng
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._answer)
        self._tries: dict[int, int] = {}
        self.menus = self.dialogs = 0

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._tries.clear()

    def settle(self) -> None:
        """Answer what an action left open without waiting on it: QMainWindow shows its
        toolbars-and-docks menu with popup(), not exec(), on a right click that ends up
        over a toolbar or a dock."""
        for _ in range(10):
            popup = QApplication.activePopupWidget()
            if popup is None:
                return
            if isinstance(popup, QMenu):
                self._answer_menu(popup)
            else:
                popup.close()
        raise AssertionError(f"a popup keeps opening: {QApplication.activePopupWidget()}")

    def _answer(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            self._answer_menu(popup)
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            self._answer_dialog(modal)

    def _answer_menu(self, menu: QMenu) -> None:
        self.menus += 1
        if self.rng.random() < 0.25:
            self.qtbot.keyClick(menu, Qt.Key.Key_Escape)
            return
        for _ in range(self.rng.randrange(1, 16)):
            self.qtbot.keyClick(menu, Qt.Key.Key_Down)
        # Return on "Feels like" opens the submenu: the next poll answers it
        self.qtbot.keyClick(menu, Qt.Key.Key_Return)

    def _answer_dialog(self, dialog: QDialog) -> None:
        tries = self._tries.get(id(dialog), 0)
        self._tries[id(dialog)] = tries + 1
        self.dialogs += tries == 0
        if tries >= 3:  # the user gives up on a dialog that keeps refusing
            dialog.reject()
            return
        if isinstance(dialog, QMessageBox):
            buttons = [b for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                                   QMessageBox.StandardButton.Ok) if dialog.button(b)]
            chosen = dialog.button(self.rng.choice(buttons))
            assert chosen is not None
            chosen.click()
            return
        if isinstance(dialog, ClientDialog):
            dialog.name.setText(self.rng.choice(CLIENT_NAMES + REFUSED_NAMES))
        elif isinstance(dialog, VisitDialog):
            day = QDate(2026, 1, 1).addDays(self.rng.randrange(365))
            dialog.date.setDate(day)
            dialog.pain_before.setValue(self.rng.randrange(-1, 11))
            dialog.pain_after.setValue(self.rng.randrange(-1, 11))
            for i in range(dialog.treated.count()):
                item = dialog.treated.item(i)
                if item is not None and self.rng.random() < 0.3:
                    item.setCheckState(Qt.CheckState.Checked)
            dialog.notes.setPlainText(self.rng.choice(("", "trapezius release", "é\nline 2")))
        box = dialog.findChild(QDialogButtonBox)
        if box is None or self.rng.random() < 0.25:
            dialog.reject()
            return
        save = box.button(QDialogButtonBox.StandardButton.Save)
        (save.click if save is not None else dialog.reject)()


# ---------------------------------------------------------------------------- the monkey


@dataclass
class Seen:
    """What the run exercised, so a run that only clicked empty space cannot pass."""

    sizes: set[int] = field(default_factory=set)
    alerts: int = 0
    patterns: int = 0
    interrupted: int = 0
    messages: list[str] = field(default_factory=list)
    visits_saved: int = 0
    clients_deleted: int = 0
    probes: int = 0
    checkpoints: int = 0
    rss: list[float] = field(default_factory=list)
    top_levels: list[int] = field(default_factory=list)


class Monkey:
    def __init__(self, qtbot: QtBot, window: MainWindow, other: MainWindow,
                 rng: random.Random, seen: Seen) -> None:
        self.qtbot, self.w, self.other, self.rng, self.seen = qtbot, window, other, rng, seen
        self.vp = window.body_map.viewport()
        bar = window.findChildren(QToolBar)[0]
        self.toolbar = [a for a in bar.actions() if not a.isSeparator()]
        self.actions: list[tuple[int, Callable[[], str]]] = [
            (18, self.click_region), (6, self.click_anywhere), (8, self.drag),
            (7, self.wheel), (8, self.key), (4, self.shortcut), (3, self.layout),
            (3, self.toolbar_action), (6, self.candidate), (3, self.search),
            (3, self.red_flag), (6, self.undo_redo), (2, self.clear), (2, self.mirror),
            (1, self.present), (2, self.region_menu_here),
            (14, self.interrupted_stroke), (14, self.clients),
        ]
        self.interruptions: list[Callable[[], str]] = [
            self.right_click, self.second_press, self.middle_press, self.hide_map,
            self.hide_window, self.key_mid_stroke, self.shortcut_mid_stroke,
            self.menu_mid_stroke, self.present_mid_stroke, self.layout_mid_stroke,
            self.undo_mid_stroke, self.focus_elsewhere,
        ]

    def step(self) -> str:
        (action,) = self.rng.choices([a for _, a in self.actions],
                                     weights=[n for n, _ in self.actions])
        return action()

    # -- where to point
    def region_point(self) -> QPoint:
        """The centre of a region the map shows now (in a close-up perhaps only part of it
        is drawn: then the point may fall outside, like a user's near miss)."""
        items = self.w.body_map.region_items()
        item = self.rng.choice(items)
        return item_point(self.w, item)

    def any_point(self) -> QPoint:
        r = self.vp.rect()
        return QPoint(self.rng.randrange(-5, r.width() + 5), self.rng.randrange(-5, r.height() + 5))

    def point(self) -> QPoint:
        return self.region_point() if self.rng.random() < 0.6 else self.any_point()

    # -- plain actions
    def click_region(self) -> str:
        pos = self.region_point()
        button = self.rng.choice([LEFT] * 4 + [RIGHT, MIDDLE])
        self.qtbot.mouseClick(self.vp, button, pos=pos)
        return f"click {button.name} at {pos.toTuple()}"

    def click_anywhere(self) -> str:
        pos = self.any_point()
        self.qtbot.mouseClick(self.vp, LEFT, pos=pos)
        return f"click at {pos.toTuple()}"

    def drag(self) -> str:
        start = self.point()
        self.qtbot.mousePress(self.vp, LEFT, pos=start)
        pts = [start, *self.moves(self.rng.randrange(1, 6))]
        self.qtbot.mouseRelease(self.vp, LEFT, pos=pts[-1])
        return f"drag {[p.toTuple() for p in pts]}"

    def moves(self, n: int) -> list[QPoint]:
        pts = []
        for _ in range(n):
            p = self.point()
            self.qtbot.mouseMove(self.vp, pos=p)
            pts.append(p)
        return pts

    def wheel(self) -> str:
        pos = self.point()
        dy = self.rng.choice([120, -120, 240, -360, 15, 0])
        mods = CTRL if self.rng.random() < 0.3 else NO_MODS
        event = QWheelEvent(QPointF(pos), QPointF(self.vp.mapToGlobal(pos)), QPoint(0, 0),
                            QPoint(0, dy), Qt.MouseButton.NoButton, mods,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(self.vp, event)
        return f"wheel {dy} {mods.name} at {pos.toTuple()}"

    def key(self) -> str:
        key = self.rng.choice(MAP_KEYS)
        self.w.body_map.setFocus()
        self.qtbot.keyClick(self.w.body_map, key)
        return f"key {key.name}"

    def shortcut(self) -> str:
        key, mods = self.rng.choice(SHORTCUTS)
        target = QApplication.focusWidget() or self.w.body_map
        if target.window() is not self.w:
            target = self.w.body_map
        self.qtbot.keyClick(target, key, mods)
        return f"shortcut {mods.name}+{key.name} on {type(target).__name__}"

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
            self.qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
        else:
            self.w.session.select_candidate(i)
        return f"select candidate {i} of {n}"

    def search(self) -> str:
        text = self.rng.choice(SEARCHES)
        self.w.panel.show_muscles()
        browse = self.w.panel.browse
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

    def context_menu(self, pos: QPoint) -> None:
        """What the system sends after a right press (or the menu key): the region menu
        opens, waits in its own event loop, and the Answerer picks from it or closes it."""
        reason = self.rng.choice([QContextMenuEvent.Reason.Mouse,
                                  QContextMenuEvent.Reason.Keyboard])
        event = QContextMenuEvent(reason, pos, self.vp.mapToGlobal(pos))
        QApplication.sendEvent(self.vp, event)

    def region_menu_here(self) -> str:
        pos = self.region_point()
        self.qtbot.mousePress(self.vp, RIGHT, pos=pos)
        self.context_menu(pos)
        self.qtbot.mouseRelease(self.vp, RIGHT, pos=pos)
        return f"region menu at {pos.toTuple()}"

    # -- strokes interrupted: press, one interruption, moves, and a release (or not)
    def interrupted_stroke(self) -> str:
        start = self.region_point()
        self.qtbot.mousePress(self.vp, LEFT, pos=start)
        self.qtbot.mouseMove(self.vp, pos=self.point())
        what = self.rng.choice(self.interruptions)()
        self.seen.interrupted += 1
        pts = self.moves(self.rng.randrange(0, 4))
        end = pts[-1] if pts else start
        roll = self.rng.random()
        if roll < 0.7:
            self.qtbot.mouseRelease(self.vp, LEFT, pos=end)
            ending = "released"
        elif roll < 0.85:  # the release went to another widget (the panel under a fast hand)
            self.qtbot.mouseRelease(self.w.panel, LEFT, pos=QPoint(5, 5))
            ending = "released on the panel"
        else:
            ending = "never released"
        return f"stroke from {start.toTuple()}, {what}, {len(pts)} moves, {ending}"

    def right_click(self) -> str:
        pos = self.point()
        self.qtbot.mousePress(self.vp, RIGHT, pos=pos)
        if self.rng.random() < 0.7:
            self.context_menu(pos)
        self.qtbot.mouseRelease(self.vp, RIGHT, pos=pos)
        return f"right click at {pos.toTuple()}"

    def second_press(self) -> str:
        pos = self.point()
        self.qtbot.mousePress(self.vp, LEFT, pos=pos)
        return f"second press at {pos.toTuple()}"

    def middle_press(self) -> str:
        pos = self.point()
        self.qtbot.mousePress(self.vp, MIDDLE, pos=pos)
        self.qtbot.mouseMove(self.vp, pos=self.point())
        self.qtbot.mouseRelease(self.vp, MIDDLE, pos=pos)
        return "middle press"

    def hide_map(self) -> str:
        self.w.body_map.hide()
        if self.rng.random() < 0.5:
            self.qtbot.mouseMove(self.vp, pos=self.point())
        self.w.body_map.show()
        return "map hidden and shown"

    def hide_window(self) -> str:
        self.w.hide()
        if self.rng.random() < 0.5:
            self.qtbot.mouseMove(self.vp, pos=self.point())
        self.w.show()
        QTest.qWaitForWindowExposed(self.w)
        return "window hidden and shown"

    def key_mid_stroke(self) -> str:
        return "mid-stroke " + self.key()

    def shortcut_mid_stroke(self) -> str:
        return "mid-stroke " + self.shortcut()

    def menu_mid_stroke(self) -> str:
        self.context_menu(self.point())
        return "region menu mid-stroke"

    def present_mid_stroke(self) -> str:
        return "mid-stroke " + self.present()

    def layout_mid_stroke(self) -> str:
        lay = self.rng.choice([Layout.HEAD, Layout.HANDS, Layout.FEET, *Layout])
        self.w.set_layout(lay)
        return f"mid-stroke layout {lay.value}"

    def undo_mid_stroke(self) -> str:
        return "mid-stroke " + self.undo_redo()

    def focus_elsewhere(self) -> str:
        target: QWidget = self.rng.choice([self.w.panel.card, self.w.panel.explore.list,
                                           self.other.body_map])
        target.setFocus()
        return f"focus to {type(target).__name__}"

    # -- the clients docks of both windows, on one database
    def clients(self) -> str:
        w = self.w if self.rng.random() < 0.6 else self.other
        if w.session.view_model.presenting:
            w = self.other if w is self.w else self.w  # presenting hides the dock
        panel = w.require_clients()
        which = "first" if w is self.w else "second"
        actions: list[tuple[int, Callable[[ClientPanel], str]]] = [
            (3, self.new_client), (4, self.choose_client), (4, self.select_visits),
            (5, self.save_visit), (3, self.open_visit), (2, self.compare),
            (2, self.delete_visits), (1, self.delete_client), (2, self.delete_visit_in_store),
        ]
        (action,) = self.rng.choices([a for _, a in actions], weights=[n for n, _ in actions])
        return f"{which} window: " + action(panel)

    def button(self, panel: ClientPanel, name: str) -> bool:
        """Click one of the panel's buttons as a user can: only when it is enabled."""
        button = getattr(panel, name)
        if not button.isEnabled() or not button.isVisible():
            return False
        self.qtbot.mouseClick(button, LEFT)
        return True

    def new_client(self, panel: ClientPanel) -> str:
        if self.rng.random() < 0.5:
            self.button(panel, "new_client_button")
            return "new client (dialog)"
        name = self.rng.choice(CLIENT_NAMES + REFUSED_NAMES)
        panel.create_client(name)
        return f"new client {name!r}"

    def choose_client(self, panel: ClientPanel) -> str:
        n = panel.client_box.count()
        i = self.rng.randrange(n)
        panel.client_box.setCurrentIndex(i)
        return f"choose client {i} of {n}"

    def select_visits(self, panel: ClientPanel) -> str:
        n = panel.visit_list.count()
        panel.visit_list.clearSelection()
        chosen = self.rng.sample(range(n), min(n, self.rng.choice([1, 2, 2, 3])))
        for i in chosen:
            item = panel.visit_list.item(i)
            if item is not None:
                item.setSelected(True)
        return f"select visits {chosen} of {n}"

    def save_visit(self, panel: ClientPanel) -> str:
        before = visit_count(panel.store)
        if self.button(panel, "save_button"):
            self.seen.visits_saved += visit_count(panel.store) > before
            return "save visit"
        return "save visit (no client chosen)"

    def open_visit(self, panel: ClientPanel) -> str:
        return "open drawing" if self.button(panel, "open_button") else "open: disabled"

    def compare(self, panel: ClientPanel) -> str:
        return "compare" if self.button(panel, "compare_button") else "compare: disabled"

    def delete_visits(self, panel: ClientPanel) -> str:
        return "delete visits" if self.button(panel, "delete_button") else "delete: disabled"

    def delete_client(self, panel: ClientPanel) -> str:
        """There is no button for it: another program, or the CLI, deletes a client (and
        the visits) in this window's database while both docks may be showing it."""
        clients = panel.store.clients()
        if not clients:
            return "delete client: none left"
        victim = self.rng.choice(clients)
        panel.store.delete_client(victim.id)
        self.seen.clients_deleted += 1
        return f"client {victim.id} deleted from the store"

    def delete_visit_in_store(self, panel: ClientPanel) -> str:
        ids = [v.id for c in panel.store.clients() for v in panel.store.visits(c.id)]
        if not ids:
            return "delete visit: none left"
        victim = self.rng.choice(ids)
        panel.store.delete_visit(victim)
        return f"visit {victim} deleted from the store"


def visit_count(store: Store) -> int:
    try:
        return sum(len(store.visits(c.id)) for c in store.clients())
    except StoreError:  # a client deleted between the two reads
        return -1


def item_point(window: MainWindow, item: RegionItem) -> QPoint:
    """Viewport position of a region's centre, through its own figure (close-ups too)."""
    shape = window.session.dataset.atlas.views[item.view].regions[item.rid]
    x, y = shape.centre
    return window.body_map.mapFromScene(item.mapToScene(QPointF(x, y)))


# ---------------------------------------------------------------------------- periodic checks


def probe_undo(qtbot: QtBot, window: MainWindow, where: str, start: int) -> None:
    """A fresh click on a region changes the drawing by one step; undo gives it back."""
    bm = window.body_map
    hit: tuple[RegionItem, QPoint] | None = None
    for attempt in range(2):
        items = bm.region_items()
        # look from a different region each time, and take the first one a click hits
        for item in items[start % len(items):] + items[:start % len(items)]:
            pos = item_point(window, item)
            under = bm.region_at(pos) if bm.viewport().rect().contains(pos) else None
            if under is not None and under.rid == item.rid:
                hit = item, pos
                break
        if hit is not None:
            break
        assert attempt == 0, f"{where}: no region can be clicked even after fitting the map"
        window.actions_.fit.trigger()  # zoomed into empty space: the user presses Fit
    assert hit is not None
    item, pos = hit
    before, depth = window.session.drawing, window.session.history_depth
    assert depth < DEFAULT_LIMIT, f"{where}: the history filled up ({depth} steps)"
    qtbot.mouseClick(bm.viewport(), LEFT, pos=pos)
    assert window.session.drawing != before, f"{where}: a click on {item.rid} changed nothing"
    assert window.session.history_depth == depth + 1, f"{where}: the click was not one step"
    window.actions_.undo.trigger()
    assert window.session.drawing == before, f"{where}: undo of a fresh click lost the drawing"
    assert window.session.history_depth == depth, where


def undo_all(window: MainWindow, where: str) -> int:
    steps = 0
    while window.actions_.undo.isEnabled():
        window.actions_.undo.trigger()
        steps += 1
        assert steps <= DEFAULT_LIMIT, f"{where}: undo never runs out"
    return steps


def redo_all(window: MainWindow, where: str) -> int:
    steps = 0
    while window.actions_.redo.isEnabled():
        window.actions_.redo.trigger()
        steps += 1
        assert steps <= DEFAULT_LIMIT, f"{where}: redo never runs out"
    return steps


def close_messages(windows: tuple[MainWindow, ...]) -> None:
    """Click OK on every message the clients docks showed (they wait without blocking)."""
    for w in windows:
        for box in w.findChildren(QMessageBox):
            if box.isVisible():
                box.close()


def check_nothing_left_open(windows: tuple[MainWindow, ...], where: str) -> None:
    """Dialogs, menus and messages are freed once closed; no stray window stays up."""
    free_deferred()
    for w in windows:
        dialogs = w.findChildren(QDialog)
        assert not dialogs, f"{where}: dialogs still alive: {dialogs}"
        menus = w.body_map.findChildren(QMenu)
        assert not menus, f"{where}: region menus still alive: {menus}"
    check_no_stray_windows(windows, where)


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    title = widget.title() if isinstance(widget, QMenu) else widget.windowTitle()
    actions = [a.text() for a in widget.actions()][:6]
    return (f"{type(widget).__name__} {title!r} (parent {type(parent).__name__}, "
            f"actions {actions})")


def check_no_stray_windows(windows: tuple[MainWindow, ...], where: str) -> None:
    """After each step nothing but the two windows is shown: every menu, dialog and
    message an action opened was answered and closed."""
    stray = [describe(t) for t in QApplication.topLevelWidgets()
             if t.isVisible() and t not in windows]
    assert not stray, f"{where}: top-level widgets left open: {stray}"


# ---------------------------------------------------------------------------- the run


@dataclass
class Clinic:
    first: MainWindow
    second: MainWindow
    database: Path


@pytest.fixture
def clinic(qtbot: QtBot, dataset: Dataset, tmp_path: Path) -> Iterator[Clinic]:
    """Two windows on one SQLite file, each with its own Store and its clients dock open."""
    database = tmp_path / "clinic.sqlite3"
    stores = [Store.open(database), Store.open(database)]
    windows = []
    for n, store in enumerate(stores):
        settings = QSettings(str(tmp_path / f"window{n}.ini"), QSettings.Format.IniFormat)
        w = MainWindow(dataset, settings, store)
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
        qtbot.waitExposed(w)
        w.require_clients()
        windows.append(w)
    yield Clinic(windows[0], windows[1], database)
    for w in windows:
        w.close()
    free_deferred()
    for store in stores:
        store.close()


def arm_hang_dump() -> None:
    """(Re)start the hang timer. Under pytest's capture sys.stderr has no file descriptor:
    the dump goes to the process's own stderr (which pytest captures by descriptor)."""
    stream = sys.__stderr__
    if stream is not None:
        faulthandler.dump_traceback_later(STEP_HANG_SECONDS, file=stream)


def run_monkey(qtbot: QtBot, clinic: Clinic, steps: int, seed: int) -> Seen:
    rng = random.Random(seed)
    seen = Seen()
    w, other = clinic.first, clinic.second
    windows = (w, other)
    monkey = Monkey(qtbot, w, other, rng, seen)
    answerer = Answerer(qtbot, rng)
    for panel in (w.client_panel, other.client_panel):
        assert panel is not None
        panel.message_shown.connect(seen.messages.append)
    check_consistent(w, "start")
    log: list[str] = []
    with ExceptionGuard() as guard:
        for n in range(steps):
            arm_hang_dump()
            answerer.start()
            try:
                log.append(monkey.step())
            finally:
                answerer.stop()
            answerer.settle()
            close_messages(windows)
            if not w.isVisible():  # a step may only hide the window for a moment
                raise AssertionError(f"step {n} ({log[-1]}) left the window hidden")
            where = f"step {n} ({log[-1]}); last steps: {log[-6:-1]}"
            assert not guard.caught, f"{where}: uncaught {guard.caught}"
            check_consistent(w, where)
            check_no_stray_windows(windows, where)
            seen.sizes.add(len(w.session.drawing))
            seen.alerts += not w.panel.alert_banner.isHidden()
            seen.patterns += w.session.view_model.pattern is not None
            if n % PROBE_EVERY == PROBE_EVERY - 1:
                qtbot.mouseRelease(w.body_map.viewport(), LEFT)  # a held button lets go
                probe_undo(qtbot, w, where, start=n * 7)
                seen.probes += 1
            if n % CHECKPOINT_EVERY == CHECKPOINT_EVERY - 1 or n == steps - 1:
                checkpoint(qtbot, clinic, where,
                           round_trip=seen.checkpoints == 0 or n == steps - 1)
                seen.checkpoints += 1
                # the first samples are taken after warming up (fonts, caches, first dialogs)
                seen.rss.append(rss_mb())
                seen.top_levels.append(len(QApplication.topLevelWidgets()))
                assert seen.top_levels[-1] <= seen.top_levels[0], (
                    f"{where}: top-level widgets (alive, shown or not) grew from "
                    f"{seen.top_levels[0]} to {seen.top_levels[-1]}")
        faulthandler.cancel_dump_traceback_later()
        assert not guard.caught, f"after the run: uncaught {guard.caught}"
    return seen


def checkpoint(qtbot: QtBot, clinic: Clinic, where: str, round_trip: bool) -> None:
    """Nothing left open, both windows consistent, and undoing everything empties the
    drawing; with ``round_trip`` redoing everything also gives the drawing back (each pass
    re-renders every step, so the long run does that only at its first and last
    checkpoint). Each stretch after a checkpoint starts from an empty drawing, so the
    history never reaches its limit and "undo everything" always means "back to empty"."""
    w, other = clinic.first, clinic.second
    qtbot.mouseRelease(w.body_map.viewport(), LEFT)  # a held button lets go
    assert not w.session.stroking, f"{where}: a stroke outlived its release"
    close_messages((w, other))
    check_nothing_left_open((w, other), where)
    for window in (w, other):
        check_consistent(window, f"checkpoint, {where}")
        if round_trip:
            redo_all(window, where)  # to the newest step (the last probe's click, say)
        drawing = window.session.drawing
        undo_all(window, where)
        assert dict(window.session.drawing) == {}, \
            f"{where}: undoing everything left {dict(window.session.drawing)}"
        check_consistent(window, f"after undoing everything, {where}")
        if round_trip:
            redo_all(window, where)
            assert window.session.drawing == drawing, f"{where}: redoing everything lost steps"
            undo_all(window, where)


def report(name: str, steps: int, seen: Seen, seconds: float) -> str:
    growth = seen.rss[-1] - seen.rss[0] if seen.rss else 0.0
    return (f"{name}: {steps} steps in {seconds:.0f} s; {seen.interrupted} interrupted strokes, "
            f"{seen.visits_saved} visits saved, {seen.clients_deleted} clients deleted, "
            f"{len(seen.messages)} messages, {seen.probes} undo probes, {seen.checkpoints} "
            f"checkpoints; RSS {seen.rss[0]:.0f} -> {seen.rss[-1]:.0f} MB "
            f"(max {max(seen.rss):.0f}, growth {growth:+.0f} MB; by checkpoint "
            f"{[round(r) for r in seen.rss]})")


@pytest.mark.slow
@OFFSCREEN_LIMITS
def test_ten_thousand_events_on_two_windows_over_one_database(
        qtbot: QtBot, clinic: Clinic, capsys: pytest.CaptureFixture[str]) -> None:
    started = time.perf_counter()
    seen = run_monkey(qtbot, clinic, LONG_STEPS, LONG_SEED)
    with capsys.disabled():
        print("\n" + report("monkey", LONG_STEPS, seen, time.perf_counter() - started))
    # the run really exercised the app, not just empty space
    assert max(seen.sizes) >= 8 and len(seen.sizes) >= 8, seen.sizes
    assert seen.alerts > 0 and seen.patterns > 0
    assert seen.interrupted > LONG_STEPS // 20
    assert seen.visits_saved > 10 and seen.clients_deleted > 5
    assert any("deleted, perhaps in another window" in m for m in seen.messages), \
        "no dock ever met a record deleted underneath it"
    growth = seen.rss[-1] - seen.rss[0]
    assert growth < RSS_GROWTH_LIMIT_MB, \
        f"memory grew by {growth:.0f} MB (limit {RSS_GROWTH_LIMIT_MB:.0f}): {seen.rss}"


@OFFSCREEN_LIMITS
@pytest.mark.fast_lane
def test_a_short_monkey_run_in_the_fast_lane(qtbot: QtBot, clinic: Clinic) -> None:
    seen = run_monkey(qtbot, clinic, SHORT_STEPS, SHORT_SEED)
    assert seen.interrupted > 0 and seen.probes == SHORT_STEPS // PROBE_EVERY
    assert len(seen.sizes) >= 3, seen.sizes


def test_undo_shortcut_during_a_drag_keeps_state_consistent(
        qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z while the mouse button is still down (mid-stroke) must not corrupt undo."""
    from bodymap.domain.regions import View

    vp = window.body_map.viewport()
    qtbot.mouseClick(vp, LEFT, pos=region_pos(window, View.BACK, "left.buttock"))
    qtbot.mousePress(vp, LEFT, pos=region_pos(window, View.BACK, "left.low_back"))
    window.actions_.undo.trigger()
    qtbot.mouseRelease(vp, LEFT, pos=region_pos(window, View.BACK, "left.low_back"))
    check_consistent(window, "after undo mid-stroke")
    while window.actions_.undo.isEnabled():
        window.actions_.undo.trigger()
    assert dict(window.session.drawing) == {}


def test_the_exception_guard_sees_an_exception_raised_in_a_qt_slot(qtbot: QtBot) -> None:
    """The guard the monkey relies on does catch what a slot raises (and pytest-qt too)."""
    def broken() -> None:
        raise RuntimeError("raised inside a Qt slot")

    with qtbot.capture_exceptions() as captured, ExceptionGuard() as guard:
        QTimer.singleShot(0, broken)
        qtbot.wait(20)
    assert guard.caught == ["RuntimeError: raised inside a Qt slot"]
    assert len(captured) == 1


def test_a_step_that_opens_a_dialog_is_answered_and_the_dialog_freed(
        qtbot: QtBot, clinic: Clinic) -> None:
    """The Answerer closes what a click opens (or the monkey would hang), and the checks
    see a dialog kept alive."""
    panel = clinic.first.require_clients()
    panel.create_client("Ana")
    answerer = Answerer(qtbot, random.Random(3))
    answerer.start()
    try:
        for _ in range(4):
            qtbot.mouseClick(panel.save_button, LEFT)
    finally:
        answerer.stop()
    assert answerer.dialogs == 4
    check_nothing_left_open((clinic.first, clinic.second), "after four visit dialogs")
    kept = VisitDialog(clinic.first.session.dataset.knowledge, PainDrawing(), (), panel)
    with pytest.raises(AssertionError, match="dialogs still alive"):
        check_nothing_left_open((clinic.first, clinic.second), "with a dialog kept")
    kept.deleteLater()
    free_deferred()


def test_deleting_a_client_the_first_dock_shows_is_met_with_a_message(
        qtbot: QtBot, clinic: Clinic) -> None:
    """The situation the monkey creates at random, once on purpose: a visit saved in the
    first window for a client the second window deleted."""
    first = clinic.first.require_clients()
    second = clinic.second.require_clients()
    ana = first.create_client("Ana")
    assert ana is not None
    second.reload_clients()
    messages: list[str] = []
    first.message_shown.connect(messages.append)
    second.store.delete_client(ana.id)
    assert first.save_visit(VisitDraft(date=dt.date(2026, 11, 29), drawing={})) is None
    assert any("deleted, perhaps in another window" in m for m in messages), messages
    assert first.current_client_id() is None
    close_messages((clinic.first, clinic.second))
    check_nothing_left_open((clinic.first, clinic.second), "after the ghost")
