"""The side panel: ranked candidates, muscle browser, red-flag checklist and muscle card."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.dataset import Dataset
from bodymap.domain.knowledge import Muscle, TriggerPoint
from bodymap.domain.referral import Candidate, Ranking
from bodymap.domain.regions import Side
from bodymap.domain.safety import Alert, Urgency
from bodymap.domain.search import search_muscles
from bodymap.domain.wording import describe
from bodymap.gui.card_html import DISCLAIMER, muscle_card

if TYPE_CHECKING:
    from bodymap.gui.score_chart import ScoreChart

ROLE_MUSCLE = Qt.ItemDataRole.UserRole + 1

_ALERT_STYLE = {
    Urgency.EMERGENCY: "background:#c92a2a; color:white;",
    Urgency.URGENT: "background:#e8590c; color:white;",
    Urgency.SOON: "background:#fff3bf; color:#5c3c00; border:1px solid #f08c00;",
}


class SidePanel(QWidget):
    """Shows what the model found; emits intents when the user picks something."""

    pattern_requested = Signal(object)        # tuple[TriggerPoint, ...] to draw on the map
    red_flags_changed = Signal(object)         # frozenset[str] of ticked checklist ids
    overlay_options_changed = Signal(bool, bool, bool)

    def __init__(self, dataset: Dataset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ds = dataset
        self._ranking = Ranking((), ())
        self._candidates: tuple[Candidate, ...] = ()
        self._shown_muscle: Muscle | None = None
        self.setMinimumWidth(360)

        self.alert_banner = QLabel()
        self.alert_banner.setWordWrap(True)
        self.alert_banner.setTextFormat(Qt.TextFormat.RichText)
        self.alert_banner.setObjectName("alertBanner")
        self.alert_banner.setAccessibleName("Safety advice")
        self.alert_banner.hide()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_explore(), "Explore")
        self.tabs.addTab(self._build_browse(), "Muscles")
        self.tabs.addTab(self._build_safety(), "Red flags")

        toggles = QHBoxLayout()
        self.show_essential = QCheckBox("Main zone")
        self.show_spillover = QCheckBox("Spillover (hatched)")
        self.show_markers = QCheckBox("Trigger points (X)")
        for box in (self.show_essential, self.show_spillover, self.show_markers):
            box.setChecked(True)
            box.toggled.connect(self._on_overlay_toggled)
            toggles.addWidget(box)
        toggles.addStretch(1)

        self.card = QTextBrowser()
        self.card.setOpenExternalLinks(False)
        self.card.setAccessibleName("Muscle card")
        self.card.setHtml(self._welcome_html())

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

        self.disclaimer = QLabel(DISCLAIMER)
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet("color:#495057; font-size:9pt; padding:4px;"
                                      "border-top:1px solid #dee2e6;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.alert_banner)
        layout.addWidget(split, 1)
        layout.addWidget(self.disclaimer)

    # ------------------------------------------------------------------ building
    def _build_explore(self) -> QWidget:
        page = QWidget()
        self.explore_hint = QLabel(
            "Click where it hurts on the body. The trigger points whose referral patterns "
            "best explain your drawing are listed here."
        )
        self.explore_hint.setWordWrap(True)
        self._chart: ScoreChart | None = None  # pyqtgraph loads after the first paint
        self.candidate_list = QListWidget()
        self.candidate_list.setWordWrap(True)
        self.candidate_list.setAlternatingRowColors(True)
        self.candidate_list.setAccessibleName("Ranked candidates")
        self.candidate_list.currentRowChanged.connect(self._on_candidate_row)
        self.combination_label = QLabel()
        self.combination_label.setWordWrap(True)
        self.combination_label.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.explore_hint)
        self._chart_slot = QVBoxLayout()
        self._chart_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._chart_slot)
        layout.addWidget(self.candidate_list, 1)
        layout.addWidget(self.combination_label)
        return page

    @property
    def chart(self) -> ScoreChart:
        """The score bars, created on first use: importing pyqtgraph costs a quarter of a
        second, which the window should not wait for before it first appears."""
        if self._chart is None:
            from bodymap.gui.score_chart import ScoreChart

            self._chart = ScoreChart()
            self._chart.bar_clicked.connect(self._on_bar_clicked)
            self._chart.setVisible(bool(self._candidates))
            self._chart_slot.addWidget(self._chart)
            if self._candidates:
                self._update_chart(self.candidate_list.currentRow())
        return self._chart

    def _update_chart(self, selected: int = -1) -> None:
        kb = self._ds.knowledge
        self.chart.set_scores([kb.muscles[c.muscle].name for c in self._candidates],
                              [c.score for c in self._candidates], selected=selected)
        self.chart.setVisible(bool(self._candidates))

    def _build_browse(self) -> QWidget:
        page = QWidget()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search a muscle: name or alias, e.g. QL, psoas")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search muscles")
        self.search_box.textChanged.connect(self._on_search)
        self.search_box.returnPressed.connect(self._on_search_enter)
        self.side_choice = QComboBox()
        self.side_choice.addItem("Left side", Side.LEFT)
        self.side_choice.addItem("Right side", Side.RIGHT)
        self.side_choice.currentIndexChanged.connect(self._on_side_changed)
        self.muscle_tree = QTreeWidget()
        self.muscle_tree.setHeaderHidden(True)
        self.muscle_tree.setAccessibleName("Muscles by body area")
        self.muscle_tree.currentItemChanged.connect(self._on_tree_item)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.side_choice)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.muscle_tree, 1)
        self._fill_tree(None)
        return page

    def _build_safety(self) -> QWidget:
        # the checklist is long (20+ questions): it scrolls rather than setting a minimum
        # height for the whole window
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        scroller.setWidget(page)
        layout = QVBoxLayout(page)
        intro = QLabel("<b>Tick anything that applies.</b> These symptoms need a clinician, "
                       "not self-treatment.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.red_flag_boxes: dict[str, QCheckBox] = {}
        for flag in self._ds.safety.checklist:
            box = QCheckBox(flag.question)
            box.setStyleSheet("QCheckBox { padding: 3px; }")
            # as wide as the panel, not as the longest question: no sideways scrolling
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.toggled.connect(self._on_red_flag_toggled)
            self.red_flag_boxes[flag.id] = box
            layout.addWidget(box)
            # QCheckBox text does not wrap; a long question keeps its full text as tooltip
            box.setToolTip(flag.question)
        layout.addStretch(1)
        return scroller

    def _welcome_html(self) -> str:
        return ("<h3>Where does it hurt?</h3><p>Mark the painful areas on the body map: click "
                "a region, or drag across several. Scroll the mouse wheel over a marked region "
                "to set how strong the pain is (1-10).</p><p>Pick a candidate to see its "
                "referral pattern on the map: the <b>main zone</b> is solid, the "
                "<b>spillover zone</b> hatched, and each <b>X</b> marks a trigger point.</p>"
                "<p>Or open the <b>Muscles</b> tab to look up any muscle.</p>")

    # ------------------------------------------------------------------ ranking
    def set_ranking(self, ranking: Ranking, top: int = 12) -> None:
        self._ranking = ranking
        self._candidates = ranking.by_muscle()[:top]
        kb = self._ds.knowledge
        self.candidate_list.blockSignals(True)
        self.candidate_list.clear()
        for c in self._candidates:
            m = kb.muscles[c.muscle]
            text = (f"{m.name} — {c.trigger_point.name} ({c.trigger_point.side.value})\n"
                    f"{describe(c.explanation, self._ds.regions)}")
            item = QListWidgetItem(text)
            item.setToolTip(f"score {c.score:.2f}")
            self.candidate_list.addItem(item)
        self.candidate_list.blockSignals(False)
        if self._candidates or self._chart is not None:
            self._update_chart()
        self.explore_hint.setVisible(not self._candidates)
        self.candidate_list.setVisible(bool(self._candidates))
        if ranking.combinations:
            cb = ranking.combinations[0]
            names = " + ".join(f"{kb.muscles[t.muscle].name} ({t.side.value})"
                               for t in cb.trigger_points)
            self.combination_label.setText(
                f"<b>No single muscle explains all of it.</b> Together, {escape(names)} "
                f"would (score {cb.score:.2f}).")
            self.combination_label.show()
        else:
            self.combination_label.hide()
        if self._shown_muscle is None or not any(
            c.muscle == self._shown_muscle.id for c in self._candidates
        ):
            self.pattern_requested.emit(())
            self._shown_muscle = None
            self.card.setHtml(self._welcome_html())

    def candidates(self) -> tuple[Candidate, ...]:
        return self._candidates

    def select_candidate(self, index: int) -> None:
        self.candidate_list.setCurrentRow(index)

    def _on_bar_clicked(self, index: int) -> None:
        self.select_candidate(index)

    def _on_candidate_row(self, row: int) -> None:
        if not 0 <= row < len(self._candidates):
            return
        c = self._candidates[row]
        muscle = self._ds.knowledge.muscles[c.muscle]
        self._update_chart(selected=row)
        self._show(muscle, (c.trigger_point,),
                   headline=describe(c.explanation, self._ds.regions))

    # ------------------------------------------------------------------ browsing
    def _fill_tree(self, matches: Sequence[Muscle] | None) -> None:
        self.muscle_tree.blockSignals(True)
        self.muscle_tree.clear()
        if matches is None:
            for group, muscles in self._ds.knowledge.by_group().items():
                if not muscles:
                    continue
                parent = QTreeWidgetItem([group.label])
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                for m in muscles:
                    child = QTreeWidgetItem([m.name])
                    child.setData(0, ROLE_MUSCLE, m.id)
                    parent.addChild(child)
                self.muscle_tree.addTopLevelItem(parent)
        else:
            for m in matches:
                item = QTreeWidgetItem([m.name + (f"  ({', '.join(m.aliases)})"
                                                  if m.aliases else "")])
                item.setData(0, ROLE_MUSCLE, m.id)
                self.muscle_tree.addTopLevelItem(item)
        self.muscle_tree.blockSignals(False)

    def _on_search(self, text: str) -> None:
        if not text.strip():
            self._fill_tree(None)
            return
        self._fill_tree(search_muscles(text, self._ds.knowledge))

    def _on_search_enter(self) -> None:
        first = self.muscle_tree.topLevelItem(0)
        if first is not None and first.data(0, ROLE_MUSCLE):
            self.muscle_tree.setCurrentItem(first)

    def search_results(self) -> list[str]:
        out: list[str] = []
        for i in range(self.muscle_tree.topLevelItemCount()):
            item = self.muscle_tree.topLevelItem(i)
            if item is not None and item.data(0, ROLE_MUSCLE):
                out.append(str(item.data(0, ROLE_MUSCLE)))
        return out

    def _reveal_in_tree(self, mid: str) -> None:
        """Select (and scroll to) the muscle in the list, without re-triggering it."""
        found = [it for it in self.muscle_tree.findItems(
            "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
            if it.data(0, ROLE_MUSCLE) == mid]
        if found and self.muscle_tree.currentItem() is not found[0]:
            self.muscle_tree.blockSignals(True)
            self.muscle_tree.setCurrentItem(found[0])
            self.muscle_tree.scrollToItem(found[0])
            self.muscle_tree.blockSignals(False)

    def _on_tree_item(self, item: QTreeWidgetItem | None, _prev: object) -> None:
        if item is None or not item.data(0, ROLE_MUSCLE):
            return
        self.show_muscle(str(item.data(0, ROLE_MUSCLE)))

    def _on_side_changed(self) -> None:
        if self._shown_muscle is not None and self.tabs.currentIndex() == 1:
            self.show_muscle(self._shown_muscle.id)

    def show_muscle(self, mid: str) -> None:
        muscle = self._ds.knowledge.muscle(mid)
        self._reveal_in_tree(mid)
        side = self.side_choice.currentData()
        self._show(muscle, muscle.points_on(side if isinstance(side, Side) else Side.LEFT))

    def _show(self, muscle: Muscle, points: tuple[TriggerPoint, ...],
              headline: str | None = None) -> None:
        self._shown_muscle = muscle
        self.card.setHtml(muscle_card(muscle, self._ds.regions, points, headline))
        self.pattern_requested.emit(points)

    def shown_muscle(self) -> str | None:
        return self._shown_muscle.id if self._shown_muscle is not None else None

    # ------------------------------------------------------------------ safety
    def _on_red_flag_toggled(self) -> None:
        self.red_flags_changed.emit(self.ticked_red_flags())

    def ticked_red_flags(self) -> frozenset[str]:
        return frozenset(k for k, box in self.red_flag_boxes.items() if box.isChecked())

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        """Show every alert that applies. There is no close button: it goes when its cause does."""
        if not alerts:
            self.alert_banner.hide()
            self.alert_banner.setText("")
            return
        top = alerts[0]
        lines = "".join(f"<p style='margin:4px 0'><b>{escape(a.title)}</b><br/>"
                        f"{escape(a.advice)}</p>" for a in alerts)
        head = ("Get help now" if top.urgency is Urgency.EMERGENCY
                else "See a clinician before treating this yourself")
        self.alert_banner.setText(f"<p style='font-size:12pt; margin:2px 0'><b>⚠ {head}</b>"
                                  f"</p>{lines}")
        self.alert_banner.setStyleSheet(f"QLabel#alertBanner {{ {_ALERT_STYLE[top.urgency]}"
                                        " padding:8px; border-radius:4px; }")
        self.alert_banner.show()

    def _on_overlay_toggled(self) -> None:
        self.overlay_options_changed.emit(self.show_essential.isChecked(),
                                          self.show_spillover.isChecked(),
                                          self.show_markers.isChecked())
