"""Headlines, which drop what a sentence would say.

A headline capitalises its common nouns ("30 Shots Fired, 1 Dead"), drops the persons and the auxiliary ("Three
shot, one dead"), and lists a person without an article ("Mother, 2 children found dead").  A headline put
before the text (``api._toll_headline``) keeps only the claims that tell more than the text itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Span

from ...doctext import doc_text
from ...raw_claims import RawClaim
from ...numbers import PERSON_SINGULAR, Quantity


def _capitalised_forms(tok) -> set[str]:
    """A headline's capitalised common noun is tagged a proper noun, whose lemma is its text ("30 Shots Fired,
    1 Dead"): its lower-case forms, singular and plural, stand in for the lemma.  Empty for other tokens."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return set()
    low = tok.lower_
    return {low, low[:-1]} if low.endswith("s") and not low.endswith("ss") else {low}


def _headline_hit(doc, i: int, sent: Span) -> bool:
    """'Three shot, one dead after memorial': a headline drops the persons and the auxiliary, and the parser
    takes the bare "shot" for a noun (in a sentence, "one shot to the head" is a shot)."""
    title_end = doc.user_data.get("title_end")
    if title_end is None or sent.end > title_end or i >= sent.end or doc[i].lower_ not in ("shot", "stabbed"):
        return False
    return i + 1 >= sent.end or doc[i + 1].is_punct or doc[i + 1].pos_ == "ADP" or doc[i + 1].lower_ in ("dead", "and")


def _headline_adds(doc: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """The claims of a headline put before the text (api._toll_headline) that tell more than the text: "4 hurt in
    Thursday night shooting" over a text that tells of three.  One the text already makes ("Death toll rises to
    140" over "has risen to 140, according to ...") is that claim, with its source: it is dropped."""
    title_end = doc.user_data.get("title_end", 0)
    first_body = next((i for i, s in enumerate(doc.sents) if s.end > title_end), None)
    if first_body is None:
        return claims  # no text after the headline: nothing to compare with
    # what the text tells per outcome: its largest count, or the sum of its parties' counts when larger
    told: dict[str, int] = defaultdict(int)
    by_party: dict[tuple[str, str | None], int] = defaultdict(int)
    for c in claims:
        if c.sent >= first_body:
            told[c.outcome] = max(told[c.outcome], c.count)
            by_party[c.outcome, c.party] = max(by_party[c.outcome, c.party], c.count)
    parts: dict[str, int] = defaultdict(int)
    for (outcome, party), n in by_party.items():
        if party is not None:
            parts[outcome] += n
    for outcome, n in parts.items():
        told[outcome] = max(told[outcome], n)
    keep = [i for i, c in enumerate(claims) if c.sent >= first_body or c.count > told[c.outcome]]
    new_index = {old: new for new, old in enumerate(keep)}
    return [replace(claims[i], total_of=new_index.get(claims[i].total_of)) if claims[i].total_of is not None else claims[i]
            for i in keep]


# what tells a shot that hit nobody: "fired a shot at the clerk, missing him", "the officer was not hit", "no one was
# struck" (``_headline_the_text_misses``)
_MISSED = re.compile(r"\bmissing (?:him|her|them|the \w+)\b|\b(?:was|were) not (?:struck|hit|injured|hurt|wounded)\b"
                     r"|\b(?:no one|nobody) was (?:struck|hit|injured|hurt|wounded)\b", re.IGNORECASE)


def _headline_the_text_misses(doc: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """'Store clerk shot by man who fled | WKYR.com' glued over a text that tells only "fired a shot at the clerk,
    missing him": the headline's hit is none where the text says the shot missed and counts nobody hit itself."""
    title_end = doc.user_data.get("title_end")
    if title_end is None or not any(c.outcome == "wounded" for c in claims):
        return claims
    first_body = next((i for i, s in enumerate(doc.sents) if s.end > title_end), None)
    if first_body is None or any(c.sent >= first_body and c.outcome in ("killed", "wounded") for c in claims):
        return claims
    if not _MISSED.search(doc_text(doc)[doc[title_end].idx:]):
        return claims
    return [c for c in claims if c.sent >= first_body or c.outcome != "wounded"]


def _bare_person_before(doc, q: Quantity, sent: Span) -> int:
    """'Mother, 2 children found dead', 'Father and 3 sons shot': a headline lists a person without an article
    before the count; that person is one more."""
    p = q.start - 2
    if p < sent.start or doc[q.start - 1].lower_ not in (",", "and", "&"):
        return 0
    person = doc[p]
    if p != sent.start and doc[p - 1].text not in (":", "-", "—", "–"):
        return 0
    return int(person.lower_ in PERSON_SINGULAR and person.is_title and person.ent_type_ != "PERSON")
