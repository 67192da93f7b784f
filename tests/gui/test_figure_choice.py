"""Choosing the body figure (issue 17) through the real window: View → Figure redraws the map,
the default is remembered, each client keeps her own figure in the real SQLite records
across a restart, and her handout, exports and presentation are drawn on it.

The female figure here is the stand-in of tests/female_stand_in.py (the male drawings plus a
hatch across the chest), so what is drawn tells which figure it is."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QGraphicsPathItem, QMenu
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.figures import Figure
from bodymap.domain.regions import View
from bodymap.gui.clients.panel import ClientPanel
from bodymap.gui.main_window import FIGURE_SETTING, MainWindow
from bodymap.report.map_image import render_scene_image
from bodymap.report.paths import painter_path_from_d
from bodymap.scene.layouts import Layout
from bodymap.scene.scene import best_layout, build_scene
from bodymap.store import Store, VisitDraft
from tests.female_stand_in import hatch_d

from .helpers import click_region, grey, open_window


def figure_action(window: MainWindow, figure: Figure) -> QAction:
    """The View → Figure menu's item, found as a user finds it: in the menu bar."""
    menu = window.menuBar().findChild(QMenu, "menuFigure")
    assert isinstance(menu, QMenu)
    found = [a for a in menu.actions() if a.objectName() == f"figure-{figure.value}"]
    assert len(found) == 1
    return found[0]


def shown(window: MainWindow) -> Figure:
    """The figure the window's map is drawn on, as its view model says."""
    return window.session.view_model.figure


def hatch_shown(window: MainWindow, view: View = View.FRONT) -> bool:
    """Whether the map draws the stand-in female figure's chest hatch in ``view``."""
    wanted = painter_path_from_d(hatch_d(view)).boundingRect()
    scene = window.body_map.scene()
    return any(isinstance(item, QGraphicsPathItem) and item.path().boundingRect() == wanted
               for item in scene.items())


def open_clients(window: MainWindow) -> ClientPanel:
    assert window.actions_.clients is not None
    window.actions_.clients.trigger()  # the toolbar button opens the dock
    panel = window.client_panel
    assert panel is not None
    return panel


def choose_client(panel: ClientPanel, client_id: int | None) -> None:
    """Pick a client in the dock's list (None: '— choose a client —')."""
    index = panel.client_box.findData(client_id) if client_id is not None else 0
    assert index >= 0
    panel.client_box.setCurrentIndex(index)


def test_choosing_female_in_the_view_menu_redraws_the_map_and_is_remembered(
        qtbot: QtBot, two_figures: Dataset, settings: QSettings) -> None:
    w = open_window(qtbot, two_figures, settings)
    click_region(qtbot, w, View.BACK, "left.low_back")
    male, female = figure_action(w, Figure.MALE), figure_action(w, Figure.FEMALE)
    assert male.isChecked() and female.isEnabled() and not female.isChecked()
    assert not hatch_shown(w)
    female.trigger()
    assert shown(w) is Figure.FEMALE
    assert female.isChecked() and not male.isChecked()
    assert hatch_shown(w, View.FRONT) and hatch_shown(w, View.BACK)
    # the drawing stays, and the new figure's regions take clicks
    assert dict(w.session.drawing) == {"left.low_back": 5}
    click_region(qtbot, w, View.FRONT, "left.chest")
    assert set(w.session.drawing) == {"left.low_back", "left.chest"}
    w.set_layout(Layout.SIDES)
    assert hatch_shown(w, View.LEFT)
    w.close()
    # with no client open the choice is the window's default, for the next start
    assert settings.value(FIGURE_SETTING) == "female"
    again = open_window(qtbot, two_figures, settings)
    assert shown(again) is Figure.FEMALE and hatch_shown(again, View.LEFT)
    assert figure_action(again, Figure.FEMALE).isChecked()
    figure_action(again, Figure.MALE).trigger()
    assert not hatch_shown(again, View.LEFT) and settings.value(FIGURE_SETTING) == "male"


def test_a_figure_that_is_not_installed_cannot_be_chosen(
        qtbot: QtBot, two_figures: Dataset, settings: QSettings) -> None:
    settings.setValue(FIGURE_SETTING, "female")  # saved where the female figure was there
    male_only = dataclasses.replace(two_figures, female_atlas=None)
    w = open_window(qtbot, male_only, settings)
    female = figure_action(w, Figure.FEMALE)
    assert not female.isEnabled() and "not installed" in female.toolTip()
    assert shown(w) is Figure.MALE
    assert figure_action(w, Figure.MALE).isChecked()


def test_a_clients_figure_survives_closing_and_reopening_with_the_same_database(
        qtbot: QtBot, two_figures: Dataset, settings: QSettings, db: Path) -> None:
    first = Store.open(db)
    w = open_window(qtbot, two_figures, settings, first)
    panel = open_clients(w)
    ana = panel.create_client("Ana Silva")
    bob = panel.create_client("Bob Jones")
    assert ana is not None and bob is not None
    choose_client(panel, ana.id)
    figure_action(w, Figure.FEMALE).trigger()
    assert first.client(ana.id).figure is Figure.FEMALE
    assert settings.value(FIGURE_SETTING) is None  # hers, not the window's default
    click_region(qtbot, w, View.FRONT, "left.chest")
    panel.save_visit(VisitDraft(date=dt.date(2026, 11, 2), drawing=dict(w.session.drawing),
                                pain_before=6))
    w.close()
    first.close()

    second = Store.open(db)
    try:
        w2 = open_window(qtbot, two_figures, settings, second)
        assert shown(w2) is Figure.MALE  # no client open: the default
        panel2 = open_clients(w2)
        choose_client(panel2, ana.id)
        assert shown(w2) is Figure.FEMALE and hatch_shown(w2)
        assert figure_action(w2, Figure.FEMALE).isChecked()
        choose_client(panel2, bob.id)  # Bob never chose: the default again
        assert shown(w2) is Figure.MALE and not hatch_shown(w2)
        choose_client(panel2, ana.id)
        # her saved visit reopens on her figure (a real double-click on the list)
        w2.session.clear()
        item = panel2.visit_list.item(0)
        assert item is not None
        rect = panel2.visit_list.visualItemRect(item)
        qtbot.mouseClick(panel2.visit_list.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        qtbot.mouseDClick(panel2.visit_list.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
        assert dict(w2.session.drawing) == {"left.chest": 5}
        assert shown(w2) is Figure.FEMALE and hatch_shown(w2)
        choose_client(panel2, None)
        assert shown(w2) is Figure.MALE
        w2.close()
    finally:
        second.close()


def test_the_first_visit_of_a_client_keeps_the_figure_it_was_drawn_on(
        qtbot: QtBot, two_figures: Dataset, settings: QSettings, store: Store) -> None:
    settings.setValue(FIGURE_SETTING, "female")
    w = open_window(qtbot, two_figures, settings, store)
    panel = open_clients(w)
    cleo = panel.create_client("Cleo")
    assert cleo is not None and cleo.figure is None
    panel.save_visit(VisitDraft(date=dt.date(2026, 11, 3), drawing={"left.temple": 4}))
    assert store.client(cleo.id).figure is Figure.FEMALE
    # the window's default changing later does not move her visits to another body
    choose_client(panel, None)
    figure_action(w, Figure.MALE).trigger()
    choose_client(panel, cleo.id)
    assert shown(w) is Figure.FEMALE


# -- what leaves the window: handout, exports, presentation ----------------------------------

def pdf_jpegs(pdf: bytes) -> list[QImage]:
    """The JPEG images a PDF embeds (Qt writes the handout's pictures that way), decoded."""
    images = []
    for header in re.finditer(rb"<<[^>]*?/Subtype /Image[^>]*?/Filter /DCTDecode[^>]*?>>", pdf):
        start = pdf.index(b"stream", header.end()) + len(b"stream")
        start += 2 if pdf[start:start + 2] == b"\r\n" else 1
        end = pdf.index(b"endstream", start)
        image = QImage.fromData(pdf[start:end])
        assert not image.isNull()
        images.append(image)
    return images



def test_a_clients_handout_is_drawn_on_her_figure(
        qtbot: QtBot, two_figures: Dataset, settings: QSettings, store: Store,
        tmp_path: Path) -> None:
    w = open_window(qtbot, two_figures, settings, store)
    panel = open_clients(w)
    ana = panel.create_client("Ana Silva")
    assert ana is not None
    figure_action(w, Figure.FEMALE).trigger()
    click_region(qtbot, w, View.FRONT, "left.chest")
    out = tmp_path / "ana.pdf"
    assert w.exports.write_handout(out, ["pectoralis_major"], client="Ana Silva")
    pain = PainDrawing({"left.chest": 5})
    rendered = {}
    for figure in Figure:
        atlas = two_figures.atlas_for(figure)
        scene = build_scene(atlas, best_layout(atlas, pain, ()), pain)
        rendered[figure] = grey(render_scene_image(scene, height=900))
    # the handout's first picture is the client's drawing: hers, not the male figure
    drawn = grey(pdf_jpegs(out.read_bytes())[0])
    assert drawn.shape == rendered[Figure.FEMALE].shape
    # where the two figures differ (the hatch), the picture in the PDF is the female one
    differ = np.abs(rendered[Figure.FEMALE] - rendered[Figure.MALE]) > 40
    assert differ.sum() > 500
    to_female = np.abs(drawn - rendered[Figure.FEMALE])[differ].mean()
    to_male = np.abs(drawn - rendered[Figure.MALE])[differ].mean()
    assert to_female < to_male / 3, (to_female, to_male)


def test_exports_and_presentation_use_the_figure_shown(
        qtbot: QtBot, two_figures: Dataset, settings: QSettings, tmp_path: Path) -> None:
    w = open_window(qtbot, two_figures, settings)
    click_region(qtbot, w, View.FRONT, "left.chest")
    figure_action(w, Figure.FEMALE).trigger()
    scene = w.exports.current_scene()
    assert all(hatch_d(f.view) in f.shape.details for f in scene.figures.figures)
    assert w.exports.export_image(tmp_path / "female.png")
    assert w.exports.export_image(tmp_path / "female.svg")
    figure_action(w, Figure.MALE).trigger()
    assert w.exports.export_image(tmp_path / "male.png")
    assert w.exports.export_image(tmp_path / "male.svg")
    # the same drawing and caption: the SVG on the female figure has the hatch's lines more
    female_svg, male_svg = ((tmp_path / f"{n}.svg").read_text(encoding="utf-8")
                            for n in ("female", "male"))
    assert len(female_svg) > len(male_svg)
    female_png, male_png = (QImage(str(tmp_path / f"{n}.png")) for n in ("female", "male"))
    assert female_png.size() == male_png.size()
    # the hatch: thousands of pixels darker on the female figure, and nothing else moved
    changed = grey(male_png) - grey(female_png)
    assert (changed > 30).sum() > 1000 and (changed < -30).sum() == 0
    figure_action(w, Figure.FEMALE).trigger()
    w.presentation.set_on(True)
    try:
        assert hatch_shown(w)
    finally:
        w.presentation.set_on(False)
    assert shown(w) is Figure.FEMALE
