"""Doc -> Mention records: the one boundary between spaCy objects and eventdesk's own.

A segment becomes a Mention when it tells of a violent event: it has an event
type (fires, crashes and business news have none) and either a claim or a
violent sentence that is not background.  Claims in background sentences are
dropped here, so "two bombings last year each killed more than 40" never
reaches an incident; claims of a sentence that goes back to an earlier incident
than its segment's ("In the Larkspur Road shooting, a second man was also
wounded") are that incident's (``user_data["rejoined"]``, set by segmentation).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..models import Actor, Claim, DateSpan, Mention, Report
from .components.actors import COMMUNAL, UNIT
from .components.event_type import classify
from .components.segmentation import VIOLENCE
from .doctext import doc_text, span_text
from .keywords import keywords as _keywords
from .lexicon import UNNAMED, executioners, qualify


def mentions(doc: Doc, report: Report) -> list[Mention]:
    sents = list(doc.sents)
    reported_on = report.published or doc._.anchor
    out: list[Mention] = []
    rejoined = doc.user_data.get("rejoined") or {}
    for seg in doc._.segments:
        etype = doc._.event_types[seg.index]
        if etype is None:
            continue
        in_seg = [c for c in doc._.raw_claims if c.sent not in doc._.background
                  and rejoined.get(c.sent, seg.index if seg.first_sent <= c.sent < seg.end_sent else None) == seg.index]
        told = any(
            i not in doc._.background and VIOLENCE.search(span_text(sents[i]))
            for i in range(seg.first_sent, seg.end_sent)
        ) or (not in_seg and _typed_outside_background(doc, sents, seg))
        if not in_seg and not told:
            continue
        claims = tuple(
            Claim(
                report_id=report.id,
                outcome=c.outcome,
                party=c.party,
                count=c.count,
                qualifier=c.qualifier,
                attributed_to=c.attributed_to,
                sentence=span_text(sents[c.sent]),
                start=sents[c.sent].start_char,
                end=sents[c.sent].end_char,
                reported_on=reported_on,
                number_start=c.num_start,
                number_end=c.num_end,
                trigger=c.trigger,
                victim=c.victim,
            )
            for c in in_seg
        )
        claims = _name_generic_parties(claims, doc, seg)
        place = doc._.segment_places[seg.index]
        date = doc._.segment_dates[seg.index] or DateSpan(None, None, "unknown")
        out.append(Mention(
            report_id=report.id,
            index=seg.index,
            start=seg.start,
            end=seg.end,
            title=_title(report, seg.index, etype[1], place),
            event_type=etype[0],
            sub_event_type=etype[1],
            date=date,
            place=place,
            actors=_actors(doc, seg, claims, place),
            claims=claims,
            reported_on=reported_on,
            outlet=report.outlet,
            keywords=_keywords(doc, seg, place),
        ))
    # renumber so that mention indexes are dense and stable
    return [m if m.index == k else _reindex(m, k) for k, m in enumerate(out)]


_GENERIC_ARMED = {"militants"}
# actors named without their country ("gunmen", "troops", "Fulani militias", "the 22nd Armored Brigade") take the place's
_IN_COUNTRY = {"generic", COMMUNAL, UNIT}


def _name_generic_parties(claims: tuple[Claim, ...], doc: Doc, seg) -> tuple[Claim, ...]:
    """'81 militants' in a report about an Islamic State attack are Islamic State's people."""
    armed = {m.name for m in doc._.actor_mentions
             if seg.start <= m.start < seg.end and m.kind in ("rebel", "militia") and m.role == "perpetrator"}
    if len(armed) != 1:
        return claims
    name = next(iter(armed))
    return tuple(replace(c, party=name) if c.party in _GENERIC_ARMED else c for c in claims)


def _typed_outside_background(doc: Doc, sents, seg) -> bool:
    """'exchanged artillery', 'fired mortars', 'tortured': typed events the violence words miss,
    provided the words that make them an event are not all in background sentences."""
    text = " ".join(span_text(sents[i]) for i in range(seg.first_sent, seg.end_sent) if i not in doc._.background)
    return bool(text) and classify(text) is not None


def _reindex(m: Mention, k: int) -> Mention:
    return replace(m, index=k)


def _title(report: Report, index: int, sub_event_type: str, place) -> str:
    if index == 0 and report.title:
        return report.title
    where = f" in {place.name}" if place is not None else ""
    return f"{sub_event_type}{where}"


def _actors(doc: Doc, seg, claims: tuple[Claim, ...], place=None) -> tuple[Actor, ...]:
    """The segment's actors with their roles; generic ones ("gunmen", "troops", "police") in the
    country of the segment's place, as ACLED names them ("Unidentified Armed Group (Mexico)")."""
    roles: dict[str, str] = {}
    acted: dict[str, int] = {}  # where each side is first told to act
    hit = {c.party for c in claims if c.outcome in ("killed", "wounded", "abducted")}
    for m in doc._.actor_mentions:
        if not (seg.start <= m.start < seg.end) or m.kind == "monitor":
            continue
        role = m.role
        if role == "other" and m.name in hit:
            role = "target"
        name = qualify(m.name, place.country_code, place.country) if m.kind in _IN_COUNTRY and place is not None else m.name
        prev = roles.get(name)
        if prev is None or prev == "other" or (prev == "target" and role == "perpetrator"):
            roles[name] = role
        if role == "perpetrator":
            acted.setdefault(name, m.start)
    # the perpetrators in the order they are told to act ("11 soldiers were killed when a Taliban suicide bomber drove
    # into the base; Afghan forces fired at the vehicle": the Taliban first), the other sides as they are named
    first = iter(sorted(acted, key=acted.get))
    ranked = [next(first) if role == "perpetrator" else name for name, role in roles.items()]
    return _executioners(doc, seg, place, tuple(Actor(name, roles[name]) for name in ranked))


# a drive-by shooting, or a body found (bound, shot): a killing whose unnamed killers some countries' coding names
_EXECUTION = re.compile(r"\bdrive-?by\b|\bbod(?:y|ies) of .{0,60}?\b(?:was|were) (?:found|discovered|dumped)", re.I)


def _executioners(doc: Doc, seg, place, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """In a country whose coding names the unnamed killers of a drive-by shooting or an execution (``lexicon.
    executioners``), the segment's unidentified armed group is that actor, and where the segment tells such a killing
    and names no perpetrator at all, that actor is its perpetrator."""
    name = executioners(place.country_code) if place is not None else None
    if name is None or not _EXECUTION.search(doc_text(doc)[seg.start:seg.end]):
        return actors
    generic = qualify(UNNAMED, place.country_code, place.country)
    out = tuple(Actor(name, a.role) if a.name == generic else a for a in actors)
    if not any(a.role == "perpetrator" for a in out) and not any(a.name == name for a in out):
        out += (Actor(name, "perpetrator"),)
    return out


