"""Which figures the map shows side by side, and the close-ups of the small parts. No Qt here:
the CLI checks `--view` with it before loading any of Qt."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bodymap.domain.regions import View

#: x0, y0, x1, y1 in a view's SVG units (docs/atlas-format.md)
Crop = tuple[float, float, float, float]


@dataclass(frozen=True)
class Panel:
    """One figure of a layout: a whole view, or a close-up (``crop``) of part of it, drawn at
    ``scale`` relative to the layout's other panels."""

    view: View
    crop: Crop | None = None
    scale: float = 1.0
    title: str = ""

    @property
    def caption(self) -> str:
        return self.title or self.view.label


class Layout(StrEnum):
    FRONT_BACK = "front-back"
    SIDES = "sides"
    SOLES = "soles"
    FRONT = "front"
    BACK = "back"
    LEFT = "left"
    RIGHT = "right"
    HEAD = "head"
    HANDS = "hands"
    FEET = "feet"

    @property
    def panels(self) -> tuple[Panel, ...]:
        return _LAYOUT_PANELS[self]

    @property
    def views(self) -> tuple[View, ...]:
        return tuple(p.view for p in self.panels)

    @property
    def label(self) -> str:
        return _LAYOUT_LABELS[self]

    @property
    def is_detail(self) -> bool:
        """A close-up of small parts (head, hands, feet) rather than whole figures."""
        return any(p.crop is not None for p in self.panels)


def _whole(*views: View) -> tuple[Panel, ...]:
    return tuple(Panel(v) for v in views)


# Close-ups, so that the small regions of the head, hands and feet are large enough to hit and
# read at the default window size (a test measures them). Crops frame each part's regions
# with a small margin; a panel that only adds context is drawn smaller.
_LAYOUT_PANELS: dict[Layout, tuple[Panel, ...]] = {
    Layout.FRONT_BACK: _whole(View.FRONT, View.BACK),
    Layout.SIDES: _whole(View.RIGHT, View.LEFT),
    Layout.SOLES: _whole(View.SOLES),
    Layout.FRONT: _whole(View.FRONT),
    Layout.BACK: _whole(View.BACK),
    Layout.LEFT: _whole(View.LEFT),
    Layout.RIGHT: _whole(View.RIGHT),
    Layout.HEAD: (
        Panel(View.FRONT, (141, 20, 259, 168), 1.0, "Face and front of neck"),
        Panel(View.LEFT, (98, 20, 204, 165), 1.0, "Left side of head"),
        Panel(View.BACK, (151, 20, 249, 157), 0.6, "Back of head"),
    ),
    Layout.HANDS: (
        Panel(View.FRONT, (43, 387, 103, 483), 1.0, "Right palm"),
        Panel(View.FRONT, (297, 387, 357, 483), 1.0, "Left palm"),
        Panel(View.BACK, (43, 387, 103, 483), 1.0, "Back of left hand"),
        Panel(View.BACK, (297, 387, 357, 483), 1.0, "Back of right hand"),
    ),
    Layout.FEET: (
        Panel(View.FRONT, (138, 698, 200, 780), 1.0, "Right, top"),
        Panel(View.FRONT, (200, 698, 262, 780), 1.0, "Left, top"),
        Panel(View.SOLES, (99, 17, 301, 224), 0.5, "Soles"),
        Panel(View.RIGHT, (113, 701, 234, 781), 1.0, "Right, outer side"),
        Panel(View.LEFT, (66, 701, 187, 781), 1.0, "Left, outer side"),
    ),
}
_LAYOUT_LABELS = {
    Layout.FRONT_BACK: "Front and back",
    Layout.SIDES: "Sides",
    Layout.SOLES: "Soles",
    Layout.FRONT: "Front",
    Layout.BACK: "Back",
    Layout.LEFT: "Left side",
    Layout.RIGHT: "Right side",
    Layout.HEAD: "Head and neck",
    Layout.HANDS: "Hands",
    Layout.FEET: "Feet",
}
