"""Per-report killed / injured figures, round twenty (multi): one incident whose two or more victims are told apart and
summed across sentences: a list of the dead whose first name the small NER takes for an organisation, a death told
as "one of them" right after a count of the wounded, a man told hit beside a woman told dead, a friend told shot
after the named dead, a person found with "another victim" beside him, and the gunman of a murder-suicide.

Each test uses sentences written for it: a rule's positive case and its near miss.  The figure is the one the GVDB
suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

from .tolls import figures as _figures


# -- "The dead were identified as Tavarius Jones, 19, Cedric Moore, 22, and Anthony Hill, 26"

def test_a_list_of_the_dead_with_ages_counts_each_name(mentions_of):
    text = ("Three men were found shot to death on Hollywood Avenue on Saturday. The dead were identified as Tavarius "
            "Jones, 19, Cedric Moore, 22, and Anthony Hill, 26.")
    assert _figures(mentions_of(text)) == (3, 0)


def test_a_list_of_the_dead_beside_a_wounded_one_leaves_him_wounded(mentions_of):
    text = ("The coroner has identified the people killed in Saturday's shooting on Hollywood Avenue. The dead were "
            "identified as Tavarius Jones, 19, Cedric Moore, 22, and Anthony Hill, 26. Police said a fourth man was "
            "wounded and is expected to recover.")
    assert _figures(mentions_of(text)) == (3, 1)


def test_one_dead_named_with_his_age_and_town_is_one(mentions_of):
    # near miss: a name, its age and its town are one person, no list
    text = "A man was shot and killed on Hollywood Avenue. The dead man was identified as Tavarius Jones, 19, of Shreveport."
    assert _figures(mentions_of(text)) == (1, 0)


# -- "Two men were wounded ... One of them, Devon Hale, 29, died"

def test_one_of_them_who_died_is_taken_from_the_wounded_count_before(mentions_of):
    text = ("Two men were wounded in a drive-by shooting on Saginaw Street Friday night. One of them, Devon Hale, 29, "
            "died Saturday morning at Hurley Medical Center.")
    assert _figures(mentions_of(text)) == (1, 1)


def test_two_of_them_who_died_leave_no_wounded(mentions_of):
    text = ("Two men were wounded in a drive-by shooting on Saginaw Street Friday night. Two of them died Saturday at "
            "Hurley Medical Center.")
    assert _figures(mentions_of(text)) == (2, 0)


def test_a_death_told_apart_from_the_wounded_count_adds_to_it(mentions_of):
    # near miss: the dead woman is no part of the two men wounded
    text = ("Two men were wounded in a drive-by shooting on Saginaw Street Friday night. A woman, Ann Cole, 40, was "
            "killed in the same shooting.")
    assert _figures(mentions_of(text)) == (1, 2)


# -- "A woman is dead and a man is recovering ... The man was shot twice in the back"

def test_a_man_told_shot_beside_a_woman_told_dead_is_wounded(mentions_of):
    text = ("A woman is dead and a man is recovering after a shooting at an apartment on Peoria Avenue on Thursday. "
            "She was shot in the head. The man was shot twice in the back.")
    assert _figures(mentions_of(text)) == (1, 1)


def test_the_man_a_woman_shot_after_he_killed_her_friend_is_no_hit_of_hers(mentions_of):
    # near miss: "the woman ... shoot the man" tells the man she killed, not one more hit
    text = ("Authorities say a woman shot and killed a man who abducted her near Birmingham. Authorities say the woman "
            "was able to get hold of a gun and shoot the man at some point.")
    assert _figures(mentions_of(text)) == (1, 0)


# -- "Isaiah Brooks was shot ... He died. His friend, 15, who was walking with him, was shot in the leg"

def test_a_friend_told_shot_after_the_named_dead_is_one_more_wounded(mentions_of):
    text = ("A 16-year-old boy was killed Friday afternoon near Washington Park. Police said Isaiah Brooks was shot "
            "several times as he walked home from school. He died at a hospital. His friend, 15, who was walking with "
            "him, was shot in the leg.")
    assert _figures(mentions_of(text)) == (1, 1)


def test_a_friend_told_arrested_after_the_named_wounded_is_no_victim(mentions_of):
    # near miss: the friend is told, but not hit
    text = "Isaiah Brooks, 16, was shot on Elm Street on Friday. His friend was arrested at the scene."
    assert _figures(mentions_of(text)) == (0, 1)


def test_his_son_in_what_the_father_tells_is_the_boy_told_dead(mentions_of):
    # near miss: "his" is the father's, who tells of the victim told before
    text = ("A 3-year-old boy was shot and killed in his home on Elm Street on Monday. The child's father, Shawmane "
            "Robinson, says he was asleep when his son was shot. Relatives told him his son had been shot.")
    assert _figures(mentions_of(text)) == (1, 0)


# -- "they found Jerome Lyman and another male victim suffering from apparent gunshot wounds"

def test_a_person_found_with_another_victim_both_wounded(mentions_of):
    text = ("When officers arrived on Elm Street, they found Jerome Lyman and another male victim suffering from "
            "apparent gunshot wounds.")
    assert _figures(mentions_of(text)) == (0, 2)


def test_a_person_found_wounded_and_another_found_unhurt_is_one(mentions_of):
    # near miss: the second person is found, not hit
    text = ("When officers arrived on Elm Street, they found Jerome Lyman suffering from a gunshot wound. Another man "
            "was found hiding in a closet, unhurt.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- murder-suicides: GVDB counts the gunman who killed himself after killing others

def test_the_gunman_who_killed_his_family_then_himself_is_counted(mentions_of):
    text = ("A man opened fire at his home on Elm Street, killing his wife and two children. The gunman then took his "
            "own life, police said.")
    assert _figures(mentions_of(text)) == (4, 0)


def test_a_gunman_counted_among_the_dead_told_one_by_one_is_not_added_again(mentions_of):
    # near miss: the dead are told one by one, "the man" among them is the gunman
    text = ("Police say a man shot and killed his wife and then turned the gun on himself at their home on Lincoln Way "
            "Friday. The woman, 34, and the man, 35, were found dead by a relative.")
    assert _figures(mentions_of(text)) == (2, 0)


def test_a_boy_who_shot_himself_by_accident_is_one_dead(mentions_of):
    # near miss: nobody else was killed
    text = ("Police said an 11-year-old boy fatally shot himself by accident at a home on Elm Street on Wednesday. He "
            "was pronounced dead at a hospital.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_the_shooter_of_another_case_told_in_passing_is_not_counted(mentions_of):
    # near miss: the man who took his own life belongs to a closed case; his sentence tells only a neighbor shot
    text = ("A 25-year-old man shot on Denmore Avenue on Tuesday has died. Only two cases have been closed this year, "
            "one linked to a man who took his own life after shooting a neighbor on Maryland Avenue.")
    assert _figures(mentions_of(text)) == (1, 0)


# -- the check set written for this round

def test_counts_check_set_20_scores(ledger):
    from .tolls import check_set_scores

    s = check_set_scores(ledger, "20", 69)
    # rules 28 -> 29 in the twenty-fourth session, 29 -> 30 in the twenty-fifth; check 28 -> 29 with round police23
    # (wounded officers told alive), 29 -> 31 with round coord23 (persons told together), 31 -> 32 in the twenty-fifth,
    # 32 -> 33 in the twenty-sixth (round named26: the next told after the dead); rules 30 -> 31 and check 33 -> 34 in
    # the thirty-fifth (round pool35: one more victim who turns up)
    assert s["rules"]["both"] >= 31 and s["check"]["both"] >= 34
