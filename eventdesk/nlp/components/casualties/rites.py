"""Shootings at a funeral or a vigil: the person mourned died before, in another incident.

The deaths told of that person are dropped, where the report tells of a shooting at the rite ("gunfire broke out at
a vigil for a teen", "shots were fired during the wake services for Leroy Smith"), and so are those of whom the crowd
came to remember ("gathered to remember Tyrell Banks") and of who died beside the mourned ("Smith and Jamel Martin
were fatally shot outside a bar on Jan. 17"); a rite that is only mourned ("a vigil for the two teens killed Friday")
keeps its dead.
"""

from __future__ import annotations

from ...doctext import doc_text
from ...raw_claims import RawClaim, lemma as _lemma


# rites for the dead: a shooting at one tells of a death before it ("shot while attending the funeral of a man who
# died in a crash", "opened fire at a vigil for a homicide victim")
_RITES = {"funeral", "vigil", "memorial", "wake", "burial", "visitation"}
_AT_A_RITE = {"at", "during", "outside", "into"}
_HIT_AT = {"shoot", "shot", "shooting", "fire", "open", "wound", "erupt", "gunfire", "injure", "kill", "hit", "strike", "attend"}
# verbs that tell a shooting only by their subject: "gunfire broke out at a vigil", "shots rang out during the wake"
_BROKE_OUT = {"break", "ring"}
_GUNFIRE = {"gunfire", "shot", "shots", "gunshot", "gunshots", "shooting", "fight", "fighting"}
# what a rite's crowd did there, told of the crowd the shots were fired into: "a crowd gathered at a vigil"
_GATHERED = {"gather", "assemble"}
# what keeps the person mourned at a rite: "gathered to remember Tyrell Banks", "to honor the slain teen"
_MOURN = {"remember", "honor", "honour", "mourn", "celebrate"}
# the words that open an aside told of the person mourned, which the parser may hang elsewhere
_ASIDES = {"one", "who", "whose", "the", "a", "an"}


_RITE_WORDS = _RITES | {w + "s" for w in _RITES} | {"service", "services"}  # a set test per token before any lemma
_RITE_STEMS = (*_RITES, "service")  # each word of _RITE_WORDS holds one of these


def _rite(tok) -> bool:
    """'the funeral', 'a vigil', 'a memorial service', 'a funeral service'."""
    if tok.lower_ not in _RITE_WORDS:
        return False
    word = _lemma(tok)
    return word in _RITES or (word == "service" and any(c.lower_ in ("memorial", "funeral", "wake") for c in tok.children))


def _verb_at_a_rite(tok):
    """The verb of a shooting that took place at the rite ("opened" of "opened fire at a vigil Monday evening", "shot
    while attending a funeral service"), or None."""
    node = tok.head if tok.dep_ in ("amod", "compound") else tok  # ("a vigil Monday evening": the parser's "evening")
    if node.dep_ == "dobj":
        # "were shot while attending a funeral" (not "hundreds attended a vigil for the two teens killed Friday")
        attend = node.head
        return attend if _lemma(attend) == "attend" and attend.dep_ == "advcl" and _lemma(attend.head) in _HIT_AT else None
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in _AT_A_RITE:
        return None
    verb = prep.head
    if _lemma(verb) in _GATHERED and verb.dep_ in ("advcl", "acl", "relcl"):
        # "fired into a crowd gathered at a vigil for a teen": the crowd's gathering hangs on the firing, or on the
        # crowd it was fired into
        up = verb.head
        if up.dep_ == "pobj" and up.head.lower_ in _AT_A_RITE:
            up = up.head.head
        return up if _lemma(up) in _HIT_AT else None
    if _lemma(verb) in _BROKE_OUT:
        return verb if any(c.dep_ == "nsubj" and c.lower_ in _GUNFIRE and c.lower_ not in ("fight", "fighting")
                           for c in verb.children) else None
    return verb if _lemma(verb) in _HIT_AT else None


def _mourned_elsewhere(doc, claims: list[RawClaim]) -> list[RawClaim]:
    """A report of a shooting at a funeral or a vigil tells whose rite it was: "the funeral of Dale Pike, who died
    last month", "Pike was killed in a crash".  That person died before, in another incident: the deaths told of him
    are dropped (not where the rite is only mourned, "a vigil for the two teens killed Friday": no shooting at it)."""
    # (the words of a rite in the report's text before its tokens are read: most reports tell of none)
    low = doc_text(doc).lower()
    if not any(w in low for w in _RITE_STEMS):
        return claims
    rites = [t for t in doc if _rite(t)]
    if not any(_verb_at_a_rite(t) is not None for t in rites):
        return claims
    spans, names = [], set()

    def mourn(tok) -> None:
        sub = list(tok.subtree)
        last = sub[-1]
        comma = last.i if last.lower_ == "," else last.i + 1
        if comma + 1 < len(doc) and doc[comma].lower_ == "," and doc[comma + 1].lower_ in _ASIDES:
            last = last.sent[-1]  # "for Leroy Smith, 42, one of two men fatally shot ...": the aside is his
        spans.append((sub[0].idx, last.idx + len(last.text)))
        names.update(t.lower_ for t in sub if t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN" and t.is_alpha)

    for rite in rites:
        # ("The vigil was for the son of a pastor", "opened fire at a vigil Monday for a victim": "for" on the verb)
        holders = [rite, rite.head] if rite.dep_ == "nsubj" else [rite, _verb_at_a_rite(rite)]
        mourned = [o for h in holders if h is not None for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                   and (h is rite or p.lower_ == "for") for o in p.children if o.dep_ == "pobj"]
        for o in mourned:
            mourn(o)
        # ("the wake services for Leroy Smith, 42, one of two men fatally shot on Jan. 17": the clause that tells how
        # the mourned died may hang on the rite; "a homicide victim's funeral": the mourned is the rite's owner)
        for c in rite.children:
            if (c.dep_ in ("relcl", "acl") and mourned and c.i > mourned[0].i) or c.dep_ == "poss":
                mourn(c)
    # ("About 40 people had gathered to remember Tyrell Banks, 16, who was killed Tuesday": whom a rite's crowd came to
    # remember is the person mourned)
    for verb in (t for t in doc if t.lower_ in ("remember", "honor", "honour", "mourn") and _lemma(t) in _MOURN
                 and t.dep_ in ("xcomp", "advcl", "relcl", "acl")):
        for o in (c for c in verb.children if c.dep_ == "dobj"):
            mourn(o)
    # ("Smith and Jamel Martin were fatally shot outside a bar on Jan. 17": who died beside the mourned died with him)
    for t in doc:
        if t.dep_ == "conj" and t.ent_type_ == "PERSON" and t.head.lower_ in names and t.head.pos_ == "PROPN" \
                and t.head.dep_ in ("nsubj", "nsubjpass"):
            names.add(t.lower_)
    if not spans:
        return claims
    return [c for c in claims if c.outcome != "killed" or not (
        any(a <= c.num_start < b for a, b in spans) or (c.victim or "").split(",")[0] in names)]
