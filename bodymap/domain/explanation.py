"""Why a hypothesis scored as it did, in region ids (shared by the point and muscle rankings)."""

from __future__ import annotations

from bodymap.domain.records import record


@record
class Explanation:
    """Why a candidate scored as it did, in region ids."""

    essential: tuple[str, ...]      # painful regions inside the essential zone
    spillover: tuple[str, ...]      # painful regions inside the spillover zone
    local: tuple[str, ...]          # the painful region the trigger point itself lies in
    adjacent: tuple[str, ...]       # painful regions bordering the pattern
    unexplained: tuple[str, ...]    # painful regions the pattern does not reach
    missing: tuple[str, ...]        # essential-zone regions not marked painful

    @property
    def explained(self) -> tuple[str, ...]:
        """The painful regions inside the pattern (essential, spillover or local), sorted."""
        return tuple(sorted((*self.essential, *self.spillover, *self.local)))
