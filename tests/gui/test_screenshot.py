from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from bodymap.cli import main


@pytest.mark.parametrize(
    "argv",
    [["--muscle", "trapezius"], ["--view", "sides", "--select", "left.temple=8"],
     ["--view", "soles", "--select", "left.heel_pad,right.arch"]],
)
def test_screenshot_renders_the_window(tmp_path: Path, qapp, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shot.png"
    assert main(["screenshot", str(out), "--size", "1200x800", *argv]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 800, 37)}
    assert len(colours) > 8, "the screenshot is not blank"
