"""Small pieces that make bodymap behave like a desktop program: its icon, its log folder."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QIcon

from bodymap.logs import log, log_dir, short_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_dir() -> Path:
    return Path(str(files("bodymap").joinpath("icons")))


def app_icon() -> QIcon:
    """The window icon: the pre-rendered PNGs (crisp at small sizes) plus the SVG."""
    icon = QIcon()
    folder = icon_dir()
    for size in ICON_SIZES:
        png = folder / f"bodymap-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "bodymap.svg"
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
