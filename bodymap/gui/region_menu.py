"""The region menu (right-click or the menu key): pain intensity and how the pain feels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY, Quality, intensity_label
from bodymap.scene.scene import quality_word
from bodymap.session.session import Session


def region_menu(session: Session, rid: str, parent: QWidget) -> QMenu:
    """Built fresh each time from the session; the caller deletes it after exec()."""
    menu = QMenu(parent)
    label = session.dataset.regions[rid].label
    menu.setTitle(label)
    drawing = session.drawing
    current = drawing.get(rid)
    header = menu.addAction(label)
    header.setEnabled(False)
    menu.addSeparator()
    levels = QActionGroup(menu)
    for level in range(MAX_INTENSITY, MIN_INTENSITY - 1, -1):
        act = menu.addAction(QCoreApplication.translate("RegionMenu", "Pain {level}")
                              .format(level=intensity_label(level)))
        act.setCheckable(True)
        act.setChecked(current == level)
        act.setActionGroup(levels)
        act.triggered.connect(lambda _=False, v=level: session.set_intensity(rid, v))
    menu.addSeparator()
    feels = menu.addMenu(QCoreApplication.translate("RegionMenu", "Feels like"))
    kinds = QActionGroup(feels)
    for quality in Quality:
        act = feels.addAction(
            quality_word(quality, QCoreApplication.translate).capitalize())
        act.setCheckable(True)
        act.setChecked(current is not None and drawing.quality(rid) is quality)
        act.setActionGroup(kinds)
        act.triggered.connect(lambda _=False, q=quality: session.set_quality(rid, q))
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("RegionMenu", "Not painful"))
    clear.setEnabled(current is not None)
    clear.triggered.connect(lambda: session.unmark(rid))
    return menu
