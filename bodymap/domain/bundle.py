"""A validated dataset, kept between starts so that a start need not parse YAML or SVG again.

``load_dataset`` reads and checks every file in data/ and assets/ (about 180 ms, most of it
YAML parsing). ``load_dataset_cached`` does that once, then writes the checked Dataset to a
bundle file in the user cache folder; later starts rebuild the same objects from it.

An installed bodymap does not need that: its wheel carries a bundle made (after a full
validating load) when the wheel was built (hatch_build.py), ``bodymap/_bundle/``, beside the
data it was made from. For the package's own data, ``load_dataset_cached`` reads only that
bundle, never one from the user-writable cache folder; should it not match the installed
files, the data is validated at every start (and nothing is cached) until a reinstall.

Why this is safe to trust:

* The bundle is keyed by a SHA-256 of every file in data/ and assets/ (names and bytes), of
  the source of the code that checks them (bodymap/domain/*.py), of pydantic's version
  file and of the Python version. Any change to any of them gives a new key, and the
  bundle is rebuilt by a full validating load: it never stands in for data it was not
  made from. (The key is computed again only when the files' stat signature changed; a
  wheel's own bundle is keyed by zlib checksums instead: see ``dataset_key``.)
* The file is JSON, read with ``json.loads``: reading it cannot run code (no pickle). Its
  objects are rebuilt only as classes of bodymap's domain modules named in ``_MODULES``,
  each of the kind its tag says (a dataclass, an enum, a ``str`` subclass, or one of three
  classes with a known constructor), with exactly the fields the class declares. The
  parts' lengths and CRC-32s (as zip and PNG files carry) are stored beside them, so a
  truncated or damaged part is noticed before it is parsed.
* Anything unexpected (another format, another key, a bad digest, an unknown class or
  field, a top-level object that is not a Dataset) makes the bundle count as missing: the
  full load runs and a fresh bundle replaces it. Failing to write one is not an error.

Every type the Dataset holds (Muscle, TriggerPoint, RedFlagPattern, ModelParameters, ...) is
a plain dataclass; the pydantic schemas (bodymap.domain.schemas) only check files. So reading
a bundle imports neither pydantic nor PyYAML nor an XML parser. ``bodymap validate`` never
uses a bundle.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import enum
import gc
import importlib
import json
import logging
import os
import sys
import tempfile
import threading
import zlib
from array import array
from collections.abc import Callable, Collection, Iterator, Mapping
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Protocol, TypeVar

from bodymap import userdirs
from bodymap.domain import geometry
from bodymap.domain.atlas import Atlas, AtlasView, MuscleShape, RegionShape
from bodymap.domain.dataset import (
    DEFERRED_FIELDS,
    Dataset,
    Deferred,
    DeferredAtlas,
    is_deferred,
    load_dataset,
)
from bodymap.domain.knowledge_base import KnowledgeBase
from bodymap.domain.records import from_fields
from bodymap.domain.regions import Region, RegionCatalogue, View

if TYPE_CHECKING:
    # (decoded with the later part, after the first paint; imported by _later_part)
    from bodymap.domain.knowledge import Muscle

#: bump when the file layout below changes, so that old bundles are rebuilt
# 3: the female figure in lines of its own, decoded when first drawn
# 4: three parts (main, the muscles, the female figure), each with its own digest, the
#    muscles decoded when first read
# 5: the Dataset's fields the first screen does not read (the model's parameters, the
#    red-flag rules, glossary, nerves, prevalence, search terms) in the later part too
# 6: a ``sides`` part between main and later: the male figure's views other than front and
#    back, its regions' adjacency and the place names of other languages
# 7: a start view's region outlines as one ``shapes`` node of [id, path text, number] rows
# 8: the KnowledgeBase named by its own module (knowledge_base), so that building it at
#    start imports no muscle class
FORMAT = "bodymap-dataset-bundle/8"
#: the male figure's views the first screen draws, in the main part (the others, with the
#: regions' adjacency and the other languages' place names, are in the ``sides`` part)
START_VIEWS = (View.FRONT, View.BACK)
#: the only modules whose classes a bundle may name
_MODULES = frozenset({
    "bodymap.domain.atlas", "bodymap.domain.dataset", "bodymap.domain.drawing",
    # the female figure's Atlas carries its deformation (figure_shape.FigureShape)
    "bodymap.domain.figure_shape",
    "bodymap.domain.geometry",
    # the place names of other languages (data/i18n/)
    "bodymap.domain.place_names",
    "bodymap.domain.glossary", "bodymap.domain.knowledge", "bodymap.domain.knowledge_base",
    "bodymap.domain.nerves",
    "bodymap.domain.prevalence", "bodymap.domain.referral", "bodymap.domain.regions",
    "bodymap.domain.red_flag_texts", "bodymap.domain.safety", "bodymap.domain.search_terms",
})
#: a bundle larger than this is not ours (the shipped dataset gives about 5 MB)
MAX_BUNDLE_BYTES = 64_000_000
#: its first line (format, key, the files' signature, the parts' lengths) is about 15 KB
MAX_HEADER_BYTES = 4_000_000
_DOMAIN_SOURCE = Path(__file__).resolve().parent
_PACKAGE = _DOMAIN_SOURCE.parent
#: where a wheel carries its bundle, relative to the package (see hatch_build.py)
SHIPPED_BUNDLE = "_bundle/dataset.bundle"
# the app's logger by name (bodymap.logs configures it): the domain does not import the
# logging set-up, and the path is not logged, since it may name the user
_log = logging.getLogger("bodymap")


class BundleError(ValueError):
    """The bundle file is not one this code wrote for this data: rebuild it."""


# ---------------------------------------------------------------------------------- key
def _key_files(data: Path, assets: Path) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """Every file the key covers, as ("data/...", "assets/...", "code/<module>.py") and its
    directory entry, in one order: the files of data/ and assets/ and the domain's modules
    (no __pycache__). ``dataset_key`` reads them, ``files_signature`` stats them."""

    def walk(label: str, folder: str, only_python: bool) -> Iterator[tuple[str, os.DirEntry[str]]]:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
        for entry in entries:
            if entry.is_dir():
                if entry.name != "__pycache__":
                    yield from walk(f"{label}/{entry.name}", entry.path, only_python)
            elif entry.is_file() and (not only_python or entry.name.endswith(".py")):
                yield f"{label}/{entry.name}", entry

    for name, folder in (("data", data), ("assets", assets), ("code", _DOMAIN_SOURCE)):
        if folder.is_dir():
            yield from walk(name, str(folder), name == "code")


def _pydantic_version_path() -> Path | None:
    """pydantic's version.py, found without importing pydantic (that would cost more than
    reading the whole bundle): a new pydantic may check the files differently."""
    import importlib.util

    spec = importlib.util.find_spec("pydantic")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / "version.py"
        if path.is_file():
            return path
    return None


def _pydantic_version_file() -> bytes:
    path = _pydantic_version_path()
    try:
        return path.read_bytes() if path is not None else b""
    except OSError:
        return b""


def files_signature(data: Path, assets: Path) -> str:
    """The names, sizes, times and inode numbers of the files ``dataset_key`` reads (and the
    Python and pydantic versions), one line each: about 2 ms, where reading and hashing the
    files themselves takes 7. A bundle records the signature taken just before its key;
    while the signature is the same, no file has been written since (a write changes the
    file's ctime, which no tool can set back), so the key is still the bundle's and need not
    be computed again, as make and git trust a file's stat for unchanged. Kept as text, not
    hashed: hashlib would load OpenSSL (about 3.5 MiB) into every start."""
    lines = [FORMAT, sys.version]

    def add(label: str, st: os.stat_result) -> None:
        lines.append(f"{label}\t{st.st_size}\t{st.st_mtime_ns}\t{st.st_ctime_ns}\t"
                     f"{st.st_ino}")

    pydantic = _pydantic_version_path()
    if pydantic is not None:
        add("pydantic", pydantic.stat())
    for label, entry in _key_files(data, assets):
        add(label, entry.stat())
    return "\n".join(lines)


class _Digest(Protocol):
    def update(self, data: bytes, /) -> None: ...

    def hexdigest(self) -> str: ...


class _Checksums:
    """CRC-32 and Adler-32 of a byte stream (zlib's, 64 bits together), with hashlib's
    ``update``/``hexdigest``: the key of a wheel's own bundle (see ``dataset_key``)."""

    def __init__(self) -> None:
        self._crc, self._adler = 0, 1

    def update(self, data: bytes, /) -> None:
        self._crc = zlib.crc32(data, self._crc)
        self._adler = zlib.adler32(data, self._adler)

    def hexdigest(self) -> str:
        return f"{self._crc:08x}{self._adler:08x}"


def dataset_key(data: Path, assets: Path, *, toolchain: bool = True) -> str:
    """SHA-256 of everything a validated load depends on (see the module's docstring).

    ``toolchain=False`` leaves out the Python and pydantic versions: the key of a wheel's
    bundle, built by the build's interpreter and read by whichever Python installs it (the
    bundle is plain JSON of bodymap's own classes, whose code the key covers). That key is
    computed at every start of an installed bodymap, to notice data edited after installing
    (the wheel cannot know the installed files' times): it is a 64-bit zlib checksum pair,
    enough to tell an edit from the shipped files, without loading OpenSSL (3.5 MiB) for
    hashlib. The cache's key, computed only when files changed, stays a SHA-256."""
    digest: _Digest
    if toolchain:
        import hashlib  # only when files changed (see files_signature)

        digest = hashlib.sha256()
    else:
        digest = _Checksums()

    def add(label: str, payload: bytes) -> None:
        # length-prefixed, so that no two different inputs give the same byte stream
        for part in (label.encode("utf-8"), payload):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)

    add("format", FORMAT.encode())
    if toolchain:
        add("python", sys.version.encode())
        add("pydantic", _pydantic_version_file())
    for label, entry in _key_files(data, assets):
        add(label, Path(entry.path).read_bytes())
    return digest.hexdigest()


# ------------------------------------------------------------------------------- encode
def _class_ref(cls: type) -> str:
    ref = f"{cls.__module__}:{cls.__qualname__}"
    if cls.__module__ not in _MODULES:
        raise TypeError(f"cannot bundle a {ref}: only bodymap's domain classes are bundled")
    return ref


#: the fields that hold SVG path text, wherever these classes appear in the Dataset: the
#: bundle also stores their parsed commands, so that drawing the body parses no SVG at start
_SVG_PATH_FIELDS: dict[type, tuple[str, ...]] = {
    RegionShape: ("d",), MuscleShape: ("d", "fibres"), AtlasView: ("silhouette", "details"),
}

#: classes with their own constructor, by their reference in a bundle (the glossary's module,
#: like those of the other fields left for later, is imported when one is decoded)
_REBUILT = frozenset({"bodymap.domain.regions:RegionCatalogue",
                      "bodymap.domain.knowledge_base:KnowledgeBase",
                      "bodymap.domain.glossary:Glossary"})


def _adapters() -> dict[type, Callable[[Any], list[Any]]]:
    """For each class in _REBUILT, what to pass its constructor to rebuild an equal
    object (what a bundle's writer needs; its reader calls the constructor)."""
    from bodymap.domain.glossary import Glossary

    return {
        RegionCatalogue: lambda c: [c.groups, list(c.values())],
        KnowledgeBase: lambda k: [list(k.muscles.values()), k.regions],
        Glossary: lambda g: [g.entries],
    }


class _Encoder:
    """Turns the object graph into JSON-ready nodes; an object met twice is written once
    and then referred to by number, so shared objects stay shared after decoding."""

    def __init__(self, *, muscles_later: bool = False) -> None:
        self._numbers: dict[int, int] = {}
        self._keep: list[object] = []  # keeps id()s valid while encoding
        self._adapters = _adapters()
        #: SVG path text met in the atlas objects -> its commands (geometry.path_commands)
        self.paths: dict[str, array[float]] = {}
        #: write a KnowledgeBase's muscles and each AtlasView's muscle layer as ``later``
        #: nodes and keep them here, for the part that ``continuation()`` writes after this
        #: one
        self._muscles_later = muscles_later
        self.later: list[object] = []
        self.later_layers: dict[str, dict[str, MuscleShape]] = {}
        #: the Dataset's fields that the first screen does not read (DEFERRED_FIELDS)
        self.later_fields: dict[str, object] = {}
        #: the ``sides`` part's objects, left out of this one as ``later-*`` nodes: the
        #: male figure's views but START_VIEWS, its adjacency, the other languages' names
        self.side_views: dict[str, AtlasView] = {}
        self.adjacency: dict[str, frozenset[str]] = {}
        self.place_names: dict[str, object] = {}

    def continuation(self, *, muscles_later: bool = False) -> _Encoder:
        """An encoder for the next part of the same bundle: it refers to this part's objects
        by their numbers (its decoder knows them: ``_Decoder.continuation``) and numbers its
        own after them. ``muscles_later``: it sets the muscle layers of the views it meets
        aside in ``later_layers``, as this one does."""
        other = _Encoder(muscles_later=muscles_later)
        other._numbers, other._keep = dict(self._numbers), self._keep
        return other

    def value(self, obj: object) -> Any:
        # (by the exact type first: a rebuilt bundle writes some 27,000 values, and the
        # isinstance tests below are for the few that are none of these)
        kind = type(obj)
        if kind in _PLAIN:
            return obj
        if kind is tuple or kind is list:
            return self._collection(kind.__name__, list(obj))  # type: ignore[call-overload]
        category = "dict" if kind is dict else _CATEGORIES.get(kind) or _category(kind)
        if category == "dict":  # (a mapping not decoded yet is written as what it holds)
            assert isinstance(obj, Mapping)
            return {"t": "dict", "v": [[self.value(k), self.value(v)] for k, v in obj.items()]}
        if category == "enum":
            assert isinstance(obj, enum.Enum)
            return {"t": "enum", "c": _class_ref(kind), "v": obj.value}
        if category == "str":
            return {"t": "str", "c": _class_ref(kind), "v": str(obj)}
        if kind is set or kind is frozenset:
            # sorted: the same set gives the same bytes whatever its iteration order
            return self._collection(kind.__name__,
                                    sorted(obj, key=repr))  # type: ignore[call-overload]
        number = self._numbers.get(id(obj))
        if number is not None:
            return {"t": "ref", "n": number}
        node = self._object(obj)
        node["n"] = self._numbers[id(obj)] = len(self._numbers)
        self._keep.append(obj)
        return node

    def _object(self, obj: object) -> dict[str, Any]:
        if isinstance(obj, RegionCatalogue) and type(obj) is not RegionCatalogue:
            len(obj)  # one not built yet (RegionCatalogue.later) is built: it is then a plain one
        cls = type(obj)
        if cls is Dataset and self._muscles_later:
            assert isinstance(obj, Dataset)
            # the fields the first screen does not read go with the muscles
            self.later_fields = {name: getattr(obj, name) for name in DEFERRED_FIELDS}
            # the other languages' place names (an English start reads none) with the sides
            self.place_names = dict(obj.place_names)
            return self._dataclass(obj, {**{name: {"t": "later-field", "v": name}
                                            for name in DEFERRED_FIELDS},
                                         "place_names": {"t": "later-names"}})
        if cls is Atlas and self._muscles_later:
            assert isinstance(obj, Atlas)
            # the first screen draws the front and the back: the other views and the
            # regions' adjacency (the referral model's) go in the sides part
            views = dict(obj.views)
            self.side_views = {v.value: av for v, av in views.items() if v not in START_VIEWS}
            self.adjacency = dict(obj.adjacency)
            return self._dataclass(obj, {
                "views": {"t": "views", "order": [v.value for v in views],
                          "v": [[self.value(v), self.value(av)] for v, av in views.items()
                                if v in START_VIEWS]},
                "adjacency": {"t": "later-adjacency"}})
        if cls is AtlasView and self._muscles_later:
            assert isinstance(obj, AtlasView)
            # the muscle layer (four fifths of the atlas) is drawn only with a pattern
            self.later_layers[obj.view.value] = dict(obj.muscles)
            return self._dataclass(obj, {"muscles": {"t": "later-layer",
                                                     "v": obj.view.value}})
        if dataclasses.is_dataclass(obj):
            return self._dataclass(obj)
        if cls is KnowledgeBase and self._muscles_later:
            assert isinstance(obj, KnowledgeBase)
            self.later = list(obj.muscles.values())
            return {"t": "obj", "c": _class_ref(cls),
                    "a": [{"t": "later"}, self.value(obj.regions)]}
        adapter = self._adapters.get(cls)
        if adapter is not None:
            return {"t": "obj", "c": _class_ref(cls), "a": [self.value(a) for a in adapter(obj)]}
        raise TypeError(f"cannot bundle a {cls.__module__}.{cls.__qualname__}")

    def _dataclass(self, obj: object, given: dict[str, Any] | None = None) -> dict[str, Any]:
        """``obj``'s node; ``given``: nodes for some fields, written as they are."""
        cls = type(obj)
        given = given or {}
        if cls is AtlasView and "regions" not in given:
            assert isinstance(obj, AtlasView)
            shapes = self._shapes(obj.regions)
            if shapes is not None:
                given = {**given, "regions": shapes}
        for name in _SVG_PATH_FIELDS.get(cls, ()):
            if name not in given:
                self._path_text(getattr(obj, name))
        return {"t": "dc", "c": _class_ref(cls),
                "f": {name: given[name] if name in given else self.value(getattr(obj, name))
                      for name in _FIELD_NAMES.get(cls) or _field_names(cls)}}


    def _collection(self, kind: str, items: list[Any]) -> dict[str, Any]:
        # most collections hold only plain values (texts, numbers) or only one kind of text
        # (a zone's region ids): written as a plain list ("p"), read back without a tagged
        # node per item, which is most of the bundle's items
        classes = {type(x) for x in items}
        if classes and classes <= _PLAIN:
            return {"t": kind, "p": items}
        if len(classes) == 1:
            (cls,) = classes
            if issubclass(cls, str) and not issubclass(cls, enum.Enum):
                return {"t": kind, "c": _class_ref(cls), "p": [str(x) for x in items]}
        return {"t": kind, "v": [self.value(x) for x in items]}

    def _shapes(self, regions: Mapping[str, RegionShape]) -> dict[str, Any] | None:
        """A view's region outlines as one ``shapes`` node, ``[id, path text, number]`` each,
        numbered as ``value`` would number them: the first screen's 232 outlines, read at
        every start, parse and decode in a third of the time of a tagged node each. None
        (written as a dict) unless each is a plain RegionShape under its own id, met here
        first."""
        if not all(type(shape) is RegionShape and shape.id == rid and
                   id(shape) not in self._numbers for rid, shape in regions.items()):
            return None
        rows = []
        for rid, shape in regions.items():
            self._path_text(shape.d)
            number = self._numbers[id(shape)] = len(self._numbers)
            self._keep.append(shape)
            rows.append([rid, shape.d, number])
        return {"t": "shapes", "v": rows}

    def _path_text(self, value: object) -> None:
        for d in value if isinstance(value, tuple) else (value,):
            if isinstance(d, str) and d not in self.paths:
                self.paths[d] = geometry.path_commands(d)


_CATEGORIES: dict[type, str] = {}
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _category(kind: type) -> str:
    """How ``_Encoder.value`` writes an object of ``kind`` that is not a plain value, list,
    tuple or dict: "dict" (a mapping not decoded yet), "enum", "str" (a ``str`` subclass)
    or "object" (a set, or an object node); kept by class."""
    if issubclass(kind, (_LaterLayer, _SideViews, _LaterMapping)):
        category = "dict"
    elif issubclass(kind, enum.Enum):
        category = "enum"
    else:
        category = "str" if issubclass(kind, str) else "object"
    _CATEGORIES[kind] = category
    return category


def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's fields' names, in order, kept by class (``dataclasses.fields`` builds
    its tuple anew at each call)."""
    names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _pack(commands: array[float]) -> str:
    """Commands as base64 of little-endian float64s: a hundred thousand numbers read back in
    a millisecond, where JSON would spend tens parsing them one by one."""
    packed = array("d", commands)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def _unpack(text: str) -> array[float]:
    raw = base64.b64decode(text, validate=True)
    if len(raw) % 8:
        raise ValueError("not a whole number of float64s")
    commands = array("d")
    commands.frombytes(raw)
    if sys.byteorder == "big":
        commands.byteswap()
    return commands


def _paths_line(paths: dict[str, array[float]]) -> str:
    """A part's paths line: ``[path texts, where each one's commands end, all commands
    packed in one run]``; one base64 run decodes in a call, where one per path took 4 ms."""
    ends: list[int] = []
    every: array[float] = array("d")
    for commands in paths.values():
        every.extend(commands)
        ends.append(len(every))
    return json.dumps([list(paths), ends, _pack(every)], separators=(",", ":"),
                      ensure_ascii=False)


def _tree_and_paths(encoder: _Encoder, obj: object,
                    known: Collection[str] = ()) -> tuple[bytes, set[str]]:
    """A part's two lines: the JSON of ``obj`` and of its SVG paths' commands (but those of
    the ``known`` path texts); and the path texts met."""
    tree = json.dumps(encoder.value(obj), separators=(",", ":"), ensure_ascii=False)
    paths = _paths_line({d: c for d, c in encoder.paths.items() if d not in known})
    return f"{tree}\n{paths}".encode(), set(encoder.paths)


def encode(dataset: Dataset, key: str, signature: str | None = None) -> bytes:
    """The bundle file's bytes: a header line (format, key, the files' signature, each
    part's length and CRC-32), then four parts of two lines each (a tree of objects, then
    the commands of the SVG paths met in it, see ``_paths_line``), which a start decodes at
    different times:

    * ``main``: the Dataset without its muscles, its muscle layers, the female figure and
      what ``sides`` holds; decoded at start, before the window is drawn;
    * ``sides``: the male figure's views but START_VIEWS, its regions' adjacency and the
      other languages' place names; decoded when one of them is first read (the referral
      model reads the adjacency once the window has painted; a start in another language
      reads its place names before);
    * ``later``: the knowledge base's muscles, the male figure's muscle layers and the
      Dataset's fields the first screen does not read (DEFERRED_FIELDS); decoded when one
      of them is first read (the referral model reads them once the window has painted);
    * ``female``: the female figure's Atlas (``null`` and ``[]`` without one); decoded when
      that figure is first drawn.

    ``signature``: the ``files_signature`` taken just before ``key`` was, if any.

    JSON never writes a raw newline, so the lines split cleanly."""
    female = dataset.female_atlas
    encoder = _Encoder(muscles_later=True)
    main, met = _tree_and_paths(encoder, dataclasses.replace(dataset, female_atlas=None))
    # the side views' muscle layers, set aside as the main part's were, go in the later part
    aside = encoder.continuation(muscles_later=True)
    sides, met_sides = _tree_and_paths(
        aside, (encoder.side_views, encoder.adjacency, encoder.place_names), met)
    layers = {**encoder.later_layers, **aside.later_layers}
    later, _ = _tree_and_paths(aside.continuation(),
                               (encoder.later, layers, encoder.later_fields), met | met_sides)
    # a third of the female figure's paths are the male one's (details, unchanged shapes):
    # their commands, read at start, are not written twice
    female_part, _ = _tree_and_paths(_Encoder(), female, met) if female is not None \
        else (f"null\n{_paths_line({})}".encode(), set())
    parts = {"main": main, "sides": sides, "later": later, "female": female_part}
    header = json.dumps({"format": FORMAT, "key": key, "files": signature, "parts": {
        name: [len(part), zlib.crc32(part)] for name, part in parts.items()}})
    return b"\n".join([header.encode("utf-8"), *parts.values()])


# ------------------------------------------------------------------------------- decode
_PLAIN = frozenset({type(None), bool, int, float, str})
_COLLECTIONS: dict[str, Callable[[list[Any]], Any]] = {
    "tuple": tuple, "list": list, "frozenset": frozenset, "set": set}


class _Decoder:
    def __init__(self) -> None:
        self._objects: dict[int, object] = {}
        self._classes: dict[str, type] = {}
        self._field_names: dict[type, set[str]] = {}
        self._members: dict[tuple[str, object], enum.Enum] = {}
        self._texts: dict[tuple[str, str], str] = {}

        #: what the main part left for later (see ``decode``)
        self.sides: _Sides | None = None
        self.later: _Later | None = None
        #: the main part's: its RegionCatalogue is built when first read, and should that
        #: fail, from this validating load (RegionCatalogue.later)
        self.catalogue_later = False
        self.fallback: Callable[[], Dataset] | None = None

    def sibling(self) -> _Decoder:
        """A decoder for another part of the same bundle: it shares the classes, enum
        members and texts already read (a region id stays one object), not the numbered
        objects (each part numbers its own)."""
        other = _Decoder()
        other._classes, other._field_names = self._classes, self._field_names
        other._members, other._texts = self._members, self._texts
        return other

    def continuation(self) -> _Decoder:
        """A sibling for the part an ``_Encoder.continuation`` wrote: it also knows this
        part's numbered objects, which that part refers to."""
        other = self.sibling()
        other._objects = dict(self._objects)
        return other

    def _class(self, ref: object) -> type:
        if not isinstance(ref, str):
            raise BundleError(f"class reference {ref!r} is not text")
        cls = self._classes.get(ref)
        if cls is not None:
            return cls
        module, _, name = ref.partition(":")
        if module not in _MODULES:
            raise BundleError(f"class {ref!r} is outside bodymap's domain modules")
        found: object = importlib.import_module(module)
        for part in name.split("."):
            found = getattr(found, part, None)
        if not isinstance(found, type):
            raise BundleError(f"{ref!r} is not a class")
        if found.__module__ != module:
            # a name the module merely imports (pathlib.Path, pydantic.BaseModel) is not ours
            raise BundleError(f"{ref!r} is not defined in {module}")
        self._classes[ref] = found
        return found

    def value(self, node: Any) -> Any:
        kind = type(node)
        if kind in _PLAIN:
            return node
        if kind is not dict:
            raise BundleError(f"unexpected {kind.__name__} where a tagged value belongs")
        read = self._readers.get(node.get("t"))
        if read is not None:
            return read(self, node)
        obj = self._object(node.get("t"), node)
        number = node.get("n")
        if type(number) is not int or number in self._objects:
            raise BundleError("an object without a fresh number")
        self._objects[number] = obj
        return obj

    def _collection(self, node: dict[str, Any]) -> Any:
        make = _COLLECTIONS[node["t"]]
        plain = node.get("p")
        if plain is None:
            value = self.value
            return make([value(x) for x in _list(node.get("v"))])
        items = _list(plain)
        ref = node.get("c")
        if ref is None:
            if not all(type(x) in _PLAIN for x in items):
                raise BundleError("a plain list holds a tagged value")
            return make(items)
        text = self._str
        return make([text({"c": ref, "v": x}) for x in items])

    def _dict(self, node: dict[str, Any]) -> dict[Any, Any]:
        out = {}
        value = self.value
        for pair in _list(node.get("v")):
            if type(pair) is not list or len(pair) != 2:
                raise BundleError("a dict entry is not a key and a value")
            out[value(pair[0])] = value(pair[1])
        return out

    def _enum(self, node: dict[str, Any]) -> enum.Enum:
        ref, value = node.get("c"), node.get("v")
        try:
            # thousands of these name a few dozen members: each is looked up once
            return self._members[ref, value]  # type: ignore[index]
        except (KeyError, TypeError):
            pass
        cls = self._class(ref)
        if not issubclass(cls, enum.Enum):
            raise BundleError(f"{cls.__qualname__} is not an enum")
        member = self._members[ref, value] = cls(value)  # type: ignore[index]
        return member

    def _str(self, node: dict[str, Any]) -> str:
        ref, value = node.get("c"), node.get("v")
        try:
            # a region id recurs in many zones: built (and checked) once, then shared
            return self._texts[ref, value]  # type: ignore[index]
        except (KeyError, TypeError):
            pass
        cls = self._class(ref)
        if not issubclass(cls, str) or not isinstance(value, str):
            raise BundleError(f"{cls.__qualname__} is not a kind of text")
        text: str = cls(value)  # its constructor checks the form (RegionId does)
        self._texts[ref, value] = text  # type: ignore[index]
        return text

    def _later_layer(self, node: dict[str, Any]) -> _LaterLayer:
        view = node.get("v")
        if self.later is None or view not in {v.value for v in View}:
            raise BundleError("a muscle layer left for later where none is expected")
        return _LaterLayer(self.later, view)

    def _later_field(self, node: dict[str, Any]) -> Deferred[object]:
        name = node.get("v")
        if self.later is None or name not in DEFERRED_FIELDS:
            raise BundleError("a field left for later where none is expected")
        return Deferred(partial(self.later.field, str(name)))

    def _shapes(self, node: dict[str, Any]) -> dict[str, RegionShape]:
        """A view's region outlines (``_Encoder._shapes``)."""
        out: dict[str, RegionShape] = {}
        objects = self._objects
        for row in _list(node.get("v")):
            if type(row) is not list or len(row) != 3:
                raise BundleError("a region outline is not an id, a path and a number")
            rid, d, number = row
            if type(rid) is not str or type(d) is not str or type(number) is not int or \
                    number in objects or rid in out:
                raise BundleError("a region outline is not an id, a path and a fresh number")
            objects[number] = out[rid] = from_fields(RegionShape, {"id": rid, "d": d})
        return out

    def _views(self, node: dict[str, Any]) -> _SideViews:
        """The male figure's views: START_VIEWS from here, the others from ``sides``."""
        order = _list(node.get("order"))
        if self.sides is None or not all(type(v) is str for v in order):
            raise BundleError("views left for later where none are expected")
        views = {View(v): None for v in order}  # (ValueError: not a view)
        here = self._dict({"v": node.get("v")})
        if set(here) != set(START_VIEWS) or not set(here) <= set(views) or \
                not all(type(av) is AtlasView for av in here.values()):
            raise BundleError("the views at hand are not the front and the back")
        return _SideViews(here, tuple(views), self.sides)

    def _later_adjacency(self, node: dict[str, Any]) -> _LaterMapping:
        if self.sides is None:
            raise BundleError("an adjacency left for later where none is expected")
        return _LaterMapping(partial(self.sides.content, 1))

    def _later_names(self, node: dict[str, Any]) -> _LaterMapping:
        if self.sides is None:
            raise BundleError("place names left for later where none are expected")
        return _LaterMapping(partial(self.sides.content, 2))

    def _ref(self, node: dict[str, Any]) -> object:
        try:
            return self._objects[node["n"]]
        except (KeyError, TypeError):
            raise BundleError("a reference to an object not yet read") from None

    _readers: ClassVar[dict[object, Callable[[_Decoder, dict[str, Any]], Any]]] = {
        "tuple": _collection, "list": _collection, "frozenset": _collection,
        "set": _collection, "dict": _dict, "enum": _enum, "str": _str, "ref": _ref,
        "later-layer": _later_layer, "later-field": _later_field, "views": _views,
        "later-adjacency": _later_adjacency, "later-names": _later_names,
        "shapes": _shapes,
    }

    def _object(self, tag: object, node: dict[str, Any]) -> object:
        cls = self._class(node.get("c"))
        if tag == "dc":
            names = self._field_names.get(cls)
            if names is None:
                if not (dataclasses.is_dataclass(cls) and isinstance(cls, type)):
                    raise BundleError(f"{cls.__qualname__} is not a dataclass")
                names = self._field_names[cls] = {f.name for f in dataclasses.fields(cls)}
            # the data was checked when the bundle was written: set, not checked again
            return from_fields(cls, self._fields(node, names, cls))
        if tag == "obj":
            if node.get("c") not in _REBUILT:
                raise BundleError(f"{cls.__qualname__} is not rebuilt from arguments")
            args = _list(node.get("a"))
            if cls is KnowledgeBase and args and args[0] == {"t": "later"}:
                if self.later is None or len(args) != 2:
                    raise BundleError("muscles left for later where none are expected")
                regions = self.value(args[1])
                if not isinstance(regions, RegionCatalogue):
                    raise BundleError("a knowledge base's regions are not a RegionCatalogue")
                return KnowledgeBase.later(self.later.muscles, regions)
            if cls is RegionCatalogue and self.catalogue_later:
                # the first screen reads no region (its outlines are the atlas's; the map's
                # tooltips are set after the first paint): 222 records, 1.3 ms, built when
                # one is first looked up
                return RegionCatalogue.later(partial(self._catalogue, args))
            return cls(*[self.value(a) for a in args])
        raise BundleError(f"unknown tag {tag!r}")

    def _catalogue(self, args: list[Any]) -> tuple[Mapping[str, str], list[Region]]:
        """The main part's RegionCatalogue's groups and regions, when it is first read;
        from the validating load (``fallback``) should they not decode."""
        collecting = gc.isenabled()
        gc.disable()  # (as _decode_part: none of these objects forms a cycle)
        try:
            if len(args) != 2:
                raise BundleError("a region catalogue is not groups and regions")
            groups, regions = (self.value(a) for a in args)
            if type(groups) is not dict or type(regions) is not list or \
                    not all(type(r) is Region for r in regions):
                raise BundleError("a region catalogue is not groups and regions")
            return groups, regions
        except (BundleError, ValueError, TypeError, KeyError, AttributeError,
                RecursionError) as exc:
            if self.fallback is None:
                raise BundleError(f"the regions cannot be rebuilt ({exc})") from None
            _log.warning("the regions cannot be read from the dataset bundle (%s); "
                         "validating the data instead", exc)
            catalogue = self.fallback().regions
            return catalogue.groups, list(catalogue.values())
        finally:
            if collecting:
                gc.enable()

    def _fields(self, node: dict[str, Any], names: set[str], cls: type) -> dict[str, Any]:
        fields = node.get("f")
        if type(fields) is not dict or set(fields) != names:
            raise BundleError(f"{cls.__qualname__}: the fields are not the class's fields")
        return {name: self.value(v) for name, v in fields.items()}


def _list(value: object) -> list[Any]:
    if type(value) is not list:
        raise BundleError(f"expected a list, found {type(value).__name__}")
    return value


_PART_NAMES = ("main", "sides", "later", "female")
_T = TypeVar("_T")


def decode(raw: bytes, key: str | Callable[[], str],
           fallback: Callable[[], Dataset] | None = None,
           signature: str | None = None) -> Dataset:
    """The Dataset in a bundle written by ``encode`` for ``key``; BundleError otherwise.

    ``key`` may be a function that computes it: it is not called when the bundle records
    the same ``signature`` (``files_signature``), i.e. when no file has changed since the
    bundle's key was taken.

    Only the ``main`` part is checked against its digest and decoded here. The muscles
    (``later``) are decoded when first read, the female figure when first drawn; each part
    is checked against its digest then. Should that fail, ``fallback`` (a validating load of
    the data) gives them instead, else BundleError is raised there. (``read_bundle`` reads
    those parts from the file only then.)"""
    header_line, newline, _ = raw.partition(b"\n")
    if not newline:
        raise BundleError("no header line")
    return _decode(header_line, _Bytes(raw), len(raw), key, fallback, signature)


class _Bytes:
    """A bundle's bytes, held in memory (``decode``)."""

    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    def read(self, at: int, size: int) -> bytes:
        return self._raw[at:at + size]


class _File:
    """A bundle file, read part by part (``read_bundle``): the header and the main part at
    start, each part left for later when it is decoded, from the same file (its identity is
    checked: a bundle replaced meanwhile by another bodymap counts as damaged)."""

    def __init__(self, path: Path, identity: tuple[int, int, int, int]) -> None:
        self._path, self._identity = path, identity

    @staticmethod
    def identity_of(stream: BinaryIO) -> tuple[int, int, int, int]:
        st = os.fstat(stream.fileno())
        return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns

    def read(self, at: int, size: int) -> bytes:
        with self._path.open("rb") as stream:
            if self.identity_of(stream) != self._identity:
                raise BundleError("the bundle was replaced since the start")
            stream.seek(at)
            return stream.read(size)


def _decode(header_line: bytes, source: _Bytes | _Prefetched, total: int,
            key: str | Callable[[], str], fallback: Callable[[], Dataset] | None,
            signature: str | None) -> Dataset:
    """``decode`` of a bundle of ``total`` bytes whose first line is ``header_line``; its
    other bytes come from ``source``."""
    try:
        header = json.loads(header_line)
    except ValueError:
        raise BundleError("the header is not JSON") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleError("another format")
    unchanged = signature is not None and header.get("files") == signature
    if not unchanged and header.get("key") != (key() if callable(key) else key):
        raise BundleError("made from other data or code (stale)")
    digests = header.get("parts")
    if not isinstance(digests, dict) or set(digests) != set(_PART_NAMES) or \
            not all(type(d) is list and len(d) == 2 and all(type(n) is int and n >= 0
                                                             for n in d)
                    for d in digests.values()):
        raise BundleError("no length and digest for each part")
    # the parts follow the header in order, each after a newline
    parts: dict[str, _Part] = {}
    at = len(header_line) + 1
    for name in _PART_NAMES:
        size, crc = digests[name]
        parts[name] = _Part(name, source, at, size, crc)
        at += size + 1
    if at - 1 != total:
        raise BundleError("the parts do not fill the file (truncated or damaged)")
    decoder = _Decoder()
    decoder.catalogue_later, decoder.fallback = True, fallback
    decoder.sides = _Sides(decoder, parts["sides"], fallback)
    decoder.later = _Later(decoder.sides, parts["later"], fallback)
    dataset, commands = parts["main"].decode(decoder)
    if type(dataset) is not Dataset:
        raise BundleError("the top-level object is not a Dataset")
    held: tuple[object, ...] = (dataset.atlas.views, dataset.atlas.adjacency,
                                dataset.place_names)
    if tuple(map(type, held)) != (_SideViews, _LaterMapping, _LaterMapping):
        raise BundleError("the side views, adjacency or place names are in the main part")
    if dataset.female_atlas is not None:
        raise BundleError("the female figure is in the Dataset's line")
    if dataset.knowledge.built:
        raise BundleError("the muscles are in the Dataset's line")
    if not all(is_deferred(dataset, name) for name in DEFERRED_FIELDS):
        raise BundleError("a field left for later is in the Dataset's line")
    for d, flat in commands:
        geometry.remember_commands(d, flat)
    if not parts["female"].is_null():
        figure = _DeferredFigure(decoder.sibling(), parts["female"], fallback)
        # through the field's own setter: the Dataset is frozen to everyone else
        object.__setattr__(dataset, "female_atlas", DeferredAtlas(figure.load))
    return dataset


class _Part:
    """One part of a bundle: ``size`` bytes at ``at`` (its tree line, a newline, its paths
    line) that ``source`` gives when the part is decoded, and their CRC-32 (header)."""

    def __init__(self, name: str, source: _Bytes | _Prefetched, at: int, size: int,
                 crc: int) -> None:
        self.name, self._at, self._size, self._crc = name, at, size, crc
        self._source: _Bytes | _Prefetched | None = source

    def is_null(self) -> bool:
        """Whether the part's object is ``null`` (a bundle without a female figure)."""
        return self._source is not None and self._size >= 5 and \
            self._source.read(self._at, 5) == b"null\n"

    def decode(self, decoder: _Decoder) -> tuple[object, list[tuple[str, array[float]]]]:
        """The part's object and its paths' commands, once its bytes match the digest. A
        part is decoded once: it lets go of its source then."""
        source, self._source = self._source, None
        if source is None:
            raise BundleError(f"the {self.name} part was read already")
        try:
            raw = source.read(self._at, self._size)
        except OSError as exc:
            raise BundleError(f"the {self.name} part cannot be read ({exc})") from None
        if len(raw) != self._size or zlib.crc32(raw) != self._crc:
            raise BundleError(f"the {self.name} part does not match its digest (damaged)")
        tree, newline, paths = raw.partition(b"\n")
        if not newline:
            raise BundleError(f"the {self.name} part is not two lines")
        return _decode_part(decoder, tree, paths)


def _decode_part(decoder: _Decoder, tree_text: bytes,
                 paths_text: bytes) -> tuple[object, list[tuple[str, array[float]]]]:
    # the collector would walk the young object graph again and again while tens of
    # thousands of objects are made (up to half the time); none of them forms a cycle
    collecting = gc.isenabled()
    gc.disable()
    try:
        return decoder.value(json.loads(tree_text)), _path_commands(json.loads(paths_text))
    except BundleError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise BundleError(f"cannot be rebuilt ({type(exc).__name__}: {exc})") from None
    finally:
        if collecting:
            gc.enable()


_Content = TypeVar("_Content")


class _DecodedOnce(Generic[_Content]):
    """A part of a bundle left for later: kept as bytes until one of its objects is first
    read, then decoded once (the window's thread and the model's worker may ask at once).
    ``_decode`` decodes it, or takes it from the validating load ``fallback``."""

    def __init__(self, part: _Part, fallback: Callable[[], Dataset] | None) -> None:
        self._part, self._fallback = part, fallback
        self._lock = threading.Lock()
        self._done: _Content | None = None

    @property
    def loaded(self) -> bool:
        """Whether the part has been decoded (or replaced by a validating load)."""
        return self._done is not None

    def _load(self) -> _Content:
        with self._lock:
            if self._done is None:
                self._done = self._decode()
            return self._done

    def _decode(self) -> _Content:
        raise NotImplementedError


#: what the ``sides`` part holds: the male figure's views but START_VIEWS (by view), its
#: regions' adjacency, the other languages' place names
_SidesContent = tuple[dict[str, AtlasView], dict[str, frozenset[str]], dict[str, object]]


class _Sides(_DecodedOnce[_SidesContent]):
    """The bundle's ``sides`` part (about a third of what a start would otherwise decode).
    The ``later`` part continues from it."""

    def __init__(self, main: _Decoder, part: _Part,
                 fallback: Callable[[], Dataset] | None) -> None:
        super().__init__(part, fallback)
        self._main = main
        self._decoder: _Decoder | None = None

    def content(self, index: int) -> Any:
        return self._load()[index]

    def view(self, view: View) -> AtlasView:
        return self._load()[0][view.value]

    def decoder(self) -> _Decoder:
        """The decoder that read this part (it knows the main part's and this part's
        numbered objects, which the ``later`` part refers to)."""
        self._load()
        assert self._decoder is not None  # set by _decode, whether it decoded or fell back
        return self._decoder

    def _decode(self) -> _SidesContent:
        fallback = self._fallback

        def validated() -> _SidesContent:
            assert fallback is not None  # passed to _deferred only with one
            dataset = fallback()
            return ({v.value: av for v, av in dataset.atlas.views.items()
                     if v not in START_VIEWS},
                    dict(dataset.atlas.adjacency), dict(dataset.place_names))

        decoder = self._main.continuation()
        decoder.later = self._main.later  # the side views' muscle layers are in ``later``
        content = _deferred(self._part, decoder, "the side views", _sides_part,
                            validated if fallback is not None else None)
        self._decoder = decoder
        return content


def _sides_part(sides: object) -> _SidesContent:
    """The ``sides`` part's views, adjacency and place names, checked for shape."""
    from bodymap.domain.place_names import PlaceNames

    if type(sides) is not tuple or len(sides) != 3:
        raise BundleError("the sides part is not views, adjacency and place names")
    views, adjacency, names = sides
    if type(views) is not dict or not all(type(av) is AtlasView and av.view.value == v
                                          for v, av in views.items()):
        raise BundleError("the sides part's views are not views by name")
    if type(adjacency) is not dict or not all(type(n) is frozenset
                                              for n in adjacency.values()):
        raise BundleError("the sides part's adjacency is not sets of regions by region")
    if type(names) is not dict or not all(type(n) is PlaceNames for n in names.values()):
        raise BundleError("the sides part's place names are not place names by language")
    return views, adjacency, names


class _SideViews(Mapping[View, AtlasView]):
    """Atlas.views of the male figure from a bundle: the front and the back at hand, the
    other views decoded from the ``sides`` part when one is first looked up. Its keys, in
    their order, are known without that."""

    def __init__(self, here: dict[View, AtlasView], order: tuple[View, ...],
                 sides: _Sides) -> None:
        self._here, self._order, self._sides = here, order, sides
        self._keys = frozenset(order)

    @property
    def loaded(self) -> bool:
        """Whether the other views have been decoded."""
        return self._sides.loaded

    def __getitem__(self, view: View) -> AtlasView:
        found = self._here.get(view)
        if found is not None:
            return found
        if view not in self._keys:
            raise KeyError(view)
        return self._sides.view(view)

    def get(self, view: View, default: Any = None) -> Any:  # the common call: no KeyError
        return self[view] if view in self._keys else default

    def __contains__(self, view: object) -> bool:
        return view in self._keys  # Mapping's own would look the view up

    def __iter__(self) -> Iterator[View]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)


class _LaterMapping(Mapping[str, Any]):
    """A mapping of the ``sides`` part (the adjacency, the place names), decoded when it is
    first looked into: it reads like the dict it stands for."""

    def __init__(self, load: Callable[[], dict[str, Any]]) -> None:
        self._load = load

    def __getitem__(self, key: str) -> Any:
        return self._load()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._load().get(key, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


#: what the ``later`` part holds: the muscles, the male figure's muscle layers by view, and
#: the Dataset's fields left for later by name
_LaterContent = tuple[list["Muscle"], dict[str, dict[str, MuscleShape]], dict[str, object]]


class _Later(_DecodedOnce[_LaterContent]):
    """The bundle's ``later`` part (about 2.6 MB of the shipped one): the muscles, the male
    figure's muscle layers and the Dataset's fields the first screen does not read."""

    def __init__(self, sides: _Sides, part: _Part,
                 fallback: Callable[[], Dataset] | None) -> None:
        super().__init__(part, fallback)
        self._sides = sides

    def muscles(self) -> list[Muscle]:
        return self._load()[0]

    def layer(self, view: str) -> dict[str, MuscleShape]:
        return self._load()[1][view]

    def field(self, name: str) -> object:
        return self._load()[2][name]

    def _decode(self) -> _LaterContent:
        fallback = self._fallback

        def validated() -> _LaterContent:
            assert fallback is not None  # passed to _deferred only with one
            dataset = fallback()
            return (list(dataset.knowledge.muscles.values()),
                    {v.value: dict(av.muscles) for v, av in dataset.atlas.views.items()},
                    {name: getattr(dataset, name) for name in DEFERRED_FIELDS})

        # (it refers to the sides part's objects, which are decoded first)
        return _deferred(self._part, self._sides.decoder().continuation(), "the muscles",
                         _later_part, validated if fallback is not None else None)


def _later_field_types() -> dict[str, type]:
    """The type each field left for later must have (the referral module, that of the
    model's parameters, is imported with the model, after the first paint)."""
    from bodymap.domain.glossary import Glossary
    from bodymap.domain.prevalence import PrevalenceEvidence
    from bodymap.domain.referral import ModelParameters
    from bodymap.domain.safety import SafetyRules
    from bodymap.domain.search_terms import SearchTerms

    return {"parameters": ModelParameters, "safety": SafetyRules, "glossary": Glossary,
            "nerves": tuple, "prevalence": PrevalenceEvidence, "search_terms": SearchTerms}


def _later_part(later: object) -> _LaterContent:
    """The ``later`` part's muscles, muscle layers and fields, checked for shape."""
    from bodymap.domain.knowledge import Muscle
    from bodymap.domain.nerves import Entrapment

    if type(later) is not tuple or len(later) != 3:
        raise BundleError("the later part is not muscles, muscle layers and fields")
    muscles, layers, fields = later
    if type(muscles) is not list or not all(type(m) is Muscle for m in muscles):
        raise BundleError("the later part's muscles are not a list of muscles")
    if type(layers) is not dict or set(layers) != {v.value for v in View} or \
            not all(type(layer) is dict and all(type(m) is MuscleShape for m in layer.values())
                    for layer in layers.values()):
        raise BundleError("the later part's muscle layers are not one per view")
    if type(fields) is not dict or set(fields) != set(DEFERRED_FIELDS) or \
            not all(type(fields[name]) is kind for name, kind in _later_field_types().items()) \
            or not all(type(e) is Entrapment for e in fields["nerves"]):
        raise BundleError("the later part's fields are not the Dataset's, each of its kind")
    return muscles, layers, fields


def _deferred(part: _Part, decoder: _Decoder, what: str, check: Callable[[object], _T],
              fallback: Callable[[], _T] | None) -> _T:
    """A part left for later, decoded now: its object as ``check`` (which raises BundleError)
    gives it, its paths' commands remembered. Should it fail, ``fallback`` (from a validating
    load) gives it instead, with a warning naming ``what``; without one the error is raised."""
    try:
        obj, commands = part.decode(decoder)
        value = check(obj)
    except BundleError as exc:
        if fallback is None:
            raise
        _log.warning("%s cannot be read from the dataset bundle (%s); validating the data "
                     "instead", what, exc)
        return fallback()
    for d, flat in commands:
        geometry.remember_commands(d, flat)
    return value


class _LaterLayer(Mapping[str, MuscleShape]):
    """An AtlasView's muscle layer left in the bundle's ``later`` part: it reads like the
    dict it stands for, which is decoded when first looked into."""

    def __init__(self, later: _Later, view: str) -> None:
        self._later, self._view = later, view

    def __getitem__(self, key: str) -> MuscleShape:
        return self._later.layer(self._view)[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._later.layer(self._view))

    def __len__(self) -> int:
        return len(self._later.layer(self._view))

    def get(self, key: str, default: Any = None) -> Any:  # the common call: one lookup
        return self._later.layer(self._view).get(key, default)


class _DeferredFigure:
    """The female figure's part of a bundle (about 2.1 MB for the shipped figure), read from
    the file and decoded when the figure is first drawn."""

    def __init__(self, decoder: _Decoder, part: _Part,
                 fallback: Callable[[], Dataset] | None) -> None:
        self._decoder, self._part, self._fallback = decoder, part, fallback

    def load(self) -> Atlas | None:
        fallback = self._fallback
        return _deferred(self._part, self._decoder, "the female figure", _atlas,
                         (lambda: fallback().female_atlas) if fallback is not None else None)


def _atlas(obj: object) -> Atlas:
    if type(obj) is not Atlas:
        raise BundleError("the female figure's line is not an Atlas")
    return obj


def _path_commands(line: object) -> list[tuple[str, array[float]]]:
    """The (path text, commands) pairs of a part's paths line (``_paths_line``), checked for
    shape."""
    if type(line) is not list or len(line) != 3:
        raise BundleError("the paths line is not texts, ends and commands")
    texts, ends, packed = line
    if type(texts) is not list or type(ends) is not list or len(texts) != len(ends) or \
            type(packed) is not str:
        raise BundleError("the paths line is not texts, ends and commands")
    every = _unpack(packed)
    out = []
    start = 0
    for d, end in zip(texts, ends, strict=True):
        if type(d) is not str or type(end) is not int or not start <= end <= len(every):
            raise BundleError("a path entry is not path text and where its commands end")
        # geometry checks the opcodes when it reads the commands
        out.append((d, every[start:end]))
        start = end
    return out


# -------------------------------------------------------------------------------- cache
def cache_dir() -> Path:
    """$BODYMAP_CACHE_DIR, else the user cache folder (on Linux ~/.cache/bodymap)."""
    return Path(userdirs.cache_dir())


def bundle_path(data: Path, assets: Path, folder: Path | None = None) -> Path:
    """One bundle per data/assets pair, so that `--data DIR` and the shipped data do not
    evict each other; a new key overwrites the same file, so stale bundles do not pile up."""
    pair = f"{data.resolve()}\n{assets.resolve()}".encode()
    # two checksums (64 bits) name the pair: two pairs that clashed would only rebuild each
    # other's bundle, since the key decides what is used (not SHA-256: see files_signature)
    name = f"dataset-{zlib.crc32(pair):08x}{zlib.adler32(pair):08x}.bundle"
    return (folder or cache_dir()) / name


def _older_bundle_path(data: Path, assets: Path, folder: Path | None = None) -> Path:
    """Where bodymap 0.x before bundle format 4 kept the same pair's bundle (its name was a
    SHA-256): removed when a new one is written, so that it is not left behind for good."""
    import hashlib

    pair = f"{data.resolve()}\n{assets.resolve()}".encode()
    return (folder or cache_dir()) / f"dataset-{hashlib.sha256(pair).hexdigest()[:20]}.bundle"


def read_bundle(path: Path, key: str | Callable[[], str],
                fallback: Callable[[], Dataset] | None = None,
                signature: str | None = None) -> Dataset | None:
    """The bundled Dataset, or None when there is none or it is stale or damaged.
    ``key``, ``fallback``, ``signature``: see ``decode``.

    Only the header and the main part are read now, 0.45 of the shipped bundle's 5.5 MB; each
    part left for later is read from the file when it is decoded."""
    try:
        with path.open("rb") as stream:
            identity = _File.identity_of(stream)
            total = identity[2]
            if total > MAX_BUNDLE_BYTES:
                raise BundleError("too large to be a bundle")
            header_line = stream.readline(MAX_HEADER_BYTES)
            if not header_line.endswith(b"\n"):
                raise BundleError("no header line")
            main = _Prefetched(stream, _File(path, identity))
            return _decode(header_line[:-1], main, total, key, fallback, signature)
    except OSError:
        return None
    except BundleError as exc:
        _log.info("the dataset bundle is not used: %s", exc)
        return None


class _Prefetched:
    """Reads from the stream ``read_bundle`` opened while it is open (the main part), then
    from the file again (the parts left for later)."""

    def __init__(self, stream: BinaryIO, later: _File) -> None:
        self._stream, self._later = stream, later

    def read(self, at: int, size: int) -> bytes:
        if not self._stream.closed:
            self._stream.seek(at)
            return self._stream.read(size)
        return self._later.read(at, size)


def write_bundle(path: Path, dataset: Dataset, key: str, signature: str | None = None) -> bool:
    """Write atomically (a temporary file renamed over the old one), readable by the user
    only. False when the folder cannot be written: the next start simply validates again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".dataset-", suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(encode(dataset, key, signature))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    return True


def shipped_bundle(data: Path, assets: Path) -> Path | None:
    """The bundle inside an installed package, when ``data`` and ``assets`` are the package's
    own folders (a wheel's ``bodymap/_data`` and ``bodymap/_assets``); None otherwise (a
    source checkout, ``--data DIR``)."""
    own_data, own_assets = _PACKAGE / "_data", _PACKAGE / "_assets"
    if not (own_data.is_dir() and own_assets.is_dir()):
        return None
    if data.resolve() != own_data.resolve() or assets.resolve() != own_assets.resolve():
        return None
    return _PACKAGE / SHIPPED_BUNDLE


def build_shipped_bundle(data: Path, assets: Path, out: Path) -> Dataset:
    """Validate ``data`` and ``assets`` fully and write the bundle a wheel carries to ``out``
    (the build hook's work). Raises DataError, as ``load_dataset``, when the data is bad."""
    dataset = load_dataset(data, assets)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(encode(dataset, dataset_key(data, assets, toolchain=False)))
    return dataset


def load_dataset_cached(data: Path, assets: Path, folder: Path | None = None, *,
                        write_later: Callable[[Callable[[], None]], None] | None = None
                        ) -> Dataset:
    """The same Dataset as ``load_dataset(data, assets)``, from the bundle when it is current.

    Data errors are raised exactly as ``load_dataset`` raises them: a bundle exists only for
    data that passed every check.

    ``write_later``: when the data was validated in full (no current bundle), the writing
    of the new bundle (about a sixth of such a start) is handed to it as a function to call
    when the caller likes (the window: once it has painted; ``gui.app.open_window``),
    instead of being done before returning. Not called, the next start validates again.
    """
    shipped = shipped_bundle(data, assets)
    if shipped is not None:
        # an installed bodymap: its wheel's bundle or a full load, never the user cache
        dataset = read_bundle(shipped, dataset_key(data, assets, toolchain=False),
                              _validating_load(data, assets))
        if dataset is not None:
            return dataset
        _log.warning("the installed package's dataset bundle is missing or does not match "
                     "its data; validating the data at every start until bodymap is "
                     "reinstalled")
        return load_dataset(data, assets)
    # taken before the key: a file written while the key is computed changes the signature
    signature = files_signature(data, assets)
    key = cache(partial(dataset_key, data, assets))  # computed only when files changed
    path = bundle_path(data, assets, folder)
    dataset = read_bundle(path, key, _validating_load(data, assets, (path, key, signature)),
                          signature)
    if dataset is not None:
        return dataset
    return _load_and_bundle(data, assets, path, key, signature, write_later)


def _load_and_bundle(data: Path, assets: Path, path: Path, key: Callable[[], str],
                     signature: str,
                     write_later: Callable[[Callable[[], None]], None] | None = None
                     ) -> Dataset:
    dataset = load_dataset(data, assets)

    def write() -> None:
        with contextlib.suppress(OSError):  # not ours to insist on: it is only a stale file
            _older_bundle_path(data, assets, path.parent).unlink(missing_ok=True)
        if write_bundle(path, dataset, key(), signature):
            _log.info("validated the data and wrote its bundle for the next start")
        else:
            _log.info("validated the data; the bundle could not be written, so the next "
                      "start validates again")

    if write_later is None:
        write()
    else:
        write_later(write)
    return dataset


def _validating_load(data: Path, assets: Path,
                     rewrite: tuple[Path, Callable[[], str], str] | None = None,
                     ) -> Callable[[], Dataset]:
    """What a start falls back on should a deferred part of a current bundle (the muscles,
    the female figure) fail to decode when first read: a full validating load, run at most
    once; with ``rewrite`` (the cache's bundle and its key), it also replaces the damaged
    bundle, so that the next start need not validate again."""
    if rewrite is None:
        return cache(partial(load_dataset, data, assets))
    return cache(partial(_load_and_bundle, data, assets, *rewrite))
