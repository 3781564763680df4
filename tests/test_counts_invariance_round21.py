"""Per-report killed / injured figures, round twenty-one (invariance): the harness that rewrites the counts sets' rows
in ways that keep their meaning (``eval.counts_invariance``), and the readers' fixes for the rewrites that moved a
reading.

The rows are written for these tests (invented names and places).  A fix's test gives the rewritten form and a near
miss that must not fire; the figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims
only)."""

from __future__ import annotations

from eval import counts_invariance as inv
from eval import perturb

from .tolls import figures as _figures

ROW = {"id": "t21-1", "published": "2019-05-04", "killed": 1, "injured": 1, "kind": "test",
       "title": "Man killed, woman hurt in shooting on Pell Street",
       "text": "CORVALLIS, Ore. \u2014 A 31-year-old man was shot and killed Friday night on Pell Street, police said.\n"
               "Officers found Darnell Whitcombe, 31, in a parked car. Whitcombe died at the scene.\n"
               "Two women were in the car; one of them, Ada Pruitt, 27, was wounded in the arm, police said."}


def _variant(name: str, row: dict = ROW) -> dict | None:
    p = perturb.REGISTRY[name]
    return p.rewrite(dict(row), perturb.rng_for(row["id"], name))


def test_names_are_found_by_an_age_an_introduction_or_a_lone_surname_and_not_in_places():
    text = ("Police identified the victim as Lamar Oduya. Officers found Ada Pruitt, 27, near Ben Taub Hospital on "
            "Pell Street. Neighbors on Elm Street said Pruitt was friendly. Corvallis Police Chief Ann Marsh spoke.")
    names = dict(inv.person_names(text))
    assert names == {"Lamar Oduya": "Oduya", "Ada Pruitt": "Pruitt"}


def test_a_name_swap_replaces_the_full_name_and_the_lone_surname_alike():
    row = {**ROW, "id": "t21-names"}
    got = inv.swap_names(row, perturb.rng_for(row["id"], "x"), "suffix")
    assert "Whitcombe" not in got["text"] and "Pruitt" not in got["text"]
    new_full = got["text"].split("Officers found ")[1].split(", 31")[0]
    surname = new_full.split(" ")[-2] if new_full.endswith(("Jr.", "II", "III")) else new_full.split(" ")[-1]
    assert f"{surname} died at the scene" in got["text"]
    assert got["title"] == row["title"]


def test_each_origin_is_tried_on_two_of_eight_origins_per_row():
    assert len(set(inv.origins_of("t21-1"))) == inv.NAME_ORIGINS_PER_ROW
    assert {o for i in range(40) for o in inv.origins_of(f"r{i}")} == set(inv._ORIGINS)


def test_numerals_ages_attribution_bylines_and_tense_keep_the_words_that_count():
    assert _variant("casualty-numerals-digits")["text"].splitlines()[2].startswith("2 women were in the car")
    assert _variant("casualty-numerals-pair")["text"].splitlines()[2].startswith("A pair of women")
    assert "A man, 31, was shot and killed" in _variant("casualty-ages-after-noun")["text"]
    assert "Darnell Whitcombe (31)" in _variant("casualty-ages-parens")["text"]
    assert "Ada Pruitt, age 27," in _variant("casualty-ages-age-word")["text"]
    assert "27-year-old Ada Pruitt was wounded" in _variant("casualty-ages-before-name")["text"]
    front = _variant("casualty-attribution-according-front")["text"]
    assert "\u2014 According to police, a 31-year-old man was shot and killed Friday night on Pell Street." in front
    assert "Police said two women were in the car" in _variant("casualty-attribution-said-front")["text"]
    assert "police Sgt. " in _variant("casualty-attribution-sergeant")["text"]
    assert _variant("casualty-bylines-dateline-dropped")["text"].startswith("A 31-year-old man")
    assert _variant("casualty-bylines-station")["text"].startswith("CORVALLIS, Ore. (")
    assert _variant("casualty-bylines-added")["text"].split("\n")[1] == ROW["text"].split("\n")[0]
    assert "police say." in _variant("casualty-tense-present-said")["text"]
    assert "man was fatally shot Friday" in _variant("casualty-tense-fatally-shot")["text"]


def test_a_rewrite_with_nothing_to_rewrite_skips_the_row():
    plain = {**ROW, "text": "A man was hurt Friday.", "title": "Man hurt"}
    for name in ("casualty-numerals-digits", "casualty-ages-parens", "casualty-attribution-according-front",
                 "casualty-bylines-dateline-dropped", "casualty-tense-fatally-shot"):
        assert _variant(name, plain) is None


def test_one_variant_per_family_and_row_unless_every_one_is_asked():
    made = list(perturb.variants([ROW], list(inv.FAMILIES)))
    one = inv.one_per_family(made)
    assert len({p.family for _, p, _ in one}) == len(one) == len({p.family for _, p, _ in made})
    assert one == inv.one_per_family(list(perturb.variants([ROW], list(inv.FAMILIES))))


def test_the_suite_reads_rows_and_variants_and_tallies_them_by_half(ledger):
    pairs = [(ROW, "rules"), ({**ROW, "id": "t21-2", "killed": 2}, "check")]
    cells, originals, moved = inv.run(ledger, pairs, ("casualty-tense",))
    assert originals == {"rules": (1, 1), "check": (0, 1)}
    assert cells[("casualty-tense", "rules")].variants == cells[("casualty-tense", "check")].variants == 1
    assert cells[("casualty-tense", "check")].right == 0
    assert all(h in ("rules", "check") for *_, h, _, _ in moved)


# -- "A pair of men were shot": two, as "two men" (the numerals rewrite)

def test_a_pair_of_persons_shot_is_two(mentions_of):
    text = "A pair of men were shot Friday night on Pell Street, police said. Both are expected to survive."
    assert _figures(mentions_of(text)) == (0, 2)


def test_a_pair_of_things_is_no_count_of_the_hurt(mentions_of):
    # near miss: the pair is of shoes; one man was shot
    text = "A man was shot Friday night on Pell Street. Police found a pair of shoes and 12 shell casings."
    assert _figures(mentions_of(text)) == (0, 1)


# -- "Ada Pruitt (27) was wounded": an age in brackets (the ages rewrite)

def test_an_age_in_brackets_after_a_name_is_no_count(mentions_of):
    text = "Darnell Whitcombe (31) was shot and killed Friday night on Pell Street. Ada Pruitt (27) was wounded."
    assert _figures(mentions_of(text)) == (1, 1)


def test_a_number_told_twice_with_brackets_stays_a_count(mentions_of):
    # near miss: a police release's "two (2) victims" is two
    text = "Officers found two (2) victims suffering from gunshot wounds on Pell Street. Both were taken to a hospital."
    assert _figures(mentions_of(text)) == (0, 2)


# -- "31-year-old Darnell Whitcombe was shot and killed": the NER calls the aged name a facility or a town

def test_a_name_after_its_age_is_a_person_whatever_the_ner_says(mentions_of):
    assert _figures(mentions_of("31-year-old Darnell Whitcombe was shot and killed Friday night on Pell Street.")) == (1, 0)
    assert _figures(mentions_of("Police said 31-year-old Darnell Whitcombe died after he was shot on Pell Street.")) == (1, 0)


def test_a_name_with_its_age_after_it_is_a_person_whatever_the_ner_says(mentions_of):
    assert _figures(mentions_of("Ji-woo Zhang, 27, was wounded in the arm Friday night on Pell Street.")) == (0, 1)


def test_an_aged_name_charged_is_no_victim(mentions_of):
    # near miss: the aged name is the suspect, who shot at a neighbor and missed
    text = ("31-year-old Darnell Whitcombe was charged with attempted murder. Police said he shot at a neighbor and "
            "missed.")
    assert _figures(mentions_of(text)) == (0, 0)


# -- "By Ellen Marchetti, Staff Writer" on a line of its own above the lead (the bylines rewrite)

def test_a_byline_line_ends_before_the_lead(mentions_of):
    text = ("By Ellen Marchetti, Staff Writer\nDaniel Whitcombe, 44, was shot and killed Tuesday on Pell Street, police "
            "said. Whitcombe's wife said he was on his way home from work.")
    assert _figures(mentions_of(text)) == (1, 0)
    text = ("Posted by Nadia Pruitt, web staff\nKim Ashford, 36, who was shot Sunday on Oak Street, died Wednesday at "
            "St. Mary's Hospital, police said.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_wrapped_line_that_opens_with_by_is_no_byline(nlp):
    # near miss: "By the time ..." is the sentence itself, wrapped before a name
    doc = nlp("By the time officers got to Pell Street on Tuesday, Darnell\nWhitcombe, 44, had been shot, police said.")
    assert len(list(doc.sents)) == 1



def test_a_pair_of_shoes_that_died_is_no_count(mentions_of):
    # near miss: a dropped "of" before a thing ("a pair shoes") beside a death counts the one who died
    text = "A 16-year-old boy who police believe was shot during a dispute over a pair shoes died on Tuesday."
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_lone_first_name_is_the_aged_name_told_before(mentions_of):
    text = ("DES MOINES \u2014 Lamar Gaines, 33, who was shot Monday night on Ridge Road, has died, police said. The "
            "police department said Lamar died at the hospital Wednesday morning.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_first_name_shared_by_another_full_name_is_another_person(mentions_of):
    # near miss: "Lamar Ortiz" is a second Lamar, named in full
    text = ("DES MOINES \u2014 Lamar Gaines, 33, who was shot Monday night on Ridge Road, has died, police said. Police "
            "said Lamar Ortiz, his cousin, died at the hospital Wednesday morning.")
    assert _figures(mentions_of(text)) == (2, 0)
