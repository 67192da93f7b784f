"""Import a client export in a separate process, so a large file never freezes the window.

A worker *thread* is not enough: json and pydantic parse a whole file in one call that holds
Python's global lock, so the window stalled for most of a 6 MB import (and would for tens of
seconds at the 50 MB limit) even with the work off the GUI thread. The child process opens
its own connection to the database (one transaction, as always) and reports back one line
of JSON.

    python -m bodymap.store.import_job DATABASE SOURCE   (known ids as JSON on stdin)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bodymap.i18n import Translate, untranslated
from bodymap.store.database import Store
from bodymap.store.errors import StoreError
from bodymap.store.transfer import import_client_json

__all__ = ["ImportOutcome", "import_in_child", "main"]

# Far beyond the time to check and write a 50 MB export; a child that takes longer is stuck.
TIMEOUT_S = 600.0


class ImportOutcome:
    """What the child reported: the new client's id, or the message saying why not (and,
    for a store's refusal, the error itself, to be worded in the user's language)."""

    def __init__(self, client_id: int | None, error: str = "",
                 store_error: StoreError | None = None) -> None:
        self.client_id = client_id
        self.error = error
        self.store_error = store_error

    def message(self, translate: Translate = untranslated) -> str:
        """Why nothing was imported, in the language of ``translate`` where the store said
        it (a failure to run the child is reported in English)."""
        return self.store_error.message(translate) if self.store_error is not None \
            else self.error


def import_in_child(database: Path, source: Path, regions: frozenset[str],
                    points: frozenset[str]) -> ImportOutcome:
    """Run the import in a child process and wait for it (call from a worker thread)."""
    package_root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(p for p in (package_root,
                                                     os.environ.get("PYTHONPATH", "")) if p)}
    known = json.dumps({"regions": sorted(regions), "points": sorted(points)})
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bodymap.store.import_job", os.fsencode(database),
             os.fsencode(source)],
            input=known.encode("utf-8"), capture_output=True, timeout=TIMEOUT_S, env=env,
            check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return ImportOutcome(None, f"{source}: the import could not run ({exc}). Nothing "
                             "was imported.")
    try:
        report = json.loads(done.stdout.decode("utf-8").strip().splitlines()[-1])
        client_id = report.get("client_id")
        refusal = report.get("report")
        return ImportOutcome(client_id if isinstance(client_id, int) else None,
                             str(report.get("error", "")),
                             StoreError.from_report(refusal) if isinstance(refusal, dict)
                             else None)
    except (ValueError, IndexError, AttributeError):
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        return ImportOutcome(None, f"{source}: the import stopped unexpectedly "
                             f"({tail[0]}). Nothing was imported.")


def main(argv: list[str]) -> int:
    database, source = Path(argv[1]), Path(argv[2])
    known = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    try:
        with Store.open(database) as store:
            client = import_client_json(store, source, known["regions"], known["points"])
    except StoreError as exc:
        print(json.dumps({"error": str(exc), "report": exc.report()}))
        return 1
    except ValueError as exc:  # a name the store refuses
        print(json.dumps({"error": f"{source}: not imported: {exc}"}))
        return 1
    print(json.dumps({"client_id": client.id}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
