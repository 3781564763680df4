"""Attribution: who makes the claims of a sentence.

"X said", "said X", "X said in a statement", "according to X", "X told AFP",
"a spokesman for X said".  The speaker is normalised: a known actor becomes its
canonical name ("the SDF's media office" -> "Syrian Democratic Forces"); "a
spokesman for the police" becomes "police".  A pronoun speaker ("he said")
takes the last named speaker before it.  "Our fighters" in a claim becomes the
speaker's own people.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doctext import span_text
from ..lexicon import canonical_actor

SAY_LEMMAS = {"say", "tell", "report", "announce", "state", "claim", "confirm", "add", "declare", "reveal", "write", "post", "tweet", "estimate", "put", "count", "document", "record"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who"}
_ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "office", "head", "chief", "commander", "director", "statement", "representative", "member", "leader", "minister", "ministry", "governor", "mayor"}
_STRIP = {"the", "a", "an", "its", "their", "his", "her"}


def _clean(span: Span, actor_spans) -> str | None:
    for a_start, a_end, name in actor_spans:
        if a_start < span.end_char and a_end > span.start_char:
            return name
    words = [t for t in span if not t.is_punct]
    # "a spokesman for the police" -> "police"; "the head of the observatory" -> "observatory"
    for k, t in enumerate(words):
        if t.lower_ in ("for", "of") and k > 0 and words[k - 1].lower_ in _ROLE_NOUNS and k + 1 < len(words):
            words = words[k + 1:]
            break
    while words and (words[0].lower_ in _STRIP or words[0].tag_ in ("DT", "PRP$")):
        words = words[1:]
    # "an army spokesman" -> "army"; "police officials" -> "police"
    while len(words) > 1 and words[-1].lower_ in _ROLE_NOUNS:
        words = words[:-1]
    if not words:
        return None
    text = " ".join(t.text for t in words[:8]).replace(" 's", "'s").replace(" - ", "-")
    return canonical_actor(text) or text


def sentence_speaker(sent: Span, actor_spans) -> tuple[str | None, bool]:
    """(speaker, is_pronoun) for one sentence."""
    doc = sent.doc
    # "according to ..." only where the sentence holds the word (no token's lower-cased text is "according" where
    # the sentence's is not): most sentences are passed by at one test instead of token by token
    if "according" in span_text(sent).lower():
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 2 <= sent.end and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if objs:
                    sub = list(objs[0].subtree)
                    span = doc[sub[0].i:sub[-1].i + 1]
                else:
                    end = tok.i + 2
                    while end < sent.end and not doc[end].is_punct:
                        end += 1
                    span = doc[tok.i + 2:end]
                if len(span):
                    return _clean(span, actor_spans), False
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_ in SAY_LEMMAS:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj:
                continue
            s = subj[0]
            if s.lower_ in PRONOUNS:
                return None, True
            # "police said" takes the subject before the verb; "said police" the subject's own phrase
            sub = [t for t in s.subtree if t.i < tok.i or t.head == s] if s.i < tok.i else list(s.subtree)
            span = doc[min(t.i for t in sub):max(t.i for t in sub) + 1]
            return _clean(span, actor_spans), False
    return None, False


@Language.factory(
    "eventdesk_attribution",
    assigns=["doc._.raw_claims", "doc._.speakers"],
    requires=["doc._.raw_claims", "doc._.actor_mentions", "token.dep"],
)
def make_attribution(nlp: Language, name: str):
    return Attribution()


class Attribution:
    def __call__(self, doc: Doc) -> Doc:
        actor_spans = [(m.start, m.end, m.name) for m in doc._.actor_mentions]
        speakers: list[str | None] = []
        last: str | None = None
        for sent in doc.sents:
            who, pronoun = sentence_speaker(sent, actor_spans)
            if pronoun:
                who = last
            if who:
                last = who
            speakers.append(who)
        doc._.speakers = speakers
        claims = []
        for c in doc._.raw_claims:
            who = speakers[c.sent]
            party = c.party
            if party == "__speaker__":
                party = who if who and canonical_actor(who) else None
            claims.append(replace(c, attributed_to=who, party=party))
        doc._.raw_claims = claims
        return doc
