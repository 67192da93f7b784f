"""The sentences bodymap builds (not only the fixed widget texts) are Spanish in a Spanish
window: a pattern drawn with real clicks and keys, then every candidate row (title, where
its points lie, what it explains, tooltip), the card's headline with its per-point lines,
the status bar, the chart's legend and captions and the quality words.

What may stay English is the knowledge base's own names (regions, muscles, trigger points,
nerves, the glossary's plain phrases), which the data keeps in English for now. The check
removes those names and then looks for any word that only the English texts use; the same
check on the English window must find such words, so it can fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import Quality
from bodymap.domain.regions import View
from bodymap.gui.client_panel import ClientDialog, ClientPanel
from bodymap.gui.main_window import MainWindow
from bodymap.gui.map_items import ScreenLabel
from bodymap.gui.panel.candidates import ROLE_DETAIL, ROLE_POINT
from bodymap.gui.translations import install_translators
from bodymap.session.derive import plain_place
from bodymap.store import Store
from tests.gui.helpers import click_region, open_window, region_pos, rest_on

REPO = Path(__file__).resolve().parents[2]
# a pattern with points on both sides, a numb region and a nerve candidate among the rows
DRAWN = (("left.low_back", View.BACK), ("left.buttock", View.BACK),
         ("right.low_back", View.BACK), ("left.calf_upper", View.BACK))
WORD = re.compile(r"[^\W\d_]+")


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    yield install_translators
    install_translators("en")


def _catalogue_words() -> tuple[set[str], set[str]]:
    """The words of every English source text and of every Spanish translation."""
    root = ElementTree.parse(REPO / "translations" / "bodymap_es.ts").getroot()
    assert root is not None
    english: set[str] = set()
    spanish: set[str] = set()
    for message in root.iter("message"):
        english |= _words(message.findtext("source") or "")
        spanish |= _words(message.findtext("translation") or "")
    return english, spanish


def _words(text: str) -> set[str]:
    # placeholders ({regions}) are not words of the sentence
    return {w.lower() for w in WORD.findall(re.sub(r"\{\w+\}", " ", text))}


def _data_names(dataset: Dataset) -> list[str]:
    """Every name the knowledge base gives, in the forms the sentences use, longest first
    (so that "left low back" goes before "low back")."""
    names: set[str] = set()
    for region in dataset.regions.values():
        label = region.label
        names |= {label, label[0].lower() + label[1:]}
        if " " in label:
            names.add(label.split(" ", 1)[1])
    kb = dataset.knowledge
    for muscle in kb.muscles.values():
        names |= {muscle.name, muscle.name.lower(), *muscle.aliases}
    for point in kb.trigger_points.values():
        names.add(point.name)
        names.add(plain_place(dataset, point))
    for nerve in dataset.nerves:
        names.add(nerve.nerve)
    return sorted((n for n in names if n), key=len, reverse=True)


def _english_left(texts: list[str], dataset: Dataset) -> list[tuple[str, list[str]]]:
    """(text, words) for each text that, without the knowledge base's names, still holds a
    word only the English side of the catalogue uses."""
    english, spanish = _catalogue_words()
    only_english = english - spanish
    # one pattern of every name, longest first: alternatives are tried in order
    names = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in _data_names(dataset)))
    found = []
    for text in texts:
        rest = names.sub(" ", text)
        leaked = sorted(_words(rest) & only_english)
        if leaked:
            found.append((text, leaked))
    return found


def _window(qtbot: QtBot, dataset: Dataset, tmp_path: Path, language: str) -> MainWindow:
    install_translators(language)
    settings = QSettings(str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat)
    return open_window(qtbot, dataset, settings)


def _draw_and_read(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Mark the pattern as a user does (clicks, the N key for numbness, pointing at a
    region), open the row whose card lists what each point explains, and collect every
    sentence the window then shows."""
    for rid, figure in DRAWN:
        click_region(qtbot, window, figure, rid)
    # the last clicked region has the keyboard focus: N marks it numb
    qtbot.keyClick(window.body_map.viewport(), Qt.Key.Key_N)
    assert window.session.drawing.quality("left.calf_upper") is Quality.NUMB
    model = window.panel.explore.model
    texts: list[str] = []
    with_lines = None
    for row in range(model.rowCount()):
        index = model.index(row)
        texts += [str(index.data(role)) for role in (Qt.ItemDataRole.DisplayRole,
                                                      ROLE_DETAIL, ROLE_POINT,
                                                      Qt.ItemDataRole.ToolTipRole)]
        if with_lines is None and window.session.view_model.candidates[row].point_lines:
            with_lines = row
    assert with_lines is not None, "some candidate says what each of its points explains"
    rows = window.panel.explore.list
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton,
                     pos=rows.visualRect(model.index(with_lines)).center())
    assert window.session.view_model.selected == with_lines
    card = window.session.view_model.card
    assert card is not None and card.headline
    assert card.headline in window.panel.card.toPlainText()  # shown, under the name
    texts.append(card.headline)
    rest_on(qtbot, window.body_map.viewport(), region_pos(window, View.BACK, "left.calf_upper"))
    QApplication.processEvents()
    texts.append(window.hover_label.text())
    texts += [entry.text for entry in window.exports.current_scene().legend]
    texts += [item.text() for item in window.body_map.scene().items()
              if isinstance(item, ScreenLabel)]
    return [t for t in texts if t.strip()]


def test_the_sentences_of_a_drawn_pattern_are_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path, in_language: object) -> None:
    english = _draw_and_read(qtbot, _window(qtbot, dataset, tmp_path, "en"))
    spanish = _draw_and_read(qtbot, _window(qtbot, dataset, tmp_path, "es"))
    # the check finds the English words in the English window...
    caught = {w for _, words in _english_left(english, dataset) for w in words}
    assert {"explains", "your"} <= caught
    # ...and none in the Spanish one
    assert _english_left(spanish, dataset) == []
    joined = "\n".join(spanish)
    for expected in ("Explica el dolor de tu", "(lado izquierdo)", "(izquierdo): explica",
                     "entumecimiento", "ambos lados"):
        assert expected in joined, expected


# ------------------------------------------------------------- the store's messages
def _clinic(qtbot: QtBot, dataset: Dataset, tmp_path: Path) -> ClientPanel:
    """A Spanish window with client records in a real database, its dock open, a client."""
    install_translators("es")
    settings = QSettings(str(tmp_path / "es.ini"), QSettings.Format.IniFormat)
    store = Store.open(tmp_path / "clinic.sqlite3")
    window = MainWindow(dataset, settings, store)
    qtbot.addWidget(window)
    window.destroyed.connect(store.close)
    window.show()
    qtbot.waitExposed(window)
    assert window.actions_.clients is not None
    window.actions_.clients.trigger()
    panel = window.client_panel
    assert panel is not None
    assert panel.create_client("Ana Pérez") is not None
    return panel


def _shown_messages(panel: ClientPanel) -> list[str]:
    texts = [box.text() for box in panel.findChildren(QMessageBox) if box.isVisible()]
    for box in panel.findChildren(QMessageBox):
        box.close()
    return texts


def test_a_refused_name_is_explained_in_spanish_beside_the_field(
        qtbot: QtBot, in_language: object) -> None:
    install_translators("es")
    dialog = ClientDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ana")
    dialog.name.insert("\u202e")  # pasted: a right-to-left override
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save) or \
        buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.text().startswith(
        "El nombre de un cliente no puede llevar controles de dirección del texto; este "
        "lleva U+202E RIGHT-TO-LEFT OVERRIDE en el carácter 4")
    dialog.close()


def test_a_failed_export_is_explained_in_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path, in_language: object) -> None:
    panel = _clinic(qtbot, dataset, tmp_path)
    gone = tmp_path / "removed meanwhile" / "ana.json"
    assert panel.export_json(gone) is False
    [message] = _shown_messages(panel)
    assert message.startswith(f"{gone}: no se puede escribir la exportación: ")
    assert message.endswith("Elige otra carpeta o libera espacio en el disco.")


def test_an_import_refused_in_the_background_is_explained_in_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path, in_language: object) -> None:
    """The import runs in a child process without Qt; its refusal comes back as data and
    is worded in the window's language."""
    panel = _clinic(qtbot, dataset, tmp_path)
    bad = tmp_path / "not-an-export.json"
    bad.write_bytes(b"\xff\xfe not text")
    with qtbot.waitSignal(panel.import_finished, timeout=60_000):
        assert panel.start_import(bad)
    [message] = _shown_messages(panel)
    assert message.startswith(f"{bad}: no se ha importado, no se ha cambiado nada: 1 "
                              "problema(s) en el archivo\n")
