"""Render a view with its muscle layer and trigger-point X marks to PNG, to look at the drawing.

    QT_QPA_PLATFORM=offscreen python -m tools.atlas.render OUT_DIR [--scale 3]
        [--view back] [--muscle quadratus_lumborum] [--crop X0 Y0 X1 Y1] [--figure female]

Writes OUT_DIR/[female-]<view>[-<muscle>].png: the region SVG, the muscle SVG over it (both drawn by
Qt's QSvgRenderer) and a black X at every trigger point of the drawn muscles, where the app puts
it (Atlas.marker_positions). With --crop only that rectangle of view units is drawn, enlarged.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml.ElementTree as SafeET
from PySide6.QtCore import QByteArray, QPointF, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from bodymap.domain.atlas import Atlas, load_atlas
from bodymap.domain.dataset import Dataset, load_dataset
from bodymap.domain.regions import View

ROOT = Path(__file__).resolve().parents[2]
#: Each figure's folder of views (the female one holds shape.json, which moves the markers).
FIGURES = {"male": ROOT / "assets", "female": ROOT / "assets" / "female"}


def _svg(path: Path) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(path.read_bytes()))
    if not renderer.isValid():
        raise SystemExit(f"{path}: Qt cannot render this SVG")
    return renderer


def _figure(figure: str) -> tuple[Dataset, Atlas]:
    # the knowledge base is checked against the base figure; the atlas is the figure's own
    ds = load_dataset(ROOT / "data", ROOT / "assets")
    if figure == "male":
        return ds, ds.atlas
    return ds, load_atlas(FIGURES[figure], ROOT / "data", ds.regions)


def render(view: View, out: Path, scale: float, muscle: str | None,
           crop: tuple[float, float, float, float] | None, figure: str = "male") -> Path:
    ds, atlas = _figure(figure)
    folder = FIGURES[figure]
    av = atlas.views[view]
    x0, y0, x1, y1 = crop or (0.0, 0.0, av.width, av.height)
    image = QImage(int((x1 - x0) * scale), int((y1 - y0) * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Both SVGs share the view's viewBox; draw the whole box so that the crop is a window on it.
    target = QRectF(-x0 * scale, -y0 * scale, av.width * scale, av.height * scale)
    _svg(folder / f"{view.value}.svg").render(painter, target)
    layer = folder / "muscles" / f"{view.value}.svg"
    _layer(layer, muscle).render(painter, target)
    shown = {shape.muscle for shape in av.muscles.values()} if muscle is None else {muscle}
    painter.setPen(QPen(QColor("black"), max(1.0, scale * 0.4)))
    arm = 1.6 * scale
    for mid in sorted(shown):
        for tp in ds.knowledge.muscle(mid).trigger_points:
            p = atlas.marker_positions(tp.region, tp.markers).get(view)
            if p is None:
                continue
            cx, cy = (p[0] - x0) * scale, (p[1] - y0) * scale
            painter.drawLine(QPointF(cx - arm, cy - arm), QPointF(cx + arm, cy + arm))
            painter.drawLine(QPointF(cx - arm, cy + arm), QPointF(cx + arm, cy - arm))
    painter.end()
    out.mkdir(parents=True, exist_ok=True)
    prefix = "" if figure == "male" else f"{figure}-"
    path = out / f"{prefix}{view.value}{'-' + muscle if muscle else ''}.png"
    image.save(str(path))
    return path


def _layer(path: Path, muscle: str | None) -> QSvgRenderer:
    """The muscle layer, or only one muscle's outline and fibres when ``muscle`` is given."""
    if muscle is None:
        return _svg(path)
    ET.register_namespace("", "http://www.w3.org/2000/svg")
    root = SafeET.parse(path).getroot()
    if root is None:
        raise SystemExit(f"{path}: empty SVG")
    prefix = f"muscle.{muscle}."
    for group in root:
        for el in list(group):
            owner = el.get("id") or el.get("data-for") or ""
            if not owner.startswith(prefix):
                group.remove(el)
    renderer = QSvgRenderer(QByteArray(ET.tostring(root)))
    return renderer


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="folder for the PNG files")
    ap.add_argument("--view", choices=[v.value for v in View], help="one view (default: all)")
    ap.add_argument("--muscle", help="only this muscle's outline and X marks")
    ap.add_argument("--scale", type=float, default=2.0, help="pixels per view unit")
    ap.add_argument("--crop", type=float, nargs=4, metavar=("X0", "Y0", "X1", "Y1"))
    ap.add_argument("--figure", choices=sorted(FIGURES), default="male",
                    help="which figure to draw (default: male)")
    args = ap.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    views = [View(args.view)] if args.view else list(View)
    for view in views:
        crop = (args.crop[0], args.crop[1], args.crop[2], args.crop[3]) if args.crop else None
        print(render(view, args.out, args.scale, args.muscle, crop, args.figure))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
