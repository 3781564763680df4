"""Datelines (step 2): the agency dateline ("GAINESVILLE, Fla. -"), found also behind web-page debris in the
first lines, and the demotion of a dateline town the body names only as a landmark: then it is where the
story was filed, not the scene.  What such a dateline looks like is ``eventdesk.dateline.HEAD_DATELINE``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ....dateline import (  # noqa: F401 (HEAD_DATELINE: the owner's)
    HEAD_DATELINE, LINE_DATELINE, head_dateline_town, head_datelines,
)
from ....geo import Toponym
from ....geo.names import fold
from ...doctext import doc_text
from .words import _BANNER, _BANNER_WEIGHT, _HEAD_CHARS

_DATELINE_WEIGHT = 2.0


def _filed_from(toponyms: list[Toponym], dateline: Toponym) -> list[Toponym]:
    """The toponyms with the dateline's weight lowered to a body name's where the body names its town only as
    a landmark or where the victims were taken ("PHOENIX -- ... hunting west of Phoenix ... airlifted to
    Phoenix"): the story was filed from the big town near a scene it names otherwise."""
    head = fold(dateline.text.split(",")[0].strip())
    body = [t for t in toponyms if t is not dateline and t.end > 0 and fold(" ".join(t.text.split()).split(",")[0].strip(" .")) == head]
    if not body or any(t.weight > _BANNER_WEIGHT for t in body):
        return toponyms
    return [replace(t, weight=1.0) if t is dateline else t for t in toponyms]


def _dateline_part(text: str, start: int, end: int, dateline: Toponym | None) -> bool:
    """Whether the name at ``text[start:end]`` is the dateline's town or a word of it: the tagger cuts "EAST ST.
    LOUIS —" into "LOUIS", which the gazetteer reads as Louisville.  The dateline's town is read whole, once
    (:meth:`DatelineMixin._dateline`): its words are no names of their own, and the town itself, read again as a
    body name, would count twice, outweighing the scene's town the lead names ("CHICAGO (AP) — ... on Joliet's
    east side, Joliet police said": the story was filed from the big city, the shooting was in the suburb)."""
    if dateline is None:
        return False
    town = dateline.text.split(",")[0].strip().upper()
    line_start = text.rfind("\n", 0, start) + 1
    opening = len(text[line_start:]) - len(text[line_start:].lstrip())
    town_start = line_start + opening
    # the town as the dateline prints it, in capitals or in title case ("Salem, Ore. —")
    return text[town_start:town_start + len(town)].upper() == town and start >= town_start and end <= town_start + len(town)


class DatelineMixin:
    """PlaceResolver's reading of the report's dateline."""

    def _dateline(self, doc: Doc) -> Toponym | None:
        if doc._.dateline_place:
            return Toponym(doc._.dateline_place, 0, 0, _DATELINE_WEIGHT)
        banners = [m.span() for m in _BANNER.finditer(doc_text(doc)[:_HEAD_CHARS])]
        for m in head_datelines(doc_text(doc)[:_HEAD_CHARS]):
            if any(a <= m.start("city") < b for a, b in banners):
                continue
            city = head_dateline_town(m)
            if city is None:
                continue
            text = city.title() + (f", {m['state']}" if m["state"] else "")
            return Toponym(text, m.start(), m.end("city"), _DATELINE_WEIGHT)
        return _lead_town(doc_text(doc))

    def _story_dateline(self, doc: Doc, start: int) -> Toponym | None:
        """The dateline of a later story of a page of several that opens at ``start`` (``sentences`` keeps where
        one opens on a dateline: "HAMMOND, Ind. — A man was wounded ..."): its town, as the report's dateline is
        read for the first story."""
        if start not in (doc.user_data.get("story_starts") or ()):
            return None
        m = LINE_DATELINE.match(doc_text(doc), start)
        if m is None:
            return None
        regions = m["regions"].strip(" ,\t")
        return Toponym(m["place"].title() + (f", {regions}" if regions else ""), m.start("place"), m.end("place"),
                       _DATELINE_WEIGHT)


# "In Salem, Oregon, a man was shot ...": a report without a dateline that opens its lead with the town names the
# scene as a dateline does.  Months, days and seasons open leads the same way and are no towns.
_LEAD_TOWN = re.compile(r"\s*In (?P<town>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:, (?P<state>[A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?))?, (?=\S)")
_NOT_LEAD_TOWNS = frozenset(
    "january february march april may june july august september october november december monday tuesday"
    " wednesday thursday friday saturday sunday spring summer fall autumn winter addition all total".split())


def _lead_town(text: str) -> Toponym | None:
    """The town (and state) of a lead opening "In <town>, ..." at the very top of the report, weighing a dateline's."""
    m = _LEAD_TOWN.match(text)
    if not m or m["town"].split()[0].lower() in _NOT_LEAD_TOWNS:
        return None
    name = m["town"] + (f", {m['state']}" if m["state"] else "")
    return Toponym(name, m.start("town"), m.end("town"), _DATELINE_WEIGHT)
