"""An outcome that one report alone tells beside others that tell the toll without it: whether it is doubted
(``_told_by_one_alone``, ``_dead_beside_as_many_wounded``), or stands as a death told late or wounded told as others
than the dead."""

from __future__ import annotations

from typing import Sequence

from ..models import Claim
from .persons import _is_name
from .taken_out import _tellers
from .wording import _DIED_SINCE, _OTHERS_AFTER, _PERPETRATORS


# the fewest other reports that, telling the incident's toll without an outcome, leave one report's figure of it
# alone.  A death may be told late (one of the wounded died after the first reports), and a report of a survivor
# may be about him alone, so it takes two to doubt them; but the wounded of a report that tells the dead the others
# tell are known from the first reports on, and one report of those dead that names no wounded is enough, unless
# the report counts its wounded as others than the dead (``_wounded_told_as_others``)
_SILENT_TELLERS = 2
_SILENT_BESIDE_THE_DEAD = 1


def _wounded_told_as_others(claims: Sequence[Claim]) -> set[str]:
    """The reports that give a number of wounded as others than the dead ("one man was killed and one other person
    was wounded", "three others were injured"): their wounded are a count of their own, which a follow-up that
    names only the dead (a charge, a funeral) leaves out without gainsaying it."""
    return {c.report_id for c in claims if c.outcome == "wounded" and c.number_end is not None and c.sentence
            and _OTHERS_AFTER.match(c.sentence, c.number_end - c.start)}


def _late_deaths(claims: Sequence[Claim]) -> set[str]:
    """{"killed"} where a report's dead are named and another report of the incident names one of them among its hit
    ("Darnell Tillman, 31, was listed in critical condition", then "Darnell Tillman ... has died"), or where the
    report tells its death as one of the hit dying since (``_DIED_SINCE``: "one of the two people wounded ... has
    died", "Victor Tremble, who was shot Saturday night, died of his wounds"): a death told late of the incident's own
    wounded, which reports of the wounded alive that came out before it do not gainsay."""
    dead = {(c.report_id, c.victim) for c in claims if c.outcome == "killed" and c.victim and _is_name(c.victim)}
    hit = {(c.report_id, c.victim) for c in claims if c.outcome == "wounded" and c.victim and _is_name(c.victim)}
    if any(key == other and rid != rid2 for rid, key in dead for rid2, other in hit):
        return {"killed"}
    return {"killed"} if any(c.outcome == "killed" and c.party != _PERPETRATORS and c.sentence
                             and _DIED_SINCE.search(c.sentence) for c in claims) else set()


def _told_by_one_alone(tellers: dict[str, set[str]], witnesses: dict[str, set[str]],
                       others: set[str] = frozenset(), emptied: set[str] = frozenset()) -> set[str]:
    """The outcomes told by one report only, while at least ``_SILENT_TELLERS`` other reports tell the toll and leave
    it out (``_tellers``).  Reports that give "five people were wounded" and no death, beside one that gives a dead,
    have as a rule not missed a death: the one has counted someone else (a victim of another shooting told in
    passing, the shooter of an earlier case).  Its best is 0, the figure stays as the high, and its dead are not
    taken out of the others' wounded.  ``others``: the reports whose wounded are told as others than the dead, which
    take two reports that leave them out, a report whose hit all turned out to be the dead (``emptied``) among them
    ("a boy was shot", then "the boy has died; two other people were wounded", then "the boy was killed")."""
    alone = set()
    for outcome, who in tellers.items():
        if len(who) != 1:
            continue
        beside_the_dead = outcome == "wounded" and who <= tellers.get("killed", set())
        need = _SILENT_TELLERS if not beside_the_dead or who & others else _SILENT_BESIDE_THE_DEAD
        silent = witnesses.get(outcome, set()) | (emptied if beside_the_dead and who & others else set())
        if len(silent - who) >= need:
            alone.add(outcome)
    return alone


def _wounded_of(values, rid: str) -> int:
    """A report's own wounded: its total, or the sum of its parties' where that is larger."""
    total = values.get(("wounded", None, rid), (0,))[0]
    parties = sum(lo for (outcome, party, r), (lo, _, _) in values.items()
                  if outcome == "wounded" and party is not None and r == rid)
    return max(total, parties)


def _dead_beside_as_many_wounded(values, claims: Sequence[Claim], others: set[str]) -> set[str]:
    """{"killed"} where one report alone tells a death and tells as many wounded as each report that gives the
    wounded (or the hit) and tells no death, one such report or more: the reports agree on the hit and the one has a
    death more, told in passing (a death the police of the next town look into, the man a vigil was held for),
    not a death of the incident's own, which would leave it a wounded fewer ("Four people were wounded ... One of
    them has died") or the others a hit more ("five people were shot", "one was killed and four wounded").  Not where
    the report tells its wounded as others than its dead ("one man was killed and four others were wounded",
    ``_wounded_told_as_others``): those dead are of the same toll.  Two reports of the wounded as such or alive that
    leave the dead out doubt them whatever they say of the wounded (``_told_by_one_alone``)."""
    tellers, _ = _tellers(values, claims)
    who = tellers.get("killed", set())
    if len(who) != 1 or who & others:
        return set()
    (rid,) = who
    silent = tellers.get("wounded", set()) - who
    hit = _wounded_of(values, rid)
    return {"killed"} if silent and hit and all(_wounded_of(values, r) == hit for r in silent) else set()
