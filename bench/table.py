"""Summary statistics and the aligned result table every bench section reports into."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0..1): a value that was actually measured."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Row:
    """One measured figure; ``verdict`` is None when the figure has no goal."""

    section: str
    figure: str
    value: str
    goal: str = ""
    verdict: bool | None = None
    note: str = ""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds >= 0.01 else f"{seconds * 1000:.3f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs"


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def render(rows: Sequence[Row]) -> str:
    headers = ("section", "figure", "value", "goal", "")
    cells = [(r.section, r.figure, r.value, r.goal,
              "" if r.verdict is None else ("PASS" if r.verdict else "MISS")) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        # values right-aligned so units line up; text columns left-aligned
        out = []
        for i, v in enumerate(values):
            out.append(v.rjust(widths[i]) if i == 2 else v.ljust(widths[i]))
        return "  ".join(out).rstrip()

    sep = "  ".join("-" * w for w in widths)
    lines = [line(headers), sep]
    previous = None
    for row, cell in zip(rows, cells, strict=True):
        shown = list(cell)
        if row.section == previous:
            shown[0] = ""
        previous = row.section
        lines.append(line(shown))
    return "\n".join(lines)
