"""Per-report killed / injured figures, round twenty (over): a figure where the report's incident has no victim of that
kind (a person hurt, threatened or dead, but not by the shooting).

``eval/counts_check21.jsonl`` holds 61 invented local-news, TV and police-release reports whose people are hurt by a
crash, a car, a knife, a blow or a fall, treated for shock, shot at but missed, dead of an overdose or a crash, or
victims of an earlier incident, beside near misses whose persons are shooting victims.  The first test pins the scores
this round reached on it.  The focused tests use sentences written for them, each a rule's positive case and its near
miss.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

from .tolls import check_set_scores, figures as _figures


def test_twenty_first_check_set_scores(ledger):
    scores = check_set_scores(ledger, "21", rows=61)
    # both exact before this round: rules half 17 of 29, check half 18 of 32
    assert scores["rules"]["rows"] == 29 and scores["check"]["rows"] == 32
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules
RULES_BOTH = 26
CHECK_BOTH = 24  # 22 -> 23 with round police23 (a police release's "the subject"), 24 with round left36


# -- a hurt by a vehicle: the crash of the flight, the car that struck a person

def test_a_shooter_hurt_when_he_crashed_is_no_victim(mentions_of):
    text = ("GLENVILLE, Ohio - A man who fired shots at a car on Oak Street was injured Saturday when he crashed his "
            "pickup into a pole while fleeing deputies, the sheriff's office said. No one was hit by the gunfire.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_man_shot_before_he_crashed_is_a_victim(mentions_of):
    # near miss: the man was hit, and then crashed
    text = ("GLENVILLE, Ohio - A man was shot in the arm on Oak Street on Saturday and then crashed his pickup into a "
            "pole, the sheriff's office said. He was taken to a hospital in stable condition.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_woman_struck_by_the_shooters_car_is_no_victim(mentions_of):
    text = ("A 58-year-old woman was hospitalized Monday after she was struck by a car whose occupants had just fired "
            "several shots on Hollis Avenue, police said. Nobody was hit by the shots.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_woman_struck_by_a_bullet_from_a_car_is_a_victim(mentions_of):
    # near miss: the bullet from the car struck her
    text = ("A 58-year-old woman was hospitalized Monday after she was struck by a bullet fired from a passing car on "
            "Hollis Avenue, police said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_the_sentence_after_a_crash_tells_the_same_hurt(mentions_of):
    text = ("According to a news release from the Dunmore Police Department, a man suspected of firing shots outside "
            "an apartment complex was injured when he rolled his car while trying to evade officers. The man was "
            "hospitalized with moderate injuries. No one at the complex was hit.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_the_sentence_after_a_shooting_keeps_its_hurt(mentions_of):
    # near miss: the sentence before tells a man shot, and then a crash
    text = ("According to a news release from the Dunmore Police Department, a man was shot outside an apartment "
            "complex and then rolled his car a block away. The man was hospitalized with moderate injuries.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- a hurt by a blade, a blow or a bite in a report that tells gunfire

def test_a_man_stabbed_where_shots_were_fired_is_no_victim(mentions_of):
    text = ("A man was stabbed in the back during a fight at a house party early Saturday, and someone fired several "
            "shots into the air as guests ran, deputies said. The stabbing victim was taken to a hospital in stable "
            "condition. No one was struck by gunfire.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_stabbing_report_keeps_its_wounded(mentions_of):
    # near miss: no gunfire in the report: its incident is the stabbing, whose victim the ledger keeps
    text = ("A man was stabbed in the back during a fight at a house party early Saturday, deputies said. He was "
            "taken to a hospital in stable condition.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_stabbing_report_that_denies_gunfire_keeps_its_wounded(mentions_of):
    # near miss: the report names gunfire only to deny it, so its incident is still the stabbing
    text = ("Three people were stabbed at a party on Elm Street on Saturday night, police said. No one was shot, "
            "although a neighbor reported hearing gunfire.")
    assert _figures(mentions_of(text)) == (0, 3)


# -- a death by no violence, its cause told past other words

def test_a_man_found_dead_of_an_overdose_past_a_place_is_no_killing(mentions_of):
    text = ("Deputies called to a report of gunfire on Mill Road found a woman dead in a parked car of an apparent "
            "overdose, the sheriff's office said.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_man_found_dead_of_a_gunshot_wound_past_a_place_is_killed(mentions_of):
    # near miss: the cause past the place is a gunshot wound
    text = ("Deputies called to a report of gunfire on Mill Road found a woman dead in a parked car of an apparent "
            "gunshot wound, the sheriff's office said.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_passenger_killed_when_the_car_crashed_is_no_killing(mentions_of):
    text = ("A 19-year-old passenger was killed early Saturday when the car she was riding in crashed while fleeing "
            "officers who had heard gunshots in the area, police said. No one was struck by gunfire.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_passenger_killed_when_shots_hit_the_car_is_killed(mentions_of):
    # near miss: the gunfire killed her before the car crashed
    text = ("A 19-year-old passenger was killed early Saturday when the car she was riding in was hit by gunfire and "
            "crashed, police said.")
    assert _figures(mentions_of(text)) == (1, 0)


# -- a victim of an earlier incident at the place

def test_a_killing_where_the_victim_was_shot_last_summer_is_earlier(mentions_of):
    text = ("A 40-year-old man was shot in the hip Wednesday night at the corner of Fifth and Vine, the same corner "
            "where a 16-year-old was shot and killed last summer, police said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_killing_where_the_man_was_found_is_this_one(mentions_of):
    # near miss: the "where" clause tells this incident, undated
    text = ("Police found a 40-year-old man Wednesday night at the corner of Fifth and Vine, where he was shot and "
            "killed, police said.")
    assert _figures(mentions_of(text)) == (1, 0)


# -- a death without a sign of violence

def test_a_woman_found_dead_with_no_signs_of_trauma_is_no_killing(mentions_of):
    text = ("Police found a woman dead inside an apartment on Grove Street on Friday after a relative asked officers to "
            "check on her. There were no obvious signs of trauma, police said, and a gun found in the apartment had "
            "not been fired.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_no_signs_of_trauma_then_a_gunshot_found_is_a_killing(mentions_of):
    # near miss: the sentence that denies a sign of trauma goes on to tell the shot
    text = ("Police found a woman dead inside an apartment on Grove Street on Friday. There were no obvious signs of "
            "trauma, but the medical examiner later found she had been shot once in the back.")
    assert _figures(mentions_of(text)) == (1, 0)


# -- a person shot at whom the next sentence says was not hit

def test_an_officer_shot_at_and_then_not_struck_was_missed(mentions_of):
    text = ("A Dover police officer was shot at early Sunday by a man who ran from a traffic stop, the chief said. The "
            "officer was not struck.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_man_shot_at_a_time_whom_the_next_sentence_says_not_seriously_hurt_was_hit(mentions_of):
    # near miss: "shot at about 2 a.m." is a hit, and the next sentence denies only how badly
    text = ("A man was shot at about 2 a.m. Sunday outside a bar on Main Street, police said. He was not seriously "
            "hurt.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_man_shot_at_a_time_and_officers_not_hurt_was_hit(mentions_of):
    # near miss: the denial is of other persons
    text = ("A man was shot at about 2 a.m. Sunday outside a bar on Main Street, police said. The officers who "
            "arrived were not hurt.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- officers hurt arresting a man who had fired shots

def test_officers_hurt_arresting_a_man_who_had_fired_into_the_air_are_no_victims(mentions_of):
    text = ("Two officers suffered minor injuries while arresting a man who had fired shots into the air outside a "
            "bar, police said. No one was hit by the gunfire.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_an_officer_the_man_fired_at_and_struck_is_a_victim(mentions_of):
    # near miss: the shots the arrested man fired hit the officer
    text = "An officer was hurt while arresting a man who fired at him and struck him in the arm, police said."
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_man_stabbed_beside_a_man_shot_is_no_victim(mentions_of):
    text = ("A man was shot and another man was stabbed during a fight outside a bar on Halsted Street early "
            "Saturday, police said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_man_shot_and_stabbed_is_one_victim(mentions_of):
    # near miss: the same man was shot and stabbed: a victim of the shooting
    text = "A man was shot and stabbed during a fight outside a bar on Halsted Street early Saturday, police said."
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_driver_killed_when_he_crashed_after_he_was_shot_is_killed(mentions_of):
    # near miss: the crash came of the shot told after it
    text = "The driver was killed when his car crashed after he was shot in the head, police said."
    assert _figures(mentions_of(text)) == (1, 0)
