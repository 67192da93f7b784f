"""The candidate rows draw their score bars from kept pictures and their title and point lines
from kept elisions: each row must look exactly as drawing them anew does, after real clicks,
in either palette and for either selection state, and follow the scores and the width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.gui.panel.candidates import ROLE_DETAIL, ROLE_POINT, ROLE_SCORE, CandidateDelegate

from .helpers import click_region, dark_palette

CLICKS = ((View.BACK, "left.low_back"), (View.FRONT, "left.thigh_outer_lower"),
          (View.BACK, "left.heel_back"), (View.BACK, "left.low_back"))


def _drawn_anew(delegate: CandidateDelegate, painter: QPainter,
                option: QStyleOptionViewItem, index: QModelIndex) -> None:
    """A row as the delegate drew it before it kept anything: every part drawn directly."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    widget = opt.widget
    widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    selected = bool(opt.state & QStyle.StateFlag.State_Selected)
    pal = opt.palette
    rect = opt.rect.adjusted(delegate.PAD, delegate.PAD, -delegate.PAD, -delegate.PAD)
    score = float(index.data(ROLE_SCORE) or 0.0)
    bar = QRect(rect.right() - delegate.BAR_WIDTH, rect.top() + 3, delegate.BAR_WIDTH, 9)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(pal.color(QPalette.ColorRole.Mid))
    painter.drawRoundedRect(bar, 3, 3)
    painter.setBrush(pal.color(QPalette.ColorRole.HighlightedText if selected
                               else QPalette.ColorRole.Highlight))
    painter.drawRoundedRect(QRect(bar.left(), bar.top(), max(2, round(bar.width() * score)),
                                  bar.height()), 3, 3)
    font = opt.font
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text))
    title = QRect(rect.left(), rect.top(), rect.width() - delegate.BAR_WIDTH - 8, 18)
    painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     painter.fontMetrics().elidedText(str(index.data()),
                                                      Qt.TextElideMode.ElideRight,
                                                      title.width()))
    font = opt.font
    font.setBold(False)
    painter.setFont(font)
    point = QRect(rect.left(), rect.top() + 19, rect.width(), 17)
    painter.drawText(point, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     painter.fontMetrics().elidedText(str(index.data(ROLE_POINT) or ""),
                                                      Qt.TextElideMode.ElideRight,
                                                      point.width()))
    font.setItalic(True)
    painter.setFont(font)
    painter.drawText(QRect(rect.left(), rect.top() + 38, rect.width(), rect.height() - 38),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap), str(index.data(ROLE_DETAIL) or ""))
    painter.restore()


def _row_images(window: MainWindow) -> list[tuple[QImage, QImage]]:
    """Each row, selected and not, drawn by the delegate and drawn anew."""
    explore = window.panel.explore
    view, delegate = explore.list, explore.delegate
    out = []
    for row in range(explore.model.rowCount()):
        index = explore.model.index(row)
        for selected in (False, True):
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = view.visualRect(index)
            assert option.rect.height() > 40
            if selected:
                option.state |= QStyle.StateFlag.State_Selected
            else:
                option.state &= ~QStyle.StateFlag.State_Selected
            pair = []
            for draw in (delegate.paint,
                         lambda p, o, i: _drawn_anew(delegate, p, o, i)):
                image = QImage(option.rect.size(), QImage.Format.Format_ARGB32_Premultiplied)
                image.fill(Qt.GlobalColor.white)
                painter = QPainter(image)
                painter.translate(-option.rect.topLeft())
                draw(painter, option, index)
                painter.end()
                pair.append(image)
            out.append((pair[0], pair[1]))
    return out


def test_rows_look_as_drawn_anew_after_clicks_in_either_palette(
        qtbot: QtBot, window: MainWindow) -> None:
    explore = window.panel.explore
    compared = 0
    for palette in (None, dark_palette()):
        if palette is not None:
            explore.list.setPalette(palette)
        for view, rid in CLICKS:
            click_region(qtbot, window, view, rid)
            qtbot.wait(1)
            for kept, anew in _row_images(window):
                assert kept == anew
                compared += 1
    # a narrower list elides at another width: the kept elisions follow it
    click_region(qtbot, window, View.BACK, "left.low_back")
    window.panel.setFixedWidth(window.panel.width() - 60)
    qtbot.wait(20)
    for kept, anew in _row_images(window):
        assert kept == anew
        compared += 1
    assert compared >= 2 * 6 * len(CLICKS)  # (the last click of the dark pass empties it)
    scores = {round(explore.model.index(r).data(ROLE_SCORE) * 56)
              for r in range(explore.model.rowCount())}
    assert len(scores) > 1  # bars of several lengths were compared
