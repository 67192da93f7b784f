"""The QPainterPath layouts the bundle carries (bodymap.domain.path_stream, made without Qt)
are the bytes the installed Qt writes for the same path, and the window reads them into the
paths it would have built call by call."""

from __future__ import annotations

import random
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtGui import QPainterPath

from bodymap.domain import geometry, path_stream
from bodymap.domain.bundle import dataset_key, decode, encode
from bodymap.domain.dataset import Dataset
from bodymap.domain.geometry import CLOSE, COMMAND_SIZE, CUBIC, LINE, MOVE, QUAD
from bodymap.domain.regions import View
from bodymap.report.paths import painter_path_from_commands, painter_path_from_d
from tests.bundle_parts import part_lines, paths_line

M, L, Q, C, Z = MOVE, LINE, QUAD, CUBIC, CLOSE
NAN = float("nan")


def _written_by_qt(path: QPainterPath) -> bytes:
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream << path
    return bytes(data.data())


def _same_as_qt(commands: list[float]) -> bool:
    flat = array("d", commands)
    return path_stream.stream_bytes(flat) == _written_by_qt(painter_path_from_commands(flat))


#: the calls whose effect QPainterPath does not simply record (path_stream's docstring)
EDGE_CASES = {
    "nothing": [],
    "a move alone": [M, 1, 2],
    "a close alone": [Z],
    "a line from the origin, with no move": [L, 0, 0, L, 1, 1],
    "a move after a move": [M, 1, 2, M, 3, 4, L, 5, 6],
    "a line to where it is": [M, 1, 2, L, 1, 2, L, 3, 4],
    "a line to where it is, but for rounding": [M, 1, 1, L, 1 + 1e-13, 1, L, 2, 2],
    "a curve that goes nowhere": [M, 1, 2, C, 1, 2, 1, 2, 1, 2, L, 5, 5],
    "a quadratic curve": [M, 0, 0, Q, 1, 1, 2, 0, Z],
    "a quadratic curve that goes nowhere": [M, 1, 1, Q, 1, 1, 1, 1, L, 2, 2],
    "a close where it began": [M, 0, 0, L, 1, 0, L, 1, 1, L, 0, 0, Z],
    "a close away from its start": [M, 0, 0, L, 1, 0, L, 1, 1, Z],
    "a close off its start by rounding": [M, 1, 1, L, 2, 1, L, 1 + 1e-14, 1, Z],
    "a close next to a zero start": [M, 0, 0, L, 2, 1, L, 1e-13, 0, Z],
    "a close further from a zero start": [M, 0, 0, L, 2, 1, L, 1e-11, 0, Z],
    "a close twice": [M, 0, 0, L, 1, 0, L, 1, 1, Z, Z],
    "a line after a close": [M, 0, 0, L, 1, 0, L, 1, 1, Z, L, 5, 5],
    "a line to where it is after a close": [M, 0, 0, L, 1, 0, Z, L, 0, 0, L, 3, 3],
    "a curve after a close": [M, 0, 0, L, 1, 0, Z, C, 1, 1, 2, 2, 3, 3, Z],
    "a curve that goes nowhere after a close": [M, 0, 0, L, 1, 0, Z, C, 0, 0, 0, 0, 0, 0,
                                                 L, 4, 4],
    "a move after a close": [M, 0, 0, L, 1, 0, L, 1, 1, Z, M, 5, 5, L, 6, 6, Z],
    "a point that is not a number": [M, 0, 0, L, NAN, 1, L, 2, 2],
    "a point out of range": [M, 0, 0, L, 1e130, 1, L, 2, 2],
}


@pytest.mark.parametrize("commands", EDGE_CASES.values(), ids=EDGE_CASES.keys())
def test_each_rule_of_qpainterpath_gives_qts_bytes(commands: list[float]) -> None:
    assert _same_as_qt(commands)


def test_random_paths_give_qts_bytes() -> None:
    rng = random.Random(20261130)
    shared = [0.0, 1.0, 2.5, -3.0]  # so that points often meet: empty lines and curves

    def number() -> float:
        return rng.choice(shared) if rng.random() < 0.5 else \
            round(rng.uniform(-50, 50), rng.choice([0, 1, 3, 8]))

    for _ in range(3000):
        commands: list[float] = []
        for _ in range(rng.randint(0, 12)):
            op = rng.choice([M, L, L, C, C, Q, Z])
            commands += [op, *(number() for _ in range(COMMAND_SIZE[op]))]
        assert _same_as_qt(commands), commands


def test_every_atlas_path_gives_qts_bytes(two_figures: Dataset, data_dir: Path,
                                          assets_dir: Path) -> None:
    """Every path of both figures, all four parts of the bundle."""
    raw = encode(two_figures, dataset_key(data_dir, assets_dir))
    texts: set[str] = set()
    for part in ("main", "sides", "later", "female"):
        line = paths_line(part_lines(raw, part)[1])
        assert isinstance(line, list)
        texts |= set(line[0])
    assert len(texts) > 1500
    for d in texts:
        commands = geometry.path_commands(d)
        assert path_stream.stream_bytes(commands) == _written_by_qt(
            painter_path_from_commands(commands)), d


def test_the_window_reads_the_bundles_layouts_into_the_same_paths(
        dataset: Dataset, data_dir: Path, assets_dir: Path) -> None:
    """A dataset read from a bundle hands out the first screen's layouts; read in any
    order (the stream seeks only when it must), each is the path the commands build, with
    the same bounds and the same inside."""
    key = dataset_key(data_dir, assets_dir)
    rebuilt = decode(encode(dataset, key), key)
    texts = [shape.d for view in (View.FRONT, View.BACK)
             for shape in rebuilt.atlas.views[view].regions.values()]
    assert all(path_stream.ready(d) is not None for d in texts)
    rng = random.Random(7)
    for order in (texts, texts[::-1], rng.sample(texts, len(texts))):
        for d in order:
            read = painter_path_from_d(d)
            built = painter_path_from_commands(geometry.path_commands(d))
            assert read == built
            assert read.boundingRect() == built.boundingRect()
            assert read.controlPointRect() == built.controlPointRect()
            centre = built.boundingRect().center()
            assert read.contains(centre) == built.contains(centre)
