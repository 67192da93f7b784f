"""Writes visits to a bodymap database in a loop, for the crash and concurrency tests.

    python store_writer.py DB TAG COUNT     (COUNT 0: until killed)

Prints ``client ID`` once, then ``VISIT_ID N`` after each commit of visit number N,
flushing each line: a line on stdout means that visit is committed.
"""

from __future__ import annotations

import datetime as dt
import sys

from bodymap.store import Store, VisitDraft

REGIONS = ("left.low_back", "right.low_back", "left.buttock", "right.gluteal", "left.calf")
POINTS = ("quadratus_lumborum.tp1.left", "gluteus_medius.tp2.right", "soleus.tp1.left")


def visit_for(tag: str, n: int) -> VisitDraft:
    """The visit number ``n`` of writer ``tag``: its content is a function of both."""
    drawing = {REGIONS[(n + k) % len(REGIONS)]: (n + k) % 10 + 1 for k in range(n % 4 + 1)}
    # every 4th visit carries a long note, so its commit spans ten pages of the journal
    filler = "x" * (40_000 if n % 4 == 0 else n % 50)
    return VisitDraft(
        date=dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
        drawing=drawing,
        pain_before=n % 11,
        pain_after=None if n % 3 == 0 else (n * 7) % 11,
        treated=POINTS[: n % (len(POINTS) + 1)],
        notes=f"{tag} visit {n} {filler}",
    )


def main(argv: list[str]) -> int:
    path, tag, count = argv[1], argv[2], int(argv[3])
    with Store.open(path) as store:
        client = store.add_client(f"writer {tag}")
        print(f"client {client.id}", flush=True)
        n = 0
        while count == 0 or n < count:
            visit = store.add_visit(client.id, visit_for(tag, n))
            print(f"{visit.id} {n}", flush=True)
            n += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
