"""Render bodymap/icons/bodymap.svg to the PNG sizes desktops ask for (`make icons`).

The PNGs are committed so that installing the menu entry needs no Qt; a test checks they
are up to date with the SVG.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from bodymap.gui.desktop import ICON_SIZES, icon_png, icon_svg, render_icon

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in ICON_SIZES:
        out = icon_png(size)
        if not render_icon(icon_svg(), size).save(str(out)):
            raise SystemExit(f"cannot write {out}")
        print(f"wrote {out}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
