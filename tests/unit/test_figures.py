"""Two body figures (issue 17): the dataset loads and checks the female figure beside the
male one, the bundle carries both, the session draws on the one chosen, and the store keeps
each client's figure (a schema step that keeps every old row)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from bodymap.domain.bundle import dataset_key, decode, encode, load_dataset_cached
from bodymap.domain.dataset import Dataset, check_figure_markers, load_dataset
from bodymap.domain.errors import DataError
from bodymap.domain.figures import Figure, FigureNotInstalledError, figure_folder
from bodymap.domain.regions import View
from bodymap.scene.layouts import Layout
from bodymap.scene.scene import build_scene
from bodymap.session.session import Session
from bodymap.store import (
    ImportRefusedError,
    Store,
    VisitDraft,
    export_client_json,
    import_client_json,
)
from bodymap.store.database import backup_path
from bodymap.store.schema import LATEST_VERSION, MIGRATIONS
from tests.female_stand_in import hatch_d, make_two_figure_assets


def male_only(two_figures: Dataset) -> Dataset:
    return dataclasses.replace(two_figures, female_atlas=None)


# -- the dataset -------------------------------------------------------------------------------

def test_both_figures_are_loaded_with_the_same_regions(two_figures: Dataset) -> None:
    assert list(two_figures.figures) == [Figure.MALE, Figure.FEMALE]
    male, female = two_figures.atlas_for(Figure.MALE), two_figures.atlas_for(Figure.FEMALE)
    assert male is two_figures.atlas  # Dataset.atlas is still the male figure
    assert female is not male
    for view in View:
        assert female.views[view].regions.keys() == male.views[view].regions.keys()
        # the stand-in's own drawing is there, and only on the female figure
        assert hatch_d(view) in female.views[view].details
        assert hatch_d(view) not in male.views[view].details
    assert female.adjacency == male.adjacency
    assert check_figure_markers(female, two_figures.knowledge, Path("data/muscles"),
                                Figure.FEMALE) == []


def test_without_the_female_folder_only_the_male_figure_is_there(
        data_dir: Path, assets_dir: Path, tmp_path: Path) -> None:
    import shutil

    assets = tmp_path / "assets"
    shutil.copytree(assets_dir, assets, ignore=shutil.ignore_patterns("female"))
    ds = load_dataset(data_dir, assets)
    assert list(ds.figures) == [Figure.MALE]
    with pytest.raises(FigureNotInstalledError, match=r"female figure is not installed.*"
                                                      r"assets/female/"):
        ds.atlas_for(Figure.FEMALE)


def test_a_broken_female_drawing_is_reported_with_its_file(data_dir: Path, assets_dir: Path,
                                                            tmp_path: Path) -> None:
    assets = make_two_figure_assets(assets_dir, tmp_path / "assets")
    front = figure_folder(assets, Figure.FEMALE) / "front.svg"
    text = front.read_text(encoding="utf-8")
    front.write_text(text.replace('id="left.armpit"', 'id="left.armpitt"', 1), encoding="utf-8")
    (figure_folder(assets, Figure.FEMALE) / "soles.svg").unlink()
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir, assets)
    shown = str(caught.value)
    assert f"{front}" in shown and "left.armpitt" in shown
    assert "female/soles.svg" in shown and "view SVG is missing" in shown
    # the male figure beside it is fine: nothing is reported against it
    assert f"{assets / 'front.svg'}" not in shown


def test_a_marker_the_female_figure_puts_outside_its_region_is_reported(
        two_figures: Dataset) -> None:
    # a female back view whose region of a left trigger point is drawn where its right
    # twin is: the X the atlas places from the muscle file no longer lands inside it
    female = two_figures.atlas_for(Figure.FEMALE)
    back = female.views[View.BACK]
    tp = next(tp for tp in two_figures.knowledge.trigger_points.values()
              if View.BACK in tp.markers and tp.side.value == "left")
    twin = tp.region.replace("left.", "right.", 1)
    regions = {**back.regions, tp.region: back.regions[twin]}
    moved = dataclasses.replace(
        female, views={**female.views, View.BACK: dataclasses.replace(back, regions=regions)})
    problems = check_figure_markers(moved, two_figures.knowledge, Path("data/muscles"),
                                    Figure.FEMALE)
    assert any(p.field == f"trigger_points[{tp.key}].markers.back" and
               "on the female figure" in str(p) and tp.region in str(p) for p in problems), \
        problems


def test_the_bundle_carries_both_figures(two_figures: Dataset, data_dir: Path,
                                         tmp_path: Path) -> None:
    key = "k" * 64
    rebuilt = decode(encode(two_figures, key), key)
    assert rebuilt.female_atlas == two_figures.female_atlas
    assert list(rebuilt.figures) == [Figure.MALE, Figure.FEMALE]
    # through the cache folder too, and a female drawing changed makes a new key
    assets = make_two_figure_assets(Path(__file__).resolve().parents[2] / "assets",
                                    tmp_path / "assets")
    cache = tmp_path / "cache"
    first = load_dataset_cached(data_dir, assets, cache)
    again = load_dataset_cached(data_dir, assets, cache)
    assert again.female_atlas == first.female_atlas is not None
    before = dataset_key(data_dir, assets)
    front = assets / "female" / "front.svg"
    front.write_text(front.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert dataset_key(data_dir, assets) != before


# -- the session -------------------------------------------------------------------------------

def test_the_session_draws_on_the_chosen_figure_and_keeps_the_drawing(
        two_figures: Dataset) -> None:
    session = Session(two_figures)
    seen: list[Figure] = []
    session.subscribe(lambda vm: seen.append(vm.figure))
    session.toggle("left.low_back")
    session.select_muscle("quadratus_lumborum")
    assert session.view_model.figure is Figure.MALE
    session.set_figure(Figure.FEMALE)
    vm = session.view_model
    assert (vm.figure, session.atlas) == (Figure.FEMALE, two_figures.female_atlas)
    assert dict(vm.drawing) == {"left.low_back": 5} and vm.pattern is not None
    assert vm.can_undo  # the history is kept: the figure is not a drawing step
    assert seen[-1] is Figure.FEMALE
    scene = build_scene(session.atlas, Layout.FRONT_BACK, vm.drawing, vm.pattern.points)
    assert hatch_d(View.FRONT) in scene.figures.figures[0].shape.details


def test_a_figure_that_is_not_installed_is_refused(two_figures: Dataset) -> None:
    session = Session(male_only(two_figures))
    with pytest.raises(FigureNotInstalledError):
        session.set_figure(Figure.FEMALE)
    assert session.view_model.figure is Figure.MALE


# -- the store ---------------------------------------------------------------------------------

def _v4_database(path: Path) -> None:
    """Exactly what bodymap with schema version 4 wrote, with one client and visit."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for step in MIGRATIONS:
            if step.version <= 4:
                for statement in step.statements:
                    conn.execute(statement)
        conn.execute("PRAGMA user_version = 4")
        conn.execute("INSERT INTO clients VALUES (1, 'Old', 'tel', 'n', "
                     "'2026-01-01T09:00:00+00:00')")
        conn.execute("INSERT INTO visits VALUES (1, 1, '2026-01-02', 6, 2, 'first')")
        conn.execute("INSERT INTO visit_regions VALUES (1, 'left.low_back', 6, 'burn')")
        conn.execute("INSERT INTO visit_points VALUES (1, 0, 'quadratus_lumborum.tp1.left')")
    finally:
        conn.close()


def test_an_older_database_gains_the_figure_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    _v4_database(path)
    with Store.open(path) as store:
        [client] = store.clients()
        assert (client.name, client.contact, client.notes, client.figure) == \
            ("Old", "tel", "n", None)
        [visit] = store.visits(client.id)
        assert (visit.drawing, visit.qualities, visit.treated, visit.notes) == (
            {"left.low_back": 6}, {"left.low_back": "burn"},
            ("quadratus_lumborum.tp1.left",), "first")
        assert store.set_client_figure(client.id, Figure.FEMALE).figure is Figure.FEMALE
    with Store.open(path) as store:
        assert store.client(1).figure is Figure.FEMALE
        assert store.set_client_figure(1, None).figure is None
    check = sqlite3.connect(path)
    kept = sqlite3.connect(backup_path(path, 4))
    try:
        assert check.execute("PRAGMA user_version").fetchone() == (LATEST_VERSION,) == (5,)
        assert kept.execute("PRAGMA user_version").fetchone() == (4,)
        # the column refuses anything but the two figures, whoever writes it
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            check.execute("UPDATE clients SET figure = 'alien' WHERE id = 1")
    finally:
        check.close()
        kept.close()


def test_the_figure_travels_with_the_client_export(tmp_path: Path,
                                                   two_figures: Dataset) -> None:
    regions = set(two_figures.regions)
    points = set(two_figures.knowledge.trigger_points)
    with Store.open(tmp_path / "a.sqlite3") as one, Store.open(tmp_path / "b.sqlite3") as two:
        ana = one.add_client("Ana")
        one.set_client_figure(ana.id, Figure.FEMALE)
        one.add_visit(ana.id, VisitDraft(date=dt.date(2026, 3, 1), drawing={"left.chest": 4}))
        data = export_client_json(one, ana.id)
        assert data["client"]["figure"] == "female"  # type: ignore[index]
        out = tmp_path / "ana.json"
        out.write_text(json.dumps(data), encoding="utf-8")
        copy = import_client_json(two, out, regions, points)
        assert copy.figure is Figure.FEMALE
        assert export_client_json(two, copy.id) == data
        # a file from before figures existed (format 3) imports, with no figure chosen
        client = data["client"]
        assert isinstance(client, dict)
        old = {**data, "format_version": 3,
               "client": {k: v for k, v in client.items() if k != "figure"}}
        out.write_text(json.dumps(old), encoding="utf-8")
        assert import_client_json(two, out, regions, points).figure is None
        # and a figure that does not exist is refused, naming the field
        bad = {**data, "client": {**client, "figure": "alien"}}
        out.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(ImportRefusedError, match=r"client\.figure.*alien"):
            import_client_json(two, out, regions, points)
