"""Hypothesis-level results of the referral model: what may cause the whole drawing.

A hypothesis is one story a therapist could tell about a pain drawing:

- ``MUSCLE``: one muscle on one side, with the set of its trigger points that together explain
  the drawing best (e.g. quadratus lumborum's deep and superficial points);
- ``MUSCLE_BOTH_SIDES``: the same muscle active on both sides (only for drawings with pain on
  both sides);
- ``NERVE``: a nerve squeezed by a muscle ("may be the sciatic nerve squeezed by piriformis");
- ``TRIGGER_POINT``: a single sided trigger point (the model's older, finer view).

Each carries its score in [0, 1], the trigger points involved and, for each, which painful
regions it explains (essential, spillover, local, adjacent), plus the drawing's unexplained
regions and the pattern's missing ones. The explanations are built on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from bodymap.domain.explanation import Explanation
from bodymap.domain.knowledge import TriggerPoint
from bodymap.domain.nerves import Entrapment
from bodymap.domain.regions import Side


class HypothesisKind(StrEnum):
    TRIGGER_POINT = "trigger_point"
    MUSCLE = "muscle"
    MUSCLE_BOTH_SIDES = "muscle_both_sides"
    NERVE = "nerve"


@dataclass(frozen=True)
class PointRole:
    """One trigger point of a hypothesis and what it explains of the drawing."""

    trigger_point: TriggerPoint
    explanation: Explanation


@dataclass(frozen=True)
class HypothesisDetail:
    """Built on demand: each point's part, and the hypothesis as a whole."""

    points: tuple[PointRole, ...]
    overall: Explanation


@dataclass(frozen=True)
class Hypothesis:
    kind: HypothesisKind
    muscle: str                           # the muscle (for a nerve: the one that squeezes it)
    sides: tuple[Side, ...]               # (left,), (right,) or (left, right)
    trigger_points: tuple[TriggerPoint, ...]   # the points involved, in id order
    score: float                          # 0..1, comparable across kinds
    coverage: float                       # intensity-weighted share of the drawing explained
    specificity: float                    # share of the (joint) pattern that is painful
    entrapment: Entrapment | None         # set for NERVE hypotheses, else None
    # builds the explanations on first use (a ranking holds dozens; the panel reads a few)
    _detail: Callable[[], HypothesisDetail] = field(compare=False, repr=False)

    @property
    def id(self) -> str:
        """Stable id, e.g. ``muscle:quadratus_lumborum:left``,
        ``muscle_both_sides:quadratus_lumborum``, ``nerve:sciatic_piriformis:left``,
        ``trigger_point:quadratus_lumborum.deep_upper.left``."""
        if self.kind is HypothesisKind.TRIGGER_POINT:
            return f"{self.kind.value}:{self.trigger_points[0].id}"
        if self.kind is HypothesisKind.NERVE and self.entrapment is not None:
            return f"{self.kind.value}:{self.entrapment.id.replace('.', ':')}"
        if self.kind is HypothesisKind.MUSCLE_BOTH_SIDES:
            return f"{self.kind.value}:{self.muscle}"
        return f"{self.kind.value}:{self.muscle}:{self.sides[0].value}"

    @property
    def subject(self) -> str:
        """What the hypothesis is about regardless of side: the muscle id, or for a nerve
        ``nerve:<entrapment key>`` (one entry per subject in ``Ranking.hypotheses``)."""
        if self.kind is HypothesisKind.NERVE and self.entrapment is not None:
            return f"nerve:{self.entrapment.key}"
        if self.kind is HypothesisKind.TRIGGER_POINT:
            tp = self.trigger_points[0]
            return f"{tp.muscle}.{tp.key}"
        return self.muscle

    @property
    def muscles(self) -> tuple[str, ...]:
        return (self.muscle,)

    @cached_property
    def detail(self) -> HypothesisDetail:
        return self._detail()

    @property
    def points(self) -> tuple[PointRole, ...]:
        """Each trigger point involved and which painful regions it explains."""
        return self.detail.points

    @property
    def explanation(self) -> Explanation:
        """The hypothesis as a whole: each painful region under the best way any of its
        points (or, for a nerve, the nerve's area) reaches it; unexplained; missing."""
        return self.detail.overall
