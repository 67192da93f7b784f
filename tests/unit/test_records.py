"""`record` makes the classes a frozen dataclass would: each case declares one class twice,
once with `@record(...)` and once with `@dataclass(frozen=True, ...)`, and compares them."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import astuple, dataclass, field
from typing import Any, ClassVar

import pytest

from bodymap.domain.records import GENERIC_CALLS, compile_used, from_fields, record


@record(slots=True)
class Point:
    """A slotted record with a default."""

    x: float
    y: float = 0.0


@dataclass(frozen=True, slots=True)
class PointDC:
    """The same as a dataclass."""

    x: float
    y: float = 0.0


@record(kw_only=True)
class Note:
    """Keyword-only fields, a factory default, a field left out of eq/hash and repr."""

    text: str
    tags: tuple[str, ...] = ()
    seen: list[str] = field(default_factory=list)
    cache: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, kw_only=True)
class NoteDC:
    """The same as a dataclass."""

    text: str
    tags: tuple[str, ...] = ()
    seen: list[str] = field(default_factory=list)
    cache: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


@record
class Cached:
    """A hashable record with a field left out of eq and hash."""

    key: str
    memo: dict[str, int] = field(default_factory=dict, compare=False)


@record
class Base:
    """A record another record extends."""

    name: str
    size: int = 1


@record(slots=True)
class Derived(Base):
    """Inherits Base's fields; adds a keyword-only one."""

    colour: str = field(default="red", kw_only=True)


@record(eq=False)
class Handle:
    """Compared by identity."""

    value: int


@record
class Checked:
    """Runs __post_init__ after its fields are set."""

    low: int
    high: int

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")


@record
class Custom:
    """Keeps the methods its body writes."""

    value: int

    def __repr__(self) -> str:
        return f"<Custom {self.value}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Custom) and abs(self.value - other.value) <= 1


@record
class Empty:
    """No fields at all."""


def test_construction_repr_and_match_args_are_a_dataclass_s() -> None:
    for ours, theirs in ((Point(1.0), PointDC(1.0)), (Point(1.0, y=2.5), PointDC(1.0, 2.5)),
                         (Note(text="a", tags=("b",)), NoteDC(text="a", tags=("b",)))):
        assert repr(ours).replace(type(ours).__qualname__, "X") == \
            repr(theirs).replace(type(theirs).__qualname__, "X")
        assert dataclasses.astuple(ours) == dataclasses.astuple(theirs)
        assert type(ours).__match_args__ == type(theirs).__match_args__
    assert repr(Derived("n", 2, colour="blue")) == "Derived(name='n', size=2, colour='blue')"
    assert repr(Empty()) == "Empty()"


def test_arguments_are_checked_as_a_dataclass_checks_them() -> None:
    for make in (lambda: Point(), lambda: Point(1, 2, 3),  # type: ignore[call-arg]
                 lambda: Note("positional"),  # type: ignore[call-arg]
                 lambda: Derived("n", 2, "blue"), lambda: Point(1, z=2)):  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            make()
    with pytest.raises(ValueError, match="low 3 is above high 1"):
        Checked(3, 1)
    assert Checked(1, 3).high == 3


def test_factories_give_each_instance_its_own_value() -> None:
    first, second = Note(text="a"), Note(text="a")
    assert first.seen == [] and first.seen is not second.seen
    assert Note(text="a", seen=["x"]).seen == ["x"]


def test_equality_and_hash_follow_the_compared_fields() -> None:
    assert Point(1.0, 2.0) == Point(1.0, 2.0) and Point(1.0) != Point(2.0)
    assert hash(Point(1.0, 2.0)) == hash(Point(1.0, 2.0))
    assert Point(1.0) != PointDC(1.0)  # type: ignore[comparison-overlap]  # another class is never equal, as with dataclasses
    assert Note(text="a", cache={"k": 1}) == Note(text="a")  # compare=False is left out
    assert hash(Cached("a", {"k": 1})) == hash(Cached("a"))  # ... and out of the hash
    with pytest.raises(TypeError, match="unhashable"):
        hash(Note(text="a", seen=["x"]))  # a list field is hashed, and fails, as it would
    assert Derived("n") != Base("n")
    assert {Derived("n"), Derived("n"), Derived("n", colour="blue")} == \
        {Derived("n"), Derived("n", colour="blue")}
    one, same = Handle(1), Handle(1)
    assert one != same and one == one and hash(one) != hash(same)
    assert Custom(1) == Custom(2) and repr(Custom(5)) == "<Custom 5>"
    assert hash(Custom(1)) == hash(Custom(1))  # hashable though its body wrote __eq__
    assert Empty() == Empty() and hash(Empty()) == hash(Empty())


@pytest.mark.parametrize("instance", [Point(1.0), Note(text="a"), Derived("n"), Checked(1, 2)])
def test_fields_cannot_be_set_or_deleted(instance: Any) -> None:
    name = dataclasses.fields(instance)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot assign to field '{name}'"):
        setattr(instance, name, 0)
    with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{name}'"):
        delattr(instance, name)
    with pytest.raises((dataclasses.FrozenInstanceError, AttributeError)):
        instance.not_a_field = 1


def test_a_plain_subclass_may_add_attributes_but_not_change_fields() -> None:
    class Labelled(Base):
        pass

    labelled = Labelled("n")
    labelled.label = "free"  # type: ignore[attr-defined]
    assert labelled.label == "free"  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        labelled.name = "other"  # type: ignore[misc]


def test_dataclasses_functions_work_on_records() -> None:
    assert dataclasses.is_dataclass(Point(1.0))
    assert [f.name for f in dataclasses.fields(Derived)] == ["name", "size", "colour"]
    moved = dataclasses.replace(Derived("n"), size=5)
    assert moved == Derived("n", 5) and type(moved) is Derived
    assert dataclasses.asdict(Note(text="a")) == {"text": "a", "tags": (), "seen": [],
                                                  "cache": {}}
    with pytest.raises(ValueError, match="low 9"):
        dataclasses.replace(Checked(1, 2), low=9)  # __post_init__ runs on replace too
    assert dataclasses.is_dataclass(Point)


@pytest.mark.parametrize("instance", [Point(1.0, 2.0), Derived("n", 3, colour="blue"),
                                      Note(text="a", tags=("b",)), Checked(1, 2)])
def test_pickle_and_copy_round_trip(instance: Any) -> None:
    for twin in (pickle.loads(pickle.dumps(instance)), copy.copy(instance),
                 copy.deepcopy(instance)):
        assert twin == instance and type(twin) is type(instance)


def test_slots_are_kept() -> None:
    assert not hasattr(Point(1.0), "__dict__")
    assert Point.__slots__ == ("x", "y")


def test_declarations_records_cannot_honour_are_refused() -> None:
    with pytest.raises(TypeError, match="init=False"):
        @record
        class Hidden:
            shown: int
            hidden: int = field(default=0, init=False)
    with pytest.raises(TypeError, match="InitVar"):
        @record
        class WithInitVar:
            value: int
            scale: dataclasses.InitVar[int] = 1
    with pytest.raises(TypeError, match="'later' has no default but follows 'early'"):
        @record
        class Misordered:
            early: int = 0
            later: int  # type: ignore[misc]


def test_init_is_compiled_after_a_few_instances_and_then_kept() -> None:
    @record(slots=True)
    class Later:
        a: int
        b: str = "x"

    deferred = Later.__init__
    for i in range(GENERIC_CALLS):  # the generic __init__ makes the first few
        assert Later(i).b == "x" and Later.__init__ is deferred
    assert Later(1).b == "x"  # this one compiles the real __init__ and uses it
    compiled = Later.__init__
    assert compiled is not deferred
    assert Later(2, b="y") == Later(2, "y")
    assert Later.__init__ is compiled  # compiled once
    with pytest.raises(TypeError):
        Later()  # type: ignore[call-arg]


def test_compile_used_compiles_the_classes_that_made_an_instance() -> None:
    @record
    class Used:
        a: int

    @record
    class Unused:
        a: int

    used, unused = Used.__init__, Unused.__init__
    Used(1)
    assert compile_used() >= 1
    assert Used.__init__ is not used and Unused.__init__ is unused
    assert Used(2).a == 2 and compile_used() == 0


@pytest.mark.parametrize("compiled", [False, True])
def test_the_generic_and_compiled_inits_bind_alike(compiled: bool) -> None:
    """Until it is compiled, a record's __init__ is a generic one: the same arguments,
    defaults, factories, keyword-only fields, errors and __post_init__."""
    @record
    class Full:
        a: int
        b: str = "x"
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)
        c: float = dataclasses.field(default=1.5, kw_only=True)

    @record(kw_only=True)
    class Keywords:
        a: int
        b: int = 2

    @record
    class Checks:
        low: int
        high: int

        def __post_init__(self) -> None:
            if self.low > self.high:
                raise ValueError("low above high")

    if compiled:
        Full(1), Keywords(a=1), Checks(1, 2)
        compile_used()
        assert not any(getattr(cls.__init__, "__record_first__", False)
                       for cls in (Full, Keywords, Checks))
    assert astuple(Full(1)) == (1, "x", (), 1.5)
    assert astuple(Full(1, "y", ("t",), c=2.0)) == (1, "y", ("t",), 2.0)
    assert astuple(Full(a=1, tags=("u",))) == (1, "x", ("u",), 1.5)
    assert astuple(Keywords(a=1)) == (1, 2)
    assert astuple(Checks(1, 2)) == (1, 2)
    for make in (lambda: Full(), lambda: Full(1, "y", (), 2.0),  # type: ignore[call-arg]
                 lambda: Full(1, a=2), lambda: Full(1, d=3),  # type: ignore[call-arg, misc]
                 lambda: Keywords(1)):  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            make()
    with pytest.raises(ValueError, match="low above high"):
        Checks(3, 1)


def test_a_plain_subclass_made_first_compiles_its_record_s_init() -> None:
    @record
    class Parent:
        value: int

    class Child(Parent):
        pass

    deferred = Parent.__init__
    for _ in range(GENERIC_CALLS + 1):
        child = Child(3)
    assert child.value == 3 and Parent(3) == Parent(3)
    assert Parent.__init__ is not deferred and Child.__init__ is Parent.__init__


def test_from_fields_sets_a_record_s_fields_without_compiling_its_init() -> None:
    @record(slots=True)
    class Read:
        a: int
        b: tuple[str, ...] = ()

    deferred = Read.__init__
    made = from_fields(Read, {"a": 1, "b": ("x",)})
    assert made == Read(1, ("x",)) and hash(made) == hash(Read(1, ("x",)))
    assert repr(made).endswith("Read(a=1, b=('x',))")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.a = 2  # type: ignore[misc]
    fresh = from_fields(Read, {"a": 3, "b": ()})
    assert fresh.a == 3 and Read.__init__ is deferred  # (two instances: not compiled yet)

    @record
    class NeverCalled:
        value: int

    untouched = NeverCalled.__init__
    assert from_fields(NeverCalled, {"value": 5}).value == 5
    assert NeverCalled.__init__ is untouched  # nothing compiled


def test_from_fields_runs_post_init_and_calls_an_init_of_the_class_s_own() -> None:
    with pytest.raises(ValueError, match="low 3 is above high 1"):
        from_fields(Checked, {"low": 3, "high": 1})

    @record
    class OwnInit:
        value: int

        def __init__(self, value: int) -> None:
            object.__setattr__(self, "value", value * 10)

    assert from_fields(OwnInit, {"value": 2}).value == 20


def _bodies() -> list[tuple[str, dict[str, Any], type]]:
    """Class bodies (name, namespace, base) as a record's decorator receives them."""
    return [
        ("Plain", {"__annotations__": {"a": "int", "b": "str"}, "b": "x"}, object),
        ("Factories", {"__annotations__": {"a": "list[int]", "b": "dict[str, int]"},
                       "a": field(default_factory=list),
                       "b": field(default_factory=dict, compare=False, repr=False)}, object),
        ("KeywordLate", {"__annotations__": {"a": "int", "b": "int"},
                         "b": field(default=2, kw_only=True)}, object),
        ("OnBase", {"__annotations__": {"extra": "float"}, "extra": 0.5}, Base),
        ("OnSlotted", {"__annotations__": {"more": "int"}, "more": 1}, Point),
        ("Hashing", {"__annotations__": {"a": "int", "b": "int"},
                     "b": field(default=0, hash=False, metadata={"unit": "mm"})}, object),
    ]


@pytest.mark.parametrize(("slots", "kw_only"), [(False, False), (True, False), (False, True),
                                                (True, True)])
def test_the_fields_records_note_are_those_dataclasses_would(slots: bool, kw_only: bool) -> None:
    from bodymap.domain.records import _as_dataclass

    def described(cls: Any) -> list[tuple[Any, ...]]:
        return [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.hash,
                 f.compare, dict(f.metadata), f.kw_only, f._field_type)
                for f in cls.__dataclass_fields__.values()]

    for name, body, base in _bodies():
        ours: Any = _as_dataclass(type(name, (base,), {**body, "__module__": __name__}),
                             slots=slots, kw_only=kw_only)
        theirs: Any = dataclasses.dataclass(type(name, (base,), {**body, "__module__": __name__}),
                                       init=False, repr=False, eq=False, slots=slots,
                                       kw_only=kw_only)
        assert described(ours) == described(theirs), name
        assert ours.__match_args__ == theirs.__match_args__, name
        # (the parameters' class has no __eq__; its repr shows every one)
        assert repr(ours.__dataclass_params__) == repr(theirs.__dataclass_params__), name
        assert ours.__dict__.get("__slots__") == theirs.__dict__.get("__slots__"), name
        for field_name in ours.__dataclass_fields__:
            assert (field_name in ours.__dict__) == (field_name in theirs.__dict__), name
            if field_name in ours.__dict__ and not slots:
                assert ours.__dict__[field_name] == theirs.__dict__[field_name], name


def test_a_class_naming_classvar_goes_to_dataclasses_itself() -> None:
    @record
    class Counted:
        """A class-level counter beside one field."""

        made: ClassVar[int] = 0
        value: int

    assert [f.name for f in dataclasses.fields(Counted)] == ["value"]
    assert Counted(3).value == 3 and Counted.made == 0
    with pytest.raises(ValueError, match="mutable default"):
        @record
        class Shared:
            items: list[int] = []  # noqa: RUF012 (the mistake refused)
    with pytest.raises(TypeError, match="'loose' is a field but has no type annotation"):
        record(type("Loose", (), {"__annotations__": {}, "loose": field(default=1),
                                  "__module__": __name__}))
