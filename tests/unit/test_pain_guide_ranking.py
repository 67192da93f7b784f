"""The published pain-guide cases (tests/data/pain_guide): the muscles the literature names
for a pain location must come out near the top of the model's muscle ranking."""

from __future__ import annotations

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from tests.data.test_knowledge_base import PAIN_GUIDE

TOP = 8


@pytest.mark.parametrize(("name", "case"), PAIN_GUIDE, ids=[n for n, _ in PAIN_GUIDE])
def test_named_muscles_rank_near_the_top(dataset: Dataset, name: str,
                                         case: dict[str, object]) -> None:
    model = dataset.referral_model()
    for side in ("left", "right"):
        drawing = PainDrawing.of(f"{side}.{a}" for a in case["pain"])  # type: ignore[attr-defined]
        order = [c.muscle for c in model.rank(drawing).by_muscle()]
        named = [str(m) for m in case["muscles"]]  # type: ignore[attr-defined]
        late = {m: (order.index(m) + 1 if m in order else None) for m in named
                if m not in order[:TOP]}
        assert not late, f"{side}: ranked below {TOP}: {late}; top: {order[:TOP]}"
        assert set(order[:3]) & set(named), f"{side}: none of {named} in the top 3"
