"""The pain drawing: which regions hurt, how much, and how it feels (an immutable value)."""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Mapping
from enum import StrEnum

from bodymap.domain.regions import mirror_region_id

MIN_INTENSITY = 1
MAX_INTENSITY = 10
DEFAULT_INTENSITY = 5


def intensity_label(level: int) -> str:
    """'7/10': how every screen and printout writes a pain level."""
    return f"{level}/{MAX_INTENSITY}"


class Quality(StrEnum):
    """How a painful region feels, as clinicians' pain drawings record it.

    Aching is the default and is not stored; the others are the qualities that point
    towards a nerve rather than a muscle when they run in a strip down a limb.
    """

    ACHE = "ache"
    BURN = "burn"
    PINS = "pins"
    NUMB = "numb"

    @property
    def label(self) -> str:
        return _QUALITY_LABELS[self]

    @property
    def neural(self) -> bool:
        """Pins-and-needles and numbness are the qualities a nerve, not a muscle, causes."""
        return self in (Quality.PINS, Quality.NUMB)


_QUALITY_LABELS = {
    Quality.ACHE: "aching",
    Quality.BURN: "burning",
    Quality.PINS: "pins and needles",
    Quality.NUMB: "numbness",
}


class PainDrawing(Mapping[str, int]):
    """Region id -> pain intensity 1-10, plus a quality per region (aching by default).

    A region absent from the drawing does not hurt. Immutable and hashable: every edit
    returns a new drawing, which makes undo/redo and "did anything change?" checks trivial.
    """

    __slots__ = ("_hash", "_items", "_qualities")

    def __init__(self, items: Mapping[str, int] | Iterable[tuple[str, int]] = (),
                 qualities: Mapping[str, Quality | str] | None = None) -> None:
        pairs = dict(items)
        for rid, value in pairs.items():
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"intensity for {rid!r} must be a whole number, got {value!r}")
            if not MIN_INTENSITY <= value <= MAX_INTENSITY:
                raise ValueError(
                    f"intensity for {rid!r} must be {MIN_INTENSITY}-{MAX_INTENSITY}, got {value}"
                )
        quals: dict[str, Quality] = {}
        for rid, q in (qualities or {}).items():
            if rid not in pairs:
                raise ValueError(f"quality given for {rid!r}, which is not in the drawing")
            try:
                quality = Quality(q)
            except ValueError:
                names = ", ".join(x.value for x in Quality)
                raise ValueError(f"quality for {rid!r} must be one of {names}, "
                                 f"got {q!r}") from None
            if quality is not Quality.ACHE:
                quals[rid] = quality
        self._items: dict[str, int] = dict(sorted(pairs.items()))
        self._qualities: dict[str, Quality] = dict(sorted(quals.items()))
        self._hash = hash((tuple(self._items.items()), tuple(self._qualities.items())))

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
            return self._items == other._items and self._qualities == other._qualities
        return NotImplemented

    def __repr__(self) -> str:
        if self._qualities:
            return f"PainDrawing({self._items!r}, qualities={self._qualities!r})"
        return f"PainDrawing({self._items!r})"

    # ------------------------------------------------------------------ qualities
    def quality(self, rid: str) -> Quality:
        """How the region feels; aching for an unmarked region too."""
        return self._qualities.get(rid, Quality.ACHE)

    @property
    def qualities(self) -> Mapping[str, Quality]:
        """Only the regions whose quality is not the default (aching)."""
        return dict(self._qualities)

    def with_quality(self, rid: str, quality: Quality) -> PainDrawing:
        """The region marked with this quality (marked at the default intensity if new)."""
        items = {**self._items, rid: self._items.get(rid, DEFAULT_INTENSITY)}
        return PainDrawing(items, {**self._qualities, rid: quality})

    # ------------------------------------------------------------------ edits
    def with_region(self, rid: str, intensity: int = DEFAULT_INTENSITY) -> PainDrawing:
        return PainDrawing({**self._items, rid: intensity}, self._qualities)

    def without(self, rid: str) -> PainDrawing:
        return PainDrawing({k: v for k, v in self._items.items() if k != rid},
                           {k: q for k, q in self._qualities.items() if k != rid})

    def restricted_to(self, regions: Container[str]) -> PainDrawing:
        """Only the marks on ``regions``, with their qualities."""
        return PainDrawing({k: v for k, v in self._items.items() if k in regions},
                           {k: q for k, q in self._qualities.items() if k in regions})

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
        items: dict[str, int] = {mirror_region_id(k): v for k, v in self._items.items()}
        quals: dict[str, Quality] = {mirror_region_id(k): q for k, q in self._qualities.items()}
        return PainDrawing(items, quals)

    def as_dict(self) -> dict[str, int]:
        """Intensities only (region id -> 1-10); see ``qualities`` for how each feels."""
        return dict(self._items)
