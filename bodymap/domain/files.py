"""Read an input file safely: only a regular file, and never more than a bounded number of bytes.

``Path.stat().st_size`` is 0 for a pipe or a device, so a size check alone lets a FIFO (the
read never ends) or a symlink to /dev/zero (read until memory runs out) through. Here the
file is opened without blocking, checked to be a regular file on the open descriptor (no
race with a rename), and read with a hard limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["FileTooLargeError", "NotRegularFileError", "kind_of", "read_regular_file"]


class NotRegularFileError(OSError):
    """The path is a FIFO, device, socket or folder, not a file we can read."""


class FileTooLargeError(OSError):
    """The file holds more bytes than the caller allows."""


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words a user knows."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device (such as /dev/zero)"
    if stat.S_ISBLK(mode):
        return "a block device (a disk)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path`` (following symlinks to a regular file).

    Raises NotRegularFileError for pipes, devices, sockets and folders (without blocking on a
    pipe), FileTooLargeError when the file holds more than ``max_bytes``, OSError when it cannot be
    read. Each message names the path and what to do.
    """
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(
                f"{path} is {kind_of(mode)}, not a regular file; choose a real file"
            )
        chunks: list[bytes] = []
        total = 0
        while True:
            # read one byte past the limit, so "exactly max_bytes" and "more" differ
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise FileTooLargeError(f"{path} holds more than the {max_bytes} bytes allowed; "
                               "is it the right file?")
        return b"".join(chunks)
    finally:
        os.close(fd)
