"""The pain drawing: which regions hurt, and how much (an immutable value)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from bodymap.domain.regions import mirror_region_id

MIN_INTENSITY = 1
MAX_INTENSITY = 10
DEFAULT_INTENSITY = 5


class PainDrawing(Mapping[str, int]):
    """Region id -> pain intensity 1-10. A region absent from the drawing does not hurt.

    Immutable and hashable: every edit returns a new drawing, which makes undo/redo and
    "did anything change?" checks trivial.
    """

    __slots__ = ("_hash", "_items")

    def __init__(self, items: Mapping[str, int] | Iterable[tuple[str, int]] = ()) -> None:
        pairs = dict(items)
        for rid, value in pairs.items():
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"intensity for {rid!r} must be a whole number, got {value!r}")
            if not MIN_INTENSITY <= value <= MAX_INTENSITY:
                raise ValueError(
                    f"intensity for {rid!r} must be {MIN_INTENSITY}-{MAX_INTENSITY}, got {value}"
                )
        self._items: dict[str, int] = dict(sorted(pairs.items()))
        self._hash = hash(tuple(self._items.items()))

    @classmethod
    def of(cls, regions: Iterable[str], intensity: int = DEFAULT_INTENSITY) -> PainDrawing:
        return cls({r: intensity for r in regions})

    def __getitem__(self, rid: str) -> int:
        return self._items[rid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PainDrawing):
            return self._items == other._items
        return NotImplemented

    def __repr__(self) -> str:
        return f"PainDrawing({self._items!r})"

    def with_region(self, rid: str, intensity: int = DEFAULT_INTENSITY) -> PainDrawing:
        return PainDrawing({**self._items, rid: intensity})

    def without(self, rid: str) -> PainDrawing:
        return PainDrawing({k: v for k, v in self._items.items() if k != rid})

    def toggled(self, rid: str, intensity: int = DEFAULT_INTENSITY) -> PainDrawing:
        return self.without(rid) if rid in self else self.with_region(rid, intensity)

    def adjusted(self, rid: str, delta: int) -> PainDrawing:
        """Change one region's intensity by ``delta``, clamped to the valid range."""
        if rid not in self._items:
            return self
        value = max(MIN_INTENSITY, min(MAX_INTENSITY, self._items[rid] + delta))
        return self.with_region(rid, value)

    def mirrored(self) -> PainDrawing:
        """The same drawing on the other side of the body."""
        return PainDrawing({mirror_region_id(k): v for k, v in self._items.items()})

    def as_dict(self) -> dict[str, int]:
        return dict(self._items)
