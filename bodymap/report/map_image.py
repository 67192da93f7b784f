"""Render a body chart (drawing + chosen pattern) without a window, for export and print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator

from bodymap.report.chart import (
    caption_height,
    caption_width,
    legend_height,
    paint_caption,
    paint_legend,
    paint_scene,
)
from bodymap.report.output import qt_buffer, shown_path, write_private_bytes
from bodymap.scene.scene import Scene


def render_scene_image(scene: Scene, height: int = 1400, caption: str = "",
                       legend: bool = False,
                       source: tuple[float, float, float, float] | None = None) -> QImage:
    """The chart (or its ``source`` rectangle, for a close-up) ``height`` pixels tall, with an
    optional caption above and legend below."""
    _, _, bw, bh = source or scene.figures.bounds
    top = caption_height(caption, height)
    bottom = legend_height(scene, height) if legend else 0.0
    width = max(1, round(height * bw / bh))
    if legend and scene.legend:
        width = max(width, round(height * 0.55))  # room for the legend's words
    width = max(width, round(caption_width(caption, height)))
    size = QSize(width, round(height + top + bottom))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    if caption:
        paint_caption(painter, caption, QRectF(0, 0, width, top))
    paint_scene(painter, scene, QRectF(0, top, width, height), source)
    if legend:
        paint_legend(painter, scene, QRectF(0, top + height, width, bottom))
    painter.end()
    return image


def write_scene_png(path: Path, scene: Scene, caption: str = "") -> None:
    image = render_scene_image(scene, caption=caption, legend=True)
    with qt_buffer() as buffer:
        writer = QImageWriter(buffer, QByteArray(b"png"))
        if not writer.write(image):
            raise OSError(f"could not write {shown_path(path)}: {writer.errorString()}")
        png = bytes(buffer.data().data())
    write_private_bytes(path, png)  # owner-only: the image shows a client's drawing


def write_scene_svg(path: Path, scene: Scene, caption: str = "") -> None:
    _, _, bw, chart_h = scene.figures.bounds
    top = caption_height(caption, chart_h * 1.6) / 1.6
    bottom = legend_height(scene, chart_h * 1.6) / 1.6
    bw = max(bw, chart_h * 0.55) if scene.legend else bw
    bw = max(bw, caption_width(caption, chart_h * 1.6) / 1.6)
    bh = chart_h + top + bottom
    gen = QSvgGenerator()
    buffer = QBuffer()  # its own byte array: a temporary one passed in is freed under it
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen.setOutputDevice(buffer)
    gen.setSize(QSize(round(bw), round(bh)))
    gen.setViewBox(QRectF(0, 0, bw, bh))
    gen.setTitle(caption or scene.title or "bodymap")
    gen.setDescription("Pain drawing and referral patterns exported from bodymap")
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError(f"could not write {shown_path(path)}")
    painter.fillRect(QRectF(0, 0, bw, bh), QColor("white"))
    if caption:
        paint_caption(painter, caption, QRectF(0, 0, bw, top))
    paint_scene(painter, scene, QRectF(0, top, bw, chart_h))
    paint_legend(painter, scene, QRectF(0, top + chart_h, bw, bottom))
    painter.end()
    svg = bytes(buffer.data().data())
    buffer.close()
    if not svg:
        raise OSError(f"could not write {shown_path(path)}: the drawing came out empty")
    write_private_bytes(path, svg)  # owner-only: the image shows a client's drawing


def write_scene(path: Path, scene: Scene, caption: str = "") -> None:
    """PNG or SVG, by the file's extension, with the caption above and the legend below."""
    if path.suffix.lower() == ".svg":
        write_scene_svg(path, scene, caption)
    else:
        write_scene_png(path, scene, caption)
