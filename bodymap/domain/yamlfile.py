"""Read one YAML data file safely, turning every failure into a Problem that names it."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

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
