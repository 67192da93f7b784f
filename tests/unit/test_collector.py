"""The garbage collector held while `bodymap` starts (bodymap/collector.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from bodymap import collector
from bodymap.cli import main


@pytest.fixture(autouse=True)
def _restore_collector() -> Iterator[None]:
    was_enabled = gc.isenabled()
    assert not collector.held(), "an earlier test left the collector held"
    yield
    collector.release()
    gc.unfreeze()  # the test process's objects go back to the collector
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_hold_turns_the_collector_off_and_release_back_on_with_the_start_frozen() -> None:
    gc.enable()
    frozen_before = gc.get_freeze_count()
    collector.hold()
    assert not gc.isenabled() and collector.held()
    made_during_the_start = [[i] for i in range(100)]
    collector.release()
    assert gc.isenabled() and not collector.held()
    assert gc.get_freeze_count() >= frozen_before + len(made_during_the_start)
    collector.release()  # a second release changes nothing
    assert gc.isenabled()


def test_a_collector_disabled_by_someone_else_stays_disabled() -> None:
    gc.disable()
    collector.hold()
    assert not collector.held()
    collector.release()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_garbage_made_after_the_release_is_collected() -> None:
    gc.enable()
    collector.hold()
    collector.release()

    class Node:
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: only the collector frees it
    del a, b
    assert gc.collect() >= 2


def test_the_window_command_leaves_the_collector_on_when_it_cannot_start(
        tmp_path: Path) -> None:
    gc.enable()
    # a folder, not a database file: a usage error, before any window
    assert main(["--db", str(tmp_path)]) == 2
    assert gc.isenabled() and not collector.held()
