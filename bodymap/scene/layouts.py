"""Which figures the map shows side by side, and the close-ups of the small parts. No Qt here:
the CLI checks `--view` with it before loading any of Qt."""

from __future__ import annotations

from enum import StrEnum

from bodymap.domain.records import record
from bodymap.domain.regions import View
from bodymap.i18n import QT_TRANSLATE_NOOP

#: x0, y0, x1, y1 in a view's SVG units (docs/atlas-format.md)
Crop = tuple[float, float, float, float]


@record
class Panel:
    """One figure of a layout: a whole view, or a close-up (``crop``) of part of it, drawn at
    ``scale`` relative to the layout's other panels."""

    view: View
    crop: Crop | None = None
    scale: float = 1.0
    title: str = ""

    @property
    def caption(self) -> str:
        """The close-up's caption in English; translate it in the "Layout" context."""
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
        """The menu name in English; translate it in the "Layout" context."""
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
        Panel(View.FRONT, (141, 20, 259, 168), 1.0,
              QT_TRANSLATE_NOOP("Layout", "Face and front of neck")),
        Panel(View.LEFT, (98, 20, 204, 165), 1.0, QT_TRANSLATE_NOOP("Layout", "Left side of head")),
        Panel(View.BACK, (151, 20, 249, 157), 0.6, QT_TRANSLATE_NOOP("Layout", "Back of head")),
    ),
    Layout.HANDS: (
        Panel(View.FRONT, (43, 387, 103, 483), 1.0, QT_TRANSLATE_NOOP("Layout", "Right palm")),
        Panel(View.FRONT, (297, 387, 357, 483), 1.0, QT_TRANSLATE_NOOP("Layout", "Left palm")),
        Panel(View.BACK, (43, 387, 103, 483), 1.0,
              QT_TRANSLATE_NOOP("Layout", "Back of left hand")),
        Panel(View.BACK, (297, 387, 357, 483), 1.0,
              QT_TRANSLATE_NOOP("Layout", "Back of right hand")),
    ),
    Layout.FEET: (
        Panel(View.FRONT, (138, 698, 200, 780), 1.0, QT_TRANSLATE_NOOP("Layout", "Right, top")),
        Panel(View.FRONT, (200, 698, 262, 780), 1.0, QT_TRANSLATE_NOOP("Layout", "Left, top")),
        Panel(View.SOLES, (99, 17, 301, 224), 0.5, QT_TRANSLATE_NOOP("Layout", "Soles")),
        Panel(View.RIGHT, (113, 701, 234, 781), 1.0,
              QT_TRANSLATE_NOOP("Layout", "Right, outer side")),
        Panel(View.LEFT, (66, 701, 187, 781), 1.0, QT_TRANSLATE_NOOP("Layout", "Left, outer side")),
    ),
}
_LAYOUT_LABELS = {
    Layout.FRONT_BACK: QT_TRANSLATE_NOOP("Layout", "Front and back"),
    Layout.SIDES: QT_TRANSLATE_NOOP("Layout", "Sides"),
    Layout.SOLES: QT_TRANSLATE_NOOP("Layout", "Soles"),
    Layout.FRONT: QT_TRANSLATE_NOOP("Layout", "Front"),
    Layout.BACK: QT_TRANSLATE_NOOP("Layout", "Back"),
    Layout.LEFT: QT_TRANSLATE_NOOP("Layout", "Left side"),
    Layout.RIGHT: QT_TRANSLATE_NOOP("Layout", "Right side"),
    Layout.HEAD: QT_TRANSLATE_NOOP("Layout", "Head and neck"),
    Layout.HANDS: QT_TRANSLATE_NOOP("Layout", "Hands"),
    Layout.FEET: QT_TRANSLATE_NOOP("Layout", "Feet"),
}
