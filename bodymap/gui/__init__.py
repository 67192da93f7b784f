"""The Qt user interface. Only this package (and report/) imports PySide6 and pyqtgraph.

The layers below it are imported here, before any module of this package imports PySide6.
Importing PySide6.QtCore replaces Python's ``__import__`` (for its ``from __feature__
import snake_case`` switch), and from then on every newly imported module has its source
read and searched for "PySide6" (shibokensupport.feature: ``inspect.getsource`` of each
module the first time an import statement names it after PySide6): about 0.1 ms a module.
Importing the Qt-free layers the first screen needs here, before PySide6, spares them the
part of their import that comes after it; ``pyside_hook`` then enters all of bodymap's
modules in the hook's table, so that it reads none of their sources (7 ms of the start).
(tests/desktop/test_start_path.py checks the order and the table.)
"""

from bodymap import logs as _logs
from bodymap import resources as _resources
from bodymap.domain import bundle as _bundle
from bodymap.gui.pyside_hook import spare_source_reads as _spare_source_reads
from bodymap.report import card_parts as _card_parts
from bodymap.session import session as _session

# (the first import of PySide6, which brings the hook and its table)
_spare_source_reads()

__all__: list[str] = []
del _logs, _resources, _bundle, _card_parts, _session, _spare_source_reads
