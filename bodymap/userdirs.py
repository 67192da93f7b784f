"""The user's folders for bodymap's data, cache and log, as platformdirs names them.

On Linux these are the XDG base directories (``$XDG_DATA_HOME/bodymap``, else
``~/.local/share/bodymap``; ``$XDG_CACHE_HOME`` or ``~/.cache``; the log in
``$XDG_STATE_HOME`` or ``~/.local/state``, under ``bodymap/log``), which this module works
out itself: importing platformdirs cost about 2 ms of every start, before the window could
show, for three environment lookups. It gives exactly what platformdirs 4.14 gives there
(tests/unit/test_userdirs.py compares them over the cases below); anything less ordinary
(another system, Android, a relative ``$HOME``) is left to platformdirs itself, imported
then. The rule must not drift: the client records live in the data folder, and a folder
that moved would look to the user like records lost.

XDG rules kept: a variable counts only when it holds an absolute path (empty or relative
values are ignored, as the XDG specification says); the default is under ``$HOME``.

``cache_dir`` is where bodymap keeps what it can make again (the dataset bundle, the system
check's note): ``$BODYMAP_CACHE_DIR`` when set (tests, sandboxes), else the cache folder.
"""

from __future__ import annotations

import os
import posixpath
import sys

APP = "bodymap"
#: where bodymap's caches go instead of the user cache folder
CACHE_ENV = "BODYMAP_CACHE_DIR"

#: kind -> (the XDG variable, the default under the home folder, the folder inside ours)
_XDG: dict[str, tuple[str, str, str]] = {
    "data": ("XDG_DATA_HOME", ".local/share", ""),
    "cache": ("XDG_CACHE_HOME", ".cache", ""),
    "log": ("XDG_STATE_HOME", ".local/state", "log"),
}


def user_dir(kind: str) -> str:
    """The user's ``kind`` folder for bodymap: "data", "cache" or "log" (not created)."""
    xdg, under_home, inner = _XDG[kind]
    base = _xdg_base(xdg, under_home) if _plain_linux() else None
    if base is None:
        return _from_platformdirs(kind)
    folder = os.path.join(base, APP)
    return os.path.join(folder, inner) if inner else folder


def cache_dir() -> str:
    """``$BODYMAP_CACHE_DIR`` (when set and not empty), else the user's cache folder."""
    return os.environ.get(CACHE_ENV) or user_dir("cache")


def _plain_linux() -> bool:
    """Linux that is not Android (platformdirs has its own rules for Android)."""
    return sys.platform == "linux" and not hasattr(sys, "getandroidapilevel") and not (
        os.environ.get("ANDROID_DATA") == "/data"
        and os.environ.get("ANDROID_ROOT") == "/system")


def _xdg_base(variable: str, under_home: str) -> str | None:
    chosen = os.environ.get(variable, "")
    if posixpath.isabs(chosen):
        return chosen
    home = os.environ.get("HOME")
    if home is None or not posixpath.isabs(home):
        return None  # no $HOME, or a relative one: platformdirs asks the password database
    # as os.path.expanduser("~/...") joins them ("/" alone becomes the root)
    return f"{home.rstrip('/')}/{under_home}"


def _from_platformdirs(kind: str) -> str:
    import platformdirs

    if kind == "data":
        return platformdirs.user_data_dir(APP)
    if kind == "cache":
        return platformdirs.user_cache_dir(APP)
    return platformdirs.user_log_dir(APP)
