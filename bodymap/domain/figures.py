"""Which body figure a chart is drawn on: the male figure (``assets/``) or the female one
(``assets/female/``). Both carry the same region ids, so drawings, visits, the knowledge base
and the model do not depend on the figure; only the geometry does."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Figure(StrEnum):
    MALE = "male"
    FEMALE = "female"


#: where each figure's drawings live, relative to the assets folder
_FOLDERS = {Figure.MALE: ".", Figure.FEMALE: "female"}


def figure_folder(assets: Path, figure: Figure) -> Path:
    """The folder holding ``figure``'s views (``<view>.svg``) and muscle layer (``muscles/``)."""
    sub = _FOLDERS[figure]
    return assets if sub == "." else assets / sub


class FigureNotInstalledError(LookupError):
    """The dataset was loaded without this figure's drawings (its folder was missing)."""

    def __init__(self, figure: Figure) -> None:
        self.figure = figure
        super().__init__(
            f"the {figure.value} figure is not installed: its folder of drawings "
            f"(assets/{_FOLDERS[figure]}/: front, back, left, right and soles .svg and "
            "muscles/) was not found. Reinstall bodymap, or choose another figure")
