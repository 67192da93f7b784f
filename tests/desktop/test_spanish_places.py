"""In a Spanish window the places are named in Spanish too (data/i18n/es/regions.yaml): a
user clicks the low back and the buttock, points at them, opens a candidate, right-clicks a
region and searches the Muscles tab by a Spanish place name; no English region label is
left in what the window then shows, and the English window, read the same way, has them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.gui.map_items import RegionItem
from bodymap.gui.panel.candidates import ROLE_DETAIL, ROLE_POINT
from bodymap.gui.region_menu import region_menu
from bodymap.gui.translations import install_translators
from tests.gui.helpers import click_region, open_window, region_pos, rest_on

DRAWN = (("left.low_back", View.BACK), ("left.buttock", View.BACK))


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators("en")


def _window(qtbot: QtBot, dataset: Dataset, tmp_path: Path, language: str) -> MainWindow:
    install_translators(language)
    settings = QSettings(str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat)
    return open_window(qtbot, dataset, settings)


def _read(qtbot: QtBot, window: MainWindow, place_query: str) -> dict[str, list[str]]:
    """Click the two regions, open the first candidate, point at the low back, open its
    region menu and search a place: every text that names a place, by where it is shown."""
    for rid, view in DRAWN:
        click_region(qtbot, window, view, rid)
    model = window.panel.explore.model
    assert model.rowCount() > 0
    rows = [str(model.index(r).data(role)) for r in range(model.rowCount())
            for role in (Qt.ItemDataRole.DisplayRole, ROLE_DETAIL, ROLE_POINT,
                         Qt.ItemDataRole.ToolTipRole)]
    listing = window.panel.explore.list
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.visualRect(model.index(0)).center())
    card = window.session.view_model.card
    assert card is not None and card.headline
    assert card.headline in window.panel.card.toPlainText()
    rest_on(qtbot, window.body_map.viewport(), region_pos(window, View.BACK, "left.low_back"))
    QApplication.processEvents()
    menu = region_menu(window.session, "left.low_back", window)
    menu_texts = [menu.title(), *(a.text() for a in menu.actions())]
    menu.deleteLater()
    tooltips = [item.toolTip() for item in window.body_map.scene().items()
                if isinstance(item, RegionItem) and item.rid in ("left.low_back",
                                                                 "left.buttock")]
    window.panel.show_muscles()
    qtbot.keyClicks(window.panel.browse.search_box, place_query)
    browse = window.panel.browse.model
    found = [browse.index(r, 0).data() for r in range(browse.rowCount())]
    found += [browse.index(c, 0, browse.index(r, 0)).data()
              for r in range(browse.rowCount())
              for c in range(browse.rowCount(browse.index(r, 0)))]
    return {"rows": rows, "headline": [card.headline], "status": [window.hover_label.text()],
            "menu": menu_texts, "tooltips": tooltips, "search": [str(t) for t in found]}


def _english_places(texts: list[str], dataset: Dataset) -> list[str]:
    """The English region names (with or without their side) found in ``texts``, once the
    knowledge base's muscle and trigger-point names (English by design) are taken out."""
    kb = dataset.knowledge
    keep = sorted({n for m in kb.muscles.values() for n in (m.name, *m.aliases)}
                  | {tp.name for tp in kb.trigger_points.values()}, key=len, reverse=True)
    names = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in keep))
    places = sorted({r.place_name for r in dataset.regions.values()}, key=len, reverse=True)
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in places),
                         re.IGNORECASE)
    return [hit for text in texts for hit in pattern.findall(names.sub(" ", text))]


def test_a_spanish_window_names_the_places_in_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path, in_language: None) -> None:
    english = _read(qtbot, _window(qtbot, dataset, tmp_path, "en"), "low back")
    spanish = _read(qtbot, _window(qtbot, dataset, tmp_path, "es"), "zona lumbar")
    # the check finds the English places in the English window...
    assert "low back" in [p.lower() for p in _english_places(english["headline"], dataset)]
    assert _english_places(english["status"] + english["menu"], dataset)
    # ...and none anywhere in the Spanish one
    for where, texts in spanish.items():
        assert _english_places(texts, dataset) == [], (where, texts)
    # the status bar names the region under the pointer, or else the one just clicked
    assert spanish["status"][0].startswith(("Zona lumbar izquierda", "Glúteo izquierdo"))
    assert spanish["menu"][0] == "Zona lumbar izquierda"
    assert sorted(spanish["tooltips"]) == ["Glúteo izquierdo", "Zona lumbar izquierda"]
    assert "glúteo y zona lumbar (lado izquierdo)" in spanish["headline"][0] \
        or "zona lumbar y glúteo (lado izquierdo)" in spanish["headline"][0]
    assert any("zona lumbar" in row or "glúteo" in row for row in spanish["rows"])
    assert any(t.startswith("Marcar: zona lumbar") for t in spanish["search"]), \
        spanish["search"]
    # English keeps its words: the same search in English, the same labels
    assert english["menu"][0] == "Left low back"
    assert any(t.startswith("Mark: left low back") or t.startswith("Mark: low back")
               for t in english["search"]), english["search"]
