"""Find a key given twice in one JSON object, with its line: JSON parsers silently keep the
last value, so an edited export with two ``"notes"`` would lose one without a word."""

from __future__ import annotations

import json
import re

from bodymap.domain.records import record

__all__ = ["DuplicateKey", "find_duplicate_key"]


@record
class DuplicateKey:
    key: str
    line: int        # of the second occurrence, counting from 1
    first_line: int


class _Duplicate(Exception):  # noqa: N818 (internal signal, never escapes this module)
    pass


def _refuse_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Duplicate
    return out


# A JSON string, or one structural character. Any string followed by ':' is a key.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:]', re.DOTALL)


def find_duplicate_key(text: str) -> DuplicateKey | None:
    """The first key repeated within one object of the JSON ``text``, or None.

    Text that is not JSON gives None (the caller's parser reports that). The common case,
    no repeats, costs one pass of the C parser; only a file with a repeat is scanned again
    to find the line.
    """
    try:
        json.loads(text, object_pairs_hook=_refuse_repeats)
    except _Duplicate:
        return _locate(text)
    except ValueError:
        return None
    return None


def _locate(text: str) -> DuplicateKey | None:
    # one dict of key -> first line per open object; arrays hold None
    open_objects: list[dict[str, int] | None] = []
    tokens = list(_TOKEN.finditer(text))
    for i, token in enumerate(tokens):
        kind = token.group()
        if kind in "{[":
            open_objects.append({} if kind == "{" else None)
        elif kind in "}]":
            if open_objects:
                open_objects.pop()
        elif kind.startswith('"') and i + 1 < len(tokens) and tokens[i + 1].group() == ":":
            seen = open_objects[-1] if open_objects else None
            if seen is None:
                continue
            key = str(json.loads(kind))
            line = text.count("\n", 0, token.start()) + 1
            if key in seen:
                return DuplicateKey(key, line, seen[key])
            seen[key] = line
    return None
