"""Session.foresee: the drawing a press on the hovered region would make, ranked before the
press. A foreseen press must show exactly what an unforeseen one shows."""

from __future__ import annotations

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.session.session import Session

#: a drawing of the low back and buttock, and regions to press on: unmarked ones (the press
#: marks them), a marked one (it unmarks it) and one far from the rest (a new muscle first)
DRAWING = PainDrawing({"left.low_back": 6, "left.buttock": 4, "left.sacrum": 3})
PRESSED = ("left.thigh_outer_lower", "left.buttock", "right.temple", "left.calf_upper")


def _ready(dataset: Dataset, mirror: bool = False) -> Session:
    session = Session(dataset)
    session.prepare()  # as the window's worker has built it by the time a user hovers
    session.set_mirror(mirror)
    session.open_drawing(DRAWING)
    return session


@pytest.mark.parametrize("mirror", [False, True])
@pytest.mark.parametrize("rid", PRESSED)
def test_a_foreseen_press_shows_what_an_unforeseen_one_shows(
        dataset: Dataset, rid: str, mirror: bool) -> None:
    foreseeing, plain = _ready(dataset, mirror), _ready(dataset, mirror)
    for session in (foreseeing, plain):
        session.hover(rid)
    foreseeing.foresee(rid)
    before = foreseeing.view_model
    row = before.foreseen
    assert row is not None and plain.view_model.foreseen is None
    assert row in before.foreseen_rows and plain.view_model.foreseen_rows == ()
    assert plain.view_model.foreseen_combination is None
    for session in (foreseeing, plain):
        session.begin_stroke(rid)
        session.end_stroke()
    vm = foreseeing.view_model
    assert vm == plain.view_model
    assert (rid in vm.drawing) == (rid not in DRAWING)
    if mirror:
        other = rid.replace("left.", "right.") if rid.startswith("left.") else \
            rid.replace("right.", "left.")
        assert (other in vm.drawing) == (rid in vm.drawing)
    # the row the press selected is the very one foreseen: ranked once, before the press
    assert vm.candidates[vm.selected] is row
    assert vm.candidates is before.foreseen_rows
    # and the combination it offers is the one foreseen
    assert vm.combination is before.foreseen_combination


def test_the_foreseen_row_follows_the_selected_muscle_as_a_press_does(
        dataset: Dataset) -> None:
    """A user looking at a muscle's card keeps it after a press when the muscle is still a
    candidate: the foreseen row is that muscle's, not the new top row."""
    session = _ready(dataset)
    rows = session.view_model.candidates
    session.select_candidate(len(rows) - 1)
    chosen = session.view_model.candidates[session.view_model.selected]
    session.hover("left.upper_buttock")
    session.foresee("left.upper_buttock")
    row = session.view_model.foreseen
    assert row is not None
    session.toggle("left.upper_buttock")
    vm = session.view_model
    assert row == vm.candidates[vm.selected]
    if any(r.muscle == chosen.muscle for r in vm.candidates):
        assert row.muscle == chosen.muscle


def test_nothing_is_foreseen_for_another_region_a_stroke_or_a_changed_drawing(
        dataset: Dataset) -> None:
    session = _ready(dataset)
    session.hover("right.temple")
    session.foresee("right.temple")
    assert session.view_model.foreseen is not None
    session.hover("left.calf_upper")  # the pointer moved on: a press there is not foreseen
    assert session.view_model.foreseen is None and session.view_model.foreseen_rows == ()
    session.hover("right.temple")  # back: the ranking kept for it serves again
    assert session.view_model.foreseen is not None
    session.begin_stroke("left.calf_upper")  # a drag under way: no press to foresee
    assert session.view_model.foreseen is None
    session.foresee("right.temple")
    assert session.view_model.foreseen is None
    session.end_stroke()
    session.open_drawing(PainDrawing({"left.back_of_neck": 5}))
    assert session.view_model.foreseen is None  # foreseen for the old drawing


def test_a_hover_never_builds_the_model_itself(dataset: Dataset) -> None:
    """Before the window's worker has built the referral model there is nothing to rank
    with; a hover must not build it on the window's thread (about 50 ms)."""
    session = Session(dataset)
    session.hover("left.low_back")
    session.foresee("left.low_back")
    assert session.view_model.foreseen is None
    session.foresee("no.such_region")  # not a region: ignored
    assert session.view_model.foreseen is None


def test_the_combination_a_press_would_offer_is_foreseen(dataset: Dataset) -> None:
    """Some press on this drawing offers a pair of muscles together; the view model names
    that offer before the press, as it names the rows."""
    offered = 0
    for rid in sorted(dataset.regions.keys())[::7]:
        session = _ready(dataset)
        session.hover(rid)
        session.foresee(rid)
        foreseen = session.view_model.foreseen_combination
        session.begin_stroke(rid)
        session.end_stroke()
        assert session.view_model.combination == foreseen
        offered += foreseen is not None
    assert offered > 0


def test_the_alerts_of_a_foreseen_press_are_worked_out_before_it(
        dataset: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """The red-flag rules are checked against the drawing a press would make while the
    pointer rests, with its ranking; the press finds them, and shows what it would show
    having checked them itself."""
    rid = "left.thigh_outer_lower"
    foreseeing, plain = _ready(dataset), _ready(dataset)
    foreseeing.hover(rid)
    foreseeing.foresee(rid)
    safety = type(foreseeing.dataset.safety)
    checked: list[object] = []
    check = safety.alerts

    def counted(self: object, *args: object) -> object:
        checked.append(args)
        return check(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(safety, "alerts", counted)
    foreseeing.begin_stroke(rid)
    foreseeing.end_stroke()
    assert checked == []  # found, not checked again
    plain.hover(rid)
    plain.begin_stroke(rid)
    plain.end_stroke()
    assert len(checked) == 1  # (an unforeseen press checks them)
    assert foreseeing.view_model.alerts == plain.view_model.alerts
    assert foreseeing.view_model == plain.view_model


def test_the_shown_drawings_alerts_stay_kept_while_presses_are_foreseen(
        dataset: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each foresight checks the rules against another drawing, and each view model asks
    for the shown drawing's alerts: those stay kept however many foresights come between."""
    session = _ready(dataset)
    safety = type(session.dataset.safety)
    checked: list[object] = []
    check = safety.alerts

    def counted(self: object, drawing: object, *args: object) -> object:
        checked.append(drawing)
        return check(self, drawing, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(safety, "alerts", counted)
    hovered = ("left.thigh_outer_lower", "left.calf_upper", "right.temple", "left.knee_front",
               "right.calf_upper", "left.top_of_shoulder")
    for rid in hovered:
        assert rid in dataset.regions
        session.hover(rid)
        session.foresee(rid)
    assert len(checked) == len(hovered)  # each press foreseen, each checked once
    assert session.drawing not in checked  # the shown drawing's were kept all along
