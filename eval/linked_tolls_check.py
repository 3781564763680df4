"""python -m eval.linked_tolls_check [--show rules]   (run from the repo root)

The invented check set eval/linked_tolls_check.jsonl: 60 incidents, each told by two or three short US local-news
reports that a reader would join (the same victims, the same day, the same street), where the reports' tolls move.
Each incident carries its gold ``killed`` and ``wounded`` (counted the way the Gun Violence Archive counts: every
person shot, the shooter included; a victim who died is killed, not also wounded; people hurt fleeing are not
counted) and a ``kind``:

- ``late-victim``: a first report with fewer hurt than a later one (a second victim walked into a hospital);
- ``died-later``: a wounded victim who dies in a later report (counted once, as killed);
- ``corrected``: an early wrong toll corrected ("police earlier said three were shot");
- ``suspect-counted``: one report counts the shooter and one does not;
- ``rounded``: an outlet that rounds ("about a dozen", "more than 10") beside one that gives the figure;
- ``dead-only-follow-up``: a follow-up (a charge, a name) that repeats only the dead;
- ``fleeing-larger``: another outlet's larger number that includes people hurt fleeing;
- ``vigil-near-miss``: a later report that is the wrong one to follow (a vigil listing the year's victims).

The rows were written for this project in the style of news reports; none is taken from a corpus.

Each incident's reports go into a fresh embedded ledger (the public API, as the SemEval suite does), with
``eval/linked_places_check.py``'s helpers; the incident holding most of the reports' primary mentions is the
incident's.  Scored per half: its best killed figure exact, its best wounded figure exact, both exact.  Halves by
a salted hash of the incident's id (``check_sets.first_digit_half``): only the rules half's wrong incidents are ever
printed (``--show rules``).
"""

from __future__ import annotations

from pathlib import Path

from . import check_sets
from .linked_places_check import ingest_incident, run_set

CHECK_SET = Path(__file__).resolve().parent / "linked_tolls_check.jsonl"
_SALT = "fifteenth-tolls:"


def incidents(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(incident_id: str) -> str:
    """'rules' or 'check': the first hex digit of a salted sha1 of the incident's id (0-7: the rules half)."""
    return check_sets.first_digit_half(_SALT, incident_id)


def outcome(rt, item: dict) -> dict:
    """The best killed and wounded figures of the incident holding most of the reports' primary mentions (0 where
    none), and whether all reports joined it."""
    row, joined = ingest_incident(rt, item)
    killed = (row.killed_best or 0) if row is not None else 0
    wounded = (row.wounded_best or 0) if row is not None else 0
    return {"killed": killed, "wounded": wounded, "joined": joined}


def score(items: list[dict], outcomes: dict) -> dict[str, dict[str, int]]:
    """Per half: incidents, incidents whose killed / wounded / both figures are exact, incidents all joined."""
    out = {h: {"incidents": 0, "killed": 0, "wounded": 0, "both": 0, "joined": 0} for h in ("rules", "check")}
    for item in items:
        s, o = out[half(item["id"])], outcomes[item["id"]]
        k, w = o["killed"] == item["killed"], o["wounded"] == item["wounded"]
        s["incidents"] += 1
        s["killed"] += k
        s["wounded"] += w
        s["both"] += k and w
        s["joined"] += o["joined"]
    return out


def run(rt=None, items: list[dict] | None = None) -> tuple[dict, dict]:
    return run_set(outcome, score, items if items is not None else incidents(), rt)


def main(argv=None) -> int:
    args = check_sets.parser("linked_tolls_check", __doc__).parse_args(argv)
    items = incidents()
    scores, outcomes = run(items=items)
    for h, s in scores.items():
        n = s["incidents"] or 1
        print(f"{h:5}  incidents {s['incidents']:3}   killed exact {s['killed']:3} ({100 * s['killed'] / n:5.1f} %)"
              f"   wounded exact {s['wounded']:3} ({100 * s['wounded'] / n:5.1f} %)"
              f"   both {s['both']:3} ({100 * s['both'] / n:5.1f} %)   all joined {s['joined']:3}")
    if args.show:
        _show_rules_misses(items, outcomes)
    return 0


def _show_rules_misses(items: list[dict], outcomes: dict) -> None:
    """Print the rules half's wrong incidents (never the check half's)."""
    for item in items:
        o = outcomes[item["id"]]
        if half(item["id"]) != "rules" or (o["killed"], o["wounded"]) == (item["killed"], item["wounded"]):
            continue
        print(f"\n{item['id']} [{item['kind']}] ours {o['killed']} killed / {o['wounded']} wounded"
              f"{'' if o['joined'] else '  NOT ALL JOINED'}  gold {item['killed']} / {item['wounded']}")
        for r in item["reports"]:
            print(f"  - {r['id']} {r['published']}  {r['title']}\n    {r['text'][:500]}")


if __name__ == "__main__":
    raise SystemExit(main())
