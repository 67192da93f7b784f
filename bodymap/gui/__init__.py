"""The Qt user interface. Only this package (and report/) imports PySide6 and pyqtgraph."""
