"""The ranked candidates as a Qt item model, with the score drawn inline in each row."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyledItemDelegate,
    QWidget,
)

from bodymap.gui.overriding import override
from bodymap.gui.panel import row_size
from bodymap.session.view_model import CandidateRow

if TYPE_CHECKING:
    # made by PySide when first met (0.75 ms with QStyleOption's enums): a row's first
    # paint, which the first click's warm-up (gui/app.py) comes before; not the first screen
    # (nor QFont: a row's size is first asked for with one)
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

ROLE_SCORE = Qt.ItemDataRole.UserRole + 1
ROLE_DETAIL = Qt.ItemDataRole.UserRole + 2
ROLE_POINT = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex
#: explanations whose row heights are kept (a few hundred bytes each)
HEIGHTS_KEPT = 2000
#: elided titles and trigger-point lines kept (a hundred bytes or so each)
ELISIONS_KEPT = 2000
#: score bar pictures kept (56 x 9 pixels each)
BARS_KEPT = 512
#: whole rows' pictures kept (a row of a 340-pixel list, 80-110 pixels high: about 120 kB):
#: the rows in sight and those a press would show (24 kept: 3.5 MiB more RSS after 2000 clicks)
ROWS_KEPT = 12
#: the palette's colours a row is drawn in (its background's, by the style, among them)
_ROW_COLOURS = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase,
                QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText,
                QPalette.ColorRole.Highlight, QPalette.ColorRole.Mid)


class CandidateModel(QAbstractListModel):
    """Rows of the session's candidate list, updated in place when the ranking changes.

    A model reset made the view forget every row's place and height, measure them all again
    and repaint the whole list, and it dropped the current row; most clicks change a few rows'
    texts and scores and keep the count. So the rows that changed are announced with
    dataChanged, and only rows that came or went are inserted or removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CandidateRow, ...] = ()

    def set_rows(self, rows: tuple[CandidateRow, ...]) -> bool:
        """Show ``rows``; False when they are the rows already shown."""
        if rows is self._rows:
            return False
        old = self._rows
        common = min(len(old), len(rows))
        changed = [i for i in range(common) if old[i] != rows[i]]
        # the kept rows first, so the views' inserts and removals below see the new texts
        self._rows = rows[:common] + old[common:]
        if changed:
            self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
        if len(rows) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
            self._rows = rows
            self.endInsertRows()
        elif len(rows) < len(old):
            self.beginRemoveRows(QModelIndex(), len(rows), len(old) - 1)
            self._rows = rows
            self.endRemoveRows()
        self._rows = rows
        return bool(changed) or len(rows) != len(old)

    def explanation(self, row: int) -> str:
        """The explanation of row ``row`` (what ``data`` gives for ROLE_DETAIL)."""
        return self._rows[row].explanation if 0 <= row < len(self._rows) else ""

    def row(self, row: int) -> CandidateRow | None:
        """Row ``row`` as the session gave it (what ``data`` reads its roles from)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

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

    PAD = row_size.PAD
    BAR_WIDTH = 56
    BAR_HEIGHT = 9

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # QStyle and the style option are imported by the first row painted: PySide6 builds
        # a class with its many enums (6 ms; 0.75) when it is first named, and the first
        # screen has no rows
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        model = index.model()
        row = model.row(index.row()) if isinstance(model, CandidateModel) else None
        opt = QStyleOptionViewItem(option)
        view = opt.widget
        if row is not None and isinstance(view, QAbstractScrollArea) and \
                painter.device() is view.viewport():
            # on screen: the row's picture, kept or drawn now (``_picture``)
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            self._painted[selected] = QStyleOptionViewItem(opt)
            painter.drawPixmap(opt.rect.topLeft(), self._picture(view, opt, row))
            return
        if row is not None:
            # the row's texts read from the model's record: initStyleOption would ask the
            # model for ten roles through Qt (about 70 us of the row's 180), for a text the
            # background below must not draw and roles the model does not give
            title, point, detail, score = row.title, row.point_text, row.explanation, \
                row.score
        else:
            self.initStyleOption(opt, index)
            title, point = str(index.data()), str(index.data(ROLE_POINT) or "")
            detail, score = str(index.data(ROLE_DETAIL) or ""), \
                float(index.data(ROLE_SCORE) or 0.0)
        self._draw(painter, opt, title, point, detail, score)

    def _draw(self, painter: QPainter, opt: QStyleOptionViewItem, title: str, point: str,
              detail: str, score: float) -> None:
        """The row as ``opt`` places and styles it: its background (selected or not), the
        score bar, the title, the trigger-point line and the explanation."""
        from PySide6.QtWidgets import QStyle

        widget = opt.widget
        style = widget.style() if widget is not None else None
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        painter.drawPixmap(rect.right() - self.BAR_WIDTH, rect.top() + 3,
                           self._bar(painter, pal, selected, score))
        title_font = opt.font
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(pal.color(text_role))
        title_rect = QRect(rect.left(), rect.top(), rect.width() - self.BAR_WIDTH - 8, 18)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._elided(painter, title, title_rect.width()))
        detail_font = opt.font
        detail_font.setBold(False)
        painter.setFont(detail_font)
        point_rect = QRect(rect.left(), rect.top() + 19, rect.width(), 17)
        painter.drawText(point_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._elided(painter, point, point_rect.width()))
        detail_font.setItalic(True)
        painter.setFont(detail_font)
        detail_rect = QRect(rect.left(), rect.top() + 38, rect.width(), rect.height() - 38)
        painter.drawText(detail_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                          | Qt.TextFlag.TextWordWrap), detail)
        painter.restore()

    def _picture(self, view: QAbstractScrollArea, opt: QStyleOptionViewItem,
                 row: CandidateRow) -> QPixmap:
        """The row drawn as ``opt`` places and styles it, on the viewport's own background
        (opaque, so that text is smoothed as on the viewport itself): kept by what it shows
        and how, drawn now when not kept."""
        from PySide6.QtWidgets import QStyleOptionViewItem

        viewport = view.viewport()
        ratio = viewport.devicePixelRatioF()
        size = opt.rect.size()
        ground = viewport.palette().color(viewport.backgroundRole())
        pal = opt.palette
        # (by the colours a row is drawn in: a palette's cache key differs between copies
        # of one palette that the view and its options hold)
        key = (row.title, row.point_text, row.explanation, self._filled(row.score),
               opt.state.value, opt.features.value, size.width(), size.height(),
               tuple(pal.color(role).rgba() for role in _ROW_COLOURS), ground.rgba(),
               opt.font.key(), ratio, id(view.style()))
        picture = self._rows.get(key)
        if picture is not None:
            self._rows.move_to_end(key)
            return picture
        picture = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(ground)
        painter = QPainter(picture)
        at_origin = QStyleOptionViewItem(opt)
        at_origin.rect = QRect(0, 0, size.width(), size.height())
        self._draw(painter, at_origin, row.title, row.point_text, row.explanation, row.score)
        painter.end()
        self._rows[key] = picture
        if len(self._rows) > ROWS_KEPT:
            self._rows.popitem(last=False)
        return picture

    def prepare(self, view: QAbstractScrollArea, rows: Iterable[CandidateRow],
                selected: CandidateRow | None) -> None:
        """Draw ahead the pictures of ``rows`` as the list will show them, ``selected``
        among them selected (the rows a press on the hovered region would show: drawn before
        the press, about 0.1 ms each, so that the press's repaint copies them). The rows are
        styled as the list last painted its rows, selected and not: nothing is drawn before
        it has painted both kinds.

        The rows drawn are those the list will have in sight: from where it is scrolled to
        now, kept within the new rows' length, then moved as ``QListView.scrollTo`` moves
        it to bring the selected row into sight (the Explore page calls it after the rows
        change). The session keeps the card's muscle chosen while it stays a candidate, so
        after most presses the list is scrolled to a row below its top; drawn from the top,
        four presses in ten had a row drawn anew in their repaint."""
        from PySide6.QtWidgets import QStyleOptionViewItem

        if len(self._painted) < 2:
            return
        viewport = view.viewport()
        width, reach = viewport.width(), viewport.height()
        text_width = self._text_width(width)
        font, metrics = self._painted[False].font, self._painted[False].fontMetrics
        placed: list[tuple[int, int, CandidateRow]] = []  # top, height, row
        chosen: tuple[int, int] | None = None  # the selected row's top and height
        top = 0
        for row in rows:
            height = self._height(row.explanation, text_width, font, metrics)
            placed.append((top, height, row))
            if row is selected:
                chosen = (top, height)
            top += height
        last = max(0, top - reach)  # the scroll bar's range, once the rows are laid out
        offset = min(view.verticalScrollBar().value(), last)
        if chosen is not None:
            offset = min(max(0, _scrolled_to(offset, reach, *chosen)), last)
        for row_top, height, row in placed:
            if row_top + height <= offset:
                continue
            if row_top >= offset + reach:
                break
            opt = QStyleOptionViewItem(self._painted[row is selected])
            opt.rect = QRect(0, row_top - offset, width, height)
            self._picture(view, opt, row)

    def _filled(self, score: float) -> int:
        """How many pixels of the score bar a score fills."""
        return max(2, round(self.BAR_WIDTH * score))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Each row's height comes from its explanation wrapped at the list's width. Measuring
        # it (QFontMetrics.boundingRect) costs about 30 us, and the view asks for a row's size
        # whenever it lays the list out, paints a row or looks up where one is (a dozen
        # times per row on a click): heights are kept per text, for one width and font.
        self._heights: dict[str, int] = {}
        self._measured_width = -1
        self._measured_font: QFont | None = None
        # A row's title and trigger-point line, elided to its width (30-40 us each with
        # QFontMetrics.elidedText), and its score bar's picture (two rounded rectangles
        # filled: 40-50 us), kept: a click repaints the two or three rows in sight, whose
        # titles and points mostly come back from one click to the next, and a bar is one of
        # 56 lengths in two colourings. Drawn as before, pixel for pixel (tested).
        self._elisions: dict[tuple[str, int, str], str] = {}
        self._bars: dict[tuple[int, bool, int, float], QPixmap] = {}
        # Whole rows' pictures (``_picture``), by what they show and how: the list's repaint
        # on a click copies them (about 15 us a row) instead of drawing each row (about 105
        # us: the wrapped explanation is laid out anew at every paint). The rows a press on
        # the hovered region would show are drawn before the press (``prepare``).
        self._rows: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        #: the options of the last row painted on screen, by whether it was selected
        self._painted: dict[bool, QStyleOptionViewItem] = {}

    def _elided(self, painter: QPainter, text: str, width: int) -> str:
        """``text`` elided at the right to ``width`` pixels in the painter's font."""
        key = (text, width, painter.font().key())
        elided = self._elisions.get(key)
        if elided is None:
            if len(self._elisions) >= ELISIONS_KEPT:
                self._elisions.clear()
            elided = self._elisions[key] = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, width)
        return elided

    def _bar(self, painter: QPainter, pal: QPalette, selected: bool, score: float) -> QPixmap:
        """The score bar: its track, and the score's share of it filled."""
        filled = self._filled(score)
        ratio = painter.device().devicePixelRatioF()
        key = (filled, selected, pal.cacheKey(), ratio)
        bar = self._bars.get(key)
        if bar is None:
            if len(self._bars) >= BARS_KEPT:
                self._bars.clear()
            # (as wide as the filled part, should a score exceed 1)
            width = max(self.BAR_WIDTH, filled)
            bar = QPixmap(round(width * ratio), round(self.BAR_HEIGHT * ratio))
            bar.setDevicePixelRatio(ratio)
            bar.fill(Qt.GlobalColor.transparent)
            into = QPainter(bar)
            into.setRenderHints(painter.renderHints())
            into.setPen(Qt.PenStyle.NoPen)
            into.setBrush(pal.color(QPalette.ColorRole.Mid))
            into.drawRoundedRect(QRect(0, 0, self.BAR_WIDTH, self.BAR_HEIGHT), 3, 3)
            into.setBrush(pal.color(QPalette.ColorRole.Highlight) if not selected
                          else pal.color(QPalette.ColorRole.HighlightedText))
            into.drawRoundedRect(QRect(0, 0, filled, self.BAR_HEIGHT), 3, 3)
            into.end()
            self._bars[key] = bar
        return bar

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # The rows are as wide as the list's viewport. The view lays its rows out with an
        # empty option.rect but asks again with the row's rectangle when it paints or looks
        # a row up: measured from option.rect, a row could be given one height for its place
        # and another for its painting, and overlap the row below.
        view = option.widget
        shown = view.viewport().width() if isinstance(view, QAbstractScrollArea) else 0
        width = self._text_width(shown or option.rect.width())
        model = index.model()
        # (the model's own rows are read without the round trip through Qt)
        detail = model.explanation(index.row()) if isinstance(model, CandidateModel) else \
            str(index.data(ROLE_DETAIL) or "")
        return QSize(width, self._height(detail, width, option.font, option.fontMetrics))

    def measure(self, view: QAbstractScrollArea, details: Iterable[str]) -> None:
        """Work out the heights of rows with these explanations, as ``sizeHint`` will ask
        for them in ``view`` (the rows a press on the hovered region would show: measured
        before the press, 14-35 us each)."""
        width = self._text_width(view.viewport().width())
        font, metrics = view.font(), view.fontMetrics()
        for detail in details:
            self._height(detail, width, font, metrics)

    def _text_width(self, row_width: int) -> int:
        """The width a row's explanation wraps at, in a row ``row_width`` wide (0: not laid
        out yet)."""
        return max(200, row_width or 340) - 2 * self.PAD

    def measured(self, detail: str) -> bool:
        """Whether the height of a row with this explanation is known (at the width and in
        the font of the last measurement)."""
        return detail in self._heights

    def _height(self, detail: str, width: int, font: QFont, metrics: QFontMetrics) -> int:
        """A row's height: its title and point lines, and its explanation wrapped at
        ``width``; kept per text, for one width and font."""
        # (compared, not keyed: QFont.key() builds a string, 3 us of each of the 18 calls a
        # click makes)
        if width != self._measured_width or font != self._measured_font or \
                len(self._heights) > HEIGHTS_KEPT:
            self._heights.clear()
            from PySide6.QtGui import QFont  # (made by now: the font given is one)

            self._measured_width, self._measured_font = width, QFont(font)
        height = self._heights.get(detail)
        if height is None:
            text = metrics.boundingRect(QRect(0, 0, width, 2000),
                                        int(Qt.TextFlag.TextWordWrap), detail)
            height = self._heights[detail] = row_size.row_height(text.height())
        return height


def _scrolled_to(offset: int, reach: int, top: int, height: int) -> int:
    """Where a list scrolled by pixels (``offset``: its scroll bar's value) with a viewport
    ``reach`` pixels tall is scrolled to by ``QListView.scrollTo(index, EnsureVisible)`` of a
    row at ``top`` (in the list's own coordinates) ``height`` pixels tall: as Qt's
    QCommonListViewBase.verticalScrollToValue moves it (no spacing between rows). Not yet
    kept within the scroll bar's range."""
    if top < offset:  # above the viewport: to its top
        return top
    if top + height > offset + reach:  # below: its bottom to the viewport's, its top in sight
        return min(top, top + height - reach)
    return offset
