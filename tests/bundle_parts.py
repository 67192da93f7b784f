"""Reading and rewriting one part of a dataset bundle (bodymap.domain.bundle) in tests."""

from __future__ import annotations

import json
import zlib

from bodymap.domain import bundle


def _parts(raw: bytes) -> tuple[dict[str, object], dict[str, bytes]]:
    """The header and each part's bytes, cut where the header's lengths say (the main
    part's paths are followed by bytes that may hold newlines)."""
    header_line, _, rest = raw.partition(b"\n")
    header = json.loads(header_line)
    parts: dict[str, bytes] = {}
    at = 0
    for name in bundle._PART_NAMES:
        size = header["parts"][name][0]
        parts[name] = rest[at:at + size]
        at += size + 1
    return header, parts


def part_lines(raw: bytes, name: str) -> tuple[bytes, bytes]:
    """A part's tree line and its paths (the main part's: its paths line, a newline and the
    bytes after it; ``paths_line`` reads the line alone)."""
    tree, _, paths = _parts(raw)[1][name].partition(b"\n")
    return tree, paths


def paths_line(paths: bytes) -> object:
    """The JSON of a part's paths line (``part_lines``' second item)."""
    return json.loads(paths.partition(b"\n")[0])


def with_part(raw: bytes, name: str, tree: bytes | None = None,
              paths: bytes | None = None) -> bytes:
    """``raw`` with one part's tree or paths replaced and the header's digest of that part
    right for them, as someone who can write the cache folder could make it: only the
    structural checks stand in the way."""
    header, parts = _parts(raw)
    old_tree, _, old_paths = parts[name].partition(b"\n")
    part = (tree if tree is not None else old_tree) + b"\n" + \
        (paths if paths is not None else old_paths)
    parts[name] = part
    header["parts"][name] = [len(part), zlib.crc32(part)]  # type: ignore[index]
    return b"\n".join([json.dumps(header).encode(), *parts.values()])
