from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bodymap.domain.drawing import PainDrawing

ids = st.sampled_from(["left.low_back", "right.low_back", "left.buttock", "right.temple",
                       "left.heel_pad"])
intensities = st.integers(min_value=1, max_value=10)


def test_edits_return_new_drawings_and_leave_the_old_one_alone() -> None:
    d0 = PainDrawing()
    d1 = d0.with_region("left.low_back", 7)
    assert dict(d0) == {}
    assert d1["left.low_back"] == 7
    assert d1.toggled("left.low_back") == d0
    assert d1.adjusted("left.low_back", 5)["left.low_back"] == 10
    assert d1.adjusted("left.low_back", -20)["left.low_back"] == 1
    assert d1.adjusted("left.buttock", 1) == d1


@pytest.mark.parametrize("bad", [0, 11, -1])
def test_out_of_range_intensity_is_refused(bad: int) -> None:
    with pytest.raises(ValueError, match="1-10"):
        PainDrawing({"left.low_back": bad})


def test_non_integer_intensity_is_refused() -> None:
    with pytest.raises(TypeError):
        PainDrawing({"left.low_back": 2.5})  # type: ignore[arg-type]


@given(st.dictionaries(ids, intensities))
def test_mirroring_twice_is_identity(items: dict[str, int]) -> None:
    d = PainDrawing(items)
    assert d.mirrored().mirrored() == d
    assert hash(PainDrawing(dict(reversed(list(items.items()))))) == hash(d)
