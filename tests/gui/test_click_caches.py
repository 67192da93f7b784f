"""What the click path keeps between clicks must never show something stale: the muscle card's
HTML (kept per card, notice, colours and language) and the map's items (kept as pixmaps)."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsPathItem, QTextBrowser
from pytestqt.qtbot import QtBot

from bodymap.domain.drawing import PainDrawing
from bodymap.domain.regions import View
from bodymap.domain.safety import Urgency
from bodymap.gui.body_map import BodyMapView
from bodymap.gui.main_window import MainWindow
from bodymap.gui.map_items import RegionItem
from bodymap.gui.panel.card import CLINICIAN_NOTICE, EMERGENCY_NOTICE
from bodymap.gui.theme import card_colours
from bodymap.gui.translations import install_translators
from bodymap.report import palette
from bodymap.report.card_html import muscle_card
from bodymap.scene.layouts import Layout
from bodymap.session.view_model import Card
from tests.gui.helpers import click, click_region, dark_palette, fresh_card_text, region_pos


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators("en")


def test_the_card_follows_the_selection_back_and_forth(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    card = window.panel.card
    window.session.select_muscle("soleus")
    soleus = card.toPlainText()
    window.session.select_muscle("trapezius")
    trapezius = card.toPlainText()
    assert "Soleus" in soleus and "Soleus" not in trapezius.splitlines()[0]
    window.session.select_muscle("soleus")  # served from the cache
    assert card.toPlainText() == soleus == fresh_card_text(window)


def test_the_card_follows_the_drawing_and_comes_back(qtbot: QtBot,
                                                    window: MainWindow) -> None:
    """Each drawing's best candidate, with its points and headline, is its own card."""
    card = window.panel.card
    window.session.open_drawing(PainDrawing.of(["left.temple"]))
    temple = card.toPlainText()
    assert temple == fresh_card_text(window)
    window.session.open_drawing(PainDrawing.of(["left.calf_upper", "left.calf_lower"]))
    assert card.toPlainText() != temple
    assert card.toPlainText() == fresh_card_text(window)
    window.session.undo()  # back to the temple: its card comes from the cache
    assert card.toPlainText() == temple == fresh_card_text(window)


def test_a_palette_change_recolours_a_cached_card(qtbot: QtBot, window: MainWindow) -> None:
    card = window.panel.card
    window.session.select_muscle("soleus")
    window.session.select_muscle("trapezius")
    light_html = card.toHtml()
    card.setPalette(dark_palette())
    assert card.toHtml() != light_html
    window.session.select_muscle("soleus")  # was cached in the light colours
    text_colour = card_colours(card.palette()).text
    assert text_colour.lower() in card.toHtml().lower()
    assert card.toPlainText() == fresh_card_text(window)


def test_a_language_change_rewrites_a_cached_card(qtbot: QtBot, window: MainWindow,
                                                  english_after: None) -> None:
    card = window.panel.card
    window.session.select_muscle("soleus")
    english = card.toPlainText()
    assert "How to release it" in english
    install_translators("es")  # Qt posts LanguageChange to every widget
    QApplication.processEvents()
    spanish = card.toPlainText()
    assert "How to release it" not in spanish
    assert spanish == fresh_card_text(window)
    install_translators("en")
    QApplication.processEvents()
    assert card.toPlainText() == english


def _pixel(window: MainWindow, rid: str) -> QColor:
    window.body_map.viewport().repaint()
    image = window.body_map.viewport().grab().toImage()
    pos = region_pos(window, View.FRONT, rid)
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(pos.x() * ratio), round(pos.y() * ratio))


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                                    (a.blue(), b.blue())))


def test_a_clicked_region_is_repainted_at_once(qtbot: QtBot, window: MainWindow) -> None:
    """The regions are drawn from pixmaps kept between paints: a click must still show the
    new fill, and the second click the skin again."""
    rid = "left.shoulder_front" if window.body_map.region_item(
        View.FRONT, "left.shoulder_front") is not None else \
        next(iter(window.session.atlas.views[View.FRONT].regions))
    before = _pixel(window, rid)
    assert not _near(before, palette.PAIN, 60)
    click_region(qtbot, window, View.FRONT, rid)
    assert rid in window.session.drawing
    marked = _pixel(window, rid)
    assert marked != before
    assert marked.red() > marked.blue() + 60, f"{marked.name()} is not a pain fill"
    click_region(qtbot, window, View.FRONT, rid)
    assert rid not in window.session.drawing
    # the pattern overlay is gone too, so the region shows its own skin fill again
    assert _near(_pixel(window, rid), before, 8)


def test_the_card_html_is_what_muscle_card_gives(qtbot: QtBot, window: MainWindow) -> None:
    """The card is kept with a slot for its headline; filled in, it is muscle_card's HTML,
    with no headline and with one that needs escaping."""
    ds = window.session.dataset
    card = window.panel.card
    muscle = ds.knowledge.muscles["soleus"]
    points = tuple(tp for tp in muscle.trigger_points if tp.side.value == "right")
    for headline in (None, "Explains your <left> calf & heel; not your \"knee\"."):
        shown = Card("soleus", points, headline)
        expected = muscle_card(muscle, ds.regions, points, headline, glossary=ds.glossary,
                               gates=ds.safety.gates_for("soleus"),
                               colours=card_colours(card.palette()), jump=True,
                               translate=QCoreApplication.translate)
        assert card.card_html(shown) == expected


def _headline_only_change(window: MainWindow) -> tuple[PainDrawing, str]:
    """A drawing and a region whose click changes the card's headline and nothing else."""
    session = window.session
    rids = sorted(session.atlas.views[View.FRONT].regions)[:40]
    for first in rids:
        for second in rids:
            if second == first:
                continue
            session.open_drawing(PainDrawing.of([first]))
            before = session.view_model.card
            session.toggle(second)
            after = session.view_model.card
            if before is not None and after is not None and before != after and \
                    (before.muscle, before.points) == (after.muscle, after.points) and \
                    before.headline and after.headline:
                return PainDrawing.of([first]), second
    raise AssertionError("no click among the first 40 front regions changes only a headline")


def test_a_new_headline_reads_as_the_card_built_anew(qtbot: QtBot, window: MainWindow) -> None:
    """The headline is written into the laid-out card: the document must be the one setHtml
    of the whole card gives, read from the top, with nothing kept for undo."""
    drawing, region = _headline_only_change(window)
    card = window.panel.card
    window.session.open_drawing(drawing)
    first = window.session.view_model.card
    assert first is not None and first.headline
    old_headline = first.headline
    card.verticalScrollBar().setValue(card.verticalScrollBar().maximum())
    window.session.toggle(region)
    shown = window.session.view_model.card
    assert shown is not None and shown.headline != old_headline
    probe = type(card)(window.session)
    try:
        probe.setHtml(card.card_html(shown))
        assert card.toHtml() == probe.toHtml()
    finally:
        probe.deleteLater()
    assert card.toPlainText() == fresh_card_text(window)
    assert old_headline not in card.toPlainText()
    assert card.verticalScrollBar().value() == 0
    assert not card.document().isUndoAvailable()


def _overlay_description(view: BodyMapView) -> list[tuple[object, ...]]:
    """Each overlay item as a user sees it, bottom to top: kind, where, its outline and
    colours."""
    out: list[tuple[object, ...]] = []
    for item in sorted(view.overlay_items(), key=lambda it: it.zValue()):
        assert isinstance(item, QGraphicsPathItem)
        box = item.sceneBoundingRect()
        out.append((item.data(0), round(box.x(), 3), round(box.y(), 3), round(box.width(), 3),
                    round(box.height(), 3), item.path().elementCount(),
                    item.pen().color().name(), item.pen().style(), item.brush().style(),
                    item.brush().color().name(), item.acceptedMouseButtons()))
    return out


def test_overlay_items_kept_between_clicks_read_as_a_fresh_map(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    """Clicks keep the overlay items that did not change; the map then shows what a map
    drawn from scratch shows, stacked in the same order, and the kept zones are the same
    items."""
    drawing, region = _headline_only_change(window)
    window.session.open_drawing(drawing)
    before = {id(it): it.data(0) for it in window.body_map.overlay_items()}
    window.session.toggle(region)
    after = window.body_map.overlay_items()
    kept = [it.data(0) for it in after if id(it) in before]
    assert "essential" in kept, "the unchanged main zone was rebuilt"
    for rid in ("left.temple", "left.calf_upper", region, "left.temple"):
        window.session.toggle(rid)
        fresh = BodyMapView(window.session)
        try:
            assert _overlay_description(window.body_map) == _overlay_description(fresh)
        finally:
            window.session.unsubscribe(fresh.refresh)
            fresh.deleteLater()


def _drawn_at(view: BodyMapView, pos: QPoint) -> set[str]:
    """The regions whose outline meets the pixel at ``pos`` inside their figure's frame
    (regions tile the body: at most the two or three along a border)."""
    pixel = view.viewportTransform().inverted()[0].mapRect(QRectF(pos.x(), pos.y(), 1, 1))
    out: set[str] = set()
    for item in view.region_items():
        frame = item.parentItem()
        assert frame is not None
        inside_frame = not frame.flags() & \
            QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape or \
            frame.shape().intersects(frame.mapRectFromScene(pixel))
        if inside_frame and item.path().intersects(item.mapRectFromScene(pixel)):
            out.add(item.rid)
    return out


@pytest.mark.parametrize("layout", list(Layout), ids=lambda layout: layout.value)
def test_region_at_finds_the_region_drawn_under_the_pointer(qtbot: QtBot, window: MainWindow,
                                                           layout: Layout) -> None:
    """On a grid over the map of every layout, with a pattern drawn over it, the region
    under the pointer is one whose outline is there, and none where no outline is. (Qt's
    own shape test gives a close-up's regions their bounding boxes: it found the wrong
    region in the close-ups.)"""
    window.session.open_drawing(PainDrawing.of(["left.temple", "left.calf_upper"]))
    window.session.set_layout(layout)
    view = window.body_map
    rect = view.viewport().rect()
    found = 0
    for x in range(0, rect.width(), 13):
        for y in range(0, rect.height(), 13):
            pos = QPoint(x, y)
            item = view.region_at(pos)
            drawn = _drawn_at(view, pos)
            if item is None:
                assert not drawn, f"{layout.value} at ({x}, {y}): {drawn} missed"
            else:
                assert item.rid in drawn, f"{layout.value} at ({x}, {y}): {item.rid} not there"
                found += 1
    assert found > 50


def test_a_click_in_a_close_up_marks_the_region_under_it(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    """Where a neighbour's bounding box overlaps a region in the head close-up, the click
    marks the region the user sees under the pointer."""
    window.session.set_layout(Layout.HEAD)
    view = window.body_map
    rect = view.viewport().rect()
    for x in range(0, rect.width(), 5):
        for y in range(0, rect.height(), 5):
            pos = QPoint(x, y)
            qt_pick = next((it for it in view.items(pos) if isinstance(it, RegionItem)), None)
            drawn = _drawn_at(view, pos)
            if qt_pick is not None and len(drawn) == 1 and qt_pick.rid not in drawn:
                click(qtbot, window, pos)
                assert set(window.session.drawing) == drawn
                return
    pytest.fail("no overlapping bounding boxes in the head close-up any more")


def test_the_card_scroll_bar_comes_and_goes_with_the_text(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    """The card is given its new text with the scroll bar held on (so it is laid out once):
    afterwards the bar shows only when the text is longer than the card, and the text is
    wrapped at the width it is shown at."""
    card = window.panel.card

    def check(long: bool) -> None:
        QApplication.processEvents()
        bar = card.verticalScrollBar()  # (the steady one from the first card on)
        assert card.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
        assert bar.isVisible() is long
        assert card.document().textWidth() == card.viewport().width()
        assert bar.value() == 0

    welcome = card.toPlainText()
    assert card.document().size().height() < card.viewport().height(), \
        "the welcome text fits (the window is 1400 x 900)"
    check(long=False)
    click_region(qtbot, window, View.BACK, "left.low_back")
    check(long=True)
    window.session.select_muscle("soleus")
    check(long=True)
    click_region(qtbot, window, View.BACK, "left.low_back")  # unmarked: the welcome again
    assert card.toPlainText() == welcome
    check(long=False)
    window.session.select_muscle("trapezius")
    check(long=True)
    assert card.toPlainText() == fresh_card_text(window)


def _view_of(window: MainWindow, rid: str) -> View:
    return next(v for v in window.body_map.views_shown()
                if window.body_map.region_item(v, rid) is not None)


def _reads_as_built_anew(window: MainWindow) -> bool:
    """Whether the card's last paragraph kept the user state 7 (taken off, so that it does
    not show in its HTML); asserts the card reads as setHtml of the whole card gives it."""
    card = window.panel.card
    last = card.document().lastBlock()
    kept = last.userState() == 7
    last.setUserState(-1)
    shown = window.session.view_model.card
    assert shown is not None
    alerts = window.session.view_model.alerts
    notice = "" if not alerts else card.tr(
        EMERGENCY_NOTICE if any(a.urgency is Urgency.EMERGENCY for a in alerts)
        else CLINICIAN_NOTICE)
    probe = type(card)(window.session)
    try:
        probe.setHtml(card.card_html(shown, notice))
        assert card.toHtml() == probe.toHtml()
    finally:
        probe.deleteLater()
    assert card.verticalScrollBar().value() == 0
    assert not card.document().isUndoAvailable()
    return kept


def test_a_notice_coming_changing_and_going_is_written_in_place(
        qtbot: QtBot, window: MainWindow) -> None:
    """A click that brings or takes away an alert but keeps the card: its notice paragraph
    is added, rewritten or taken out of the laid-out card (its last paragraph keeps the
    state set on it below, which a card laid out anew would not), and the document is
    the one setHtml of the whole card gives, read from the top."""
    card = window.panel.card
    # an Achilles tendon, then the breastbone: the same card, and a clinician notice
    click_region(qtbot, window, _view_of(window, "left.achilles"), "left.achilles")
    before = window.session.view_model
    assert before.card is not None and not before.alerts

    def mark_title() -> None:
        card.document().lastBlock().setUserState(7)
        card.verticalScrollBar().setValue(card.verticalScrollBar().maximum())

    steps = []
    mark_title()
    click_region(qtbot, window, _view_of(window, "left.sternum"), "left.sternum")
    steps.append(window.session.view_model)
    assert _reads_as_built_anew(window)
    assert card.tr(CLINICIAN_NOTICE) in card.toPlainText()
    # an emergency flag ticked: the notice is rewritten
    emergency = next(f.id for f in window.session.dataset.safety.checklist
                     if f.urgency is Urgency.EMERGENCY)
    mark_title()
    window.session.set_red_flags([emergency])
    steps.append(window.session.view_model)
    assert _reads_as_built_anew(window)
    assert card.tr(EMERGENCY_NOTICE) in card.toPlainText()
    window.session.set_red_flags([])
    mark_title()
    click_region(qtbot, window, _view_of(window, "left.sternum"), "left.sternum")  # off
    steps.append(window.session.view_model)
    assert _reads_as_built_anew(window)
    assert card.tr(CLINICIAN_NOTICE) not in card.toPlainText()
    assert all(vm.card is not None and (vm.card.muscle, vm.card.points)
               == (before.card.muscle, before.card.points) for vm in steps)
    assert card.toPlainText() == fresh_card_text(window)
    # in a dark palette the notice is added in that palette's colours
    card.setPalette(dark_palette())
    mark_title()
    click_region(qtbot, window, _view_of(window, "left.sternum"), "left.sternum")
    assert _reads_as_built_anew(window)
    assert card.tr(CLINICIAN_NOTICE) in card.toPlainText()


def _laid_out_whole(card: QTextBrowser) -> bool:
    """Whether the card, its lazy layout done, is as tall as the same document laid out
    anew at its width, and its scroll bar reaches its end."""
    doc = card.document()
    height = doc.size().height()  # (finishes a layout under way, as its timer would)
    QApplication.processEvents()  # (the scroll bar learns the size)
    whole = QTextDocument()
    whole.setDocumentMargin(doc.documentMargin())
    whole.setDefaultFont(doc.defaultFont())
    whole.setHtml(doc.toHtml())
    whole.setTextWidth(doc.pageSize().width())
    bar = card.verticalScrollBar()
    return height == whole.size().height() and \
        abs(bar.maximum() - (whole.size().height() - card.viewport().height())) <= 1


def test_a_card_edited_in_place_as_soon_as_it_shows_is_laid_out_to_its_end(
        qtbot: QtBot, window: MainWindow) -> None:
    """A new card is laid out lazily (what is in sight first, the rest on a 10 ms timer);
    a headline or notice written in place before the rest was reached ended the card there,
    its last paragraphs never laid out. Drawings opened and clicked at once, as the click
    bench does: after each click that edits the card in place, the whole card is there."""
    card = window.panel.card
    rng = random.Random(20240601)
    targets = [(view, rid) for view in window.body_map.views_shown()
               for rid in sorted(window.session.atlas.views[view].regions)
               if window.body_map.region_item(view, rid) is not None]
    edited = 0
    for _ in range(80):
        marked = [rid for _view, rid in rng.sample(targets, rng.randint(1, 8))]
        window.session.open_drawing(PainDrawing.of(marked))
        for _ in range(3):
            QApplication.processEvents()
        before = window.session.view_model.card
        view, rid = rng.choice(targets)
        try:
            pos = region_pos(window, view, rid)
        except KeyError:
            continue  # (a region too small to hit at this zoom)
        click(qtbot, window, pos)
        QApplication.processEvents()
        after = window.session.view_model.card
        if before is None or after is None or before == after or \
                (before.muscle, before.points) != (after.muscle, after.points):
            continue
        edited += 1
        assert _laid_out_whole(card), f"click {edited} on {rid}"
        if edited == 8:
            break
    assert edited == 8

