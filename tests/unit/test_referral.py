"""The referral model: rewards, properties, combinations and speed-independent behaviour."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import KnowledgeBase, Prevalence, TriggerPoint
from bodymap.domain.referral import Ranking, ReferralModel
from bodymap.domain.regions import RegionCatalogue, Side, mirror_region_id


@pytest.fixture(scope="module")
def model(dataset: Dataset) -> ReferralModel:
    return dataset.referral_model()


def _tp(muscle: str, essential: set[str], spillover: set[str] = frozenset(),  # type: ignore[assignment]
        prevalence: Prevalence = Prevalence.COMMON) -> TriggerPoint:
    return TriggerPoint(id=f"{muscle}.tp.left", muscle=muscle, key="tp", name="TP",
                        side=Side.LEFT, location="x", region=next(iter(essential)),
                        essential=frozenset(essential), spillover=frozenset(spillover),
                        prevalence=prevalence)


def _kb(dataset: Dataset, points: list[TriggerPoint]) -> KnowledgeBase:
    template = dataset.knowledge.muscle("gluteus_medius")
    muscles = [replace(template, id=tp.muscle, trigger_points=(tp,)) for tp in points]
    return KnowledgeBase(muscles, dataset.regions)


def _rank_ids(model: ReferralModel, drawing: PainDrawing) -> list[str]:
    return [c.trigger_point.id for c in model.rank(drawing).candidates]


def test_essential_beats_spillover(dataset: Dataset) -> None:
    kb = _kb(dataset, [_tp("a", {"left.low_back"}), _tp("b", {"left.buttock"},
                                                         {"left.low_back"})])
    m = ReferralModel(kb, dataset.parameters, {})
    ranking = m.rank(PainDrawing.of(["left.low_back"]))
    assert [c.muscle for c in ranking.candidates] == ["a", "b"]


def test_explaining_more_of_the_drawing_wins(dataset: Dataset) -> None:
    kb = _kb(dataset, [_tp("a", {"left.low_back", "left.buttock"}),
                       _tp("b", {"left.low_back", "left.shin"})])
    m = ReferralModel(kb, dataset.parameters, {})
    ranking = m.rank(PainDrawing.of(["left.low_back", "left.buttock"]))
    assert ranking.candidates[0].muscle == "a"


def test_specific_pattern_beats_one_covering_half_the_body(dataset: Dataset) -> None:
    huge = {r for r in dataset.regions if r.startswith("left.")}
    kb = _kb(dataset, [_tp("tight", {"left.low_back", "left.buttock"}),
                       _tp("huge", huge)])
    m = ReferralModel(kb, dataset.parameters, {})
    ranking = m.rank(PainDrawing.of(["left.low_back", "left.buttock"]))
    assert ranking.candidates[0].muscle == "tight"
    assert ranking.candidates[1].score < 0.5 * ranking.candidates[0].score


def test_intensity_weighs_the_regions(dataset: Dataset) -> None:
    kb = _kb(dataset, [_tp("a", {"left.low_back"}), _tp("b", {"left.buttock"})])
    m = ReferralModel(kb, dataset.parameters, {})
    d = PainDrawing({"left.low_back": 9, "left.buttock": 2})
    assert m.rank(d).candidates[0].muscle == "a"
    assert m.rank(PainDrawing({"left.low_back": 2, "left.buttock": 9})).candidates[0].muscle == "b"


def test_near_miss_counts_a_little(dataset: Dataset) -> None:
    kb = _kb(dataset, [_tp("a", {"left.low_back"}), _tp("b", {"left.low_back"})])
    adjacency = {"left.low_back": {"left.iliac_crest"}, "left.iliac_crest": {"left.low_back"}}
    m = ReferralModel(kb, dataset.parameters, adjacency)
    plain = ReferralModel(kb, dataset.parameters, {})
    d = PainDrawing.of(["left.low_back", "left.iliac_crest"])
    with_adj = m.rank(d).candidates[0]
    without = plain.rank(d).candidates[0]
    assert with_adj.score > without.score
    assert with_adj.explanation.adjacent == ("left.iliac_crest",)


def test_prevalence_breaks_ties(dataset: Dataset) -> None:
    kb = _kb(dataset, [_tp("rare", {"left.low_back"}, prevalence=Prevalence.RARE),
                       _tp("often", {"left.low_back"}, prevalence=Prevalence.VERY_COMMON)])
    m = ReferralModel(kb, dataset.parameters, {})
    assert m.rank(PainDrawing.of(["left.low_back"])).candidates[0].muscle == "often"


def test_scores_lie_in_unit_interval_and_explanations_partition_the_drawing(
        model: ReferralModel) -> None:
    d = PainDrawing({"left.low_back": 8, "left.buttock": 4, "left.heel_pad": 6})
    for c in model.rank(d).candidates:
        assert 0.0 < c.score <= 1.0
        e = c.explanation
        parts = [*e.essential, *e.spillover, *e.local, *e.adjacent, *e.unexplained]
        assert sorted(parts) == sorted(d)
        assert set(e.missing) <= c.trigger_point.essential
        assert not set(e.missing) & set(d)


def _lying_in(muscle: str, region: str, essential: set[str],
              spillover: set[str] = frozenset()) -> TriggerPoint:  # type: ignore[assignment]
    return TriggerPoint(id=f"{muscle}.tp.left", muscle=muscle, key="tp", name="TP",
                        side=Side.LEFT, location="x", region=region,
                        essential=frozenset(essential), spillover=frozenset(spillover),
                        prevalence=Prevalence.COMMON)


def test_pain_where_a_point_lies_counts_in_full_once_its_referral_is_drawn_too(
        dataset: Dataset) -> None:
    p = dataset.parameters.credit
    assert p.local < p.local_with_referral
    kb = _kb(dataset, [_lying_in("deep", "left.low_back", {"left.lower_buttock"},
                                 {"left.buttock"})])
    m = ReferralModel(kb, dataset.parameters, {})

    def coverage(regions: list[str]) -> float:
        ranking = m.rank(PainDrawing.of(regions))
        (candidate,) = ranking.candidates
        (hypothesis,) = ranking.hypotheses
        assert hypothesis.coverage == pytest.approx(candidate.coverage)
        return candidate.coverage

    # the spot alone, and the spot beside a region the point does not refer to: local credit
    assert coverage(["left.low_back"]) == pytest.approx(p.local)
    assert coverage(["left.low_back", "left.shin"]) == pytest.approx(p.local / 2)
    # the spot and its spillover zone: the spot now counts in full
    assert coverage(["left.low_back", "left.buttock"]) == pytest.approx(
        (p.local_with_referral + p.spillover) / 2)
    # the spot and its essential zone
    assert coverage(["left.low_back", "left.lower_buttock"]) == pytest.approx(
        (p.local_with_referral + p.essential) / 2)


def test_where_the_chart_covers_a_points_own_region_its_credit_stands(
        dataset: Dataset) -> None:
    p = dataset.parameters.credit
    # the chart shades the point's own region as spillover: the spot keeps the spillover credit
    kb = _kb(dataset, [_lying_in("shaded", "left.low_back", {"left.lower_buttock"},
                                 {"left.low_back"})])
    m = ReferralModel(kb, dataset.parameters, {})
    (candidate,) = m.rank(PainDrawing.of(["left.low_back", "left.lower_buttock"])).candidates
    assert candidate.coverage == pytest.approx((p.spillover + p.essential) / 2)


def test_combinations_count_the_spot_in_full_too(dataset: Dataset) -> None:
    p = dataset.parameters.credit
    kb = _kb(dataset, [_lying_in("here", "left.low_back", {"left.buttock"}),
                       _lying_in("heel", "left.heel_pad", {"left.heel_pad"})])
    m = ReferralModel(kb, dataset.parameters, {})
    ranking = m.rank(PainDrawing.of(["left.low_back", "left.buttock", "left.heel_pad"]))
    (pair,) = ranking.combinations
    assert {tp.muscle for tp in pair.trigger_points} == {"here", "heel"}
    assert pair.coverage == pytest.approx((p.local_with_referral + 2 * p.essential) / 3)


def test_low_back_and_buttock_rank_ql_and_gluteals_high(model: ReferralModel) -> None:
    d = PainDrawing.of(["left.low_back", "left.buttock"])
    top = [c.muscle for c in model.rank(d).by_muscle()[:6]]
    assert "quadratus_lumborum" in top
    assert {"gluteus_medius", "gluteus_minimus", "gluteus_maximus"} & set(top)


def test_combination_for_a_drawing_no_single_muscle_covers(model: ReferralModel) -> None:
    d = PainDrawing.of(["left.low_back", "left.thigh_outer_lower", "left.heel_pad"])
    ranking = model.rank(d)
    assert all(c.explanation.unexplained for c in ranking.candidates)
    assert ranking.combinations
    best = ranking.combinations[0]
    assert 2 <= len(best.trigger_points) <= 3
    reach = set().union(*(tp.zone for tp in best.trigger_points))
    assert set(d) <= reach


def test_no_combination_when_one_point_explains_everything(model: ReferralModel) -> None:
    assert model.rank(PainDrawing.of(["left.low_back"])).combinations == ()


def test_ranking_does_not_depend_on_the_order_muscles_were_loaded(
        model: ReferralModel, dataset: Dataset) -> None:
    """A model built from the same knowledge listed in reverse ranks identically: ties are
    broken by id, never by dictionary order."""
    reversed_kb = KnowledgeBase(list(reversed(list(dataset.knowledge.muscles.values()))),
                                dataset.regions)
    other = ReferralModel(reversed_kb, dataset.parameters, dataset.atlas.adjacency,
                          dataset.nerves, dataset.prevalence)
    d = PainDrawing.of(["left.temple", "left.upper_jaw", "left.top_of_shoulder"])
    mine, theirs = model.rank(d), other.rank(d)
    assert [(c.trigger_point.id, round(c.score, 12)) for c in mine.candidates] == \
        [(c.trigger_point.id, round(c.score, 12)) for c in theirs.candidates]
    assert [h.id for h in mine.hypotheses] == [h.id for h in theirs.hypotheses]
    assert mine.combinations == theirs.combinations


def test_empty_drawing_ranks_nothing(model: ReferralModel) -> None:
    assert model.rank(PainDrawing()).candidates == ()


def _region_ids(regions: RegionCatalogue) -> list[str]:
    return sorted(regions)


@st.composite
def drawings(draw: st.DrawFn, ids: list[str]) -> PainDrawing:
    chosen = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=8, unique=True))
    return PainDrawing({r: draw(st.integers(1, 10)) for r in chosen})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_adding_an_essential_region_never_lowers_a_candidate(
        data: st.DataObject, model: ReferralModel, regions: RegionCatalogue) -> None:
    d = data.draw(drawings(_region_ids(regions)))
    ranking = model.rank(d, with_combinations=False)
    if not ranking.candidates:
        return
    c = data.draw(st.sampled_from(ranking.candidates))
    extra = sorted(c.trigger_point.essential - set(d))
    if not extra:
        return
    region = data.draw(st.sampled_from(extra))
    d2 = d.with_region(region, data.draw(st.integers(1, 10)))
    after = {x.trigger_point.id: x.score
             for x in model.rank(d2, with_combinations=False).candidates}
    assert after[c.trigger_point.id] >= c.score - 1e-12


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mirrored_drawing_gives_mirrored_ranking(data: st.DataObject, model: ReferralModel,
                                                 regions: RegionCatalogue) -> None:
    d = data.draw(drawings(_region_ids(regions)))
    a = model.rank(d, with_combinations=False).candidates
    b = model.rank(d.mirrored(), with_combinations=False).candidates

    def flip(tid: str) -> str:
        stem, _, side = tid.rpartition(".")
        return f"{stem}.{Side(side).other.value}"

    scores_b = {c.trigger_point.id: c.score for c in b}
    assert len(a) == len(b)
    for c in a:
        assert scores_b[flip(c.trigger_point.id)] == pytest.approx(c.score, abs=1e-12)
        twin = next(x for x in b if x.trigger_point.id == flip(c.trigger_point.id))
        assert twin.explanation.essential == tuple(
            sorted(mirror_region_id(r) for r in c.explanation.essential))


def test_combinations_name_distinct_sets_of_muscles(model: ReferralModel) -> None:
    d = PainDrawing.of(["left.low_back", "left.thigh_outer_lower", "left.heel_pad"])
    sets = [frozenset((t.muscle, t.side) for t in cb.trigger_points)
            for cb in model.rank(d).combinations]
    assert len(sets) == len(set(sets))


def test_the_trigger_point_list_is_the_same_however_it_is_read(dataset: Dataset,
                                                               model: ReferralModel) -> None:
    # the list is built on first read; reading it late, cut by `top`, or from a second model
    # gives the same points in the same order, and equal rankings compare equal
    d = PainDrawing({"left.low_back": 7, "left.buttock": 5, "right.low_back": 3})
    full = model.rank(d)
    assert [c.trigger_point.id for c in model.rank(d, top=4).candidates] == [
        c.trigger_point.id for c in full.candidates[:4]]
    scores = [c.score for c in full.candidates]
    assert scores == sorted(scores, reverse=True) and len(scores) > 10
    again = dataset.referral_model().rank(d)
    assert again == full and hash(again) == hash(full)
    assert again != model.rank(PainDrawing({"left.low_back": 7}))
    assert Ranking((), ()).candidates == ()
