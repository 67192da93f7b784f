"""The screen the GUI children run on.

Qt's offscreen platform gives a window an 800 x 800 screen unless told otherwise, and
bodymap opens at its first-run size (1400 x 900) only where that fits 92 % of the screen:
on the default offscreen screen it opened at 736 x 736, while the bare and floor windows it
is compared with opened at 1400 x 900. Every child therefore gets a 1920 x 1080 screen (a
common desktop), where all three windows open at 1400 x 900 and paint the same area.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

WIDTH, HEIGHT = 1920, 1080


def use_desktop_screen(folder: Path) -> str:
    """Set $QT_QPA_PLATFORM (inherited by the children) to the offscreen platform with a
    WIDTH x HEIGHT screen described in a file in ``folder``; a platform the caller chose
    other than plain ``offscreen`` (an X server's ``xcb``) is left as it is. Returns it."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if chosen != "offscreen":
        return chosen
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "bench", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    platform = f"offscreen:configfile={config}"
    os.environ["QT_QPA_PLATFORM"] = platform
    return platform
