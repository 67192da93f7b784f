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
from dataclasses import field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from bodymap.domain.explanation import Explanation
from bodymap.domain.knowledge import TriggerPoint
from bodymap.domain.records import record
from bodymap.domain.regions import Side

if TYPE_CHECKING:
    from bodymap.domain.nerves import Entrapment  # (imported with the nerves, for later)


class HypothesisKind(StrEnum):
    TRIGGER_POINT = "trigger_point"
    MUSCLE = "muscle"
    MUSCLE_BOTH_SIDES = "muscle_both_sides"
    NERVE = "nerve"


@record
class PointRole:
    """One trigger point of a hypothesis and what it explains of the drawing."""

    trigger_point: TriggerPoint
    explanation: Explanation


@record
class HypothesisDetail:
    """Built on demand: each point's part, and the hypothesis as a whole."""

    points: tuple[PointRole, ...]
    overall: Explanation


@record
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
        detail = self._detail()
        if self.kind is HypothesisKind.MUSCLE_BOTH_SIDES:
            return _own_side_first(detail)
        return detail

    @property
    def points(self) -> tuple[PointRole, ...]:
        """Each trigger point involved and which painful regions it explains."""
        return self.detail.points

    @property
    def explanation(self) -> Explanation:
        """The hypothesis as a whole: each painful region under the best way any of its
        points (or, for a nerve, the nerve's area) reaches it; unexplained; missing."""
        return self.detail.overall


def _own_side_first(detail: HypothesisDetail) -> HypothesisDetail:
    """A both-sides story: each painful region is told as the work of the points on its own
    side whenever one of them reaches it.

    Some patterns cross the midline (gluteus medius' anterior point spills over to the other
    side's low back), so the left point alone would "explain" the right low back too. With
    the right point in the same story reaching that region itself, saying so reads as if the
    left muscle caused the right side's pain; the crossing is kept only where no point of the
    region's own side reaches it. The regions still count once in ``overall`` and the score,
    which are unchanged.
    """
    by_side: dict[str, list[Explanation]] = {}
    for role in detail.points:
        by_side.setdefault(role.trigger_point.side.value, []).append(role.explanation)

    def reached_on_own_side(region: str, or_next_to: bool) -> bool:
        """Whether a point on the region's own side explains it (or, with ``or_next_to``,
        at least lies next to it)."""
        return any(region in e.explained or (or_next_to and region in e.adjacent)
                   for e in by_side.get(region.partition(".")[0], ()))

    roles: list[PointRole] = []
    for role in detail.points:
        e = role.explanation
        side = role.trigger_point.side.value
        # the other side's regions that a point of that side accounts for itself
        handed_over = {r for r in e.explained if r.partition(".")[0] != side
                       and reached_on_own_side(r, or_next_to=False)}
        handed_over |= {r for r in e.adjacent if r.partition(".")[0] != side
                        and reached_on_own_side(r, or_next_to=True)}
        if not handed_over:
            roles.append(role)
            continue
        roles.append(PointRole(role.trigger_point, Explanation(
            essential=tuple(r for r in e.essential if r not in handed_over),
            spillover=tuple(r for r in e.spillover if r not in handed_over),
            local=tuple(r for r in e.local if r not in handed_over),
            adjacent=tuple(r for r in e.adjacent if r not in handed_over),
            unexplained=tuple(sorted((*e.unexplained, *handed_over))),
            missing=e.missing)))
    return HypothesisDetail(tuple(roles), detail.overall)
