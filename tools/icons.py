"""Render bodymap/icons/bodymap.svg to the PNG sizes desktops ask for (`make icons`).

The PNGs are committed so that installing the menu entry needs no Qt; a test checks they
are up to date with the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ICON_DIR = Path(__file__).resolve().parent.parent / "bodymap" / "icons"
SVG = ICON_DIR / "bodymap.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_path(size: int) -> Path:
    return ICON_DIR / f"bodymap-{size}.png"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        out = png_path(size)
        if not render(SVG, size).save(str(out)):
            raise SystemExit(f"cannot write {out}")
        print(f"wrote {out.relative_to(ICON_DIR.parent.parent)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
