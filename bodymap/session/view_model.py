"""What the window shows, as immutable values: the session builds one after every change.

Widgets render these and nothing else; none keeps its own copy of the drawing or the
selection. Fields are plain values, so a widget can skip work when its part is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import TriggerPoint
from bodymap.domain.regions import Side
from bodymap.domain.safety import Alert
from bodymap.scene.layouts import Layout


@dataclass(frozen=True)
class Overlays:
    """Which parts of a referral pattern are drawn."""

    essential: bool = True
    spillover: bool = True
    markers: bool = True
    muscle: bool = True


@dataclass(frozen=True)
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

    @property
    def detail(self) -> str:
        """'upper point (TP1), left side' or '4 trigger points, left side'."""
        what = self.points[0].name if len(self.points) == 1 else \
            f"{len(self.points)} trigger points"
        return f"{what}, {self.side.value} side"


@dataclass(frozen=True)
class CandidateRow:
    """One line of the Explore list: plain words first, the anatomical names after."""

    muscle: str
    muscle_name: str
    point: TriggerPoint
    score: float
    explanation: str
    place: str = ""     # where the point lies, in plain words: "top rim of the hip bone"

    @property
    def title(self) -> str:
        return self.muscle_name

    @property
    def point_text(self) -> str:
        """'upper buttock point, left side (Posterior point, TP1)'."""
        where = f"{self.place} point, " if self.place else ""
        return f"{where}{self.point.side.value} side ({self.point.name})"


@dataclass(frozen=True)
class CombinationRow:
    points: tuple[TriggerPoint, ...]
    text: str
    score: float


@dataclass(frozen=True)
class Card:
    """The muscle card: which muscle, which of its points, and the sentence on top."""

    muscle: str
    points: tuple[TriggerPoint, ...]
    headline: str | None


@dataclass(frozen=True)
class ViewModel:
    # the map
    drawing: PainDrawing
    layout: Layout
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
