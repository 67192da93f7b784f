"""Read one YAML data file safely, turning every failure into a Problem that names it."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bodymap.domain.errors import DataError, Problem, problems_from_validation
from bodymap.domain.files import FileTooLargeError, NotRegularFileError, read_regular_file

if TYPE_CHECKING:
    import yaml
    from pydantic import BaseModel

# bound by name: pydantic is imported when a file is validated, not with the domain
M = TypeVar("M", bound="BaseModel")

#: No data file of ours comes near this; a larger one is a mistake (or an attack), not data.
MAX_BYTES = 2_000_000

@functools.cache
def _loader() -> type[yaml.SafeLoader]:
    """The safe loader, refusing a mapping that gives one key twice. YAML says keys are
    unique, but PyYAML silently keeps the last value: a muscle file with two ``essential:``
    lines would lose the first list without a word.

    Built on first use, so that importing the domain (every start of the window, which
    reads the validated bundle instead of YAML) does not import PyYAML.
    """
    import yaml

    # libyaml's safe loader parses our files about 9x faster than the pure-Python one (it
    # is most of a full load); both refuse arbitrary Python objects and report line numbers.
    safe_loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class UniqueKeyLoader(safe_loader):  # type: ignore[valid-type,misc]
        def construct_mapping(self, node: yaml.MappingNode,
                              deep: bool = False) -> dict[object, object]:
            first_line: dict[object, int] = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    seen = first_line.get(key)
                except TypeError:
                    continue  # an unhashable key: the base class reports it
                if seen is not None:
                    raise yaml.constructor.ConstructorError(
                        None, None,
                        f"key {key!r} is given twice (first on line {seen}); keep one of them",
                        key_node.start_mark)
                first_line[key] = key_node.start_mark.line + 1
            return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

    return UniqueKeyLoader


#: Our deepest file nests about six levels. A hostile file nested thousands deep would
#: overflow the parser's C stack and crash the process; refuse it while reading events.
MAX_DEPTH = 32


def _line(event: yaml.Event) -> str:
    mark = event.start_mark
    return f"line {mark.line + 1}" if mark is not None else ""


def _check_shape(path: Path, text: str) -> None:
    """Walk the event stream (flat, no recursion) before building anything: refuse aliases,
    which can expand a few hundred bytes into billions of nodes, and absurd nesting."""
    import yaml

    depth = 0
    for event in yaml.parse(text, Loader=_loader()):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise DataError([Problem(path, _line(event),
                                         f"nested more than {MAX_DEPTH} levels deep; "
                                         "is it the right file?")])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            raise DataError([Problem(path, _line(event),
                                     f"uses a YAML alias (*{event.anchor}); bodymap data "
                                     "files write every value out in full")])


#: what ``_read_plain`` gives for a text it leaves to the safe loader
_GIVE_UP = object()
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_STR_TAG = "tag:yaml.org,2002:str"
#: the scalar tags ``_read_plain`` builds values of, by the safe loader's own functions
_SCALAR_TAGS = frozenset({"tag:yaml.org,2002:null", "tag:yaml.org,2002:bool",
                          "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                          "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"})


def _read_plain(text: str) -> object:
    """The value the safe loader reads from ``text``, read in one pass over its events; or
    ``_GIVE_UP`` for anything but plain mappings, lists and scalars, one document, nested at
    most MAX_DEPTH deep, each key once.

    A rebuilt bundle reads some 125 files (780 kB). The safe loader walks each file's
    events twice: ``_check_shape`` (aliases, depth), then ``yaml.load``, which builds a node
    for each value and then the value. Here the values are built from the events as they
    come (about 40 % of the time, on the team's machine). Each scalar gets the tag and the
    value the loader would give it (its resolver and constructors). Whatever else the text
    holds (an alias, a merge key, another tag, a key given twice, a second document, an
    error) is left to ``_check_shape`` and the loader, which refuse it or read it and say
    why; tests/unit/test_yamlfile.py compares the two readings."""
    import yaml
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    loader: Any = _loader()(text)  # (PyYAML's loaders are untyped)
    try:
        constructors = loader.yaml_constructors
        # (the stack: each open collection, and for a mapping the key waiting for its value)
        stack: list[tuple[dict[object, object] | list[object], object]] = []
        waiting = _GIVE_UP  # the open mapping's key, if it has one
        top: object = None
        documents = 0
        while True:
            event = loader.get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                tag = event.tag
                if tag is None or tag == "!":
                    tag = loader.resolve(ScalarNode, event.value, event.implicit)
                if tag == _STR_TAG:
                    value: object = event.value
                elif tag in _SCALAR_TAGS:
                    value = constructors[tag](loader, ScalarNode(
                        tag, event.value, event.start_mark, event.end_mark, style=event.style))
                else:
                    return _GIVE_UP  # a merge key, or a tag of another kind
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                is_map = kind is yaml.MappingStartEvent
                tag = event.tag
                if tag is None or tag == "!":
                    tag = loader.resolve(MappingNode if is_map else SequenceNode, None,
                                         event.implicit)
                if tag != (_MAP_TAG if is_map else _SEQ_TAG) or len(stack) >= MAX_DEPTH:
                    return _GIVE_UP
                collection: dict[object, object] | list[object] = {} if is_map else []
                stack.append((collection, waiting))
                waiting = _GIVE_UP
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                value, waiting = stack.pop()
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    return _GIVE_UP
                continue
            elif kind is yaml.StreamEndEvent:
                return top
            elif kind is yaml.StreamStartEvent or kind is yaml.DocumentEndEvent:
                continue
            else:  # an alias
                return _GIVE_UP
            # the value made: the document, an item of a list, or a key or value of a mapping
            if not stack:
                top = value
                continue
            into = stack[-1][0]
            if type(into) is list:
                into.append(value)
            elif waiting is _GIVE_UP:  # a key
                try:
                    if value in into:
                        return _GIVE_UP
                except TypeError:  # unhashable
                    return _GIVE_UP
                waiting = value
            else:
                into[waiting] = value  # type: ignore[call-overload]
                waiting = _GIVE_UP
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):
        return _GIVE_UP  # (the loader says where and why)
    finally:
        loader.dispose()


def read_yaml(path: Path, max_bytes: int = MAX_BYTES) -> object:
    """Parse ``path`` with the safe loader. Raises DataError naming the file and line."""
    try:
        text = read_regular_file(path, max_bytes).decode("utf-8")
    except NotRegularFileError as exc:
        raise DataError([Problem(path, "", "is not a regular file (a pipe, device or "
                                 "folder?); a data file must be an ordinary file")]) from exc
    except FileTooLargeError as exc:
        raise DataError([Problem(path, "", f"file is more than the {max_bytes} bytes "
                                 "allowed; is it the right file?")]) from exc
    except UnicodeDecodeError as exc:
        raise DataError(
            [Problem(path, "", f"not UTF-8 text (bad byte at offset {exc.start}); "
                     "save the file as UTF-8")]
        ) from exc
    except OSError as exc:
        raise DataError([Problem(path, "", f"cannot read the file: {exc.strerror}")]) from exc
    import yaml

    data = _read_plain(text)
    if data is not _GIVE_UP:
        return data
    try:
        _check_shape(path, text)
        return yaml.load(text, Loader=_loader())  # a safe loader: no Python objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise DataError(
            [Problem(path, where, f"malformed YAML: {exc.problem or exc}")]
        ) from exc
    except yaml.YAMLError as exc:
        raise DataError([Problem(path, "", f"malformed YAML: {exc}")]) from exc


def read_model(path: Path, model: type[M]) -> M:
    """Read a YAML file that holds one mapping and validate it as ``model``; every problem
    (file, field, bad value) is raised at once as a DataError."""
    from pydantic import ValidationError

    raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise DataError([Problem(path, "", "expected a mapping of fields at the top level",
                                 type(raw).__name__)])
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise DataError(problems_from_validation(path, exc)) from exc
