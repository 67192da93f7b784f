"""The one place that holds what the user is doing, in plain Python.

The session owns the pain drawing and its undo history, the selection, the ticked red
flags, the overlay toggles, the layout, the body figure (male or female), hover and keyboard
focus. Widgets call its intent methods (mark, stroke, select, undo...) and render the
ViewModel it publishes after every change. Nothing here imports Qt, so every flow can be
tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from bodymap.domain.atlas import Atlas
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import (
    DEFAULT_INTENSITY,
    MAX_INTENSITY,
    MIN_INTENSITY,
    PainDrawing,
    Quality,
)
from bodymap.domain.figures import Figure
from bodymap.domain.language import language_of
from bodymap.domain.regions import RegionId, Side
from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from bodymap.scene.layouts import Layout
from bodymap.scene.scene import quality_word
from bodymap.session.derive import (
    TOP_CANDIDATES,
    Browse,
    Explore,
    Ranked,
    Selection,
    Together,
    pattern_and_card,
    presentation_text,
    rank,
    status_text,
)
from bodymap.session.history import History
from bodymap.session.view_model import CandidateRow, CombinationRow, Overlays, ViewModel

if TYPE_CHECKING:
    # (the muscles' classes come with the muscles, after the first paint: knowledge_base)
    from concurrent.futures import Future

    from bodymap.domain.knowledge import TriggerPoint
    from bodymap.domain.referral import Ranking, ReferralModel
    from bodymap.domain.safety import Alert  # (the rules are read when first needed)

__all__ = ["APP_TITLE", "TOP_CANDIDATES", "Session"]

APP_TITLE = QT_TRANSLATE_NOOP("Session", "bodymap — trigger-point body map")

Listener = Callable[[ViewModel], None]


#: how many drawings' alerts the session keeps (Session._alerts)
ALERTS_KEPT = 4


class Session:
    """Everything the user is doing with one window."""

    def __init__(self, dataset: Dataset, translate: Translate = untranslated) -> None:
        """``translate`` gives every text of the view model and the undo steps in the user's
        language (the GUI passes QCoreApplication.translate); by default they are English.
        The place names (region labels, nerve names) follow the same language when ``data/``
        has them translated: ``dataset`` is the English one, ``self.dataset`` the localized."""
        language = language_of(translate)
        if dataset.language != language:
            # (another language's place names: their module is not needed in English)
            from bodymap.domain.place_names import localize

            dataset = localize(dataset, language)
        self._ds = dataset
        self.translate = translate
        # built on the first ranking (or by prepare()): the first screen, an empty drawing,
        # needs none, and building its indexes would delay the window's first paint
        self._model: ReferralModel | None = None
        self._building: Future[ReferralModel] | None = None  # see prepare_in_background
        self._history: History[PainDrawing] = History(PainDrawing())
        self._stroke: tuple[bool, set[str]] | None = None  # (adding, regions touched)
        self._selection: Selection = None
        self._browse_side = Side.LEFT
        self._ticked: frozenset[str] = frozenset()
        self._overlays = Overlays()
        self._layout = Layout.FRONT_BACK
        self._figure = Figure.MALE
        self._hovered: str | None = None
        self._focused: str | None = None
        self._mirror = False
        self._presenting = False
        self._client: str | None = None
        self._listeners: list[Listener] = []
        self._publishing = False
        self._dirty = False
        #: the alerts of the last few drawings (with the ticked flags): the one shown, the
        #: one a foreseen press makes (worked out with its ranking), the one before an undo
        self._alerts_kept: dict[tuple[PainDrawing, frozenset[str]], tuple[Alert, ...]] = {}
        # derived from the drawing alone, rebuilt only when it changes
        # nothing ranked yet: the first screen's empty drawing needs no model (nor the
        # model's module, which its worker imports after the first paint)
        self._ranked = Ranked(PainDrawing(), None, (), None)
        # the ranking of the drawing a press on the hovered region would make (foresee)
        self._foreseen: Ranked | None = None
        self._view_model = self._build()

    def prepare(self) -> ReferralModel:
        """The referral model: the one ``prepare_in_background`` started (waiting for it if
        need be; its error, if it failed, is raised here), else built now."""
        if self._model is None:
            building, self._building = self._building, None
            self._model = building.result() if building is not None else \
                self._ds.referral_model()
        return self._model

    def prepare_in_background(self) -> None:
        """Start building the referral model on a worker thread; the window calls this once
        it has painted. Building it, and decoding the muscles it reads, is about 50 ms of
        pure Python, which on the window's thread would keep the first click (and every
        repaint) waiting; on a worker the event loop goes on answering, and the first
        ranking (``prepare``) waits only for what is left. The model reads nothing but the
        immutable dataset; the muscles are decoded once, under KnowledgeBase's lock."""
        if self._model is not None or self._building is not None:
            return
        from concurrent.futures import ThreadPoolExecutor

        worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bodymap-model")
        self._building = worker.submit(self._model_and_glossary)
        worker.shutdown(wait=False)  # its one thread ends with this job

    @property
    def building_in_background(self) -> bool:
        """Whether the worker ``prepare_in_background`` started is still at work."""
        building = self._building
        return building is not None and not building.done()

    def _model_and_glossary(self) -> ReferralModel:
        model = self._ds.referral_model()
        # the glossary's pattern (its terms, one regular expression: 2 ms to compile),
        # which the first muscle card would otherwise compile on the window's thread
        self._ds.glossary.compile()
        return model

    # ------------------------------------------------------------------ observing
    @property
    def dataset(self) -> Dataset:
        return self._ds

    @property
    def atlas(self) -> Atlas:
        """The geometry of the figure shown: what the map, exports and handout draw on."""
        return self._ds.atlas_for(self._figure)

    @property
    def figure(self) -> Figure:
        return self._figure

    @property
    def view_model(self) -> ViewModel:
        return self._view_model

    @property
    def drawing(self) -> PainDrawing:
        return self._history.state

    @property
    def history_depth(self) -> int:
        """How many steps can be undone."""
        return len(self._history)

    @property
    def ranking(self) -> Ranking:
        self._rank()
        if self._ranked.ranking is None:  # the empty drawing the session began with
            self._ranked = rank(self.prepare(), self._ds, self.drawing, self.translate)
        assert self._ranked.ranking is not None
        return self._ranked.ranking

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with the new view model after every change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _publish(self) -> None:
        """Build the view model and hand it to every listener. An intent sent by a listener
        while it renders is applied at once and published after the current round, so every
        listener sees every view model, in order."""
        if self._publishing:
            self._dirty = True
            return
        self._publishing = True
        try:
            while True:
                self._dirty = False
                vm = self._build()
                if vm != self._view_model:
                    self._view_model = vm
                    for listener in list(self._listeners):
                        listener(vm)
                if not self._dirty:
                    break
        finally:
            self._publishing = False

    # ------------------------------------------------------------------ drawing intents
    def _targets(self, rid: str) -> list[str]:
        return [rid, str(RegionId(rid).mirrored)] if self._mirror else [rid]

    def _edit(self, drawing: PainDrawing, text: str) -> None:
        if self._history.push(drawing, text):
            self._after_drawing_change()
        self._publish()

    def toggle(self, rid: str) -> None:
        """Mark an unmarked region (at the default intensity) or unmark a marked one."""
        d = self.drawing
        adding = rid not in d
        for r in self._targets(rid):
            d = d.with_region(r, self.drawing.get(rid, DEFAULT_INTENSITY)) if adding \
                else d.without(r)
        text = self.translate("Session", "Mark {region}") if adding else \
            self.translate("Session", "Unmark {region}")
        self._edit(d, text.format(region=self._label(rid)))

    def begin_stroke(self, rid: str) -> None:
        """A press on a region: it toggles, and a drag goes on doing the same, as one step."""
        self.end_stroke()
        adding = rid not in self.drawing
        self._stroke = (adding, {rid})
        self._focused = rid
        self._history.begin_group(self.translate("Session", "Mark regions") if adding
                                  else self.translate("Session", "Unmark regions"))
        self._paint([rid], adding)

    def stroke_to(self, rid: str) -> None:
        if self._stroke is None:
            return
        adding, touched = self._stroke
        if rid not in touched:
            touched.add(rid)
            self._paint([rid], adding)

    def end_stroke(self) -> None:
        """The release (or anything that interrupts a press): the stroke's step is closed."""
        if self._stroke is not None or self._history.grouping:
            self._stroke = None
            shown = self._undo_shown()
            self._history.end_group()
            # Closing the step changes what the view model shows only when the step is
            # dropped (the stroke came back to where it began). Otherwise building the view
            # model just to find it equal took 0.1 ms of every click's release.
            if self._undo_shown() != shown:
                self._publish()

    def _undo_shown(self) -> tuple[bool, bool, str, str]:
        """What the view model shows of the history."""
        h = self._history
        return h.can_undo, h.can_redo, h.undo_text, h.redo_text

    @property
    def stroking(self) -> bool:
        return self._stroke is not None

    def _paint(self, rids: Iterable[str], add: bool) -> None:
        self._edit(self._painted(rids, add), self.translate("Session", "Paint regions") if add
                   else self.translate("Session", "Erase regions"))

    def _painted(self, rids: Iterable[str], add: bool) -> PainDrawing:
        """The drawing with ``rids`` (and, with mirror on, their other sides) marked or
        unmarked, as a stroke over them makes it."""
        d = self.drawing
        for rid in rids:
            for r in self._targets(rid):
                d = d.with_region(r, d.get(r, DEFAULT_INTENSITY)) if add else d.without(r)
        return d

    def _pressed(self, rid: str) -> PainDrawing:
        """The drawing a press on ``rid`` makes (begin_stroke): marked if it was not,
        unmarked if it was."""
        return self._painted([rid], rid not in self.drawing)

    def foresee(self, rid: str) -> None:
        """Rank, ahead of the click, the drawing that a press on ``rid`` would make (the map
        calls this once the pointer has rested on a region): the press then finds it ranked
        (1-2 ms of the click), and the view model names the candidate it would show, so the
        window can prepare its card and zones in idle time. Nothing is done while the
        referral model is still being built, or during a stroke."""
        if self._stroke is not None or rid not in self._ds.regions:
            return
        if self._model is None and (self._building is None or not self._building.done()):
            return
        drawing = self._pressed(rid)
        if self._foreseen is None or self._foreseen.drawing != drawing:
            self._foreseen = rank(self.prepare(), self._ds, drawing, self.translate)
            self._alerts(drawing)  # (kept for the press: 0.1-0.2 ms of it)
            self._publish()

    def unmark(self, rid: str) -> None:
        d = self.drawing
        for r in self._targets(rid):
            d = d.without(r)
        self._edit(d, self.translate("Session", "Unmark {region}")
                   .format(region=self._label(rid)))

    def adjust(self, rid: str, delta: int) -> None:
        """Intensity up or down by ``delta`` (a marked region only), kept within 1-10."""
        d = self.drawing
        for r in self._targets(rid):
            d = d.adjusted(r, delta)
        self._edit(d, self.translate("Session", "Change intensity of {region}")
                   .format(region=self._label(rid)))

    def set_intensity(self, rid: str, value: int) -> None:
        if not MIN_INTENSITY <= value <= MAX_INTENSITY:
            raise ValueError(f"intensity must be {MIN_INTENSITY}-{MAX_INTENSITY}, got {value}")
        d = self.drawing
        for r in self._targets(rid):
            d = d.with_region(r, value)
        self._edit(d, self.translate("Session", "Set intensity of {region}")
                   .format(region=self._label(rid)))

    def set_quality(self, rid: str, quality: Quality) -> None:
        """How the region feels (marks it if it was not marked)."""
        d = self.drawing
        for r in self._targets(rid):
            d = d.with_quality(r, quality)
        self._edit(d, self.translate("Session", "Set {region} to {quality}")
                   .format(region=self._label(rid),
                           quality=quality_word(quality, self.translate)))

    def clear(self) -> None:
        self._focused = None
        self._edit(PainDrawing(), self.translate("Session", "Clear drawing"))

    def open_drawing(self, drawing: PainDrawing, text: str = "") -> tuple[str, ...]:
        """Put a saved drawing on the map (one undoable step named ``text``, by default
        "Open drawing"). Marks on regions this dataset lacks (a drawing saved with other
        data, ``--data DIR``, or by a bodymap whose atlas named a region otherwise) are left
        out: the map cannot show them, the model cannot rank them and the count would
        include them. Returns their ids, sorted, for the caller to say so; the saved
        drawing itself is not changed."""
        regions = self.dataset.regions
        unknown = tuple(sorted(r for r in drawing if r not in regions))
        if unknown:
            drawing = drawing.restricted_to(regions)
        self._focused = None
        self._edit(drawing, text or self.translate("Session", "Open drawing"))
        return unknown

    def undo(self) -> None:
        self._stroke = None
        if self._history.undo():
            self._after_drawing_change()
        self._publish()

    def redo(self) -> None:
        self._stroke = None
        if self._history.redo():
            self._after_drawing_change()
        self._publish()

    def set_mirror(self, on: bool) -> None:
        """With mirror on, every edit is made on the other side too ("both sides")."""
        self._mirror = on
        self._publish()

    def _after_drawing_change(self) -> None:
        """A new drawing gets a new ranking; the selection follows its muscle or the top one."""
        self._rank()
        self._selection = self._followed(self._ranked.rows)

    def _followed(self, rows: tuple[CandidateRow, ...]) -> Selection:
        """The selection after the drawing changed to one ranked as ``rows``: the same
        candidate, else the same muscle, else the top row."""
        sel = self._selection
        if isinstance(sel, Explore):
            same = next((r for r in rows if r.key == sel.key), None) or \
                next((r for r in rows if r.muscle == sel.muscle), None)
            if same is not None:
                return Explore(same.key, same.muscle)
        return Explore(rows[0].key, rows[0].muscle) if rows else None

    def _foreseen_rows(self) -> tuple[CandidateRow | None, tuple[CandidateRow, ...],
                                      CombinationRow | None]:
        """The row a press on the hovered region would select, the rows it would show and
        the combination it would offer, when that press was foreseen (else None, none and
        None)."""
        foreseen, hovered = self._foreseen, self._hovered
        if foreseen is None or hovered is None or self._stroke is not None or \
                foreseen.drawing != self._pressed(hovered):
            return None, (), None
        rows = foreseen.rows
        sel = self._followed(rows)
        return next((r for r in rows if isinstance(sel, Explore) and r.key == sel.key),
                    None), rows, foreseen.combination

    # ------------------------------------------------------------------ selection intents
    def select_candidate(self, row: int) -> None:
        self._rank()
        if 0 <= row < len(self._ranked.rows):
            chosen = self._ranked.rows[row]
            self._selection = Explore(chosen.key, chosen.muscle)
            self._publish()

    def select_muscle(self, muscle: str, side: Side | None = None) -> None:
        """Show a muscle picked by name (Muscles list, search, presentation stepping)."""
        self._ds.knowledge.muscle(muscle)  # KeyError with suggestions for an unknown id
        if side is not None:
            self._browse_side = side
        self._selection = Browse(muscle, self._browse_side)
        self._publish()

    def set_browse_side(self, side: Side) -> None:
        self._browse_side = side
        if isinstance(self._selection, Browse):
            self._selection = Browse(self._selection.muscle, side)
        self._publish()

    def select_combination(self) -> None:
        """Draw every muscle of the best combination at once (when one is offered)."""
        self._rank()
        if self._ranked.combination is not None:
            self._selection = Together(self._ranked.combination.points)
            self._publish()

    def clear_selection(self) -> None:
        self._selection = None
        self._publish()

    def step(self, delta: int) -> None:
        """The next (or previous) candidate; with nothing drawn, the next muscle by name."""
        self._rank()
        if self._ranked.rows:
            current = self._view_model.selected
            row = 0 if current < 0 else (current + delta) % len(self._ranked.rows)
            self.select_candidate(row)
            return
        ids = [m.id for m in sorted(self._ds.knowledge.muscles.values(),
                                    key=lambda m: m.name.lower())]
        card = self._view_model.card
        shown = card.muscle if card is not None else None
        i = ids.index(shown) if shown in ids else (-1 if delta > 0 else 0)
        self.select_muscle(ids[(i + delta) % len(ids)])

    # ------------------------------------------------------------------ other intents
    def set_red_flags(self, ticked: Iterable[str]) -> None:
        known = {f.id for f in self._ds.safety.checklist}
        ticked = frozenset(ticked)
        unknown = ticked - known
        if unknown:
            raise KeyError(f"unknown red-flag checklist ids: {sorted(unknown)}")
        self._ticked = ticked
        self._publish()

    def set_overlays(self, overlays: Overlays) -> None:
        self._overlays = overlays
        self._publish()

    def set_layout(self, layout: Layout) -> None:
        self._layout = layout
        self._publish()

    def set_figure(self, figure: Figure) -> None:
        """Draw on another body figure. The drawing, selection and undo history stay: both
        figures have the same regions. FigureNotInstalledError when the dataset lacks it."""
        self._ds.atlas_for(figure)  # refuses a figure whose drawings were not loaded
        self._figure = figure
        self._publish()

    def hover(self, rid: str | None) -> None:
        self._hovered = rid
        self._publish()

    def focus(self, rid: str | None) -> None:
        self._focused = rid
        self._publish()

    def set_presenting(self, on: bool) -> None:
        self._presenting = on
        self._publish()

    def set_client(self, name: str | None) -> None:
        self._client = name
        self._publish()

    # ------------------------------------------------------------------ queries
    def points_for(self, muscle: str) -> tuple[TriggerPoint, ...]:
        """The trigger points of a muscle as the screen shows them: the drawn pattern's if it
        is that muscle, else the candidate the ranking offers, else the browse side's."""
        self._rank()
        pattern = self._view_model.pattern
        if pattern is not None and pattern.muscle == muscle:
            return pattern.points
        for row in self._ranked.rows:
            if row.muscle == muscle:
                return row.points
        return self._ds.knowledge.muscle(muscle).points_on(self._browse_side)

    def offered_points(self, drawing: PainDrawing | None = None) -> tuple[TriggerPoint, ...]:
        """The points a therapist most likely treated for ``drawing`` (the map's by default;
        a saved visit's when it is edited): the offered candidates' points. Marks on regions
        this dataset lacks are left out, as ``open_drawing`` leaves them out."""
        if drawing is None or drawing == self.drawing:
            self._rank()
            rows = self._ranked.rows
        else:
            rows = rank(self.prepare(), self._ds, drawing.restricted_to(self._ds.regions),
                        self.translate).rows
        return tuple(dict.fromkeys(tp for r in rows for tp in r.points))

    # ------------------------------------------------------------------ building the view
    def _label(self, rid: str) -> str:
        region = self._ds.regions.get(rid)
        return region.label if region is not None else rid

    def _alerts(self, drawing: PainDrawing) -> tuple[Alert, ...]:
        """The alerts of a drawing and the ticked flags, worked out once per change of either
        (hover and focus rebuild the view model many times a second), kept for the last
        ``ALERTS_KEPT`` of them."""
        key = (drawing, self._ticked)
        kept = self._alerts_kept
        alerts = kept.pop(key, None)
        if alerts is None:
            # an alert names a ticked flag or the marked regions that match a rule: with
            # neither there is none, and the rules (left for later by the validated bundle)
            # need not be read for the first screen
            alerts = self._ds.safety.alerts(drawing, self._ticked) \
                if drawing or self._ticked else ()
            if len(kept) >= ALERTS_KEPT:
                del kept[next(iter(kept))]  # the least recently asked for
        kept[key] = alerts  # (last: the most recently asked for)
        return alerts

    def _rank(self) -> None:
        if self._ranked.drawing != self.drawing:
            foreseen = self._foreseen
            if foreseen is not None and foreseen.drawing == self.drawing:
                self._ranked = foreseen
            else:
                self._ranked = rank(self.prepare(), self._ds, self.drawing, self.translate)

    def _build(self) -> ViewModel:
        self._rank()
        drawing = self.drawing
        pattern, card, selected = pattern_and_card(self._selection, self._ranked.rows, self._ds,
                                                   self.translate)
        n = len(drawing)
        app_title = self.translate("Session", APP_TITLE)
        title = app_title if not self._client else f"{app_title} — {self._client}"
        p_title, p_detail = presentation_text(pattern, drawing, self.translate)
        # two forms, as English and Spanish have (a language with more gets them from Qt's
        # plural-aware translate when the session learns to pass a count)
        count = self.translate("Session", "1 painful region") if n == 1 else \
            self.translate("Session", "{n} painful regions").format(n=n)
        history = self._history
        foreseen, foreseen_rows, foreseen_combination = self._foreseen_rows()
        return ViewModel(
            drawing=drawing,
            layout=self._layout,
            figure=self._figure,
            hovered=self._hovered,
            focused=self._focused,
            overlays=self._overlays,
            pattern=pattern,
            mirror=self._mirror,
            candidates=self._ranked.rows,
            selected=selected,
            combination=self._ranked.combination,
            card=card,
            browse_side=self._browse_side,
            alerts=self._alerts(drawing),
            ticked=self._ticked,
            suggest_red_flags=not self._ticked and any(
                self._ds.safety.watches(r) for r in drawing),
            foreseen=foreseen,
            foreseen_rows=foreseen_rows,
            foreseen_combination=foreseen_combination,
            status=status_text(self._ds, drawing, self._hovered or self._focused,
                               self.translate),
            count=count,
            title=title,
            presenting=self._presenting,
            presentation_title=p_title,
            presentation_detail=p_detail,
            can_undo=history.can_undo,
            can_redo=history.can_redo,
            undo_text=history.undo_text,
            redo_text=history.redo_text,
        )
