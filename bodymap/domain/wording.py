"""Plain-language sentences about a candidate, for the side panel, the CLI and handouts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bodymap.domain.referral import Explanation
from bodymap.domain.regions import Region


def region_list(ids: Iterable[str], regions: Mapping[str, Region], own: bool = True) -> str:
    """'your low back, buttock and hip' (sides are dropped when all share one side)."""
    items = [regions[r] for r in ids if r in regions]
    if not items:
        return ""
    one_side = len({r.side for r in items}) == 1
    names: list[str] = []
    for r in items:
        text = r.label.split(" ", 1)[1] if one_side else r.label[0].lower() + r.label[1:]
        if text not in names:
            names.append(text)
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    prefix = "your " if own else ""
    side = f"{items[0].side.value} " if one_side and own else ""
    return f"{prefix}{side}{joined}" if own else f"{side}{joined}"


def describe(explanation: Explanation, regions: Mapping[str, Region]) -> str:
    """One or two sentences: what the pattern explains, and what else it would cover."""
    parts: list[str] = []
    main = [*explanation.essential, *explanation.spillover, *explanation.local]
    if main:
        parts.append(f"Explains {region_list(main, regions)}")
    if explanation.adjacent:
        lead = "is close to" if main else "Close to"
        parts.append(f"{lead} {region_list(explanation.adjacent, regions)}")
    sentence = "; ".join(parts) if parts else "Does not explain this drawing"
    extra: list[str] = []
    if explanation.missing:
        also = region_list(explanation.missing, regions, own=False)
        extra.append(f"would also refer to the {also}")
    if explanation.unexplained:
        extra.append(f"does not explain {region_list(explanation.unexplained, regions)}")
    if extra:
        sentence += "; " + "; ".join(extra)
    return sentence + "."
