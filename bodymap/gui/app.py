"""Start the Qt application."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    qVersion,
)
from PySide6.QtWidgets import QApplication, QWidget

from bodymap import collector
from bodymap.domain.dataset import Dataset
from bodymap.gui.main_window import MainWindow
from bodymap.gui.messages import warn
from bodymap.gui.translations import add_language_menu, choose_language, install_translators
from bodymap.logs import log, short_path

if TYPE_CHECKING:
    # the store (sqlite3 and its records) is imported when it is opened, after the
    # window's first paint: nothing on the first screen needs it
    from bodymap.store import Store

# the freedesktop id of packaging/linux/*.desktop: lets Wayland compositors find our icon
DESKTOP_FILE_NAME = "io.github.bodymap.Bodymap"
#: the garbage collector, held while `bodymap` starts, is on again by then at the latest
COLLECTOR_HELD_AT_MOST_MS = 3000
#: after the first paint, what the first click needs is made (8 ms) this much later: the
#: model's and the records' workers are done by then, and a user has hardly clicked yet
FIRST_CLICK_WARM_UP_MS = 400
#: after the first paint, the start's work that can wait (the new bundle after a data
#: change: bodymap.domain.bundle.load_dataset_cached) is done this much later: once the
#: workers and the warm-up are, before a user has done much
LATER_WORK_MS = 1000
#: how often the window's thread looks whether a start's worker is done (the records'
#: import takes 11 ms or so, the model 50; the look itself a few microseconds)
WORKERS_POLL_MS = 5
#: on machines with at most this many logical cores Qt's raster engine gets no thread pool
RASTER_POOL_OFF_UP_TO_CORES = 2


def keep_raster_work_on_this_thread() -> None:
    """Before the QApplication is made: Qt's raster engine gets no thread pool where that
    was measured to pay (see below)."""
    # Qt's raster engine hands every fill or blend of 96 or more spans (a zone drawn on the
    # map, an item's pixmap copied to the screen) to a pool of threads and waits for them.
    # On the 2-core machines bodymap is measured on the hand-off cost more than it saved,
    # and when the other core was busy the window waited for it: over 300 map clicks, the
    # clicks that bring a new card were 0.3-1.0 ms faster at the median without the pool
    # (bench/FIGURES.md, "Clicks, fifth pass"). Only there: with more cores the pool is
    # left to Qt, which made it to gain from them, and nobody has measured that here. Qt
    # reads the variable once, when it first wants the pool; a value the user set is kept
    if (os.cpu_count() or 1) <= RASTER_POOL_OFF_UP_TO_CORES:
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    keep_raster_work_on_this_thread()
    app = QApplication(sys.argv[:1])
    # a worker thread builds the referral model after the first paint (Session.
    # prepare_in_background): it hands the interpreter back to this thread within a
    # millisecond (Python's default is 5), so an event never waits on it longer than that.
    # With one thread running, the interval costs nothing
    sys.setswitchinterval(0.001)
    app.setOrganizationName("bodymap")
    app.setApplicationName("bodymap")
    app.setApplicationDisplayName("bodymap")
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    # the window icon is set by open_window after the first paint: reading its seven PNGs
    # and loading Qt's SVG icon engine cost 4 ms and 2.6 MiB, and a screenshot needs none
    log.info("Qt %s, platform %s", qVersion(), app.platformName())
    return app


def open_store(path: Path, parent: QWidget | None = None) -> Store | None:
    """Open the client records. A damaged or foreign file is never touched: the user may
    start a new database beside it, or go on without client records."""
    from bodymap.store import CorruptDatabase, Store, StoreError, new_database_beside

    try:
        store = Store.open(path)
    except CorruptDatabase as exc:
        # the error's text is not logged: it quotes the file, which may hold client data
        log.warning("client records cannot be opened (damaged or foreign file) at %s",
                    short_path(path))
        beside = new_database_beside(path)
        from PySide6.QtWidgets import QMessageBox  # made when shown: not on the start path

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Startup", "Client records cannot be opened"),
            QCoreApplication.translate("Startup", "{error}\n\nThe file has not been changed.")
            .format(error=exc.message(QCoreApplication.translate)),
            parent=parent)
        new = box.addButton(
            QCoreApplication.translate("Startup", "Start a new database ({name})")
            .format(name=beside.name),
            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Startup", "Continue without client records"),
                      QMessageBox.ButtonRole.RejectRole)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the path may hold '<'
        box.exec()
        if box.clickedButton() is new:
            try:
                store = Store.open(beside)
            except StoreError as again:
                log.warning("the new client records file could not be created either")
                warn(parent, QCoreApplication.translate("Startup", "Client records"),
                      again.message(QCoreApplication.translate))
                return None
            log.info("started new client records at %s", short_path(beside))
            return store
        log.info("continuing without client records")
        return None
    except StoreError as exc:
        log.warning("client records cannot be opened at %s (%s)", short_path(path),
                    type(exc).__name__)
        warn(parent, QCoreApplication.translate("Startup", "Client records cannot be opened"),
              QCoreApplication.translate(
                  "Startup", "{error}\n\nbodymap will run without client records.")
              .format(error=exc.message(QCoreApplication.translate)))
        return None
    log.info("client records opened at %s", short_path(path))
    return store


class _FirstPaint(QObject):
    """Calls ``then`` once, from the event loop, after ``widget`` has had its first paint
    event: work that the first screen does not show waits until the user sees the window."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._widget and event.type() == QEvent.Type.Paint and \
                self._then is not None:
            then, self._then = self._then, None
            self._widget.removeEventFilter(self)
            # not from inside the paint event: after it, from the event loop; the timer is
            # this object's, so a widget deleted before it fires takes it along
            QTimer.singleShot(0, self, then)
        return False


class _RecordsOpener(QObject):
    """Opens the client records after the first paint without holding up the event loop:
    the store's modules (sqlite3 and its records, about 11 ms) are imported on a worker
    thread, then the file is opened on the window's thread, which its connection belongs
    to. A Clients action used before that opens them at once (``open_records_now``).

    The worker calls nothing of Qt: the window's thread looks every ``WORKERS_POLL_MS``
    whether it is done. It used to emit a signal when done, from a thread Qt had not
    started, and PySide 6.11 crashed in that emit in 5 of 140 starts (a segmentation fault
    on the worker); tests/gui/test_store_after_first_paint.py notes every call a start's
    workers make into PySide.

    A damaged file's question has the window as its parent; the Clients dock is there from
    the start, and its actions go if the records cannot be opened."""

    def __init__(self, window: MainWindow, db_path: Path) -> None:
        super().__init__(window)
        self._window, self._path = window, db_path
        window.open_records_now = self.open_now
        self._worker = threading.Thread(target=_import_the_store, name="bodymap-records",
                                        daemon=True)
        self._worker.start()
        self._poll = when_done(self, lambda: not self.importing, self.open_now)

    @property
    def importing(self) -> bool:
        """Whether the worker is still importing the store's modules."""
        return self._worker.is_alive()

    def open_now(self) -> None:
        self._poll.stop()
        if self._window.open_records_now is None:
            return  # opened already
        self._window.open_records_now = None
        # (imported here if the worker has not finished: Python's import lock makes this
        # wait for the worker's import instead of importing twice)
        self._window.attach_store(open_store(self._path, self._window))


def _import_the_store() -> None:
    """On the records' worker thread: what open_store needs. An error here is not lost:
    open_store imports the same modules again on the window's thread and reports it."""
    with contextlib.suppress(Exception):
        import bodymap.store  # noqa: F401


def when_done(owner: QObject, done: Callable[[], bool], then: Callable[[], None]) -> QTimer:
    """Call ``then`` on this thread once ``done()`` is true, looking every
    ``WORKERS_POLL_MS`` from a timer of ``owner``'s (it goes with ``owner``; ``stop()`` on
    the returned timer calls the wait off). How the window learns that a worker, which
    calls nothing of Qt, has finished."""
    timer = QTimer(owner)
    timer.setInterval(WORKERS_POLL_MS)

    def look() -> None:
        if done():
            timer.stop()
            then()

    timer.timeout.connect(look)
    timer.start()
    return timer


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Run ``then`` once the shown ``widget`` has been painted for the first time."""
    _FirstPaint(widget, then)


def _make_what_the_first_click_needs() -> None:
    """While the user looks at the first screen: PySide's classes that the first click
    would otherwise make on its way (about 8 of its 28 ms). PySide makes a class, with all
    its enums, when Python first meets it: QCommonStyle and with it QStyle (5 ms:
    ``style()`` of the rows' painting returns Fusion, whose nearest wrapped class it is),
    the scroll bars' style options (panel/scroll_bar.py), QAccessible (the focused region's
    name), the press's device, the card's text blocks, the cursor and formats of its edits
    in place (panel/card.py: 2.3 ms), the rows' style option (panel/candidates.py: 0.75
    ms), the font a row is measured with (1.6 ms: the first screen makes no QFont, see
    map_items.ScreenLabel). Importing a name makes its class. And the ``__init__`` of the
    records the start made a few of, which a click makes many of (domain/records.py). And
    the card's writer (report/card_html.py, 1 ms), which the first screen does not import."""
    from bodymap.domain.records import compile_used
    from bodymap.report import card_html  # noqa: F401

    compile_used()
    from PySide6.QtGui import (  # noqa: F401
        QAccessible,
        QAccessibleEvent,
        QFont,
        QInputDevice,
        QPointingDevice,
        QTextBlock,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextFormat,
    )
    from PySide6.QtWidgets import (  # noqa: F401
        QCommonStyle,
        QStyleOptionSlider,
        QStyleOptionViewItem,
        QStylePainter,
    )


def _log_uncaught(kind: type[BaseException], exc: BaseException,
                  tb: types.TracebackType | None) -> None:
    """An exception escaping a Qt slot goes to the log (with its traceback) as well as to
    stderr, so that a bug report carries it."""
    log.error("unexpected error", exc_info=(kind, exc, tb))
    sys.__excepthook__(kind, exc, tb)


class LaterWork:
    """Work a start hands over to be done once the window has painted (``open_window``):
    done then, ``LATER_WORK_MS`` after the first paint, or when the window closes, whichever
    comes first; each piece once."""

    def __init__(self, work: Sequence[Callable[[], None]] = ()) -> None:
        self._work = list(work)

    @property
    def pending(self) -> int:
        return len(self._work)

    def do(self) -> None:
        while self._work:
            piece = self._work.pop(0)
            try:
                piece()
            except Exception:  # (what could wait must not end the program)
                log.exception("work left for after the first paint failed")


def open_window(dataset: Dataset, db_path: Path, language: str | None = None,
                settings: QSettings | None = None,
                later: LaterWork | None = None) -> MainWindow:
    """Build and show the main window as `bodymap` starts it (run() then runs the event
    loop; the start-up bench measures this). What the first screen does not show waits
    until it is painted: the client records, then the referral model (on a worker), then
    ``later``'s work."""
    application()
    settings = settings if settings is not None else QSettings()
    chosen = choose_language(language, settings)
    install_translators(chosen)
    window = MainWindow(dataset, settings, store_later=True)
    add_language_menu(window, settings, chosen)

    def after_paint() -> None:
        # the icon's module (QIcon, QImage, QUrl, QDesktopServices: 4 ms) is not needed
        # before the window shows: taskbars and docks read the icon when it is set
        from bodymap.gui.desktop import app_icon
        application().setWindowIcon(app_icon())
        window.session.prepare_in_background()  # so that the first click need not wait
        records = _RecordsOpener(window, db_path)
        # the collector, held by the `bodymap` command while it started, stays held until
        # these two workers are done: a collection runs on whichever thread allocates when
        # one is due, and on a worker it would free what the window's thread made (a
        # wrapper of a Qt object in a cycle, its object deleted on the wrong thread). It
        # ran there about 50 times a start
        when_done(window, lambda: not (window.session.building_in_background
                                       or records.importing), collector.release)
        # once the workers are done (on this thread meanwhile, it would take them turns)
        QTimer.singleShot(FIRST_CLICK_WARM_UP_MS, _make_what_the_first_click_needs)
        # the Muscles page, not shown by the first screen, so that it opens without waiting
        QTimer.singleShot(FIRST_CLICK_WARM_UP_MS, window.panel, window.panel.prepare_pages)
        if later is not None and later.pending:
            # a closure, not the bound method ``later.do``: given a context object, PySide
            # 6.11 keeps no reference to a bound method's own object, and calling it once
            # that object was gone crashed the process (tests/gui/test_later_work.py)
            QTimer.singleShot(LATER_WORK_MS, window, lambda: later.do())

    after_first_paint(window, after_paint)
    # should the first paint not come soon (a window started minimized), the collector
    # comes back on anyway
    QTimer.singleShot(COLLECTOR_HELD_AT_MOST_MS, collector.release)
    window.show()
    return window


def run(dataset: Dataset, db_path: Path, language: str | None = None,
        settings: QSettings | None = None, later: Sequence[Callable[[], None]] = ()) -> int:
    """Open the main window and run until it closes. ``language`` (a code such as "es",
    from --lang) overrides the saved language setting and the system's; ``settings``
    defaults to the user's; ``later``: work to do once the window has painted (or, if it
    closes before, as it closes)."""
    app = application()
    sys.excepthook = _log_uncaught
    work = LaterWork(later)
    window = open_window(dataset, db_path, language, settings, work)
    log.info("main window open")
    try:
        return app.exec()
    finally:
        work.do()
        if window.store is not None:
            window.store.close()
        log.info("main window closed")
