"""`bodymap screenshot`: render the real main window offscreen to a PNG."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.gui.offscreen import ensure_platform, quiet_offscreen_noise


def take_screenshot(dataset: Dataset, out: Path, view: str | None,
                    drawing: PainDrawing, muscle: str | None,
                    size: tuple[int, int]) -> int:
    ensure_platform()
    quiet_offscreen_noise()
    from PySide6.QtCore import QSettings

    from bodymap.gui.app import application
    from bodymap.gui.main_window import MainWindow
    from bodymap.scene.layouts import Layout

    app = application()
    layout = Layout(view) if view else Layout.FRONT_BACK
    with tempfile.TemporaryDirectory() as tmp:
        # a throwaway settings file: a screenshot never changes the user's saved window state
        settings = QSettings(str(Path(tmp) / "screenshot.ini"), QSettings.Format.IniFormat)
        window = MainWindow(dataset, settings)
        window.resize(*size)
        session = window.session
        session.set_layout(layout)
        session.open_drawing(drawing)
        window.show()
        app.processEvents()
        if muscle:
            window.panel.tabs.setCurrentWidget(window.panel.browse)
            session.select_muscle(muscle)
        app.processEvents()
        window.body_map.fit()
        app.processEvents()
        ok = window.grab().save(str(out))
        window.close()
        window.deleteLater()
        app.processEvents()
    if not ok:
        raise OSError(f"could not write {out}")
    print(f"wrote {out}")
    return 0
