"""What the window shows, as immutable values: the session builds one after every change.

Widgets render these and nothing else; none keeps its own copy of the drawing or the
selection. Fields are plain values, so a widget can skip work when its part is unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bodymap.domain.drawing import PainDrawing
from bodymap.domain.figures import Figure
from bodymap.domain.records import record
from bodymap.domain.regions import Side
from bodymap.scene.layouts import Layout

if TYPE_CHECKING:
    # (the muscles' classes come with the muscles, after the first paint: knowledge_base)
    from bodymap.domain.knowledge import TriggerPoint
    from bodymap.domain.safety import Alert  # (the rules are read when first needed)


@record
class Overlays:
    """Which parts of a referral pattern are drawn."""

    essential: bool = True
    spillover: bool = True
    markers: bool = True
    muscle: bool = True


@record
class Pattern:
    """A muscle's trigger points on one side, with their zones merged."""

    muscle: str
    muscle_name: str
    points: tuple[TriggerPoint, ...]

    @property
    def essential(self) -> frozenset[str]:
        return frozenset().union(*(tp.essential for tp in self.points))

    @property
    def spillover(self) -> frozenset[str]:
        return frozenset().union(*(tp.spillover for tp in self.points)) - self.essential

    @property
    def side(self) -> Side:
        return self.points[0].side


@record
class CandidateRow:
    """One line of the Explore list: a hypothesis (a muscle on one side or both, or a nerve
    squeezed by a muscle), plain words first and the anatomical names after."""

    key: str                           # the hypothesis id: stable while the drawing changes
    muscle: str                        # the muscle (for a nerve: the one that squeezes it)
    muscle_name: str
    title: str                         # 'Gluteus medius, both sides', 'May be the sciatic nerve...'
    points: tuple[TriggerPoint, ...]   # the trigger points the hypothesis uses
    score: float
    explanation: str                   # what the whole hypothesis explains, in words
    point_text: str                    # where its points lie, in plain words
    point_lines: tuple[str, ...] = ()  # per point: which painful regions it explains

    @property
    def point(self) -> TriggerPoint:
        """The first (best) trigger point of the hypothesis."""
        return self.points[0]


@record
class CombinationRow:
    points: tuple[TriggerPoint, ...]
    text: str
    score: float


@record
class Card:
    """The muscle card: which muscle, which of its points, and the sentence on top."""

    muscle: str
    points: tuple[TriggerPoint, ...]
    headline: str | None


@record
class ViewModel:
    # the map
    drawing: PainDrawing
    layout: Layout
    figure: Figure                     # the body figure the map is drawn on
    hovered: str | None
    focused: str | None
    overlays: Overlays
    pattern: Pattern | None
    mirror: bool
    # the panel
    candidates: tuple[CandidateRow, ...]
    selected: int                      # row in candidates, or -1
    combination: CombinationRow | None
    card: Card | None                  # None: the welcome text
    browse_side: Side
    alerts: tuple[Alert, ...]
    ticked: frozenset[str]
    suggest_red_flags: bool            # a watched area is marked: "check the red flags"
    # what a press on the hovered region would show (Session.foresee), which the window
    # prepares before the press: the candidate selected then (None: nothing foreseen for
    # this drawing and region, or no candidate) and all the rows
    foreseen: CandidateRow | None
    foreseen_rows: tuple[CandidateRow, ...]
    foreseen_combination: CombinationRow | None  # the combination that press would offer
    # the chrome
    status: str
    count: str
    title: str
    presenting: bool
    presentation_title: str
    presentation_detail: str
    can_undo: bool
    can_redo: bool
    undo_text: str
    redo_text: str
