"""What the session shows, derived from what it holds: pure functions, no state."""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing, Quality, intensity_label
from bodymap.domain.hypotheses import Hypothesis, HypothesisKind
from bodymap.domain.hypothesis_wording import hypothesis_title, point_line
from bodymap.domain.knowledge import TriggerPoint
from bodymap.domain.referral import Ranking, ReferralModel
from bodymap.domain.regions import Side
from bodymap.domain.wording import describe
from bodymap.session.view_model import CandidateRow, Card, CombinationRow, Pattern

#: How many candidates the Explore list offers: enough to scroll, few enough to read.
TOP_CANDIDATES = 12


@dataclass(frozen=True)
class Explore:
    """Showing one ranked hypothesis; follows it (or its muscle) as the drawing changes."""

    key: str
    muscle: str


@dataclass(frozen=True)
class Together:
    """Showing the best combination: several muscles whose patterns together explain it."""

    points: tuple[TriggerPoint, ...]


@dataclass(frozen=True)
class Browse:
    """Showing one muscle picked from the Muscles list, on one side."""

    muscle: str
    side: Side


Selection = Explore | Browse | Together | None


@dataclass(frozen=True)
class Ranked:
    """The ranking of one drawing, and the rows and combination the panel shows for it."""

    drawing: PainDrawing
    ranking: Ranking
    rows: tuple[CandidateRow, ...]
    combination: CombinationRow | None


def rank(model: ReferralModel, dataset: Dataset, drawing: PainDrawing) -> Ranked:
    ranking = model.rank(drawing)
    muscles = dataset.knowledge.muscles
    rows = tuple(_row(h, dataset) for h in ranking.hypotheses[:TOP_CANDIDATES])
    combination = None
    if ranking.combinations:
        cb = ranking.combinations[0]
        names = " + ".join(f"{muscles[t.muscle].name} ({t.side.value})"
                           for t in cb.trigger_points)
        combination = CombinationRow(cb.trigger_points, names, cb.score)
    return Ranked(drawing, ranking, rows, combination)


def _row(h: Hypothesis, dataset: Dataset) -> CandidateRow:
    regions = dataset.regions
    places = list(dict.fromkeys(plain_place(dataset, tp) for tp in h.trigger_points))
    names = ", ".join(tp.name for tp in dict.fromkeys(h.trigger_points))
    where = " and ".join(p for p in places if p)
    sides = {tp.side for tp in h.trigger_points}
    side = "both sides" if len(sides) > 1 else f"{h.trigger_points[0].side.value} side"
    point_text = f"{where} point{'s' if len(h.trigger_points) > 1 else ''}, {side} ({names})" \
        if where else f"{side} ({names})"
    lines = tuple(point_line(role, regions) for role in h.points) \
        if len(h.points) > 1 or h.kind is HypothesisKind.NERVE else ()
    return CandidateRow(h.id, h.muscle, dataset.knowledge.muscles[h.muscle].name,
                        hypothesis_title(h, dataset.knowledge), h.trigger_points, h.score,
                        describe(h.explanation, regions), point_text, lines)


def plain_place(dataset: Dataset, point: TriggerPoint) -> str:
    """Where a trigger point lies, in plain words: its region's name, or the glossary's plain
    phrase for it ("iliac crest" -> "top rim of the hip bone")."""
    region = dataset.regions.get(point.region)
    if region is None:
        return ""
    place = region.label.split(" ", 1)[1] if " " in region.label else region.label
    plain = dataset.glossary.plain(place)
    if plain:
        place = plain.removeprefix("the ")
    return place


def pattern_and_card(selection: Selection, rows: tuple[CandidateRow, ...],
                     dataset: Dataset) -> tuple[Pattern | None, Card | None, int]:
    """The pattern to draw, the card to show and the selected row (-1: none)."""
    if isinstance(selection, Explore):
        for i, row in enumerate(rows):
            if row.key == selection.key:
                headline = row.explanation
                if row.point_lines:
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
        card = Card(first.muscle, own, f"Shown together with {others}: between them they "
                                       "explain the whole drawing.")
        return Pattern(first.muscle, names, selection.points), card, -1
    if isinstance(selection, Browse):
        muscle = dataset.knowledge.muscles[selection.muscle]
        points = muscle.points_on(selection.side)
        return Pattern(muscle.id, muscle.name, points), Card(muscle.id, points, None), -1
    return None, None, -1


def status_text(dataset: Dataset, drawing: PainDrawing, rid: str | None) -> str:
    """The status bar: the region under the pointer (or focused) and its current level."""
    if rid is None or rid not in dataset.regions:
        return ""
    label = dataset.regions[rid].label
    level = drawing.get(rid)
    if level is None:
        return f"{label} — click to mark"
    quality = drawing.quality(rid)
    feel = "" if quality is Quality.ACHE else f", {quality.label}"
    return f"{label} — pain {intensity_label(level)}{feel} (scroll or +/− to change)"


def presentation_text(pattern: Pattern | None, drawing: PainDrawing) -> tuple[str, str]:
    """Title and detail line of presentation mode."""
    if pattern is not None:
        return pattern.muscle_name, pattern.detail
    if drawing:
        return "No muscle selected", "Pick a candidate, or use the arrow keys"
    return "Mark the painful areas, or pick a muscle", ""
