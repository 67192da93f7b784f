"""How well a ranking puts the expert's muscles first, over a set of whole pain drawings.

The cases live in tests/data/whole_drawings/cases.yaml (read by the unit test and by
`make bench`). A ranking is judged on the order in which it names muscles: top-1 and top-3
(is one of the case's *primary* muscles there?) and recall@10 (the share of the primary and
*reasonable* muscles among the first ten), reported separately for one-sided drawings and
drawings with pain on both sides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY, PainDrawing, Quality
from bodymap.domain.errors import DataError, Problem, suggest
from bodymap.domain.records import record
from bodymap.domain.yamlfile import read_model

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Intensity = Annotated[int, Field(ge=MIN_INTENSITY, le=MAX_INTENSITY)]


class DrawingCase(BaseModel):
    """One evaluation drawing and the muscles an expert names for it."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    name: Ident
    regions: Annotated[dict[str, Intensity], Field(min_length=2, max_length=6)]
    qualities: dict[str, Quality] = Field(default_factory=dict)
    primary: Annotated[tuple[Ident, ...], Field(min_length=1)]
    reasonable: tuple[Ident, ...] = ()
    source: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

    @property
    def drawing(self) -> PainDrawing:
        return PainDrawing(self.regions, self.qualities)

    @property
    def both_sides(self) -> bool:
        return len({r.split(".", 1)[0] for r in self.regions}) > 1


class CaseFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    cases: Annotated[tuple[DrawingCase, ...], Field(min_length=1)]


def load_cases(path: Path, regions: Sequence[str] = (),
               muscles: Sequence[str] = ()) -> tuple[DrawingCase, ...]:
    """Read the case file; with ``regions``/``muscles`` given, every id must be one of them."""
    cases = read_model(path, CaseFile).cases
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, case in enumerate(cases):
        where = f"cases[{i}]"
        if case.name in seen:
            problems.append(Problem(path, f"{where}.name", "case name used twice", case.name))
        seen.add(case.name)
        for rid in case.qualities:
            if rid not in case.regions:
                problems.append(Problem(path, f"{where}.qualities",
                                        "quality for a region not in the drawing", rid))
        if regions:
            for rid in case.regions:
                if rid not in regions:
                    problems.append(Problem(path, f"{where}.regions",
                                            f"unknown region.{suggest(rid, regions)}", rid))
        if muscles:
            for mid in (*case.primary, *case.reasonable):
                if mid not in muscles:
                    problems.append(Problem(path, f"{where}.primary/reasonable",
                                            f"unknown muscle.{suggest(mid, muscles)}", mid))
        overlap = set(case.primary) & set(case.reasonable)
        if overlap:
            problems.append(Problem(path, f"{where}.reasonable",
                                    "muscle(s) already listed as primary", sorted(overlap)))
    if problems:
        raise DataError(problems)
    return cases


@record
class CaseResult:
    case: DrawingCase
    order: tuple[str, ...]          # muscles in the ranking's order, each once

    @property
    def primary_rank(self) -> int | None:
        """1-based rank of the best-placed primary muscle, None when it is not ranked."""
        ranks = [self.order.index(m) + 1 for m in self.case.primary if m in self.order]
        return min(ranks) if ranks else None

    def in_top(self, k: int) -> bool:
        rank = self.primary_rank
        return rank is not None and rank <= k

    def recall(self, k: int = 10) -> float:
        wanted = set(self.case.primary) | set(self.case.reasonable)
        return len(wanted & set(self.order[:k])) / len(wanted)


@record
class Scores:
    n: int
    top1: float
    top3: float
    recall10: float


def muscles_in_order(names: Sequence[str]) -> tuple[str, ...]:
    """Each muscle once, at its first place."""
    return tuple(dict.fromkeys(names))


def evaluate(rank_muscles: Callable[[PainDrawing], Sequence[str]],
             cases: Sequence[DrawingCase]) -> list[CaseResult]:
    return [CaseResult(c, muscles_in_order(rank_muscles(c.drawing))) for c in cases]


def summarise(results: Sequence[CaseResult]) -> Scores:
    n = len(results)
    if n == 0:
        return Scores(0, 0.0, 0.0, 0.0)
    return Scores(
        n,
        sum(r.in_top(1) for r in results) / n,
        sum(r.in_top(3) for r in results) / n,
        sum(r.recall(10) for r in results) / n,
    )
