"""A stand-in for the female figure while its real drawings are made elsewhere: a copy of
the male assets in ``<assets>/female/`` with a hatch of lines across the chest of every view
(an SVG ``detail`` the male figure does not have), so a test can tell from what is drawn which
figure a map, export or handout was drawn on. Real files, loaded by the real loader."""

from __future__ import annotations

import shutil
from pathlib import Path

from bodymap.domain.regions import View

#: the chest hatch's first line in each view: only the stand-in female figure has it
_HATCH_X = {View.FRONT: (150.0, 250.0), View.BACK: (150.0, 250.0), View.LEFT: (110.0, 190.0),
            View.RIGHT: (110.0, 190.0), View.SOLES: (120.0, 280.0)}
_HATCH_TOP = {View.SOLES: 60.0}


def hatch_d(view: View) -> str:
    """The path data of the stand-in's chest hatch in ``view`` (16 lines, 4 units apart)."""
    x0, x1 = _HATCH_X[view]
    top = _HATCH_TOP.get(view, 200.0)
    return " ".join(f"M{x0:g} {top + 4 * i:g} L{x1:g} {top + 4 * i:g}" for i in range(16))


def make_two_figure_assets(source: Path, target: Path) -> Path:
    """``target`` becomes an assets folder with the male figure of ``source`` and the
    stand-in female figure in ``target/female``; returns ``target``."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("female"))
    female = target / "female"
    female.mkdir()
    shutil.copytree(source / "muscles", female / "muscles")
    for view in View:
        text = (source / f"{view.value}.svg").read_text(encoding="utf-8")
        hatch = f'  <path class="detail" d="{hatch_d(view)}"/>\n</svg>'
        (female / f"{view.value}.svg").write_text(text.replace("</svg>", hatch, 1),
                                                  encoding="utf-8")
    return target
