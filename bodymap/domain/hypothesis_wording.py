"""Plain words for hypotheses (the CLI today; the side panel when it switches to hypotheses)."""

from __future__ import annotations

from collections.abc import Mapping

from bodymap.domain.hypotheses import Hypothesis, HypothesisKind, PointRole
from bodymap.domain.knowledge import KnowledgeBase
from bodymap.domain.regions import Region
from bodymap.domain.wording import region_list


def hypothesis_title(h: Hypothesis, knowledge: KnowledgeBase) -> str:
    """'Quadratus lumborum (left)', 'Quadratus lumborum, both sides', 'Trapezius — Upper
    trapezius, front edge (TP1) (left)' or 'May be the sciatic nerve squeezed by piriformis
    (left)'."""
    muscle = knowledge.muscles[h.muscle].name if h.muscle in knowledge.muscles else h.muscle
    if h.kind is HypothesisKind.NERVE and h.entrapment is not None:
        return (f"May be the {h.entrapment.nerve} squeezed by {muscle.lower()} "
                f"({h.entrapment.side.value})")
    if h.kind is HypothesisKind.MUSCLE_BOTH_SIDES:
        return f"{muscle}, both sides"
    if h.kind is HypothesisKind.TRIGGER_POINT:
        tp = h.trigger_points[0]
        return f"{muscle} — {tp.name} ({tp.side.value})"
    return f"{muscle} ({h.sides[0].value})"


def point_line(role: PointRole, regions: Mapping[str, Region]) -> str:
    """'Deep upper point (left): explains your left sacroiliac joint and low back' — what one
    trigger point of a hypothesis explains."""
    tp = role.trigger_point
    explained = role.explanation.explained
    if explained:
        return f"{tp.name} ({tp.side.value}): explains {region_list(explained, regions)}"
    if role.explanation.adjacent:
        return (f"{tp.name} ({tp.side.value}): close to "
                f"{region_list(role.explanation.adjacent, regions)}")
    return f"{tp.name} ({tp.side.value}): explains none of the painful regions"
