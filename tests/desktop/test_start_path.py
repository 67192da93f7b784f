"""What `bodymap` has imported when its window first paints, in a clean interpreter.

Every module on the start path delays the first screen; these must wait until they are
needed: the progress chart's pyqtgraph (the clients dock), fuzzy search's difflib (the first
search), the client records (opened after the first paint), and, once the validated bundle
exists, pydantic, PyYAML and the XML parser (a full load)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# two fresh interpreters with Qt: the slow lane
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

# Starts the window the way the `bodymap` command does (cli.main with no subcommand) and,
# at the main window's first paint event, notes sys.modules and whether the garbage
# collector runs, and quits the event loop 600 ms later, noting them again.
_CHILD = """
import gc, json, linecache, sys
from bodymap.cli import main  # first, as the `bodymap` command: PySide6 comes with the GUI
from bodymap.gui.app import application
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

app = application()
seen = []
collector = {}
first_click = {}
qt = {}

def made_for_the_first_click():
    gui = vars(sys.modules["PySide6.QtGui"])
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
    # the bundle's sides part (the side views, adjacency, other languages' names): looked
    # at first, as reading the glossary decodes the later part, which continues from it
    sides = getattr(window.session.dataset.atlas.views, "loaded", True)
    # the region catalogue, built when a region is first looked up (RegionCatalogue.later)
    regions = type(window.session.dataset.regions).__name__ == "RegionCatalogue"
    glossary = window.session.dataset.glossary
    # (not the classes of objects that receive events: this child's event filter makes
    # those, e.g. QCommonStyle and QScrollBar)
    return {"QAccessible": "QAccessible" in gui, "QTextBlock": "QTextBlock" in gui,
            "glossary": "pattern" in vars(glossary), "side views": sides, "regions": regions,
            # the records the start made a few of: their __init__ is compiled by the warm-up
            "record inits": sorted(c.__qualname__
                                   for c in sys.modules["bodymap.domain.records"]._USED)}

def quit_noting_the_collector():
    collector.update(after=gc.isenabled(), frozen=gc.get_freeze_count())
    qt["types_later"] = sorted(name for module in ("PySide6.QtGui", "PySide6.QtWidgets")
                               for name in vars(sys.modules[module]))
    first_click.update(later=made_for_the_first_click())
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow) and not seen:
            seen.append(list(sys.modules))  # in the order they were imported
            collector["at_paint"] = gc.isenabled()
            first_click["at_paint"] = made_for_the_first_click()
            qt["types"] = sorted(name for module in ("PySide6.QtGui", "PySide6.QtWidgets")
                                 for name in vars(sys.modules[module]))
            table = sys.modules["shibokensupport.feature"].pyside_feature_dict
            qt["features"] = {m: table.get(m) for m in sys.modules if m.startswith("bodymap")}
            qt["sources_read"] = sorted(linecache.cache)  # (what the hook read stays there)
            QTimer.singleShot(600, quit_noting_the_collector)
        return False

watch = FirstPaint()
app.installEventFilter(watch)
status = main(["--db", sys.argv[1]])
print(json.dumps({"status": status, "modules": seen[0] if seen else None,
                  "collector": collector, "first_click": first_click, "qt": qt}))
"""

#: never needed before the first paint, whatever the bundle's state: the client records
#: (sqlite3 and the store) are opened after it; the search runs when the user types; the
#: model's worker thread pool starts after the paint; logging.handlers (socket, pickle,
#: queue) is not used at all; the window icon and the log folder's opener (gui.desktop)
#: come after the paint, the handout and image exports (gui.exports) when used
NEVER = ("pyqtgraph", "difflib", "bodymap.gui.client_panel", "sqlite3", "bodymap.store",
         "bodymap.domain.search", "concurrent.futures", "logging.handlers", "PySide6.QtSvg",
         "bodymap.gui.desktop", "bodymap.gui.exports",
         # the Muscles page is built when shown, or in idle time after the first paint
         "bodymap.gui.panel.browse",
         # the user's folders are worked out by bodymap.userdirs on Linux
         *(("platformdirs",) if sys.platform == "linux" else ()))
#: needed only when the files changed: the key is a SHA-256 (OpenSSL weighs 3.5 MiB; a
#: start from a current bundle compares the files' signature instead), and a full load
#: checks the female figure too, whose deformation a warm start reads only with her;
#: typing_extensions comes with pydantic (our @override needs it for mypy only); datetime
#: comes with the exports (and pydantic), not with the window
WARM_NEVER = ("hashlib", "_hashlib", "bodymap.domain.figure_shape", "typing_extensions",
              "datetime",
              # the referral model's module: its parameters are read by a full load; a warm
              # start's model worker imports it after the first paint
              "bodymap.domain.referral",
              # the modules of the other fields a warm start leaves for later: imported when
              # one is decoded (the red-flag rules when a drawing or an answer needs them)
              "bodymap.domain.safety", "bodymap.domain.glossary", "bodymap.domain.nerves",
              "bodymap.domain.prevalence", "bodymap.domain.search_terms",
              # what only ranking (session.derive's functions), a card's regions or a pain
              # quality's symbol needs: with the first drawing, card or quality
              "bodymap.domain.hypotheses", "bodymap.domain.hypothesis_wording",
              "bodymap.domain.wording", "bodymap.domain.explanation",
              "bodymap.domain.quality_symbols",
              # the muscles' classes (four enums, six records: 3 ms): with the muscles,
              # which the bundle leaves for later; the KnowledgeBase made at start comes
              # from bodymap.domain.knowledge_base
              "bodymap.domain.knowledge",
              # the card's writer (card_parts has what the first screen shows of it) and
              # the place names of other languages (a start in English translates none)
              "bodymap.report.card_html", "bodymap.domain.place_names")
#: needed only by a full validating load, which a current bundle spares: the files'
#: schemas (pydantic), the YAML and SVG parsers
FULL_LOAD_ONLY = ("yaml", "defusedxml", "xml.etree.ElementTree", "xml.dom", "pydantic",
                  "pydantic_core", "bodymap.domain.schemas")


#: bodymap's modules that never import Qt
QT_FREE = ("bodymap.domain", "bodymap.scene", "bodymap.session", "bodymap.logs",
           "bodymap.i18n", "bodymap.resources", "bodymap.userdirs",
           "bodymap.report.card_html", "bodymap.report.card_parts")


def _first_paint(tmp_path: Path) -> dict[str, Any]:
    """What the child saw: the modules imported when the window first painted (in the
    order of their import), and the garbage collector's state then and 600 ms later."""
    child = tmp_path / "first_paint.py"
    child.write_text(_CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "BODYMAP_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, str(child), str(tmp_path / "clients.sqlite")],
                          capture_output=True, text=True, timeout=180, env=env, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == 0 and result["modules"] is not None, done.stderr
    return result  # type: ignore[no-any-return]


def _modules_at_first_paint(tmp_path: Path) -> list[str]:
    modules: list[str] = _first_paint(tmp_path)["modules"]
    return modules


def test_first_paint_imports_only_what_the_first_screen_needs(tmp_path: Path) -> None:
    cold = set(_modules_at_first_paint(tmp_path))  # no bundle yet: a full validating load
    assert "bodymap.gui.main_window" in cold and "yaml" in cold
    assert sorted(cold & set(NEVER)) == []
    assert list((tmp_path / "cache").glob("dataset-*.bundle")), "no bundle was written"

    order = _modules_at_first_paint(tmp_path)  # the bundle from the first start
    warm = set(order)
    assert "bodymap.gui.main_window" in warm
    assert sorted(warm & set(NEVER + FULL_LOAD_ONLY + WARM_NEVER)) == []

    # the Qt-free layers come before PySide6, whose import hook reads the source of every
    # module imported after it (bodymap/gui/__init__.py)
    qt_free = [m for m in order if m.startswith(QT_FREE)]
    after_qt = order[order.index("PySide6.QtCore"):]
    assert len(qt_free) > 25  # (28 when this was written)
    assert sorted(set(qt_free) & set(after_qt)) == []


def test_the_collector_is_held_until_the_first_paint_then_runs_with_the_start_frozen(
        tmp_path: Path) -> None:
    _first_paint(tmp_path)  # a first start writes the bundle
    seen = _first_paint(tmp_path)["collector"]
    assert seen["at_paint"] is False  # held by the command while it started
    assert seen["after"] is True  # released after the first paint...
    assert seen["frozen"] > 10_000  # ... with what the start made frozen


def test_what_the_first_click_needs_is_made_after_the_first_paint(tmp_path: Path) -> None:
    _first_paint(tmp_path)  # a first start writes the bundle
    made = _first_paint(tmp_path)["first_click"]
    # not before the first paint: the first screen does not need them...
    pending = made["at_paint"].pop("record inits")
    assert "ViewModel" in pending  # (its __init__ not compiled before the first paint)
    assert made["at_paint"] == {"QAccessible": False, "QTextBlock": False, "glossary": False,
                                "side views": False, "regions": False}
    # ... but soon after it, before the user's first click would (the side views with the
    # referral model, whose regions' adjacency is in the same part; the regions with the
    # map's tooltips)
    assert set(made["later"].pop("record inits")).isdisjoint(pending)
    assert made["later"] == {"QAccessible": True, "QTextBlock": True, "glossary": True,
                             "side views": True, "regions": True}


#: Qt types PySide makes on first use that the first screen has no use for: a one-argument
#: QBrush made QGradient (180 presets) and QImage while PySide tried its constructors (2 ms;
#: report.palette.solid); the card's document (0.5 ms), which its edits in place reach; the
#: map's touch gestures (0.5 ms), made at the first gesture; QSizePolicy (0.6 ms), which
#: the status bar and the Explore page's lines have no need of; QGroupBox, which only the
#: listing of a window's texts names (gui/translations.py); the Explore list's selection
#: model (1.1 ms; followed from the list's first rows), the toolbar's buttons (asked for
#: only when a tip changes) and QIconEngine (which QIcon(pixmap) made to choose among its
#: constructors; the legend adds its pixmaps); and those of the next tuple.
#: (Message boxes are not made either, but this child's filter of every object's events
#: makes the types of widgets it is shown, QMessageBox among them.)
QT_TYPES_NOT_AT_START = ("QGradient", "QImage", "QTextDocument", "QPinchGesture",
                         "QTapAndHoldGesture", "QSizePolicy", "QGroupBox",
                         "QItemSelectionModel", "QToolButton", "QIconEngine",
                         # the candidate rows' model and delegate and the steady scroll bars
                         # (2.5 ms): with the first rows and card, or in idle time after
                         # the paint (ExplorePage.prepare_rows, CardView.steady_scroll_bar)
                         "QAbstractListModel", "QStyledItemDelegate", "QScrollBar",
                         "QAbstractSlider")
#: ... and those made soon after the first paint: the card's cursor and text formats, used
#: by its edits in place (2.3 ms), and the rows' style option (0.75 ms), by the first
#: click's warm-up; the key sequences of the standard and presentation keys (0.7 ms), set
#: right after the paint (gui/actions.py); the font a row is measured with (1.6 ms; the
#: map's labels and the disclaimer are sized by their text's style, gui/map_items.py)
QT_TYPES_MADE_AFTER_THE_PAINT = ("QTextCursor", "QTextCharFormat", "QTextBlockFormat",
                                 "QTextFormat", "QStyleOptionViewItem", "QKeySequence",
                                 "QFont")


def test_the_first_screen_makes_only_the_qt_types_it_uses(tmp_path: Path) -> None:
    _first_paint(tmp_path)  # a first start writes the bundle
    made = set(_first_paint(tmp_path)["qt"]["types"])
    assert "QMainWindow" in made and "QBrush" in made  # (the probe sees lazy types)
    # (this child's filter of every object's events makes the types of the objects that
    # get one, the card's document and the gestures among them: see the next test)
    assert sorted(made & {*QT_TYPES_NOT_AT_START[:2], *QT_TYPES_MADE_AFTER_THE_PAINT}) == []
    later = set(_first_paint(tmp_path)["qt"]["types_later"])
    assert set(QT_TYPES_MADE_AFTER_THE_PAINT) <= later


# Opens the window as `bodymap` does (gui.app.open_window, the bench's start) with a filter
# on the window alone, and notes PySide's types at its first paint.
_WINDOW_CHILD = """
import json, sys
from bodymap import collector, resources
collector.hold()
import bodymap.gui
from bodymap.domain.bundle import load_dataset_cached
from bodymap.gui.app import application, open_window
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

dataset = load_dataset_cached(resources.data_dir(), resources.assets_dir())
app = application()
settings = QSettings(sys.argv[1] + "/bodymap.ini", QSettings.Format.IniFormat)
window = open_window(dataset, sys.argv[1] + "/clients.sqlite", "en", settings)
types = []

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not types:
            types.extend(name for module in ("PySide6.QtCore", "PySide6.QtGui",
                                             "PySide6.QtWidgets")
                         for name in vars(sys.modules[module]))
            QTimer.singleShot(0, app.quit)
        return False

watch = FirstPaint()
window.installEventFilter(watch)
app.exec()
print(json.dumps(types))
"""


def test_the_window_makes_none_of_the_types_its_first_screen_has_no_use_for(
        tmp_path: Path) -> None:
    child = tmp_path / "window_child.py"
    child.write_text(_WINDOW_CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "BODYMAP_CACHE_DIR": str(tmp_path / "cache")}
    made: set[str] = set()
    for _ in range(2):  # the first start writes the bundle
        done = subprocess.run([sys.executable, str(child), str(tmp_path)], capture_output=True,
                              text=True, timeout=180, env=env, check=False)
        assert done.returncode == 0, done.stderr
        made = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "QMainWindow" in made and "QBrush" in made  # (the probe sees lazy types)
    assert sorted(made & {*QT_TYPES_NOT_AT_START, *QT_TYPES_MADE_AFTER_THE_PAINT}) == []


def test_pysides_import_hook_reads_none_of_our_sources(tmp_path: Path) -> None:
    """bodymap.gui.pyside_hook enters bodymap's modules in the hook's table before it could
    read them: had the hook read the Qt-free ones itself, it would have entered them as not
    using PySide (-1)."""
    _first_paint(tmp_path)  # a first start writes the bundle (a full load: pydantic, YAML)
    qt = _first_paint(tmp_path)["qt"]
    entries = qt["features"]
    assert len(entries) > 60
    assert {name for name, entry in entries.items() if entry != 0} == set()
    # nor the standard library's, but for enum, which PySide6's own import names first
    # (22 modules, 0.9 MB of text before they were entered too)
    read = [Path(file).name for file in qt["sources_read"]]
    assert not [name for name in read if name not in ("enum.py", "__init__.py")], read
    assert len(read) <= 4, read
