"""Segmentation, background figures, attribution, actors, dates and places of one report."""

from __future__ import annotations

import datetime as dt

PRISON = (
    "HASAKAH, Syria (Desk Wire) — Islamic State fighters attacked the Ghwayran prison in the city of Hasakah "
    "on Thursday night, setting off clashes with the Kurdish-led forces that guard it.\n\n"
    "Nine of our fighters were killed and 12 wounded, while 31 attackers were killed, the SDF said in a statement.\n\n"
    "Some 12,000 suspects remain in detention in SDF-run prisons across northeastern Syria. Last year the group "
    "carried out over 250 attacks in the region, and at its height it commanded 80,000 fighters. Two bombings last "
    "year each killed more than 40 people.\n\n"
    "In a separate attack in Nigeria, gunmen ambushed a military convoy near Maiduguri in Borno state late "
    "Wednesday, killing at least 14 soldiers, an army spokesman said."
)


def test_second_incident_in_another_country_is_its_own_mention(mentions_of):
    first, second = mentions_of(PRISON, published=dt.date(2022, 1, 21))
    assert (first.place.name, first.place.country_code) == ("Al Hasakah", "SY")
    assert (second.place.name, second.place.country_code) == ("Maiduguri", "NG")
    assert [(c.outcome, c.party, c.count) for c in second.claims] == [("killed", "military forces", 14)]
    assert second.claims[0].qualifier == "at_least"


def test_background_figures_never_become_claims(mentions_of):
    first, _ = mentions_of(PRISON, published=dt.date(2022, 1, 21))
    counts = {c.count for c in first.claims}
    assert counts == {9, 12, 31}
    assert not counts & {12000, 250, 80000, 40, 2}


def test_attribution_quotes_sentence_and_offsets(mentions_of):
    first, second = mentions_of(PRISON, published=dt.date(2022, 1, 21))
    c = first.claims[0]
    assert c.attributed_to == "Syrian Democratic Forces"
    assert PRISON[c.start:c.end] == c.sentence
    assert c.sentence.startswith("Nine of our fighters")
    assert PRISON[c.number_start:c.number_end] == "Nine"
    assert second.claims[0].attributed_to == "army"


def test_actors_are_normalised_with_roles(mentions_of):
    first, _ = mentions_of(PRISON, published=dt.date(2022, 1, 21))
    roles = {a.name: a.role for a in first.actors}
    assert roles == {"Islamic State": "perpetrator", "Syrian Democratic Forces": "target"}


def test_dates_resolve_against_the_dateline(mentions_of):
    first, second = mentions_of(PRISON, published=dt.date(2022, 1, 21))
    assert (first.date.start, first.date.precision) == (dt.date(2022, 1, 20), "day")  # Thursday night
    assert (second.date.start, second.date.precision) == (dt.date(2022, 1, 19), "day")  # late Wednesday


def test_event_types(mentions_of):
    first, second = mentions_of(PRISON, published=dt.date(2022, 1, 21))
    assert (first.event_type, first.sub_event_type) == ("Battles", "Armed clash")
    assert (second.event_type, second.sub_event_type) == ("Battles", "Armed clash")


def test_report_without_dateline_anchors_on_its_latest_explicit_date(mentions_of):
    text = ("Gunmen attacked a checkpoint near the town of Mopti on 18 January 2022, killing three soldiers, "
            "the Malian army said. Two days later, the army said, soldiers arrested four suspects.")
    [m] = mentions_of(text, published=None)
    assert m.date.start == dt.date(2022, 1, 18)
    assert m.reported_on == dt.date(2022, 1, 18)
    assert (m.place.name, m.place.country_code) == ("Mopti", "ML")


def test_report_with_no_date_at_all_stays_unresolved(mentions_of):
    [m] = mentions_of("Gunmen killed five villagers near Mopti, the army said.", published=None)
    assert m.date.start is None and m.date.precision == "unknown"


def test_unknown_place_name_does_not_blank_the_rest(mentions_of):
    [m] = mentions_of("Gunmen killed five villagers in Qzxwvillage, in central Mali, on Tuesday, officials said.")
    assert m.place is not None and m.place.country_code == "ML"
    assert [(c.outcome, c.count) for c in m.claims] == [("killed", 5)]


def test_regions_resolve_to_a_region_of_the_country(mentions_of):
    [m] = mentions_of("An air strike killed four fighters in northeastern Syria on Monday, the monitor said.")
    assert m.place.precision == "region" and m.place.country_code == "SY"
    assert (m.event_type, m.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_fires_and_business_news_make_no_incident(mentions_of):
    assert mentions_of("A fire in an apartment building killed three people on Sunday, firefighters said.") == []
    assert mentions_of("Shares of the company rose 12 percent after quarterly earnings beat forecasts.") == []


def test_another_shooting_inside_a_sentence_starts_a_new_incident(mentions_of):
    text = ("Two men were shot outside a bar on Seventh Street early Saturday; one of them died at the scene, police said. "
            "Five people were wounded in another drive-by shooting around 2:30 a.m. on East John Avenue.")
    first, second = mentions_of(text, published=dt.date(2014, 9, 27))
    assert [(c.outcome, c.count) for c in first.claims] == [("wounded", 2), ("killed", 1)]
    assert [(c.outcome, c.count) for c in second.claims] == [("wounded", 5)]


def test_links_and_questions_tell_no_incident(mentions_of):
    # a restaurant story whose page links to a homicide story; a parent's "what if"
    text = ("A fast-food chain apologized on Wednesday after a worker at one of its restaurants refused to serve "
            "a uniformed police officer at the drive-through window.\n"
            "The company said the employee would be disciplined.\n"
            "Also read:\nHomicide suspected in death of off-duty police officer\n"
            "Related: Three shot outside a nightclub downtown")
    assert mentions_of(text, published=dt.date(2015, 12, 17)) == []
    text = ("A teacher was dismissed after a camera was found in a school restroom, the district said on Friday. "
            "What if he had gone in there and attacked one of the kids?")
    assert mentions_of(text, published=dt.date(2015, 9, 25)) == []


def test_aliases_normalise_to_one_actor(analyze):
    doc = analyze("ISIS, ISIL and Daesh are names of the Islamic State; Kurdish-led forces and the SDF are one.")
    names = [m.name for m in doc._.actor_mentions]
    assert names == ["Islamic State"] * 4 + ["Syrian Democratic Forces"] * 2


def test_attribution_forms(analyze):
    for text, who in [
        ("Five people were killed, according to the Syrian Observatory for Human Rights.", "Syrian Observatory for Human Rights"),
        ("A police spokesman said three officers were wounded.", "police"),
        ("Twelve soldiers died, a spokesman for the Nigerian army said on Friday.", "Military Forces of Nigeria"),
        ("The SDF's media office said 9 fighters were killed.", "Syrian Democratic Forces"),
        ("Seven civilians were killed in the strike.", None),
    ]:
        doc = analyze(text)
        assert [c.attributed_to for c in doc._.raw_claims] == [who], text


def test_speaker_after_the_verb(analyze):
    doc = analyze('"Two officers were wounded," said police spokesman Tom Reyes, adding that the gunman fled.')
    assert [c.attributed_to for c in doc._.raw_claims] == ["police spokesman Tom Reyes"]
