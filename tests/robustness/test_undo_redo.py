"""Undo/redo of the session is exact: any edit sequence can be walked back and forth.

Runs on the Qt-free Session: the same object the window renders.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY, PainDrawing, Quality
from bodymap.session.session import Session

# a few real areas, both sides: enough for collisions between edits and their mirrors
AREAS = ("low_back", "buttock", "temple", "calf_upper")
RIDS = tuple(f"{side}.{area}" for area in AREAS for side in ("left", "right"))


@dataclass(frozen=True)
class Op:
    name: str
    rids: tuple[str, ...]
    value: int
    mirror: bool

    def apply(self, session: Session) -> None:
        session.set_mirror(self.mirror)
        rid = self.rids[0]
        if self.name == "toggle":
            session.toggle(rid)
        elif self.name == "stroke":
            session.begin_stroke(rid)
            for r in self.rids[1:]:
                session.stroke_to(r)
            session.end_stroke()
        elif self.name == "unmark":
            session.unmark(rid)
        elif self.name == "adjust":
            session.adjust(rid, self.value)
        elif self.name == "set_intensity":
            session.set_intensity(rid, self.value)
        elif self.name == "quality":
            session.set_quality(rid, list(Quality)[abs(self.value) % len(Quality)])
        elif self.name == "clear":
            session.clear()
        elif self.name == "open":
            session.open_drawing(PainDrawing({r: self.value for r in self.rids}))
        else:  # pragma: no cover
            raise AssertionError(self.name)


ops = st.builds(
    Op,
    name=st.sampled_from(["toggle", "stroke", "unmark", "adjust", "set_intensity", "quality",
                          "clear", "open"]),
    rids=st.lists(st.sampled_from(RIDS), min_size=1, max_size=4).map(tuple),
    value=st.integers(-3, 3) | st.integers(MIN_INTENSITY, MAX_INTENSITY),
    mirror=st.booleans(),
)


def _valid(op: Op) -> bool:
    return op.name not in ("set_intensity", "open") or op.value >= MIN_INTENSITY


def _undo_depth(session: Session) -> int:
    return session.history_depth


@settings(max_examples=150, deadline=None)
@given(sequence=st.lists(ops, max_size=25))
def test_undo_all_redo_all_and_each_step_round_trips(dataset: Dataset,
                                                      sequence: list[Op]) -> None:
    session = Session(dataset)
    history = [session.drawing]  # drawing after each recorded step
    for op in sequence:
        before, count = session.drawing, _undo_depth(session)
        if _valid(op):
            op.apply(session)
        else:
            with pytest.raises(ValueError, match="must be 1-10"):
                op.apply(session)
            assert session.drawing == before, "a refused edit must not change the drawing"
        assert all(MIN_INTENSITY <= v <= MAX_INTENSITY for v in session.drawing.values())
        if _undo_depth(session) > count:
            assert _undo_depth(session) == count + 1, "one intent is one undo step"
            assert session.drawing != before, "a recorded step must change the drawing"
            history.append(session.drawing)
        else:
            assert session.drawing == before, "an edit that changed nothing records nothing"
        assert session.view_model.drawing == session.drawing
    final = session.drawing
    assert _undo_depth(session) == len(history) - 1

    # walk back: every undo lands on the previous drawing; undo then redo is identity
    for i in range(len(history) - 1, 0, -1):
        assert session.drawing == history[i]
        session.undo()
        assert session.drawing == history[i - 1]
        session.redo()
        assert session.drawing == history[i]
        session.undo()
    assert session.drawing == PainDrawing()
    assert not session.view_model.can_undo

    # walk forward: every redo lands on the next drawing; redo then undo is identity
    for i in range(1, len(history)):
        session.redo()
        assert session.drawing == history[i]
        session.undo()
        assert session.drawing == history[i - 1]
        session.redo()
    assert session.drawing == final
    assert not session.view_model.can_redo
    assert session.view_model.drawing == final


@settings(max_examples=60, deadline=None)
@given(sequence=st.lists(ops.filter(_valid), min_size=1, max_size=15))
def test_every_visible_change_is_published(dataset: Dataset, sequence: list[Op]) -> None:
    """Undo and redo publish a view model with the drawing they land on (the map redraws)."""
    session = Session(dataset)
    seen: list[PainDrawing] = []

    def record(vm: object) -> None:
        drawing = session.view_model.drawing
        if not seen or seen[-1] != drawing:
            seen.append(drawing)

    session.subscribe(record)
    for op in sequence:
        op.apply(session)
    while session.view_model.can_undo:
        session.undo()
    while session.view_model.can_redo:
        session.redo()
    assert all(a != b for a, b in itertools.pairwise(seen))
    assert (seen[-1] if seen else PainDrawing()) == session.drawing


def test_mirror_marks_both_sides_and_undoes_as_one_step(dataset: Dataset) -> None:
    session = Session(dataset)
    session.set_mirror(True)
    session.toggle("left.low_back")
    assert dict(session.drawing) == {"left.low_back": 5, "right.low_back": 5}
    session.undo()
    assert dict(session.drawing) == {}
