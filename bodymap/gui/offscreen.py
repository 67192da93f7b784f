"""Render without a display: choose Qt's offscreen platform when there is no screen."""

from __future__ import annotations

import os


def ensure_platform() -> None:
    """Use the offscreen platform unless a display (or an explicit platform) is available.

    Must run before the QApplication is created; commands that only write files (screenshot,
    handout) then work on servers and in CI.
    """
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
