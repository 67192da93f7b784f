"""Load and validate times of the data: knowledge base, SVG atlas (with geometry), all."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from table import Row, median, ms

from bodymap.domain.atlas import Atlas, load_atlas
from bodymap.domain.dataset import Dataset, load_dataset
from bodymap.domain.knowledge import load_knowledge
from bodymap.domain.regions import load_regions


def _timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times: list[float] = []
    last: object = None
    for _ in range(runs):
        t = time.perf_counter()
        last = fn()
        times.append(time.perf_counter() - t)
    return median(times), last


def _touch_rings(atlas: Atlas) -> int:
    n = 0
    for view in atlas.views.values():
        for shape in view.regions.values():
            n += len(shape.rings)
    return n


def _touch_centres(atlas: Atlas) -> None:
    for view in atlas.views.values():
        for shape in view.regions.values():
            _ = shape.centre


def measure(data: Path, assets: Path, runs: int) -> tuple[list[Row], Dataset]:
    section = "5 load"
    regions = load_regions(data / "regions.yaml")
    load_dataset(data, assets)  # warm-up: pydantic builds its validators on first use
    kb_time, _ = _timed(lambda: load_knowledge(data / "muscles", regions), runs)
    atlas_time, _ = _timed(lambda: load_atlas(assets, data, regions), runs)

    rings: list[float] = []
    centres: list[float] = []
    shapes = 0
    for _ in range(runs):
        atlas = load_atlas(assets, data, regions)  # rings are parsed by the loader already
        t = time.perf_counter()
        _touch_rings(atlas)
        rings.append(time.perf_counter() - t)
        t = time.perf_counter()
        _touch_centres(atlas)
        centres.append(time.perf_counter() - t)
        shapes = sum(len(v.regions) for v in atlas.views.values())
    total, dataset = _timed(lambda: load_dataset(data, assets), runs)
    assert isinstance(dataset, Dataset)
    n_files = len(list((data / "muscles").glob("*.yaml")))
    rows = [
        Row(section, f"load_knowledge ({n_files} muscle files, parse + validate)",
            ms(kb_time)),
        Row(section, "load_atlas (5 SVG views + adjacency, parse + flatten)", ms(atlas_time)),
        Row(section, f"  + touch .rings of all {shapes} region shapes (cached)",
            ms(median(rings))),
        Row(section, f"  + touch .centre of all {shapes} region shapes", ms(median(centres))),
        Row(section, "load_dataset total (the first start after a data change)", ms(total)),
    ]
    rows += _bundle_rows(section, data, assets, dataset, runs)
    return rows, dataset


def _bundle_rows(section: str, data: Path, assets: Path, dataset: Dataset,
                 runs: int) -> list[Row]:
    """What a start pays instead while the validated bundle is current."""
    from bodymap.domain import bundle

    key_time, key = _timed(lambda: bundle.dataset_key(data, assets), runs)
    raw = bundle.encode(dataset, str(key))
    decode_time, _ = _timed(lambda: bundle.decode(raw, str(key)), runs)
    rows = [
        Row(section, "bundle key (SHA-256 of data/, assets/, domain code)", ms(key_time)),
        Row(section, f"bundle decode ({len(raw) / 1e6:.2f} MB of JSON -> Dataset, the "
            "female figure left for later)", ms(decode_time)),
        Row(section, "bundle total (what a warm start pays)", ms(key_time + decode_time)),
    ]
    if dataset.female_atlas is not None:
        # what the first switch to the female figure pays (decoded from the bundle then)
        female_time, _ = _timed(lambda: bundle.decode(raw, str(key)).female_atlas, runs)
        rows.append(Row(section, "  + the female figure, decoded when first drawn",
                        ms(max(0.0, female_time - decode_time))))
    return rows
