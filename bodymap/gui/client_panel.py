"""The clients dock's widgets, kept importable from here; they live in bodymap.gui.clients,
one module per widget or dialog."""

from bodymap.gui.clients.client_dialog import ClientDialog
from bodymap.gui.clients.compare import CompareDialog
from bodymap.gui.clients.panel import ClientPanel
from bodymap.gui.clients.progress_chart import ProgressChart
from bodymap.gui.clients.visit_dialog import VisitDialog

__all__ = ["ClientDialog", "ClientPanel", "CompareDialog", "ProgressChart", "VisitDialog"]
