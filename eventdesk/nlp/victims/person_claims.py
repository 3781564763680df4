"""A claim of one person, and adding it once per person and outcome.

Every rule of this package ends in a claim of one, with the victim key that tells the person apart; an unnamed
person's key may also tell the sex ("unnamed female"), so that "the wife" is not "the man".  A sentence that
tells one person twice ("shot and killed", a name and a pronoun) still gives one claim per outcome.
"""

from __future__ import annotations

from ..raw_claims import RawClaim, lemma


# nouns that tell an unnamed person's sex: "the wife" is not "the man" (a pronoun stays "unnamed": "she" is the
# woman or the girl told before)
_FEMALE = frozenset({"woman", "girl", "wife", "mother", "daughter", "sister", "grandmother", "aunt", "niece", "girlfriend",
                     "female", "lady", "mom", "stepmother", "stepdaughter", "fiancee", "widow"})
_MALE = frozenset({"man", "boy", "husband", "father", "son", "brother", "grandfather", "uncle", "nephew", "boyfriend",
                   "male", "gentleman", "dad", "stepfather", "stepson", "fiance"})


def is_unnamed(victim: str | None) -> bool:
    """Whether a victim key is a person told without a name or a description: "unnamed", or "unnamed female"."""
    return victim is not None and (victim == "unnamed" or victim.startswith("unnamed "))


def _of_a_sex(tok, victim: str) -> str:
    """'The wife was shot' after 'a man who shot his wife was killed': two unnamed persons, for the noun tells a woman
    and a man ("unnamed female", "unnamed male"); a noun of either sex, a pronoun or an age stays "unnamed"."""
    if victim != "unnamed" or tok.tag_ != "NN":
        return victim
    word = lemma(tok)
    return "unnamed female" if word in _FEMALE else "unnamed male" if word in _MALE else victim


def _one_person(s_i: int, outcome: str, party: str | None, tok, trigger: str, victim: str) -> RawClaim:
    """A claim of one person, at the token that tells of him."""
    victim = _of_a_sex(tok, victim)
    return RawClaim(sent=s_i, outcome=outcome, party=party, count=1, qualifier="exact", num_start=tok.idx,
                    num_end=tok.idx + len(tok.text), trigger=trigger, victim=victim)


def _add_once(out: list[RawClaim], seen: set[tuple[str, str]], claim: RawClaim | None) -> None:
    """Adds a person's claim, unless the sentence has already told that person with that outcome (an unnamed
    person once, of whatever sex)."""
    if claim is None:
        return
    who = "unnamed" if is_unnamed(claim.victim) else claim.victim
    if (who, claim.outcome) not in seen:
        seen.add((who, claim.outcome))
        out.append(claim)
