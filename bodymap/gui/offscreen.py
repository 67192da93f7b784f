"""Render without a display: choose Qt's offscreen platform when there is no screen."""

from __future__ import annotations

import os

from bodymap.system_check import WINDOW_PACKAGES, problem


def ensure_platform() -> None:
    """Use the offscreen platform unless a display (or an explicit platform) is available.

    Must run before the QApplication is created; commands that only write files (screenshot,
    handout) then work on servers and in CI.
    """
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


# kept for callers of the old name: the packages a window needs on Debian or Ubuntu
XCB_PACKAGES = " ".join(WINDOW_PACKAGES)


def display_problem() -> str | None:
    """Why a window cannot open here, in words a user can act on, or None.

    Checked before Qt starts: without a display, or without the X libraries Qt's xcb
    platform plugin needs, Qt aborts the process with a terse (and often wrong) message.
    """
    if os.environ.get("QT_QPA_PLATFORM"):
        return problem("offscreen")
    if os.environ.get("WAYLAND_DISPLAY"):
        return problem("offscreen")
    if not os.environ.get("DISPLAY"):
        return ("no display found (DISPLAY is not set). Run bodymap on a desktop, or under a "
                "virtual one: `xvfb-run bodymap` (Debian package xvfb). `bodymap screenshot` "
                "and `bodymap handout` work without a display.")
    return problem("window")


def quiet_offscreen_noise() -> None:
    """Drop the offscreen plugin's "does not support propagateSizeHints()" notice, which it
    prints for every window and which says nothing about our program; all else passes."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            import sys

            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
