"""Render the body map (drawing + chosen patterns) without a window, for export and print."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import TriggerPoint
from bodymap.gui.body_map import BodyMapView
from bodymap.gui.drawing_state import DrawingState
from bodymap.gui.layouts import Layout
from bodymap.report.output import qt_buffer, shown_path, write_private_bytes


class _Scene:
    """A body map view that is never shown: only its scene is painted."""

    def __init__(self, dataset: Dataset, drawing: Mapping[str, int],
                 points: Sequence[TriggerPoint], layout: Layout) -> None:
        self.state = DrawingState()
        self.state.replace(PainDrawing(drawing))
        self.view = BodyMapView(dataset.atlas, dataset.regions, self.state)
        self.view.set_layout(layout)
        self.view.show_pattern(points)

    def paint(self, painter: QPainter, target: QRectF) -> None:
        scene = self.view.scene()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, target, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def aspect(self) -> float:
        r = self.view.scene().sceneRect()
        return r.width() / r.height()

    def close(self) -> None:
        self.view.deleteLater()
        self.state.deleteLater()


def render_map_image(dataset: Dataset, drawing: Mapping[str, int],
                     points: Sequence[TriggerPoint] = (),
                     layout: Layout = Layout.FRONT_BACK, height: int = 1400) -> QImage:
    scene = _Scene(dataset, drawing, points, layout)
    try:
        size = QSize(round(height * scene.aspect()), height)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.paint(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image
    finally:
        scene.close()


def write_map_png(path: Path, dataset: Dataset, drawing: Mapping[str, int],
                  points: Sequence[TriggerPoint] = (),
                  layout: Layout = Layout.FRONT_BACK) -> None:
    image = render_map_image(dataset, drawing, points, layout)
    with qt_buffer() as buffer:
        writer = QImageWriter(buffer, QByteArray(b"png"))
        if not writer.write(image):
            raise OSError(f"could not write {shown_path(path)}: {writer.errorString()}")
        png = bytes(buffer.data().data())
    write_private_bytes(path, png)  # owner-only: the image shows a client's drawing


def write_map_svg(path: Path, dataset: Dataset, drawing: Mapping[str, int],
                  points: Sequence[TriggerPoint] = (),
                  layout: Layout = Layout.FRONT_BACK) -> None:
    scene = _Scene(dataset, drawing, points, layout)
    try:
        rect = scene.view.scene().sceneRect()
        gen = QSvgGenerator()
        buffer = QBuffer()  # its own byte array: a temporary one passed in is freed under it
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        gen.setOutputDevice(buffer)
        gen.setSize(QSize(round(rect.width()), round(rect.height())))
        gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        gen.setTitle("bodymap")
        gen.setDescription("Pain drawing and referral patterns exported from bodymap")
        painter = QPainter()
        if not painter.begin(gen):
            raise OSError(f"could not write {shown_path(path)}")
        painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor("white"))
        scene.paint(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.end()
        svg = bytes(buffer.data().data())
        buffer.close()
    finally:
        scene.close()
    if not svg:
        raise OSError(f"could not write {shown_path(path)}: the drawing came out empty")
    write_private_bytes(path, svg)
