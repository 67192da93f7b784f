"""Render a body chart (drawing + chosen pattern) without a window, for export and print."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import TriggerPoint
from bodymap.report.chart import paint_scene
from bodymap.scene.layouts import Layout
from bodymap.scene.scene import Scene, build_scene


def render_scene_image(scene: Scene, height: int = 1400) -> QImage:
    _, _, bw, bh = scene.figures.bounds
    size = QSize(max(1, round(height * bw / bh)), height)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_scene(painter, scene, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def write_scene_png(path: Path, scene: Scene) -> None:
    image = render_scene_image(scene)
    writer = QImageWriter(str(path), QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"could not write {path}: {writer.errorString()}")


def write_scene_svg(path: Path, scene: Scene) -> None:
    _, _, bw, bh = scene.figures.bounds
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(round(bw), round(bh)))
    gen.setViewBox(QRectF(0, 0, bw, bh))
    gen.setTitle(scene.title or "bodymap")
    gen.setDescription("Pain drawing and referral patterns exported from bodymap")
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError(f"could not write {path}")
    painter.fillRect(QRectF(0, 0, bw, bh), QColor("white"))
    paint_scene(painter, scene, QRectF(0, 0, bw, bh))
    painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")


def write_scene(path: Path, scene: Scene) -> None:
    """PNG or SVG, by the file's extension."""
    if path.suffix.lower() == ".svg":
        write_scene_svg(path, scene)
    else:
        write_scene_png(path, scene)


def render_map_image(dataset: Dataset, drawing: Mapping[str, int],
                     points: Sequence[TriggerPoint] = (),
                     layout: Layout = Layout.FRONT_BACK, height: int = 1400) -> QImage:
    """A drawing (and optionally a pattern) as an image: the scene of the same inputs."""
    pain = drawing if isinstance(drawing, PainDrawing) else PainDrawing(drawing)
    return render_scene_image(build_scene(dataset.atlas, layout, pain, points), height)
