"""Referral-model throughput on the shipped knowledge base and on synthetic 10x/100x ones.

Every figure is ``rank(drawing)`` as the app uses it: combinations and the hypotheses
(muscles as a whole, both sides, nerves), whose list is read so that nothing lazy escapes the
clock. The single-trigger-point list (``Ranking.candidates``) is built only when read: the
window never reads it, ``bodymap query --points`` does; one row times it read as well.
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from table import Row, median, ms, percentile, us

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import KnowledgeBase, Muscle, TriggerPoint
from bodymap.domain.referral import ReferralModel
from bodymap.domain.regions import Region, RegionCatalogue

DRAWINGS_PER_SET = 40
REPEATS = 5
MIN_REPEAT_SECONDS = 0.15


def clustered_drawing(rng: random.Random, adjacency: Mapping[str, frozenset[str]],
                      ids: Sequence[str], size: int) -> PainDrawing:
    """A realistic drawing: one or two patches of neighbouring regions (grown along the
    atlas adjacency from random seeds), intensities 1-10."""
    chosen: list[str] = []
    patches = 1 if size < 8 else 2
    while len(chosen) < size:
        seed = rng.choice(ids)
        if seed in chosen:
            continue
        chosen.append(seed)
        frontier = set(adjacency.get(seed, ())) - set(chosen)
        target = len(chosen) - 1 + max(1, size // patches)
        while len(chosen) < min(size, target) and frontier:
            nxt = rng.choice(sorted(frontier))
            chosen.append(nxt)
            frontier |= set(adjacency.get(nxt, ()))
            frontier -= set(chosen)
    return PainDrawing({r: rng.randint(1, 10) for r in chosen})


def scattered_drawing(rng: random.Random, ids: Sequence[str], size: int) -> PainDrawing:
    """The worst case for combinations: regions anywhere on the body."""
    return PainDrawing({r: rng.randint(1, 10) for r in rng.sample(list(ids), size)})


@dataclass(frozen=True)
class Throughput:
    per_query: float      # seconds, median over repeats of (repeat time / queries)
    qps: float
    slowest: float        # the slowest single query seen (seconds)
    p95: float            # 95th percentile of single queries


def _rank(model: ReferralModel, drawing: PainDrawing, with_combinations: bool,
          read_points: bool = False) -> int:
    ranking = model.rank(drawing, with_combinations=with_combinations)
    return len(ranking.hypotheses) + (len(ranking.candidates) if read_points else 0)


def throughput(model: ReferralModel, drawings: Sequence[PainDrawing],
               with_combinations: bool = True, read_points: bool = False) -> Throughput:
    """``rank(drawing)`` as the app calls it: with combinations, and the hypotheses (and,
    with ``read_points``, the trigger-point list too)."""
    singles: list[float] = []
    for d in drawings:  # warm-up and per-drawing times
        t = time.perf_counter()
        _rank(model, d, with_combinations, read_points)
        singles.append(time.perf_counter() - t)
    one_pass = max(sum(singles), 1e-6)
    loops = max(1, int(MIN_REPEAT_SECONDS / one_pass))
    per_query: list[float] = []
    for _ in range(REPEATS):
        t = time.perf_counter()
        for _ in range(loops):
            for d in drawings:
                _rank(model, d, with_combinations, read_points)
        per_query.append((time.perf_counter() - t) / (loops * len(drawings)))
        for d in drawings:
            t = time.perf_counter()
            _rank(model, d, with_combinations, read_points)
            singles.append(time.perf_counter() - t)
    pq = median(per_query)
    return Throughput(pq, 1.0 / pq, max(singles), percentile(singles, 0.95))


# --------------------------------------------------------------------------- synthetic scale

def _copy_id(rid: str, k: int) -> str:
    # still a valid region id (side.area, area in [a-z0-9_]): the catalogue checks the form
    return rid if k == 0 else f"{rid}_copy{k}"


@dataclass(frozen=True)
class Synthetic:
    knowledge: KnowledgeBase
    adjacency: dict[str, frozenset[str]]
    ids: list[str]


def synthetic(dataset: Dataset, factor: int, seed: int = 7) -> Synthetic:
    """``factor`` copies of the atlas and of every trigger point.

    Copy k of region r is ``r_copyk``. Each border of the real atlas appears in every copy, and
    one in ten is rewired to the next copy (so the copies form one connected body and the
    degree of every region stays that of the real atlas). Copy k of a trigger point keeps
    its zones in copy k, except one zone region in ten moved to the next copy.
    """
    rng = random.Random(seed)
    rewire = 0.1
    adjacency: dict[str, set[str]] = {}
    for a, neighbours in dataset.atlas.adjacency.items():
        for b in neighbours:
            if a >= b:
                continue
            for k in range(factor):
                kb = (k + 1) % factor if factor > 1 and rng.random() < rewire else k
                ak, bk = _copy_id(a, k), _copy_id(b, kb)
                adjacency.setdefault(ak, set()).add(bk)
                adjacency.setdefault(bk, set()).add(ak)
    regions: list[Region] = []
    for k in range(factor):
        for r in dataset.regions.values():
            regions.append(replace(r, id=_copy_id(r.id, k)))
    catalogue = RegionCatalogue(dataset.regions.groups, regions)

    def remap(zone: frozenset[str], k: int) -> frozenset[str]:
        return frozenset(
            _copy_id(r, (k + 1) % factor if factor > 1 and rng.random() < rewire else k)
            for r in zone)

    muscles: list[Muscle] = []
    for k in range(factor):
        for m in dataset.knowledge.muscles.values():
            mid = _copy_id(m.id, k)
            points: list[TriggerPoint] = []
            for tp in m.trigger_points:
                points.append(replace(
                    tp, id=f"{mid}.{tp.key}.{tp.side.value}", muscle=mid,
                    region=_copy_id(tp.region, k), essential=remap(tp.essential, k),
                    spillover=remap(tp.spillover, k) - remap(tp.essential, k)))
            muscles.append(replace(m, id=mid, trigger_points=tuple(points)))
    return Synthetic(KnowledgeBase(muscles, catalogue),
                     {r: frozenset(n) for r, n in adjacency.items()},
                     [r.id for r in regions])


# --------------------------------------------------------------------------- figures

def _size_rows(section: str, what: str, model: ReferralModel,
               drawings: Sequence[PainDrawing], goal: bool) -> tuple[list[Row], Throughput]:
    tp = throughput(model, drawings)
    rows = [
        Row(section, f"rank(), {what}: per query", us(tp.per_query),
            "< 1 ms" if goal else "", tp.per_query < 0.001 if goal else None),
        Row(section, "  queries per second / p95 / slowest",
            f"{tp.qps:,.0f} q/s, {us(tp.p95)}, {us(tp.slowest)}"),
    ]
    if min(len(d) for d in drawings) > 1:
        bare = throughput(model, drawings, with_combinations=False)
        share = max(0.0, 1.0 - bare.per_query / tp.per_query)
        rows[0] = replace(rows[0], note=(
            f"{us(tp.per_query)} per query, p95 {us(tp.p95)}; the combination search is "
            f"{share:.0%} of it ({us(bare.per_query)} per query without)"))
        rows.append(Row(section, "  same, with_combinations=False",
                        f"{us(bare.per_query)} ({share:.0%} less)"))
    return rows, tp


def slowest(model: ReferralModel, drawings: Sequence[PainDrawing], runs: int = 5) -> float:
    """The slowest drawing's time (each drawing's best of ``runs``, so that one hiccup of a
    busy machine is not taken for the model's cost)."""
    worst = 0.0
    for d in drawings:
        _rank(model, d, True)
        best = min(_timed_rank(model, d) for _ in range(runs))
        worst = max(worst, best)
    return worst


def _timed_rank(model: ReferralModel, drawing: PainDrawing) -> float:
    t = time.perf_counter()
    _rank(model, drawing, True)
    return time.perf_counter() - t


def _huge_drawings(rng: random.Random, ids: Sequence[str], real: Sequence[str]
                   ) -> list[PainDrawing]:
    """The worst cases: every region of the real body; 222 regions scattered anywhere; 20
    scattered; and a few large clustered ones."""
    out = [PainDrawing({r: rng.randint(1, 10) for r in real})]
    out += [scattered_drawing(rng, ids, 222) for _ in range(3)]
    out += [scattered_drawing(rng, ids, 20) for _ in range(3)]
    return out


def _build_time(kb: KnowledgeBase, dataset: Dataset,
                adjacency: Mapping[str, frozenset[str]], runs: int = 3) -> float:
    times: list[float] = []
    for _ in range(runs):
        t = time.perf_counter()
        ReferralModel(kb, dataset.parameters, adjacency)
        times.append(time.perf_counter() - t)
    return median(times)


def rows(dataset: Dataset, seed: int, scales: Sequence[int]) -> list[Row]:
    out: list[Row] = []
    section = "3 model"
    model = dataset.referral_model()
    ids = sorted(dataset.regions)
    adjacency = dataset.atlas.adjacency
    kb = dataset.knowledge
    out.append(Row(section, f"knowledge base: {len(kb.muscles)} muscles, "
                   f"{len(kb.trigger_points)} sided trigger points, {len(ids)} regions", ""))
    base: dict[int, float] = {}
    for size in (1, 5, 20):
        rng = random.Random(seed + size)
        drawings = [clustered_drawing(rng, adjacency, ids, size)
                    for _ in range(DRAWINGS_PER_SET)]
        size_rows, tp = _size_rows(section, f"{size}-region clustered drawings", model,
                                   drawings, goal=size == 20)
        out += size_rows
        base[size] = tp.per_query
    rng = random.Random(seed + 99)
    drawings = [scattered_drawing(rng, ids, 20) for _ in range(DRAWINGS_PER_SET)]
    out += _size_rows(section, "20-region scattered drawings (worst case)", model, drawings,
                      goal=True)[0]
    points = throughput(model, drawings, read_points=True)
    out.append(Row(section, "  same, the trigger-point list read too (query --points)",
                   us(points.per_query)))

    rng = random.Random(seed + 222)
    worst = slowest(model, _huge_drawings(rng, ids, ids))
    out.append(Row(section, "rank(), worst drawing up to all 222 regions (1x)", ms(worst),
                   "< 16 ms", worst < 0.016))
    base_build = _build_time(kb, dataset, adjacency)
    for factor in scales:
        if factor == 1:
            continue  # the rows above are the 1x figures
        syn = synthetic(dataset, factor)
        build = _build_time(syn.knowledge, dataset, syn.adjacency)
        model_f = ReferralModel(syn.knowledge, dataset.parameters, syn.adjacency)
        out.append(Row(section, f"scale {factor}x ({len(syn.ids)} regions, "
                       f"{len(syn.knowledge.trigger_points)} points): build model (median of 3)",
                       f"{build * 1000:.1f} ms ({build / base_build:.0f} x of "
                       f"{base_build * 1000:.1f} ms)"))
        for size in (5, 20):
            rng = random.Random(seed + 1000 * factor + size)
            drawings = [clustered_drawing(rng, syn.adjacency, syn.ids, size)
                        for _ in range(DRAWINGS_PER_SET)]
            tp = throughput(model_f, drawings)
            out.append(Row(section, f"  {size}-region clustered: per query (ratio vs 1x)",
                           f"{us(tp.per_query)} ({tp.per_query / base[size]:.2f} x)"))
        rng = random.Random(seed + 1000 * factor + 222)
        worst = slowest(model_f, _huge_drawings(rng, syn.ids, ids), runs=3)
        out.append(Row(section, f"  worst drawing up to all 222 regions ({factor}x)", ms(worst),
                       "< 16 ms", worst < 0.016))
    return out
