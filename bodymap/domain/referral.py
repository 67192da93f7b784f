"""The referral-pattern model: which trigger points best explain a whole pain drawing.

Each sided trigger point is a hypothesis. For a drawing (region -> intensity) it gets:

- **coverage**: the intensity-weighted share of the painful regions its pattern explains,
  a region counting fully inside the essential zone, partly inside the spillover zone and a
  little when it merely borders the pattern (a near miss, from the atlas adjacency);
- **specificity**: the share of its own pattern that is painful (a pattern that covers half
  the body is not a tight match for a small drawing);
- a **prior** from how common the literature says the point is.

``score = prior * coverage**a * specificity**b`` lies in [0, 1]. Combinations of 1-3
trigger points explain drawings no single muscle covers: a region is explained by a set as
by independent causes (noisy-OR), and each extra member costs a fixed penalty.
All numbers come from data/model.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from bodymap.domain.errors import DataError
from bodymap.domain.knowledge import KnowledgeBase, Prevalence, TriggerPoint
from bodymap.domain.yamlfile import read_model


class Credit(BaseModel):
    # allow_inf_nan=False: NaN passes every ge/le test, and would print as invalid JSON
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    essential: float = Field(gt=0, le=1)
    spillover: float = Field(gt=0, le=1)
    local: float = Field(ge=0, le=1)
    adjacent: float = Field(ge=0, le=1)


class ModelParameters(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    credit: Credit
    intensity_floor: float = Field(ge=0, le=1)
    spillover_in_pattern: float = Field(ge=0, le=1)
    # powers above 10 would crush every score to ~0; the shipped values are 1 and 0.4
    coverage_power: float = Field(gt=0, le=10)
    specificity_power: float = Field(ge=0, le=10)
    # a prior is a belief in (0, 1]: scores stay within 0..1 only if it is
    prevalence_prior: dict[Prevalence, Annotated[float, Field(gt=0, le=1)]]
    combination_penalty: float = Field(gt=0, le=1)
    combination_pool: int = Field(ge=2, le=200)
    combination_per_region: int = Field(ge=1, le=50)


def load_parameters(path: Path) -> ModelParameters:
    params = read_model(path, ModelParameters)
    missing = set(Prevalence) - set(params.prevalence_prior)
    if missing:
        from bodymap.domain.errors import Problem

        raise DataError([Problem(path, "prevalence_prior", "missing levels",
                                 sorted(m.value for m in missing))])
    return params


@dataclass(frozen=True)
class Explanation:
    """Why a candidate scored as it did, in region ids."""

    essential: tuple[str, ...]      # painful regions inside the essential zone
    spillover: tuple[str, ...]      # painful regions inside the spillover zone
    local: tuple[str, ...]          # the painful region the trigger point itself lies in
    adjacent: tuple[str, ...]       # painful regions bordering the pattern
    unexplained: tuple[str, ...]    # painful regions the pattern does not reach
    missing: tuple[str, ...]        # essential-zone regions not marked painful


@dataclass(frozen=True)
class Candidate:
    trigger_point: TriggerPoint
    score: float
    coverage: float
    specificity: float
    # built on first use: a ranking has ~100 candidates and the panel reads a dozen
    _explain: Callable[[], Explanation] = field(compare=False, repr=False)

    @cached_property
    def explanation(self) -> Explanation:
        return self._explain()

    @property
    def muscle(self) -> str:
        return self.trigger_point.muscle


@dataclass(frozen=True)
class Combination:
    """A small set of trigger points that together explain the drawing."""

    trigger_points: tuple[TriggerPoint, ...]
    score: float
    coverage: float


@dataclass(frozen=True)
class Ranking:
    candidates: tuple[Candidate, ...]          # trigger-point level, best first
    combinations: tuple[Combination, ...]      # best first; empty when one point explains all

    def by_muscle(self) -> tuple[Candidate, ...]:
        """The best trigger point of each muscle, best first."""
        seen: set[str] = set()
        out: list[Candidate] = []
        for c in self.candidates:
            if c.muscle not in seen:
                seen.add(c.muscle)
                out.append(c)
        return tuple(out)


_ESS, _SPILL, _LOCAL, _ADJ = 0, 1, 2, 3


class ReferralModel:
    """Ranks the knowledge base's trigger points for pain drawings.

    Built once per knowledge base: it indexes which trigger points reach each region, so a
    query touches only the candidates the drawing can involve.
    """

    def __init__(self, knowledge: KnowledgeBase, params: ModelParameters,
                 adjacency: Mapping[str, Iterable[str]]) -> None:
        self.params = params
        self.points: tuple[TriggerPoint, ...] = tuple(
            sorted(knowledge.trigger_points.values(), key=lambda t: t.id)
        )
        c = params.credit
        credit_of = (c.essential, c.spillover, c.local, c.adjacent)
        # region -> [(point index, credit, weight in the pattern)]; the best kind wins per
        # (region, point); _kinds[i] keeps point i's region -> kind for explanations
        index: dict[str, list[tuple[int, float, float]]] = {}
        in_pattern_of = (1.0, params.spillover_in_pattern, params.spillover_in_pattern, 0.0)
        self._kinds: list[dict[str, int]] = []
        self._pattern_size: list[float] = []
        self._prior: list[float] = []
        for i, tp in enumerate(self.points):
            kinds: dict[str, int] = {}
            for r in tp.essential:
                kinds[r] = _ESS
            for r in tp.spillover:
                kinds.setdefault(r, _SPILL)
            kinds.setdefault(tp.region, _LOCAL)
            for r in list(kinds):
                for n in adjacency.get(r, ()):
                    kinds.setdefault(n, _ADJ)
            for r, kind in kinds.items():
                index.setdefault(r, []).append((i, credit_of[kind], in_pattern_of[kind]))
            self._kinds.append(kinds)
            local = 0 if tp.region in tp.zone else 1
            self._pattern_size.append(
                len(tp.essential) + params.spillover_in_pattern * (len(tp.spillover) + local)
            )
            self._prior.append(params.prevalence_prior[tp.prevalence])
        self._index = {r: tuple(v) for r, v in index.items()}

    def _weight(self, intensity: int) -> float:
        f = self.params.intensity_floor
        return f + (1.0 - f) * intensity / 10.0

    def rank(self, drawing: Mapping[str, int], top: int | None = None,
             with_combinations: bool = True) -> Ranking:
        """Rank every trigger point the drawing can involve, best first."""
        if not drawing:
            return Ranking((), ())
        weights = {r: self._weight(i) for r, i in drawing.items()}
        total = sum(weights.values())
        # one pass over the painful regions: explained mass and painful share of the pattern
        mass: dict[int, float] = {}
        pattern: dict[int, float] = {}
        index = self._index
        for r, w in weights.items():
            for i, credit, in_pattern in index.get(r, ()):
                mass[i] = mass.get(i, 0.0) + w * credit
                pattern[i] = pattern.get(i, 0.0) + in_pattern
        p = self.params
        a, b = p.coverage_power, p.specificity_power
        prior, size, points = self._prior, self._pattern_size, self.points
        scored: list[tuple[float, str, int, float, float]] = []
        for i, m in mass.items():
            share = pattern[i]
            if share == 0.0:
                continue  # only near misses: not a candidate
            coverage = m / total
            specificity = share / size[i]
            score = prior[i] * coverage ** a * specificity ** b
            scored.append((-score, points[i].id, i, coverage, specificity))
        scored.sort()
        limit = len(scored) if top is None else max(0, top)
        candidates = tuple(
            Candidate(points[i], -neg, cov, spec, partial(self._explain, i, drawing))
            for neg, _, i, cov, spec in scored[:limit]
        )
        combos: tuple[Combination, ...] = ()
        if with_combinations and len(drawing) > 1:
            combos = self._combinations(self._pool(scored, drawing), weights, total, scored)
        return Ranking(candidates, combos)

    def _hits(self, i: int, regions: Iterable[str]) -> list[tuple[str, int]]:
        """The painful regions point i reaches, with how (essential, spillover, ...)."""
        kinds = self._kinds[i]
        return [(r, kinds[r]) for r in regions if r in kinds]

    def _explain(self, i: int, drawing: Mapping[str, int]) -> Explanation:
        tp = self.points[i]
        hits = self._hits(i, drawing)
        by_kind: dict[int, list[str]] = {_ESS: [], _SPILL: [], _LOCAL: [], _ADJ: []}
        for r, kind in hits:
            by_kind[kind].append(r)
        reached = {r for r, _ in hits}
        return Explanation(
            essential=tuple(sorted(by_kind[_ESS])),
            spillover=tuple(sorted(by_kind[_SPILL])),
            local=tuple(sorted(by_kind[_LOCAL])),
            adjacent=tuple(sorted(by_kind[_ADJ])),
            unexplained=tuple(sorted(r for r in drawing if r not in reached)),
            missing=tuple(sorted(r for r in tp.essential if r not in drawing)),
        )

    def _pool(self, scored: Sequence[tuple[float, str, int, float, float]],
              drawing: Mapping[str, int]) -> list[int]:
        """The best candidates overall plus the best few for each painful region, so that a
        region only a rare pattern reaches still finds its partner."""
        p = self.params
        pool = [i for _, _, i, _, _ in scored[: p.combination_pool]]
        chosen = set(pool)
        rank_of = {i: n for n, (_, _, i, _, _) in enumerate(scored)}
        for r in drawing:
            reaching = sorted(rank_of[i] for i, _, in_pattern in self._index.get(r, ())
                              if in_pattern > 0.0)
            for n in reaching[: p.combination_per_region]:
                i = scored[n][2]
                if i not in chosen:
                    chosen.add(i)
                    pool.append(i)
        return pool

    def _combinations(self, pool: list[int], weights: Mapping[str, float], total: float,
                      scored: Sequence[tuple[float, str, int, float, float]]
                      ) -> tuple[Combination, ...]:
        """Smallest sets (2-3) of trigger points whose patterns reach every painful region.

        Empty when a single trigger point already reaches them all.
        """
        p = self.params
        c = p.credit
        credit_of = (c.essential, c.spillover, c.local, c.adjacent)
        regions = sorted(weights)
        bit = {r: 1 << k for k, r in enumerate(regions)}
        full = (1 << len(regions)) - 1
        spec_of = {i: spec for _, _, i, _, spec in scored}
        mask: dict[int, int] = {}
        credit: dict[int, dict[str, float]] = {}
        for i in pool:
            m = 0
            cr: dict[str, float] = {}
            for r, kind in self._hits(i, weights):
                cr[r] = credit_of[kind]
                if kind != _ADJ:
                    m |= bit[r]
            mask[i] = m
            credit[i] = cr
        if any(mask[i] == full for i in pool):
            return ()

        def combine(members: tuple[int, ...]) -> Combination:
            mass = 0.0
            for r, w in weights.items():
                miss = 1.0
                for i in members:
                    miss *= 1.0 - credit[i].get(r, 0.0)
                mass += w * (1.0 - miss)
            coverage = mass / total
            quality = 1.0
            for i in members:
                quality *= self._prior[i] * spec_of[i] ** p.specificity_power
            quality **= 1.0 / len(members)
            score = (p.combination_penalty ** (len(members) - 1)
                     * coverage ** p.coverage_power * quality)
            pts = tuple(sorted((self.points[i] for i in members), key=lambda t: t.id))
            return Combination(pts, min(1.0, score), coverage)

        # Branch on the painful region the fewest candidates reach: every cover must contain
        # one of them. With no single cover, a depth-2 search finds exactly the minimal pairs,
        # and (when there are none) a depth-3 search exactly the minimal triples.
        union_all = 0
        for i in pool:
            union_all |= mask[i]
        if union_all != full:
            return ()
        bits = [1 << k for k in range(len(regions))]
        covers = {b: [i for i in pool if mask[i] & b] for b in bits}

        def search(members: tuple[int, ...], reached: int, depth: int,
                   out: set[frozenset[int]]) -> None:
            need = full & ~reached
            if not need:
                out.add(frozenset(members))
                return
            if depth == 0:
                return
            rarest = min((b for b in bits if need & b), key=lambda b: len(covers[b]))
            for c in covers[rarest]:
                if c not in members:
                    search((*members, c), reached | mask[c], depth - 1, out)

        for size in (2, 3):
            sets: set[frozenset[int]] = set()
            search((), 0, size, sets)
            if sets:
                found = [combine(tuple(sorted(m))) for m in sets]
                found.sort(key=lambda cb: (-cb.score, [t.id for t in cb.trigger_points]))
                # the same muscles through other points of theirs is not another story
                distinct: dict[frozenset[tuple[str, str]], Combination] = {}
                for cb in found:
                    key = frozenset((t.muscle, t.side.value) for t in cb.trigger_points)
                    distinct.setdefault(key, cb)
                return tuple(list(distinct.values())[:5])
        return ()
