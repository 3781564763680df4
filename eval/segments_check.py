"""python -m eval.segments_check [--set 1|2|3|4|all] [--show rules]   (run from the repo root)

Scores the invented check set eval/segments_check.jsonl: short US local-news and conflict-wire reports that tell
one incident, or one and then another (a separate incident, "Elsewhere, ...", "Meanwhile, in <town>, ..."), or
one and then, in passing, an earlier one ("Last month, ...", "Earlier, a man was shot to death by police in
<town> in January"), or none at all (a lawsuit, a vigil, a memorial for the dead of a past massacre).  Near
misses that must stay one incident ("a separate group of officers", "another victim", "Earlier that evening")
are among them.  Each row gives the number of incidents the report tells (an earlier incident told in passing is
background, not an incident) and the killed and injured of its first (main) incident, counted the way GVDB
annotates its articles.  The rows were written for this project; none is taken from a corpus.

Each report is analysed on its own; its incidents are its mentions (``Ledger.analyze``, the stage before
linking), and the main incident's figures are those of its first mention (``common.report_casualties`` with
``victims_only``).

The rows are split by a hash of their id into a *rules* half, whose output may be read while writing rules
(``--show rules`` prints its wrong rows), and a *check* half, which is only ever scored.

A second set, eval/segments_check2.jsonl (``--set 2``), was written in the sixteenth session, before any rule was
written against it: roundups that tell several separate shootings in one report (a weekend's or a night's
shootings in one city, each with its own block, street, time and victims; lists with bullets, numbers, weekdays,
neighbourhoods or datelines per item; a lead total of the weekend followed by the shootings; a main shooting and
"police are also investigating ..."), a city's tally that tells no shooting, and near misses that are one shooting
told in several paragraphs (several victims, a chase over several streets, a timeline, an update).  Its rows give
every incident's killed and injured in order (``incidents: [[killed, injured], ...]``); a lead total of several
shootings is no incident's toll.  Its rows are scored on the number of incidents, the main incident's figures and
every incident's figures (the mentions' in order); its halves come from the first hex digit of a differently salted
hash.

A third set, eval/segments_check3.jsonl (``--set 3``), was written in the twenty-first session, before any rule was
written against it: weekend and overnight roundups of two to five shootings in one city (a lead total, then each
shooting with its own street, time and day; weekday, clock, street or neighbourhood openers), a main shooting and a
separate one after it (in the same city or a town nearby), reports whose headline tells a shooting told second
("Grandmother killed in drive-by" over "police are investigating two shootings"), reports of one shooting that name
an earlier one in passing, and near misses that are one shooting told in parts (a shooting and the chase after it, a
second victim found elsewhere, a timeline).  Its rows give every incident's toll, place (the city or town) and day
(where the text gives it), and which incident is the report's main one (``main``: the one its headline and lead
are about).  Besides the second set's scores it counts rows whose main incident's figures are exact when the main
mention is the one the SemEval suite scores (``common.primary_mention``), rows whose every incident's place is
exact, and rows whose every incident's day is exact (both only where the number of incidents is); its halves come
from the first hex digit of its own salted hash.

A fourth set, eval/segments_check4.jsonl (``--set 4``), was written in the thirty-fourth session, before any rule was
written against it: pages that tell several incidents each in a few lines: brief pages and news-in-brief columns of two
to five short stories, each under a headline line of its own (with and without a dateline, a byline or "Read more"
between them, and a story of no violence among them), night and weekend roundups with a lead total, a main shooting
followed by "In an unrelated shooting ...", and TV pages whose teasers of related stories ("RELATED: ...", "Also on
...", "Trending: ...") tell other shootings, which are links, not incidents of the page; reports of one shooting that
name an earlier one in passing (an act it retaliated for, "the second time in six months"); and near misses that are
one incident told in parts (a shooting, the chase and the arrest the next day, a second victim found on another
street, an update paragraph, a timeline with clocks).  It is scored as the third set is; its halves come from the
first hex digit of its own salted hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import check_sets

CHECK_SET = Path(__file__).resolve().parent / "segments_check.jsonl"
CHECK_SET2 = Path(__file__).resolve().parent / "segments_check2.jsonl"
CHECK_SET3 = Path(__file__).resolve().parent / "segments_check3.jsonl"
CHECK_SET4 = Path(__file__).resolve().parent / "segments_check4.jsonl"
_SALT = "eleventh-segment11:"
_SALT2 = "sixteenth-segments2:"
_SALT3 = "twenty-first-segments3:"
_SALT4 = "thirty-fourth-segments34:"


def rows(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(row_id: str) -> str:
    """'rules' or 'check', by the parity of a salted sha1 of the row's id (even: the rules half)."""
    return check_sets.parity_half(_SALT, row_id)


def half2(row_id: str) -> str:
    """The second set's halves: 'rules' when a salted sha1's first hex digit is 0-7."""
    return check_sets.first_digit_half(_SALT2, row_id)


def half3(row_id: str) -> str:
    """The third set's halves: 'rules' when a salted sha1's first hex digit is 0-7."""
    return check_sets.first_digit_half(_SALT3, row_id)


def half4(row_id: str) -> str:
    """The fourth set's halves: 'rules' when a salted sha1's first hex digit is 0-7."""
    return check_sets.first_digit_half(_SALT4, row_id)


# each set: its file and how a row's half is found
SETS = {"1": (CHECK_SET, half), "2": (CHECK_SET2, half2), "3": (CHECK_SET3, half3), "4": (CHECK_SET4, half4)}
# the sets whose rows give every incident's place and day and the main one (scored by ``score3``)
PLACED_SETS = ("3", "4")


def incident_tolls(rt, items: list[dict]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Each row's incidents as (killed, injured) per mention, in order, by id."""
    return {r.id: tuple(_toll(m) for m in mentions)
            for r, _, mentions in rt.analyze([check_sets.report(row) for row in items])}


def _toll(mention) -> tuple[int, int]:
    """One mention's (killed, injured), victims only."""
    from .common import report_casualties

    figs = report_casualties([mention], victims_only=True)
    return figs.get("killed", 0), figs.get("wounded", 0)


@dataclass(frozen=True)
class Reading:
    """What the pipeline read of one row of the third set: each mention's (killed, injured), place name and date
    span (start, end), in order, and the index of the mention the SemEval suite scores (``primary_mention``)."""

    tolls: tuple[tuple[int, int], ...]
    places: tuple[str | None, ...]
    days: tuple[tuple, ...]
    main: int | None


def readings(rt, items: list[dict]) -> dict[str, Reading]:
    """Each row's ``Reading``, by id."""
    from .common import primary_mention

    out = {}
    for r, _, mentions in rt.analyze([check_sets.report(row) for row in items]):
        pm = primary_mention(mentions)
        out[r.id] = Reading(tuple(_toll(m) for m in mentions), tuple(m.place.name if m.place else None for m in mentions),
                            tuple((m.date.start, m.date.end) for m in mentions),
                            next((k for k, m in enumerate(mentions) if m is pm), None))
    return out


def score3(items: list[dict], found: dict[str, Reading], half_of=half3) -> dict[str, dict[str, int]]:
    """The third set's scores per half: the second set's (``score``, the main figures there being the first
    mention's), and rows whose main incident's figures are those of the mention ``primary_mention`` picks
    ("primary"), whose every incident's place is exact ("places") and whose every incident's day is exact where the
    row gives one ("days"); the last two count only rows whose number of incidents is exact."""
    from .common import fold

    out = score(items, {k: v.tolls for k, v in found.items()}, half_of)
    for s in out.values():
        s.update(primary=0, places=0, days=0)
    for row in items:
        s, got = out[half_of(row["id"])], found[row["id"]]
        want = tuple(row["incidents"][row["main"]])
        s["primary"] += got.main is not None and got.tolls[got.main] == want
        if len(got.tolls) != len(row["incidents"]):
            continue
        s["places"] += all(fold(p) == fold(w) for p, w in zip(got.places, row["places"]))
        s["days"] += all(w is None or (str(a), str(b)) == (w, w) for (a, b), w in zip(got.days, row["days"]))
    return out


def figures(rt, items: list[dict]) -> dict[str, tuple[int, int, int]]:
    """Each row's (incidents, main killed, main injured), by id."""
    return {rid: _main(tolls) for rid, tolls in incident_tolls(rt, items).items()}


def _main(tolls) -> tuple[int, int, int]:
    """(incidents, main killed, main injured) of a row's incidents' tolls."""
    return (len(tolls), *(tuple(tolls[0]) if tolls else (0, 0)))


def gold(row: dict) -> tuple[int, int, int]:
    """A row's (incidents, main killed, main injured): the first set gives the number of incidents, the second every
    incident's toll."""
    n = row["incidents"] if isinstance(row["incidents"], int) else len(row["incidents"])
    return n, row["killed"], row["injured"]


def gold_tolls(row: dict) -> tuple[tuple[int, int], ...] | None:
    """Every incident's (killed, injured), in order, where the row gives them (the second set); else None."""
    return None if isinstance(row["incidents"], int) else tuple(tuple(t) for t in row["incidents"])


def score(items: list[dict], found: dict, half_of=half) -> dict[str, dict[str, int]]:
    """Per half: rows, and rows whose number of incidents / main killed / main injured / all three are exact; where
    the rows give every incident's toll (``found`` then holds each row's tolls, as ``incident_tolls`` gives them),
    also rows whose every incident's figures are exact ("each") and rows where all of these are ("all")."""
    out = {h: {"rows": 0, "incidents": 0, "killed": 0, "injured": 0, "each": 0, "all": 0} for h in ("rules", "check")}
    for row in items:
        s = out[half_of(row["id"])]
        got, want, each = found[row["id"]], gold(row), gold_tolls(row)
        tolls = got if each is not None else None
        if each is not None:
            got = _main(got)
        s["rows"] += 1
        s["incidents"] += got[0] == want[0]
        s["killed"] += got[1] == want[1]
        s["injured"] += got[2] == want[2]
        s["each"] += each is not None and tolls == each
        s["all"] += got == want and (each is None or tolls == each)
    return out


def _found(rt, name: str, items: list[dict]) -> dict:
    """What ``score`` compares for a set: the first set's main figures, the second's every incident's toll."""
    if name in PLACED_SETS:
        return readings(rt, items)
    return figures(rt, items) if name == "1" else incident_tolls(rt, items)


def main(argv=None) -> int:
    ap = check_sets.parser("segments_check", __doc__)
    ap.add_argument("--set", choices=(*SETS, "all"), default="1",
                    help="which check set: 1 (segments_check.jsonl), 2 (segments_check2.jsonl), "
                    "3 (segments_check3.jsonl), 4 (segments_check4.jsonl), or all")
    args = ap.parse_args(argv)
    rt = check_sets.quiet_runtime()
    for name in (tuple(SETS) if args.set == "all" else (args.set,)):
        _report(rt, name, args.show)
    return 0


def _report(rt, name: str, show: str | None) -> None:
    """Score one set and print its halves (and, with ``show``, the wrong rows of its rules half)."""
    path, half_of = SETS[name]
    items = rows(path)
    found = _found(rt, name, items)
    scores = score3(items, found, half_of) if name in PLACED_SETS else score(items, found, half_of)
    for h, s in scores.items():
        n = s["rows"] or 1
        each = f"   each incident exact {100 * s['each'] / n:5.1f}" if name != "1" else ""
        more = (f"   primary exact {100 * s['primary'] / n:5.1f}   places {100 * s['places'] / n:5.1f}"
                f"   days {100 * s['days'] / n:5.1f}") if name in PLACED_SETS else ""
        print(f"set {name} {h:5}  rows {s['rows']:3}   incidents exact {100 * s['incidents'] / n:5.1f}   "
              f"main killed exact {100 * s['killed'] / n:5.1f}   main injured exact {100 * s['injured'] / n:5.1f}"
              f"{each}   all {100 * s['all'] / n:5.1f}{more}")
    if show:
        for row in items:
            got = found[row["id"]]
            if name in PLACED_SETS:
                _show3(row, got, half_of)
                continue
            want = gold_tolls(row) if name != "1" else gold(row)
            what = "(killed, injured) per incident" if name != "1" else "(incidents, killed, injured)"
            if half_of(row["id"]) == "rules" and tuple(got) != want:
                print(f"\n{row['id']} [{row['kind']}] ours {got} gold {want}  {what}\n  "
                      f"{row['title']}\n  " + row["text"].replace("\n", "\n  "))



def _show3(row: dict, got: Reading, half_of) -> None:
    """Print a wrong row of the rules half of the third or fourth set (never the check half's)."""
    from .common import fold

    want = (gold_tolls(row), tuple(row["places"]), tuple(row["days"]), row["main"])
    days = tuple(str(a) if a == b else f"{a}..{b}" for a, b in got.days)
    if half_of(row["id"]) != "rules":
        return
    right = (got.tolls == want[0] and got.main is not None and got.tolls[got.main] == want[0][row["main"]]
             and all(fold(p) == fold(w) for p, w in zip(got.places, want[1]))
             and all(w is None or d == w for d, w in zip(days, want[2])))
    if not right:
        print(f"\n{row['id']} [{row['kind']}] ours {got.tolls} main {got.main} places {got.places} days {days}\n"
              f"  gold {want[0]} main {want[3]} places {want[1]} days {want[2]}\n  "
              f"{row['title']}\n  " + row["text"].replace("\n", "\n  "))


if __name__ == "__main__":
    raise SystemExit(main())
