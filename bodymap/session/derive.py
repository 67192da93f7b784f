"""What the session shows, derived from what it holds: pure functions, no state.

Texts are written in English and passed through ``translate`` (context "Session"), which the
GUI sets to Qt's, and so are the domain's sentences (hypothesis titles, explanations, context
"Hypothesis" and "Wording"); muscle and trigger-point names stay English, region and nerve
names are those of the session's (localized) dataset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing, Quality, intensity_label
from bodymap.domain.records import record
from bodymap.domain.regions import Side
from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from bodymap.scene.scene import quality_word
from bodymap.session.view_model import CandidateRow, Card, CombinationRow, Pattern

if TYPE_CHECKING:
    # (the muscles' classes come with the muscles, after the first paint: knowledge_base)
    # the referral model's module comes with the model, on its worker after the first paint,
    # and with it the hypotheses' and the wording's, which only ranking needs here (the
    # functions below import them: 2.5 ms of the first screen's imports)
    from bodymap.domain.hypotheses import Hypothesis
    from bodymap.domain.knowledge import TriggerPoint
    from bodymap.domain.referral import Ranking, ReferralModel

#: How many candidates the Explore list offers: enough to scroll, few enough to read.
TOP_CANDIDATES = 12

_SIDE = {Side.LEFT: QT_TRANSLATE_NOOP("Session", "left side"),
         Side.RIGHT: QT_TRANSLATE_NOOP("Session", "right side")}


@record
class Explore:
    """Showing one ranked hypothesis; follows it (or its muscle) as the drawing changes."""

    key: str
    muscle: str


@record
class Together:
    """Showing the best combination: several muscles whose patterns together explain it."""

    points: tuple[TriggerPoint, ...]


@record
class Browse:
    """Showing one muscle picked from the Muscles list, on one side."""

    muscle: str
    side: Side


Selection = Explore | Browse | Together | None


#: how much more of the drawing (intensity-weighted share) a combination must explain than
#: the first hypothesis before the panel offers it
COMBINATION_MARGIN = 0.05


@record
class Ranked:
    """The ranking of one drawing, and the rows and combination the panel shows for it."""

    drawing: PainDrawing
    #: None before anything was ranked (the empty drawing a session begins with)
    ranking: Ranking | None
    rows: tuple[CandidateRow, ...]
    combination: CombinationRow | None


def rank(model: ReferralModel, dataset: Dataset, drawing: PainDrawing,
         translate: Translate = untranslated) -> Ranked:
    from bodymap.domain.hypothesis_wording import on_side

    ranking = model.rank(drawing)
    muscles = dataset.knowledge.muscles
    rows = tuple(_row(h, dataset, translate) for h in ranking.hypotheses[:TOP_CANDIDATES])
    combination = None
    best = ranking.hypotheses[0] if ranking.hypotheses else None
    # offered only when it explains clearly more of the drawing than the best single story
    # (a muscle, both sides of one, a nerve): otherwise "no single muscle explains all of it"
    # would be false, and a pair would stand in for what the first row already says
    if ranking.combinations and (
            best is None
            or ranking.combinations[0].coverage > best.coverage + COMBINATION_MARGIN):
        cb = ranking.combinations[0]
        names = " + ".join(on_side(muscles[t.muscle].name, t.side, translate)
                           for t in cb.trigger_points)
        combination = CombinationRow(cb.trigger_points, names, cb.score)
    return Ranked(drawing, ranking, rows, combination)


def _row(h: Hypothesis, dataset: Dataset, translate: Translate) -> CandidateRow:
    from bodymap.domain.hypotheses import HypothesisKind
    from bodymap.domain.hypothesis_wording import point_line
    from bodymap.domain.wording import describe, join_names

    regions = dataset.regions
    places = list(dict.fromkeys(plain_place(dataset, tp) for tp in h.trigger_points))
    # a muscle's left and right points share their names: each is listed once
    names = ", ".join(dict.fromkeys(tp.name for tp in h.trigger_points))
    where = join_names([p for p in places if p], translate)
    side = sides_text(h.trigger_points, translate)
    if not where:
        point_text = translate("Session", "{side} ({names})").format(side=side, names=names)
    elif len(h.trigger_points) > 1:
        point_text = translate("Session", "{place} points, {side} ({names})").format(
            place=where, side=side, names=names)
    else:
        point_text = translate("Session", "{place} point, {side} ({names})").format(
            place=where, side=side, names=names)
    lines = tuple(point_line(role, regions, translate) for role in h.points) \
        if len(h.points) > 1 or h.kind is HypothesisKind.NERVE else ()
    return CandidateRow(h.id, h.muscle, dataset.knowledge.muscles[h.muscle].name,
                        hypothesis_title(h, dataset, translate), h.trigger_points, h.score,
                        describe(h.explanation, regions, translate), point_text, lines)


def hypothesis_title(h: Hypothesis, dataset: Dataset,
                     translate: Translate = untranslated) -> str:
    """The row's title, as the domain's hypothesis_title words it (the command line prints
    the same): 'Quadratus lumborum (left)', 'Quadratus lumborum, both sides', 'May be the
    sciatic nerve squeezed by piriformis (left)'."""
    from bodymap.domain.hypothesis_wording import hypothesis_title as domain_hypothesis_title

    return domain_hypothesis_title(h, dataset.knowledge, translate)


def sides_text(points: Sequence[TriggerPoint], translate: Translate = untranslated) -> str:
    """'left side', 'right side' or 'both sides' (translated): where these points lie."""
    sides = {tp.side for tp in points}
    if len(sides) > 1:
        return translate("Session", "both sides")
    return translate("Session", _SIDE[points[0].side])


def pattern_detail(pattern: Pattern, translate: Translate = untranslated) -> str:
    """Presentation mode's detail line: 'upper point (TP1), left side' or '4 trigger
    points, both sides'."""
    points = pattern.points
    what = points[0].name if len(points) == 1 else \
        translate("Session", "{n} trigger points").format(n=len(points))
    where = sides_text(points, translate)
    return translate("Session", "{what}, {where}").format(what=what, where=where)


def plain_place(dataset: Dataset, point: TriggerPoint) -> str:
    """Where a trigger point lies, in plain words: its region's name, or the glossary's plain
    phrase for it ("iliac crest" -> "top rim of the hip bone")."""
    region = dataset.regions.get(point.region)
    if region is None:
        return ""
    place = region.place_name
    if region.place is not None:
        # a translated place: the glossary's plain phrases are English
        return place
    plain = dataset.glossary.plain(place)
    if plain:
        place = plain.removeprefix("the ")
    return place


def pattern_and_card(selection: Selection, rows: tuple[CandidateRow, ...],
                     dataset: Dataset, translate: Translate = untranslated,
                     ) -> tuple[Pattern | None, Card | None, int]:
    """The pattern to draw, the card to show and the selected row (-1: none)."""
    if isinstance(selection, Explore):
        for i, row in enumerate(rows):
            if row.key == selection.key:
                headline = row.explanation
                if row.point_lines:
                    # whole sentences joined by punctuation, the same in either language
                    headline += " " + "; ".join(row.point_lines) + "."
                pattern = Pattern(row.muscle, row.muscle_name, row.points)
                return pattern, Card(row.muscle, row.points, headline), i
        return None, None, -1
    if isinstance(selection, Together):
        muscles = dataset.knowledge.muscles
        first = selection.points[0]
        names = " + ".join(dict.fromkeys(muscles[tp.muscle].name for tp in selection.points))
        others = ", ".join(dict.fromkeys(muscles[tp.muscle].name for tp in selection.points
                                         if tp.muscle != first.muscle))
        own = tuple(tp for tp in selection.points if tp.muscle == first.muscle)
        card = Card(first.muscle, own, translate(
            "Session", "Shown together with {others}: between them they explain the whole "
                       "drawing.").format(others=others))
        return Pattern(first.muscle, names, selection.points), card, -1
    if isinstance(selection, Browse):
        muscle = dataset.knowledge.muscles[selection.muscle]
        points = muscle.points_on(selection.side)
        return Pattern(muscle.id, muscle.name, points), Card(muscle.id, points, None), -1
    return None, None, -1


def status_text(dataset: Dataset, drawing: PainDrawing, rid: str | None,
                translate: Translate = untranslated) -> str:
    """The status bar: the region under the pointer (or focused) and its current level."""
    if rid is None or rid not in dataset.regions:
        return ""
    label = dataset.regions[rid].label
    level = drawing.get(rid)
    if level is None:
        return translate("Session", "{region} — click to mark").format(region=label)
    quality = drawing.quality(rid)
    if quality is Quality.ACHE:
        return translate("Session", "{region} — pain {level} (scroll or +/− to change)") \
            .format(region=label, level=intensity_label(level))
    return translate("Session",
                     "{region} — pain {level}, {quality} (scroll or +/− to change)") \
        .format(region=label, level=intensity_label(level),
                quality=quality_word(quality, translate))


def presentation_text(pattern: Pattern | None, drawing: PainDrawing,
                      translate: Translate = untranslated) -> tuple[str, str]:
    """Title and detail line of presentation mode."""
    if pattern is not None:
        return pattern.muscle_name, pattern_detail(pattern, translate)
    if drawing:
        return (translate("Session", "No muscle selected"),
                translate("Session", "Pick a candidate, or use the arrow keys"))
    return translate("Session", "Mark the painful areas, or pick a muscle"), ""
