"""The log file a user can attach to a bug report.

Records go to ``bodymap.log`` in the user log folder (bodymap.userdirs; on Linux
``~/.local/state/bodymap/log``), or in ``$BODYMAP_LOG_DIR`` when set, rotated at 1 MB with
three old files kept. ``--verbose`` mirrors them on stderr.

No personal data: client records are health information, so nothing that could hold a
client's name, notes or pain drawing is ever logged; in particular not the command-line
arguments (``--client NAME``, ``--notes TEXT``) nor the text of store errors. Code that logs
says what happened ("visit saved", "handout written"), never to whom. Paths under the home
folder are shortened to ``~`` because the home folder usually carries the user's name.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from bodymap import __version__
from bodymap.userdirs import user_dir

LOGGER_NAME = "bodymap"
LOG_FILE_NAME = "bodymap.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_HANDLER_MARK = "_bodymap_handler"

log = logging.getLogger(LOGGER_NAME)


class RotatingLog(logging.FileHandler):
    """Appends to ``path``; a record that would take it past ``max_bytes`` first moves it to
    ``path.1`` (and ``.1`` to ``.2`` ..., keeping ``backups`` old files).

    This is what logging.handlers.RotatingFileHandler does; that module is not imported
    because it brings socket, pickle and queue to every start (about 5 ms and 2.6 MiB before
    the window can show) for this one class."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self._path, self._max, self._backups = path, max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        # as StreamHandler.emit writes a record, with the text formatted once: measuring it
        # for the rotation and writing it are the same text
        try:
            text = self.format(record)
            if self.stream is None:
                self.stream = self._open()
            written = self.stream.tell()
            if written > 0 and written + len(text.encode("utf-8")) + 1 > self._max:
                self._rotate()
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:  # as logging's handlers do: not a logging failure
            raise
        except Exception:
            self.handleError(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        for i in range(self._backups - 1, 0, -1):
            older = self._path.with_name(f"{self._path.name}.{i}")
            if older.exists():
                os.replace(older, self._path.with_name(f"{self._path.name}.{i + 1}"))
        os.replace(self._path, self._path.with_name(f"{self._path.name}.1"))
        self.stream = self._open()


def log_dir() -> Path:
    """Where the log files live: ``$BODYMAP_LOG_DIR``, else the user log folder."""
    chosen = os.environ.get("BODYMAP_LOG_DIR")
    return Path(chosen) if chosen else Path(user_dir("log"))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def short_path(path: Path | str) -> str:
    """``path`` with the home folder written as ``~`` (it usually holds the user's name)."""
    text = str(path)
    home = str(Path.home())
    if home not in ("", "/") and (text == home or text.startswith(home + os.sep)):
        return "~" + text[len(home):]
    return text


def setup_logging(verbose: bool = False) -> Path | None:
    """Send the ``bodymap`` logger to the rotating log file (and to stderr if ``verbose``).

    Returns the log file, or None when its folder cannot be written: a read-only home must
    not stop the program, so then records go to stderr only and a warning says why.
    Calling it again replaces the handlers it installed before (tests, repeated main()).
    """
    for handler in list(log.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            log.removeHandler(handler)
            handler.close()
    log.setLevel(logging.DEBUG if verbose else logging.INFO)
    log.propagate = False
    formatter = logging.Formatter(_FORMAT)
    path: Path | None = log_file()
    problem = ""
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        to_file = RotatingLog(path, MAX_BYTES, BACKUP_COUNT)
    except OSError as exc:
        problem = f"cannot write the log file in {short_path(log_dir())}: {exc.strerror or exc}"
        path = None
    else:
        to_file.setFormatter(formatter)
        setattr(to_file, _HANDLER_MARK, True)
        log.addHandler(to_file)
    if verbose or path is None:
        to_stderr = logging.StreamHandler(sys.stderr)
        to_stderr.setFormatter(formatter)
        # without --verbose, only what the user must know reaches the terminal
        to_stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
        setattr(to_stderr, _HANDLER_MARK, True)
        log.addHandler(to_stderr)
    if problem:
        log.warning("%s; logging to the terminal only", problem)
    return path


def log_start(command: str) -> None:
    """The lines every bug report needs: versions and platform, never the arguments."""
    if hasattr(os, "uname"):
        uname = os.uname()
        system = f"{uname.sysname} {uname.release}"
    else:  # Windows: the platform module (about 1.5 ms to import) knows it
        import platform

        system = f"{platform.system()} {platform.release()}"
    python = ".".join(str(n) for n in sys.version_info[:3])
    log.info("bodymap %s starting: %s (Python %s, %s)", __version__, command, python, system)
