"""The knowledge base's index of muscles and trigger points (``KnowledgeBase``).

In a module of its own so that a start from the validated bundle (bodymap.domain.bundle),
which makes the Dataset's KnowledgeBase with its muscles left for later, need not import
bodymap.domain.knowledge (its four enums and six record classes, about 3 ms) before the
window's first paint, which shows no muscle: the muscles' classes are imported with them.
bodymap.domain.knowledge re-exports the class.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from bodymap.domain.errors import suggest

if TYPE_CHECKING:
    from bodymap.domain.knowledge import Muscle, MuscleGroup, TriggerPoint
    from bodymap.domain.regions import RegionCatalogue


class KnowledgeBase:
    """All muscles and their sided trigger points, checked against the region catalogue.

    ``KnowledgeBase.later(load, regions)`` is one whose muscles are built by ``load`` when
    first read: a start from the validated bundle (bodymap.domain.bundle) leaves the 113
    muscles (about a fifth of the bundle's decoding) until after the window's first paint,
    which shows none of them. Either way it reads the same."""

    def __init__(self, muscles: Iterable[Muscle], regions: RegionCatalogue) -> None:
        self.regions = regions
        self._load: Callable[[], Iterable[Muscle]] | None = None
        # a later one may be read first from the window's thread and the referral model's
        # worker at once (Session.prepare_in_background): it is built once, by one of them
        self._lock = threading.Lock()
        self._muscles: dict[str, Muscle] = {}
        self._trigger_points: dict[str, TriggerPoint] = {}
        self._fill(muscles)

    @classmethod
    def later(cls, load: Callable[[], Iterable[Muscle]],
              regions: RegionCatalogue) -> KnowledgeBase:
        knowledge = cls((), regions)
        knowledge._load = load
        return knowledge

    def _fill(self, muscles: Iterable[Muscle]) -> None:
        self._muscles = {m.id: m for m in sorted(muscles, key=lambda m: m.id)}
        self._trigger_points = {
            tp.id: tp for m in self._muscles.values() for tp in m.trigger_points
        }

    def _built(self) -> None:
        with self._lock:
            load = self._load
            if load is not None:
                self._fill(load())  # should it raise, the next read tries again
                self._load = None

    @property
    def muscles(self) -> dict[str, Muscle]:
        if self._load is not None:
            self._built()
        return self._muscles

    @property
    def trigger_points(self) -> dict[str, TriggerPoint]:
        if self._load is not None:
            self._built()
        return self._trigger_points

    @property
    def built(self) -> bool:
        """Whether the muscles have been built (always, but for one made by ``later``)."""
        return self._load is None

    def muscle(self, mid: str) -> Muscle:
        try:
            return self.muscles[mid]
        except KeyError:
            raise KeyError(f"unknown muscle {mid!r}.{suggest(mid, self.muscles)}") from None

    def by_group(self) -> dict[MuscleGroup, list[Muscle]]:
        from bodymap.domain.knowledge import MuscleGroup

        out: dict[MuscleGroup, list[Muscle]] = {g: [] for g in MuscleGroup}
        for m in sorted(self.muscles.values(), key=lambda m: m.name.lower()):
            out[m.group].append(m)
        return out
