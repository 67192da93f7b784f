"""The "what changed" summary between two visits' drawings, and how Compare frames them."""

from __future__ import annotations

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing_changes import IntensityChange, compare_drawings, describe_changes
from bodymap.domain.regions import View
from bodymap.scene.framing import frame_comparison
from bodymap.scene.layouts import Layout


def label(rid: str) -> str:
    side, area = rid.split(".")
    return f"{side} {area.replace('_', ' ')}"


def test_regions_fall_into_resolved_new_eased_worse_and_unchanged() -> None:
    first = {"left.temple": 6, "left.eye": 2, "right.calf": 4, "left.low_back": 5}
    second = {"left.temple": 3, "right.calf": 4, "left.low_back": 7, "left.jaw": 2}
    changes = compare_drawings(first, second)
    assert changes.resolved == ("left.eye",)
    assert changes.new == ("left.jaw",)
    assert changes.eased == (IntensityChange("left.temple", 6, 3),)
    assert changes.worse == (IntensityChange("left.low_back", 5, 7),)
    assert changes.unchanged == ("right.calf",)
    assert changes.changed_regions == {"left.eye", "left.jaw", "left.temple", "left.low_back"}
    assert describe_changes(changes, label) == [
        "Resolved (1): left eye.",
        "New (1): left jaw.",
        "Eased (1): left temple 6 → 3.",
        "Worse (1): left low back 5 → 7.",
        "Unchanged (1): right calf.",
    ]


def test_identical_and_empty_drawings_say_so() -> None:
    same = compare_drawings({"left.eye": 2}, {"left.eye": 2})
    assert not same.any_change
    assert describe_changes(same, label)[0].startswith("No change")
    empty = compare_drawings({}, {})
    assert describe_changes(empty, label) == ["Neither visit has any painful region."]


def test_the_comparison_is_framed_on_the_figure_that_changed(dataset: Dataset) -> None:
    atlas = dataset.atlas
    frame = frame_comparison(atlas, {"left.low_back": 5}, {"left.low_back": 3,
                                                            "left.buttock": 2})
    assert frame.layout is Layout.BACK and frame.view is View.BACK
    assert frame.source is not None
    x, y, w, h = frame.source
    back = atlas.views[View.BACK]
    assert h < back.height * 0.5  # a close-up, not the whole figure
    box = back.regions["left.buttock"].bounds
    assert x <= box[0] and box[2] <= x + w and y <= box[1] and box[3] <= y + h


def test_changes_on_front_and_back_show_both_whole_figures(dataset: Dataset) -> None:
    frame = frame_comparison(dataset.atlas, {"left.low_back": 5}, {"right.chest": 3})
    assert frame.layout is Layout.FRONT_BACK
    assert frame.source is None and frame.view is None and frame.hidden == frozenset()


def test_a_region_no_figure_of_the_layout_shows_is_named(dataset: Dataset) -> None:
    frame = frame_comparison(dataset.atlas, {"left.eye": 2, "left.temple": 6},
                             {"left.temple": 3, "left.tmj": 2})
    # the eye shows only from the front, the jaw joint only from the side: front and back
    # (best_layout's choice) shows the most, and the jaw joint is named as not drawn
    assert frame.layout is Layout.FRONT_BACK
    assert frame.hidden == {"left.tmj"}
