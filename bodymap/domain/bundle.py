"""A validated dataset, kept between starts so that a start need not parse YAML or SVG again.

``load_dataset`` reads and checks every file in data/ and assets/ (about 180 ms, most of it
YAML parsing). ``load_dataset_cached`` does that once, then writes the checked Dataset to a
bundle file in the user cache folder; later starts rebuild the same objects from it.

Why this is safe to trust:

* The bundle is keyed by a SHA-256 of every file in data/ and assets/ (names and bytes), of
  the source of the code that checks them (bodymap/domain/*.py) and of the pydantic and
  Python versions. Any change to any of them gives a new key, and the bundle is rebuilt by a
  full validating load: it never stands in for data it was not made from.
* The file is JSON, read with ``json.loads``: reading it cannot run code (no pickle). Its
  objects are rebuilt only as classes of bodymap's domain modules named in ``_MODULES``,
  each of the kind its tag says (a pydantic model, a dataclass, an enum, a ``str``
  subclass, or one of three classes with a known constructor), with exactly the fields the
  class declares. The payload's own SHA-256 is stored beside it, so a truncated or damaged
  file is noticed before it is parsed.
* Anything unexpected (another format, another key, a bad digest, an unknown class or
  field, a top-level object that is not a Dataset) makes the bundle count as missing: the
  full load runs and a fresh bundle replaces it. Failing to write one is not an error.

Pydantic models are rebuilt with ``model_construct`` (no validation: they were validated
before being written), so every type the rest of bodymap reads (Muscle, TriggerPoint, ...)
is unchanged. ``bodymap validate`` never uses a bundle.
"""

from __future__ import annotations

import dataclasses
import enum
import gc
import hashlib
import importlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

from bodymap.domain.dataset import Dataset, load_dataset
from bodymap.domain.glossary import Glossary
from bodymap.domain.knowledge import KnowledgeBase
from bodymap.domain.regions import RegionCatalogue

#: bump when the file layout below changes, so that old bundles are rebuilt
FORMAT = "bodymap-dataset-bundle/1"
#: where bundles go instead of the user cache folder (tests, sandboxes)
CACHE_ENV = "BODYMAP_CACHE_DIR"
#: the only modules whose classes a bundle may name
_MODULES = frozenset({
    "bodymap.domain.atlas", "bodymap.domain.dataset", "bodymap.domain.drawing",
    # the female figure's Atlas carries its deformation (figure_shape.FigureShape)
    "bodymap.domain.figure_shape",
    "bodymap.domain.geometry",
    # the place names of other languages (data/i18n/)
    "bodymap.domain.place_names",
    "bodymap.domain.glossary", "bodymap.domain.knowledge", "bodymap.domain.nerves",
    "bodymap.domain.prevalence", "bodymap.domain.referral", "bodymap.domain.regions",
    "bodymap.domain.safety", "bodymap.domain.search_terms",
})
#: a bundle larger than this is not ours (the shipped dataset gives about 1 MB)
MAX_BUNDLE_BYTES = 64_000_000
_DOMAIN_SOURCE = Path(__file__).resolve().parent
# the app's logger by name (bodymap.logs configures it): the domain does not import the
# logging set-up, and the path is not logged, since it may name the user
_log = logging.getLogger("bodymap")


class BundleError(ValueError):
    """The bundle file is not one this code wrote for this data: rebuild it."""


# ---------------------------------------------------------------------------------- key
def _files_under(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path


def dataset_key(data: Path, assets: Path) -> str:
    """SHA-256 of everything a validated load depends on (see the module's docstring)."""
    import pydantic

    digest = hashlib.sha256()

    def add(label: str, payload: bytes) -> None:
        # length-prefixed, so that no two different inputs give the same byte stream
        for part in (label.encode("utf-8"), payload):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)

    add("format", FORMAT.encode())
    add("python", sys.version.encode())
    add("pydantic", pydantic.VERSION.encode())
    for name, folder in (("data", data), ("assets", assets), ("code", _DOMAIN_SOURCE)):
        for path in _files_under(folder):
            if name == "code" and path.suffix != ".py":
                continue
            add(f"{name}/{path.relative_to(folder).as_posix()}", path.read_bytes())
    return digest.hexdigest()


# ------------------------------------------------------------------------------- encode
def _class_ref(cls: type) -> str:
    ref = f"{cls.__module__}:{cls.__qualname__}"
    if cls.__module__ not in _MODULES:
        raise TypeError(f"cannot bundle a {ref}: only bodymap's domain classes are bundled")
    return ref


#: classes with their own constructor: what to pass it to rebuild an equal object
_ADAPTERS: dict[type, Callable[[Any], list[Any]]] = {
    RegionCatalogue: lambda c: [c.groups, list(c.values())],
    KnowledgeBase: lambda k: [list(k.muscles.values()), k.regions],
    Glossary: lambda g: [g.entries],
}


class _Encoder:
    """Turns the object graph into JSON-ready nodes; an object met twice is written once
    and then referred to by number, so shared objects stay shared after decoding."""

    def __init__(self) -> None:
        self._numbers: dict[int, int] = {}
        self._keep: list[object] = []  # keeps id()s valid while encoding

    def value(self, obj: object) -> Any:
        if obj is None or type(obj) in (bool, int, float, str):
            return obj
        if isinstance(obj, enum.Enum):
            return {"t": "enum", "c": _class_ref(type(obj)), "v": obj.value}
        if isinstance(obj, str):
            return {"t": "str", "c": _class_ref(type(obj)), "v": str(obj)}
        if isinstance(obj, (set, frozenset)) and type(obj) in (set, frozenset):
            # sorted: the same set gives the same bytes whatever its iteration order
            return {"t": type(obj).__name__,
                    "v": [self.value(x) for x in sorted(obj, key=repr)]}
        if type(obj) in (tuple, list):
            assert isinstance(obj, (tuple, list))
            return {"t": type(obj).__name__, "v": [self.value(x) for x in obj]}
        if type(obj) is dict:
            return {"t": "dict", "v": [[self.value(k), self.value(v)] for k, v in obj.items()]}
        number = self._numbers.get(id(obj))
        if number is not None:
            return {"t": "ref", "n": number}
        node = self._object(obj)
        node["n"] = self._numbers[id(obj)] = len(self._numbers)
        self._keep.append(obj)
        return node

    def _object(self, obj: object) -> dict[str, Any]:
        from pydantic import BaseModel

        cls = type(obj)
        if isinstance(obj, BaseModel):
            names = type(obj).model_fields
            return {"t": "model", "c": _class_ref(cls),
                    "f": {name: self.value(getattr(obj, name)) for name in names},
                    "s": sorted(obj.model_fields_set)}
        if dataclasses.is_dataclass(obj):
            return {"t": "dc", "c": _class_ref(cls),
                    "f": {f.name: self.value(getattr(obj, f.name))
                          for f in dataclasses.fields(obj)}}
        adapter = _ADAPTERS.get(cls)
        if adapter is not None:
            return {"t": "obj", "c": _class_ref(cls), "a": [self.value(a) for a in adapter(obj)]}
        raise TypeError(f"cannot bundle a {cls.__module__}.{cls.__qualname__}")


def encode(dataset: Dataset, key: str) -> bytes:
    """The bundle file's bytes: a header line (format, key, payload digest), then the payload."""
    payload = json.dumps(_Encoder().value(dataset), separators=(",", ":"),
                         ensure_ascii=False).encode("utf-8")
    header = json.dumps({"format": FORMAT, "key": key,
                         "sha256": hashlib.sha256(payload).hexdigest()})
    return header.encode("utf-8") + b"\n" + payload


# ------------------------------------------------------------------------------- decode
_PLAIN = frozenset({type(None), bool, int, float, str})
_COLLECTIONS: dict[str, Callable[[list[Any]], Any]] = {
    "tuple": tuple, "list": list, "frozenset": frozenset, "set": set}


class _Decoder:
    def __init__(self) -> None:
        self._objects: dict[int, object] = {}
        self._classes: dict[str, type] = {}

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
        value = self.value
        return _COLLECTIONS[node["t"]]([value(x) for x in _list(node.get("v"))])

    def _dict(self, node: dict[str, Any]) -> dict[Any, Any]:
        out = {}
        value = self.value
        for pair in _list(node.get("v")):
            if type(pair) is not list or len(pair) != 2:
                raise BundleError("a dict entry is not a key and a value")
            out[value(pair[0])] = value(pair[1])
        return out

    def _enum(self, node: dict[str, Any]) -> enum.Enum:
        cls = self._class(node.get("c"))
        if not issubclass(cls, enum.Enum):
            raise BundleError(f"{cls.__qualname__} is not an enum")
        return cls(node.get("v"))

    def _str(self, node: dict[str, Any]) -> str:
        cls = self._class(node.get("c"))
        if not issubclass(cls, str) or not isinstance(node.get("v"), str):
            raise BundleError(f"{cls.__qualname__} is not a kind of text")
        text: str = cls(node["v"])  # its constructor checks the form (RegionId does)
        return text

    def _ref(self, node: dict[str, Any]) -> object:
        try:
            return self._objects[node["n"]]
        except (KeyError, TypeError):
            raise BundleError("a reference to an object not yet read") from None

    _readers: ClassVar[dict[object, Callable[[_Decoder, dict[str, Any]], Any]]] = {
        "tuple": _collection, "list": _collection, "frozenset": _collection,
        "set": _collection, "dict": _dict, "enum": _enum, "str": _str, "ref": _ref,
    }

    def _object(self, tag: object, node: dict[str, Any]) -> object:
        from pydantic import BaseModel

        cls = self._class(node.get("c"))
        if tag == "model":
            if not issubclass(cls, BaseModel):
                raise BundleError(f"{cls.__qualname__} is not a pydantic model")
            fields = self._fields(node, set(cls.model_fields), cls)
            fields_set = _list(node.get("s"))
            if not set(fields_set) <= set(fields):
                raise BundleError(f"{cls.__qualname__}: unknown names among the set fields")
            return cls.model_construct(_fields_set=set(fields_set), **fields)
        if tag == "dc":
            if not (dataclasses.is_dataclass(cls) and isinstance(cls, type)):
                raise BundleError(f"{cls.__qualname__} is not a dataclass")
            names = {f.name for f in dataclasses.fields(cls)}
            return cls(**self._fields(node, names, cls))
        if tag == "obj":
            if cls not in _ADAPTERS:
                raise BundleError(f"{cls.__qualname__} is not rebuilt from arguments")
            return cls(*[self.value(a) for a in _list(node.get("a"))])
        raise BundleError(f"unknown tag {tag!r}")

    def _fields(self, node: dict[str, Any], names: set[str], cls: type) -> dict[str, Any]:
        fields = node.get("f")
        if type(fields) is not dict or set(fields) != names:
            raise BundleError(f"{cls.__qualname__}: the fields are not the class's fields")
        return {name: self.value(v) for name, v in fields.items()}


def _list(value: object) -> list[Any]:
    if type(value) is not list:
        raise BundleError(f"expected a list, found {type(value).__name__}")
    return value


def decode(raw: bytes, key: str) -> Dataset:
    """The Dataset in a bundle written by ``encode`` for ``key``; BundleError otherwise."""
    header_line, newline, payload = raw.partition(b"\n")
    if not newline:
        raise BundleError("no header line")
    try:
        header = json.loads(header_line)
    except ValueError:
        raise BundleError("the header is not JSON") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleError("another format")
    if header.get("key") != key:
        raise BundleError("made from other data or code (stale)")
    if header.get("sha256") != hashlib.sha256(payload).hexdigest():
        raise BundleError("the payload does not match its digest (damaged)")
    # the collector would walk the young object graph again and again while tens of
    # thousands of objects are made (up to half the time); none of them forms a cycle
    collecting = gc.isenabled()
    gc.disable()
    try:
        tree = json.loads(payload)
        dataset = _Decoder().value(tree)
    except BundleError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise BundleError(f"cannot be rebuilt ({type(exc).__name__}: {exc})") from None
    finally:
        if collecting:
            gc.enable()
    if type(dataset) is not Dataset:
        raise BundleError("the top-level object is not a Dataset")
    return dataset


# -------------------------------------------------------------------------------- cache
def cache_dir() -> Path:
    """$BODYMAP_CACHE_DIR, else the user cache folder (on Linux ~/.cache/bodymap)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir("bodymap"))


def bundle_path(data: Path, assets: Path, folder: Path | None = None) -> Path:
    """One bundle per data/assets pair, so that `--data DIR` and the shipped data do not
    evict each other; a new key overwrites the same file, so stale bundles do not pile up."""
    pair = f"{data.resolve()}\n{assets.resolve()}".encode()
    return (folder or cache_dir()) / f"dataset-{hashlib.sha256(pair).hexdigest()[:20]}.bundle"


def read_bundle(path: Path, key: str) -> Dataset | None:
    """The bundled Dataset, or None when there is none or it is stale or damaged."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BUNDLE_BYTES + 1)
    except OSError:
        return None
    if len(raw) > MAX_BUNDLE_BYTES:
        return None
    try:
        return decode(raw, key)
    except BundleError as exc:
        _log.info("the dataset bundle is not used: %s", exc)
        return None


def write_bundle(path: Path, dataset: Dataset, key: str) -> bool:
    """Write atomically (a temporary file renamed over the old one), readable by the user
    only. False when the folder cannot be written: the next start simply validates again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".dataset-", suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(encode(dataset, key))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    return True


def load_dataset_cached(data: Path, assets: Path, folder: Path | None = None) -> Dataset:
    """The same Dataset as ``load_dataset(data, assets)``, from the bundle when it is current.

    Data errors are raised exactly as ``load_dataset`` raises them: a bundle exists only for
    data that passed every check.
    """
    key = dataset_key(data, assets)
    path = bundle_path(data, assets, folder)
    dataset = read_bundle(path, key)
    if dataset is not None:
        return dataset
    dataset = load_dataset(data, assets)
    if write_bundle(path, dataset, key):
        _log.info("validated the data and wrote its bundle for the next start")
    else:
        _log.info("validated the data; the bundle could not be written, so the next start "
                  "validates again")
    return dataset
