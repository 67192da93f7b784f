"""The red-flag acceptance table (tests/unit/safety_table.yaml), on both sides of the body.

Each must-alert row must raise its rule at its urgency, drawn as written and mirrored; each
ordinary myofascial drawing must raise nothing on either side.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.regions import mirror_region_id

TABLE = yaml.safe_load((Path(__file__).parent / "safety_table.yaml").read_text(encoding="utf-8"))
MUST_ALERT: list[dict[str, Any]] = TABLE["must_alert"]
MUST_NOT: list[dict[str, Any]] = TABLE["must_not_alert"]


def _drawing(spec: list[str] | dict[str, str]) -> PainDrawing:
    if isinstance(spec, dict):
        return PainDrawing(dict.fromkeys(spec, 5), {r: Quality(q) for r, q in spec.items()})
    return PainDrawing.of(spec)


def _sides(row: dict[str, Any]) -> list[tuple[str, PainDrawing]]:
    drawing = _drawing(row["drawing"])
    both = [("as written", drawing)]
    if row.get("mirror", True):
        both.append(("mirrored", drawing.mirrored()))
    return both


def _row_id(row: dict[str, Any]) -> str:
    regions = row["drawing"]
    return f"{row.get('expect', 'none')}:{'+'.join(regions) or '+'.join(row.get('ticked', []))}"


def test_the_table_is_big_enough() -> None:
    assert len(MUST_ALERT) >= 40
    assert len(MUST_NOT) >= 40
    assert all(row.get("why") for row in [*MUST_ALERT, *MUST_NOT])


@pytest.mark.parametrize("row", MUST_ALERT, ids=_row_id)
def test_red_flag_drawing_alerts_on_both_sides(dataset: Dataset, row: dict[str, Any]) -> None:
    for label, drawing in _sides(row):
        alerts = dataset.safety.alerts(drawing, row.get("ticked", []))
        found = {a.id: a for a in alerts}
        assert row["expect"] in found, f"{label}: {dict(drawing)} raised {sorted(found)}"
        alert = found[row["expect"]]
        assert alert.urgency.value == row["urgency"], label
        # the alert says why: the ticked item, or regions that are really in the drawing
        assert alert.because
        assert set(alert.because) <= set(drawing) | set(row.get("ticked", [])), label


@pytest.mark.parametrize("row", MUST_NOT, ids=_row_id)
def test_ordinary_myofascial_drawing_raises_nothing(dataset: Dataset,
                                                    row: dict[str, Any]) -> None:
    for label, drawing in _sides(row):
        alerts = dataset.safety.alerts(drawing, ())
        assert alerts == (), f"{label}: {dict(drawing)} raised {[a.id for a in alerts]}"


def test_mirror_flag_is_only_for_rules_that_are_one_sided_by_nature(dataset: Dataset) -> None:
    for row in MUST_ALERT:
        if row.get("mirror", True) is False:
            mirrored = PainDrawing.of(mirror_region_id(r) for r in row["drawing"])
            assert row["expect"] not in [a.id for a in dataset.safety.alerts(mirrored, ())]
