"""Reports that tell no violent incident create none; violent reports in the same words still do, with their toll.

tests/fixtures/nonviolent/negatives.jsonl holds invented local-news and wire reports of the kinds that share words
with violence (each row names its kind):

- fire: house, apartment, mobile-home, nursing-home and hotel fires, with deaths and injuries ("claimed the lives
  of", "taken to hospital for smoke inhalation", "a firefighter was hurt"), wildfires and brush fires, fires ruled
  accidental or under investigation, fire-service press releases ("Companies of firefighters ... mounted an
  offensive attack"), a vacant house set on fire with nobody in it, a gun shop burning with its rounds exploding;
- explosion and fireworks: a feed mill, a chemical plant, an ammunition plant, a gas leak (with the bomb squad
  called as a precaution), a transformer, a propane tank, a tire, a fireworks stand whose mortars "shot in every
  direction";
- business: people fired, sacked, axed, ousted, laid off, terminated, reinstated, suing over it; police officers
  fired for misconduct that hurt nobody, and one fired seven months after he fatally shot a man (the report's
  news is the dismissal: the shooting was reported when it happened, and this report tells it only as the
  reason, so it creates no incident of its own); a worker fired for a handgun kept in his car; an instructor
  fired after a round went into a range's ceiling; plant closings; restaurants that refused to serve police;
- idiom: "shot up 20 percent", "killed the deal", "slashed prices", "bombed at the box office", "blasted
  critics", "under fire", "fired back", "took a shot at", a shootout win, "fired a 66", "attack ads", "a hostile
  takeover", "a war of words", "holding schools hostage", "a massacre at the polls", a police drama shooting
  scenes with gunfire effects;
- death: crashes, drownings, overdoses, obituaries, heat stroke, collapses, lightning, a train, a falling limb, and
  a hunter who died of a heart attack beside his unfired rifle.

Each is analysed on its own and must yield no mention.  A hunting accident in which somebody is shot is an
incident (the Gun Violence Archive counts unintentional shootings): see the positives.

tests/fixtures/nonviolent/positives.jsonl holds violent reports in the same words: "opened fire", "fired shots",
"set fire to the house, killing two", "fired at officers", a firebomb, a fired worker who came back and shot, a
shooting at a range, a gun found by a child, a gunman at a mill or an ammunition plant.  Each is ingested into a
ledger of its own and must make one incident with the row's killed and wounded.  Rows with ``known_miss`` are
still wrong for the reason given, in rules other than those that tell violence from its lookalikes: their test
asserts today's figures are not yet the row's, so that a fix shows."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from eventdesk.models import Report

from .invented import read_rows, report_of

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "nonviolent"


NEGATIVES = read_rows(FIXTURES / "negatives.jsonl")
POSITIVES = read_rows(FIXTURES / "positives.jsonl")


@pytest.fixture(scope="module")
def negative_mentions(nlp, gazetteer, tmp_path_factory):
    """The mentions of every negative row, by row: one pass of the real pipeline."""
    from eventdesk import Ledger

    with Ledger(tmp_path_factory.mktemp("nonviolent") / "ledger.db", nlp=nlp, gazetteer=gazetteer) as led:
        return {int(r.id): m for r, _, m in led.analyze([report_of(i, row) for i, row in enumerate(NEGATIVES)])}


def test_the_battery_covers_the_kinds():
    kinds = Counter(r["kind"] for r in NEGATIVES)
    assert len(NEGATIVES) >= 80 and len(POSITIVES) >= 25
    assert kinds["fire"] >= 30 and kinds["business"] >= 30 and kinds["idiom"] >= 20 and kinds["death"] >= 15
    assert kinds["explosion"] + kinds["fireworks"] >= 8
    # every report opens with a dateline, as wire and local news do
    assert all(" -\n" in r["text"][:60] or r["text"].startswith("On ") for r in NEGATIVES + POSITIVES)


@pytest.mark.parametrize("i", range(len(NEGATIVES)), ids=[r["title"] for r in NEGATIVES])
def test_a_report_of_no_violence_creates_no_incident(negative_mentions, i):
    assert negative_mentions[i] == [], NEGATIVES[i]["text"]


@pytest.mark.parametrize("i", range(len(POSITIVES)), ids=[r["title"] for r in POSITIVES])
def test_a_violent_report_in_the_same_words_creates_its_incident(nlp, gazetteer, tmp_path, i):
    from eventdesk import Ledger

    row = POSITIVES[i]
    with Ledger(tmp_path / "ledger.db", nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest_reports([report_of(i, row)])
        rows, total = led.incidents()
    assert total >= 1, row["text"]
    figures = (sum(r.killed_best or 0 for r in rows), sum(r.wounded_best or 0 for r in rows))
    if "known_miss" in row:
        assert (total, *figures) != (1, row["killed"], row["wounded"]), f"fixed? drop known_miss: {row['known_miss']}"
    else:
        assert (total, *figures) == (1, row["killed"], row["wounded"]), row["text"]


def test_few_positives_are_known_misses():
    assert sum("known_miss" in r for r in POSITIVES) <= 6


# -- the rules, one by one ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Shares of the chipmaker shot up 20 percent on Wednesday after it reported earnings.",
    "The front-runner took a shot at her rival's record, and he fired back with an attack on her votes.",
    "Mayor Sly James blasted critics of a downtown stadium plan on Thursday.",
    "The House speaker accused the governor of holding schools hostage.",
    "It was a massacre at the polls for incumbents on Tuesday.",
    "A bill to raise the minimum wage died in committee on Wednesday after a fierce fight.",
    "A firefighter suffered a shoulder injury after the homeowner used a heat gun to strip paint, fire officials said.",
    "His rifle was found beside the hunter, who had suffered a heart attack and was found dead.",
    "A worker was fired for keeping a handgun in his locked car; no one was threatened.",
    "A student fired a round into the ceiling of the shooting range during a class. No one was hurt.",
    "A police drama will shoot scenes downtown; residents may hear gunfire effects.",
    "A fireworks stand exploded, injuring two employees. Rockets and mortars shot in every direction.",
    "Four soldiers were killed when their helicopter crashed during a night training flight, the Army said.",
    "The governor sent 1,200 troops to help fight wildfires that have burned 300,000 acres.",
    "Police seized illegal fireworks, including cherry bombs and aerial shells, from a garage.",
    "Workers said they felt ambushed when managers told them they were being laid off.",
])
def test_figures_of_speech_and_things_are_no_event(text):
    from eventdesk.nlp.components.event_type import classify

    assert classify(text) is None


@pytest.mark.parametrize("text, outcomes", [
    ("The gunman fired back at police, wounding an officer.", {"wounded"}),
    ("Gunmen held two people hostage inside the bank for six hours.", set()),
    ("A man with a rifle killed two people at a lumber mill on Monday.", {"killed"}),
    ("A 12-year-old boy was killed in a hunting accident with a shotgun.", {"killed"}),
    # a range is no place of violence unless the casualty rules find somebody hurt there
    ("A man shot and killed his wife at a shooting range and then killed himself.", {"killed"}),
    ("Someone threw a firebomb through the window of the house, and the attack burned three people.", set()),
    # weapons carried off in an escape, a gun pulled and fired: something done with them, though nobody was hurt and
    # a conviction is named
    ("A convicted inmate escaped with a shotgun and two pistols during a transfer; a manhunt is under way.", set()),
    ("A convicted inmate pulled a gun on two guards and fired it during a prison transfer; the guards were unharmed.", set()),
    # troops who fight or kill, whatever crash or fire is told beside it
    ("Two soldiers were killed in an ambush on their convoy, and their truck overturned in a ditch.", {"killed"}),
    ("Soldiers killed two villagers at a checkpoint, then crashed their truck into a ditch as they fled.", {"killed"}),
])
def test_the_same_words_of_violence_are_an_event(text, outcomes):
    from eventdesk.nlp.components.event_type import classify

    assert classify(text, outcomes=frozenset(outcomes)) is not None


def test_a_firebomb_is_an_attack_not_a_chemical_weapon():
    from eventdesk.nlp.components.event_type import classify

    assert classify("Someone threw a firebomb through the front window of a rowhouse early Wednesday, burning a "
                    "mother and her two sons. All three were taken to a burn center.") == ("Violence against civilians", "Attack")


def test_no_arrests_is_no_arrest():
    from eventdesk.nlp.components.event_type import classify

    assert classify("A police union called for a boycott after a worker refused to serve a deputy. "
                    "No one was hurt and no arrests were made.") is None


def test_a_dismissal_long_after_the_act_is_background(analyze):
    doc = analyze("The department fired an officer on Friday, seven months after he fatally shot a man during a "
                  "traffic stop, the chief said. The officer will appeal.", anchor=dt.date(2017, 10, 14))
    assert 0 in doc._.background
    # ... but a man fired last week who came back and shot tells the shooting
    doc = analyze("A man who was fired last week returned to the warehouse on Monday and shot his supervisor, "
                  "police said.", anchor=dt.date(2017, 10, 14))
    assert 0 not in doc._.background


def test_a_strike_stays_a_demonstration():
    # a decision: ACLED codes a strike as a peaceful protest, so it is an event of the taxonomy, though no violence
    from eventdesk.nlp.components.event_type import classify

    assert classify("About 1,200 workers at a meatpacking plant went on strike Monday after contract talks broke "
                    "down over wages, their union said.") == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("report", [
    # a dismissal, whose shooting is months old
    Report(id="fired", title="Officer fired months after fatal shooting",
           text="The police department fired an officer on Friday, seven months after he fatally shot a man "
                "during a traffic stop in March, the chief said. The officer's lawyer said he would appeal.",
           published=dt.date(2017, 10, 14)),
    Report(id="transformer", title="What sounded like gunfire was a transformer",
           text="SPOKANE, Wash. -\nAn underground transformer exploded in downtown Spokane on Thursday, "
                "blowing a manhole cover into the air and knocking out power to 4,000 customers. No one was hurt.",
           published=dt.date(2017, 5, 4)),
], ids=["dismissal", "transformer"])
def test_a_body_that_speaks_of_violence_is_not_replaced_by_its_headline(ledger, report):
    # the headline stands in for a body that tells nothing (a paywall); not for one that was read and found to
    # tell something else
    summary = ledger.ingest_reports([report])
    assert summary.stored == 1 and summary.mentions == 0


def test_a_claim_made_of_a_figure_of_speech_hurts_nobody():
    from eventdesk.nlp.components.event_type import classify

    # the casualty rules read "killed" as a death; once the figure of speech is read, no word of a person hurt is left
    assert classify("The owner of a family grocery said the price war has killed his business.",
                    outcomes=frozenset({"killed"})) is None
