"""The `bodymap` command: no arguments opens the window; subcommands serve scripts.

The scripting subcommands (regions, muscles, query, validate) never import Qt, so they
start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from bodymap import __version__
from bodymap.domain.errors import DataError, suggest

if TYPE_CHECKING:
    from bodymap.domain.dataset import Dataset

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A wrong argument: reported in one line with a hint, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bodymap",
        description="Explore myofascial trigger points and their referral patterns. "
        "Without a command, opens the body map window.",
        epilog="Health information, not diagnosis: see a clinician for red-flag symptoms.",
    )
    parser.add_argument("--version", action="version", version=f"bodymap {__version__}")
    parser.add_argument("--data", type=Path, metavar="DIR",
                        help="use the data folder DIR instead of the shipped one")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="client records database (default: $BODYMAP_DB, else the "
                        "user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("regions", help="list the body regions")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("muscles", help="list the muscles and their trigger points")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("query", help="rank the trigger points that explain a pain drawing")
    p.add_argument("--regions", required=True, metavar="ID[,ID...]",
                   help="painful regions, e.g. left.low_back,left.buttock")
    p.add_argument("--intensity", action="append", default=[], metavar="ID=N",
                   help="pain intensity 1-10 of a region (default 5); repeatable")
    p.add_argument("--top", type=int, default=10, metavar="K", help="how many (default 10)")
    p.add_argument("--by-muscle", action="store_true",
                   help="one line per muscle (its best trigger point)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("validate", help="check the data files and report every problem")
    p.add_argument("--data", type=Path, metavar="DIR", dest="validate_data",
                   help="the data folder to check (default: the shipped one)")

    p = sub.add_parser("screenshot", help="render the main window to a PNG (no display needed)")
    p.add_argument("out", type=Path, metavar="OUT.png")
    p.add_argument("--view", default=None, metavar="V",
                   help="front-back (default), sides, soles, or one of front/back/left/right")
    p.add_argument("--select", default="", metavar="IDs",
                   help="painful regions to draw, comma separated (ID or ID=N)")
    p.add_argument("--muscle", default=None, metavar="ID",
                   help="show this muscle's referral pattern")
    p.add_argument("--size", default="1400x900", metavar="WxH", help="window size in pixels")
    p = sub.add_parser("handout", help="write a client handout PDF for one or more muscles")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--muscle", action="append", required=True, metavar="ID",
                   help="muscle to explain (repeatable, or comma separated)")
    p.add_argument("--select", default="", metavar="IDs",
                   help="the client's painful regions, comma separated (ID or ID=N)")
    p.add_argument("--client", default="", metavar="NAME", help="client name for the header")
    p.add_argument("--notes", default="", metavar="TEXT", help="therapist's notes")
    return parser


def _dirs(args: argparse.Namespace) -> tuple[Path, Path]:
    from bodymap import resources

    data = getattr(args, "validate_data", None) or args.data or resources.data_dir()
    if not Path(data).is_dir():
        raise UsageError(f"data folder not found: {data}")
    return Path(data), resources.assets_dir()


def _load(args: argparse.Namespace) -> Dataset:
    from bodymap.domain.dataset import load_dataset

    data, assets = _dirs(args)
    return load_dataset(data, assets)


def _cmd_regions(args: argparse.Namespace) -> int:
    ds = _load(args)
    rows = [
        {"id": r.id, "label": r.label, "side": r.side.value, "area": r.area, "group": r.group,
         "views": [v.value for v in ds.atlas.views_of(r.id)]}
        for r in ds.regions.values()
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for row in rows:
            print(f"{row['id']:<34} {row['label']:<40} {','.join(row['views'])}")
    return EXIT_OK


def _cmd_muscles(args: argparse.Namespace) -> int:
    ds = _load(args)
    rows = [
        {"id": m.id, "name": m.name, "aliases": list(m.aliases), "group": m.group.value,
         "trigger_points": [
             {"id": tp.id, "region": tp.region, "essential": sorted(tp.essential),
              "spillover": sorted(tp.spillover)}
             for tp in m.trigger_points
         ]}
        for m in ds.knowledge.muscles.values()
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for row in rows:
            n = len(row["trigger_points"]) // 2
            print(f"{row['id']:<34} {row['name']:<36} {n} trigger point(s)")
    return EXIT_OK


def parse_drawing(regions_arg: str, intensities: Sequence[str],
                  known: Sequence[str]) -> dict[str, int]:
    """``a,b`` plus ``a=7`` -> {a: 7, b: 5}; unknown ids and bad numbers are UsageErrors."""
    from bodymap.domain.drawing import DEFAULT_INTENSITY

    drawing: dict[str, int] = {}

    def check(rid: str) -> str:
        rid = rid.strip()
        if rid not in known:
            raise UsageError(f"unknown region {rid!r}.{suggest(rid, known)} "
                             "(`bodymap regions` lists them)")
        return rid

    for part in regions_arg.split(","):
        if part.strip():
            rid, _, value = part.partition("=")
            drawing[check(rid)] = _intensity(value, rid) if value else DEFAULT_INTENSITY
    for item in intensities:
        rid, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"--intensity takes ID=N, got {item!r}")
        drawing[check(rid)] = _intensity(value, rid)
    if not drawing:
        raise UsageError("no regions given")
    return drawing


def _intensity(value: str, rid: str) -> int:
    from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY

    try:
        n = int(value)
    except ValueError:
        raise UsageError(f"intensity of {rid.strip()} must be a whole number "
                         f"{MIN_INTENSITY}-{MAX_INTENSITY}, got {value!r}") from None
    if not MIN_INTENSITY <= n <= MAX_INTENSITY:
        raise UsageError(f"intensity of {rid.strip()} must be {MIN_INTENSITY}-{MAX_INTENSITY}, "
                         f"got {n}")
    return n


def _cmd_query(args: argparse.Namespace) -> int:
    from bodymap.domain.drawing import PainDrawing

    if args.top < 1:
        raise UsageError(f"--top must be at least 1, got {args.top}")
    ds = _load(args)
    drawing = PainDrawing(parse_drawing(args.regions, args.intensity, list(ds.regions)))
    ranking = ds.referral_model().rank(drawing)
    chosen = ranking.by_muscle() if args.by_muscle else ranking.candidates
    chosen = chosen[: args.top]
    if args.json:
        out = {
            "drawing": drawing.as_dict(),
            "candidates": [
                {
                    "muscle": c.muscle,
                    "muscle_name": ds.knowledge.muscles[c.muscle].name,
                    "trigger_point": c.trigger_point.id,
                    "trigger_point_name": c.trigger_point.name,
                    "side": c.trigger_point.side.value,
                    "score": round(c.score, 6),
                    "coverage": round(c.coverage, 6),
                    "specificity": round(c.specificity, 6),
                    "essential": sorted(c.trigger_point.essential),
                    "spillover": sorted(c.trigger_point.spillover),
                    "explanation": {
                        "essential": list(c.explanation.essential),
                        "spillover": list(c.explanation.spillover),
                        "local": list(c.explanation.local),
                        "adjacent": list(c.explanation.adjacent),
                        "unexplained": list(c.explanation.unexplained),
                        "missing": list(c.explanation.missing),
                    },
                }
                for c in chosen
            ],
            "combinations": [
                {"trigger_points": [t.id for t in cb.trigger_points],
                 "muscles": [t.muscle for t in cb.trigger_points],
                 "score": round(cb.score, 6), "coverage": round(cb.coverage, 6)}
                for cb in ranking.combinations
            ],
        }
        print(json.dumps(out, indent=2))
        return EXIT_OK
    from bodymap.domain.wording import describe

    if not chosen:
        print("No trigger point in the knowledge base refers pain to these regions.")
    for n, c in enumerate(chosen, 1):
        m = ds.knowledge.muscles[c.muscle]
        print(f"{n:>2}. {c.score:5.2f}  {m.name} — {c.trigger_point.name} "
              f"({c.trigger_point.side.value})")
        print(f"           {describe(c.explanation, ds.regions)}")
    for cb in ranking.combinations[:3]:
        names = " + ".join(
            f"{ds.knowledge.muscles[t.muscle].name} ({t.side.value})" for t in cb.trigger_points
        )
        print(f"Together: {names}  {cb.score:5.2f}")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from bodymap.domain.dataset import load_dataset

    data, assets = _dirs(args)
    ds = None
    try:
        ds = load_dataset(data, assets)
    except DataError as exc:
        from bodymap.domain.errors import unlisted_line

        for problem in exc.problems:
            print(problem, file=sys.stderr)
        if exc.unlisted:
            print(unlisted_line(exc.unlisted), file=sys.stderr)
        print(f"{exc.total} problem(s) found in {data}", file=sys.stderr)
        return EXIT_DATA
    assert ds is not None
    n_tp = len(ds.knowledge.trigger_points) // 2
    print(f"OK: {len(ds.regions)} regions in {len(ds.atlas.views)} views, "
          f"{len(ds.knowledge.muscles)} muscles, {n_tp} trigger points (x2 sides), "
          f"{sum(len(v) for v in ds.atlas.adjacency.values()) // 2} region borders")
    return EXIT_OK


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from bodymap.gui.screenshot import take_screenshot

    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size takes WIDTHxHEIGHT, e.g. 1400x900; got {args.size!r}") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise UsageError(f"--size must be between 200 and 8000 pixels each way, got {w}x{h}")
    if args.out.suffix.lower() != ".png":
        raise UsageError(f"the output must be a .png file, got {str(args.out)!r}")
    _check_writable(args.out)
    from bodymap.gui.layouts import Layout

    views = [layout.value for layout in Layout]
    if args.view is not None and args.view not in views:
        raise UsageError(f"unknown view {args.view!r}.{suggest(args.view, views)} "
                         f"(one of {', '.join(views)})")
    ds = _load(args)
    drawing = parse_drawing(args.select, [], list(ds.regions)) if args.select.strip() else {}
    if args.muscle is not None and args.muscle not in ds.knowledge.muscles:
        raise UsageError(f"unknown muscle {args.muscle!r}."
                         f"{suggest(args.muscle, ds.knowledge.muscles)}")
    return _private_screenshot(args.out, lambda out: take_screenshot(
        ds, out, view=args.view, drawing=drawing, muscle=args.muscle, size=(w, h)))


def _private_screenshot(out: Path, render: Callable[[Path], int]) -> int:
    """Render into a private temporary folder, then write ``out`` owner-only under its
    exact name (a screenshot shows a client's drawing; Qt cannot write a file name that
    is not UTF-8)."""
    import contextlib
    import io
    import tempfile

    from bodymap.report.output import shown_path, write_private_bytes

    with tempfile.TemporaryDirectory(prefix="bodymap-") as tmp:  # created 0700
        rendered = Path(tmp) / "screenshot.png"
        with contextlib.redirect_stdout(io.StringIO()):  # it would name the temporary file
            status = render(rendered)
        write_private_bytes(out, rendered.read_bytes())
    print(f"wrote {shown_path(out)}")
    return status


def _cmd_handout(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise UsageError(f"the output must be a .pdf file, got {str(args.out)!r}")
    _check_writable(args.out)
    ds = _load(args)
    muscles = [m.strip() for item in args.muscle for m in item.split(",") if m.strip()]
    for mid in muscles:
        if mid not in ds.knowledge.muscles:
            raise UsageError(f"unknown muscle {mid!r}.{suggest(mid, ds.knowledge.muscles)} "
                             "(`bodymap muscles` lists them)")
    drawing = parse_drawing(args.select, [], list(ds.regions)) if args.select.strip() else {}
    from bodymap.gui.offscreen import ensure_platform, quiet_offscreen_noise

    ensure_platform()
    quiet_offscreen_noise()
    from bodymap.gui.app import application
    from bodymap.report.handout import write_handout

    application()
    from bodymap.report.output import shown_path

    write_handout(args.out, ds, muscles, drawing, client=args.client, notes=args.notes)
    print(f"wrote {shown_path(args.out)}")
    return EXIT_OK


def _check_writable(out: Path) -> None:
    folder = out.parent.resolve()
    if not folder.is_dir():
        raise UsageError(f"cannot write {out}: folder {out.parent} does not exist")
    if out.is_dir():
        raise UsageError(f"cannot write {out}: it is a folder")
    import os

    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise UsageError(f"cannot write {out}: permission denied")


def _run_gui(args: argparse.Namespace) -> int:
    from bodymap.store import default_db_path

    db = args.db or default_db_path()
    if db.is_dir():
        raise UsageError(f"--db must be a database file, not the folder {db}")
    from bodymap.gui.offscreen import display_problem

    problem = display_problem()
    if problem:
        print(f"bodymap: cannot open the window: {problem}", file=sys.stderr)
        return EXIT_DATA
    from bodymap.gui.app import run

    return run(_load(args), db)


_COMMANDS = {
    "regions": _cmd_regions,
    "muscles": _cmd_muscles,
    "query": _cmd_query,
    "validate": _cmd_validate,
    "screenshot": _cmd_screenshot,
    "handout": _cmd_handout,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    handler = _COMMANDS.get(args.command) if args.command else _run_gui
    assert handler is not None
    try:
        return handler(args)
    except UsageError as exc:
        print(f"bodymap: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DataError as exc:
        print(f"bodymap: the data could not be loaded:\n{exc}", file=sys.stderr)
        print("Fix the file(s) named above (or reinstall bodymap), then try again.",
              file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        print(f"bodymap: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return EXIT_DATA
