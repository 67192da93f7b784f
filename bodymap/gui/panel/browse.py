"""The Muscles tab: search by muscle, body place or complaint, or browse by body area.

Its content (panel/muscle_browser.py: the search box, the side choice, the message and the
muscle list) is built the first time the tab is shown or the content is asked for: the
first screen shows Explore, and building the content with the window cost about 5 ms of the
start (its module and Qt types 3, its widgets 2). Until then the page keeps the latest view
model and hands it over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from bodymap.gui.overriding import override
from bodymap.session.session import Session
from bodymap.session.view_model import ViewModel

if TYPE_CHECKING:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QComboBox, QTreeView

    from bodymap.gui.panel.muscle_browser import BrowsePage

ROLE_MUSCLE = Qt.ItemDataRole.UserRole + 1
#: a place row: its index in the current results' places
ROLE_PLACE = Qt.ItemDataRole.UserRole + 2
#: a place row's side: "left", "right", or "" for both sides
ROLE_SIDE = Qt.ItemDataRole.UserRole + 3


class MusclesTab(QWidget):
    #: a place was marked from the search: the side panel shows Explore
    place_marked = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)  # the content's layout has the margins
        self._content: BrowsePage | None = None
        self._vm: ViewModel | None = None

    def content(self) -> BrowsePage:
        """The page's content, built now if it was not."""
        if self._content is None:
            from bodymap.gui.panel.muscle_browser import BrowsePage

            content = BrowsePage(self._session)
            content.place_marked.connect(self.place_marked)
            self._layout.addWidget(content)
            if self.isVisible():
                # built in the showEvent or while shown: Qt showed this page's children
                # before, so the new one is shown now (a layout would show it later)
                content.show()
            if self._vm is not None:
                content.refresh(self._vm)
            self._content = content
        return self._content

    def built(self) -> bool:
        """Whether the content exists (shown or used once)."""
        return self._content is not None

    @override
    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)

    def refresh(self, vm: ViewModel) -> None:
        self._vm = vm
        if self._content is not None:
            self._content.refresh(vm)

    # the content's parts, for the window (F6 focus) and tests
    @property
    def search_box(self) -> QLineEdit:
        return self.content().search_box

    @property
    def side_choice(self) -> QComboBox:
        return self.content().side_choice

    @property
    def message(self) -> QLabel:
        return self.content().message

    @property
    def model(self) -> QStandardItemModel:
        return self.content().model

    @property
    def tree(self) -> QTreeView:
        return self.content().tree

    def results(self) -> list[str]:
        """The muscle ids listed at the top level (the search results), in order."""
        return self.content().results()

    def place_rows(self) -> list[str]:
        """The texts of the place rows at the top level ("Mark: temple (both sides)")."""
        return self.content().place_rows()
