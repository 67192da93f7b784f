"""`--figure female|male` on `screenshot` and `handout` (issue 17): a wrong value is refused
with the choices, a figure whose drawings are missing names its folder, and the figure
chosen is the one drawn."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from bodymap import resources
from bodymap.cli import main
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.figures import Figure
from bodymap.gui.screenshot import take_screenshot
from tests.gui.helpers import grey


@pytest.mark.parametrize("command", ["screenshot", "handout"])
def test_a_wrong_figure_is_refused_with_the_choices(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    out = tmp_path / ("x.png" if command == "screenshot" else "x.pdf")
    extra = ["--muscle", "QL"] if command == "handout" else []
    with pytest.raises(SystemExit) as stopped:
        main([command, str(out), *extra, "--figure", "alien"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "--figure" in err and "'alien'" in err and "'male'" in err and "'female'" in err
    assert not out.exists()


@pytest.mark.parametrize("command", ["screenshot", "handout"])
def test_a_missing_female_figure_names_its_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: str) -> None:
    # an installation whose assets lack the female drawings (e.g. an older data pack): the
    # shipped assets copied without assets/female/, found where the installed ones would be
    assets = tmp_path / "assets"
    shutil.copytree(resources.assets_dir(), assets, ignore=shutil.ignore_patterns("female"))
    monkeypatch.setattr(resources, "assets_dir", lambda: assets)
    out = tmp_path / ("x.png" if command == "screenshot" else "x.pdf")
    extra = ["--muscle", "QL"] if command == "handout" else []
    assert main([command, str(out), *extra, "--figure", "female"]) == 2
    err = capsys.readouterr().err
    assert "female figure is not installed" in err
    assert str(assets / "female") in err
    assert not out.exists()


def test_the_shipped_female_figure_is_drawn(tmp_path: Path, qapp: object) -> None:
    shots = {}
    for figure in Figure:
        out = tmp_path / f"{figure.value}.png"
        assert main(["screenshot", str(out), "--size", "900x700", "--select",
                     "left.chest=7", "--figure", figure.value]) == 0
        shots[figure] = QImage(str(out))
    assert shots[Figure.MALE] != shots[Figure.FEMALE]
    pdf = tmp_path / "her.pdf"
    assert main(["handout", str(pdf), "--muscle", "pectoralis major", "--select",
                 "left.chest=7", "--figure", "female"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")



def test_the_screenshot_command_draws_the_figure_asked_for(
        tmp_path: Path, qapp: object, two_figures: Dataset) -> None:
    # what `bodymap screenshot --figure F` runs once --figure is checked, on the stand-in
    drawing = PainDrawing({"left.chest": 7})
    shots = {}
    for figure in Figure:
        out = tmp_path / f"{figure.value}.png"
        assert take_screenshot(two_figures, out, view="front-back", drawing=drawing,
                               muscle=None, size=(900, 700), figure=figure) == 0
        shots[figure] = grey(QImage(str(out)))
    darker = shots[Figure.MALE] - shots[Figure.FEMALE]
    # the stand-in's chest hatch, in both figures of the front-back layout
    assert (darker > 30).sum() > 300
