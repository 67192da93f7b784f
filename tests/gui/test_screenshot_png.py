"""The screenshot's own PNG encoder (bodymap.gui.screenshot.png_bytes): a valid file that
holds exactly the pixels it was given, read back both by Qt and by the PNG format's rules."""

from __future__ import annotations

import struct
import zlib

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from bodymap.gui.main_window import MainWindow
from bodymap.gui.screenshot import png_bytes

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    """(type, data) of each chunk, every CRC checked: what any PNG reader does first."""
    assert png.startswith(SIGNATURE)
    found, at = [], len(SIGNATURE)
    while at < len(png):
        (length,) = struct.unpack(">I", png[at:at + 4])
        kind, data = png[at + 4:at + 8], png[at + 8:at + 8 + length]
        (crc,) = struct.unpack(">I", png[at + 8 + length:at + 12 + length])
        assert crc == zlib.crc32(kind + data), f"bad CRC in {kind!r}"
        found.append((kind, data))
        at += 12 + length
    assert at == len(png)
    return found


def decoded(png: bytes) -> QImage:
    image = QImage.fromData(png)  # the format found from the signature, as any viewer does
    assert not image.isNull(), "Qt cannot read the PNG"
    return image


def test_every_pixel_comes_back_from_an_odd_sized_opaque_image(qapp) -> None:  # type: ignore[no-untyped-def]
    # 201 px wide: Qt pads each line of RGB888 to 604 bytes, PNG rows have 603
    image = QImage(201, 37, QImage.Format.Format_RGB32)
    for y in range(37):
        for x in range(201):
            image.setPixel(x, y, QColor((x * 7) % 256, (y * 13) % 256, (x * y) % 256).rgb())
    png = png_bytes(image)
    kinds = [kind for kind, _ in chunks(png)]
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"IDAT" in kinds
    width, height, depth, colour, _, _, interlace = struct.unpack(
        ">IIBBBBB", dict(chunks(png))[b"IHDR"])
    assert (width, height, depth, colour, interlace) == (201, 37, 8, 2, 0)  # 8-bit RGB
    rows = zlib.decompress(b"".join(d for k, d in chunks(png) if k == b"IDAT"))
    assert len(rows) == 37 * (1 + 201 * 3)
    assert decoded(png).convertToFormat(QImage.Format.Format_RGB32) == image


def test_transparency_is_kept_when_the_image_has_it(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(64, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    for x in range(64):
        image.setPixel(x, x % 48, QColor(200, x * 4, 30, x * 4).rgba())
    png = png_bytes(image)
    assert dict(chunks(png))[b"IHDR"][9] == 6  # colour type 6: RGBA
    assert decoded(png).convertToFormat(QImage.Format.Format_ARGB32) == image


def test_the_resolution_is_kept_as_qt_keeps_it(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(5905)  # 150 dpi
    image.setDotsPerMeterY(3780)
    back = decoded(png_bytes(image))
    assert (back.dotsPerMeterX(), back.dotsPerMeterY()) == (5905, 3780)


def test_a_null_image_gives_no_bytes(qapp) -> None:  # type: ignore[no-untyped-def]
    assert png_bytes(QImage()) == b""


@pytest.mark.parametrize("level", [1, 9])
def test_the_main_window_comes_back_pixel_for_pixel(window: MainWindow, level: int) -> None:
    grabbed = window.grab().toImage()
    painter = QPainter(grabbed)  # and something no theme draws: a one-pixel diagonal
    painter.setPen(QColor(1, 2, 3))
    painter.drawLine(0, 0, 200, 200)
    painter.end()
    png = png_bytes(grabbed, level)
    assert decoded(png).convertToFormat(QImage.Format.Format_RGB32) \
        == grabbed.convertToFormat(QImage.Format.Format_RGB32)
