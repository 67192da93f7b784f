"""The `bodymap` command: no arguments opens the window; subcommands serve scripts.

The scripting subcommands (regions, muscles, query, validate) never import Qt, so they
start fast and run on machines without a display.

Their text output is English unless ``--lang`` asks for another language (then only QtCore
is loaded, to read the catalogue; see bodymap.i18n.catalogue): scripted output does not
depend on the user's settings. JSON output, the help (argparse's) and the error messages,
which quote option names, stay English in every language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from bodymap import __version__, collector
from bodymap.domain.errors import DataError, suggest
from bodymap.domain.figures import Figure
from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from bodymap.logs import log, log_start, setup_logging

if TYPE_CHECKING:
    from bodymap.domain.dataset import Dataset
    from bodymap.domain.drawing import PainDrawing, Quality
    from bodymap.domain.explanation import Explanation
    from bodymap.domain.hypotheses import Hypothesis
    from bodymap.domain.safety import Alert

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2

# How urgent a red flag is, as `query` and `red-flags` print it (context "Cli")
_URGENCY_WORDS = {
    #: how urgent a red flag is: call for help now
    "emergency": QT_TRANSLATE_NOOP("Cli", "emergency"),
    #: how urgent a red flag is: see a clinician today
    "urgent": QT_TRANSLATE_NOOP("Cli", "urgent"),
    #: how urgent a red flag is: see a clinician in the coming days
    "soon": QT_TRANSLATE_NOOP("Cli", "soon"),
}


class UsageError(Exception):
    """A wrong argument: reported in one line with a hint, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


#: the window's options that take a value, and their types (see ``_parse``)
_WINDOW_VALUES: dict[str, Callable[[str], object]] = {"--data": Path, "--db": Path,
                                                       "--lang": str}


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line. The usual start, the window with its options written out in full
    (``--db PATH``, ``--lang=es``, ``-v``), is read here directly: argparse spent about 5 ms
    of every start building the parser of seven commands, 3.5 of them for the top-level
    options alone (its messages are looked up through gettext, call by call). Anything else
    (a command, help, --version, an abbreviation, a missing value, an unknown option) goes
    to argparse, so every message and result is its own; a test compares the two."""
    given = list(sys.argv[1:] if argv is None else argv)
    values: dict[str, object] = {"data": None, "db": None, "lang": None, "verbose": False,
                                 "command": None}
    i = 0
    while i < len(given):
        arg = given[i]
        name, equals, value = arg.partition("=")
        if arg in ("-v", "--verbose"):
            values["verbose"] = True
        elif name in _WINDOW_VALUES and (equals or i + 1 < len(given)):
            if not equals:
                i += 1
                value = given[i]
                if value.startswith("-"):  # argparse reads that as a missing value
                    return _build_parser().parse_args(given)
            values[name[2:]] = _WINDOW_VALUES[name](value)
        else:
            return _build_parser().parse_args(given)
        i += 1
    return argparse.Namespace(**values)


def _add_top_options(parser: _Parser) -> _Parser:
    # (the options of the window that _parse reads itself: keep the two in step)
    parser.add_argument("--version", action="version", version=f"bodymap {__version__}")
    parser.add_argument("--data", type=Path, metavar="DIR",
                        help="use the data folder DIR instead of the shipped one")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="client records database (default: $BODYMAP_DB, else the "
                        "user data folder)")
    parser.add_argument("--lang", metavar="CODE",
                        help="user interface language, e.g. es or en (default: the one "
                        "chosen in Help > Language, else the system's)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also print the log on stderr (the log file is always written)")
    return parser


def _build_parser() -> argparse.ArgumentParser:
    parser = _add_top_options(_Parser(
        prog="bodymap",
        description="Explore myofascial trigger points and their referral patterns. "
        "Without a command, opens the body map window.",
        epilog="Health information, not diagnosis: see a clinician for red-flag symptoms.",
    ))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("regions", help="list the body regions")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("muscles", help="list the muscles and their trigger points")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--search", metavar="TEXT",
                   help="rank muscles and body places for TEXT as the window's search does: "
                   "a muscle name or alias (QL), a place (temple) or a complaint (headache)")

    p = sub.add_parser("query", help="rank the trigger points that explain a pain drawing")
    p.add_argument("--regions", required=True, metavar="ID[,ID...]",
                   help="painful regions, e.g. left.low_back,left.buttock; each may carry "
                   "an intensity and a pain quality: left.calf_upper=6:numb "
                   "(qualities: ache, burn, pins, numb)")
    p.add_argument("--intensity", action="append", default=[], metavar="ID=N[:Q]",
                   help="pain intensity 1-10 of a region (default 5), optionally with its "
                   "quality; repeatable")
    p.add_argument("--symptom", action="append", default=[], metavar="ID",
                   help="tick a red-flag checklist item (repeatable; `bodymap red-flags` "
                   "lists them)")
    p.add_argument("--top", type=int, default=10, metavar="K", help="how many (default 10)")
    p.add_argument("--quality", action="append", default=[], metavar="ID=Q",
                   help="how a region feels: ache (default), burn, pins (pins and needles) or "
                   "numb; repeatable")
    p.add_argument("--by-muscle", action="store_true",
                   help="candidates: one per muscle (its best trigger point)")
    p.add_argument("--points", action="store_true",
                   help="text output: list single trigger points instead of hypotheses")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("red-flags", help="list the red-flag checklist, drawing rules and "
                       "self-treatment gates, with urgency and source")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("validate", help="check the data files and report every problem")
    p.add_argument("--data", type=Path, metavar="DIR", dest="validate_data",
                   help="the data folder to check (default: the shipped one)")

    p = sub.add_parser("screenshot", help="render the main window to a PNG (no display needed)")
    p.add_argument("out", type=Path, metavar="OUT.png")
    p.add_argument("--view", default=None, metavar="V",
                   help="front-back (default), sides, soles, front, back, left, right, or a "
                        "close-up: head, hands, feet")
    p.add_argument("--select", default="", metavar="IDs",
                   help="painful regions to draw, comma separated (ID or ID=N)")
    p.add_argument("--muscle", default=None, metavar="NAME",
                   help="show this muscle's referral pattern (id, name or alias, e.g. QL)")
    p.add_argument("--size", default="1400x900", metavar="WxH", help="window size in pixels")
    _figure_option(p)
    p = sub.add_parser("handout", help="write a client handout PDF for one or more muscles")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--muscle", action="append", required=True, metavar="NAME",
                   help="muscle to explain: id, name or alias (repeatable, or comma separated)")
    p.add_argument("--select", default="", metavar="IDs",
                   help="the client's painful regions, comma separated (ID or ID=N)")
    p.add_argument("--client", default="", metavar="NAME", help="client name for the header")
    p.add_argument("--notes", default="", metavar="TEXT", help="therapist's notes")
    p.add_argument("--symptom", action="append", default=[], metavar="ID",
                   help="a red-flag checklist item the client has: the first page then says "
                   "to see a clinician first, and why (repeatable or comma separated; "
                   "`bodymap red-flags` lists them)")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4",
                   help="paper size: a4 (default) or letter (US Letter)")
    _figure_option(p)
    return parser


#: the body figures, as `--figure` spells them
FIGURES = tuple(figure.value for figure in Figure)


def _figure_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--figure", choices=FIGURES, default="male",
                   help="the body figure to draw on: male (default) or female")


def _figure(args: argparse.Namespace, ds: Dataset) -> Figure:
    """--figure, checked against the figures the dataset has: a missing one names its folder."""
    from bodymap import resources
    from bodymap.domain.figures import figure_folder

    figure = Figure(args.figure)
    if figure not in ds.figures:
        raise UsageError(f"--figure {figure.value}: the {figure.value} figure is not installed "
                         f"(no folder {figure_folder(resources.assets_dir(), figure)}); "
                         "reinstall bodymap, or use --figure male")
    return figure


def _dirs(args: argparse.Namespace) -> tuple[Path, Path]:
    from bodymap import resources

    data = getattr(args, "validate_data", None) or args.data or resources.data_dir()
    if not Path(data).is_dir():
        raise UsageError(f"data folder not found: {data}")
    return Path(data), resources.assets_dir()


def _load(args: argparse.Namespace,
          write_later: Callable[[Callable[[], None]], None] | None = None) -> Dataset:
    """The dataset, from the validated bundle when the data and the checking code are
    unchanged since it was written (see bodymap.domain.bundle); `validate` never uses it.
    ``write_later``: see ``load_dataset_cached``."""
    from bodymap.domain.bundle import load_dataset_cached

    data, assets = _dirs(args)
    dataset = load_dataset_cached(data, assets, write_later=write_later)
    language = _language(args)
    if language is None or getattr(args, "json", False):
        # --json output is for scripts: English place names whatever --lang says
        return dataset
    from bodymap.domain.place_names import localize

    # the region labels and nerve names of data/i18n/<lang>/ in the text output (and the
    # handout); the ids the user types stay the same
    return localize(dataset, language)


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
    from bodymap.domain.regions import Side

    translate = _text_language(args)
    ds = _load(args)
    if args.search is not None:
        return _print_search(ds, args.search, args.json, translate)
    atlas = ds.atlas
    rows = [
        {"id": m.id, "name": m.name, "aliases": list(m.aliases), "group": m.group.value,
         # The muscle's LEFT-side outline per view, as SVG path data in that view's viewBox.
         "outline": {
             view.value: shape.d
             for view, av in atlas.views.items()
             if (shape := av.muscle(m.id, Side.LEFT)) is not None
         },
         "trigger_points": [
             {"id": tp.id, "region": tp.region, "essential": sorted(tp.essential),
              "spillover": sorted(tp.spillover),
              # Where the X goes in each view showing the point's region (its own side).
              "markers": {view.value: [round(x, 2), round(y, 2)] for view, (x, y)
                          in atlas.marker_positions(tp.region, tp.markers).items()}}
             for tp in m.trigger_points
         ]}
        for m in ds.knowledge.muscles.values()
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for row in rows:
            n = len(row["trigger_points"]) // 2
            count = translate("Cli", "{n} trigger point(s)").format(n=n)
            print(f"{row['id']:<34} {row['name']:<36} {count}")
    return EXIT_OK


def parse_drawing(regions_arg: str, intensities: Sequence[str],
                  known: Sequence[str]) -> dict[str, int]:
    """``a,b`` plus ``a=7`` -> {a: 7, b: 5}; unknown ids and bad numbers are UsageErrors.

    Intensities only; ``parse_pain_drawing`` keeps the pain qualities as well.
    """
    return parse_pain_drawing(regions_arg, intensities, known).as_dict()


def parse_pain_drawing(regions_arg: str, intensities: Sequence[str],
                       known: Sequence[str]) -> PainDrawing:
    """``a,b:numb`` plus ``a=7`` -> a at 7, b at 5 and numb. Each item is ``ID[=N][:Q]``.

    Unknown ids, bad numbers and unknown qualities are UsageErrors naming the value.
    """
    from bodymap.domain.drawing import DEFAULT_INTENSITY, PainDrawing

    drawing: dict[str, int] = {}
    qualities: dict[str, Quality] = {}

    def check(rid: str) -> str:
        rid = rid.strip()
        if rid not in known:
            raise UsageError(f"unknown region {rid!r}.{suggest(rid, known)} "
                             "(`bodymap regions` lists them)")
        return rid

    def add(item: str, need_intensity: bool) -> None:
        body, colon, feel = item.partition(":")
        rid, sep, value = body.partition("=")
        if need_intensity and not sep:
            raise UsageError(f"--intensity takes ID=N or ID=N:QUALITY, got {item!r}")
        rid = check(rid)
        drawing[rid] = _intensity(value, rid) if sep else drawing.get(rid, DEFAULT_INTENSITY)
        if colon:
            qualities[rid] = _quality(feel, rid)

    for part in regions_arg.split(","):
        if part.strip():
            add(part, need_intensity=False)
    for item in intensities:
        add(item, need_intensity=True)
    if not drawing:
        raise UsageError("no regions given")
    return PainDrawing(drawing, qualities)


def _quality(value: str, rid: str) -> Quality:
    from bodymap.domain.drawing import Quality

    names = [q.value for q in Quality]
    try:
        return Quality(value.strip())
    except ValueError:
        raise UsageError(f"unknown pain quality {value.strip()!r} for {rid}."
                         f"{suggest(value.strip(), names)} "
                         f"(one of {', '.join(names)})") from None


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


def _symptoms(ds: Dataset, given: Sequence[str]) -> list[str]:
    """``--symptom`` values (repeatable or comma separated), checked against the checklist."""
    known = ds.safety.checklist_ids
    ticked: list[str] = []
    for item in given:
        for sid in (s.strip() for s in item.split(",")):
            if not sid:
                continue
            if sid not in known:
                raise UsageError(f"unknown symptom {sid!r}.{suggest(sid, known)} "
                                 "(`bodymap red-flags` lists them)")
            ticked.append(sid)
    return ticked


def parse_qualities(items: Sequence[str], drawing: Mapping[str, int]) -> dict[str, str]:
    """``ID=Q`` items -> {region: quality}; the region must be in the drawing."""
    from bodymap.domain.drawing import Quality

    names = [q.value for q in Quality]
    out: dict[str, str] = {}
    for item in items:
        rid, sep, value = (s.strip() for s in item.partition("="))
        if not sep:
            raise UsageError(f"--quality takes ID=Q, got {item!r}")
        if rid not in drawing:
            raise UsageError(f"--quality names {rid!r}, which is not in --regions; "
                             "add it there first")
        if value not in names:
            raise UsageError(f"quality of {rid} must be one of {', '.join(names)}, got "
                             f"{value!r}.{suggest(value, names)}")
        out[rid] = value
    return out


def _explanation_json(e: Explanation, *, full: bool = True) -> dict[str, list[str]]:
    out = {"essential": list(e.essential), "spillover": list(e.spillover),
           "local": list(e.local), "adjacent": list(e.adjacent)}
    if full:
        out |= {"unexplained": list(e.unexplained), "missing": list(e.missing)}
    return out


def _hypothesis_json(h: Hypothesis, ds: Dataset) -> dict[str, object]:
    from bodymap.domain.hypothesis_wording import hypothesis_title

    nerve = None
    if h.entrapment is not None:
        nerve = {"id": h.entrapment.id, "nerve": h.entrapment.nerve,
                 "summary": h.entrapment.summary}
    return {
        "id": h.id,
        "kind": h.kind.value,
        "title": hypothesis_title(h, ds.knowledge),
        "muscle": h.muscle,
        "muscle_name": ds.knowledge.muscles[h.muscle].name,
        "sides": [s.value for s in h.sides],
        "nerve": nerve,
        "score": round(h.score, 6),
        "coverage": round(h.coverage, 6),
        "specificity": round(h.specificity, 6),
        "trigger_points": [
            {"id": role.trigger_point.id, "name": role.trigger_point.name,
             "side": role.trigger_point.side.value,
             "explains": _explanation_json(role.explanation, full=False)}
            for role in h.points
        ],
        "explanation": _explanation_json(h.explanation),
    }


def _alert_json(alert: Alert) -> dict[str, object]:
    return {"id": alert.id, "urgency": alert.urgency.value, "title": alert.title,
            "advice": alert.advice, "because": list(alert.because)}


def _cmd_query(args: argparse.Namespace) -> int:
    if args.top < 1:
        raise UsageError(f"--top must be at least 1, got {args.top}")
    translate = _text_language(args)
    ds = _load(args)
    drawing = parse_pain_drawing(args.regions, args.intensity, list(ds.regions))
    extra = parse_qualities(args.quality, drawing)
    if extra:
        from bodymap.domain.drawing import PainDrawing

        drawing = PainDrawing(drawing.as_dict(), {**drawing.qualities, **extra})
    alerts = ds.safety.alerts(drawing, _symptoms(ds, args.symptom))
    ranking = ds.referral_model().rank(drawing)
    chosen = ranking.by_muscle() if args.by_muscle else ranking.candidates
    chosen = chosen[: args.top]
    hypotheses = ranking.hypotheses[: args.top]
    if args.json:
        out = {
            "drawing": drawing.as_dict(),
            "qualities": {rid: q.value for rid, q in drawing.qualities.items()},
            "alerts": [_alert_json(a) for a in alerts],
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
                    "explanation": _explanation_json(c.explanation),
                }
                for c in chosen
            ],
            "combinations": [
                {"trigger_points": [t.id for t in cb.trigger_points],
                 "muscles": [t.muscle for t in cb.trigger_points],
                 "score": round(cb.score, 6), "coverage": round(cb.coverage, 6)}
                for cb in ranking.combinations
            ],
            "hypotheses": [_hypothesis_json(h, ds) for h in hypotheses],
        }
        print(json.dumps(out, indent=2))
        return EXIT_OK
    from bodymap.domain.hypothesis_wording import hypothesis_title, on_side, point_line
    from bodymap.domain.wording import describe

    for alert in alerts:
        urgency = translate("Cli", _URGENCY_WORDS[alert.urgency.value]).upper()
        print(f"!! {urgency}: {alert.title}")
        print(f"   {alert.advice}")
    if not chosen:
        print(translate("Cli", "No trigger point in the knowledge base refers pain to these "
                               "regions."))
    if args.points or args.by_muscle:
        for n, c in enumerate(chosen, 1):
            m = ds.knowledge.muscles[c.muscle]
            title = on_side(f"{m.name} — {c.trigger_point.name}", c.trigger_point.side,
                            translate)
            print(f"{n:>2}. {c.score:5.2f}  {title}")
            print(f"           {describe(c.explanation, ds.regions, translate)}")
    else:
        for n, h in enumerate(hypotheses, 1):
            print(f"{n:>2}. {h.score:5.2f}  {hypothesis_title(h, ds.knowledge, translate)}")
            print(f"           {describe(h.explanation, ds.regions, translate)}")
            if len(h.points) > 1 or h.kind.value == "nerve":
                for role in h.points:
                    print(f"             - {point_line(role, ds.regions, translate)}")
    for cb in ranking.combinations[:3]:
        names = " + ".join(on_side(ds.knowledge.muscles[t.muscle].name, t.side, translate)
                           for t in cb.trigger_points)
        #: several muscles whose patterns together explain the drawing, then their score
        together = translate("Cli", "Together: {names}").format(names=names)
        print(f"{together}  {cb.score:5.2f}")
    return EXIT_OK


def _cmd_red_flags(args: argparse.Namespace) -> int:
    translate = _text_language(args)
    rules = _load(args).safety
    out = {
        "references": dict(rules.references),
        "checklist": [
            {"id": f.id, "question": f.question, "urgency": f.urgency.value,
             "advice": f.advice, "source": f.source, "cites": list(rules.cite(f.source))}
            for f in rules.checklist
        ],
        "patterns": [
            {"id": p.id, "title": p.title, "urgency": p.urgency.value, "sides": p.sides.value,
             "all_of": [{"areas": list(g.areas), "quality": [q.value for q in g.quality]}
                        if not isinstance(g, tuple) else list(g) for g in p.all_of],
             "advice": p.advice, "source": p.source, "cites": list(rules.cite(p.source))}
            for p in rules.patterns
        ],
        "gates": [
            {"id": g.id, "title": g.title, "muscles": list(g.muscles),
             "questions": list(g.questions), "advice": g.advice, "source": g.source,
             "cites": list(rules.cite(g.source))}
            for g in rules.gates
        ],
    }
    if args.json:
        print(json.dumps(out, indent=2))
        return EXIT_OK
    def source(text: str) -> str:
        #: where a red-flag rule comes from (a reference tag from the data)
        return translate("Cli", "source: {source}").format(
            source=text or translate("Cli", "none given"))

    def urgency(value: str) -> str:
        return translate("Cli", _URGENCY_WORDS[value])

    # the column as wide as the longest urgency word of this language ("emergencia")
    wide = max(len(urgency(value)) for value in _URGENCY_WORDS)
    print(translate("Cli", "Checklist (tick with `bodymap query --symptom ID`):"))
    for f in rules.checklist:
        print(f"  {f.id:<30} {urgency(f.urgency.value):<{wide}} {f.question}")
        print(f"  {'':<30} {'':<{wide}} {source(f.source)}")
    print(translate("Cli", "Drawing rules:"))
    for p in rules.patterns:
        print(f"  {p.id:<30} {urgency(p.urgency.value):<{wide}} {p.title}")
        print(f"  {'':<30} {'':<{wide}} {source(p.source)}")
    print(translate("Cli", "Questions before self-treatment:"))
    for g in rules.gates:
        print(f"  {g.id:<30} {g.title}: {', '.join(g.muscles)}")
        print(f"  {'':<30} {source(g.source)}")
    print(translate("Cli", "References:"))
    for tag, citation in rules.references:
        print(f"  [{tag}] {citation}")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from bodymap.domain.dataset import load_dataset

    translate = _text_language(args)
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
        # the problems above name files and fields and stay English; the count is ours
        print(translate("Cli", "{n} problem(s) found in {folder}").format(
            n=exc.total, folder=data), file=sys.stderr)
        return EXIT_DATA
    assert ds is not None
    from bodymap.domain.place_names import stale_translations, untranslated_red_flags

    # an out-of-date translation is not broken data (the program shows the English instead),
    # but the translator must look at it: said on stderr, like the problems, in English; so
    # is a red-flag translation that leaves rules in English (a safety text the reader of
    # that language may not understand)
    for stale in stale_translations(ds.place_names):
        print(f"warning: {stale}", file=sys.stderr)
    for line in untranslated_red_flags(ds.place_names, ds.safety):
        print(f"warning: {line}", file=sys.stderr)
    print(translate(
        "Cli", "OK: {regions} regions in {views} views (figures: {figures}), {muscles} "
               "muscles, {points} trigger points (x2 sides), {borders} region borders, "
               "{nerves} nerve entrapments (x2 sides), {evidence} trigger points with "
               "prevalence evidence").format(
        regions=len(ds.regions), views=len(ds.atlas.views),
        figures=", ".join(figure.value for figure in ds.figures),
        muscles=len(ds.knowledge.muscles),
        points=len(ds.knowledge.trigger_points) // 2,
        borders=sum(len(v) for v in ds.atlas.adjacency.values()) // 2,
        nerves=len(ds.nerves) // 2, evidence=len(ds.prevalence.active)))
    return EXIT_OK


class SystemProblemError(Exception):
    """The machine lacks something bodymap cannot bring itself (a system library)."""


def _require_qt() -> None:
    """Stop with the packages to install when Qt's libraries are missing, before Qt starts:
    an ImportError or an abort inside Qt tells a user nothing."""
    from bodymap.system_check import problem

    message = problem("offscreen")
    if message:
        raise SystemProblemError(message)


def _cmd_screenshot(args: argparse.Namespace) -> int:
    _language(args)  # a wrong --lang is a usage error before any work
    _require_qt()
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
    from bodymap.scene.layouts import Layout

    views = [layout.value for layout in Layout]
    if args.view is not None and args.view not in views:
        raise UsageError(f"unknown view {args.view!r}.{suggest(args.view, views)} "
                         f"(one of {', '.join(views)})")
    from bodymap.domain.drawing import PainDrawing

    ds = _load(args)
    drawing = parse_pain_drawing(args.select, [], list(ds.regions)) if args.select.strip() \
        else PainDrawing()
    muscle = _resolve_muscle(ds, args.muscle) if args.muscle is not None else None
    figure = _figure(args, ds)
    _install_language(args)
    return take_screenshot(ds, args.out, view=args.view, drawing=drawing,
                           muscle=muscle, size=(w, h), figure=figure,
                           tidy=not getattr(args, "ends_process", False))


def _cmd_handout(args: argparse.Namespace) -> int:
    from bodymap.domain.drawing import PainDrawing

    _language(args)
    if args.out.suffix.lower() != ".pdf":
        raise UsageError(f"the output must be a .pdf file, got {str(args.out)!r}")
    _check_writable(args.out)
    ds = _load(args)
    muscles = [_resolve_muscle(ds, m.strip())
               for item in args.muscle for m in item.split(",") if m.strip()]
    drawing = parse_pain_drawing(args.select, [], list(ds.regions)) if args.select.strip() \
        else PainDrawing()
    ticked = _symptoms(ds, args.symptom)
    figure = _figure(args, ds)
    _require_qt()
    from bodymap.gui.offscreen import ensure_platform, quiet_offscreen_noise

    ensure_platform()
    quiet_offscreen_noise()
    from bodymap.gui.app import application
    from bodymap.report.handout import Paper, write_handout

    application()
    _install_language(args)
    from bodymap.report.output import shown_path

    write_handout(args.out, ds, muscles, drawing, client=args.client, notes=args.notes,
                  paper=Paper(args.paper), figure=figure, ticked=ticked)
    log.info("handout written: %d muscle(s), %d painful region(s), %d red flag(s) ticked",
             len(muscles), len(drawing), len(ticked))
    # the translators are installed (with --lang): Qt's own translate finds ours
    from PySide6.QtCore import QCoreApplication

    print(QCoreApplication.translate("Cli", "wrote {path}").format(path=shown_path(args.out)))
    return EXIT_OK


def _print_search(ds: Dataset, text: str, as_json: bool,
                  translate: Translate = untranslated) -> int:
    """The window's search on the command line: places to mark, then muscles, best first;
    a miss says so with suggestions (exit status 0: finding nothing is an answer)."""
    from bodymap.domain.search import search

    found = search(text, ds.knowledge, ds.search_terms)
    if as_json:
        print(json.dumps({
            "query": text, "places_first": found.places_first, "message": found.message(),
            "suggestions": list(found.suggestions),
            "places": [{"phrase": p.phrase, "matched": p.matched, "score": round(p.score, 3),
                        "areas": list(p.areas), "named_muscles": list(p.named_muscles),
                        "red_flags": list(p.red_flags), "caution": p.caution}
                       for p in found.places],
            "muscles": [{"id": h.muscle.id, "name": h.muscle.name, "matched": h.matched,
                         "score": round(h.score, 3), "place": h.place}
                        for h in found.muscles]}, indent=2))
        return EXIT_OK
    message = found.message(translate)
    if message is not None:
        print(message)
        return EXIT_OK
    #: a search result that is a body place, and the regions choosing it would mark
    place_line = translate("Cli", "place   {phrase} mark: {regions}")
    #: a search result that is a muscle: its id, then its name
    muscle_line = translate("Cli", "muscle  {id} {name}")
    #: a muscle found for a place or complaint (after the muscle's name)
    found_for = translate("Cli", "(for {place})")
    #: under a complaint found: the red-flag checklist ids to answer before treating it
    flags_line = translate("Cli", "          check these red flags first (bodymap red-flags): "
                                  "{ids}")
    place_lines = []
    for p in found.places:
        place_lines.append(place_line.format(phrase=f"{p.phrase:<34}",
                                             regions=", ".join(p.areas)))
        if p.caution:
            place_lines.append(f"          {p.caution}")
        if p.red_flags:
            place_lines.append(flags_line.format(ids=", ".join(p.red_flags)))
    muscle_lines = [muscle_line.format(id=f"{h.muscle.id:<34}", name=h.muscle.name)
                    + ("  " + found_for.format(place=h.place) if h.place else "")
                    for h in found.muscles]
    lines = place_lines + muscle_lines if found.places_first else muscle_lines + place_lines
    print("\n".join(lines))
    return EXIT_OK


def _resolve_muscle(ds: Dataset, name: str) -> str:
    """The id of the muscle called ``name`` (id, name or alias, as the window's search finds
    it: "QL", "SCM"); a miss is a UsageError naming the nearest muscles."""
    from bodymap.domain.search import MuscleNotFoundError, resolve_muscle

    try:
        return resolve_muscle(name, ds.knowledge).id
    except MuscleNotFoundError as exc:
        raise UsageError(f"{exc} (`bodymap muscles` lists them)") from None


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
    # no garbage collection until the window has painted (bodymap/collector.py says why;
    # gui.app.open_window turns it back on, and so does leaving here without a window)
    collector.hold()
    try:
        return _open_the_window(args)
    finally:
        collector.release()


def _open_the_window(args: argparse.Namespace) -> int:
    # not from bodymap.store: the window opens the store after its first paint
    from bodymap.resources import default_db_path

    db = args.db or default_db_path()
    if db.is_dir():
        raise UsageError(f"--db must be a database file, not the folder {db}")
    language = _language(args)
    from bodymap.gui.offscreen import display_problem

    problem = display_problem()
    if problem:
        log.error("cannot open the window: %s", problem)
        print(f"bodymap: cannot open the window: {problem}", file=sys.stderr)
        return EXIT_DATA
    from bodymap.gui.app import run

    # after a data change, the new bundle is written once the window has painted
    later: list[Callable[[], None]] = []
    dataset = _load(args, write_later=later.append)
    return run(dataset, db, language=language, later=later)


def _install_language(args: argparse.Namespace) -> None:
    """Render in the --lang language (screenshot, handout); without --lang they stay English
    whatever the saved setting, so that scripted output does not depend on the user."""
    language = _language(args)
    if language is None:
        return
    from bodymap.gui.offscreen import ensure_platform

    ensure_platform()
    from bodymap.gui.app import application
    from bodymap.gui.translations import install_translators

    application()
    install_translators(language)


def _text_language(args: argparse.Namespace) -> Translate:
    """The translation of the command's text output: ``--lang``'s (checked), else English
    whatever the user's settings, so that scripts read the same words everywhere."""
    language = _language(args)
    if language is None:
        return untranslated
    from bodymap.i18n.catalogue import catalogue_translate

    return catalogue_translate(language)


def _language(args: argparse.Namespace) -> str | None:
    """--lang checked against the shipped translations, before Qt starts."""
    if not args.lang:
        return None
    from bodymap.i18n import UnknownLanguageError, check_language

    try:
        return check_language(args.lang)
    except UnknownLanguageError as exc:
        raise UsageError(str(exc)) from None


_COMMANDS = {
    "regions": _cmd_regions,
    "muscles": _cmd_muscles,
    "query": _cmd_query,
    "red-flags": _cmd_red_flags,
    "validate": _cmd_validate,
    "screenshot": _cmd_screenshot,
    "handout": _cmd_handout,
}


def main(argv: Sequence[str] | None = None) -> int:
    """The `bodymap` console command: a subcommand, or the window without one."""
    args = _parse(argv)
    # the program itself (argv from the command line), not a caller in this interpreter:
    # a screenshot ends the process once its file is written (_end_process), so the work
    # of leaving things tidy for a caller is skipped
    args.ends_process = argv is None and args.command == "screenshot"
    if args.ends_process:
        collector.hold()  # for good: the process ends with the PNG (bodymap/collector.py)
    handler = _COMMANDS.get(args.command) if args.command else _run_gui
    assert handler is not None
    setup_logging(verbose=args.verbose)
    # the command's name only: its arguments may carry a client's name or notes
    log_start(args.command or "window")
    status = _run(handler, args)
    log.info("finished: %s, exit status %d", args.command or "window", status)
    if args.ends_process:
        _end_process(status)
    return status


def _end_process(status: int) -> NoReturn:
    """End the process now, skipping the interpreter's teardown: for `bodymap screenshot`,
    whose work is done once its PNG is written.

    Tearing down Qt, shiboken's wrappers and the loaded modules took 60-130 ms of a
    500 ms screenshot (issue 15, paired runs) and produces nothing. What must outlive the
    process is already safe or is made safe here: the PNG was fsync'ed and renamed into
    place (report.output.write_private_bytes), the temporary settings folder was removed
    when its `with` block ended, and the dataset bundle is written before the window is
    built. The log file and the terminal get their buffered lines here; the only other exit
    handlers are Qt's own teardown and weakref.finalize's, whose list is empty by now.
    """
    import logging
    import os
    from contextlib import suppress

    logging.shutdown()  # flushes and closes the log file (and --verbose's stderr)
    for stream in (sys.stdout, sys.stderr):
        # a closed pipe or stream: there is no one left to read it
        with suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def gui_main() -> int:
    """The `bodymap-gui` script for desktop menus: the window, with the same options.

    On Windows a GUI script has no console: sys.stdout and sys.stderr are None, and a
    message printed there would crash; the log file still receives everything.
    """
    import os

    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    return main(sys.argv[1:])


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except UsageError as exc:
        print(f"bodymap: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SystemProblemError as exc:
        log.error("%s", exc)
        print(f"bodymap: {exc}", file=sys.stderr)
        return EXIT_DATA
    except ImportError as exc:
        from bodymap.system_check import library_from_import_error

        message = library_from_import_error(exc)
        if message is None:
            raise
        log.error("%s", message)
        print(f"bodymap: {message}", file=sys.stderr)
        return EXIT_DATA
    except DataError as exc:
        log.error("the data could not be loaded (%d problem(s))", len(exc.problems))
        print(f"bodymap: the data could not be loaded:\n{exc}", file=sys.stderr)
        print("Fix the file(s) named above (or reinstall bodymap), then try again.",
              file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        log.error("system error: %s", exc.strerror or type(exc).__name__)
        print(f"bodymap: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return EXIT_DATA
    except Exception:
        log.exception("unexpected error")
        raise
