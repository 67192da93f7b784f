"""Body regions and views: the vocabulary every other part of bodymap speaks."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

from bodymap.domain.errors import DataError, Problem, suggest
from bodymap.domain.records import record
from bodymap.domain.yamlfile import read_model


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


class View(StrEnum):
    FRONT = "front"
    BACK = "back"
    LEFT = "left"
    RIGHT = "right"
    SOLES = "soles"

    @property
    def mirror(self) -> View:
        """The view in which the mirror image of this view's content appears."""
        if self is View.LEFT:
            return View.RIGHT
        if self is View.RIGHT:
            return View.LEFT
        return self

    @property
    def label(self) -> str:
        return {
            View.FRONT: "Front",
            View.BACK: "Back",
            View.LEFT: "Left side",
            View.RIGHT: "Right side",
            View.SOLES: "Soles",
        }[self]


@record(slots=True, kw_only=True)
class Region:
    """One clickable region of the body, e.g. ``left.temple``."""

    id: str
    label: str
    side: Side
    area: str
    group: str
    #: the place without its side, for sentences that say the side once ("zona lumbar"); set
    #: by a translation (domain/place_names.py), None in English, whose label is split instead
    place: str | None = None

    @property
    def place_name(self) -> str:
        """'low back' for 'Left low back': the label without its side."""
        if self.place is not None:
            return self.place
        return self.label.split(" ", 1)[1] if " " in self.label else self.label


class RegionId(str):
    """A region id such as ``left.temple``: a side and an area, parsed once.

    It is a ``str`` (so it keys dicts, prints and serialises as the id everyone reads), but
    building one checks the form, and ``side``/``area`` replace hand-made string splitting.
    """

    __slots__ = ()

    def __new__(cls, value: str) -> RegionId:
        if isinstance(value, RegionId):
            return value
        side, dot, area = str(value).partition(".")
        if not dot or side not in _SIDES or not _AREA.fullmatch(area):
            raise ValueError(f"{value!r} is not a region id: expected 'left.<area>' or "
                             "'right.<area>' with a lowercase area name, e.g. 'left.temple'")
        return super().__new__(cls, value)

    @classmethod
    def of(cls, side: Side, area: str) -> RegionId:
        return cls(f"{side.value}.{area}")

    @property
    def side(self) -> Side:
        return Side(self.partition(".")[0])

    @property
    def area(self) -> str:
        return self.partition(".")[2]

    @property
    def mirrored(self) -> RegionId:
        """``left.x`` <-> ``right.x``."""
        return RegionId.of(self.side.other, self.area)


_SIDES = frozenset(s.value for s in Side)
_AREA = re.compile(r"[a-z][a-z0-9_]*")


def region_id(side: Side, area: str) -> RegionId:
    return RegionId.of(side, area)


def mirror_region_id(rid: str) -> RegionId:
    """``left.x`` <-> ``right.x``."""
    return RegionId(rid).mirrored


class RegionCatalogue(Mapping[str, Region]):
    """Every region, in UI order (by group, then area, left before right)."""

    def __init__(self, groups: Mapping[str, str], regions: list[Region]) -> None:
        self.groups: dict[str, str] = dict(groups)
        # the keys are RegionId instances: iterating the catalogue yields parsed ids
        self._regions: dict[str, Region] = {RegionId(r.id): r for r in regions}
        self.areas: tuple[str, ...] = tuple(dict.fromkeys(r.area for r in regions))

    def __getitem__(self, rid: str) -> Region:
        return self._regions[rid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._regions)

    def __len__(self) -> int:
        return len(self._regions)

    def __contains__(self, rid: object) -> bool:
        # (Mapping's own looks the region up and catches the KeyError: a click asks 170 times)
        return rid in self._regions

    def has_area(self, area: str) -> bool:
        return f"left.{area}" in self._regions

    def parse(self, text: str) -> RegionId:
        """The region id the user typed, checked against the catalogue.

        Raises ValueError naming the value and the nearest valid ids.
        """
        if text not in self._regions:
            raise ValueError(self.unknown_message(text))
        return RegionId(text)

    def unknown_message(self, rid: str) -> str:
        return f"unknown region id {rid!r}.{suggest(rid, self._regions)}"

    @classmethod
    def later(cls, build: Callable[[], tuple[Mapping[str, str], list[Region]]]
              ) -> RegionCatalogue:
        """A catalogue whose groups and regions ``build`` gives when it is first read (the
        validated bundle's: the first screen reads none of them). It then is a plain
        RegionCatalogue, with the same identity."""
        return _LaterCatalogue(build)


class _LaterCatalogue(RegionCatalogue):
    """``RegionCatalogue.later``: the first read builds the catalogue (once, whichever
    thread asks first) and turns this object into a plain RegionCatalogue, so that every
    later lookup costs what a built one's does."""

    def __init__(self, build: Callable[[], tuple[Mapping[str, str], list[Region]]]) -> None:
        # (not RegionCatalogue.__init__: that is what the first read calls)
        self._build = build
        self._lock = threading.Lock()

    def _built(self) -> RegionCatalogue:
        with self._lock:
            if type(self) is _LaterCatalogue:
                groups, regions = self._build()
                RegionCatalogue.__init__(self, groups, regions)
                del self._build
                self.__class__ = RegionCatalogue  # type: ignore[assignment]
        return self

    def __getattr__(self, name: str) -> Any:  # groups, areas (not there until built)
        if name.startswith("__") or name in ("_build", "_lock"):
            raise AttributeError(name)
        return getattr(self._built(), name)

    def __getitem__(self, rid: str) -> Region:
        return self._built()[rid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._built())

    def __len__(self) -> int:
        return len(self._built())

    def __contains__(self, rid: object) -> bool:
        return rid in self._built()

    def has_area(self, area: str) -> bool:
        return self._built().has_area(area)

    def parse(self, text: str) -> RegionId:
        return self._built().parse(text)

    def unknown_message(self, rid: str) -> str:
        return self._built().unknown_message(rid)


def load_regions(path: Path) -> RegionCatalogue:
    """Read data/regions.yaml. Raises DataError naming the file and field."""
    from bodymap.domain.schemas import RegionsFile

    parsed = read_model(path, RegionsFile)
    problems: list[Problem] = []
    regions: list[Region] = []
    seen: set[str] = set()
    for group, areas in parsed.areas.items():
        if group not in parsed.groups:
            problems.append(Problem(path, f"areas.{group}", "group is not listed under groups",
                                    group))
        for area, label in areas.items():
            if area in seen:
                problems.append(Problem(path, f"areas.{group}.{area}", "area listed twice", area))
                continue
            seen.add(area)
            for side in Side:
                regions.append(
                    Region(
                        id=region_id(side, area),
                        label=f"{side.value.capitalize()} {label}",
                        side=side,
                        area=area,
                        group=group,
                    )
                )
    if problems:
        raise DataError(problems)
    return RegionCatalogue(parsed.groups, regions)
