"""Act on the map like a user: real mouse events on the view's viewport."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.gui.panel.browse import BrowsePage
from bodymap.gui.side_panel import MUSCLES
from bodymap.gui.theme import card_colours
from bodymap.report.card_html import muscle_card
from bodymap.store import Store


def open_window(qtbot: QtBot, dataset: Dataset, settings: QSettings,
                store: Store | None = None) -> MainWindow:
    """The main window as a user sees it open: 1400x900, shown and exposed."""
    w = MainWindow(dataset, settings, store)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def grey(image: QImage) -> np.ndarray:
    """The image's grey levels as a height x width array of int16 (differences stay signed)."""
    converted = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = converted.width(), converted.height()
    rows = np.frombuffer(converted.constBits(), np.uint8).reshape(h, converted.bytesPerLine())
    return rows[:, :w].astype(np.int16)


def colours(image: QImage) -> np.ndarray:
    """The image's pixels as RGB32 bytes, a height x (4 x width) array of uint8."""
    converted = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(converted.constBits(), np.uint8).reshape(converted.height(),
                                                                  converted.bytesPerLine())
    return rows[:, :converted.width() * 4].copy()


def on_screen(widget: QWidget, colour: bool = False) -> np.ndarray:
    """What the window's backing store holds for ``widget`` (not a fresh rendering): its
    grey levels (``grey``), or with ``colour`` its pixels (``colours``)."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    screen = window.screen()
    assert screen is not None
    shot = screen.grabWindow(window.winId(), top_left.x(), top_left.y(),
                             widget.width(), widget.height()).toImage()
    return colours(shot) if colour else grey(shot)


def region_pos(window: MainWindow, view: View, rid: str) -> QPoint:
    """A viewport point inside the region as drawn: its visual centre, or, when a close-up
    shows only part of it, a point of the visible part."""
    shape = window.session.atlas.views[view].regions[rid]  # the figure shown
    x, y = shape.centre
    item = window.body_map.region_item(view, rid)
    if item is None:
        raise KeyError(f"{rid} is not drawn in the {view.value} view of this layout")
    pos = window.body_map.viewport_point(view, x, y) \
        if window.body_map.region_at(window.body_map.mapFromScene(item.mapToScene(x, y))) \
        is item else None
    if pos is not None:
        return pos
    # only part of the region is shown: probe a grid over it for a point that hits it
    rect = item.path().boundingRect()
    for i in range(1, 10):
        for j in range(1, 10):
            px, py = rect.left() + rect.width() * i / 10, rect.top() + rect.height() * j / 10
            candidate = window.body_map.mapFromScene(item.mapToScene(px, py))
            if window.body_map.region_at(candidate) is item:
                return candidate
    raise KeyError(f"no visible point of {rid} in the {view.value} view")


def rest_on(qtbot: QtBot, widget: QWidget, pos: QPoint) -> None:
    """Bring the pointer to rest on ``pos`` of ``widget`` as a user does: from elsewhere. Qt
    drops a move to the point where the pointer already is, and an earlier test in the same
    process may have left it exactly there (every test's window opens at the same place), so
    the widget would see no move and nothing would be hovered."""
    qtbot.mouseMove(widget, QPoint(1, 1) if pos == QPoint(0, 0) else QPoint(0, 0))
    qtbot.mouseMove(widget, pos)


def point_pos(window: MainWindow, view: View, x: float, y: float) -> QPoint:
    return window.body_map.viewport_point(view, x, y)


def click(qtbot: QtBot, window: MainWindow, pos: QPoint,
          button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(window.body_map.viewport(), button, pos=pos)


def click_region(qtbot: QtBot, window: MainWindow, view: View, rid: str) -> None:
    click(qtbot, window, region_pos(window, view, rid))


def fresh_card_text(window: MainWindow) -> str:
    """The plain text of the card the window shows, built anew without any cache (what the
    card's caches and idle-time work must show)."""
    card = window.session.view_model.card
    assert card is not None
    ds = window.session.dataset
    html = muscle_card(ds.knowledge.muscles[card.muscle], ds.regions, card.points,
                       card.headline, glossary=ds.glossary,
                       gates=ds.safety.gates_for(card.muscle),
                       colours=card_colours(window.panel.card.palette()), jump=True,
                       translate=QCoreApplication.translate)
    probe = type(window.panel.card)(window.session)
    try:
        probe.setHtml(html)
        return probe.toPlainText()
    finally:
        probe.deleteLater()


def dark_palette() -> QPalette:
    """A dark palette for one widget: light text on dark bases."""
    dark = QPalette()
    for role, value in ((QPalette.ColorRole.Base, "#1e1e1e"),
                        (QPalette.ColorRole.Text, "#e8e8e8"),
                        (QPalette.ColorRole.Window, "#2b2b2b"),
                        (QPalette.ColorRole.WindowText, "#e8e8e8")):
        dark.setColor(role, QColor(value))
    return dark


def open_muscles_tab(qtbot: QtBot, window: MainWindow) -> BrowsePage:
    """Click the side panel's Muscles tab, as a user does; its page (built when first
    shown)."""
    bar = window.panel.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(MUSCLES).center())
    assert window.panel.tabs.currentIndex() == MUSCLES
    page = window.panel.muscles.page
    assert page is not None and page.isVisible()
    return page
