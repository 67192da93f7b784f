"""Flows of the Qt-free session: what the user does, and the view model that results."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bodymap.domain.bundle import BundleError, dataset_key, decode, encode
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.knowledge import KnowledgeBase, Muscle
from bodymap.domain.regions import Side
from bodymap.scene.layouts import Layout
from bodymap.session.history import History
from bodymap.session.session import APP_TITLE, TOP_CANDIDATES, Session
from bodymap.session.view_model import Overlays, ViewModel
from tests.bundle_parts import with_part


@pytest.fixture
def session(dataset: Dataset) -> Session:
    return Session(dataset)


def test_a_fresh_session_shows_the_welcome(session: Session) -> None:
    vm = session.view_model
    assert vm.drawing == PainDrawing() and vm.candidates == ()
    assert vm.card is None and vm.pattern is None and vm.selected == -1
    assert vm.title == APP_TITLE and vm.count == "0 painful regions"
    assert not vm.can_undo and not vm.can_redo


def test_the_referral_model_is_built_once_whenever_it_is_first_needed(
        dataset: Dataset) -> None:
    """The window asks for it after its first paint (prepare); a session that ranks first
    builds it then. Either way it is one model, ranking as the dataset's own does."""
    eager, lazy = Session(dataset), Session(dataset)
    model = eager.prepare()
    assert eager.prepare() is model
    drawing = PainDrawing({"left.low_back": 6, "left.buttock": 4})
    lazy.open_drawing(drawing)
    eager.open_drawing(drawing)
    assert lazy.ranking == eager.ranking == dataset.referral_model().rank(drawing)
    assert lazy.prepare() is lazy.prepare()


def test_a_model_built_in_the_background_is_the_one_the_first_ranking_uses(
        dataset: Dataset, data_dir: Path, assets_dir: Path) -> None:
    """The window starts the model on a worker once it has painted, from a dataset whose
    muscles are still undecoded (as read from the bundle); the first ranking waits for it
    and ranks exactly as a model built on the spot."""
    key = dataset_key(data_dir, assets_dir)
    from_bundle = decode(encode(dataset, key), key)
    assert not from_bundle.knowledge.built
    session = Session(from_bundle)
    session.prepare_in_background()
    session.prepare_in_background()  # asked twice: still one build
    drawing = PainDrawing({"left.low_back": 6, "left.buttock": 4})
    session.open_drawing(drawing)
    assert session.ranking == dataset.referral_model().rank(drawing)
    assert session.prepare() is session.prepare()
    assert from_bundle.knowledge.built


def test_a_background_build_that_fails_says_so_at_the_first_ranking(
        dataset: Dataset, data_dir: Path, assets_dir: Path) -> None:
    """A bundle whose muscles cannot be decoded (and no validating load to fall back on):
    the worker's error is not lost in its thread but raised where the model is needed."""
    key = dataset_key(data_dir, assets_dir)
    broken = decode(with_part(encode(dataset, key), "later", b'{"t":"nonsense"}'), key)
    session = Session(broken)
    session.prepare_in_background()
    with pytest.raises(BundleError, match="class reference"):
        session.open_drawing(PainDrawing({"left.low_back": 6}))


def test_muscles_read_from_two_threads_at_once_are_decoded_once(
        dataset: Dataset) -> None:
    """The window's thread and the model's worker may both read a knowledge base made by
    KnowledgeBase.later first: one of them decodes, the other waits and gets the same."""
    calls: list[str] = []
    started = threading.Event()

    def load() -> list[Muscle]:
        calls.append(threading.current_thread().name)
        started.set()
        time.sleep(0.05)  # long enough for the other reader to arrive meanwhile
        return list(dataset.knowledge.muscles.values())

    knowledge = KnowledgeBase.later(load, dataset.regions)
    seen: list[dict[str, Muscle]] = []
    other = threading.Thread(target=lambda: seen.append(knowledge.muscles))
    other.start()
    started.wait(5)
    mine = knowledge.muscles
    other.join(5)
    assert len(calls) == 1 and seen == [mine] and mine == dataset.knowledge.muscles
    assert knowledge.trigger_points == dataset.knowledge.trigger_points


def test_marking_ranks_and_selects_the_top_candidate(session: Session) -> None:
    session.toggle("left.low_back")
    vm = session.view_model
    assert 0 < len(vm.candidates) <= TOP_CANDIDATES
    assert vm.selected == 0
    assert vm.pattern is not None and vm.pattern.muscle == vm.candidates[0].muscle
    assert vm.card is not None and vm.card.points == vm.pattern.points
    assert vm.card.headline == vm.candidates[0].explanation
    ranked = session.ranking.hypotheses[:TOP_CANDIDATES]
    assert [r.key for r in vm.candidates] == [h.id for h in ranked]


def test_selection_follows_its_muscle_then_falls_back_to_the_top(session: Session) -> None:
    session.toggle("left.temple")
    second = session.view_model.candidates[1]
    session.select_candidate(1)
    assert session.view_model.pattern is not None
    assert session.view_model.pattern.muscle == second.muscle
    session.toggle("left.neck_side_upper" if "left.neck_side_upper" in
                   session.dataset.regions else "left.side_of_neck")
    vm = session.view_model
    if any(r.muscle == second.muscle for r in vm.candidates):
        assert vm.pattern is not None and vm.pattern.muscle == second.muscle
    else:
        assert vm.selected == 0
    session.clear()
    vm = session.view_model
    assert vm.pattern is None and vm.card is None and vm.candidates == ()


def test_the_old_pattern_never_outlives_its_drawing(session: Session) -> None:
    session.toggle("left.temple")
    temple = session.view_model.pattern
    assert temple is not None
    session.toggle("left.temple")
    session.toggle("left.heel_back" if "left.heel_back" in session.dataset.regions
                   else "left.heel")
    vm = session.view_model
    assert vm.pattern is not None and vm.pattern.muscle != temple.muscle
    assert vm.pattern.muscle == vm.candidates[0].muscle


def test_status_tells_the_current_level_of_the_hovered_region(session: Session) -> None:
    session.hover("left.buttock")
    assert session.view_model.status == "Left buttock — click to mark"
    session.begin_stroke("left.buttock")
    session.end_stroke()
    assert "pain 5/10" in session.view_model.status
    session.adjust("left.buttock", 2)
    assert "pain 7/10" in session.view_model.status
    session.set_quality("left.buttock", Quality.BURN)
    assert session.view_model.status.startswith("Left buttock — pain 7/10, burning")
    session.hover(None)  # the pointer left: the status follows the focused region
    assert session.view_model.status.startswith("Left buttock")
    session.focus(None)
    assert session.view_model.status == ""


def test_a_stroke_is_one_step_and_an_interrupted_one_closes(session: Session) -> None:
    session.begin_stroke("left.low_back")
    session.stroke_to("left.buttock")
    session.stroke_to("left.low_back")  # back over a region already painted: no change
    session.begin_stroke("left.calf_upper")  # a second press without a release
    session.stroke_to("left.calf_lower" if "left.calf_lower" in session.dataset.regions
                      else "left.calf_upper")
    session.end_stroke()
    assert session.history_depth == 2
    session.undo()
    assert set(session.drawing) == {"left.low_back", "left.buttock"}
    session.undo()
    assert session.drawing == PainDrawing()
    assert not session.view_model.can_undo and session.view_model.can_redo


def test_a_release_publishes_only_when_closing_the_step_changes_the_view(
        session: Session) -> None:
    """A click's press publishes the new drawing; its release closes the step, which
    shows nothing new: no listener is called again. A step that the press took back (the
    region unmarked again from its menu before the release) is dropped: that is shown."""
    seen: list[ViewModel] = []
    session.subscribe(seen.append)
    session.begin_stroke("left.buttock")
    session.unmark("left.buttock")
    assert seen[-1].can_undo and seen[-1].undo_text == "Mark regions"
    seen.clear()
    session.end_stroke()
    assert [(vm.can_undo, vm.undo_text) for vm in seen] == [(False, "")]
    session.begin_stroke("left.low_back")
    assert len(seen) == 2 and seen[-1].undo_text == "Mark regions"
    session.end_stroke()
    assert len(seen) == 2 and session.view_model is seen[-1]
    assert session.view_model == session._build()  # nothing left unpublished
    session.undo()
    assert session.drawing == PainDrawing() and not session.view_model.can_undo


def test_erasing_stroke_starts_on_a_marked_region(session: Session) -> None:
    session.open_drawing(PainDrawing.of(["left.low_back", "left.buttock"]))
    session.begin_stroke("left.low_back")
    session.stroke_to("left.buttock")
    session.end_stroke()
    assert session.drawing == PainDrawing()
    assert session.view_model.undo_text == "Unmark regions"


def test_mirror_applies_to_every_edit(session: Session) -> None:
    session.set_mirror(True)
    session.begin_stroke("left.calf_upper")
    session.end_stroke()
    session.set_intensity("left.calf_upper", 8)
    session.set_quality("left.calf_upper", Quality.NUMB)
    d = session.drawing
    assert dict(d) == {"left.calf_upper": 8, "right.calf_upper": 8}
    assert d.qualities == {"left.calf_upper": Quality.NUMB, "right.calf_upper": Quality.NUMB}
    assert session.view_model.mirror


def test_bad_intents_are_refused_without_changing_anything(session: Session) -> None:
    session.toggle("left.low_back")
    before = session.view_model
    with pytest.raises(ValueError, match="1-10"):
        session.set_intensity("left.low_back", 11)
    with pytest.raises(KeyError):
        session.set_red_flags({"no_such_flag"})
    with pytest.raises(KeyError):
        session.select_muscle("no_such_muscle")
    assert session.view_model == before


def test_browsing_a_muscle_and_its_side(session: Session) -> None:
    session.select_muscle("quadratus_lumborum", Side.RIGHT)
    vm = session.view_model
    assert vm.card is not None and vm.card.muscle == "quadratus_lumborum"
    assert vm.pattern is not None and {tp.side for tp in vm.pattern.points} == {Side.RIGHT}
    assert len(vm.pattern.points) == len(
        session.dataset.knowledge.muscle("quadratus_lumborum").points_on(Side.RIGHT))
    session.set_browse_side(Side.LEFT)
    assert session.view_model.pattern is not None
    assert session.view_model.pattern.side is Side.LEFT
    assert session.view_model.presentation_title == "Quadratus lumborum"


def test_points_for_is_what_the_screen_shows(session: Session) -> None:
    """The handout prints these: the drawn pattern's points, or the offered candidate's."""
    session.open_drawing(PainDrawing({"left.low_back": 6, "left.buttock": 4}))
    session.select_candidate(2)
    vm = session.view_model
    assert vm.pattern is not None
    assert session.points_for(vm.pattern.muscle) == vm.pattern.points
    other = vm.candidates[0]
    assert session.points_for(other.muscle) == (other.point,)
    far = "tibialis_anterior"
    assert all(r.muscle != far for r in vm.candidates)
    assert {tp.side for tp in session.points_for(far)} == {Side.LEFT}


def test_stepping_candidates_wraps_and_without_drawing_walks_muscles(session: Session) -> None:
    session.step(1)
    first = session.view_model.card
    session.step(1)
    second = session.view_model.card
    assert first is not None and second is not None and first.muscle != second.muscle
    session.toggle("left.temple")
    n = len(session.view_model.candidates)
    session.step(-1)
    assert session.view_model.selected == n - 1
    session.step(1)
    assert session.view_model.selected == 0


def test_red_flags_overlays_layout_client_and_presentation(session: Session) -> None:
    session.set_red_flags({"saddle_numbness"})
    assert [a.id for a in session.view_model.alerts] == ["saddle_numbness"]
    session.set_red_flags(())
    assert session.view_model.alerts == ()
    session.set_overlays(Overlays(essential=True, spillover=False, markers=False))
    assert session.view_model.overlays == Overlays(True, False, False)
    session.set_layout(Layout.SIDES)
    assert session.view_model.layout is Layout.SIDES
    session.set_client("Ana")
    assert session.view_model.title == f"{APP_TITLE} — Ana"
    session.set_presenting(True)
    vm = session.view_model
    assert vm.presenting and vm.presentation_title.startswith("Mark the painful areas")
    session.toggle("left.low_back")
    session.clear_selection()
    assert session.view_model.presentation_title == "No muscle selected"


def test_listeners_get_each_new_view_model_once(session: Session) -> None:
    seen: list[ViewModel] = []
    session.subscribe(seen.append)
    session.toggle("left.low_back")
    session.hover("left.low_back")
    session.hover("left.low_back")  # no change: nothing published
    assert len(seen) == 2 and seen[-1] is session.view_model
    session.unsubscribe(seen.append)
    session.toggle("left.low_back")
    assert len(seen) == 2


def test_history_keeps_its_limit_and_drops_an_empty_group() -> None:
    history: History[int] = History(0, limit=3)
    for i in range(1, 6):
        history.push(i, f"set {i}")
    assert len(history) == 3 and history.undo_text == "set 5"
    history.begin_group("stroke")
    history.push(9, "x")
    history.push(5, "y")  # back where the group started
    history.end_group()
    assert len(history) == 3 and history.state == 5
    while history.undo():
        pass
    assert history.state == 2 and history.redo_text == "set 3"


def test_explore_lists_whole_muscle_hypotheses_with_what_each_point_explains(
        session: Session) -> None:
    """Temple + back of the neck: a muscle with two points that explain one region each is
    listed once, and its card says which point explains what."""
    session.open_drawing(PainDrawing.of(["left.temple", "left.back_of_neck"]))
    vm = session.view_model
    multi = next(r for r in vm.candidates if len(r.points) > 1)
    session.select_candidate(vm.candidates.index(multi))
    vm = session.view_model
    assert vm.pattern is not None and vm.pattern.points == multi.points
    assert vm.card is not None and vm.card.headline is not None
    for line in multi.point_lines:
        assert line in vm.card.headline
    assert len({r.key for r in vm.candidates}) == len(vm.candidates)


def test_both_sides_and_nerve_hypotheses_reach_the_panel(session: Session) -> None:
    session.open_drawing(PainDrawing.of(["left.low_back", "right.low_back"]))
    assert any(r.title.endswith("both sides") for r in session.view_model.candidates)
    drawing = PainDrawing.of(["left.buttock", "left.thigh_back_upper", "left.calf_upper",
                              "left.heel_pad"])
    for rid in list(drawing):
        drawing = drawing.with_quality(rid, Quality.PINS)
    session.open_drawing(drawing)
    nerve = [r for r in session.view_model.candidates[:3] if r.title.startswith("May be the")]
    assert nerve and "sciatic" in nerve[0].title
    assert nerve[0].point_lines, "the nerve row says what each of its points explains"


def test_an_intent_sent_while_rendering_is_published_after_the_round(session: Session) -> None:
    seen: dict[str, list[str]] = {"first": [], "second": []}

    def first(vm: ViewModel) -> None:
        seen["first"].append(vm.layout.value)
        if vm.layout is Layout.FRONT_BACK and vm.drawing:
            session.set_layout(Layout.HEAD)  # e.g. presentation choosing a close-up

    def second(vm: ViewModel) -> None:
        seen["second"].append(vm.layout.value)

    session.subscribe(first)
    session.subscribe(second)
    session.toggle("left.temple")
    assert seen["first"] == seen["second"] == ["front-back", "head"]
    assert session.view_model.layout is Layout.HEAD


def test_a_both_sides_row_tells_each_side_by_its_own_points(session: Session) -> None:
    """Low back on both sides and the left buttock: gluteus medius on both sides comes first.
    Its left anterior point spills over to the other side's low back, but the right anterior
    point reaches that region itself, so the card tells the right low back as the right
    point's and the left point's line names only the left side."""
    session.open_drawing(PainDrawing.of(["left.low_back", "right.low_back", "left.buttock"]))
    session.select_candidate(0)
    vm = session.view_model
    top = vm.candidates[0]
    assert top.title == "Gluteus medius, both sides" and vm.selected == 0
    assert vm.card is not None and vm.card.headline is not None
    assert top.point_lines == ("Middle point (TP2) (left): explains your left buttock",
                               "Anterior point (TP3) (left): explains your left low back",
                               "Anterior point (TP3) (right): explains your right low back")
    assert "right low back" in top.explanation, "the hypothesis as a whole still explains it"
    for line in top.point_lines:
        assert line in vm.card.headline
    # every both-sides story of this drawing: a point names the other side only when no
    # point of that side reaches the region
    for h in session.ranking.hypotheses:
        if len(h.sides) < 2:
            continue
        for role in h.points:
            other = role.trigger_point.side.other.value
            for rid in role.explanation.explained:
                if rid.startswith(other + "."):
                    assert not any(rid in r.explanation.explained for r in h.points
                                   if r.trigger_point.side.value == other), (h.id, rid)


def test_opening_a_drawing_leaves_out_regions_the_atlas_lacks(dataset: Dataset) -> None:
    """A drawing saved with other data: its unknown marks are neither shown, counted nor
    ranked, and the caller learns which they were (to say so); the rest keeps its levels
    and qualities, in one undo step."""
    session = Session(dataset)
    saved = PainDrawing({"left.low_back": 6, "left.lumbar_old": 4, "zz.nowhere": 2},
                        {"left.low_back": Quality.BURN, "left.lumbar_old": Quality.NUMB})
    assert session.open_drawing(saved) == ("left.lumbar_old", "zz.nowhere")
    assert session.drawing == PainDrawing({"left.low_back": 6},
                                          {"left.low_back": Quality.BURN})
    assert session.view_model.count == "1 painful region"
    session.undo()
    assert dict(session.drawing) == {}
    assert session.open_drawing(PainDrawing({"left.low_back": 3})) == ()


def test_a_new_session_ranks_its_empty_drawing_only_when_asked(dataset: Dataset) -> None:
    """The first screen's empty drawing is left unranked (no model, nor its module, is
    needed for it); asking for the ranking gives the model's ranking of it."""
    session = Session(dataset)
    assert session.view_model.candidates == ()
    assert session.ranking == dataset.referral_model().rank(PainDrawing())
    assert session.ranking.hypotheses == ()
