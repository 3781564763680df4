"""Event type in the ACLED taxonomy, from the words of one segment.

The rules are tried in order; the first that fires decides.  ACLED codes an
attack on armed forces or a prison as a battle (armed clash), an attack on
unarmed people as violence against civilians, so the parties of the killed and
wounded weigh in when the words alone say only "attack".  A segment that speaks
only of fires, crashes or accidents is no violent incident: ``classify``
returns None.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_RULES: tuple[tuple[str, str, re.Pattern], ...] = tuple(
    (etype, sub, re.compile(rx, re.IGNORECASE))
    for etype, sub, rx in (
        ("Explosions/Remote violence", "Suicide bomb", r"\bsuicide (?:car )?(?:bomb\w*|attack\w*|vest|blast|truck bomb)"),
        ("Explosions/Remote violence", "Air/drone strike", r"\b(?:air ?strikes?|air raids?|drone (?:strike|attack)s?|warplanes?|fighter jets?|airstrikes?|aerial (?:bombardment|attack)|helicopter gunships?|(?:bombed|struck) from the air)\b"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", r"\b(?:shell(?:ing|ed|s)?|artillery|mortars?|rockets?|missiles?|katyusha)\b"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", r"\b(?:roadside bombs?|ieds?|improvised explosive|land ?mines?|car bombs?|explosive devices?|bomb (?:exploded|went off|blast)|booby.trap\w*|sticky bomb|bombing|blast|explosion)\b"),
        ("Explosions/Remote violence", "Grenade", r"\bgrenades?\b"),
        ("Violence against civilians", "Sexual violence", r"\b(?:rape[ds]?|sexual (?:assault|violence))\b"),
        ("Battles", "Government regains territory", r"\b(?:recaptured|retook|regained control|re-?took control|liberated) (?:the )?(?:town|city|village|area|district|territory|neighbou?rhood)"),
        ("Battles", "Non-state actor overtakes territory", r"\b(?:seized|took|captured) (?:control of )?(?:the )?(?:town|city|village|district|territory|neighbou?rhood)\b|\boverran\b"),
        ("Battles", "Armed clash", r"\b(?:clash\w*|fighting|battles?|firefights?|gun ?battles?|exchange of fire|exchanged fire|prison break|jailbreak|stormed (?:the )?(?:prison|jail|base|barracks|checkpoint)|repelled|ambush\w*|attack\w* on (?:the |a )?(?:prison|jail|military|army|base|barracks|checkpoint|position|convoy|outpost|police station))"),
        ("Violence against civilians", "Abduction/forced disappearance", r"\b(?:kidnap\w*|abduct\w*|hostages?|taken captive)\b"),
        ("Protests", "Excessive force against protesters", r"\b(?:fired on|opened fire on|shot|killed) (?:\w+ ){0,3}(?:protesters|demonstrators)\b"),
        ("Riots", "Mob violence", r"\b(?:mob|lynch\w*|vigilante)\b"),
        ("Riots", "Violent demonstration", r"\b(?:riot\w*|rioters)\b|\bprotesters (?:threw|torched|burned|attacked|clashed)"),
        ("Protests", "Protest with intervention", r"(?s)^(?=.*\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)))(?=.*\b(?:tear gas|dispers\w+|rubber bullets|water cannons?|baton))"),
        ("Protests", "Peaceful protest", r"\b(?:protest(?:ed|ers|s)?|demonstrat(?:ion|ors|ed)|rall(?:y|ied|ies)|marched)\b"),
    )
)
_VIOLENT = re.compile(
    r"\b(?:shot|shoot\w*|gun\w*|opened fire|firing|stabb\w*|attack\w*|bomb\w*|kill\w*|murder\w*|slain|"
    r"assault\w*|ambush\w*|militant\w*|insurgent\w*|jihadist\w*|clash\w*|strike\w*|raid\w*|kidnap\w*|abduct\w*|"
    r"execut\w*|behead\w*|massacre\w*|homicide|wound\w*|explo\w+|fighting|hostage\w*|arrest\w*|protest\w*|riot\w*|escape\w*|"
    r"recaptur\w*|retook|seiz\w*|captur\w*|overran|shell\w*|grenade\w*|airstrike\w*|demonstrat\w*)\b",
    re.IGNORECASE,
)
_NOT_VIOLENT = re.compile(
    r"\b(?:fire(?:fighters?|men)?|blaze|flames|burn(?:ed|ing|s)?|crash\w*|collision|accident\w*|flood\w*|drown\w*|"
    r"overdose|earthquake|storm|hurricane|tornado|quarterly|earnings|revenue|shares|stock|profit|merger)\b",
    re.IGNORECASE,
)
_GUNFIRE = re.compile(r"\b(?:shot|shoot\w*|gunm[ae]n|gunfire|opened fire|stabb\w*|murder\w*|homicide|kill\w*|slain|attack\w*|beat\w* to death)\b", re.IGNORECASE)
# what makes a death in a fire or a crash an attack
_WEAPONS = re.compile(
    r"\b(?:shot|shoot\w*|gun\w*|opened fire|stabb\w*|attack\w*|bomb\w*|militant\w*|arson\w*|murder\w*|homicide|"
    r"assault\w*|slain|insurgent\w*|jihadist\w*|airstrike\w*|air strike\w*|shell\w*|rocket\w*|ambush\w*|raid\w*|clash\w*)\b",
    re.IGNORECASE,
)
_ARMED_PARTIES = {"military forces", "security forces", "police", "militants"}
_ARREST = re.compile(r"\b(?:arrest\w*|detain\w*|apprehend\w*|taken into custody|rounded up)\b", re.IGNORECASE)


def classify(text: str, parties: set[str | None] = frozenset(), outcomes: set[str] = frozenset()) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for a segment, or None when it tells of no violent event."""
    violent = _VIOLENT.search(text)
    if not violent:
        return None
    if _NOT_VIOLENT.search(text) and not _WEAPONS.search(text):
        return None
    for etype, sub, rx in _RULES:
        if rx.search(text):
            return etype, sub
    if _GUNFIRE.search(text) or outcomes & {"killed", "wounded"}:
        # attacks on armed people are battles in ACLED's terms
        if parties & _ARMED_PARTIES and len(parties - {None}) >= 2:
            return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"
    if _ARREST.search(text) or "arrested" in outcomes:
        return "Strategic developments", "Arrests"
    return None


@Language.factory("eventdesk_event_type", assigns=["doc._.event_types"], requires=["doc._.segments", "doc._.raw_claims"])
def make_event_type(nlp: Language, name: str):
    return EventTyper()


class EventTyper:
    def __call__(self, doc: Doc) -> Doc:
        types = []
        for seg in doc._.segments:
            claims = [c for c in doc._.raw_claims if seg.first_sent <= c.sent < seg.end_sent and c.sent not in doc._.background]
            types.append(classify(
                doc.text[seg.start:seg.end],
                {c.party for c in claims},
                {c.outcome for c in claims},
            ))
        doc._.event_types = types
        return doc
