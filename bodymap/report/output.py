"""Write a file that holds client data: owner-only, atomically, under its exact name.

Handouts and map images show a client's pain drawing (and name and notes), so they get the
same 0600 as the database and the exports, whatever the umask. Qt's writers are given an
in-memory buffer and Python writes the bytes: Qt passes file names through QString, which
cannot carry a name that is not valid UTF-8 (a file on a disk written by another system),
and would write the file under another name.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice

__all__ = ["PRIVATE_MODE", "qt_buffer", "shown_path", "write_private_bytes"]

PRIVATE_MODE = 0o600


def shown_path(path: Path) -> str:
    """The path for a message: bytes that are not UTF-8 shown as \\xNN escapes (printing
    the raw name would fail, and replacing them would name another file)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` owner-only; a crash leaves the old file or the new one.

    Raises OSError naming the path when it cannot be written.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with suppress(FileNotFoundError):
            tmp.unlink()  # a stale one from a crash: never reuse its mode
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with suppress(FileNotFoundError):
            tmp.unlink()
        raise OSError(exc.errno, f"could not write {shown_path(path)}: "
                      f"{exc.strerror or exc}") from exc


@contextmanager
def qt_buffer() -> Iterator[QBuffer]:
    """An open, empty in-memory device for a Qt writer; read it with ``.data()``."""
    buffer = QBuffer()  # its own byte array: a temporary one passed in would be freed under it
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        yield buffer
    finally:
        buffer.close()
