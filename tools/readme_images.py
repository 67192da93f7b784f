"""Regenerate the pictures in docs/screenshots/ that README.md shows.

Run from the repository root (offscreen, no display needed):
    QT_QPA_PLATFORM=offscreen python -m tools.readme_images
Window screenshots use `bodymap screenshot`; charts use the same scene and painter as the
window's File -> Export map; handout pages come from `bodymap handout` via pdftoppm (when it
is installed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path("docs/screenshots")

# (file, muscle, its trigger points (keys; empty: all), layout, painful regions, caption)
CHARTS = (
    ("chart-quadratus-lumborum.png", "quadratus_lumborum", (), "back", ("left.low_back",),
     "Quadratus lumborum"),
    ("chart-upper-trapezius.png", "trapezius", ("tp1", "tp2"), "head",
     ("left.temple", "left.back_of_neck"), "Upper trapezius (TP1, TP2)"),
    ("chart-gluteus-minimus.png", "gluteus_minimus", (), "sides",
     ("left.buttock", "left.thigh_outer_upper", "left.calf_upper"), "Gluteus minimus"),
)

SCREENSHOTS = (
    ("main.png", ["--select", "left.low_back=7,left.buttock=5", "--size", "1280x720"]),
    ("view-front-back.png", ["--view", "front-back", "--size", "1280x720"]),
    ("view-sides.png", ["--view", "sides", "--size", "1280x720"]),
    ("view-soles.png", ["--view", "soles", "--size", "1280x720"]),
    ("view-head.png", ["--view", "head", "--muscle", "temporalis", "--size", "1280x720"]),
    ("view-hands.png", ["--view", "hands", "--size", "1280x720"]),
    ("view-feet.png", ["--view", "feet", "--size", "1280x720"]),
)


# the same pain on each figure, side by side in the README (`--figure`); the female pictures
# are made only when assets/female/ is there
FIGURE_SCREENSHOTS = (
    ("figure-male.png", ["--figure", "male", "--muscle", "pectoralis_major", "--select",
                         "left.chest=6,left.low_back=5", "--size", "1280x720"]),
    ("figure-female.png", ["--figure", "female", "--muscle", "pectoralis_major", "--select",
                           "left.chest=6,left.low_back=5", "--size", "1280x720"]),
)


def bodymap(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "bodymap", *args], check=True)


def charts() -> None:
    from PySide6.QtWidgets import QApplication

    from bodymap import resources
    from bodymap.domain.dataset import load_dataset
    from bodymap.domain.drawing import PainDrawing
    from bodymap.domain.regions import Side
    from bodymap.report.map_image import write_scene
    from bodymap.scene.layouts import Layout
    from bodymap.scene.scene import build_scene

    _app = QApplication.instance() or QApplication([])
    ds = load_dataset(resources.data_dir(), resources.assets_dir())
    for name, muscle_id, keys, layout, pain, caption in CHARTS:
        muscle = ds.knowledge.muscle(muscle_id)
        points = [tp for tp in muscle.points_on(Side.LEFT) if not keys or tp.key in keys]
        scene = build_scene(ds.atlas, Layout(layout), PainDrawing.of(pain, 6), points,
                            title=caption)
        write_scene(OUT / name, scene, f"{caption} — left side, with a client's pain")
        print(f"wrote {OUT / name}")


def presentation() -> None:
    """Presentation mode (what a client sees), on a 1280x720 window made full screen."""
    import tempfile

    from PySide6.QtCore import QSettings

    from bodymap import resources
    from bodymap.domain.dataset import load_dataset
    from bodymap.domain.drawing import PainDrawing
    from bodymap.gui.app import application
    from bodymap.gui.main_window import MainWindow

    app = application()
    ds = load_dataset(resources.data_dir(), resources.assets_dir())
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(ds, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 720)
        window.show()
        window.session.open_drawing(PainDrawing.of(["left.low_back", "left.buttock"], 6))
        window.session.select_muscle("quadratus_lumborum")
        window.presentation.set_on(True)
        app.processEvents()
        window.body_map.zoom_to_pattern()
        app.processEvents()
        window.grab().save(str(OUT / "presentation.png"))
        window.presentation.set_on(False)
        window.close()
    print(f"wrote {OUT / 'presentation.png'}")


def clients() -> None:
    """The clients dock with three visits of an invented client, the records file where
    bodymap keeps it by default (shown with ~ for the home folder)."""
    import datetime as dt
    import tempfile

    from PySide6.QtCore import QSettings

    from bodymap import resources
    from bodymap.domain.dataset import load_dataset
    from bodymap.domain.drawing import PainDrawing
    from bodymap.gui.app import application
    from bodymap.gui.main_window import MainWindow
    from bodymap.store import Store, VisitDraft

    app = application()
    ds = load_dataset(resources.data_dir(), resources.assets_dir())
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp  # the label shows ~/...: no machine's path in the picture
        store = Store.open(Path(tmp) / ".local/share/bodymap/bodymap.sqlite3")
        window = MainWindow(ds, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat),
                            store)
        window.resize(1280, 720)
        window.show()
        panel = window.require_clients()
        panel.create_client("A. Client")
        first = dt.date(2026, 11, 3)
        for week, (regions, before, after, notes) in enumerate((
                (("left.temple", "left.back_of_neck", "left.top_of_shoulder"), 7, 4,
                 "Upper trapezius released with pressure; chin-tuck stretch twice a day."),
                (("left.temple", "left.top_of_shoulder"), 5, 3, "Better. Clenches at night."),
                (("left.top_of_shoulder",), 3, 1, ""))):
            panel.save_visit(VisitDraft(date=first + dt.timedelta(weeks=week),
                                        drawing=PainDrawing.of(regions, before).as_dict(),
                                        pain_before=before, pain_after=after, notes=notes))
        window.session.open_drawing(PainDrawing.of(("left.temple", "left.top_of_shoulder"), 5))
        app.processEvents()
        window.grab().save(str(OUT / "clients.png"))
        window.close()
        store.close()
    print(f"wrote {OUT / 'clients.png'}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    charts()
    presentation()
    clients()
    for name, args in SCREENSHOTS:
        bodymap("screenshot", str(OUT / name), *args)
    from bodymap import resources

    if (resources.assets_dir() / "female").is_dir():
        for name, args in FIGURE_SCREENSHOTS:
            bodymap("screenshot", str(OUT / name), *args)
    else:
        print("skipped figure-*.png: the female figure (assets/female/) is not there",
              file=sys.stderr)
    pdf = OUT / "handout.pdf"
    bodymap("handout", str(pdf), "--muscle", "quadratus_lumborum", "--muscle",
            "gluteus_medius", "--select", "left.low_back=7,left.buttock=5:burn",
            "--client", "A. Client", "--notes", "Ball on the QL point, one minute, twice a day.")
    if shutil.which("pdftoppm"):
        for old in OUT.glob("handout-page-*.png"):  # a shorter handout leaves none behind
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(OUT / "handout-page")],
                       check=True)
    pdf.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
