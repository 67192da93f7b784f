"""The one-pass reading of YAML data files (yamlfile._read_plain) against the safe loader it
stands in for: the same values, of the same types, or it leaves the text to the loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bodymap.domain.errors import DataError
from bodymap.domain.yamlfile import _GIVE_UP, MAX_DEPTH, _loader, _read_plain, read_yaml

REPO = Path(__file__).resolve().parents[2]


def _same(a: object, b: object) -> bool:
    """Equal and of the same types all the way down (``True == 1``, ``1 == 1.0``), with
    mappings in the same order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(ka, kb) and _same(a[ka], b[kb])
                                          for ka, kb in zip(a, b, strict=True))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b or (a != a and b != b)  # (NaN)


def _loaded(text: str) -> object:
    return yaml.load(text, Loader=_loader())  # (the safe loader, as read_yaml uses)


def test_every_shipped_data_file_reads_as_the_safe_loader_reads_it() -> None:
    files = sorted((REPO / "data").rglob("*.yaml"))
    assert len(files) > 100
    for path in files:
        text = path.read_text(encoding="utf-8")
        plain = _read_plain(text)
        assert plain is not _GIVE_UP, path  # (the data's own YAML is read in one pass)
        assert _same(plain, _loaded(text)), path


@pytest.mark.parametrize("text", [
    "",
    "# only a comment\n",
    "---\na: 1\n...\n",
    "a: yes\nb: No\nc: off\nd: true\ne: ~\nf: null\ng:\nh: 'yes'\n",
    "ints: [0x1F, 0o17, 017, 1_000, -3, +4, 1:30, 0b101]\n",
    "floats: [1.5, -.5, 1e3, 6.8523015e+5, .inf, -.Inf, .NaN, 1:30.5]\n",
    "when: 2026-11-30\nstamp: 2001-12-14t21:59:43.10-05:00\n",
    "blob: !!binary aGVsbG8=\n",
    "explicit: [!!str 12, !!int '12', !!float '1', !!bool 'yes', !!null '', !!map {a: 1}]\n",
    "1: int key\n'1': str key\n1.5: float key\nfalse: bool key\n~: null key\n",
    "text: |\n  two\n  lines\nfolded: >\n  one\n  line\nquoted: \"a\\tb\"\n",
    "nested: {a: [1, {b: [2, 3]}], c: {}}\nempty: []\n",
    "- a\n- - b\n  - c\n- {d: e}\n",
    "&anchor a: &other 1\n",  # anchors with no alias read as if they were not there
    "! a: ! 1\n",
    "plain scalar at the top\n",
])
def test_plain_yaml_reads_as_the_safe_loader_reads_it(text: str) -> None:
    plain = _read_plain(text)
    assert plain is not _GIVE_UP
    assert _same(plain, _loaded(text))


@pytest.mark.parametrize("text", [
    "base: &b {x: 1}\nuse: *b\n",             # an alias
    "a: {x: 1}\nb:\n  <<: {y: 2}\n  z: 3\n",  # a merge key (the loader refuses it too)
    "a: 1\na: 2\n",                           # a key twice
    "1: a\n1.0: b\n",                         # equal keys of two types
    "a: 1\n---\nb: 2\n",                      # two documents
    "s: !!set {a, b}\n",                      # a tag of another kind
    "o: !!omap [a: 1]\n",
    "? [a, b]\n: unhashable key\n",
    "x: !unknown 1\n",
    "a: [1, 2\n",                             # malformed
    "a: !!int nine\n",                        # a constructor's own error
    "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),
])
def test_anything_else_is_left_to_the_safe_loader(text: str) -> None:
    assert _read_plain(text) is _GIVE_UP


def test_what_is_left_to_the_loader_is_still_refused_with_its_reason(tmp_path: Path) -> None:
    """The one-pass reading gives up; read_yaml's checks and the loader then say why."""
    cases = {
        "alias.yaml": ("base: &b {x: 1}\nuse: *b\n", "YAML alias"),
        "twice.yaml": ("a: 1\na: 2\n", "given twice"),
        "deep.yaml": ("[" * 40 + "]" * 40, "nested more than"),
        "broken.yaml": ("a: [1, 2\n", "malformed YAML"),
        "merge.yaml": ("b:\n  <<: {y: 2}\n  z: 3\n", "malformed YAML"),
    }
    for name, (text, reason) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(DataError, match=reason):
            read_yaml(path)
