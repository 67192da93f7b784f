"""Frozen record classes that cost about a quarter of a frozen dataclass to define.

Every value type in bodymap is a frozen record. Python 3.11's ``dataclasses`` compiles each
method it generates with its own ``exec`` (``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__``, ``__delattr__``): about 0.6 ms per class, and the 68
classes a start imports cost 35-45 ms of the time before the first paint. ``record`` gives
the same classes for a fraction of that: the fields are noted on the class as
``dataclasses`` notes them (``_as_dataclass``, a third of ``dataclasses``' own time), so
``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass`` work as before, and
mypy checks them as dataclasses; ``record`` adds the methods itself: ``__init__``
compiled once per class, equality, hashing and ``repr`` as closures over one
``operator.attrgetter`` of the fields, and attribute assignment refused as a frozen
dataclass refuses it (``dataclasses.FrozenInstanceError``).

The ``__init__`` is compiled once the class has made a few instances (``GENERIC_CALLS``),
not when it is defined, and the validated bundle's reader sets its records' fields without
it (``from_fields``): a start imports 67 record classes, and compiling each one's
``__init__`` (0.09 ms) cost 6 ms before the first paint, though most are made there only
by that reader, or not at all; compiling those of the dozen a start makes a few of still
cost 1.5-2.2 ms. Until then the class has an ``__init__`` that binds the arguments
generically (``_generic_init``: the same arguments, defaults, errors and
``__post_init__``), then compiles the real one, puts it in its place and uses it;
``compile_used`` compiles those of the classes used so far (the window's idle time after
its first paint). The argument order is checked when the class is defined, as a dataclass
checks it.

Supported, with dataclass semantics: defaults and ``field(default_factory=...)``,
``field(compare=False, repr=False, hash=..., kw_only=True)``, ``kw_only`` and ``slots``
for the class, ``eq=False`` (identity equality and hash), ``__post_init__`` (called after
the fields are set), inheritance between records, methods the class defines itself (a
``__repr__`` or ``__eq__`` written in the class body is kept), pickling and ``copy`` of
slotted records. Not supported (a ``TypeError`` naming the class says so): ``init=False``
fields and ``InitVar`` pseudo-fields; no record in bodymap needs either.
"""

from __future__ import annotations

import dataclasses
import operator
import types
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, dataclass_transform, overload

_C = TypeVar("_C", bound=type)
_T = TypeVar("_T")

_MISSING = dataclasses.MISSING


@overload
def record(cls: _C, /) -> _C: ...
@overload
def record(*, slots: bool = False, kw_only: bool = False,
           eq: bool = True) -> Callable[[_C], _C]: ...
@dataclass_transform(frozen_default=True,
                     field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: _C | None = None, /, *, slots: bool = False, kw_only: bool = False,
           eq: bool = True) -> _C | Callable[[_C], _C]:
    """Make ``cls`` a frozen record (``@record`` or ``@record(slots=True, ...)``)."""
    def wrap(cls: _C) -> _C:
        return _make_record(cls, slots=slots, kw_only=kw_only, eq=eq)

    return wrap if cls is None else wrap(cls)


def _make_record(cls: _C, *, slots: bool, kw_only: bool, eq: bool) -> _C:
    own = dict(cls.__dict__)  # what the class body defines, before anything is added
    if not cls.__doc__:
        # dataclasses writes a missing docstring from inspect.signature(cls), which for a
        # class without its generated __init__ parses object's text signature with
        # tokenize: 0.3 ms a class (and tokenize's regexes once). The same text, made here:
        declared = ", ".join(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063 (own only)
        cls.__doc__ = f"{cls.__name__}({declared})"
    made: Any = _as_dataclass(cls, slots=slots, kw_only=kw_only)
    fields = dataclasses.fields(made)
    names = tuple(f.name for f in fields)
    _check(made)
    if "__init__" not in own:
        _attach(made, "__init__", _init_on_first_use(made, fields))
    if "__repr__" not in own:
        _attach(made, "__repr__", _repr_function(tuple(f.name for f in fields if f.repr)))
    if eq:
        if "__eq__" not in own:
            _attach(made, "__eq__", _eq_function(_getter(tuple(f.name for f in fields
                                                               if f.compare))))
        # a class body that defines __eq__ gets __hash__ = None from Python; as with a
        # dataclass, only a __hash__ written in the body (or set to None there) is kept
        if "__hash__" not in own or (own["__hash__"] is None and "__eq__" in own):
            _attach(made, "__hash__", _hash_function(_getter(tuple(
                f.name for f in fields if (f.compare if f.hash is None else f.hash)))))
    refuse_set, refuse_delete = _frozen_functions(made, frozenset(names))
    _attach(made, "__setattr__", refuse_set)
    _attach(made, "__delattr__", refuse_delete)
    if slots and "__getstate__" not in own:
        _attach(made, "__getstate__", _getstate_function(names))
        _attach(made, "__setstate__", _setstate_function(names))
    return made  # type: ignore[no-any-return]


#: annotation words that only ``dataclasses`` itself interprets (``_as_dataclass`` hands a
#: class that names one to it)
_DATACLASS_WORDS = ("ClassVar", "InitVar", "KW_ONLY")

#: a one-field dataclass per (slots, kw_only), made the first time a record needs it: what
#: ``dataclasses`` marks a field proper with, and the parameters it notes on the class
_PROBES: dict[tuple[bool, bool], Any] = {}


def _probe(slots: bool, kw_only: bool) -> Any:
    made = _PROBES.get((slots, kw_only))
    if made is None:
        # (a docstring of its own: dataclasses would write one with inspect.signature)
        shape = type("_Probe", (), {"__annotations__": {"x": "int"}, "__module__": __name__,
                                    "__doc__": "A field's marks."})
        made = _PROBES[slots, kw_only] = dataclasses.dataclass(
            shape, init=False, repr=False, eq=False, slots=slots, kw_only=kw_only)
    return made


def _as_dataclass(cls: type, *, slots: bool, kw_only: bool) -> type:
    """``cls`` as ``dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=slots,
    kw_only=kw_only)`` makes it (its fields, parameters, ``__match_args__``, its slots), in
    less time: ``dataclasses`` looks whether each field's annotation text names ``ClassVar``
    or ``InitVar`` with regular expressions and module lookups, and records declare
    neither. A class whose annotations mention one of ``_DATACLASS_WORDS`` goes to
    ``dataclasses`` itself. The 49 record classes imported before the first paint took
    3.5 ms to define with ``dataclasses`` doing this, 2.25 ms with this.
    tests/unit/test_records.py compares the two on the kinds of class records declare."""
    annotations: dict[str, Any] = cls.__dict__.get("__annotations__", {})  # noqa: RUF063 (own only)
    if any(word in (a if isinstance(a, str) else repr(a))
           for a in annotations.values() for word in _DATACLASS_WORDS):
        made: type = dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=slots,
                                           kw_only=kw_only)
        return made
    probe = _probe(slots, kw_only)
    proper = probe.__dataclass_fields__["x"]._field_type  # what marks a field proper
    every: dict[str, dataclasses.Field[Any]] = {}
    for base in cls.__mro__[-1:0:-1]:
        inherited = getattr(base, "__dataclass_fields__", None)
        if inherited is not None:
            every.update(inherited)
    for name, annotation in annotations.items():
        default = getattr(cls, name, _MISSING)
        f: Any
        if isinstance(default, dataclasses.Field):
            f = default
        else:
            if isinstance(default, types.MemberDescriptorType):  # a base's slot
                default = _MISSING
            f = dataclasses.field(default=default)
        f.name, f.type = name, annotation
        # (dataclasses' own mark of a field proper, an attribute private to it: read from
        # the probe, and test_records checks the fields against dataclasses' on each run)
        f._field_type = proper
        if f.kw_only is _MISSING:
            f.kw_only = kw_only
        if f.default is not _MISSING and f.default.__class__.__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not "
                             "allowed: use default_factory")
        every[name] = f
        if isinstance(cls.__dict__.get(name), dataclasses.Field):
            if f.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, dataclasses.Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    cls.__dataclass_fields__ = every  # type: ignore[attr-defined]
    cls.__dataclass_params__ = probe.__dataclass_params__  # type: ignore[attr-defined]
    if "__match_args__" not in cls.__dict__:
        setattr(cls, "__match_args__", tuple(  # noqa: B010 (mypy refuses the assignment)
            name for name, f in every.items()
            if f._field_type is proper and not f.kw_only))  # type: ignore[attr-defined]
    return _slotted(cls, tuple(every)) if slots else cls


def _slotted(cls: type, names: tuple[str, ...]) -> type:
    """``cls`` made again with ``__slots__`` for the fields its bases have no slot for, as
    ``dataclasses`` makes a slotted class (without a ``__weakref__`` slot)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    inherited: set[str] = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get("__slots__")
        if isinstance(declared, str):
            inherited.add(declared)
        elif declared is not None:
            if hasattr(declared, "__next__"):
                raise TypeError(f"Slots of '{base.__name__}' cannot be determined")
            inherited.update(declared)
    body = dict(cls.__dict__)
    body["__slots__"] = tuple(name for name in names if name not in inherited)
    for name in (*names, "__dict__", "__weakref__"):
        body.pop(name, None)
    made = type(cls)(cls.__name__, cls.__bases__, body)
    made.__qualname__ = cls.__qualname__
    return made


def _attach(cls: type, name: str, function: Callable[..., Any]) -> None:
    """Set ``cls.name`` to ``function``, named as a method written in the class would be."""
    function.__name__ = name
    function.__qualname__ = f"{cls.__qualname__}.{name}"
    function.__module__ = cls.__module__
    setattr(cls, name, function)


def _check(cls: type) -> None:
    for name, f in cls.__dataclass_fields__.items():  # type: ignore[attr-defined]
        if "InitVar" in str(f.type):  # a string under `from __future__ import annotations`
            raise TypeError(f"{cls.__qualname__}.{name}: InitVar is not supported by record")
    for f in dataclasses.fields(cls):
        if not f.init:
            raise TypeError(f"{cls.__qualname__}.{f.name}: a record's fields are all set by "
                            "its __init__ (field(init=False) is not supported)")
        if f.name == "self":
            raise TypeError(f"{cls.__qualname__}: a record cannot have a field named 'self'")


#: how many instances a record's generic ``__init__`` makes before its compiled one takes
#: over (``_init_on_first_use``)
GENERIC_CALLS = 8

#: the classes whose generic ``__init__`` has run and that are not compiled yet, with what
#: compiles theirs (``compile_used``)
_USED: dict[type, Callable[[], None]] = {}


def _init_on_first_use(cls: type, fields: tuple[dataclasses.Field[Any], ...]
                       ) -> Callable[..., None]:
    """An ``__init__`` for ``cls`` that compiles the real one (``_init_source``'s text)
    once the class has made ``GENERIC_CALLS`` instances, puts it on the class and uses it
    from then on; until then ``_generic_init`` (the same arguments, defaults, errors and
    ``__post_init__``, without compiling anything) makes them. Classes never instantiated
    cost no compiling, nor those a start makes a few of before its first paint: compiling
    the dozen a start made there took 1.5-2.2 ms (``compile_used`` compiles them after it).
    The text is made now, so a misordered field is refused when the class is defined."""
    source, namespace = _init_source(cls, fields)
    generic = _generic_init(cls, fields)
    calls = 0

    def compile_now() -> None:
        if getattr(cls.__dict__.get("__init__"), "__record_first__", False):
            _attach(cls, "__init__", _compiled_init(source, namespace))
        _USED.pop(cls, None)

    def first_init(self: Any, *args: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        if calls <= GENERIC_CALLS:
            if calls == 1:
                _USED[cls] = compile_now
            generic(self, *args, **kwargs)
            return
        compile_now()
        init: Callable[..., None] = cls.__dict__["__init__"]
        init(self, *args, **kwargs)
    first_init.__record_init__ = True  # type: ignore[attr-defined]
    first_init.__record_first__ = True  # type: ignore[attr-defined]
    return first_init


def compile_used() -> int:
    """Compile the ``__init__`` of every record class that has made an instance and runs
    its generic one still (the window calls this when idle after its first paint, so that
    no click pays for it); how many were compiled."""
    pending = list(_USED.values())
    for compile_now in pending:
        compile_now()
    return len(pending)


def _generic_init(cls: type, fields: tuple[dataclasses.Field[Any], ...]
                  ) -> Callable[..., None]:
    """An ``__init__`` for ``cls`` that binds its arguments as the compiled one would
    (positional fields in order, keyword-only ones by name, defaults and factories, the
    same TypeErrors), without compiling a function for the class."""
    positional = tuple(f.name for f in fields if not f.kw_only)
    names = tuple(f.name for f in fields)
    known = frozenset(names)
    defaults = {f.name: f.default for f in fields if f.default is not _MISSING}
    factories = {f.name: f.default_factory for f in fields
                 if f.default_factory is not _MISSING}
    post_init = hasattr(cls, "__post_init__")
    set_field = object.__setattr__
    where = f"{cls.__qualname__}.__init__()"

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(positional):
            raise TypeError(f"{where} takes {len(positional) + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = dict(zip(positional, args, strict=False))  # (fewer arguments: defaults)
        for name, value in kwargs.items():
            if name not in known:
                raise TypeError(f"{where} got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{where} got multiple values for argument {name!r}")
            values[name] = value
        for name in names:
            if name in values:
                value = values[name]
            elif name in defaults:
                value = defaults[name]
            elif name in factories:
                value = factories[name]()
            else:
                raise TypeError(f"{where} missing 1 required argument: {name!r}")
            set_field(self, name, value)
        if post_init:
            self.__post_init__()
    return init


def _compiled_init(source: str, namespace: dict[str, Any]) -> Callable[..., None]:
    exec(source, namespace)  # our own text, made of the field names dataclasses accepted
    init: Callable[..., None] = namespace["__init__"]
    init.__record_init__ = True  # type: ignore[attr-defined]
    return init


def from_fields(cls: type[_T], values: Mapping[str, Any]) -> _T:
    """An instance of ``cls`` whose fields are ``values`` (every field, by name), for a
    reader of data that was checked when it was written (the validated bundle): the fields
    are set as a record's ``__init__`` sets them, without calling (and so compiling) it;
    ``__post_init__`` still runs. A class whose ``__init__`` is its own, not the one
    ``record`` gives, is called as usual."""
    if not getattr(cls.__init__, "__record_init__", False):
        return cls(**values)
    made = cls.__new__(cls)
    for name, value in values.items():
        object.__setattr__(made, name, value)
    post_init = getattr(made, "__post_init__", None)
    if post_init is not None:
        post_init()
    return made


def _init_source(cls: type, fields: tuple[dataclasses.Field[Any], ...]
                 ) -> tuple[str, dict[str, Any]]:
    """The text of ``__init__`` for ``cls`` and the names it uses: positional fields in
    order, then the keyword-only ones, each set with ``object.__setattr__`` as a frozen
    dataclass sets it."""
    namespace: dict[str, Any] = {"__record_setattr": object.__setattr__,
                                 "__record_missing": _MISSING}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    seen_default = ""
    for f in fields:
        if f.default is not _MISSING:
            namespace[f"__record_default_{f.name}"] = f.default
            parameter = f"{f.name}=__record_default_{f.name}"
        elif f.default_factory is not _MISSING:
            namespace[f"__record_factory_{f.name}"] = f.default_factory
            parameter = f"{f.name}=__record_missing"
            body.append(f"    if {f.name} is __record_missing:\n"
                        f"        {f.name} = __record_factory_{f.name}()")
        else:
            parameter = f.name
            if not f.kw_only and seen_default:
                raise TypeError(f"{cls.__qualname__}: field {f.name!r} has no default but "
                                f"follows {seen_default!r}, which has one")
        if f.kw_only:
            keyword.append(parameter)
        else:
            positional.append(parameter)
            if parameter != f.name:
                seen_default = f.name
        body.append(f"    __record_setattr(self, {f.name!r}, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    parameters = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    source = f"def __init__({parameters}):\n" + ("\n".join(body) or "    pass") + "\n"
    return source, namespace


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of ``names`` as a tuple (``attrgetter`` returns a bare value for one)."""
    if len(names) > 1:
        return operator.attrgetter(*names)
    if names:
        only = names[0]
        return lambda obj: (getattr(obj, only),)
    return lambda obj: ()


def _eq_function(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, object], Any]:
    def equal(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented
    return equal


def _hash_function(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def hashed(self: Any) -> int:
        return hash(values(self))
    return hashed


def _repr_function(names: tuple[str, ...]) -> Callable[[Any], str]:
    def shown_as(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"
    return shown_as


def _frozen_functions(cls: type, names: frozenset[str]
                      ) -> tuple[Callable[[Any, str, Any], None], Callable[[Any, str], None]]:
    """``__setattr__``/``__delattr__`` that refuse as a frozen dataclass's do: any name on
    the class itself, a field's name on a subclass that is not a record."""
    owner: type[Any] = cls
    def set_attribute(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(owner, self).__setattr__(name, value)

    def delete_attribute(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(owner, self).__delattr__(name)
    return set_attribute, delete_attribute


def _getstate_function(names: tuple[str, ...]) -> Callable[[Any], list[Any]]:
    def state(self: Any) -> list[Any]:
        return [getattr(self, name) for name in names]
    return state


def _setstate_function(names: tuple[str, ...]) -> Callable[[Any, list[Any]], None]:
    def set_state(self: Any, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=True):
            object.__setattr__(self, name, value)
    return set_state
