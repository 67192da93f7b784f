"""The Qt user interface. Only this package (and report/) imports PySide6 and pyqtgraph.

The layers below it are imported here, before any module of this package imports PySide6.
Importing PySide6.QtCore replaces Python's ``__import__`` (for its ``from __feature__
import snake_case`` switch), and from then on every newly imported module has its source
read and searched for "PySide6" (shibokensupport.feature: ``inspect.getsource`` of each
module the first time an import statement names it after PySide6): about 0.1 ms a module,
12 ms over the 113 a window's start imported. A module imported before PySide6 is read only
if a GUI module names it in an import of its own; importing the Qt-free layers the first
screen needs here spares the rest of them (6 ms over 57 modules remain).
(tests/desktop/test_start_path.py checks the order.)
"""

from bodymap import logs as _logs
from bodymap import resources as _resources
from bodymap.domain import bundle as _bundle
from bodymap.report import card_html as _card_html
from bodymap.session import session as _session

__all__: list[str] = []
del _logs, _resources, _bundle, _card_html, _session
