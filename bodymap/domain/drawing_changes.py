"""What changed between two pain drawings (an earlier and a later visit), in words.

A region painful at the first visit and not at the second is *resolved*; painful only at
the second, *new*; painful at both, *eased*, *worse* or *unchanged* by its intensity.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bodymap.domain.records import record
from bodymap.i18n import Translate, untranslated


@record
class IntensityChange:
    region: str
    before: int
    after: int


@record
class DrawingChanges:
    """Regions sorted by id within each group, so the summary reads the same every time."""

    resolved: tuple[str, ...]
    new: tuple[str, ...]
    eased: tuple[IntensityChange, ...]
    worse: tuple[IntensityChange, ...]
    unchanged: tuple[str, ...]

    @property
    def changed_regions(self) -> frozenset[str]:
        """Every region whose pain appeared, went or changed strength."""
        return frozenset(self.resolved) | frozenset(self.new) | frozenset(
            c.region for c in (*self.eased, *self.worse))

    @property
    def any_change(self) -> bool:
        return bool(self.changed_regions)


def compare_drawings(first: Mapping[str, int], second: Mapping[str, int]) -> DrawingChanges:
    """Compare the drawing of an earlier visit (``first``) with a later one."""
    both = sorted(first.keys() & second.keys())
    return DrawingChanges(
        resolved=tuple(sorted(first.keys() - second.keys())),
        new=tuple(sorted(second.keys() - first.keys())),
        eased=tuple(IntensityChange(r, first[r], second[r]) for r in both
                    if second[r] < first[r]),
        worse=tuple(IntensityChange(r, first[r], second[r]) for r in both
                    if second[r] > first[r]),
        unchanged=tuple(r for r in both if second[r] == first[r]),
    )


def describe_changes(changes: DrawingChanges, label: Callable[[str], str],
                     translate: Translate = untranslated) -> list[str]:
    """One plain sentence per kind of change that occurred (``label`` names a region),
    e.g. "Resolved (1): left temple."; a single line when the drawings are identical.
    The words go through ``translate`` (context "Changes"); region names come from ``label``."""
    def names(regions: tuple[str, ...]) -> str:
        return ", ".join(label(r) for r in regions)

    def levels(items: tuple[IntensityChange, ...]) -> str:
        return ", ".join(f"{label(c.region)} {c.before} → {c.after}" for c in items)

    lines: list[str] = []
    if changes.resolved:
        lines.append(translate("Changes", "Resolved ({n}): {regions}.").format(
            n=len(changes.resolved), regions=names(changes.resolved)))
    if changes.new:
        lines.append(translate("Changes", "New ({n}): {regions}.").format(
            n=len(changes.new), regions=names(changes.new)))
    if changes.eased:
        lines.append(translate("Changes", "Eased ({n}): {regions}.").format(
            n=len(changes.eased), regions=levels(changes.eased)))
    if changes.worse:
        lines.append(translate("Changes", "Worse ({n}): {regions}.").format(
            n=len(changes.worse), regions=levels(changes.worse)))
    if changes.unchanged:
        lines.append(translate("Changes", "Unchanged ({n}): {regions}.").format(
            n=len(changes.unchanged), regions=names(changes.unchanged)))
    if not changes.any_change:
        lines.insert(0, translate(
            "Changes", "No change: the same regions hurt, as strongly, at both visits.")
            if changes.unchanged else
            translate("Changes", "Neither visit has any painful region."))
    return lines
