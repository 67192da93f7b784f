"""Explore: the ranked candidates for the drawing; picking one shows its pattern and card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from bodymap.gui.overriding import override
from bodymap.gui.panel.row_size import typical_row_height
from bodymap.gui.theme import LinkLine
from bodymap.gui.viewports import own_viewport
from bodymap.report.markup import escape
from bodymap.session.session import Session
from bodymap.session.view_model import CandidateRow, CombinationRow, ViewModel

if TYPE_CHECKING:
    from bodymap.gui.panel.candidates import CandidateDelegate, CandidateModel


class NoteLines(QWidget):
    """The lines under the candidate list (the combination offer, the red-flag pointer),
    placed by this widget instead of the page's layout, with room kept for them.

    In the page's layout, every new text or a line shown or hidden asked for a new layout,
    and the request climbed through the tab widget (which repaints itself whole on it) to the
    main window: a click laid out and painted the list, the tabs and the card two or three
    times, and the list grew and shrank under the pointer. Here the lines are placed one
    under the other, and the room they need is asked of the page only when it grows; it is
    given back when the list empties (``release``) or the width changes."""

    SPACING = 6

    def __init__(self, *lines: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        for line in lines:
            line.setParent(self)
        self._room = 0
        self._width = -1
        self._heights: dict[tuple[str, int, str], int] = {}
        self._probe: QLabel | None = None  # measures texts ahead (measure)
        self._set_room(0)  # (a fixed height: no size policy needed)

    def needed(self, width: int) -> int:
        """The height the shown lines take at ``width``."""
        heights = [self._height(line, width) for line in self._lines if not line.isHidden()]
        return sum(heights) + self.SPACING * max(0, len(heights) - 1)

    def _height(self, line: QLabel, width: int, text: str | None = None) -> int:
        """``line.heightForWidth(width)``, kept per text, width and font. A rich-text label
        lays its text out anew on every call (about 30 us), and a click placed the lines
        twice (once as the page refreshes, again when a new text asks for a layout): the
        red-flag line's text never changes, the combination's only with the drawing.
        ``text``: the height ``line`` will have with that text, measured with a label of
        this widget's own set up as ``line`` is (``measure``)."""
        key = (line.text() if text is None else text, width, line.font().key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 64:
                self._heights.clear()
            height = self._heights[key] = line.heightForWidth(width) if text is None \
                else self._probe_with(line, text).heightForWidth(width)
        return height

    def _probe_with(self, line: QLabel, text: str) -> QLabel:
        """A hidden label set up as ``line`` is, with ``text``."""
        probe = self._probe
        if probe is None:
            probe = self._probe = QLabel(self)  # (a child never shown, not a window)
            probe.hide()
            probe.setWordWrap(line.wordWrap())
            probe.setTextFormat(line.textFormat())
        probe.setFont(line.font())
        probe.setText(text)
        return probe

    def measure(self, line: QLabel, text: str) -> None:
        """Work out, before ``line`` is given ``text``, the height ``_height`` will ask for
        then, at the width of now (the combination a press on the hovered region would
        offer: a rich-text label lays a new text out in 0.3-0.5 ms, a third of the clicks in
        the bench's)."""
        self._height(line, self.width(), text)

    def arrange(self) -> None:
        """Place the shown lines; ask the page for more room if they need it."""
        width = self.width()
        rewrapped = width != self._width  # the room kept was for another width
        self._width = width
        y = 0
        for line in self._lines:
            if line.isHidden():
                continue
            height = self._height(line, width)
            line.setGeometry(0, y, width, height)
            y += height + self.SPACING
        needed = max(0, y - self.SPACING)
        if needed > self._room or (rewrapped and needed != self._room):
            self._set_room(needed)

    def release(self) -> None:
        """Give back the room kept for lines no longer shown."""
        needed = self.needed(self.width())
        if needed != self._room:
            self._set_room(needed)

    def _set_room(self, height: int) -> None:
        self._room = height
        self.setFixedHeight(height)
        # without lines it takes no room, not even the layout's spacing
        self.setVisible(height > 0)

    @override
    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._room)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a line's text or visibility changed
            self.arrange()
            return True
        return super().event(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()


#: how many candidate rows the list keeps in sight however short the window: two whole
#: rows, and the top of a third to say the list goes on. On a 1280 x 720 screen the card
#: below gives up the room (before, the list showed one and a half rows there once the
#: red-flag line was shown, and the card 260 px)
ROWS_IN_SIGHT = 2.3


class ExplorePage(QWidget):
    red_flags_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rendering = False  # the list's current row is being set from the view model
        self._shown_rows: tuple[CandidateRow, ...] = ()
        self._measured_ahead: tuple[CandidateRow, ...] = ()
        self.hint = QLabel(self.tr(
            "Click where it hurts on the body. The muscles whose trigger points best explain "
            "your drawing are listed here, best first."))
        self.hint.setWordWrap(True)
        self.list = QListView()
        own_viewport(self.list)  # measured by the rows' delegate at the first click
        # the rows' model, delegate and steady scroll bar: made with the first rows, or in
        # idle time after the first paint (``prepare_rows``), as an empty list needs none
        self._rows_view: tuple[CandidateModel, CandidateDelegate] | None = None
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Ranked candidates"))
        self.combination = LinkLine()
        self.combination.linkActivated.connect(lambda _href: session.select_combination())
        self.combination.hide()
        self.red_flag_hint = LinkLine(self.tr(
            "Some of the areas you marked can also hurt for reasons a muscle cannot "
            "explain. <a href='#red-flags'>Check the red flags</a> before treating them."))
        self.red_flag_hint.linkActivated.connect(lambda _href: self.red_flags_requested.emit())
        self.red_flag_hint.hide()
        self.notes = NoteLines(self.combination, self.red_flag_hint)
        # the hint keeps the room the list will take, so that the first candidates move
        # nothing below them
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._keep_rows_in_sight()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.notes)

    def _keep_rows_in_sight(self) -> None:
        frame = 2 * self.list.frameWidth()
        room = round(ROWS_IN_SIGHT * typical_row_height(self.list.fontMetrics()))
        self.list.setMinimumHeight(room + frame)
        self.hint.setMinimumHeight(room + frame)

    def prepare_rows(self) -> tuple[CandidateModel, CandidateDelegate]:
        """The list's model and delegate (and its steady scroll bar), made when first
        needed, and the user's choice of row followed from then on. PySide makes the
        item-model, delegate, scroll-bar and selection-model classes they derive from when
        they are first defined or used (3.6 ms), and the first screen's list is empty and
        hidden: they are made after the first paint, in idle time (SidePanel.prepare_pages),
        or by the first rows, whichever comes first."""
        if self._rows_view is None:
            from bodymap.gui.panel.candidates import CandidateDelegate, CandidateModel
            from bodymap.gui.panel.scroll_bar import SteadyScrollBar

            model = CandidateModel(self)
            self.list.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self.list))
            self.list.setModel(model)
            # (the selection model comes with the model)
            self.list.selectionModel().currentRowChanged.connect(self._on_current_row)
            delegate = CandidateDelegate(self.list)
            self.list.setItemDelegate(delegate)
            self._rows_view = (model, delegate)
        return self._rows_view

    @property
    def model(self) -> CandidateModel:
        return self.prepare_rows()[0]

    @property
    def delegate(self) -> CandidateDelegate:
        return self.prepare_rows()[1]

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_rows_in_sight()

    def refresh(self, vm: ViewModel) -> None:
        self._rendering = True
        try:
            self._render(vm)
        finally:
            self._rendering = False

    def _render(self, vm: ViewModel) -> None:
        if (vm.foreseen_rows or vm.foreseen_combination is not None) and \
                self.list.isVisible():
            self._prepare_foreseen(vm)
        rows_changed = vm.candidates is not self._shown_rows
        had_rows = bool(self._shown_rows)
        self._shown_rows = vm.candidates
        if (vm.candidates or self._rows_view is not None) and \
                self.model.set_rows(vm.candidates):
            # The view lays its rows out again after any change (a new text may wrap to
            # another height), on a timer, and repaints them: done now, the list is painted
            # once per click, with the rest, instead of twice.
            self.list.doItemsLayout()
        self.hint.setVisible(not vm.candidates)
        self.list.setVisible(bool(vm.candidates))
        if vm.candidates or had_rows:
            self._select(vm, rows_changed)
        if vm.combination is not None:
            self.combination.set_words(self._combination_words(vm.combination))
        self.combination.setVisible(vm.combination is not None)
        self.red_flag_hint.setVisible(vm.suggest_red_flags and not vm.alerts)
        if not vm.candidates:
            self.notes.release()
        self.notes.arrange()

    def _select(self, vm: ViewModel, rows_changed: bool) -> None:
        """The list's current and selected row as the view model says, in sight. (Not
        called while the list has had no rows: nothing is selected then, and the list may
        have no model yet; see ``prepare_rows``.)"""
        from PySide6.QtCore import QItemSelectionModel

        sel = self.list.selectionModel()
        if vm.selected != sel.currentIndex().row() or \
                (vm.selected >= 0 and not sel.isRowSelected(vm.selected, QModelIndex())):
            if vm.selected >= 0:
                sel.setCurrentIndex(self.model.index(vm.selected),
                                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                sel.clear()
            rows_changed = True
        if rows_changed and vm.selected >= 0:
            # the chosen candidate in sight, as when the list was filled anew on each change
            self.list.scrollTo(self.model.index(vm.selected))

    def _prepare_foreseen(self, vm: ViewModel) -> None:
        """Get ready what a press on the hovered region would show, before the press."""
        if vm.foreseen_rows and vm.foreseen_rows is not self._measured_ahead:
            # the rows' heights, before the press lays the list out with them
            self._measured_ahead = vm.foreseen_rows
            self.delegate.measure(self.list, (row.explanation for row in vm.foreseen_rows))
        if vm.foreseen_combination is not None:
            # the height of the combination line it would offer
            self.notes.measure(self.combination, self.combination.shown(
                self._combination_words(vm.foreseen_combination)))
        if vm.foreseen_rows:
            # the rows' pictures, as the press's repaint will copy them (those kept are
            # looked up: the palette or the width may have changed since)
            self.delegate.prepare(self.list, vm.foreseen_rows, vm.foreseen)

    def _combination_words(self, combination: CombinationRow) -> str:
        return self.tr(
            "No single muscle explains all of it. Together, {muscles} would explain it "
            "({percent} % match). <a href='#together'>Show them together</a>").format(
                muscles=escape(combination.text), percent=round(combination.score * 100))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._rendering:
            self._session.select_candidate(current.row())

    def rows(self) -> int:
        return 0 if self._rows_view is None else self._rows_view[0].rowCount()
