"""python -m eval.linked_tolls_check [--set 1|2|3|4|5|all] [--show rules]   (run from the repo root)

Set 1 (the default) is the invented check set eval/linked_tolls_check.jsonl: 60 incidents, each told by two or three short US local-news
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

Set 2 (eval/linked_tolls_check2.jsonl, 60 incidents of two to five reports) holds the kinds where the SemEval
held-out incidents' killed figures err more than dev's (a death counted that is none of the incident's, a death told
late that is): ``kind``

- ``late-death``: two or three reports tell the wounded alive, a later one that one of them died;
- ``died-later-two``: one report tells the wounded, one later report that one of them died;
- ``background-dead``: reports of a shooting that killed no one, one of which also tells a death that is not its own
  (the man a vigil was for, an earlier killing on the block);
- ``others-beside-the-dead``: a first report tells the dead and "one other person was wounded", a follow-up (a
  charge, a funeral) names only the dead.

Set 3 (eval/linked_tolls_check3.jsonl, 60 incidents of two to five reports) holds reports that disagree on the
wounded where the right figure is not always the largest or the latest one (the SemEval held-out incidents whose
reports disagree err more than dev's, and over more than under): ``kind``

- ``described-again``: a first report gives the number wounded, a later one describes each victim and one of them
  twice ("A 15-year-old boy was shot in the chest ... The boy, 15, was taken to ...");
- ``roundup-total``: a later report adds the city's shootings of the weekend ("At least nine people were shot");
- ``other-incident-victim``: a later report tells in passing a victim of a separate shooting;
- ``shot-with-the-dead``: one report gives the dead and the others wounded, a later one the number shot, the dead
  among them;
- ``glass-or-fall``: one report counts a person cut by flying glass among those hurt, another tells him apart;
- ``corrected-down``: a later report lowers the first report's number;
- and where the larger, later figure is right: ``late-victim-named`` (a later report names one more victim, who
  walked into a hospital), ``late-victim-described`` (a later report describes the victims, one more than the first
  report's count, without a number), ``partial-first`` (a first report tells those taken to a hospital, a later one
  all who were shot).

Set 4 (eval/linked_tolls_check4.jsonl, 50 incidents of two or three reports) holds reports that tell the same
victims differently, where the right figure is sometimes the largest and sometimes not (the SemEval held-out
incidents where a report of ours had GVA's figure and we chose another, more often over than under): ``kind``

- ``dead-among-described``: a first report gives the dead and the others wounded, a later one names the dead man
  and describes every person shot, him among them;
- ``shot-count-with-dead-named``: a first report gives the dead and the others wounded, a later one the number shot
  and the name of the one who died;
- ``same-child-twice``: a wounded child told by name and again as "a child" in a 911 call;
- ``suspect-is-the-dead``: a robber killed by a clerk, told as "a 15-year-old" and then as "the teen suspect";
- ``named-and-described-dead``: a man killed, told in a follow-up as "a 44-year-old man" and by name;
- ``another-man-not-hit``: a man wounded; a follow-up names him and tells of another man fired at and not hit;
- ``fewer-dead-named-later``: a later report names one of the dead only;
- ``murder-suicide-one-named``: a murder-suicide, a later report naming the woman killed;
- and where the larger or later figure is right: ``late-victim-largest-right`` (a second victim walked into a
  hospital), ``died-later-named`` (one of the wounded died), ``two-agree-later-more`` (two early reports tell a boy
  shot, a later one that he shot himself and a friend); and ``hit-by-glass-others`` (a later report counts one hurt
  by glass beside those shot).

Set 5 (eval/linked_tolls_check5.jsonl, 60 incidents of two to five reports) holds incidents where one report of
several reads a toll above the one the others agree on (the SemEval held-out incidents where a report gave GVA's
figure and the incident's best was another, most of them higher): one report's over-reading, of a toll its lead
states or of victims it tells one by one, against agreeing others, first, amid or last: ``kind``

- ``shooter-counted``: the report also describes the gunman, who was not hit ("The gunman, a 22-year-old man, ran
  from the scene and was arrested");
- ``earlier-dead-added``: the report tells an earlier killing on the block ("The shooting came four days after
  ... was shot and killed two blocks away");
- ``earlier-wounded-added``: the report tells an earlier shooting's wounded at the same corner;
- ``city-tally``: the report gives the city's shootings of the weekend or of the year;
- ``named-twice``: the report names a victim and describes him again with another age;
- and where the later, higher figure is right: ``died-later`` (one of the wounded died), ``body-found-later`` (a
  second body found), ``official-correction`` (police corrected the count upward), ``more-victims-found`` (one more
  victim walked into a hospital), each a lone later report after one to three agreeing ones.

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
from .linked_places_check import ingest_incident, run_set, sets_main

CHECK_SET = Path(__file__).resolve().parent / "linked_tolls_check.jsonl"
CHECK_SET_2 = Path(__file__).resolve().parent / "linked_tolls_check2.jsonl"
CHECK_SET_3 = Path(__file__).resolve().parent / "linked_tolls_check3.jsonl"
CHECK_SET_4 = Path(__file__).resolve().parent / "linked_tolls_check4.jsonl"
CHECK_SET_5 = Path(__file__).resolve().parent / "linked_tolls_check5.jsonl"
_SALT = "fifteenth-tolls:"
_SALT_2 = "sixteenth-tolls2:"
_SALT_3 = "seventeenth-tolls3:"
_SALT_4 = "eighteenth-tolls4:"
_SALT_5 = "twenty-fourth-tolls5:"
# each set's rows and the salt of its halves; a set's halves never change once its rows are written
SETS = {"1": (CHECK_SET, _SALT), "2": (CHECK_SET_2, _SALT_2), "3": (CHECK_SET_3, _SALT_3), "4": (CHECK_SET_4, _SALT_4),
        "5": (CHECK_SET_5, _SALT_5)}


def incidents(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(incident_id: str, salt: str = _SALT) -> str:
    """'rules' or 'check': the first hex digit of a salted sha1 of the incident's id (0-7: the rules half)."""
    return check_sets.first_digit_half(salt, incident_id)


def outcome(rt, item: dict) -> dict:
    """The best killed and wounded figures of the incident holding most of the reports' primary mentions (0 where
    none), and whether all reports joined it."""
    row, joined = ingest_incident(rt, item)
    killed = (row.killed_best or 0) if row is not None else 0
    wounded = (row.wounded_best or 0) if row is not None else 0
    return {"killed": killed, "wounded": wounded, "joined": joined}


def score(items: list[dict], outcomes: dict, salt: str = _SALT) -> dict[str, dict[str, int]]:
    """Per half (of the set whose salt is given): incidents, incidents whose killed / wounded / both figures are
    exact, incidents all joined."""
    out = {h: {"incidents": 0, "killed": 0, "wounded": 0, "both": 0, "joined": 0} for h in ("rules", "check")}
    for item in items:
        s, o = out[half(item["id"], salt)], outcomes[item["id"]]
        k, w = o["killed"] == item["killed"], o["wounded"] == item["wounded"]
        s["incidents"] += 1
        s["killed"] += k
        s["wounded"] += w
        s["both"] += k and w
        s["joined"] += o["joined"]
    return out


def run(rt=None, items: list[dict] | None = None, name: str = "1") -> tuple[dict, dict]:
    """Set ``name``'s scores per half and each incident's outcome (``items``: the set's rows, read when not given)."""
    path, salt = SETS[name]
    return run_set(outcome, lambda rows, outs: score(rows, outs, salt), items if items is not None else incidents(path), rt)


def main(argv=None) -> int:
    return sets_main("linked_tolls_check", __doc__, SETS, _print_set, argv)


def _print_set(rt, name: str, show: str | None) -> None:
    path, salt = SETS[name]
    items = incidents(path)
    scores, outcomes = run(rt, items, name)
    for h, s in scores.items():
        n = s["incidents"] or 1
        print(f"set {name}  {h:5}  incidents {s['incidents']:3}   killed exact {s['killed']:3} ({100 * s['killed'] / n:5.1f} %)"
              f"   wounded exact {s['wounded']:3} ({100 * s['wounded'] / n:5.1f} %)"
              f"   both {s['both']:3} ({100 * s['both'] / n:5.1f} %)   all joined {s['joined']:3}")
    if show:
        _show_rules_misses(items, outcomes, salt)


def _show_rules_misses(items: list[dict], outcomes: dict, salt: str = _SALT) -> None:
    """Print the rules half's wrong incidents (never the check half's)."""
    for item in items:
        o = outcomes[item["id"]]
        if half(item["id"], salt) != "rules" or (o["killed"], o["wounded"]) == (item["killed"], item["wounded"]):
            continue
        print(f"\n{item['id']} [{item['kind']}] ours {o['killed']} killed / {o['wounded']} wounded"
              f"{'' if o['joined'] else '  NOT ALL JOINED'}  gold {item['killed']} / {item['wounded']}")
        for r in item["reports"]:
            print(f"  - {r['id']} {r['published']}  {r['title']}\n    {r['text'][:500]}")


if __name__ == "__main__":
    raise SystemExit(main())
