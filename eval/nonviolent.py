"""python -m eval.nonviolent [--set 1|2|3|4|5|6|7|both|all] [--show rules]   (run from the repo root)

Scores the invented check sets eval/nonviolent_check.jsonl (set 1) and eval/nonviolent_check2.jsonl (set 2, kinds
the first lacks: fire deaths of residents and pets, fire causes, smoke alarms, gas and propane blasts, insurance
arsons, teachers, coaches, chiefs and officers fired or let go, firing lawsuits, "fired up", "came under fire",
ranges, gun shows, hunting licences, obituaries, anniversaries of old shootings) and eval/nonviolent_check3.jsonl (set 3,
longer reports of 150 words and more: fires told in the words of attacks -- "the blaze claimed three lives", "victims",
"the death toll rose", "investigators", "police cordoned off", a suspicious fire; explosions at plants, mines and
refineries; business news with "shot down", "killed in committee", "price war", "victims of the fraud" as figures of
speech; people fired over a violent event elsewhere or years ago) and eval/nonviolent_check4.jsonl (set 4: house,
apartment and wild fires that kill or hurt, fires under investigation and "not considered suspicious", blasts at
plants, mines and pipelines, crashes that start fires, deaths at work, business news in the words of violence --
"fired 300 workers", "torpedoed", "a price war", "gunning for market share"; and near misses that are events: an
arson with a suspect charged, a firebomb thrown at a home, a person set alight, a shooting or robbery at a
business) and eval/nonviolent_check5.jsonl (set 5, kinds and wordings the first four lack: job cuts told as a
"bloodbath", a "massacre", "casualties", "slashed", "axed"; a fire told through police and a "person of interest"; a
fatal fire's victims named one by one with their ages; a wildfire's "victims" and "survivors"; a tank that exploded and
"killed two workers"; a structure that gave out, a crowd crush, a bull, a pack of dogs, a drowning, lightning, fumes, a
capsized boat, an avalanche, a ride, food poisoning, a heat wave; a chief fired over an old case; a lockdown that was a
false alarm; a film's or a photo "shoot"; sport's "shootout", "killer crossover", "blasted"; an election "massacred";
and near misses in the same words: an arson that killed, a stabbing at a factory, a shooting at a job site, a fire set
after a killing, a "person of interest" in a shooting, shooting victims named with ages, a real shootout) and
eval/nonviolent_check6.jsonl (set 6, wordings the first five lack: a boiler, a grain elevator, a fireworks store, a
fuel tank that blew up; an e-bike battery, a houseboat, a care home that burned, its dead named with their ages; a
fire that "attacked" a roof; a crane, a roof under snow, a church ceiling, a mine tunnel that fell; a press, a power
line, a tractor, a train, a bus, a helicopter, a flood, a tornado, fumes, an ammonia line, an outbreak, a runner's
heart; a body in a burned house that police found unhurt; nurses fired, pink slips after a "hostile takeover", a
"boardroom coup", furloughs with their "casualties", a football rout told as a slaughter; and near misses in the
same places and words: a pipe bomb, a poisoning, a clerk or a neighbour set alight, a shove into a machine, a real
coup, a helicopter shot down, gunmen at a bus or a mine camp, a body in a burned house that had been shot) and
eval/nonviolent_check7.jsonl (set 7, wordings the first six lack: "it's a massacre" said of newsroom cuts, "a
bloodbath on Wall Street", "the layoffs killed the town", "a death blow", a drought "murdering" resorts, a store
"hit list"; jobs "axed", "slashed", a library "gutted"; a team that "shot 40 percent", "the Bullets", a "killer
crossover"; a climbers' "assault", wind that "knocked down" signs, leaves "set burning", a burning pickup, a fire
"set" by a candle or in a vacant mill; a tornado, a gas blast, a crash, a mine roof, a heat wave, a ferry, lightning
and an avalanche that killed; an online "heist"; and near misses in the same words: a massacre at a newspaper, a boy
"knocked down and kicked", a bare "assault" under investigation, a man "set burning", a burning bottle thrown, a
fire set at an occupied home, an axe, a knife, a bar "bloodbath", a laid-off worker who kills, bullets fired into a
home, a burning cross, a golf club, a pistol-whipped teller), each:
local-news and wire reports of fires,
explosions, crashes, storms, illness, job firings, business and sport news (``violent: false``), which must
create no incident, and violent reports in the same words (``violent: true``), which must still create one.
The rows were written for this project, in the style of news reports; none is taken from a corpus.

A report creates an incident when the ledger's analysis yields a mention for it (Ledger.analyze, the stage
before linking: every mention is stored under an incident, new or old), as the SemEval suite counts its "other
docs".  Each report is analysed on its own.

The rows are split by a hash of their id into a *rules* half, whose output may be read while writing rules
(``--show rules`` prints its wrong rows), and a *check* half, which is only ever scored.

Which arsons are violence: following ACLED's codebook, a fire set to harm people (into an occupied home, after a
threat, to kill or to hide a killing, a firebomb thrown at people or at a party office) is violence against them
and makes an incident; a fire set to an empty building, a dumpster or one's own business for the insurance is
property destruction with nobody targeted, and a report of it alone (nobody hurt) makes none.  A fire that kills
by accident, a firefighter killed fighting it, and a man fired from his job create none.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import check_sets

CHECK_SET = Path(__file__).resolve().parent / "nonviolent_check.jsonl"
CHECK_SET_2 = Path(__file__).resolve().parent / "nonviolent_check2.jsonl"
CHECK_SET_3 = Path(__file__).resolve().parent / "nonviolent_check3.jsonl"
CHECK_SET_4 = Path(__file__).resolve().parent / "nonviolent_check4.jsonl"
CHECK_SET_5 = Path(__file__).resolve().parent / "nonviolent_check5.jsonl"
CHECK_SET_6 = Path(__file__).resolve().parent / "nonviolent_check6.jsonl"
CHECK_SET_7 = Path(__file__).resolve().parent / "nonviolent_check7.jsonl"
_SALT = "tenth-quiet10:"
# Each set has its own salt, so that its halves were drawn before any rule was written against it.
SETS = {"1": (CHECK_SET, _SALT), "2": (CHECK_SET_2, "twelfth-nonviol12:"), "3": (CHECK_SET_3, "fourteenth-nonviol3:"),
        "4": (CHECK_SET_4, "fifteenth-nonviol4:"), "5": (CHECK_SET_5, "twenty-seventh-calm5:"),
        "6": (CHECK_SET_6, "thirty-fifth-calm6:"), "7": (CHECK_SET_7, "thirty-sixth-calm7:")}
# What --set names: "both" keeps meaning sets 1 and 2, as in older commands; "all" is every set.
SET_CHOICES = {"1": ("1",), "2": ("2",), "3": ("3",), "4": ("4",), "5": ("5",), "6": ("6",), "7": ("7",),
               "both": ("1", "2"), "all": tuple(SETS)}


def rows(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(row_id: str, salt: str = _SALT) -> str:
    """'rules' or 'check', by a hash of the row's id (the first hex digit of a salted sha1: 0-7 is the rules half)."""
    return "rules" if hashlib.sha1((salt + row_id).encode()).hexdigest()[0] in "01234567" else "check"


def created(ledger, items: list[dict]) -> dict[str, list]:
    """Each row's mentions, by id: a row with any creates (or joins) an incident."""
    return {r.id: found for r, _, found in ledger.analyze([check_sets.report(row) for row in items])}


def score(items: list[dict], found: dict[str, list], salt: str = _SALT) -> dict[str, dict[str, int]]:
    """Per half: non-violent rows that create an incident (false alarms) and violent rows that create none
    (misses), with the number of each."""
    out = {h: {"nonviolent": 0, "false_alarms": 0, "violent": 0, "misses": 0} for h in ("rules", "check")}
    for row in items:
        s = out[half(row["id"], salt)]
        if row["violent"]:
            s["violent"] += 1
            s["misses"] += not found[row["id"]]
        else:
            s["nonviolent"] += 1
            s["false_alarms"] += bool(found[row["id"]])
    return out


def main(argv=None) -> int:
    ap = check_sets.parser("nonviolent", __doc__)
    ap.add_argument("--set", choices=tuple(SET_CHOICES), default="both",
                    help="which check set to score: 1, 2, 3, 4, 5, 6, 7, both (sets 1 and 2) or all (default both)")
    args = ap.parse_args(argv)
    from eventdesk.api import Ledger

    for name in SET_CHOICES[args.set]:
        path, salt = SETS[name]
        items = rows(path)
        with Ledger(":memory:") as ledger:
            found = created(ledger, items)
        _print_set(name, items, found, salt, args.show)
    return 0


def _print_set(name: str, items: list[dict], found: dict[str, list], salt: str, show) -> None:
    for h, s in score(items, found, salt).items():
        print(f"set {name} {h:5}  non-violent creating an incident: {s['false_alarms']}/{s['nonviolent']}   "
              f"violent creating none: {s['misses']}/{s['violent']}")
    if show:
        for row in items:
            if half(row["id"], salt) == "rules" and bool(found[row["id"]]) != row["violent"]:
                m = found[row["id"]]
                got = f"{m[0].event_type}/{m[0].sub_event_type} {[(c.outcome, c.count) for c in m[0].claims]}" if m else "none"
                print(f"\n{row['id']} [{row['kind']}] violent={row['violent']}: {got}\n  {row['title']}")


if __name__ == "__main__":
    raise SystemExit(main())
