"""Pain qualities travel with the drawing: kept by edits, mirrored, part of equality."""

from __future__ import annotations

import pytest

from bodymap.domain.drawing import PainDrawing, Quality


def test_quality_defaults_to_ache_and_is_not_stored() -> None:
    d = PainDrawing({"left.calf": 4})
    assert d.quality("left.calf") is Quality.ACHE
    assert d.quality("right.calf") is Quality.ACHE
    assert d.qualities == {}
    assert PainDrawing({"left.calf": 4}, {"left.calf": "ache"}) == d


def test_quality_survives_intensity_edits_and_goes_with_the_region() -> None:
    d = PainDrawing({"left.calf": 4}).with_quality("left.calf", Quality.NUMB)
    assert d.with_region("left.calf", 8).quality("left.calf") is Quality.NUMB
    assert d.adjusted("left.calf", 1).quality("left.calf") is Quality.NUMB
    assert "left.calf" not in d.without("left.calf").qualities
    assert d != PainDrawing({"left.calf": 4})
    assert hash(d) != hash(PainDrawing({"left.calf": 4}))


def test_with_quality_marks_an_unmarked_region() -> None:
    d = PainDrawing().with_quality("left.heel", Quality.BURN)
    assert d["left.heel"] == 5
    assert d.quality("left.heel") is Quality.BURN


def test_mirrored_moves_qualities_to_the_other_side() -> None:
    d = PainDrawing({"left.calf": 4}, {"left.calf": Quality.PINS}).mirrored()
    assert d.qualities == {"right.calf": Quality.PINS}


def test_bad_quality_and_quality_of_an_unmarked_region_are_refused() -> None:
    with pytest.raises(ValueError, match="tingly"):
        PainDrawing({"left.calf": 4}, {"left.calf": "tingly"})
    with pytest.raises(ValueError, match=r"right\.calf"):
        PainDrawing({"left.calf": 4}, {"right.calf": Quality.NUMB})
