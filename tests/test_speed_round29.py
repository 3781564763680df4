"""The twenty-ninth session's speed pass: the same answers with the event type's figure patterns searched faster.

As in ``test_speed_round28``, each shortcut is tested twice: the rule behind it still fires on the report that needs it
(and a near miss keeps its words), and, over a bank of invented texts, the answer with the shortcut equals the answer
as it was written before.

- ``words.Blanker`` blanks case-blind patterns out of a text as ``p.sub(" ", text)`` does, searching lower-case twins
  of the patterns in the lower-cased text where every letter of it folds in place (ASCII, or no case at all); the
  event type's prefilter (``figures._prefilter``) and its figures of debate and fire (``cues._figures_of_debate``)
  use it;
- ``no_hit.tells_gunfire`` reads each sentence as a slice of the doc's text (``span_text``), not joined from its tokens.
"""

from __future__ import annotations

import re

import pytest

from eventdesk.nlp.components.event_type import cues, decide, figures, words
from eventdesk.nlp.victims import no_hit

# invented texts (persons, streets and outlets made up) that reach the figure patterns, in several cases and scripts
BANK = [
    "Shares of Velmont Corp. shot up 20 percent on Tuesday after the merger talks, traders said.",
    "SHARES OF VELMONT CORP. SHOT UP 20 PERCENT ON TUESDAY; the gunman shot two men on Quarry Street.",
    "The senator opened fire on the governor\u2019s budget plan, calling it \u201creckless.\u201d",
    "The senator opened fire on the mayor's tax plan; SHE OPENED FIRE ON HIS RECORD.",
    "The budget bill was shot down in a 61-38 vote. Later a man was shot and killed on Alder Road.",
    "Flames were shooting out of the windows when firefighters arrived at the home on Pine Lane.",
    "Officers shot a bear near the campground; no one else was hurt.",
    "She shot a 68 in the final round at Harlow Links.\u00a0Police said a man was shot twice nearby.",
    "The gunman opened fire on the crowd outside the Rialto bar, killing one man.",
    "Dale Ferris took a shot at the record but missed; Ferris was later shot in the arm on Lime Street.",
    "mixed Case: The ATF and the Bureau of Alcohol, Tobacco, Firearms and Explosives joined the inquiry.",
    "Flames were seen shooting from the roof. Ammunition in the garage kept going off, Chief Rana Pell said.",
    # cased letters outside ASCII: the twins are not used (the dotted and dotless i, the long s, the Kelvin sign,
    # an accented letter, the German sharp s)
    "\u0130stanbul police said stocks shot up; a man was shot at a caf\u00e9 on Gre\u00dfe Street.",
    "The budget bill was \u017fhot down in committee, and prices \u017fhot up 20 percent.",
    "\u212aILLED THE BILL: lawmakers killed the bill in committee on Friday; the sheriff shot a deer.",
    "A man was shot on \u00c5sa Road. The \u0131nsurgents attacked the plan.",
    "",
    "shot",
]


def _plain(patterns, text: str) -> str:
    for p in patterns:
        text = p.sub(" ", text)
    return text


@pytest.mark.parametrize("blanker", [figures._FIGURES_BLANKED, cues._DEBATE_AND_FIRE_BLANKED])
@pytest.mark.parametrize("text", BANK)
def test_blanker_gives_the_plain_substitutions(blanker, text):
    assert blanker.blank(text) == _plain(blanker.patterns, text)


def test_blanker_gives_the_plain_substitutions_on_each_sentence_and_in_capitals():
    pieces = [s for t in BANK for s in re.split(r"(?<=[.;])\s+", t)]
    for text in pieces + [t.upper() for t in pieces] + [t.swapcase() for t in pieces]:
        for blanker in (figures._FIGURES_BLANKED, cues._DEBATE_AND_FIRE_BLANKED):
            assert blanker.blank(text) == _plain(blanker.patterns, text), text


def test_which_texts_take_the_twins():
    assert words._letters_fold_in_place("Shares SHOT up 20 percent")
    assert words._letters_fold_in_place("\u201cshot\u201d \u2014 the senator\u2019s\u00a0plan")  # quotes, a dash, a space
    for text in ("\u0130stanbul", "\u0131nsurgents", "\u017fhot", "\u212aILLED", "caf\u00e9", "Gre\u00dfe", "\u00c5sa"):
        assert not words._letters_fold_in_place(text), text


def test_the_bank_takes_both_ways():
    taken = {words._letters_fold_in_place(t) for t in BANK}
    assert taken == {True, False}
    assert sum(figures._FIGURES_BLANKED.blank(t) != t for t in BANK) >= 8  # the figures are there to blank


@pytest.mark.parametrize("pattern", [
    r"\brecover(?:ed|s)\b (?-i:[A-Z])",  # asks for a capital
    r"\bshot\S*",  # \S is no \s
    r"\x53hot",  # a capital S by its number
    r"(?P<Verb>shot)",  # a named group
    r"(?i)shot",  # an inline flag
    "caf\u00e9",  # a letter outside ASCII
])
def test_lower_twin_refused_where_lower_case_changes_the_pattern(pattern):
    with pytest.raises(ValueError):
        words._lower_twin(re.compile(pattern, re.IGNORECASE))


def test_lower_twin_refused_for_a_case_sensitive_pattern():
    with pytest.raises(ValueError):
        words._lower_twin(re.compile(r"\bshot\b"))


def test_lower_twin_of_a_backslash_and_a_capital():
    # "\\S" is a backslash and an S, not the escape: lower case keeps its meaning
    twin = words._lower_twin(re.compile(r"a\\S", re.IGNORECASE))
    assert twin.search("A\\s".lower())


# --- the rules still fire, and near misses keep their words ---

def test_prefilter_still_takes_out_a_market_figure_in_any_case():
    for text in ("Shares of Velmont Corp. shot up 20 percent on Tuesday.",
                 "SHARES OF VELMONT CORP. SHOT UP 20 PERCENT ON TUESDAY."):
        figures._prefilter.cache_clear()
        assert "shot" not in figures._prefilter(text).lower()
    near = "The gunman shot up the store on Quarry Street."  # no figure: the shooting stays
    assert "shot up" in figures._prefilter(near)


def test_figures_of_debate_still_taken_out():
    assert "opened fire" not in cues._figures_of_debate("The senator opened fire on the governor's budget plan.")
    assert "opened fire" in cues._figures_of_debate("The gunman opened fire on the crowd outside the Rialto bar.")


def test_classify_reads_a_figure_as_no_event_and_a_shooting_as_one():
    assert decide.classify("Shares of Velmont Corp. shot up 20 percent on Tuesday after the merger talks.") is None
    found = decide.classify("A gunman shot and killed two men outside the Rialto bar on Quarry Street on Tuesday.",
                            parties={"civilian"}, outcomes={"killed"})
    assert found is not None


# --- tells_gunfire reads sentences as slices ---

def _tells_gunfire_as_before(doc) -> bool:
    return any(no_hit.GUNFIRE_HIT.search(s.text) and not no_hit._NO_GUNFIRE.search(s.text) for s in doc.sents)


def test_tells_gunfire_still_fires_and_a_denial_still_holds(analyze):
    told = analyze("Three people were stabbed at a party on Wren Avenue. A neighbor said she heard gunfire.")
    assert no_hit.tells_gunfire(told) is True
    denied = analyze("Three people were stabbed at a party on Wren Avenue. No one was shot, although a neighbor "
                     "reported hearing gunfire.")
    assert no_hit.tells_gunfire(denied) is False
    for doc in (told, denied):
        assert no_hit.tells_gunfire(doc) == _tells_gunfire_as_before(doc)
