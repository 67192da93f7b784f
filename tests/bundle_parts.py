"""Reading and rewriting one part of a dataset bundle (bodymap.domain.bundle) in tests."""

from __future__ import annotations

import json
import zlib

from bodymap.domain import bundle


def part_lines(raw: bytes, name: str) -> tuple[bytes, bytes]:
    """A part's two lines (its tree and its paths' commands)."""
    lines = raw.split(b"\n")
    i = 1 + 2 * bundle._PART_NAMES.index(name)
    return lines[i], lines[i + 1]


def with_part(raw: bytes, name: str, tree: bytes | None = None,
              paths: bytes | None = None) -> bytes:
    """``raw`` with one part's lines replaced and the header's digest of that part right for
    them, as someone who can write the cache folder could make it: only the structural
    checks stand in the way."""
    lines = raw.split(b"\n")
    header = json.loads(lines[0])
    i = 1 + 2 * bundle._PART_NAMES.index(name)
    lines[i] = tree if tree is not None else lines[i]
    lines[i + 1] = paths if paths is not None else lines[i + 1]
    part = lines[i] + b"\n" + lines[i + 1]
    header["parts"][name] = [len(part), zlib.crc32(part)]
    return b"\n".join([json.dumps(header).encode(), *lines[1:]])
