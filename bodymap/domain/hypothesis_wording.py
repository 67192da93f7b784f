"""Plain words for hypotheses: the Explore rows' titles, the per-point lines of a card, the
command line's `query`.

Whole templates with named placeholders, through ``translate`` (context "Hypothesis"; the
default keeps the English). Muscle and trigger-point names are knowledge-base data and stay
English; region and nerve names are those of the (localized) dataset passed in.
"""

from __future__ import annotations

from collections.abc import Mapping

from bodymap.domain.hypotheses import Hypothesis, HypothesisKind, PointRole
from bodymap.domain.knowledge import KnowledgeBase
from bodymap.domain.regions import Region, Side
from bodymap.domain.wording import region_list
from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

_ON_SIDE = {
    #: a muscle (or "muscle — trigger point") on the body's left: "Gluteus medius (left)"
    Side.LEFT: QT_TRANSLATE_NOOP("Hypothesis", "{muscle} (left)"),
    #: a muscle (or "muscle — trigger point") on the body's right
    Side.RIGHT: QT_TRANSLATE_NOOP("Hypothesis", "{muscle} (right)"),
}
_NERVE = {
    #: {nerve} is the nerve's name from data/i18n/<lang>/nerves.yaml (a noun of either
    #: gender: "nervio ciático", "rama profunda del nervio radial"), {muscle} an English
    #: muscle name, e.g. "May be the sciatic nerve squeezed by piriformis (left)"
    Side.LEFT: QT_TRANSLATE_NOOP("Hypothesis", "May be the {nerve} squeezed by {muscle} (left)"),
    #: the same on the body's right
    Side.RIGHT: QT_TRANSLATE_NOOP("Hypothesis",
                                  "May be the {nerve} squeezed by {muscle} (right)"),
}
# What one trigger point of a hypothesis explains, per side and per case. {point} is the
# point's English name from the knowledge base, {regions} a list of painful regions.
_POINT_EXPLAINS = {
    #: one trigger point on the left, and the painful regions it accounts for
    Side.LEFT: QT_TRANSLATE_NOOP("Hypothesis", "{point} (left): explains {regions}"),
    #: one trigger point on the right, and the painful regions it accounts for
    Side.RIGHT: QT_TRANSLATE_NOOP("Hypothesis", "{point} (right): explains {regions}"),
}
_POINT_CLOSE = {
    #: one trigger point on the left whose zone lies next to these painful regions
    Side.LEFT: QT_TRANSLATE_NOOP("Hypothesis", "{point} (left): close to {regions}"),
    #: one trigger point on the right whose zone lies next to these painful regions
    Side.RIGHT: QT_TRANSLATE_NOOP("Hypothesis", "{point} (right): close to {regions}"),
}
_POINT_NONE = {
    #: one trigger point on the left that accounts for none of the marked regions
    Side.LEFT: QT_TRANSLATE_NOOP("Hypothesis",
                                 "{point} (left): explains none of the painful regions"),
    #: one trigger point on the right that accounts for none of the marked regions
    Side.RIGHT: QT_TRANSLATE_NOOP("Hypothesis",
                                  "{point} (right): explains none of the painful regions"),
}


def on_side(muscle: str, side: Side, translate: Translate = untranslated) -> str:
    """'Gluteus medius (left)': a muscle's name with its side, in the user's language."""
    return translate("Hypothesis", _ON_SIDE[side]).format(muscle=muscle)


def hypothesis_title(h: Hypothesis, knowledge: KnowledgeBase,
                     translate: Translate = untranslated) -> str:
    """'Quadratus lumborum (left)', 'Quadratus lumborum, both sides', 'Trapezius — Upper
    trapezius, front edge (TP1) (left)' or 'May be the sciatic nerve squeezed by piriformis
    (left)'."""
    muscle = knowledge.muscles[h.muscle].name if h.muscle in knowledge.muscles else h.muscle
    if h.kind is HypothesisKind.NERVE and h.entrapment is not None:
        return translate("Hypothesis", _NERVE[h.entrapment.side]).format(
            nerve=h.entrapment.nerve, muscle=muscle.lower())
    if h.kind is HypothesisKind.MUSCLE_BOTH_SIDES:
        #: a muscle whose pattern on both sides explains the drawing
        return translate("Hypothesis", "{muscle}, both sides").format(muscle=muscle)
    if h.kind is HypothesisKind.TRIGGER_POINT:
        tp = h.trigger_points[0]
        return on_side(f"{muscle} — {tp.name}", tp.side, translate)
    return on_side(muscle, h.sides[0], translate)


def point_line(role: PointRole, regions: Mapping[str, Region],
               translate: Translate = untranslated) -> str:
    """'Deep upper point (left): explains your left sacroiliac joint and low back' — what one
    trigger point of a hypothesis explains."""
    tp = role.trigger_point
    explained = region_list(role.explanation.explained, regions, translate=translate)
    if explained:
        return translate("Hypothesis", _POINT_EXPLAINS[tp.side]).format(
            point=tp.name, regions=explained)
    near = region_list(role.explanation.adjacent, regions, translate=translate)
    if near:
        return translate("Hypothesis", _POINT_CLOSE[tp.side]).format(point=tp.name,
                                                                     regions=near)
    return translate("Hypothesis", _POINT_NONE[tp.side]).format(point=tp.name)
