"""The "what changed" summary between two visits' drawings."""

from __future__ import annotations

from bodymap.domain.drawing_changes import IntensityChange, compare_drawings, describe_changes


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
