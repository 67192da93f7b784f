"""`bodymap screenshot`: render the real main window offscreen to a PNG."""

from __future__ import annotations

import struct
import tempfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.figures import Figure
from bodymap.gui.offscreen import ensure_platform, quiet_offscreen_noise

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

#: zlib's fastest level. Measured on four screenshots of 1280x720 and 1400x900 (issue 15,
#: bench/FIGURES.md): png_bytes takes 7-11 ms where Qt's PNG writer took 28-42 ms, and its
#: files are as small as Qt's or up to 5 % smaller (unfiltered rows suit a window's flat
#: colours); zlib level 6 would save another 7-10 % of the size for twice the time.
PNG_LEVEL = 1
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def take_screenshot(dataset: Dataset, out: Path, view: str | None,
                    drawing: PainDrawing, muscle: str | None,
                    size: tuple[int, int], figure: Figure = Figure.MALE,
                    *, tidy: bool = True) -> int:
    """Write the main window, as ``view``, ``drawing`` and ``muscle`` show it, to ``out``.

    ``tidy``: close and delete the window once the file is written, as a caller that goes
    on running needs. `bodymap screenshot` passes False: its process ends right after, and
    closing a window nobody sees cost it 3-8 ms.
    """
    ensure_platform()
    quiet_offscreen_noise()
    from PySide6.QtCore import QCoreApplication, QSettings

    from bodymap.gui.app import application
    from bodymap.gui.main_window import MainWindow
    from bodymap.report.output import shown_path, write_private_bytes
    from bodymap.scene.layouts import Layout

    app = application()
    layout = Layout(view) if view else Layout.FRONT_BACK
    with tempfile.TemporaryDirectory() as tmp:
        # a throwaway settings file: a screenshot never changes the user's saved window state
        settings = QSettings(str(Path(tmp) / "screenshot.ini"), QSettings.Format.IniFormat)
        window = MainWindow(dataset, settings)
        try:
            window.resize(*size)
            session = window.session
            session.set_layout(layout)
            session.set_figure(figure)
            session.open_drawing(drawing)
            window.show()
            app.processEvents()
            if muscle:
                window.panel.show_muscles()
                session.select_muscle(muscle)
            app.processEvents()
            window.body_map.fit()
            app.processEvents()
            png = png_bytes(window.grab().toImage())
            if not png:
                raise OSError(f"could not write {shown_path(out)}: the screenshot came out "
                              "empty")
            # owner-only, under its exact name: a screenshot shows a client's drawing
            write_private_bytes(out, png)
        finally:
            if tidy:
                window.close()
                window.deleteLater()
                app.processEvents()
    # the command line's word, in --lang's language (the translators are installed)
    print(QCoreApplication.translate("Cli", "wrote {path}").format(path=shown_path(out)))
    return 0


def png_bytes(image: QImage, level: int = PNG_LEVEL) -> bytes:
    """``image`` as the bytes of a lossless PNG file: 8-bit RGB, or RGBA when the image has
    an alpha channel; its resolution kept (pHYs), as Qt's own PNG writer keeps it.

    Qt's writer (libpng) was the slowest step of a screenshot after start-up: 28-42 ms for
    1400x900, and still ~20 ms with compression off, so most of it is libpng's work per row
    rather than zlib's. Here the rows go to zlib unfiltered (PNG filter type 0), which
    suits a window's flat colours: files no larger than Qt's, in 7-11 ms. A null image
    gives b"".
    """
    from PySide6.QtGui import QImage

    if image.isNull():
        return b""
    alpha = image.hasAlphaChannel()
    # non-premultiplied, byte order R G B (A) whatever the machine's endianness: PNG's own
    pixels = image.convertToFormat(QImage.Format.Format_RGBA8888 if alpha
                                   else QImage.Format.Format_RGB888)
    width, height, stride = pixels.width(), pixels.height(), pixels.bytesPerLine()
    row = width * (4 if alpha else 3)  # Qt pads each line to 4 bytes; PNG does not
    bits = memoryview(pixels.constBits()).cast("B")
    # each row goes to zlib as it is (after its filter-type byte), never copied into one
    # long buffer first: that copy took a third as long as the compression itself
    deflate = zlib.compressobj(level)
    compressed = [piece for y in range(height)
                  for piece in (deflate.compress(b"\0"),
                                deflate.compress(bits[y * stride:y * stride + row]))]
    compressed.append(deflate.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    chunks = [_png_chunk(b"IHDR", header)]
    if pixels.dotsPerMeterX() > 0 and pixels.dotsPerMeterY() > 0:
        chunks.append(_png_chunk(b"pHYs", struct.pack(
            ">IIB", pixels.dotsPerMeterX(), pixels.dotsPerMeterY(), 1)))  # 1: per metre
    chunks.append(_png_chunk(b"IDAT", b"".join(compressed)))
    chunks.append(_png_chunk(b"IEND", b""))
    return _PNG_SIGNATURE + b"".join(chunks)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, and the CRC-32 of type and data."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(data, zlib.crc32(kind)))
