"""How well the model ranks the expert's muscles first on the whole-drawing evaluation set.

`make bench` prints top-1, top-3 and recall@10 over tests/data/whole_drawings/cases.yaml, for
one-sided drawings and drawings with pain on both sides, on two views of the same model: the
trigger-point ranking the panel used before issue 12 (``Ranking.by_muscle()``) and the
hypothesis ranking (``Ranking.hypotheses``, a nerve counting as the muscle that squeezes it).
Run alone (``python bench/fixture_quality.py``) it also lists every case whose primary muscle
is not in the top 3; with ``--explain`` it shows, for every case whose primary muscle is not
first, the first five hypotheses with score, coverage, specificity and how each reaches each
painful region (the view used to find why a case is lost).
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from table import Row

from bodymap import resources
from bodymap.domain.dataset import Dataset, load_dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.evaluation import CaseResult, evaluate, load_cases, summarise
from bodymap.domain.referral import ReferralModel

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "whole_drawings" / "cases.yaml"


def by_points(model: ReferralModel) -> Callable[[PainDrawing], list[str]]:
    return lambda d: [c.muscle for c in model.rank(d).by_muscle()]


def by_hypotheses(model: ReferralModel) -> Callable[[PainDrawing], list[str]]:
    return lambda d: [h.muscle for h in model.rank(d).hypotheses]


def results(dataset: Dataset, model: ReferralModel | None = None
            ) -> dict[str, list[CaseResult]]:
    model = model or dataset.referral_model()
    cases = load_cases(CASES, list(dataset.regions), list(dataset.knowledge.muscles))
    return {"trigger points (by_muscle)": evaluate(by_points(model), cases),
            "hypotheses": evaluate(by_hypotheses(model), cases)}


def _split(res: Sequence[CaseResult]) -> list[tuple[str, list[CaseResult]]]:
    return [("all", list(res)),
            ("one side", [r for r in res if not r.case.both_sides]),
            ("both sides", [r for r in res if r.case.both_sides])]


def margins(dataset: Dataset, model: ReferralModel | None = None) -> dict[str, float]:
    """Median over the cases of the first muscle's score over the next muscle's: how clearly
    the top candidate stands out (1.0 = a tie), for both views."""
    model = model or dataset.referral_model()
    cases = load_cases(CASES, list(dataset.regions), list(dataset.knowledge.muscles))
    ratios: dict[str, list[float]] = {"trigger points (by_muscle)": [], "hypotheses": []}
    for case in cases:
        ranking = model.rank(case.drawing)
        firsts = {
            "trigger points (by_muscle)": [(c.muscle, c.score) for c in ranking.by_muscle()],
            "hypotheses": [(h.muscle, h.score) for h in ranking.hypotheses],
        }
        for view, pairs in firsts.items():
            top_muscle, top = pairs[0]
            second = next((s for m, s in pairs if m != top_muscle), 0.0)
            if second > 0.0:
                ratios[view].append(top / second)
    return {view: statistics.median(r) for view, r in ratios.items() if r}


def rows(dataset: Dataset) -> list[Row]:
    out: list[Row] = []
    section = "4 fixture"
    for view, res in results(dataset).items():
        for label, subset in _split(res):
            s = summarise(subset)
            out.append(Row(section, f"{view}, {label} (n={s.n})",
                           f"top-1 {s.top1:.0%}, top-3 {s.top3:.0%}, recall@10 {s.recall10:.0%}"))
    for view, ratio in margins(dataset).items():
        out.append(Row(section, f"{view}: first muscle's score / next one's (median)",
                       f"{ratio:.2f}"))
    return out


def explain(dataset: Dataset, model: ReferralModel | None = None, shown: int = 5) -> list[str]:
    """For every case whose primary muscle is not first among the hypotheses: the first
    ``shown`` hypotheses (and the primary's best one when lower), each with its place among
    the hypotheses (a nerve and the muscle squeezing it are two places), score,
    coverage, specificity, points and the painful regions it reaches essential (E), spillover
    (S), local (L) or only by bordering its pattern (near), and those it leaves unexplained."""
    model = model or dataset.referral_model()
    cases = load_cases(CASES, list(dataset.regions), list(dataset.knowledge.muscles))
    lines: list[str] = []
    for case in cases:
        hypotheses = model.rank(case.drawing).hypotheses
        order = [h.muscle for h in hypotheses]
        if order and order[0] in case.primary:
            continue
        drawn = ", ".join(f"{r} {i}" for r, i in sorted(case.drawing.items()))
        lines.append(f"{case.name}: primary {'/'.join(case.primary)}; drawing {drawn}")
        listed = list(hypotheses[:shown])
        listed += [h for h in hypotheses[shown:] if h.muscle in case.primary][:1]
        for h in listed:
            e = h.explanation
            reach = "; ".join(f"{tag} {' '.join(regions)}" for tag, regions in (
                ("E", e.essential), ("S", e.spillover), ("L", e.local), ("near", e.adjacent),
                ("unexplained", e.unexplained)) if regions)
            points = ", ".join(sorted({t.key for t in h.trigger_points}))
            lines.append(f"  {hypotheses.index(h) + 1:>2}. {h.id} {h.score:.3f} "
                         f"(coverage {h.coverage:.2f}, specificity {h.specificity:.2f}; "
                         f"points {points}): {reach}")
    return lines


def main() -> int:
    dataset = load_dataset(resources.data_dir(), resources.assets_dir())
    if "--explain" in sys.argv[1:]:
        print("\n".join(explain(dataset)))
        return 0
    for view, res in results(dataset).items():
        print(view)
        for label, subset in _split(res):
            s = summarise(subset)
            print(f"  {label:<10} n={s.n:<3} top-1 {s.top1:4.0%}  top-3 {s.top3:4.0%}  "
                  f"recall@10 {s.recall10:4.0%}")
        for r in res:
            if not r.in_top(3):
                print(f"  not in top 3: {r.case.name} (primary at {r.primary_rank}); "
                      f"top: {', '.join(r.order[:4])}")
    for view, ratio in margins(dataset).items():
        print(f"{view}: first muscle's score / next one's, median {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
