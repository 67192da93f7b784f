"""Undo/redo of DrawingState is exact: any edit sequence can be walked back and forth."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY, PainDrawing
from bodymap.gui.drawing_state import DrawingState

# a few real areas, both sides: enough for collisions between edits and their mirrors
AREAS = ("low_back", "buttock", "temple", "calf_upper")
RIDS = tuple(f"{side}.{area}" for area in AREAS for side in ("left", "right"))


@dataclass(frozen=True)
class Op:
    name: str
    rids: tuple[str, ...]
    value: int
    mirror: bool

    def apply(self, state: DrawingState) -> None:
        state.mirror = self.mirror
        rid = self.rids[0]
        if self.name == "toggle":
            state.toggle(rid)
        elif self.name == "paint_add":
            state.paint(self.rids, True)
        elif self.name == "paint_erase":
            state.paint(self.rids, False)
        elif self.name == "adjust":
            state.adjust(rid, self.value)
        elif self.name == "set_intensity":
            state.set_intensity(rid, self.value)
        elif self.name == "clear":
            state.clear()
        elif self.name == "replace":
            state.replace(PainDrawing({r: self.value for r in self.rids}))
        else:  # pragma: no cover
            raise AssertionError(self.name)


ops = st.builds(
    Op,
    name=st.sampled_from(["toggle", "paint_add", "paint_erase", "adjust", "set_intensity",
                          "clear", "replace"]),
    rids=st.lists(st.sampled_from(RIDS), min_size=1, max_size=4).map(tuple),
    value=st.integers(-3, 3) | st.integers(MIN_INTENSITY, MAX_INTENSITY),
    mirror=st.booleans(),
)
initial_drawings = st.dictionaries(st.sampled_from(RIDS),
                                   st.integers(MIN_INTENSITY, MAX_INTENSITY), max_size=5)


def _valid(op: Op) -> bool:
    return op.name not in ("set_intensity", "replace") or op.value >= MIN_INTENSITY


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=initial_drawings, sequence=st.lists(ops, max_size=25))
def test_undo_all_redo_all_and_each_step_round_trips(
        qtbot: QtBot, start: dict[str, int], sequence: list[Op]) -> None:
    state = DrawingState()
    state.replace(PainDrawing(start))
    state.undo_stack.clear()  # the starting drawing is the baseline, not an undoable step
    initial = state.drawing
    history = [initial]  # drawing after each pushed command
    for op in sequence:
        before, count = state.drawing, state.undo_stack.count()
        if _valid(op):
            op.apply(state)
        else:
            with pytest.raises(ValueError, match="must be 1-10"):
                op.apply(state)
            assert state.drawing == before, "a refused edit must not change the drawing"
        assert all(MIN_INTENSITY <= v <= MAX_INTENSITY for v in state.drawing.values())
        if state.undo_stack.count() > count:
            assert state.undo_stack.count() == count + 1
            assert state.drawing != before, "a pushed command must change the drawing"
            history.append(state.drawing)
        else:
            assert state.drawing == before, "an edit that changed nothing must push nothing"
    final = state.drawing
    assert state.undo_stack.count() == len(history) - 1

    # walk back: every undo lands on the previous drawing; undo then redo is identity
    for i in range(len(history) - 1, 0, -1):
        assert state.drawing == history[i]
        state.undo_stack.undo()
        assert state.drawing == history[i - 1]
        state.undo_stack.redo()
        assert state.drawing == history[i]
        state.undo_stack.undo()
    assert state.drawing == initial
    assert not state.undo_stack.canUndo()

    # walk forward: every redo lands on the next drawing; redo then undo is identity
    for i in range(1, len(history)):
        state.undo_stack.redo()
        assert state.drawing == history[i]
        state.undo_stack.undo()
        assert state.drawing == history[i - 1]
        state.undo_stack.redo()
    assert state.drawing == final
    assert not state.undo_stack.canRedo()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequence=st.lists(ops.filter(_valid), min_size=1, max_size=15))
def test_drawing_changed_reports_every_visible_change(qtbot: QtBot, sequence: list[Op]) -> None:
    """Undo and redo emit drawing_changed with the drawing they land on (the map redraws)."""
    state = DrawingState()
    seen: list[PainDrawing] = []
    state.drawing_changed.connect(seen.append)
    for op in sequence:
        op.apply(state)
    while state.undo_stack.canUndo():
        state.undo_stack.undo()
    while state.undo_stack.canRedo():
        state.undo_stack.redo()
    assert all(a != b for a, b in itertools.pairwise(seen))
    assert (seen[-1] if seen else PainDrawing()) == state.drawing


def test_mirror_marks_both_sides_and_undoes_as_one_step(qtbot: QtBot) -> None:
    state = DrawingState()
    state.mirror = True
    state.toggle("left.low_back")
    assert dict(state.drawing) == {"left.low_back": 5, "right.low_back": 5}
    state.undo_stack.undo()
    assert dict(state.drawing) == {}
