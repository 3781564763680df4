"""Event type in the ACLED taxonomy, from the words of one segment.

The rules are tried in order; the first that fires decides.  ACLED codes an
attack on armed forces or a prison as a battle (armed clash), an attack on
unarmed people as violence against civilians, so the parties of the killed and
wounded weigh in when the words alone say only "attack".  A segment that speaks
only of fires, crashes or accidents is no violent incident: ``classify``
returns None.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

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


# -- the trained model ------------------------------------------------------------------------------
# TF-IDF + multinomial logistic regression over ACLED sub-event types, trained on ACLED dev notes by
# eval/train_event_type.py; it decides what the rules leave open.

MODEL_PATH = Path(__file__).resolve().parents[1] / "patterns" / "event_type_model.jsonl"
_TOKEN = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"\d+")
_SKIP = frozenset("january february march april may june july august september october november december "
                  "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split())


def features(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams, digits folded to 0 ('82mm' -> '0mm'), dates' words left out."""
    toks = [t for t in _TOKEN.findall(_DIGITS.sub("0", text.lower())) if t not in _SKIP]
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]


class EventTypeModel:
    def __init__(self, classes, intercept, terms, meta=None):
        self.classes = [tuple(c) for c in classes]
        self.intercept = list(intercept)
        self.terms = terms  # term -> (idf, [weight per class])
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "EventTypeModel":
        with path.open(encoding="utf-8") as f:
            head = json.loads(f.readline())
            terms = {}
            zero = [0.0] * len(head["classes"])
            for line in f:
                d = json.loads(line)
                terms[d["t"]] = (d["idf"], d.get("w", zero))
        return cls(head["classes"], head["intercept"], terms, head.get("meta"))

    def scores(self, text: str) -> list[float]:
        """Class probabilities for one text."""
        counts: dict[str, int] = {}
        for t in features(text):
            if t in self.terms:
                counts[t] = counts.get(t, 0) + 1
        vals = {t: (1.0 + math.log(k)) * self.terms[t][0] for t, k in counts.items()}
        norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
        z = list(self.intercept)
        for t, v in vals.items():
            w = self.terms[t][1]
            x = v / norm
            for i in range(len(z)):
                z[i] += x * w[i]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return [v / s for v in e]

    def predict(self, text: str) -> tuple[tuple[str, str], float]:
        p = self.scores(text)
        i = max(range(len(p)), key=p.__getitem__)
        return self.classes[i], p[i]


@lru_cache(maxsize=1)
def default_model() -> EventTypeModel | None:
    """The shipped model, loaded once per process (None when the file is missing)."""
    try:
        return EventTypeModel.load()
    except FileNotFoundError:
        return None


def classify(text: str, parties: set[str | None] = frozenset(), outcomes: set[str] = frozenset(), model: EventTypeModel | None = None) -> tuple[str, str] | None:
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
