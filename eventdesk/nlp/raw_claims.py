"""The claim as the components build it, before records.py makes a Claim of it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawClaim:
    sent: int  # sentence index in the doc
    outcome: str
    party: str | None
    count: int
    qualifier: str
    num_start: int  # char offsets of the quantity in the doc text
    num_end: int
    attributed_to: str | None = None
    total_of: int | None = None  # index (in raw_claims) of the total this claim breaks down
    trigger: str | None = None  # the word that gave the outcome ("killed", "shot", "died")
    victim: str | None = None  # a person counted once, however often named ("heavner", "unnamed")


# forms the lemmatizer gets wrong in headlines, where "dies" is tagged a plural noun ("dy")
_FORMS = {"dies": "die", "died": "die", "dying": "die"}


def lemma(tok) -> str:
    return _FORMS.get(tok.lower_) or (tok.lemma_.lower() if tok.lemma_ else tok.lower_)
