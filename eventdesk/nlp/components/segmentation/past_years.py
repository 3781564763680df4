"""Past years that make no background (rule 5 of the package): the year by which a court story dates the killing it
tries (``_tried_incident_told``), and, up to the lead, a year that dates a clause of no violence or a place's
history (``_years_date_no_violence``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...doctext import doc_text, span_text
from ...victims.words import RECORD_WORDS
from .background import YEAR, _ADDRESS_AFTER, is_background
from .earlier import COURT, COURT_NEWS
from .lead import _lead
from .separators import HURT, VIOLENCE


# -- the incident a court tries, told by its year (see ``_tried_incident_told``) --
# the words of a court's proceeding (lemmas) that a tried act hangs on: "sentenced for the 2014 shooting death of",
# "convicted of murder in the 2013 killing", "the trial of a man accused of killing a girl ... in 2015", "parole for
# a man who killed a clerk in 1984"
_COURT_LEMMAS = frozenset({"sentence", "convict", "acquit", "plead", "indict", "arraign", "charge", "accuse", "trial",
                           "retrial", "jury", "juror", "verdict", "parole", "appeal", "conviction", "guilty", "try"})
# the words of the act itself (lemmas): the year must date the act, not the court ("a 2015 murder trial")
_ACT_LEMMAS = frozenset({"shooting", "death", "killing", "murder", "slaying", "homicide", "robbery", "holdup", "attack",
                         "shoot", "kill", "wound", "fire", "slay", "rob", "break", "happen", "occur"})
# what a year dates that is no act being tried: a term served, a record ("served 11 years for a 2004 shooting",
# "a prior 2009 conviction"): the record words the victims reader shares (``RECORD_WORDS``)


def _tried_incident_told(doc: Doc, sents, claim_sents: set[int], anchor_year: int | None) -> set[int]:
    """Sentences a past year alone makes background that tell the killing a court story tries: a court story's lead
    dates the act it tries by its year ("was sentenced Thursday for the 2014 shooting death of ...", "Jury selection
    began Monday in the trial of a man accused of killing a girl ... in 2015"), and that act is the report's incident,
    whatever its year.  The lead, and every later sentence whose past years are all the tried act's ("Wilkes was
    shot twice on Sept. 12, 2015"), are no background for their year; a year that dates something else (an earlier
    crime of the accused, "served 11 years for a 2004 shooting"; the court itself, "a 2015 murder trial") leaves its
    sentence background."""
    if anchor_year is None:
        return set()
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    past = [_past_years(sents[i], anchor_year) for i in range(len(sents))]
    tried = {int(t.text) for t in past[lead] if _dates_a_tried_act(t)}
    # (a killing by gunfire: a tried hurt that killed nobody is left background, as a lead's wounded are the likelier
    # to be misread — the accused's own, a knife's, a hurt the charge only alleges; so is a killing of a report that
    # names no gun)
    killing = any(c.sent == lead and c.outcome == "killed" for c in doc._.raw_claims) and bool(_GUNFIRE.search(doc_text(doc)))
    if not tried or not killing or any(int(t.text) not in tried for t in past[lead]) or _a_fresh_hurt_after(doc, sents, lead, past):
        return set()
    return {i for i in range(lead, len(sents)) if past[i] and all(int(t.text) in tried for t in past[i])
            and not is_background(span_text(sents[i])) and not (i > lead and _tells_a_record(sents[i]))}


# the words of gunfire, which a tried killing's report must hold: a court story of a killing by other means ("the 2015
# killing of his roommate", no gun named) is left background, as before
_GUNFIRE = re.compile(r"\b(?:shot|shots|shoot\w*|gun\w*|fired|firearm|bullets?|pistol|rifle|handgun|shotgun|open(?:ed|s|ing)? fire)\b", re.IGNORECASE)
# a time of these days, which a retold act of a past year does not carry: "Hours after the verdict", "on Sunday"
_FRESH = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|this (?:morning|afternoon|evening)"
    r"|(?:hours|minutes) (?:after|later|before))\b",
    re.IGNORECASE,
)


def _a_fresh_hurt_after(doc: Doc, sents, lead: int, past) -> bool:
    """A later sentence of no past year that tells a hurt at a time of these days ("Hours after the verdict, the
    teen's cousin was shot in the leg outside the courthouse"): the report's news may be that fresh hurt, not the
    act the court tried, which then stays background as before."""
    hurt = {c.sent for c in doc._.raw_claims if c.outcome in HURT}
    return any(i > lead and not past[i] and _FRESH.search(span_text(sents[i])) for i in hurt)


def _tells_a_record(sent) -> bool:
    """A later sentence about the accused's record, whatever its year ("had served four years for a 2015 robbery",
    "was paroled in 2012"): a word of ``RECORD_WORDS``, the list the walk up from a year reads."""
    return any(t.lemma_.lower() in RECORD_WORDS for t in sent)


def _past_years(sent, anchor_year: int) -> list:
    """The tokens of a sentence that name a year before ``anchor_year`` (not a house or block number)."""
    text = doc_text(sent.doc)
    return [t for t in sent if YEAR.fullmatch(t.text) and int(t.text) < anchor_year
            and not _ADDRESS_AFTER.match(text, t.idx + len(t.text))]


def _dates_a_tried_act(year) -> bool:
    """The year hangs on an act (a shooting, a killing, "fired") that hangs in turn on a court's proceeding told on
    the sentence's main line, with no term served or record between (``_COURT_LEMMAS``, ``_ACT_LEMMAS``,
    ``RECORD_WORDS``)."""
    act = False
    tok = year
    for _ in range(12):
        lem = tok.lemma_.lower()
        if lem in RECORD_WORDS or any(c.lower_ in RECORD_WORDS for c in tok.children if c.dep_ == "amod"):
            return False
        if _court_word(tok) and tok.i != year.i and act and _on_the_main_line(tok):
            return True
        if lem in _ACT_LEMMAS:
            act = True
        if tok.head.i == tok.i:
            # the court may be the subject or the object of the sentence's verb: "Jurors began hearing evidence ...
            # for killing five co-workers ... in 2015", "Relatives of two attendants killed in 1979 urged the parole
            # board ..."
            return act and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (_court_word(c) or any(
                m.dep_ == "compound" and _court_word(m) for m in c.children)) for c in tok.children)
        tok = tok.head
    return False


def _on_the_main_line(tok) -> bool:
    """The word is no part of a clause or a participle that describes a person: "Jury selection began in the trial
    of ..." (not "a man accused of ...", whose court is only what the man is known by, nor "Shots were fired at the
    home of a witness who testified against a man convicted of a 2014 shooting": the news is the shots)."""
    for _ in range(12):
        if tok.dep_ in ("relcl", "acl"):
            return False
        if tok.head.i == tok.i:
            return True
        tok = tok.head
    return False


def _court_word(tok) -> bool:
    """A word of a court's proceeding (``_COURT_LEMMAS``), however the tagger took it ("Jurors" at a sentence's
    start may be a proper noun, its lemma the word itself)."""
    return tok.lemma_.lower() in _COURT_LEMMAS or tok.lower_ in _COURT_LEMMAS or tok.lower_[:-1] in _COURT_LEMMAS


def _years_date_no_violence(doc: Doc, sents, claim_sents: set[int], anchor_year: int | None) -> set[int]:
    """Sentences a past year alone makes background though the year dates nothing violent: "Police identified the
    officers who fired at a man ... as Officer Ruben Diaz, who joined the force in 2015", "a shop he had run since
    1979".  The year's own clause (the verb it hangs on, with all its words) tells no violence and no court; the rest
    of the sentence is the report's news.  Only up to the lead: further down, such a sentence is as often a caption
    or a teaser of another story glued into the page ("shown in a 2014 family picture, died after being shot").  A
    year whose clause tells a hurt, a shooting or a trial ("In 2009, two men were killed here", "he was sentenced in
    2009 for shooting a man") leaves its sentence background."""
    lead = _lead(doc, sents, claim_sents)
    if anchor_year is None or lead is None:
        return set()
    out = set()
    for i, sent in enumerate(sents[:lead + 1]):
        years = _past_years(sent, anchor_year)
        if years and not is_background(span_text(sent)) and all(_a_quiet_clause(t) or _a_place_history(t) for t in years):
            out.add(i)
    return out


def _a_place_history(year) -> bool:
    """The year dates a "where" clause on a place: "was shot Sunday at Fifth and Vine, the same corner where two men
    were killed in 2009" tells this shooting, and the clause's hurt is the place's history, which the reading of
    persons leaves out (``victims.earlier_where``)."""
    # (the year may hang on a verb inside the clause: "where two men were killed in a drive-by shooting in 2009")
    verb = _clause_verb(year)
    while verb is not None:
        first = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
        if first.dep_ == "relcl":
            return any(c.lower_ == "where" and c.dep_ == "advmod" for c in first.children)
        verb = _clause_verb(first.head)
    return False


def _clause_verb(tok):
    """The nearest verb above a token, or None at the sentence's root."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") and tok.head.i != tok.i else None


def _a_quiet_clause(year) -> bool:
    """The clause a year hangs on (its nearest verb, and all that verb's words) tells no violence and no court."""
    verb = _clause_verb(year)
    if verb is None:
        return False  # (the year hangs on the sentence's main verb: it dates the sentence's news)
    words = " ".join(t.text for t in verb.subtree)
    return not VIOLENCE.search(words) and not COURT_NEWS.search(words) and not COURT.search(words) \
        and not any(t.lemma_.lower() in _COURT_LEMMAS | _ACT_LEMMAS for t in verb.subtree)
