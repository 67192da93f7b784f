"""Which figures the map shows side by side. No Qt here: the CLI checks `--view` with it
before loading any of Qt."""

from __future__ import annotations

from enum import StrEnum

from bodymap.domain.regions import View


class Layout(StrEnum):
    FRONT_BACK = "front-back"
    SIDES = "sides"
    SOLES = "soles"
    FRONT = "front"
    BACK = "back"
    LEFT = "left"
    RIGHT = "right"

    @property
    def views(self) -> tuple[View, ...]:
        return _LAYOUT_VIEWS[self]

    @property
    def label(self) -> str:
        return _LAYOUT_LABELS[self]


_LAYOUT_VIEWS = {
    Layout.FRONT_BACK: (View.FRONT, View.BACK),
    Layout.SIDES: (View.RIGHT, View.LEFT),
    Layout.SOLES: (View.SOLES,),
    Layout.FRONT: (View.FRONT,),
    Layout.BACK: (View.BACK,),
    Layout.LEFT: (View.LEFT,),
    Layout.RIGHT: (View.RIGHT,),
}
_LAYOUT_LABELS = {
    Layout.FRONT_BACK: "Front and back",
    Layout.SIDES: "Sides",
    Layout.SOLES: "Soles",
    Layout.FRONT: "Front",
    Layout.BACK: "Back",
    Layout.LEFT: "Left side",
    Layout.RIGHT: "Right side",
}
