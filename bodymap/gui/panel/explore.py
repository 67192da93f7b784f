"""Explore: the ranked candidates for the drawing; picking one shows its pattern and card."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from bodymap.gui.panel.candidates import CandidateDelegate, CandidateModel
from bodymap.session.session import Session
from bodymap.session.view_model import ViewModel


class ExplorePage(QWidget):
    red_flags_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.hint = QLabel(self.tr(
            "Click where it hurts on the body. The muscles whose trigger points best explain "
            "your drawing are listed here, best first."))
        self.hint.setWordWrap(True)
        self.model = CandidateModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(CandidateDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Ranked candidates"))
        self.list.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.combination = QLabel()
        self.combination.setWordWrap(True)
        self.combination.setTextFormat(Qt.TextFormat.RichText)
        self.combination.linkActivated.connect(lambda _href: session.select_combination())
        self.combination.hide()
        self.red_flag_hint = QLabel(self.tr(
            "Some of the areas you marked can also hurt for reasons a muscle cannot "
            "explain. <a href='#red-flags'>Check the red flags</a> before treating them."))
        self.red_flag_hint.setWordWrap(True)
        self.red_flag_hint.setTextFormat(Qt.TextFormat.RichText)
        self.red_flag_hint.linkActivated.connect(lambda _href: self.red_flags_requested.emit())
        self.red_flag_hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.combination)
        layout.addWidget(self.red_flag_hint)

    def refresh(self, vm: ViewModel) -> None:
        self.model.set_rows(vm.candidates)
        self.hint.setVisible(not vm.candidates)
        self.list.setVisible(bool(vm.candidates))
        sel = self.list.selectionModel()
        if vm.selected != sel.currentIndex().row() or \
                (vm.selected >= 0 and not sel.isRowSelected(vm.selected, QModelIndex())):
            sel.blockSignals(True)
            if vm.selected >= 0:
                sel.setCurrentIndex(self.model.index(vm.selected),
                                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list.scrollTo(self.model.index(vm.selected))
            else:
                sel.clear()
            sel.blockSignals(False)
            self.list.viewport().update()
        if vm.combination is not None:
            self.combination.setText(self.tr(
                "No single muscle explains all of it. Together, {muscles} would explain it "
                "({percent} % match). <a href='#together'>Show them together</a>").format(
                    muscles=escape(vm.combination.text),
                    percent=round(vm.combination.score * 100)))
        self.combination.setVisible(vm.combination is not None)
        self.red_flag_hint.setVisible(vm.suggest_red_flags and not vm.alerts)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._session.select_candidate(current.row())

    def rows(self) -> int:
        return self.model.rowCount()
