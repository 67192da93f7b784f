"""`bodymap screenshot`: render the real main window offscreen to a PNG."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.figures import Figure
from bodymap.gui.offscreen import ensure_platform, quiet_offscreen_noise


def take_screenshot(dataset: Dataset, out: Path, view: str | None,
                    drawing: PainDrawing, muscle: str | None,
                    size: tuple[int, int], figure: Figure = Figure.MALE) -> int:
    ensure_platform()
    quiet_offscreen_noise()
    from PySide6.QtCore import QCoreApplication, QSettings

    from bodymap.gui.app import application
    from bodymap.gui.main_window import MainWindow
    from bodymap.report.output import qt_buffer, shown_path, write_private_bytes
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
        session.set_figure(figure)
        session.open_drawing(drawing)
        window.show()
        app.processEvents()
        if muscle:
            window.panel.tabs.setCurrentWidget(window.panel.browse)
            session.select_muscle(muscle)
        app.processEvents()
        window.body_map.fit()
        app.processEvents()
        with qt_buffer() as buffer:
            ok = window.grab().save(buffer, "PNG")
            png = bytes(buffer.data().data())
        window.close()
        window.deleteLater()
        app.processEvents()
    if not ok or not png:
        raise OSError(f"could not write {shown_path(out)}: the screenshot came out empty")
    # owner-only, under its exact name: a screenshot shows a client's drawing
    write_private_bytes(out, png)
    # the command line's word, in --lang's language (the translators are installed)
    print(QCoreApplication.translate("Cli", "wrote {path}").format(path=shown_path(out)))
    return 0
