"""What a headline tells of a report: a follow-up (the courts, a funeral, an arrest) and the ages it gives.
Linking reads these beside the text's keys (``keys.names_overlap``, ``score``, ``window``)."""

from __future__ import annotations

import re
from typing import Sequence


# Ages in a headline, in headline case and as feeds space their punctuation ("10-Year-Old", "Girl , 10 ,").
_TITLE_AGE_RE = re.compile(r"\b(\d{1,2}) ?[- ] ?years? ?[- ] ?old\b|\b[A-Z][a-z'’-]+ ?, (\d{1,2}) ?,", re.IGNORECASE)
# Two ages after a plural noun of people in a headline ("Boys, 4 and 6, Shot In Lawndale", "Two men , 20 and 22 ,
# hurt"): the ages a short report often leaves out of its text.
_TITLE_TWO_AGES_RE = re.compile(
    r"\b(?:men|women|boys|girls|teens|teenagers|brothers|sisters|children|kids|cousins|friends) ?, (\d{1,2}) and "
    r"(\d{1,2}) ?,", re.IGNORECASE)
# Headlines that tell a late follow-up of an older incident: the courts, a funeral or a vigil, an anniversary,
# a lawsuit.  Such a report sharing a person named in full with an incident of its own town reaches as far
# back as a trial (``score``, ``window``): the person and the town together are one case, and the headline
# says the news is not the shooting itself.  Arrests, charges, hearings and deaths from wounds are left out:
# they come within the follow-up days anyway, and "charged" heads first reports of other shootings by the
# same man.
_FOLLOW_UP_TITLE = re.compile(
    r"\b(?:sentenc(?:e|ed|es|ing)|convict(?:ed|ion)|guilty|plead(?:s|ed)?|pled|trial|jury|jurors|arraign(?:ed|ment)?"
    r"|indict(?:ed|ment)|verdict|acquitt(?:ed|al)|funeral|vigil|laid to rest"
    r"|anniversary|lawsuit)\b", re.IGNORECASE)
# Headlines of an arrest or a charge: a follow-up naming the suspect, where the first report named the victim.
_ARREST_TITLE = re.compile(r"\b(?:arrest(?:s|ed)?|charged?|charges|suspects?|custody|booked|jailed|warrants?)\b",
                           re.IGNORECASE)


def reads_as_follow_up(title: str | None) -> bool:
    """Whether a report's headline tells a later development of an incident ("Man sentenced in ...",
    "Funeral held for ...", "Vigil marks a year since ...") rather than the shooting itself."""
    return bool(title) and _FOLLOW_UP_TITLE.search(title) is not None


def _arrest_title(title: str | None) -> bool:
    """Whether a headline tells an arrest or a charge ("Man charged in Lamar Avenue shooting")."""
    return bool(title) and _ARREST_TITLE.search(title) is not None


def _tells_follow_up(titles: Sequence[str | None]) -> bool:
    """Whether either headline tells an arrest, a charge or a later development (a court, a funeral): a report
    that gives the suspect's age, or a court's, beside the victim's name or place."""
    return any(_arrest_title(t) or reads_as_follow_up(t) for t in titles)


def _title_ages(title: str | None) -> tuple[str, ...]:
    """Ages a headline gives ("Girl, 10, shot in face", "10-Year-Old Girl Shot", "Boys, 4 and 6, Shot"): often
    the only place a short report states one."""
    if not title:
        return ()
    ages = [int(a or b) for a, b in _TITLE_AGE_RE.findall(title)]
    if " and " in title:
        ages += [int(a) for pair in _TITLE_TWO_AGES_RE.findall(title) for a in pair]
    return tuple(f"a:{a}" for a in dict.fromkeys(ages) if a)
