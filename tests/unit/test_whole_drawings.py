"""The whole-drawing evaluation set (tests/data/whole_drawings/cases.yaml): every case's primary
muscle comes out in the top 3 of the hypothesis ranking (`make bench` prints the figures)."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.evaluation import DrawingCase, evaluate, load_cases, summarise
from bodymap.domain.referral import ReferralModel

CASES = Path(__file__).resolve().parent.parent / "data" / "whole_drawings" / "cases.yaml"


@pytest.fixture(scope="module")
def cases(dataset: Dataset) -> tuple[DrawingCase, ...]:
    return load_cases(CASES, list(dataset.regions), list(dataset.knowledge.muscles))


@pytest.fixture(scope="module")
def model(dataset: Dataset) -> ReferralModel:
    return dataset.referral_model()


def test_the_set_is_substantial_and_varied(cases: tuple[DrawingCase, ...]) -> None:
    assert len(cases) >= 50
    assert sum(c.both_sides for c in cases) >= 12
    assert sum(bool(c.qualities) for c in cases) >= 3
    assert all(2 <= len(c.regions) <= 6 and c.source for c in cases)
    assert len({tuple(sorted(c.regions.values())) for c in cases}) > 20   # varied intensities


def test_every_primary_muscle_is_in_the_top_3(model: ReferralModel,
                                             cases: tuple[DrawingCase, ...]) -> None:
    results = evaluate(lambda d: [h.muscle for h in model.rank(d).hypotheses], cases)
    late = {r.case.name: (r.primary_rank, r.order[:3]) for r in results if not r.in_top(3)}
    # known exceptions, reported in the lead's notes: for low back on both sides our data
    # puts multifidi and rectus abdominis first and quadratus lumborum sixth; for the front of
    # both shoulders infraspinatus (the chapter's muscle) is 4th, just behind subclavius, with
    # biceps long head first (it explains front of shoulder and front of arm in full)
    assert set(late) <= {"low_back_both_sides", "front_of_shoulders_both_sides"}, late
    overall = summarise(results)
    assert overall.top3 >= 0.95 and overall.top1 >= 0.75 and overall.recall10 >= 0.9


def test_the_first_muscle_stands_clearly_above_the_next(model: ReferralModel,
                                                        cases: tuple[DrawingCase, ...]) -> None:
    """Median over the set of the first muscle's score over the next muscle's (1.0 = a tie;
    it was 1.23 before unexplained pain cost more, data/model.yaml coverage_power)."""
    ratios = []
    for case in cases:
        hypotheses = model.rank(case.drawing).hypotheses
        first = hypotheses[0]
        second = next(h for h in hypotheses if h.muscle != first.muscle)
        ratios.append(first.score / second.score)
    assert statistics.median(ratios) >= 1.35


def test_a_wrong_case_file_is_refused_with_its_field(tmp_path: Path, dataset: Dataset) -> None:
    from bodymap.domain.errors import DataError

    bad = tmp_path / "cases.yaml"
    bad.write_text(CASES.read_text(encoding="utf-8")
                   .replace("primary: [quadratus_lumborum]", "primary: [quadratus_lumbrum]", 1)
                   .replace("left.iliac_crest: 5", "left.iliac_crst: 5", 1), encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_cases(bad, list(dataset.regions), list(dataset.knowledge.muscles))
    text = str(info.value)
    assert "cases[0].regions: unknown region" in text and "left.iliac_crst" in text
    assert "unknown muscle" in text and "quadratus_lumbrum" in text
