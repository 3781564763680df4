"""The segments themselves and what opens one (rule 2 of the package): a sentence that brings in another incident
(by rank, time, town or a roundup's clock time and block), one that goes back to an earlier segment's incident, and
a roundup's totals, which are no one incident's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ...doctext import doc_text
from .earlier import DEATH
from .separators import (
    AT_A_HOSPITAL, AWAY, BLOCK, CLOCK_OPENER, ENUMERATED, HOURS_SHIFT, LISTED_VICTIM, NAME_WORD, REJOIN_OPENER,
    SOMEONE_NEW, TIME_OF_DAY, TIME_SHIFT, TOLD_LATE,
)


@dataclass(frozen=True)
class Segment:
    index: int
    first_sent: int
    end_sent: int  # exclusive
    start: int  # char offsets
    end: int


@dataclass(frozen=True)
class _Told:
    """What the segment so far tells: whether it has counted its dead or hurt, and the blocks it names."""

    hurt: bool = False
    blocks: frozenset[str] = frozenset()

    def with_sentence(self, text: str, hurt: bool) -> "_Told":
        return _Told(self.hurt or hurt, self.blocks | _blocks(text))


def _blocks(text: str) -> frozenset[str]:
    """The blocks a sentence names, as "6300 south": number and first word of the street."""
    return frozenset(f"{m.group(1)} {m.group(2).split()[0].lower()}" for m in BLOCK.finditer(text))


def _opens_incident(text: str, hurt: bool, seg: _Told) -> bool:
    """A sentence of violence that brings in another incident than the segment's: by rank ("The second shooting
    happened ..."), or, once the segment has told its own dead or hurt, by a shift in time to someone new who is
    hurt ("Earlier Sunday, a man was shot")."""
    return bool(ENUMERATED.search(text) or hurt and seg.hurt and (TIME_SHIFT.search(text) or _elsewhere_then(text)))


# a sentence that opens on a town: "In Lodi, a drive-by shooting ...", "Meanwhile in Clovis, ..."
IN_A_TOWN = re.compile(r"^\W*(?:[Mm]eanwhile,? )?[Ii]n ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}),")


def _opens_in_another_town(doc: Doc, sent, text: str, hurt: bool, seg: _Told) -> bool:
    """'A 15-year-old boy was shot ... in Stockton. In Lodi, a drive-by shooting earlier Friday left three people
    hurt': once the segment has told its own dead or hurt, a sentence of someone hurt that opens on a town (a place
    the parser names a town) that the report has not named before is another town's shooting told beside it."""
    if not (hurt and seg.hurt):
        return False
    m = IN_A_TOWN.match(text)
    if m is None:
        return False
    town = sent.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if town is None or not all(t.ent_type_ == "GPE" for t in town):
        return False
    return m.group(1).lower() not in doc_text(doc)[:sent.start_char].lower()


def _elsewhere_then(text: str) -> bool:
    """A sentence of someone hurt that moves the story by a count of hours ("About two hours later, a 19-year-old man
    was shot", "Hours earlier, officers responded to a report of a man shot") or to a place said to be away from the
    incident's with someone not told yet ("a woman, 27, was shot ... at an apartment complex across town"): another
    shooting the same night.  "Hours later, he died" and "was taken to a hospital across town" go on with the same
    incident."""
    if AT_A_HOSPITAL.search(text):
        return False
    return bool(HOURS_SHIFT.search(text) or AWAY.search(text) and SOMEONE_NEW.search(text))


def _opens_listed_incident(text: str, hurt: bool, seg: _Told) -> bool:
    """In a roundup (a total over several shootings, "In other shootings:"), once the segment has told its own
    dead or hurt, a sentence opening with a clock time ("Around 6:45 a.m. Monday, a man broke into ..."), naming
    another block than the segment's ("in the 5600 block of South Bishop Street") or telling someone new hurt at a
    time of their own ("Another man was shot dead Saturday afternoon") brings in the next incident."""
    if not seg.hurt:
        return False
    blocks = _blocks(text)
    return bool(CLOCK_OPENER.search(text) or (blocks and seg.blocks and not blocks & seg.blocks)
                or hurt and LISTED_VICTIM.search(text) and TIME_OF_DAY.search(text))


def _goes_back_to(doc: Doc, sents, text: str, segments: list[Segment], first: int, i: int) -> int | None:
    """The earlier segment a sentence goes back to, by the place or the name that opens it ("In the Larkspur Road
    shooting, a second man was also wounded", "Back on Quill Avenue, a girl was also hit", "At the Fenwick Lane
    home, ..."): names every one of which the earlier segment tells and the segment so far does not all tell."""
    m = REJOIN_OPENER.match(text)
    if not m:
        return None
    names = {w.lower() for w in NAME_WORD.findall(m.group(1))}
    if not names:
        return None
    full = doc_text(doc)
    so_far = _words(full[sents[first].start_char:sents[i].start_char])
    if names <= so_far:
        return None
    for seg in reversed(segments):
        if names <= _words(full[seg.start:seg.end]):
            return seg.index
    return None


def _outcome_of_an_earlier_victim(doc: Doc, sents, text: str, segments: list[Segment], first: int, i: int) -> int | None:
    """The earlier segment whose victim a death or an update told late is, by the age that describes him or the
    surname that opens the sentence ("The 16-year-old, identified by his family as Jaylen Brooks, died of his wounds
    Monday", "Police said Monday that the 30-year-old died", "Orr died at the hospital Saturday afternoon"), where that
    earlier segment gives the age or the name ("The men, 24 and 30, were standing in a driveway") and the segment so far
    does not: a long story tells its incident's outcome after another shooting of the same night, which must not take
    it.  A death of someone the segment so far tells stays its own."""
    if not DEATH.search(text):
        return None
    m = TOLD_LATE.match(text)
    if not m:
        return None
    key = m.group(1) or m.group(2)
    full = doc_text(doc)
    so_far = full[sents[first].start_char:sents[i].start_char]
    if re.search(rf"\b{key}\b", so_far):
        return None
    for seg in reversed(segments):
        if re.search(rf"\b{key}\b", full[seg.start:seg.end]):
            return seg.index
    return None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'-]+", text)}


def _listed_totals(totals: set[int], segments: list[Segment]) -> set[int]:
    """A roundup's totals ("Five people were killed in separate shootings across the city") that the report goes on
    to list incident by incident: once another segment starts after one, its figures are no one incident's.  A
    total that no list follows ("Militants killed 12 soldiers in two attacks") stays the report's figure."""
    return {i for i in totals if any(seg.first_sent > i for seg in segments)}
