"""The referral-pattern model: which trigger points best explain a whole pain drawing.

Each sided trigger point is a hypothesis. For a drawing (region -> intensity) it gets:

- **coverage**: the intensity-weighted share of the painful regions its pattern explains,
  a region counting fully inside the essential zone, partly inside the spillover zone and a
  little when it merely borders the pattern (a near miss, from the atlas adjacency);
- **specificity**: the share of its own pattern that is painful (a pattern that covers half
  the body is not a tight match for a small drawing);
- a **prior** from how common the literature says the point is.

The region a point lies in counts ``local`` when its chart leaves it out, raised to
``local_with_referral`` when the point's zone also holds a painful region that does not border
the spot (pain at the spot and referred pain together: _raise_local).

``score = prior * coverage**a * specificity**b`` lies in [0, 1]. Combinations of 1-3
trigger points explain drawings no single muscle covers: a region is explained by a set as
by independent causes (noisy-OR), and each extra member costs a fixed penalty.
All numbers come from data/model.yaml.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field
from functools import cache, cached_property, partial
from pathlib import Path
from typing import TypeVar

from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.errors import DataError
from bodymap.domain.explanation import Explanation as Explanation  # re-exported: wording, GUI
from bodymap.domain.hypotheses import Hypothesis, HypothesisDetail, HypothesisKind, PointRole
from bodymap.domain.knowledge import KnowledgeBase, Prevalence, TriggerPoint
from bodymap.domain.nerves import Entrapment
from bodymap.domain.prevalence import PrevalenceEvidence
from bodymap.domain.records import record
from bodymap.domain.regions import Side
from bodymap.domain.yamlfile import read_model


# The numbers of data/model.yaml, checked by schemas.ModelFile when the file is read.
@record(slots=True, kw_only=True)
class Credit:
    essential: float
    spillover: float
    local: float
    local_with_referral: float
    adjacent: float


@record(slots=True, kw_only=True)
class EvidencePrior:
    """Prior from a study's share of people with active trigger points (data/prevalence.yaml)."""

    floor: float
    ceiling: float
    saturation: float

    def prior(self, share: float) -> float:
        return self.floor + (self.ceiling - self.floor) * min(1.0, share / self.saturation)


@record(slots=True, kw_only=True)
class MuscleParameters:
    extra_point_penalty: float
    both_sides_penalty: float
    max_points: int
    pool: int


@record(slots=True, kw_only=True)
class NerveParameters:
    prior: float
    prior_neural: float
    burn_weight: float


@record(slots=True, kw_only=True)
class ModelParameters:
    credit: Credit
    intensity_floor: float
    spillover_in_pattern: float
    coverage_power: float
    specificity_power: float
    prevalence_prior: dict[Prevalence, float]
    combination_penalty: float
    combination_pool: int
    combination_per_region: int
    evidence_prior: EvidencePrior
    muscle: MuscleParameters
    nerve: NerveParameters


def load_parameters(path: Path) -> ModelParameters:
    from bodymap.domain.schemas import ModelFile, convert

    params = read_model(path, ModelFile)
    missing = set(Prevalence) - set(params.prevalence_prior)
    if missing:
        from bodymap.domain.errors import Problem

        raise DataError([Problem(path, "prevalence_prior", "missing levels",
                                 sorted(m.value for m in missing))])
    return convert(params, ModelParameters)


@record
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


@record
class Combination:
    """A small set of trigger points that together explain the drawing."""

    trigger_points: tuple[TriggerPoint, ...]
    score: float
    coverage: float


@record(eq=False)
class Ranking:
    # The trigger-point level, best first (``candidates``), or what builds it on first use: a
    # query scores ~150 points while the window reads only the hypotheses, and building the
    # candidates was a tenth of a query's time.
    point_list: tuple[Candidate, ...] | Callable[[], tuple[Candidate, ...]]
    combinations: tuple[Combination, ...]      # best first; empty when one point explains all
    # Every muscle hypothesis (each side, and both sides when both hurt) and every nerve
    # hypothesis the drawing can involve, best first.
    all_hypotheses: tuple[Hypothesis, ...] = ()

    @cached_property
    def candidates(self) -> tuple[Candidate, ...]:
        """Every sided trigger point the drawing involves, best first."""
        points = self.point_list
        return points if isinstance(points, tuple) else points()

    def _compared(self) -> tuple[object, ...]:
        return self.candidates, self.combinations, self.all_hypotheses

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ranking):
            return NotImplemented
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    @cached_property
    def hypotheses(self) -> tuple[Hypothesis, ...]:
        """The default view: the best form of each muscle (left, right or both sides) and of
        each nerve entrapment, best first."""
        seen: set[str] = set()
        out: list[Hypothesis] = []
        for h in self.all_hypotheses:
            if h.subject not in seen:
                seen.add(h.subject)
                out.append(h)
        return tuple(out)

    def point_hypotheses(self) -> tuple[Hypothesis, ...]:
        """The single-trigger-point view as hypotheses, best first (one per sided point)."""
        return tuple(_point_hypothesis(c) for c in self.candidates)

    def by_muscle(self) -> tuple[Candidate, ...]:
        """The best trigger point of each muscle, best first."""
        seen: set[str] = set()
        out: list[Candidate] = []
        for c in self.candidates:
            if c.muscle not in seen:
                seen.add(c.muscle)
                out.append(c)
        return tuple(out)


def _point_hypothesis(c: Candidate) -> Hypothesis:
    tp = c.trigger_point
    return Hypothesis(
        HypothesisKind.TRIGGER_POINT, tp.muscle, (tp.side,), (tp,), c.score, c.coverage,
        c.specificity, None,
        _detail=lambda: HypothesisDetail((PointRole(tp, c.explanation),), c.explanation))


_ESS, _SPILL, _LOCAL, _ADJ = 0, 1, 2, 3
_TABLED_POINTS = 10


_T = TypeVar("_T")


@cache
def _subsets(k: int) -> tuple[tuple[int, ...], ...]:
    """The positions of every subset of k candidate points with two or more of them, in the
    order of their bit masks (which decides ties); one point alone is scored already."""
    return tuple(tuple(pos for pos in range(k) if choice >> pos & 1)
                 for choice in range(3, 1 << k) if choice & (choice - 1))


def _new(cls: type[_T], **fields: object) -> _T:
    """An instance of the frozen dataclass ``cls`` with exactly ``fields`` (every field, none
    left to a default). A ranking builds hundreds of these per query; filling the instance
    dict directly costs a third of the frozen ``__init__``, which sets field by field through
    ``object.__setattr__``. Equality, hashing and immutability stay the dataclass's own."""
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


def _first_two(row: tuple[float, str, Hypothesis]) -> tuple[float, str]:
    return row[0], row[1]


@record
class _Choice:
    """A scored set of one muscle's points."""

    points: tuple[int, ...]
    score: float
    coverage: float
    specificity: float


class ReferralModel:
    """Ranks the knowledge base's trigger points, muscles and nerve entrapments for pain drawings.

    Built once per knowledge base: it indexes which trigger points (and nerve areas) reach each
    region, so a query touches only the hypotheses the drawing can involve.
    """

    def __init__(self, knowledge: KnowledgeBase, params: ModelParameters,
                 adjacency: Mapping[str, Iterable[str]],
                 entrapments: Sequence[Entrapment] = (),
                 evidence: PrevalenceEvidence | None = None) -> None:
        self.params = params
        self.knowledge = knowledge
        self.points: tuple[TriggerPoint, ...] = tuple(
            sorted(knowledge.trigger_points.values(), key=lambda t: t.id)
        )
        self._ids: list[str] = [tp.id for tp in self.points]
        evidence = evidence or PrevalenceEvidence.empty()
        # region -> [(point index, credit, weight in the pattern)]; the best kind wins per
        # (region, point); _kinds[i] keeps point i's region -> kind for explanations
        self._kinds: list[dict[str, int]] = []
        self._in_pattern: list[dict[str, float]] = []   # point -> region -> weight in pattern
        # point -> every region it reaches (adjacent ones too): (region, credit, weight in pattern)
        self._reach_of: list[tuple[tuple[str, float, float], ...]] = []
        self._pattern_size: list[float] = []
        self._prior: list[float] = []
        self._site: list[str] = []     # each pattern's own region (point's or nerve's site)
        for tp in self.points:
            self._add_pattern(tp.essential, tp.spillover, tp.region, adjacency)
            share = evidence.active.get(f"{tp.muscle}.{tp.key}")
            self._prior.append(params.prevalence_prior[tp.prevalence] if share is None
                               else params.evidence_prior.prior(share))
        self._index = self._build_index(range(len(self.points)))
        # the same split in two for rank(): three in four entries are near misses (regions that
        # border a pattern), which count only for points some painful region lies in the
        # pattern of, so rank() adds them after the others and only to those
        self._pattern_index = {r: tuple(e for e in v if e[2] > 0.0)
                               for r, v in self._index.items()}
        self._near_index = {r: tuple((i, credit) for i, credit, in_pattern in v
                                     if in_pattern == 0.0)
                            for r, v in self._index.items()}
        # region -> the trigger points lying in it whose chart leaves it out (their credit there
        # is the local one, which referred pain in the drawing raises: _raise_local()), each
        # with the regions of its pattern that do not border that region (only pain there is
        # clearly referred, not the spot's own soreness spreading next door)
        self._sited_at: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {}
        if params.credit.local_with_referral > params.credit.local:
            sited: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
            for i in range(len(self.points)):
                site = self._site[i]
                if self._kinds[i][site] == _LOCAL:
                    nearby = set(adjacency.get(site, ()))
                    remote = tuple(r for r in self._in_pattern[i]
                                   if r != site and r not in nearby)
                    if remote:
                        sited.setdefault(site, []).append((i, remote))
            self._sited_at = {r: tuple(v) for r, v in sited.items()}
        self._widest_pattern = max((len(p) for p in self._in_pattern), default=0)
        # muscle hypotheses: one group per (muscle, side); each group's joint pattern size for
        # every subset of its points (bitmask over the group's points, in id order)
        groups: dict[tuple[str, Side], list[int]] = {}
        for i, tp in enumerate(self.points):
            groups.setdefault((tp.muscle, tp.side), []).append(i)
        self._groups: list[tuple[str, Side, tuple[int, ...]]] = [
            (m, s, tuple(members)) for (m, s), members in sorted(groups.items())]
        self._group_of: list[int] = [0] * len(self.points)
        self._bit_of: list[int] = [0] * len(self.points)
        for g, (_, _, members) in enumerate(self._groups):
            for bit, i in enumerate(members):
                self._group_of[i] = g
                self._bit_of[i] = 1 << bit
        # group -> region -> (point bit, credit, weight in pattern) of each point reaching it
        self._group_reach: list[dict[str, tuple[tuple[int, float, float], ...]]] = []
        for _, _, members in self._groups:
            reach: dict[str, list[tuple[int, float, float]]] = {}
            for i in members:
                for r, credit, in_pattern in self._reach_of[i]:
                    reach.setdefault(r, []).append((self._bit_of[i], credit, in_pattern))
            self._group_reach.append({r: tuple(v) for r, v in reach.items()})
        # group -> region -> bits of its points lying in that region
        self._site_bits: list[dict[str, int]] = []
        for _, _, members in self._groups:
            site_bits: dict[str, int] = {}
            for i in members:
                site_bits[self._site[i]] = site_bits.get(self._site[i], 0) | self._bit_of[i]
            self._site_bits.append(site_bits)
        self._group_key = [f"{HypothesisKind.MUSCLE.value}:{m}:{s.value}"
                           for m, s, _ in self._groups]
        self._twin_group: dict[int, int] = {}
        where = {(m, s): g for g, (m, s, _) in enumerate(self._groups)}
        for g, (m, s, _) in enumerate(self._groups):
            twin = where.get((m, s.other))
            if twin is not None:
                self._twin_group[g] = twin
        # whether a muscle's two sides have patterns without a region in common (true unless a
        # pattern crosses the midline): both sides' joint pattern is then the two sides' sum
        self._sides_apart: list[bool] = []
        for g, (_, _, members) in enumerate(self._groups):
            twin = self._twin_group.get(g)
            mine = {r for i in members for r in self._in_pattern[i]}
            theirs = set() if twin is None else {
                r for i in self._groups[twin][2] for r in self._in_pattern[i]}
            self._sides_apart.append(not mine & theirs)
        # each group's joint pattern size for every subset of its points, tabled for muscles of
        # up to _TABLED_POINTS points (ours have at most 7); larger ones are computed per query
        self._joint_size: list[list[float]] = [
            [self._joint_pattern_size(members, mask) for mask in range(1 << len(members))]
            if len(members) <= _TABLED_POINTS else []
            for _, _, members in self._groups]
        # each group's smallest joint pattern of two of its points (every larger set of them
        # has a joint pattern at least as large): the bound of a muscle's several points
        self._smallest_pair: list[float] = []
        for g, (_, _, members) in enumerate(self._groups):
            pairs = [(1 << x) | (1 << y)
                     for x in range(len(members)) for y in range(x + 1, len(members))]
            table = self._joint_size[g]
            self._smallest_pair.append(min(
                (table[m] if table else self._joint_pattern_size(members, m) for m in pairs),
                default=float("inf")))
        # nerve entrapments: indexed like trigger points, after them
        self.entrapments: tuple[Entrapment, ...] = tuple(sorted(entrapments, key=lambda e: e.id))
        first_nerve = len(self.points)
        for e in self.entrapments:
            self._add_pattern(e.essential, e.spillover, e.site, adjacency)
        self._nerve_index = self._build_index(
            range(first_nerve, first_nerve + len(self.entrapments)))
        point_of = {(tp.muscle, tp.side, tp.key): i for i, tp in enumerate(self.points)}
        self._nerve_points: list[tuple[int, ...]] = [
            tuple(sorted(i for (m, s, _), i in point_of.items() if m == e.muscle and s is e.side))
            for e in self.entrapments]

    # ------------------------------------------------------------------ building
    def _add_pattern(self, essential: Iterable[str], spillover: Iterable[str], site: str,
                     adjacency: Mapping[str, Iterable[str]]) -> None:
        p = self.params
        kinds: dict[str, int] = {}
        for r in essential:
            kinds[r] = _ESS
        for r in spillover:
            kinds.setdefault(r, _SPILL)
        kinds.setdefault(site, _LOCAL)
        for r in list(kinds):
            for n in adjacency.get(r, ()):
                kinds.setdefault(n, _ADJ)
        weight = (1.0, p.spillover_in_pattern, p.spillover_in_pattern, 0.0)
        in_pattern = {r: weight[k] for r, k in kinds.items() if k != _ADJ}
        c = p.credit
        credit_of = (c.essential, c.spillover, c.local, c.adjacent)
        self._reach_of.append(tuple((r, credit_of[k], in_pattern.get(r, 0.0))
                                    for r, k in kinds.items()))
        self._kinds.append(kinds)
        self._in_pattern.append(in_pattern)
        self._pattern_size.append(sum(in_pattern.values()))
        self._site.append(site)

    def _build_index(self, ids: Iterable[int]) -> dict[str, tuple[tuple[int, float, float], ...]]:
        c = self.params.credit
        credit_of = (c.essential, c.spillover, c.local, c.adjacent)
        index: dict[str, list[tuple[int, float, float]]] = {}
        for i in ids:
            pattern = self._in_pattern[i]
            for r, kind in self._kinds[i].items():
                index.setdefault(r, []).append((i, credit_of[kind], pattern.get(r, 0.0)))
        return {r: tuple(v) for r, v in index.items()}

    def _joint_pattern_size(self, members: Sequence[int], mask: int) -> float:
        """Size of the joint pattern of the members selected by ``mask`` (bit k = member k)."""
        joint: dict[str, float] = {}
        for bit, i in enumerate(members):
            if mask >> bit & 1:
                for r, v in self._in_pattern[i].items():
                    if v > joint.get(r, 0.0):
                        joint[r] = v
        return sum(joint.values())

    def _weight(self, intensity: int) -> float:
        f = self.params.intensity_floor
        return f + (1.0 - f) * intensity / 10.0

    def rank(self, drawing: Mapping[str, int], top: int | None = None,
             with_combinations: bool = True) -> Ranking:
        """Rank every trigger point, muscle and nerve entrapment the drawing can involve.

        ``top`` limits ``candidates`` (the trigger-point list) only.
        """
        if not drawing:
            return Ranking((), ())
        weights = {r: self._weight(i) for r, i in drawing.items()}
        total = sum(weights.values())
        # one pass over the painful regions: explained mass and painful share of the pattern
        mass: dict[int, float] = {}
        pattern: dict[int, float] = {}
        reached: dict[int, int] = {}    # how many painful regions each point's pattern holds
        # three points reach at most three patterns' worth of regions: only a drawing that
        # small can have a combination, and only then are the reached regions counted
        may_combine = with_combinations and 1 < len(drawing) <= 3 * self._widest_pattern
        pattern_index, near_index = self._pattern_index, self._near_index
        for r, w in weights.items():
            for i, credit, in_pattern in pattern_index.get(r, ()):
                mass[i] = mass.get(i, 0.0) + w * credit
                pattern[i] = pattern.get(i, 0.0) + in_pattern
                if may_combine:
                    reached[i] = reached.get(i, 0) + 1
        # near misses count for the points found above (a point only near the drawing is
        # no candidate)
        for r, w in weights.items():
            for i, credit in near_index.get(r, ()):
                m = mass.get(i)
                if m is not None:
                    mass[i] = m + w * credit
        raised = self._raise_local(weights, mass, pattern)
        p = self.params
        a, b = p.coverage_power, p.specificity_power
        prior, size, ids, group_of = self._prior, self._pattern_size, self._ids, self._group_of
        # (-score, id, point, coverage, specificity), in no order: sorting every point is the
        # costliest step of a huge drawing, and only the candidate list (built when read) and
        # the combination pool need the full order; the muscles sort their own few points,
        # gathered here by muscle side
        scored: list[tuple[float, str, int, float, float]] = []
        rows_of: dict[int, list[tuple[float, str, int, float, float]]] = {}
        for i, m in mass.items():
            share = pattern[i]
            coverage = m / total
            specificity = share / size[i]
            row = (-prior[i] * coverage ** a * specificity ** b, ids[i], i, coverage,
                   specificity)
            scored.append(row)
            rows = rows_of.get(group_of[i])
            if rows is None:
                rows_of[group_of[i]] = [row]
            else:
                rows.append(row)
        combos: tuple[Combination, ...] = ()
        # three points together reach at most the painful regions of the three that reach the
        # most: when those do not add up to the drawing no combination exists, and the search
        # (the costly part for large drawings) is skipped
        if may_combine and sum(heapq.nlargest(3, reached.values())) >= len(drawing):
            scored.sort()
            combos = self._combinations(self._pool(scored, drawing), weights, total, scored,
                                        raised)
        candidates = partial(self._candidates, scored, top, drawing)
        keyed = self._muscle_hypotheses(drawing, weights, total, rows_of, raised)
        keyed += self._nerve_hypotheses(drawing, weights, total)
        keyed.sort(key=_first_two)
        return Ranking(candidates, combos, tuple(h for _, _, h in keyed))

    def _raise_local(self, weights: Mapping[str, float], mass: dict[int, float],
                     pattern: Mapping[int, float]) -> frozenset[int]:
        """Local and referred pain together. The trigger points whose own region hurts, whose
        chart leaves that region out (so it counts ``local``), and whose essential or spillover
        zone holds another painful region that does not border their own one: their own region
        counts ``local_with_referral`` instead (the difference is added to ``mass`` here).
        Returns those points.

        Why: a trigger point is recognised by tenderness where it lies together with its
        referred pattern matching the person's pain (Simons & Travell 1983, cited in
        data/model.yaml). Pain at the spot and in its zone is one story seen from both ends;
        pain at the spot alone is weak evidence (a tender spot need not ache), and so is
        referred pain alone. Pain only in a region bordering the spot does not show referral
        (referred pain is felt away from the point; next door, the spot's own soreness
        spreading tells it as well), so it does not raise the spot. Where the chart itself
        covers the point's region, the chart's credit stands: it is the book's own judgement
        of that spot.
        """
        sited_at = self._sited_at
        if not sited_at or len(weights) < 2:
            return frozenset()
        lift = self.params.credit.local_with_referral - self.params.credit.local
        in_pattern = self._in_pattern
        out: list[int] = []
        for r, w in weights.items():
            for i, remote in sited_at.get(r, ()):
                # some painful region other than its own one lies in its pattern (the cheap
                # test), and one of them lies away from its spot (referred, not spread)
                if i in mass and pattern[i] > in_pattern[i][r] \
                        and any(x in weights for x in remote):
                    mass[i] += w * lift
                    out.append(i)
        return frozenset(out)

    def _candidates(self, scored: list[tuple[float, str, int, float, float]], top: int | None,
                    drawing: Mapping[str, int]) -> tuple[Candidate, ...]:
        """The trigger-point list, best first (``top`` of them when given)."""
        scored.sort()
        limit = len(scored) if top is None else max(0, top)
        points, explain = self.points, self._explain
        return tuple(
            _new(Candidate, trigger_point=points[i], score=-neg, coverage=cov,
                 specificity=spec, _explain=partial(explain, i, drawing))
            for neg, _, i, cov, spec in scored[:limit])

    # ------------------------------------------------------------------ muscle hypotheses
    def _muscle_hypotheses(self, drawing: Mapping[str, int], weights: Mapping[str, float],
                           total: float,
                           rows_of: dict[int, list[tuple[float, str, int, float, float]]],
                           raised: frozenset[int]) -> list[tuple[float, str, Hypothesis]]:
        """Each touched muscle side scored on its best set of points; then both sides.
        ``rows_of``: group -> its scored points (rows as in rank(), any order; sorted and cut
        to the best ``max_points`` here). Returns (-score, id, hypothesis) for sorting."""
        mp = self.params.muscle
        # Only the best `pool` muscles are kept, found exactly by branch and bound: a muscle
        # side's score as a whole is at most its bound (below); sides are scored in order of
        # their bounds until no remaining bound can beat the pool's worst muscle.
        p = self.params
        a, b = p.coverage_power, p.specificity_power
        bounds: list[tuple[float, str, int]] = []
        penalty = mp.extra_point_penalty
        sizes, priors, keys = self._pattern_size, self._prior, self._group_key
        smallest_pair = self._smallest_pair
        for g, rows in rows_of.items():
            bound = -rows[0][0]
            if len(rows) > 1:
                rows.sort()
                del rows[mp.max_points:]
                # two or more points together: at most all their coverages and painful shares
                # added up, over the smallest joint pattern of any two of the muscle side's
                # points (worked out once: a little looser than over these few, and cheaper
                # than asking per query), times one penalty
                bound = -rows[0][0]
                prior = cov = painful = 0.0
                for _, _, i, c, s in rows:
                    cov += c
                    painful += s * sizes[i]
                    if priors[i] > prior:
                        prior = priors[i]
                spec = painful / smallest_pair[g]
                multi = (prior * penalty * (cov if cov < 1.0 else 1.0) ** a
                         * (spec if spec < 1.0 else 1.0) ** b)
                if multi > bound:
                    bound = multi
            bounds.append((-bound, keys[g], g))
        # a heap, not a sort: huge drawings touch a thousand muscle sides and score a hundred
        heapq.heapify(bounds)
        chosen: dict[int, _Choice] = {}
        top_of: dict[str, float] = {}   # muscle -> its best side's score so far
        threshold = -1.0                # the `pool`-th best muscle's score, once there are so many
        stale = False                   # top_of changed since threshold was worked out
        while bounds:
            neg_bound, _, g = heapq.heappop(bounds)
            # the threshold only grows, so an old one that already stops the search is right;
            # it is worked out again only when it would not
            if -neg_bound < threshold:
                break
            if stale:
                threshold = heapq.nlargest(mp.pool, top_of.values())[-1]
                stale = False
                if -neg_bound < threshold:
                    break
            ch = self._group_choice(g, rows_of[g], weights, total, raised)
            chosen[g] = ch
            muscle = self._groups[g][0]
            if ch.score > top_of.get(muscle, -1.0):
                top_of[muscle] = ch.score
                stale = len(top_of) >= mp.pool
        kept = set(sorted(top_of, key=lambda m: (-top_of[m], m))[:mp.pool])
        best = sorted((g for g in chosen if self._groups[g][0] in kept),
                      key=lambda g: (-chosen[g].score, self._group_key[g]))
        chosen = {g: chosen[g] for g in best}
        if len({r.partition(".")[0] for r in drawing}) > 1:
            # both sides: each kept muscle's other side is scored too (if the drawing reaches it)
            for g in list(best):
                twin = self._twin_group.get(g)
                if twin is not None and twin not in chosen and twin in rows_of:
                    chosen[twin] = self._group_choice(twin, rows_of[twin], weights, total,
                                                      raised)
                    best.append(twin)
        out: list[tuple[float, str, Hypothesis]] = []
        for g in best:
            ch = chosen[g]
            muscle, side, _ = self._groups[g]
            out.append((-ch.score, self._group_key[g],
                        self._muscle_hypothesis(HypothesisKind.MUSCLE, muscle, (side,), ch,
                                                drawing)))
        if len({r.partition(".")[0] for r in drawing}) > 1:
            for g, ch in chosen.items():
                twin = self._twin_group.get(g)
                if twin is None or self._groups[g][1] is not Side.LEFT or twin not in chosen:
                    continue
                both = self._both_sides(g, ch, twin, chosen[twin], weights, total, raised)
                muscle = self._groups[g][0]
                out.append((-both.score, f"{HypothesisKind.MUSCLE_BOTH_SIDES.value}:{muscle}",
                            self._muscle_hypothesis(HypothesisKind.MUSCLE_BOTH_SIDES, muscle,
                                                    (Side.LEFT, Side.RIGHT), both, drawing)))
        return out

    def _group_choice(self, g: int, rows: Sequence[tuple[float, str, int, float, float]],
                      weights: Mapping[str, float], total: float,
                      raised: frozenset[int]) -> _Choice:
        """Group g scored on its best set of points; ``rows`` are its candidate points, best
        first."""
        if len(rows) > 1:
            return self._best_subset(g, [row[2] for row in rows],
                                     [(row[3], row[4]) for row in rows], weights, total, raised)
        neg, _, i, cov, spec = rows[0]
        return _Choice((i,), -neg, cov, spec)

    def _best_subset(self, g: int, pts: Sequence[int], single: Sequence[tuple[float, float]],
                     weights: Mapping[str, float], total: float,
                     raised: frozenset[int]) -> _Choice:
        """The subset of the group's candidate points with the best score.

        Every subset is considered (the result is the exact optimum); a subset is computed in
        full only when a cheap upper bound on its score (the members' coverages and painful
        pattern shares added up, over their joint pattern) could beat the best found so far.
        ``pts`` are best first and ``single`` holds each one's (coverage, specificity).
        """
        p = self.params
        a, b = p.coverage_power, p.specificity_power
        penalty = p.muscle.extra_point_penalty
        sizes = self._pattern_size
        # bound parts per member, keyed by the member's bit in the group
        parts = [(self._bit_of[i], self._prior[i], cov, spec * sizes[i])
                 for i, (cov, spec) in zip(pts, single, strict=True)]
        best_mask = parts[0][0]
        best_cov, best_spec = single[0]
        best_score = parts[0][1] * best_cov ** a * best_spec ** b
        regions: list[tuple[float, tuple[tuple[int, float, float], ...]]] | None = None
        table = self._joint_size[g]
        for subset in _subsets(len(parts)):
            gmask = 0
            prior = cov_bound = painful_bound = 0.0
            for pos in subset:
                bit, pr, cv, pf = parts[pos]
                gmask |= bit
                cov_bound += cv
                painful_bound += pf
                if pr > prior:
                    prior = pr
            factor = prior * penalty ** (len(subset) - 1)
            size = table[gmask] if table else self._joint_pattern_size(self._groups[g][2], gmask)
            spec_bound = painful_bound / size
            if factor * (cov_bound if cov_bound < 1.0 else 1.0) ** a \
                    * (spec_bound if spec_bound < 1.0 else 1.0) ** b <= best_score + 1e-15:
                continue
            if regions is None:
                regions = self._painful_reach(g, pts, weights, raised)
            mass = 0.0
            painful = 0.0
            for w, entries in regions:
                miss = 1.0
                top = 0.0
                for bit, credit, in_pattern in entries:
                    if gmask & bit:
                        miss *= 1.0 - credit
                        if in_pattern > top:
                            top = in_pattern
                mass += w * (1.0 - miss)
                painful += top
            coverage = mass / total
            specificity = painful / size
            score = factor * coverage ** a * specificity ** b
            if score > best_score + 1e-15:
                best_score, best_mask, best_cov, best_spec = score, gmask, coverage, specificity
        chosen = tuple(i for i in pts if self._bit_of[i] & best_mask)
        return _Choice(chosen, best_score, best_cov, best_spec)

    def _painful_reach(self, g: int, pts: Sequence[int], weights: Mapping[str, float],
                       raised: frozenset[int]
                       ) -> list[tuple[float, tuple[tuple[int, float, float], ...]]]:
        """Group g's painful regions: (weight, the (bit, credit, weight in pattern) of each of
        its points reaching it), with ``local_with_referral`` as the credit of each raised
        point (see _raise_local) on its own region."""
        reach = self._group_reach[g]
        lifted: dict[str, int] = {}     # region -> bits of the raised points lying in it
        for i in pts:
            if i in raised:
                lifted[self._site[i]] = lifted.get(self._site[i], 0) | self._bit_of[i]
        if not lifted:
            if len(reach) < len(weights):
                return [(weights[r], e) for r, e in reach.items() if r in weights]
            return [(w, reach[r]) for r, w in weights.items() if r in reach]
        credit_raised = self.params.credit.local_with_referral
        out: list[tuple[float, tuple[tuple[int, float, float], ...]]] = []
        for r, w in weights.items():
            entries = reach.get(r)
            if entries is None:
                continue
            bits = lifted.get(r, 0)
            if bits:
                entries = tuple((bit, credit_raised if bit & bits else credit, in_pattern)
                                for bit, credit, in_pattern in entries)
            out.append((w, entries))
        return out

    def _both_sides(self, g: int, left: _Choice, twin: int, right: _Choice,
                    weights: Mapping[str, float], total: float,
                    raised: frozenset[int]) -> _Choice:
        """The muscle on both sides (group g and its twin): the two sides' chosen points joined
        (noisy-OR)."""
        p = self.params
        credit_raised = p.credit.local_with_referral
        members = (*left.points, *right.points)
        # painful region -> (chance that none of the points explains it, its weight in their
        # joint pattern); each side's points read from their group's reach of the region
        joined: dict[str, tuple[float, float]] = {}
        for grp, pts in ((g, left.points), (twin, right.points)):
            mask = lifted = 0
            for i in pts:
                mask |= self._bit_of[i]
                if i in raised:
                    lifted |= self._bit_of[i]
            reach, sites = self._group_reach[grp], self._site_bits[grp]
            painful = [r for r in reach if r in weights] if len(reach) < len(weights) \
                else [r for r in weights if r in reach]
            for r in painful:
                miss, top = joined.get(r, (1.0, 0.0))
                hit = False
                up = lifted & sites.get(r, 0)
                for bit, credit, in_pattern in reach[r]:
                    if mask & bit:
                        hit = True
                        miss *= 1.0 - (credit_raised if up & bit else credit)
                        if in_pattern > top:
                            top = in_pattern
                if hit:
                    joined[r] = (miss, top)
        mass = 0.0
        share = 0.0
        for r, (miss, top) in joined.items():
            mass += weights[r] * (1.0 - miss)
            share += top
        coverage = mass / total
        specificity = share / self._joint_both_sides(g, left.points, twin, right.points)
        keys = {self.points[i].key for i in members}
        prior = max(self._prior[i] for i in members)
        score = (prior * coverage ** p.coverage_power * specificity ** p.specificity_power
                 * p.muscle.extra_point_penalty ** (len(keys) - 1) * p.muscle.both_sides_penalty)
        return _Choice(members, score, coverage, specificity)

    def _joint_both_sides(self, g: int, left: Sequence[int], twin: int,
                          right: Sequence[int]) -> float:
        """Size of the joint pattern of both sides' chosen points: the two sides' tabled sizes
        added up when their patterns share no region (most muscles), else worked out."""
        tables = self._joint_size
        if self._sides_apart[g] and tables[g] and tables[twin]:
            mask_l = mask_r = 0
            for i in left:
                mask_l |= self._bit_of[i]
            for i in right:
                mask_r |= self._bit_of[i]
            return tables[g][mask_l] + tables[twin][mask_r]
        joint: dict[str, float] = {}
        for i in (*left, *right):
            for r, v in self._in_pattern[i].items():
                if v > joint.get(r, 0.0):
                    joint[r] = v
        return sum(joint.values())

    def _muscle_hypothesis(self, kind: HypothesisKind, muscle: str, sides: tuple[Side, ...],
                           ch: _Choice, drawing: Mapping[str, int]) -> Hypothesis:
        pts = tuple(sorted(ch.points))   # self.points is in id order
        return _new(Hypothesis, kind=kind, muscle=muscle, sides=sides,
                    trigger_points=tuple([self.points[i] for i in pts]),
                    score=ch.score if ch.score < 1.0 else 1.0, coverage=ch.coverage,
                    specificity=ch.specificity, entrapment=None,
                    _detail=partial(self._detail, pts, None, drawing))

    # ------------------------------------------------------------------ nerve hypotheses
    def _nerve_hypotheses(self, drawing: Mapping[str, int], weights: Mapping[str, float],
                          total: float) -> list[tuple[float, str, Hypothesis]]:
        if not self.entrapments:
            return []
        p = self.params
        np_ = p.nerve
        first = len(self.points)
        mass: dict[int, float] = {}
        pattern: dict[int, float] = {}
        neural: dict[int, float] = {}
        reached: dict[int, float] = {}
        qualities = drawing.qualities if isinstance(drawing, PainDrawing) else {}
        for r, w in weights.items():
            quality = qualities.get(r, Quality.ACHE)
            q = 1.0 if quality.neural else np_.burn_weight if quality is Quality.BURN else 0.0
            for n, credit, in_pattern in self._nerve_index.get(r, ()):
                mass[n] = mass.get(n, 0.0) + w * credit
                pattern[n] = pattern.get(n, 0.0) + in_pattern
                if in_pattern > 0.0:
                    reached[n] = reached.get(n, 0.0) + w
                    neural[n] = neural.get(n, 0.0) + w * q
        out: list[tuple[float, str, Hypothesis]] = []
        for n, m in mass.items():
            if pattern[n] == 0.0:
                continue
            share = neural.get(n, 0.0) / reached[n]
            prior = np_.prior + (np_.prior_neural - np_.prior) * share
            coverage = m / total
            specificity = pattern[n] / self._pattern_size[n]
            score = prior * coverage ** p.coverage_power * specificity ** p.specificity_power
            e = self.entrapments[n - first]
            pts = self._nerve_points[n - first]
            h = Hypothesis(HypothesisKind.NERVE, e.muscle, (e.side,),
                           tuple(self.points[i] for i in pts), min(1.0, score), coverage,
                           specificity, e, _detail=partial(self._detail, pts, n, drawing))
            out.append((-h.score, h.id, h))
        return out

    # ------------------------------------------------------------------ explanations
    def _detail(self, pts: Sequence[int], nerve: int | None,
                drawing: Mapping[str, int]) -> HypothesisDetail:
        roles = tuple(PointRole(self.points[i], self._explain(i, drawing)) for i in pts)
        sources = [nerve] if nerve is not None else list(pts)
        best: dict[str, int] = {}
        essential: set[str] = set()
        for i in sources:
            kinds = self._kinds[i]
            for r in drawing:
                kind = kinds.get(r)
                if kind is not None and kind < best.get(r, 99):
                    best[r] = kind
            essential |= {r for r, k in kinds.items() if k == _ESS}
        by_kind: dict[int, list[str]] = {_ESS: [], _SPILL: [], _LOCAL: [], _ADJ: []}
        for r, kind in best.items():
            by_kind[kind].append(r)
        overall = Explanation(
            essential=tuple(sorted(by_kind[_ESS])),
            spillover=tuple(sorted(by_kind[_SPILL])),
            local=tuple(sorted(by_kind[_LOCAL])),
            adjacent=tuple(sorted(by_kind[_ADJ])),
            unexplained=tuple(sorted(r for r in drawing if r not in best)),
            missing=tuple(sorted(r for r in essential if r not in drawing)),
        )
        return HypothesisDetail(roles, overall)

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
                      scored: Sequence[tuple[float, str, int, float, float]],
                      raised: frozenset[int]) -> tuple[Combination, ...]:
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
            if i in raised:
                cr[self._site[i]] = c.local_with_referral
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
