"""The ranked candidates as a Qt item model, with the score drawn inline in each row."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from bodymap.gui.overriding import override
from bodymap.session.view_model import CandidateRow

ROLE_SCORE = Qt.ItemDataRole.UserRole + 1
ROLE_DETAIL = Qt.ItemDataRole.UserRole + 2
ROLE_POINT = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex


class CandidateModel(QAbstractListModel):
    """Rows of the session's candidate list; replaced whole when the ranking changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CandidateRow, ...] = ()

    def set_rows(self, rows: tuple[CandidateRow, ...]) -> None:
        if rows is self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == ROLE_DETAIL:
            return row.explanation
        if role == ROLE_POINT:
            return row.point_text
        if role == ROLE_SCORE:
            return row.score
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{title}, {points}. {explanation} Match {percent} %.").format(
                title=row.title, points=row.point_text, explanation=row.explanation,
                percent=round(row.score * 100))
        return None


class CandidateDelegate(QStyledItemDelegate):
    """Title, a score bar beside it, and the explanation below, in palette colours."""

    PAD = 6
    BAR_WIDTH = 56

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        score = float(index.data(ROLE_SCORE) or 0.0)
        bar = QRect(rect.right() - self.BAR_WIDTH, rect.top() + 3, self.BAR_WIDTH, 9)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        track = pal.color(QPalette.ColorRole.Mid)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight) if not selected
                         else pal.color(QPalette.ColorRole.HighlightedText))
        filled = QRect(bar.left(), bar.top(), max(2, round(bar.width() * score)), bar.height())
        painter.drawRoundedRect(filled, 3, 3)
        title_font = opt.font
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(pal.color(text_role))
        title_rect = QRect(rect.left(), rect.top(), rect.width() - self.BAR_WIDTH - 8, 18)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(str(index.data()),
                                                          Qt.TextElideMode.ElideRight,
                                                          title_rect.width()))
        detail_font = opt.font
        detail_font.setBold(False)
        painter.setFont(detail_font)
        point_rect = QRect(rect.left(), rect.top() + 19, rect.width(), 17)
        painter.drawText(point_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(str(index.data(ROLE_POINT) or ""),
                                                          Qt.TextElideMode.ElideRight,
                                                          point_rect.width()))
        detail_font.setItalic(True)
        painter.setFont(detail_font)
        detail_rect = QRect(rect.left(), rect.top() + 38, rect.width(), rect.height() - 38)
        painter.drawText(detail_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                          | Qt.TextFlag.TextWordWrap),
                         str(index.data(ROLE_DETAIL) or ""))
        painter.restore()

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = max(200, option.rect.width() or 340) - 2 * self.PAD
        metrics = option.fontMetrics
        detail = metrics.boundingRect(QRect(0, 0, width, 2000),
                                      int(Qt.TextFlag.TextWordWrap),
                                      str(index.data(ROLE_DETAIL) or ""))
        return QSize(width, 38 + detail.height() + 2 * self.PAD + 2)
