"""Attacks by volume and by file type on the loaders and the import (issue 18, points 4, 8
and 9): tens of thousands of unknown ids, extreme curves, FIFOs and /dev/zero where a file
should be, duplicate keys, and model values that are not numbers a ranking can use.

Each must be refused quickly with a message naming the file (and line or field), never
hang, never read without end, never print a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bodymap import resources
from bodymap.domain.atlas import load_atlas
from bodymap.domain.errors import MAX_LISTED_PROBLEMS, DataError
from bodymap.domain.regions import load_regions
from bodymap.store import (
    ImportRefusedError,
    Store,
    VisitDraft,
    import_client_json,
    write_client_json,
)

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
KEEP_MUSCLES = ("gluteus_medius", "piriformis", "quadratus_lumborum")
MUSCLE = "data/muscles/piriformis.yaml"
QUICK = 3.0  # seconds; the unfixed code took 20 s and more on each of these


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(resources.data_dir(), tmp_path / "data")
    shutil.copytree(resources.assets_dir(), tmp_path / "assets")
    for path in (tmp_path / "data" / "muscles").glob("*.yaml"):
        if path.stem not in KEEP_MUSCLES:
            path.unlink()
    return tmp_path


def validate(root: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`bodymap validate` in its own process, with memory capped: on the unfixed code a
    /dev/zero data file is read until memory runs out."""
    return subprocess.run(
        [sys.executable, "-m", "bodymap", "--data", str(root / "data"), "validate"],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=timeout,
        preexec_fn=_limit_memory)


LOAD_WITH_ASSETS = """
import sys
from pathlib import Path
from bodymap.domain.dataset import load_dataset
from bodymap.domain.errors import DataError
try:
    load_dataset(Path(sys.argv[1]) / "data", Path(sys.argv[1]) / "assets")
except DataError as exc:
    print(exc, file=sys.stderr)
    sys.exit(1)
"""


def load_with_assets(root: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The whole dataset, with the copy's own assets (the CLI always reads the shipped
    ones), in its own process with memory capped."""
    return subprocess.run([sys.executable, "-c", LOAD_WITH_ASSETS, str(root)], cwd=REPO,
                          env=ENV, capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_limit_memory)


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


# -- 4. volume -----------------------------------------------------------------------------------


def test_40000_unknown_region_ids_in_an_import_are_refused_in_well_under_a_second(
        tmp_path: Path) -> None:
    export = {
        "format": "bodymap-client", "format_version": 1,
        "client": {"name": "Ana", "created": "2026-01-01T00:00:00+00:00"},
        "visits": [{"date": "2026-01-02",
                    "drawing": {f"left.nowhere_{v}_{i}": 5 for i in range(400)}}
                   for v in range(100)],
    }
    source = tmp_path / "many.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    regions = load_regions(resources.data_dir() / "regions.yaml")
    with Store.open(tmp_path / "r.sqlite3") as store:
        started = time.perf_counter()
        with pytest.raises(ImportRefusedError) as refused:
            import_client_json(store, source, set(regions), set())
        took = time.perf_counter() - started
        assert store.clients() == []
    assert took < 1.0, f"refusing took {took:.1f} s"
    error = refused.value
    assert len(error.problems) + error.unlisted == 40_000
    assert len(error.problems) <= MAX_LISTED_PROBLEMS
    assert "40000 problem(s)" in str(error)
    # the listed ones still carry their suggestion
    assert "unknown region id" in str(error.problems[0])


def test_100000_unknown_areas_in_a_muscle_file_are_reported_quickly(copy: Path) -> None:
    path = copy / MUSCLE
    text = path.read_text(encoding="utf-8")
    bogus = ", ".join(f"nowhere_{i}" for i in range(100_000))
    marker = "    spillover: [thigh_back_upper, sacroiliac]"
    assert marker in text
    path.write_text(text.replace(marker, f"    spillover: [{bogus}]", 1), encoding="utf-8")
    started = time.perf_counter()
    done = validate(copy)
    took = time.perf_counter() - started
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert "piriformis.yaml" in done.stderr and "unknown area" in done.stderr
    assert "more problem(s) not listed" in done.stderr
    assert took < 15.0, f"validate took {took:.1f} s"  # a process start and a full load


def test_60000_unknown_region_ids_in_an_svg_are_reported_quickly(copy: Path) -> None:
    svg = copy / "assets" / "front.svg"
    text = svg.read_text(encoding="utf-8")
    bogus = "".join(f'<path class="region" id="left.nowhere_{i}" d="M0 0 L1 0 L1 1 Z"/>\n'
                    for i in range(60_000))
    svg.write_text(text.replace("</svg>", bogus + "</svg>"), encoding="utf-8")
    regions = load_regions(copy / "data" / "regions.yaml")
    started = time.perf_counter()
    with pytest.raises(DataError) as refused:
        load_atlas(copy / "assets", copy / "data", regions)
    took = time.perf_counter() - started
    assert took < QUICK, f"loading took {took:.1f} s"
    assert refused.value.total == 60_000
    assert "front.svg" in str(refused.value)


def test_extreme_curves_in_8_kb_of_path_data_are_flattened_or_refused_quickly(
        copy: Path) -> None:
    svg = copy / "assets" / "front.svg"
    text = svg.read_text(encoding="utf-8")
    curve = " C1e300 -1e300 -1e300 1e300 0 0"
    extreme = "M0 0" + curve * (8000 // len(curve))
    start = text.index('d="', text.index('class="region"')) + 3
    end = text.index('"', start)
    svg.write_text(text[:start] + extreme + text[end:], encoding="utf-8")
    regions = load_regions(copy / "data" / "regions.yaml")
    started = time.perf_counter()
    with pytest.raises(DataError, match=r"front\.svg"):
        load_atlas(copy / "assets", copy / "data", regions)
    took = time.perf_counter() - started
    assert took < QUICK, f"loading took {took:.1f} s"


# -- 8. special files ----------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["data/muscles/piriformis.yaml", "data/model.yaml",
                                   "assets/front.svg"])
@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_special_file_among_the_data_is_refused_without_hanging(
        copy: Path, where: str, kind: str) -> None:
    path = copy / where
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    done = (load_with_assets if where.startswith("assets") else validate)(copy)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert path.name in done.stderr and "not a regular file" in done.stderr


# -- 9. duplicate keys and model values ----------------------------------------------------------


def test_a_key_given_twice_in_a_yaml_file_is_refused_naming_file_line_and_key(
        copy: Path) -> None:
    path = copy / MUSCLE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("name:"))
    lines.insert(at + 1, "name: Pear muscle\n")
    path.write_text("".join(lines), encoding="utf-8")
    done = validate(copy)
    assert done.returncode == 1
    assert f"piriformis.yaml: line {at + 2}" in done.stderr
    assert f"key 'name' is given twice (first on line {at + 1})" in done.stderr


def test_a_key_given_twice_in_a_json_import_is_refused_naming_line_and_key(
        tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        ana = store.add_client("Ana")
        store.add_visit(ana.id, VisitDraft(date=dt.date(2026, 1, 2), notes="kept"))
        out = tmp_path / "ana.json"
        write_client_json(store, ana.id, out)
        lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
        at = next(i for i, line in enumerate(lines) if '"notes": "kept"' in line)
        lines.insert(at, '      "notes": "the other one",\n')
        out.write_text("".join(lines), encoding="utf-8")
        with pytest.raises(ImportRefusedError,
                           match=rf"line {at + 2}: key .notes. is given twice in one "
                                 rf"object .first on line {at + 1}."):
            import_client_json(store, out, set(), set())
        assert len(store.clients()) == 1


@pytest.mark.parametrize("value", [".nan", "-5", "1e308", "0", ".inf"])
def test_a_prevalence_prior_outside_0_to_1_is_refused(copy: Path, value: str) -> None:
    path = copy / "data" / "model.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  common: 0.92" in text
    path.write_text(text.replace("  common: 0.92", f"  common: {value}"), encoding="utf-8")
    done = validate(copy)
    assert done.returncode == 1, done.stdout
    assert "model.yaml: prevalence_prior.common" in done.stderr


@pytest.mark.parametrize("field", ["intensity_floor", "coverage_power", "combination_penalty"])
def test_model_numbers_must_be_finite(copy: Path, field: str) -> None:
    path = copy / "data" / "model.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{field}:"))
    lines[at] = f"{field}: .nan\n"
    path.write_text("".join(lines), encoding="utf-8")
    done = validate(copy)
    assert done.returncode == 1
    assert f"model.yaml: {field}" in done.stderr
