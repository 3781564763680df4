"""Per-report killed / injured figures, round eighteen: a toll where the incident has none (a death or a hurt read in
a report whose incident killed nobody or hurt nobody).

``eval/counts_check16.jsonl`` holds 70 invented wire and TV-station reports whose incident killed nobody or hurt
nobody (victims alive in critical condition, dead shooters, victims of earlier shootings recalled, people shot at but
not hit, people hurt not by the gun, deaths that are no violence), beside near misses whose figures do count.  The
test below pins the scores this round reached on it.  The focused tests use sentences written for them, each a rule's
positive case and its near miss.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over
victims only."""

from __future__ import annotations

from .tolls import check_set_scores, figures as _figures


def test_sixteenth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "16", rows=70)
    # both exact before this round: rules half 20 of 28, check half 32 of 42
    assert scores["rules"]["rows"] == 28 and scores["check"]["rows"] == 42
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules
RULES_BOTH = 24  # 23 -> 24 with the twenty-ninth session's rounds
CHECK_BOTH = 34  # 32 -> 34 with round over20's rules


# -- a shooting at a rite: whom the crowd came to remember, and who died beside the mourned, died before

def test_the_teen_a_vigil_remembers_died_before_the_gunfire_there(mentions_of):
    text = ("TRENTON, N.J. (AP) - Gunfire broke out Saturday at a vigil for a teenager who was shot to death last week, "
            "but no one was struck, police said. Dozens of people had gathered on Hamilton Avenue to remember Darnell "
            "Weeks, 17, who was killed Monday.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_vigil_without_gunfire_keeps_its_dead(mentions_of):
    # near miss: the crowd gathered to remember the teen, and nobody fired at the vigil: his death is the news
    text = ("TRENTON, N.J. (AP) - A 17-year-old was shot and killed Monday on Hamilton Avenue, police said. Dozens of "
            "people gathered Saturday to remember Darnell Weeks at a vigil outside his school.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_the_mourned_of_a_wake_and_the_man_killed_beside_him_died_before(mentions_of):
    text = ("SCRANTON, Pa. - A man was critically wounded Sunday when shots were fired during the wake services for "
            "Andre Pullman, 39, one of two men fatally shot outside a tavern on March 2. Pullman and Tevin Marsh, 22, "
            "were fatally shot outside the tavern on Lackawanna Avenue.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_two_killed_without_a_rite_are_two(mentions_of):
    # near miss: the same two deaths, told with no rite shot at
    text = ("SCRANTON, Pa. - Andre Pullman, 39, and Tevin Marsh, 22, were fatally shot outside a tavern on "
            "Lackawanna Avenue on Sunday, police said.")
    assert _figures(mentions_of(text)) == (2, 0)


# -- a death of an overdose told in a clause under "of"

def test_a_woman_pronounced_dead_of_an_overdose_is_no_killing(mentions_of):
    text = ("DULUTH, Minn. - A man was shot in the leg at a house on Central Avenue on Friday, and a woman found in the "
            "house was later pronounced dead of what police believe was an overdose. The man is expected to survive.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_man_who_died_of_what_was_a_gunshot_wound_is_killed(mentions_of):
    # near miss: the cause told in the clause under "of" is the shooting's
    text = ("DULUTH, Minn. - A man found at a house on Central Avenue on Friday died of what doctors called a gunshot "
            "wound to the chest, police said.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_the_age_a_man_died_at_is_no_cause(mentions_of):
    # near miss: "at the age of" under the wounds he died from is no cause of death ("age" is one on its own)
    text = "DULUTH, Minn. - A man shot on Central Avenue on Friday died from his wounds at the age of 34, police said."
    assert _figures(mentions_of(text)) == (1, 0)


# -- a hurt of a struggle, a faint or a check at a hospital is no hit of the gunfire

def test_an_officer_hurt_struggling_with_an_armed_man_is_no_victim(mentions_of):
    text = ("EUGENE, Ore. - A Eugene police officer suffered a knee injury Tuesday while struggling with a man who had "
            "a loaded pistol in his coat, police said. No shots were fired.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_an_officer_shot_while_struggling_is_a_victim(mentions_of):
    # near miss: the struggle's sentence tells a hit by gunfire
    text = ("EUGENE, Ore. - A Eugene police officer was shot in the hand Tuesday while struggling with a man who had "
            "a loaded pistol in his coat, police said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_relatives_who_passed_out_are_no_victims(mentions_of):
    text = ("XENIA, Ohio - A 30-year-old man was found shot to death in his home on Monday, police said. Two relatives "
            "at the house who passed out were taken to a hospital.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_suspect_taken_for_a_medical_clearance_is_no_victim(mentions_of):
    text = ("GREELEY, Colo. - A man who fired a rifle into the air from his truck was arrested Saturday, police said. "
            "He was taken to the hospital for a medical clearance and then booked into jail.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_man_taken_to_the_hospital_after_the_shooting_is_a_victim(mentions_of):
    # near miss: a man taken to a hospital with nothing said of a check: a hit
    text = ("GREELEY, Colo. - A man was found in a parking lot after shots were fired Saturday, police said. He was "
            "taken to the hospital in serious condition.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- a count of persons hurt or killed is a count of neither

def test_a_count_hurt_or_killed_is_no_wounded_figure(mentions_of):
    text = ("GARY, Ind. - A 15-year-old boy was shot in the leg on Sunday, police said. Eight people have been hurt or "
            "killed by gunfire on the block, neighbors said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_counts_killed_and_wounded_apart_are_each_a_figure(mentions_of):
    # near miss: "and" gives each count its own outcome; the "or" of a denial is the negation's
    text = ("GARY, Ind. - Two people were killed and three wounded at a party on Sunday, police said. No one else was "
            "hurt or killed.")
    assert _figures(mentions_of(text)) == (2, 3)


# -- the persons of an earlier incident a report compares its own with

def test_the_victim_of_the_first_homicide_of_the_year_is_no_victim_here(mentions_of):
    text = ("RACINE, Wis. - Police say 38-year-old Dale Kessler was shot and killed during an argument on Tuesday. This is "
            "the second homicide in the city this year. The first homicide came Friday, January 8th. 29-year-old Marcus "
            "Tillery was shot and killed near 14th and Grand.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_the_man_an_officer_shot_a_month_before_is_no_victim_here(mentions_of):
    text = ("LANSING, Mich. - Authorities have ruled the death of a woman shot by police outside a Lansing store on "
            "Wednesday a homicide. Rita Vance, 31, died from multiple gunshots. It was the second fatal shooting in the "
            "last month involving a Lansing police officer. Curtis Fenn, 35, an unarmed man, was shot Dec. 23 by a "
            "Lansing officer. Police claim he went for an officer's gun before he was fatally shot on Elm Street.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_victim_named_after_the_ranking_without_a_date_is_this_incidents(mentions_of):
    # near miss: no day of the month: the man named after the ranking sentence is this incident's victim
    text = ("RACINE, Wis. - A man was shot on Tuesday night on Grand Avenue, police said. It was the third shooting in "
            "the city this week. Marcus Tillery, 29, was taken to a hospital in serious condition.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_victim_told_before_the_ranking_stays(mentions_of):
    # near miss: a day of the month is told, but the man named after the ranking was told before it
    text = ("RACINE, Wis. - Dale Kessler, 38, was shot and killed on Jan. 12 near 14th and Grand, police said. This is "
            "the second homicide in the city this year. Kessler had just left work.")
    assert _figures(mentions_of(text)) == (1, 0)


# -- a death in a crash or a storm is no killing

def test_deaths_in_a_blizzard_beside_the_shooting_are_no_killings(mentions_of):
    text = ("BROOKLYN, N.Y. - A man was found shot to death in his apartment on Saturday night, police said. The mayor "
            "said at least three other people died during the blizzard, all while shoveling snow.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_brother_who_died_in_a_car_crash_is_no_victim(mentions_of):
    text = ("HAMMOND, Ind. - A man was shot in the arm on Sunday, a day after his brother died in a car crash on "
            "Interstate 80, police said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_deaths_in_a_shooting_and_in_a_hospital_are_killings(mentions_of):
    # near miss: "died in" a shooting, and "in" the place where one died, tell killings
    text = "HAMMOND, Ind. - A man died in a shooting on Sunday, police said. A woman shot with him died in the hospital."
    assert _figures(mentions_of(text))[0] == 2
