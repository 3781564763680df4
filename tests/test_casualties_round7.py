"""Per-report killed / injured figures, round seven: a headline's capitalised words, persons told with their
wounds, a time after the counted noun, one more person hit the same way, a person a headline lists before a
count, "others" besides a count, ages told as "younger than", "passed away", and hits only feared.  Every
report here is written for these tests."""

from __future__ import annotations

import pytest

from eval.common import report_casualties


@pytest.mark.parametrize("text, expected", [
    # a headline's capitalised nouns are tagged proper nouns: "Shots" are no persons, "Dead" is a toll
    ("30 Shots Fired, 1 Dead in Overnight Marlow Shooting\n"
     "Four people were shot along Third Street in Marlow overnight and one of those victims died.", (1, 3)),
    ("1 Dead , 6 Hurt After Shooting At Birthday Party\n\n"
     "One man died and six people were hurt when gunfire erupted at a birthday party on Saturday night.", (1, 6)),
    # persons told with their wounds
    ("Police said three other people with gunshot wounds walked into Mercy Hospital on Thursday night.", (0, 3)),
    ("A man was found shot dead on Elm Street. Two more people with gunshot wounds later arrived at a hospital.", (1, 2)),
    # a time after the counted noun ends the noun phrase
    ("A night of gunfire in west Dalton injured at least five victims this week, police said.", (0, 5)),
    # one more person, hit the same way as the count before
    ("Three men shot, a fourth wounded by shrapnel in Riverton\n\nPolice were called at 9:15 p.m.", (0, 4)),
    ("Two men were shot and another was wounded by flying glass outside a bar on Friday.", (0, 3)),
    ("Two people were killed and another died later at a hospital after the shooting on Monday.", (3, 0)),
    # ... not another outcome
    ("One man was killed and another was wounded in a shooting on Oak Street on Sunday.", (1, 1)),
    ("Two men were killed and a third was wounded in the attack on Sunday.", (2, 1)),
    # a person a headline lists, without an article, before a count
    ("Mother, 2 children found dead in Kayenta home\n\nThe three were shot, police said.", (3, 0)),
    ("Father and 3 sons shot in driveway\n\nNone of the injuries are life-threatening, police said.", (0, 4)),
    # the person "along with" the counted ones
    ("Two young boys are dead along with their father in an apparent murder-suicide, police said.", (3, 0)),
    ("Three men were killed along with a police officer when gunmen stormed the checkpoint.", (4, 0)),
    # "she" is the person of her kind the sentence describes, not one more
    ("Officers found the man and the woman dead in the house. A two-year-old girl was taken to a hospital, "
     "but the coroner says she died from her injuries.", (3, 0)),
    ("A woman was shot and a man was wounded outside the store; she died later at a hospital.", (1, 1)),
    # "others" besides a count of the same outcome
    ("Two men were shot and three others were grazed by bullets at a party on Saturday.", (0, 5)),
    ("One man was killed and two others were wounded in a shooting in Pinecrest on Friday.", (1, 2)),
    # an age told as "younger than" is no count
    ("Around 7 p.m., a boy younger than 12 was shot in the leg at the townhome complex.", (0, 1)),
    # "passed away"
    ("Police are investigating an accidental shooting in Trinidad on Monday. "
     "The boy was taken off life support on Sunday and passed away.", (1, 0)),
    # a hit only feared is none
    ("A 15-year-old boy was shot and killed on Gordon Way on Sunday. "
     "Neighbors say more supervision is needed before another teen is killed.", (1, 0)),
])
def test_round_seven_counts(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


def headline_figures(ledger, title, text, victims_only=False):
    from eventdesk.models import Report

    [(report, _, mentions)] = list(ledger.analyze([Report(id="h1", title=title, text=text)]))
    figs = report_casualties(mentions, victims_only=victims_only)
    return report, mentions, (figs.get("killed", 0), figs.get("wounded", 0))


def test_a_headline_that_tells_more_than_the_text_counts(ledger):
    report, mentions, figs = headline_figures(
        ledger, "4 hurt in Thursday night shooting - WXYZ Channel 7 News",
        "A man was seriously hurt after he was shot in the back on Thursday night near 84th Street. "
        "Three other people with gunshot wounds walked into a hospital later that night.")
    assert figs == (0, 4)
    # the headline, less the outlet, is the report's first line, and its claim quotes it
    assert report.text.startswith("4 hurt in Thursday night shooting\n\n")
    headline_claims = [c for m in mentions for c in m.claims if c.start == 0]
    assert [c.count for c in headline_claims] == [4]
    assert report.text[headline_claims[0].start:headline_claims[0].end].strip() == "4 hurt in Thursday night shooting"


def test_a_headline_the_text_already_tells_adds_nothing(ledger):
    report, mentions, figs = headline_figures(
        ledger, "Death toll from prison attack rises to 140",
        "The death toll from the attack on the prison has risen to 140, according to the monitoring group.")
    assert figs[0] == 140
    # the one claim is the text's, with its source; the headline's words make none
    claims = [c for m in mentions for c in m.claims]
    assert len(claims) == 1 and claims[0].attributed_to == "monitoring group"


@pytest.mark.parametrize("title", [
    "1 dead, 5 wounded in weekend shootings across the city",  # a roundup
    "Vigil held for 2 shooting victims",  # an aftermath
])
def test_a_roundup_or_aftermath_headline_is_no_claim(ledger, title):
    report, _, figs = headline_figures(
        ledger, title, "A man was shot and wounded on Elm Street on Saturday night, police said.")
    assert figs == (0, 1)
    assert not report.text.startswith(title)


def test_persons_a_headline_tells_in_a_word_are_not_counted(ledger):
    # "armed man" is the suspect the text tells of, no victim; only the headline's numbers count
    _, _, figs = headline_figures(
        ledger, "Deputies kill armed man, 2 hurt after standoff",
        "Sheriff's deputies shot and killed an armed suspect after a six-hour standoff on Monday. "
        "Two deputies were hurt.", victims_only=True)
    assert figs == (0, 2)


def test_persons_of_a_headline_the_text_opens_with_still_count(ledger):
    # only a headline put before the text is read for its numbers alone; one the page's text opens with is
    # the text's first sentence, persons and all
    report, _, figs = headline_figures(
        ledger, "Man shot dead outside Elm Street bar",
        "Man shot dead outside Elm Street bar\n\nPolice are looking for the gunman, who fled on foot.")
    assert figs == (1, 0)
    assert report.text.startswith("Man shot dead outside Elm Street bar\n\nPolice")
