"""The side panel: safety banner, Explore / Muscles / Red flags pages, overlay toggles, card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.gui.ahead import upcoming
from bodymap.gui.overriding import override
from bodymap.gui.panel.card import CardView
from bodymap.gui.panel.explore import ExplorePage
from bodymap.gui.panel.safety import SafetyPage
from bodymap.report.card_parts import DISCLAIMER
from bodymap.report.chart import legend_icon
from bodymap.report.markup import escape
from bodymap.scene.scene import LegendKey
from bodymap.session.session import Session
from bodymap.session.view_model import Overlays, ViewModel

#: the safety advice never gets less room than this (px), however short the window: above
#: the room the pages, the legend and the card leave it, it scrolls
ADVICE_MIN_ROOM = 110

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

    from bodymap.domain.safety import Alert
    from bodymap.gui.panel.browse import BrowsePage

# background and text chosen together, so the banner reads the same in any palette; by the
# value of each safety.Urgency (a StrEnum: its members find these; the red-flag rules and
# their module are read when a drawing or an answer first needs them)
ALERT_STYLE = {
    "emergency": "background:#c92a2a; color:white;",
    "urgent": "background:#c2410c; color:white;",
    "soon": "background:#fff3bf; color:#5c3c00; border:1px solid #f08c00;",
}
EXPLORE, MUSCLES, RED_FLAGS = 0, 1, 2


class _MusclesTab(QWidget):
    """The Muscles tab. Its page (panel/browse.py: a search box, a side choice and a tree,
    with the classes of Qt they need) is built when the tab is first shown, when someone
    asks for it (SidePanel.browse), or in idle time once the window has painted
    (SidePanel.prepare_pages): about 2 ms of the start, for a page the first screen does
    not show. The first-run sizes of the window's splitters are set as proportions
    (MainWindow), so the page's arrival moves nothing."""

    def __init__(self, build: Callable[[], BrowsePage]) -> None:
        super().__init__()
        self._build = build
        self.page: BrowsePage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> BrowsePage:
        if self.page is None:
            self.page = self._build()
            self._layout.addWidget(self.page)
            # when this tab is showing, the page shows now, not on the event loop's next
            # turn (a frame of an empty tab); when it is not, this only marks it to show
            self.page.show()
            # and takes its size now (the layout skips a widget not yet shown), not when the
            # layout request comes round: a muscle selected right after scrolls the tree to
            # it for the height the tree will have
            self._layout.activate()
        return self.page

    @override
    def showEvent(self, event: QShowEvent) -> None:
        self.built()
        super().showEvent(event)


class SidePanel(QWidget):
    """Renders the panel part of the view model; its pages send intents to the session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._alerts: tuple[Alert, ...] = ()
        #: holds the banner once advice is first shown (_advice_area)
        self._advice: QScrollArea | None = None
        #: the banner's text height by width, for the text shown (laying rich text out
        #: takes 0.1 ms, and the advice is fitted again at every change while it shows)
        self._advice_heights: dict[int, int] = {}
        self.setMinimumWidth(340)

        self.alert_banner = QLabel(self)  # (hidden until advice is shown: _advice_area)
        self.alert_banner.setWordWrap(True)
        self.alert_banner.setTextFormat(Qt.TextFormat.RichText)
        self.alert_banner.setObjectName("alertBanner")
        self.alert_banner.setAccessibleName(self.tr("Safety advice"))
        self.alert_banner.hide()

        self.explore = ExplorePage(session)
        self.muscles = _MusclesTab(self._build_browse)
        self.safety = SafetyPage(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.explore, self.tr("Explore"))
        self.tabs.addTab(self.muscles, self.tr("Muscles"))
        self.tabs.addTab(self.safety, self.tr("Red flags"))
        self.explore.red_flags_requested.connect(
            lambda: self.tabs.setCurrentWidget(self.safety))

        # two rows of two: every toggle stays readable in a narrow panel (and in Spanish)
        toggles = QGridLayout()
        toggles.setContentsMargins(0, 0, 0, 0)
        self.show_muscle = QCheckBox(self.tr("Muscle"))
        self.show_essential = QCheckBox(self.tr("Main zone"))
        self.show_spillover = QCheckBox(self.tr("Spillover"))
        self.show_markers = QCheckBox(self.tr("Trigger points (X)"))
        self.show_muscle.setToolTip(self.tr("The muscle in place, red; dashed when it lies deep"))
        self.show_essential.setToolTip(
            self.tr("Where its trigger points send pain most: solid rose"))
        self.show_spillover.setToolTip(self.tr("Where the pain sometimes spreads: hatched"))
        self.show_markers.setToolTip(self.tr("The trigger points themselves: X"))
        for i, (box, icon) in enumerate(((self.show_muscle, legend_icon(LegendKey.MUSCLE)),
                                         (self.show_essential,
                                          legend_icon(LegendKey.ESSENTIAL)),
                                         (self.show_spillover,
                                          legend_icon(LegendKey.SPILLOVER)),
                                         (self.show_markers, legend_icon(LegendKey.MARKER)))):
            box.setIcon(icon)
            box.setChecked(True)
            box.toggled.connect(self._on_overlay_toggled)
            toggles.addWidget(box, i // 2, i % 2)
        toggles.setColumnStretch(2, 1)

        self.card = CardView(session)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(toggles)
        lower_layout.addWidget(self.card)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        #: the pages above, the legend and card below; where the user leaves the handle is
        #: remembered with the window's state (MainWindow)
        self.splitter = split

        self.disclaimer = QLabel()
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setTextFormat(Qt.TextFormat.RichText)
        # a tenth smaller than the panel's text, given in the text's style: a QFont made for
        # it would have PySide make its QFont class (1.6 ms) before the first paint
        size = max(7.0, self.disclaimer.fontInfo().pointSizeF() * 0.9)
        self.disclaimer.setText(f'<span style="font-size:{size:.2f}pt">'
                                f'{escape(QCoreApplication.translate("Card", DISCLAIMER))}'
                                "</span>")
        self.disclaimer.setContentsMargins(4, 4, 4, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # (the banner goes above the pages, in a scroll area, when advice is first shown)
        layout.addWidget(split, 1)
        layout.addWidget(self.disclaimer)
        session.subscribe(self.refresh)
        self.refresh(session.view_model)

    @property
    def browse(self) -> BrowsePage:
        """The Muscles page (built now if it was not yet: see _MusclesTab)."""
        return self.muscles.built()

    def prepare_pages(self) -> None:
        """Build the pages the first screen did not show, so that opening them later does
        not wait (called in idle time after the first paint), and what the first candidates
        and card would otherwise make on their way."""
        self.muscles.built()
        self.explore.prepare_rows()
        self.card.steady_scroll_bar()

    def show_muscles(self) -> None:
        self.tabs.setCurrentWidget(self.muscles)

    def current_list(self) -> QWidget:
        """The current page's list (what F6 moves to), or the page itself."""
        page = self.tabs.currentWidget()
        if page is self.explore:
            return self.explore.list
        if page is self.muscles and self.muscles.page is not None:
            return self.muscles.page.tree
        return page

    def _build_browse(self) -> BrowsePage:
        from bodymap.gui.panel.browse import BrowsePage

        page = BrowsePage(self._session)
        page.place_marked.connect(lambda: self.tabs.setCurrentWidget(self.explore))
        page.red_flags_requested.connect(lambda: self.tabs.setCurrentWidget(self.safety))
        page.refresh(self._session.view_model)  # (what refresh gave the other pages last)
        return page

    def refresh(self, vm: ViewModel) -> None:
        self.explore.refresh(vm)
        if self.muscles.page is not None:
            self.muscles.page.refresh(vm)
        self.safety.refresh(vm)
        self.card.refresh(vm.card, vm.alerts)
        self.card.prepare_ahead(upcoming(vm))
        self._render_overlays(vm.overlays)
        self._render_alerts(vm.alerts)
        # (again with every change while advice shows: the lines under the candidate list
        # come and go with the drawing, and the room left for the advice with them)
        self._fit_advice()

    def _render_overlays(self, o: Overlays) -> None:
        for box, on in ((self.show_muscle, o.muscle), (self.show_essential, o.essential),
                        (self.show_spillover, o.spillover), (self.show_markers, o.markers)):
            if box.isChecked() != on:
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)

    def _render_alerts(self, alerts: tuple[Alert, ...]) -> None:
        """Every alert that applies. No close button: it goes when its cause does."""
        if alerts == self._alerts:
            return
        self._alerts = alerts
        # the disclaimer ("not a diagnosis; see a clinician for ...") gives way to the
        # advice that says so for this drawing (see _fit_advice)
        self.disclaimer.setVisible(not alerts)
        if not alerts:
            self.alert_banner.hide()
            self.alert_banner.setText("")
            if self._advice is not None:
                self._advice.hide()
            return
        from bodymap.domain.safety import Urgency

        top = alerts[0]
        lines = "".join(f"<p style='margin:4px 0'><b>{escape(a.title)}</b><br/>"
                        f"{escape(a.advice)}</p>" for a in alerts)
        # the alerts' titles and advice come from data/ (in the window's language where
        # data/i18n/ translates them, localized by the session)
        head = (self.tr("Get help now") if top.urgency is Urgency.EMERGENCY
                else self.tr("See a clinician before treating this yourself"))
        self._advice_heights.clear()
        self.alert_banner.setText(f"<p style='font-size:12pt; margin:2px 0'><b>⚠ {escape(head)}</b>"
                                  f"</p>{lines}")
        self.alert_banner.setStyleSheet(f"QLabel#alertBanner {{ {ALERT_STYLE[top.urgency]}"
                                        " padding:8px; border-radius:4px; }")
        self.alert_banner.show()

    def _advice_area(self) -> QScrollArea:
        """The scroll area the banner is shown in, made when advice is first shown (not
        on the start path: nothing on the first screen needs one)."""
        if self._advice is None:
            from PySide6.QtWidgets import QFrame, QScrollArea

            area = QScrollArea()
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidgetResizable(True)
            area.setWidget(self.alert_banner)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(0, area)
            self._advice = area
        return self._advice

    def _fit_advice(self) -> None:
        """Give the advice the height of its text at the panel's width, but no more than the
        room the pages, the legend and the card leave it (at least ADVICE_MIN_ROOM): above
        that it scrolls. In the panel's column the advice of one alert takes 150 px and
        more, of three over 300; laid out at its full height it squeezed the pages under
        their minimum at 1280 x 720, and the candidate list was drawn under the line below
        it, and the end of the advice was cut off."""
        if not self._alerts:
            return
        area = self._advice_area()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        text = self._text_height(width)
        room = (self.height() - margins.top() - margins.bottom() - layout.spacing()
                - self.splitter.minimumSizeHint().height())
        height = min(text, max(ADVICE_MIN_ROOM, room))
        if height < text:  # it scrolls: the text wraps beside the scroll bar
            bar = area.verticalScrollBar().sizeHint().width()
            height = min(self._text_height(width - bar), max(ADVICE_MIN_ROOM, room))
        if area.height() != height or area.isHidden():
            area.setFixedHeight(height)
            area.show()

    def _text_height(self, width: int) -> int:
        height = self._advice_heights.get(width)
        if height is None:
            height = self._advice_heights[width] = self.alert_banner.heightForWidth(width)
        return height

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_advice()

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the advice's text takes another height
            self._advice_heights.clear()
            self._fit_advice()

    def _on_overlay_toggled(self) -> None:
        self._session.set_overlays(Overlays(essential=self.show_essential.isChecked(),
                                            spillover=self.show_spillover.isChecked(),
                                            markers=self.show_markers.isChecked(),
                                            muscle=self.show_muscle.isChecked()))
