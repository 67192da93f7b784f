"""Small pieces that make bodymap behave like a desktop program: its icon, its log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPainter

from bodymap.logs import log, log_dir, short_path
from bodymap.resources import package_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_dir() -> Path:
    return package_dir() / "icons"


def icon_svg() -> Path:
    return icon_dir() / "bodymap.svg"


def icon_png(size: int) -> Path:
    return icon_dir() / f"bodymap-{size}.png"


def render_icon(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent size x size image (`make icons` commits these)."""
    from PySide6.QtSvg import QSvgRenderer  # `make icons` only: not on the app's start path

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def app_icon() -> QIcon:
    """The window icon: the pre-rendered PNGs (crisp at small sizes) plus the SVG."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = icon_png(size)
        if png.is_file():
            icon.addFile(str(png))
    svg = icon_svg()
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def open_log_folder() -> bool:
    """Help -> Open log folder: show the log files in the desktop's file manager."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    opened = bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    if not opened:
        log.warning("the desktop could not open the log folder %s", short_path(folder))
    return opened
