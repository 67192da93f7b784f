"""The muscle card: what the selected muscle is, where it refers, how to release it."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QTextBrowser, QWidget

from bodymap.gui.ahead import AheadQueue
from bodymap.gui.overriding import override
from bodymap.gui.theme import card_colours
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.report.card_parts import SELF_CARE_ANCHOR, TRIGGER_POINT_BLOCK, CardColours
from bodymap.report.markup import escape
from bodymap.session.session import Session
from bodymap.session.view_model import CandidateRow, Card

if TYPE_CHECKING:
    # made by PySide when first imported (2.3 ms with their enums): the first screen only
    # sets HTML, so the card's in-place edits import them, and the first click's warm-up
    # (gui/app.py) makes them after the first paint
    from PySide6.QtGui import QPaintEvent, QTextBlockFormat, QTextCharFormat, QTextDocument

    # (the muscles' classes come with the muscles, after the first paint: knowledge_base)
    from bodymap.domain.knowledge import TriggerPoint
    from bodymap.domain.safety import Alert

    _BodyKey = tuple[str, tuple[TriggerPoint, ...], str, CardColours]

# (English; shown through translate("CardView", WELCOME_HTML))
WELCOME_HTML = QT_TRANSLATE_NOOP(
    "CardView",
    "<h3>Where does it hurt?</h3><p>Mark the painful areas on the body map: click a region, "
    "or drag across several. Scroll the mouse wheel over a marked region to set how strong "
    "the pain is (1-10); right-click it to say how it feels (burning, pins and needles, "
    "numbness).</p><p>The best-matching muscle is shown at once: its <b>main pain zone</b> "
    "solid rose, its <b>spillover zone</b> hatched, and each <b>X</b> marks a trigger point. "
    "Pick another candidate in the list to compare.</p>"
    "<p>Or open the <b>Muscles</b> tab to look up any muscle.</p>")


#: what the card says first while the safety banner above it shows advice (English; context
#: "CardView"): its self-treatment must not read as if that advice were not there
EMERGENCY_NOTICE = QT_TRANSLATE_NOOP(
    "CardView", "Get help now, as the advice at the top says: the self-treatment on this card "
                "is not for now.")
CLINICIAN_NOTICE = QT_TRANSLATE_NOOP(
    "CardView", "See a clinician first, as the advice at the top says, before trying the "
                "self-treatment on this card.")


#: cards kept rendered: clicking back and forth between drawings (and undo/redo) comes back to
#: the same few muscles; each card's HTML is 10-30 kB
CARD_CACHE_SIZE = 64

#: stands for the headline while a card is built, so one rendering serves every headline of
#: the same muscle and points (private-use characters: no text in the data contains them, and
#: escaping leaves them as they are)
_HEADLINE_SLOT = "\ue000headline\ue000"
#: how muscle_card sets a headline (and leaves it out when there is none)
_HEADLINE_PARAGRAPH = "<p><b>{}</b></p>"

#: where a card's self-care part begins (what it says about the muscle, its trigger points
#: and their pain comes before, how to release it after)
_REST_BEGINS = f"<a name='{SELF_CARE_ANCHOR}'></a>"


def _first_parts(html: str) -> list[int]:
    """Where a card's first part may end, shortest first: after its first trigger point's
    paragraph, before its second section, before its self-care part. Each is the end of a
    top-level element of the card."""
    cuts = []
    tp = html.find(TRIGGER_POINT_BLOCK)
    if tp >= 0 and (end := html.find("</div>", tp)) >= 0:
        cuts.append(end + len("</div>"))
    first_section = html.find("<h3")
    if first_section >= 0 and (second := html.find("<h3", first_section + 1)) >= 0:
        cuts.append(second)
    if (rest := html.find(_REST_BEGINS)) > 0:
        cuts.append(rest)
    return sorted({c for c in cuts if 0 < c < len(html)})


class CardView(QTextBrowser):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._shown: Card | None = None
        self._notice = ""
        self._html = ""
        # Building a card's HTML costs 2-3 ms (most of it the glossary's explainer), laying
        # it out in setHtml as much again, on every click that changes the card. The HTML
        # depends only on the card, the notice, the colours and the language (the dataset is
        # already localized), so it is kept by those; a language change empties it. Three
        # clicks in four change only the headline (what the drawing explains), so it is kept
        # without the headline, and a new headline is written into the laid-out document.
        self._cache: OrderedDict[_BodyKey, str] = OrderedDict()
        self._cache_dataset = session.dataset
        self._stale = False  # the language or palette changed: render even an unchanged card
        self._body_key: _BodyKey | None = None  # the card shown, but for its headline
        self._colours_kept: tuple[int, CardColours] | None = None  # by the palette's key
        self._headline: str | None = None
        #: the formats a notice paragraph is given, by the colours (_notice_formats)
        self._notice_kept: tuple[CardColours, QTextBlockFormat, QTextCharFormat,
                                 QTextCharFormat] | None = None
        #: the HTML of the next candidates' cards, built in idle time (gui/ahead.py)
        self.ahead = AheadQueue(self)
        self._ahead_for: tuple[tuple[str, tuple[TriggerPoint, ...]], ...] = ()
        # headline edits must not pile up; set through the view, not its document(): that
        # would make PySide's QTextDocument class (0.5 ms) before the first paint
        self.setUndoRedoEnabled(False)
        self._steady = False  # (steady_scroll_bar)
        self.setOpenExternalLinks(False)  # internal anchors (the self-care jump) only
        self.setAccessibleName(self.tr("Muscle card"))
        # a long new card is set in two steps (_show_html): while only its first part is in
        # the document, the whole card's HTML, which the timer sets after that part's paint
        self._whole: str | None = None
        # which of a card's first parts (_first_parts) filled the pane last, at which
        # height: the shortest that does is set first
        self._part = 0
        self._part_for_height = 0
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.timeout.connect(self.complete)
        self._show_html(self.tr(WELCOME_HTML))

    @property
    def completing(self) -> bool:
        """Whether only the first part of the card is in the document yet."""
        return self._whole is not None

    def complete(self) -> None:
        """Put the whole card in the document, if only its first part is there (at the same
        scroll position). What reads the card (``document``, ``toPlainText``, ``toHtml``,
        an edit in place) calls this first, so it always finds the whole card."""
        whole, self._whole = self._whole, None
        if whole is None:
            return
        self._rest_timer.stop()
        bars = (self.verticalScrollBar(), self.horizontalScrollBar())
        at = [bar.value() for bar in bars]
        self._set_html(whole)
        for bar, value in zip(bars, at, strict=True):
            bar.setValue(value)

    @override
    def document(self) -> QTextDocument:
        self.complete()
        return super().document()

    @override
    def toPlainText(self) -> str:
        self.complete()
        return super().toPlainText()

    @override
    def toHtml(self) -> str:
        self.complete()
        return super().toHtml()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._whole is not None and not self._rest_timer.isActive():
            # after this paint, which is part of the window's repaint: the rest of the card
            # is set once the window has shown what the click changed
            self._rest_timer.start(0)

    def steady_scroll_bar(self) -> None:
        """Give the card its SteadyScrollBar (panel/scroll_bar.py), with the first card or
        in idle time after the first paint (SidePanel.prepare_pages), whichever comes first.
        Until then the welcome text's bar is QScrollBar's own, drawn the same, and PySide
        has not made the scroll-bar classes (0.9 ms) before the first paint. Qt gives the
        new bar the old one's range and value."""
        if not self._steady:
            from bodymap.gui.panel.scroll_bar import SteadyScrollBar

            self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))
            self._steady = True

    def refresh(self, card: Card | None, alerts: tuple[Alert, ...] = ()) -> None:
        self.complete()  # (the edits in place below work on the whole card)
        if card is not None:
            self.steady_scroll_bar()
        notice = self.tr(_notice(alerts)) if alerts else ""
        if card == self._shown and notice == self._notice and not self._stale:
            return
        self._stale = False
        self._shown = card
        self._notice = notice
        if card is None:
            self._body_key = None
            self._show_html(self.tr(WELCOME_HTML))
            return
        key = self._key(card, notice)
        shown = self._body_key
        if shown is not None and shown != key and (*shown[:2], shown[3]) == \
                (*key[:2], key[3]) and self._headline and card.headline and \
                self._replace_notice(card.muscle, shown[2], notice):
            # the same card but for the notice (the drawing brought or took away an alert):
            # the notice paragraph written, added or taken out in place, as a headline is
            self._body_key = key
        if key == self._body_key and card.headline and self._headline and \
                (card.headline == self._headline
                 or self._replace_headline(self._headline, card.headline)):
            self._headline = card.headline
            # (what setHtml of this card would be given; not built here unless kept, as the
            # edits above made the document without it)
            self._html = self._with_headline(self._cache[key], card.headline) \
                if key in self._cache else ""
            return
        self._show_html(self._with_headline(self._body(key), card.headline))
        self._body_key, self._headline = key, card.headline

    def prepare_ahead(self, rows: tuple[CandidateRow, ...]) -> None:
        """Build the cards of ``rows`` (the candidates a next click most likely shows) in
        idle time, with the notice and colours of now, into the cache ``refresh`` reads:
        each is built as ``refresh`` would build it, when the step runs (so in the language
        and palette of that moment)."""
        wanted = tuple((r.muscle, r.points) for r in rows)
        if wanted != self._ahead_for:
            self._ahead_for = wanted
            self.ahead.replace([self._bodies_ahead(wanted)])
        else:
            self.ahead.postpone()

    def _bodies_ahead(self, cards: tuple[tuple[str, tuple[TriggerPoint, ...]], ...]
                      ) -> Iterator[None]:
        """One step per text of the muscle the glossary has not searched yet (about 40 us
        each), then one to build the card (0.2-0.5 ms once they are searched): a muscle's
        first card took up to 3 ms, most of it the glossary's search of its texts."""
        glossary = self._session.dataset.glossary
        for muscle, points in cards:
            key = self._key(Card(muscle, points, None), self._notice)
            if key in self._cache:
                continue
            for text in _strings(self._session.dataset.knowledge.muscles[muscle]):
                if not glossary.searched(text):
                    glossary.uses(text)
                    yield
            self._body(key)
            yield
        if self._notice_kept is None or self._notice_kept[0] != self._colours():
            self._notice_formats()  # (a card parsed once: what a first notice would cost)
            yield

    def is_kept(self, card: Card, notice: str = "") -> bool:
        """Whether ``card`` (but for its headline) is rendered already, in the colours and
        language of now."""
        return self._key(card, notice) in self._cache and \
            self._cache_dataset is self._session.dataset

    def card_html(self, card: Card, notice: str = "") -> str:
        """The card's HTML in this widget's palette and the current language (what
        ``muscle_card`` gives for it)."""
        return self._with_headline(self._body(self._key(card, notice)), card.headline)

    def _key(self, card: Card, notice: str) -> _BodyKey:
        return (card.muscle, card.points, notice, self._colours())

    def _colours(self) -> CardColours:
        """``card_colours`` of the widget's palette, worked out again only when the palette
        changes: its contrast checks took 24 us each time a card was shown (once or twice
        a click)."""
        palette = self.palette()
        if self._colours_kept is None or self._colours_kept[0] != palette.cacheKey():
            self._colours_kept = (palette.cacheKey(), card_colours(palette))
        return self._colours_kept[1]

    def _body(self, key: _BodyKey) -> str:
        """The card with a slot for its headline, built once per key."""
        ds = self._session.dataset
        if ds is not self._cache_dataset:
            self._cache.clear()
            self._cache_dataset = ds
        html = self._cache.get(key)
        if html is not None:
            self._cache.move_to_end(key)
            return html
        from bodymap.report.card_html import muscle_card  # (with the first card)

        muscle, points, notice, colours = key
        html = muscle_card(ds.knowledge.muscles[muscle], ds.regions, points,
                           _HEADLINE_SLOT, glossary=ds.glossary,
                           gates=ds.safety.gates_for(muscle), colours=colours, jump=True,
                           translate=QCoreApplication.translate, notice=notice)
        self._cache[key] = html
        if len(self._cache) > CARD_CACHE_SIZE:
            self._cache.popitem(last=False)
        return html

    @staticmethod
    def _with_headline(body: str, headline: str | None) -> str:
        slot = _HEADLINE_PARAGRAPH.format(_HEADLINE_SLOT)
        return body.replace(slot, _HEADLINE_PARAGRAPH.format(escape(headline))
                            if headline else "")

    def _replace_headline(self, old: str, new: str) -> bool:
        """Write ``new`` over the headline paragraph of the shown card, where it reads
        ``old``: only that paragraph is laid out again. False when it is not found."""
        from PySide6.QtGui import QTextCursor

        doc = self.document()
        _finish_layout(doc)
        block = doc.begin()
        for _ in range(8):  # the headline comes after the name, the notice and the aliases
            if not block.isValid():
                return False
            if block.text() == old:
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                    QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(new)
                # as setHtml does: the new card is read from the top
                self.verticalScrollBar().setValue(0)
                self.horizontalScrollBar().setValue(0)
                return True
            block = block.next()
        return False

    def _replace_notice(self, muscle: str, old: str, new: str) -> bool:
        """Make the shown card's notice read ``new`` where it reads ``old`` ("": none), as
        muscle_card writes it: a paragraph right after the muscle's name, added, rewritten
        or taken out in place, so that only that paragraph is laid out again (a whole card
        is 1.5-2 ms). False, the document untouched, when it is not laid out as expected."""
        from PySide6.QtGui import QTextCursor

        doc = self.document()
        _finish_layout(doc)
        title = doc.begin()
        if not title.isValid() or title.text() != self._session.dataset.knowledge.muscles[
                muscle].name:
            return False
        paragraph = title.next()
        cursor = QTextCursor(doc)
        if old:
            if not paragraph.isValid() or paragraph.text() != old:
                return False
            if new:  # its text rewritten, in its own formats
                cursor.setPosition(paragraph.position())
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                    QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(new)
            else:  # from the name's end to the notice's: the name's paragraph stays as it was
                cursor.setPosition(title.position() + title.length() - 1)
                cursor.setPosition(paragraph.position() + paragraph.length() - 1,
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
        elif new:  # a new paragraph after the name, in the formats a notice is given
            block_format, block_chars, text_chars = self._notice_formats()
            cursor.setPosition(title.position() + title.length() - 1)
            cursor.insertBlock(block_format, block_chars)
            cursor.insertText(new, text_chars)
        # as setHtml does: the card is read from the top
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        return True

    def _notice_formats(self) -> tuple[QTextBlockFormat, QTextCharFormat, QTextCharFormat]:
        """The notice paragraph's block format, its block's character format and its text's,
        as the card's HTML gives them in the colours of now: read from a card with a notice
        (any muscle's; parsed once per palette)."""
        from PySide6.QtGui import QTextDocument

        colours = self._colours()
        if self._notice_kept is None or self._notice_kept[0] != colours:
            muscle = next(iter(self._session.dataset.knowledge.muscles))
            probe = QTextDocument()
            probe.setDefaultFont(self.document().defaultFont())
            probe.setHtml(self._body(self._key(Card(muscle, (), None), "\ue001")))
            paragraph = probe.begin().next()
            assert paragraph.text() == "\ue001", "the notice follows the muscle's name"
            self._notice_kept = (colours, paragraph.blockFormat(), paragraph.charFormat(),
                                 paragraph.begin().fragment().charFormat())
        return self._notice_kept[1:]

    def _show_html(self, html: str) -> None:
        """setHtml lays the whole document out again (2-3 ms for a card) and resets the
        scroll position: skipped when the text is the one already shown.

        Setting a card costs in proportion to its length (import and layout: 1.6-2.4 ms for
        a whole card, 0.75 for the part up to its first trigger point's paragraph), and a
        pane shows only the top of it. So a card whose first part fills the pane is set in
        two steps: that part now, which the click's repaint shows, and the whole card right
        after that paint (``complete``), which shows the same pixels at the top. The first
        part is the shortest of ``_first_parts`` that filled the pane at its height last
        time; one that falls short (a taller pane) is followed by the whole card at once,
        and the next card starts from a longer part."""
        if html == self._html:
            return
        self._html = html
        self._whole = None
        self._rest_timer.stop()
        # The pane is asked of the view, not of its viewport: the first viewport() call in
        # a process makes PySide work out the class of the widget Qt made for it, loading
        # some seventy widget types (11 ms; gui/viewports.py), and the cards' first would
        # pay it. The text is wrapped, so no horizontal bar takes from the viewport's height
        cuts = _first_parts(html) if self.isVisible() else []
        if cuts:
            height = self.maximumViewportSize().height()
            if height < self._part_for_height:
                self._part = 0  # a shorter pane: a shorter part may fill it again
            self._part_for_height = height
        if self._part < len(cuts):
            self._set_html(html[:cuts[self._part]])
            layout = super().document().documentLayout()
            # (a line to spare: the part's last block ends above the pane's bottom edge, so
            # what the rest adds below it is out of sight)
            if layout is not None and layout.documentSize().height() >= \
                    height + self.fontMetrics().lineSpacing():
                self._whole = html
                return
            self._part += 1
        self._set_html(html)

    def _set_html(self, html: str) -> None:
        # setHtml empties the document first: with the scroll bar shown only as needed, it
        # went away and came back, and the new card was laid out twice, at two widths (2.1
        # ms against 1.1). Held on while the text is set, the bar then goes only if the new
        # text is short enough, as it did before.
        policy = self.verticalScrollBarPolicy()
        if policy != Qt.ScrollBarPolicy.ScrollBarAsNeeded:
            self.setHtml(html)
            return
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHtml(html)
        self.setVerticalScrollBarPolicy(policy)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # the card's own words come from the translator just installed or removed
            self._cache.clear()
            self._stale = True
            self._body_key = None  # the document shown is in the old words: no edit in place
            self.refresh(self._shown, self._session.view_model.alerts)
        elif event.type() == QEvent.Type.PaletteChange:
            # re-render with the new palette's colours (they are part of the cache's key)
            self._stale = True
            self.refresh(self._shown, self._session.view_model.alerts)


def _notice(alerts: tuple[Alert, ...]) -> str:
    """The notice a card shows while ``alerts`` apply (English: the caller translates it)."""
    from bodymap.domain.safety import Urgency  # (imported with the red-flag rules)

    return (EMERGENCY_NOTICE if any(a.urgency is Urgency.EMERGENCY for a in alerts)
            else CLINICIAN_NOTICE)


def _finish_layout(doc: QTextDocument) -> None:
    """Lay out what is left of ``doc`` before a paragraph of it is edited in place.

    A text edit lays a new card out lazily: what is in sight at once, the rest from a 10 ms
    timer. A paragraph edited while that run is under way is laid out again and the run
    ends there: the paragraphs it had not reached were never laid out, and the card, with
    its scroll bar, stopped short (2,294 of 3,998 px; 196-221 of the 290 cards the click
    bench left, whose clicks come at once after a new drawing). Asking for the document's
    size finishes the run first: nothing to do once the timer has done it (a click a user
    makes), up to 0.6 ms when a click comes within those milliseconds."""
    layout = doc.documentLayout()
    if layout is not None:
        layout.documentSize()


def _strings(value: object) -> Iterator[str]:
    """Every text in a record of the knowledge base (its fields, their tuples and records),
    in field order: what a card of it may pass to the glossary's explainer, and more."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list | frozenset):
        for item in value:
            yield from _strings(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _strings(getattr(value, f.name))
