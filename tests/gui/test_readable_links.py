"""Links in the panel's lines (the red-flag pointer, the combination offer, the Muscles page's
suggestions) are drawn readable in a dark palette that leaves Qt's default link colour, and
follow the palette when it changes after their text was set."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.gui.theme import AA, contrast

from .helpers import click_region, dark_palette, open_muscles_tab


def _drawn_link_colour(label: QLabel) -> QColor:
    """The colour most of the label's link pixels are drawn in (links are the only blue)."""
    image = label.grab().toImage()
    counts: Counter[int] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor(image.pixel(x, y))
            if colour.blue() > colour.red() + 40:
                counts[colour.rgb()] += 1
    assert counts, f"no link drawn in {label.text()[-60:]!r}"
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _reads(label: QLabel) -> bool:
    return contrast(_drawn_link_colour(label),
                    label.palette().color(QPalette.ColorRole.Window)) >= AA


def test_links_are_drawn_readable_after_the_palette_turns_dark(
        qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1400, 900)
    for rid in ("left.low_back", "left.upper_buttock", "left.sacrum"):
        click_region(qtbot, window, View.BACK, rid)
    explore = window.panel.explore
    qtbot.waitUntil(explore.red_flag_hint.isVisible)
    page = open_muscles_tab(qtbot, window)
    page.search_box.setText("tmx")  # nothing found: the page suggests near names (TMJ)
    qtbot.waitUntil(page.message.isVisible)
    lines = (explore.red_flag_hint, page.message)
    assert all(_reads(line) for line in lines)

    dark = dark_palette()
    assert contrast(dark.color(QPalette.ColorRole.Link),
                    dark.color(QPalette.ColorRole.Window)) < AA  # Qt's default blue
    light = QApplication.palette()
    try:
        # the application's palette turns dark (the desktop's theme changed), then the
        # window's own
        for change, back in ((QApplication.setPalette, light),
                             (window.setPalette, QPalette())):  # (inherited again)
            change(dark)
            QApplication.processEvents()
            for line in lines:
                assert line.palette().color(QPalette.ColorRole.Window) == \
                    dark.color(QPalette.ColorRole.Window)
                assert _reads(line), f"{change.__name__}: {line.text()[-60:]!r}"
            change(back)
            QApplication.processEvents()
            assert all(_reads(line) for line in lines)
    finally:
        QApplication.setPalette(light)
