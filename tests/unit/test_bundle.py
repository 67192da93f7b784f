"""The validated dataset bundle: the same Dataset as a full load, used only while current,
rebuilt when stale or damaged, and never able to build anything but domain objects."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from bodymap import resources, userdirs
from bodymap.domain import bundle, geometry
from bodymap.domain.bundle import BundleError, dataset_key, decode, encode, load_dataset_cached
from bodymap.domain.dataset import DEFERRED_FIELDS, Dataset, is_deferred
from bodymap.domain.errors import DataError
from bodymap.domain.figures import Figure
from bodymap.domain.place_names import localize
from bodymap.domain.regions import RegionCatalogue, Side, View
from tests.bundle_parts import part_lines, with_part

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the shipped data and assets, free to edit."""
    data, assets = tmp_path / "data", tmp_path / "assets"
    shutil.copytree(resources.data_dir(), data)
    shutil.copytree(resources.assets_dir(), assets)
    return data, assets


def _only_bundle(cache: Path) -> Path:
    found = sorted(cache.glob("dataset-*.bundle"))
    assert len(found) == 1, found
    return found[0]


def _with_payload(raw: bytes, tree: object) -> bytes:
    """A bundle whose header is right (key and digest) for a main part of ``tree``."""
    return with_part(raw, "main", json.dumps(tree).encode())


def test_the_bundle_hands_over_ready_outlines(dataset: Dataset, data_dir: Path,
                                             assets_dir: Path) -> None:
    """The bundle's last line holds each atlas path's commands, and a dataset read from it
    draws its outlines from them, not by parsing the path text again: a bundle (digest and
    all) that gives one region other commands shows that region with those."""
    key = dataset_key(data_dir, assets_dir)
    raw = encode(dataset, key)
    pairs = dict(bundle._path_commands(json.loads(part_lines(raw, "main")[1])))
    region = dataset.atlas.views[View.FRONT].regions["left.temple"]
    assert region.d in pairs and len(pairs) > 250  # the front's and the back's
    triangle = [geometry.MOVE, 0.0, 0.0, geometry.LINE, 4.0, 0.0, geometry.LINE, 0.0, 3.0,
                geometry.CLOSE]
    pairs[region.d] = array("d", triangle)
    forged = bundle._paths_line(pairs).encode()
    try:
        rebuilt = decode(with_part(raw, "main", paths=forged), key)
        outline = rebuilt.atlas.views[View.FRONT].regions["left.temple"].subpaths
        assert outline == geometry.subpaths_of(triangle)
    finally:
        # the commands are kept per path text for the whole process: put the true ones back
        geometry.remember_commands(region.d, geometry.commands_of(
            geometry._parse_path_text(region.d)))
    assert geometry.parse_path(region.d) == geometry._parse_path_text(region.d)


def test_the_first_screens_outlines_are_one_node_a_view(dataset: Dataset, data_dir: Path,
                                                       assets_dir: Path) -> None:
    """The front's and the back's region outlines, read at every start, are written as one
    ``shapes`` node each (an id, a path text and a number per region), not a tagged node
    per region, and read back as the same RegionShapes."""
    key = dataset_key(data_dir, assets_dir)
    raw = encode(dataset, key)
    tree = json.loads(part_lines(raw, "main")[0])
    views = dict((pair[0]["v"], pair[1]) for pair in tree["f"]["atlas"]["f"]["views"]["v"])
    assert set(views) == {"front", "back"}
    for name, node in views.items():
        shapes = node["f"]["regions"]
        assert shapes["t"] == "shapes"
        expected = dataset.atlas.views[View(name)].regions
        assert [row[:2] for row in shapes["v"]] == [[r, s.d] for r, s in expected.items()]
    rebuilt = decode(raw, key)
    for view in (View.FRONT, View.BACK):
        assert rebuilt.atlas.views[view].regions == dataset.atlas.views[view].regions


def test_a_bundle_rebuilds_the_very_same_dataset(dataset: Dataset, data_dir: Path,
                                                 assets_dir: Path) -> None:
    key = dataset_key(data_dir, assets_dir)
    raw = encode(dataset, key)
    rebuilt = decode(raw, key)
    # written again, the rebuilt dataset gives the same bytes: every field of every object,
    # every type (enums, RegionId, tuples, frozensets) and every dict order came back
    assert encode(rebuilt, key) == raw
    assert list(rebuilt.regions.values()) == list(dataset.regions.values())
    assert rebuilt.knowledge.muscles == dataset.knowledge.muscles
    assert rebuilt.knowledge.trigger_points == dataset.knowledge.trigger_points
    assert rebuilt.atlas == dataset.atlas
    assert rebuilt.female_atlas == dataset.female_atlas is not None
    assert rebuilt.parameters == dataset.parameters and rebuilt.safety == dataset.safety
    assert rebuilt.nerves == dataset.nerves and rebuilt.prevalence == dataset.prevalence
    assert rebuilt.glossary.entries == dataset.glossary.entries
    # one catalogue shared by the dataset and the knowledge base, as after a full load
    assert rebuilt.knowledge.regions is rebuilt.regions
    drawing = {"left.low_back": 7, "left.buttock": 5, "right.neck_back": 3}
    assert rebuilt.referral_model().rank(drawing) == dataset.referral_model().rank(drawing)


def test_the_female_figure_is_read_only_when_first_drawn(dataset: Dataset, data_dir: Path,
                                                        assets_dir: Path) -> None:
    """A start that shows the male figure does not decode the female one (18 ms, 1 MiB): a
    bundle whose female lines cannot be decoded still opens, and only drawing her
    finds out, then builds her by the fallback (a validating load) once."""
    key = dataset_key(data_dir, assets_dir)
    raw = with_part(encode(dataset, key), "female", b'{"t":"nonsense"}')
    fallbacks: list[str] = []

    def validating_load() -> Dataset:
        fallbacks.append("female")
        return dataset

    rebuilt = decode(raw, key, validating_load)
    assert list(rebuilt.figures) == [Figure.MALE, Figure.FEMALE]
    assert Figure.FEMALE in rebuilt.figures
    assert rebuilt.atlas == dataset.atlas and fallbacks == []
    assert rebuilt.atlas_for(Figure.FEMALE) is dataset.female_atlas and fallbacks == ["female"]
    assert rebuilt.figures[Figure.FEMALE] is dataset.female_atlas and fallbacks == ["female"]
    # without a fallback, drawing her reports what is wrong with her part of the bundle
    with pytest.raises(BundleError, match="class reference"):
        decode(raw, key).atlas_for(Figure.FEMALE)


def test_the_second_load_comes_from_the_bundle(folders: tuple[Path, Path],
                                              tmp_path: Path) -> None:
    data, assets = folders
    cache = tmp_path / "cache"
    first = load_dataset_cached(data, assets, cache)
    path = _only_bundle(cache)
    key = dataset_key(data, assets)
    # a bundle for the current key naming the muscle differently proves which one is read
    name = first.knowledge.muscles["gluteus_medius"].name
    # the muscles' part
    tree = part_lines(path.read_bytes(), "later")[0]
    path.write_bytes(with_part(path.read_bytes(), "later", tree.replace(
        json.dumps(name).encode(), json.dumps("Marked from bundle").encode())))
    assert decode(path.read_bytes(), key).knowledge.muscles["gluteus_medius"].name == \
        "Marked from bundle"
    again = load_dataset_cached(data, assets, cache)
    assert again.knowledge.muscles["gluteus_medius"].name == "Marked from bundle"


def test_a_new_bundle_can_be_written_when_the_caller_likes(folders: tuple[Path, Path],
                                                         tmp_path: Path) -> None:
    """The window's start hands the writing over (to after its first paint): nothing is
    written before that is called, and then the same bundle is written, which the next load
    reads; a bundle that is current is read without handing anything over."""
    data, assets = folders
    cache = tmp_path / "cache"
    later: list[Callable[[], None]] = []
    first = load_dataset_cached(data, assets, cache, write_later=later.append)
    assert len(later) == 1
    assert not cache.exists() or not list(cache.iterdir())
    later.pop()()
    path = _only_bundle(cache)
    written = decode(path.read_bytes(), dataset_key(data, assets))
    assert written.atlas == first.atlas
    assert written.knowledge.muscles == first.knowledge.muscles
    # (read from it: a full load would have handed a writing over again)
    again = load_dataset_cached(data, assets, cache, write_later=later.append)
    assert later == [] and again.knowledge.muscles == first.knowledge.muscles


def test_an_edited_data_file_makes_the_bundle_stale(folders: tuple[Path, Path],
                                                   tmp_path: Path) -> None:
    data, assets = folders
    cache = tmp_path / "cache"
    load_dataset_cached(data, assets, cache)
    old_key = dataset_key(data, assets)
    muscle = data / "muscles" / "gluteus_medius.yaml"
    muscle.write_text(muscle.read_text(encoding="utf-8").replace(
        "name: Gluteus medius", "name: Gluteus medius (edited)", 1), encoding="utf-8")
    assert dataset_key(data, assets) != old_key
    edited = load_dataset_cached(data, assets, cache)
    assert edited.knowledge.muscles["gluteus_medius"].name == "Gluteus medius (edited)"
    # the stale bundle was replaced in place, not left beside the new one
    path = _only_bundle(cache)
    assert decode(path.read_bytes(), dataset_key(data, assets)).knowledge.muscles[
        "gluteus_medius"].name == "Gluteus medius (edited)"
    with pytest.raises(BundleError, match="stale"):
        decode(path.read_bytes(), old_key)


def test_an_edit_keeping_size_and_time_is_noticed(folders: tuple[Path, Path],
                                                   tmp_path: Path) -> None:
    """A start trusts the bundle's key without hashing the files while their signature
    (names, sizes, times, inodes) is the one recorded; an edit of the same length whose
    modification time is set back still changes the file's ctime, so it is noticed."""
    data, assets = folders
    cache = tmp_path / "cache"
    load_dataset_cached(data, assets, cache)
    muscle = data / "muscles" / "gluteus_medius.yaml"
    before = muscle.stat()
    muscle.write_text(muscle.read_text(encoding="utf-8").replace(
        "name: Gluteus medius", "name: Gluteus mediux", 1), encoding="utf-8")
    os.utime(muscle, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (muscle.stat().st_size, muscle.stat().st_mtime_ns) == \
        (before.st_size, before.st_mtime_ns)
    edited = load_dataset_cached(data, assets, cache)
    assert edited.knowledge.muscles["gluteus_medius"].name == "Gluteus mediux"


def test_an_unchanged_signature_spares_the_key(dataset: Dataset, folders: tuple[Path, Path],
                                              tmp_path: Path) -> None:
    data, assets = folders
    signature = bundle.files_signature(data, assets)
    assert bundle.files_signature(data, assets) == signature  # nothing changed
    raw = encode(dataset, "the key of these files", signature)

    def key() -> str:
        raise AssertionError("the key was computed though no file changed")

    assert decode(raw, key, signature=signature).atlas == dataset.atlas
    # another signature: the key is computed and compared
    with pytest.raises(BundleError, match="stale"):
        decode(raw, lambda: "another key", signature="another signature")
    assert decode(raw, lambda: "the key of these files", signature="x").atlas == dataset.atlas
    (data / "notes.txt").write_text("x", encoding="utf-8")
    assert bundle.files_signature(data, assets) != signature


def test_an_edited_asset_or_a_new_file_changes_the_key(folders: tuple[Path, Path]) -> None:
    data, assets = folders
    key = dataset_key(data, assets)
    svg = next(assets.glob("*.svg"))
    svg.write_bytes(svg.read_bytes() + b"\n")
    assert dataset_key(data, assets) != key
    key = dataset_key(data, assets)
    (data / "muscles" / "notes.txt").write_text("x", encoding="utf-8")
    assert dataset_key(data, assets) != key


def test_bad_data_raises_as_before_and_writes_no_bundle(folders: tuple[Path, Path],
                                                       tmp_path: Path) -> None:
    data, assets = folders
    cache = tmp_path / "cache"
    load_dataset_cached(data, assets, cache)  # a good bundle for the good data
    (data / "muscles" / "gluteus_medius.yaml").write_text("id: gluteus_medius\nname: [x\n",
                                                          encoding="utf-8")
    with pytest.raises(DataError, match=r"gluteus_medius\.yaml"):
        load_dataset_cached(data, assets, cache)
    with pytest.raises(BundleError, match="stale"):
        decode(_only_bundle(cache).read_bytes(), dataset_key(data, assets))


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_a_damaged_bundle_is_rebuilt(folders: tuple[Path, Path], tmp_path: Path,
                                     damage: str) -> None:
    data, assets = folders
    cache = tmp_path / "cache"
    good = load_dataset_cached(data, assets, cache)
    path = _only_bundle(cache)
    raw = path.read_bytes()
    flip = len(raw.partition(b"\n")[0]) + 100  # a byte of the main part
    broken = {"truncate": raw[: len(raw) // 2],
              "flip": raw[:flip] + bytes([raw[flip] ^ 0x20]) + raw[flip + 1:],
              "empty": b"",
              "garbage": b"\x00\xff" * 1000}[damage]
    path.write_bytes(broken)
    assert bundle.read_bundle(path, dataset_key(data, assets)) is None
    again = load_dataset_cached(data, assets, cache)
    assert again.knowledge.muscles == good.knowledge.muscles
    assert path.read_bytes() == raw  # rebuilt, byte for byte the bundle it was


@pytest.mark.parametrize("part", ["sides", "later", "female"])
def test_a_damaged_later_part_is_noticed_when_read_and_then_rebuilt(
        folders: tuple[Path, Path], tmp_path: Path, part: str) -> None:
    """The side views, the muscles and the female figure are checked against their digests
    when first read (a start does not read them before its first paint): a damaged one is
    then taken from a validating load, once, and the bundle is written afresh."""
    data, assets = folders
    cache = tmp_path / "cache"
    good = load_dataset_cached(data, assets, cache)
    path = _only_bundle(cache)
    raw = path.read_bytes()
    tree, paths = part_lines(raw, part)
    at = len(raw) - len(paths) - 2 - len(tree) // 2 if part == "female" else \
        raw.index(tree) + len(tree) // 2
    path.write_bytes(raw[:at] + bytes([raw[at] ^ 0x20]) + raw[at + 1:])
    opened = load_dataset_cached(data, assets, cache)  # the main part is sound
    damaged = bundle.read_bundle(path, dataset_key(data, assets))  # without a fallback
    assert damaged is not None
    read: dict[str, Callable[[Dataset], object]] = {
        "sides": lambda d: d.atlas.views[View.LEFT],
        "later": lambda d: d.knowledge.muscles,
        "female": lambda d: d.atlas_for(Figure.FEMALE)}
    with pytest.raises(BundleError, match=f"the {part} part does not match its digest"):
        read[part](damaged)
    assert read[part](opened) == read[part](good)
    assert path.read_bytes() == raw  # rebuilt by the validating load it fell back on
    if part == "sides":  # (the muscles continue from the side views' part)
        assert opened.knowledge.muscles == good.knowledge.muscles


def test_the_region_catalogue_is_built_when_a_region_is_first_looked_up(
        dataset: Dataset, data_dir: Path, assets_dir: Path) -> None:
    """The first screen reads no region (the map's tooltips come after its first paint): a
    bundle's catalogue is built on the first lookup, is then a plain RegionCatalogue, and
    reads as the full load's."""
    key = dataset_key(data_dir, assets_dir)
    rebuilt = decode(encode(dataset, key), key)
    catalogue = rebuilt.regions
    assert type(catalogue) is not RegionCatalogue and isinstance(catalogue, RegionCatalogue)
    assert rebuilt.knowledge.regions is catalogue  # (shared, as after a full load)
    assert catalogue["left.temple"] == dataset.regions["left.temple"]
    assert type(catalogue) is RegionCatalogue  # built, and then a plain one
    assert catalogue.groups == dataset.regions.groups
    assert catalogue.areas == dataset.regions.areas
    assert list(catalogue.items()) == list(dataset.regions.items())
    # built by whichever first reads a group, the areas or the length, too
    for first_read in (lambda c: c.groups, lambda c: c.areas, len, list):
        other = decode(encode(dataset, key), key).regions
        assert first_read(other) == first_read(dataset.regions)
        assert type(other) is RegionCatalogue


def test_a_region_catalogue_that_cannot_be_built_falls_back_on_a_validating_load(
        dataset: Dataset, data_dir: Path, assets_dir: Path) -> None:
    key = dataset_key(data_dir, assets_dir)
    raw = encode(dataset, key)
    tree = json.loads(part_lines(raw, "main")[0])
    regions = tree["f"]["regions"]["a"][1]["v"]
    regions[0]["f"]["side"]["v"] = "middle"  # not a Side
    damaged = with_part(raw, "main", json.dumps(tree).encode())
    opened = decode(damaged, key)  # the catalogue is not read at start
    with pytest.raises(BundleError, match="regions cannot be rebuilt"):
        _ = opened.regions["left.temple"]
    loads: list[str] = []

    def validating_load() -> Dataset:
        loads.append("full")
        return dataset

    rebuilt = decode(damaged, key, validating_load)
    assert list(rebuilt.regions.values()) == list(dataset.regions.values())
    assert loads == ["full"]


def test_the_side_views_adjacency_and_place_names_are_decoded_when_first_read(
        dataset: Dataset, data_dir: Path, assets_dir: Path) -> None:
    """A start decodes the male figure's front and back and leaves its other views, the
    regions' adjacency and the other languages' place names for the ``sides`` part: they
    read as the full load's, decoded when one of them is first looked into."""
    key = dataset_key(data_dir, assets_dir)
    rebuilt = decode(encode(dataset, key), key)
    views = rebuilt.atlas.views
    assert isinstance(views, bundle._SideViews)
    assert list(views) == list(dataset.atlas.views) and len(views) == 5
    assert View.LEFT in views and views.get(View.FRONT) is not None
    assert not views.loaded  # the keys, membership and the front: not yet
    assert views[View.BACK].regions == dataset.atlas.views[View.BACK].regions
    assert not views.loaded
    assert rebuilt.place_names.get("es") == dataset.place_names.get("es")
    assert views.loaded
    assert views == dataset.atlas.views and dict(views) == dict(dataset.atlas.views)
    assert rebuilt.atlas.adjacency == dataset.atlas.adjacency
    assert views[View.LEFT].muscle("trapezius", Side.LEFT) == \
        dataset.atlas.views[View.LEFT].muscle("trapezius", Side.LEFT)
    # a dataset read from a bundle is bundled again as the one it stands for
    again = decode(encode(decode(encode(dataset, key), key), key), key)
    assert again.atlas == dataset.atlas and dict(again.place_names) == dataset.place_names


def test_the_muscles_are_decoded_when_first_read(dataset: Dataset, data_dir: Path,
                                                 assets_dir: Path) -> None:
    """A start decodes the Dataset without its muscles (about a fifth of the bundle): a
    bundle whose muscles' part cannot be decoded still opens; reading them finds out."""
    key = dataset_key(data_dir, assets_dir)
    raw = with_part(encode(dataset, key), "later", b'{"t":"nonsense"}')
    rebuilt = decode(raw, key)
    front = rebuilt.atlas.views[View.FRONT]
    assert not rebuilt.knowledge.built
    assert front.regions == dataset.atlas.views[View.FRONT].regions
    assert front.silhouette == dataset.atlas.views[View.FRONT].silhouette
    with pytest.raises(BundleError, match="class reference"):
        _ = rebuilt.knowledge.muscles
    with pytest.raises(BundleError):  # the muscle layers are in the same part
        _ = front.muscle("trapezius", Side.LEFT)
    fallbacks: list[str] = []

    def validating_load() -> Dataset:
        fallbacks.append("muscles")
        return dataset

    rebuilt = decode(raw, key, validating_load)
    assert rebuilt.knowledge.trigger_points == dataset.knowledge.trigger_points
    assert rebuilt.knowledge.muscles == dataset.knowledge.muscles and fallbacks == ["muscles"]
    assert rebuilt.knowledge.built
    assert rebuilt.atlas == dataset.atlas and fallbacks == ["muscles"]


def test_the_muscle_layers_are_decoded_with_the_muscles(dataset: Dataset, data_dir: Path,
                                                        assets_dir: Path) -> None:
    """Four fifths of the male figure's atlas is its muscle layer, drawn only with a
    pattern: it waits in the later part, and reads as the same layer once looked into."""
    key = dataset_key(data_dir, assets_dir)
    rebuilt = decode(encode(dataset, key), key)
    main_tree = part_lines(encode(dataset, key), "main")[0]
    trapezius = dataset.atlas.views[View.BACK].muscle("trapezius", Side.LEFT)
    assert trapezius is not None and trapezius.d.encode() not in main_tree
    back = rebuilt.atlas.views[View.BACK]
    assert back.muscle("trapezius", Side.LEFT) == trapezius
    assert dict(back.muscles) == dict(dataset.atlas.views[View.BACK].muscles)
    assert rebuilt.atlas.muscle_views("trapezius") == dataset.atlas.muscle_views("trapezius")


def test_the_fields_the_first_screen_does_not_read_wait_with_the_muscles(
        dataset: Dataset, data_dir: Path, assets_dir: Path) -> None:
    """The model's parameters, the red-flag rules, the glossary, the nerves, the prevalence
    evidence and the search terms are not decoded at start: each reads as the full load's
    once asked for (the first read decodes the part they share with the muscles)."""
    key = dataset_key(data_dir, assets_dir)
    raw = encode(dataset, key)
    main_tree = part_lines(raw, "main")[0]
    flag = dataset.safety.checklist[0]
    assert flag.question.encode() not in main_tree
    rebuilt = decode(raw, key)
    assert all(is_deferred(rebuilt, name) for name in DEFERRED_FIELDS)
    assert rebuilt.nerves == dataset.nerves
    assert not is_deferred(rebuilt, "nerves") and is_deferred(rebuilt, "parameters")
    assert rebuilt.parameters == dataset.parameters
    assert rebuilt.safety == dataset.safety
    assert rebuilt.glossary.entries == dataset.glossary.entries
    assert rebuilt.prevalence == dataset.prevalence
    assert rebuilt.search_terms == dataset.search_terms
    assert rebuilt.referral_model().rank({"left.low_back": 6}) == \
        dataset.referral_model().rank({"left.low_back": 6})


def test_a_spanish_start_decodes_nothing_left_for_later(dataset: Dataset, data_dir: Path,
                                                       assets_dir: Path) -> None:
    """Localizing the place names (a Spanish start) copies the dataset without building its
    deferred fields: their translation waits with them, and then reads as the full load's
    translation (the first screen decoded the muscles' part when dataclasses.replace copied
    every field)."""
    key = dataset_key(data_dir, assets_dir)
    spanish = localize(decode(encode(dataset, key), key), "es")
    assert spanish.language == "es" and not spanish.knowledge.built
    assert all(is_deferred(spanish, name) for name in DEFERRED_FIELDS)
    expected = localize(dataset, "es")
    assert spanish.regions["left.temple"].label == expected.regions["left.temple"].label
    assert spanish.nerves == expected.nerves and spanish.nerves != dataset.nerves
    assert spanish.search_terms == expected.search_terms
    # the red flags' words are translated too; the rules stay the English file's
    assert spanish.safety == expected.safety and spanish.safety != dataset.safety
    assert spanish.safety.checklist_ids == dataset.safety.checklist_ids
    assert spanish.parameters == dataset.parameters
    with pytest.raises(TypeError, match="no field 'labels'"):
        dataset.with_fields(labels={})


@pytest.mark.parametrize("change", ["a field missing", "a field of another kind",
                                    "a nerve of another kind", "an inline field"])
def test_fields_left_for_later_are_checked_like_the_rest(
        dataset: Dataset, data_dir: Path, assets_dir: Path, change: str) -> None:
    """A later part whose fields are not the Dataset's, each of its kind, is refused when
    read (the validating load stands in); so is a main part holding one of them inline."""
    key = dataset_key(data_dir, assets_dir)
    raw = encode(dataset, key)
    if change == "an inline field":
        tree = json.loads(part_lines(raw, "main")[0])
        tree["f"]["nerves"] = {"t": "tuple", "p": []}
        with pytest.raises(BundleError, match="field left for later is in"):
            decode(_with_payload(raw, tree), key)
        return
    later = json.loads(part_lines(raw, "later")[0])
    fields = later["v"][2]["v"]  # the [name, value] pairs of the fields' dict
    if change == "a field missing":
        del fields[0]
    elif change == "a field of another kind":
        pair = next(p for p in fields if p[0] == "glossary")
        pair[1] = {"t": "tuple", "p": []}
    else:
        pair = next(p for p in fields if p[0] == "nerves")
        pair[1] = {"t": "tuple", "p": ["not a nerve"]}
    damaged = with_part(raw, "later", json.dumps(later).encode())
    with pytest.raises(BundleError, match="fields are not the Dataset's"):
        _ = decode(damaged, key).glossary
    fallbacks: list[str] = []

    def validating_load() -> Dataset:
        fallbacks.append("later")
        return dataset

    rebuilt = decode(damaged, key, validating_load)
    assert rebuilt.nerves == dataset.nerves and fallbacks == ["later"]
    assert rebuilt.knowledge.muscles == dataset.knowledge.muscles and fallbacks == ["later"]


@pytest.mark.parametrize(("tree", "message"), [
    ({"t": "obj", "c": "subprocess:Popen", "a": [["echo", "owned"]], "n": 0},
     "outside bodymap's domain modules"),
    ({"t": "obj", "c": "os:system", "a": ["echo owned"], "n": 0}, "outside"),
    ({"t": "dc", "c": "bodymap.domain.dataset:load_dataset", "f": {}, "n": 0}, "not a class"),
    ({"t": "obj", "c": "bodymap.domain.dataset:Path", "a": ["/"], "n": 0}, "not defined in"),
    ({"t": "enum", "c": "bodymap.domain.regions:StrEnum", "v": "x"}, "not defined in"),
    ({"t": "dc", "c": "bodymap.domain.regions:RegionCatalogue", "f": {}, "n": 0},
     "not a dataclass"),
    # the pydantic schemas check files; a bundle holds only the plain runtime classes
    ({"t": "dc", "c": "bodymap.domain.schemas:RegionsFile", "f": {}, "n": 0}, "outside"),
    ({"t": "model", "c": "bodymap.domain.regions:Region", "f": {}, "s": [], "n": 0},
     "unknown tag"),
    ({"t": "obj", "c": "bodymap.domain.dataset:Dataset", "a": [], "n": 0},
     "not rebuilt from arguments"),
    ({"t": "dc", "c": "bodymap.domain.regions:Region", "n": 0,
      "f": {"id": "left.x", "label": "x", "side": None, "area": "x", "group": "x",
            "extra": 1}}, "not the class's fields"),
    ({"t": "str", "c": "bodymap.domain.regions:RegionId", "v": "middle.x"}, "not a region id"),
    ({"t": "ref", "n": 5}, "not yet read"),
    ({"t": "tuple", "p": [{"t": "ref", "n": 0}]}, "plain list holds a tagged value"),
    ({"t": "frozenset", "c": "bodymap.domain.regions:RegionId", "p": ["middle.x"]},
     "not a region id"),
    ({"t": "tuple", "v": [1, 2]}, "not a Dataset"),
    ([1, 2], "tagged value"),
    # a view's region outlines (one node for all: _Encoder._shapes)
    ({"t": "shapes", "v": [["left.x", "M0 0 Z"]]}, "not an id, a path and a number"),
    ({"t": "shapes", "v": [["left.x", {"t": "ref", "n": 0}, 0]]}, "fresh number"),
    ({"t": "shapes", "v": [["left.x", "M0 0 Z", 0], ["left.y", "M0 0 Z", 0]]},
     "fresh number"),
    ({"t": "shapes", "v": [["left.x", "M0 0 Z", 0], ["left.x", "M0 0 Z", 1]]},
     "fresh number"),
    ({"t": "shapes", "v": [["left.x", "M0 0 Z", 0]]}, "not a Dataset"),
])
def test_a_forged_bundle_builds_nothing_but_domain_objects(
        dataset: Dataset, data_dir: Path, assets_dir: Path, tree: object, message: str) -> None:
    key = dataset_key(data_dir, assets_dir)
    forged = _with_payload(encode(dataset, key), tree)
    with pytest.raises(BundleError, match=message):
        decode(forged, key)


def test_an_unwritable_cache_only_costs_the_full_load(folders: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    data, assets = folders
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    loaded = load_dataset_cached(data, assets, blocker)
    assert "gluteus_medius" in loaded.knowledge.muscles
    assert bundle.write_bundle(blocker / "dataset-x.bundle", loaded, "k") is False


def _bodymap(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:

    env = {**os.environ, "PYTHONPATH": str(REPO), userdirs.CACHE_ENV: str(cache)}
    return subprocess.run([sys.executable, "-m", "bodymap", *args], capture_output=True,
                          text=True, timeout=120, env=env, check=False)


@pytest.mark.slow
def test_commands_share_the_bundle_and_validate_never_uses_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    checked = _bodymap("validate", cache=cache)
    assert checked.returncode == 0, checked.stderr
    assert not cache.exists() or not any(cache.iterdir())
    first = _bodymap("query", "--regions", "left.low_back,left.buttock", "--json", cache=cache)
    assert first.returncode == 0, first.stderr
    path = _only_bundle(cache)
    second = _bodymap("query", "--regions", "left.low_back,left.buttock", "--json", cache=cache)
    assert second.returncode == 0 and second.stdout == first.stdout
    # damage it: the command still answers the same, and validate still checks the files
    path.write_bytes(path.read_bytes()[:1000])
    third = _bodymap("query", "--regions", "left.low_back,left.buttock", "--json", cache=cache)
    assert third.returncode == 0 and third.stdout == first.stdout
    assert _bodymap("validate", cache=cache).returncode == 0


def test_a_bundle_from_before_format_4_is_not_left_behind(folders: tuple[Path, Path],
                                                          tmp_path: Path) -> None:
    """Bundles used to be named by a SHA-256 of the folders; a new one, named otherwise,
    removes the old file rather than leave its megabytes in the cache for good."""
    data, assets = folders
    cache = tmp_path / "cache"
    older = bundle._older_bundle_path(data, assets, cache)
    cache.mkdir()
    older.write_bytes(b'{"format": "bodymap-dataset-bundle/3"}\n')
    load_dataset_cached(data, assets, cache)
    assert not older.exists()
    assert _only_bundle(cache) == bundle.bundle_path(data, assets, cache)


def test_a_part_left_for_later_comes_from_the_file_the_start_read(
        folders: tuple[Path, Path], tmp_path: Path) -> None:
    """A start reads the header and the main part; the muscles are read from the same file
    when first needed. A bundle replaced in between (by another bodymap after a data change)
    is not mixed in, even with the very same bytes: the muscles come from the fallback."""
    data, assets = folders
    cache = tmp_path / "cache"
    good = load_dataset_cached(data, assets, cache)
    path = _only_bundle(cache)
    key = dataset_key(data, assets)
    kept = bundle.read_bundle(path, key)
    assert kept is not None
    assert kept.knowledge.muscles == good.knowledge.muscles  # read when first needed
    opened = bundle.read_bundle(path, key)
    assert opened is not None
    replacement = path.with_name("replacement.tmp")
    replacement.write_bytes(path.read_bytes())
    os.replace(replacement, path)
    with pytest.raises(BundleError, match="replaced"):
        _ = opened.knowledge.muscles
    again = bundle.read_bundle(path, key, lambda: good)
    assert again is not None
    os.replace(path, path.with_name("moved-away.bundle"))
    assert again.knowledge.muscles == good.knowledge.muscles  # from the fallback


def test_the_classes_rebuilt_by_their_constructor_are_named_as_the_writer_names_them() -> None:
    """The reader knows them by reference (so that the glossary's module waits until the
    glossary is decoded); the writer by class: the two lists are one."""
    refs = {f"{cls.__module__}:{cls.__qualname__}" for cls in bundle._adapters()}
    assert refs == bundle._REBUILT
