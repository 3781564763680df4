"""The GVDB error profile (eval/gvdb_profile.py): counts of exact, over and under per feature, worked out by hand
on made-up mentions."""

from eval.gvdb_profile import (basis, expected_exact, features, genres, print_profiles, print_with_shift, profile,
                               victim_list)
from eventdesk.models import SHOOTER, Claim, DateSpan, Mention


def _claim(outcome, count=1, victim=None, attributed_to=None, party=None):
    return Claim(report_id="r", outcome=outcome, party=party, count=count, victim=victim, attributed_to=attributed_to)


def _mention(*claims, index=0):
    return Mention(report_id="r", index=index, start=0, end=10, title=None, event_type=None, sub_event_type=None,
                   date=DateSpan(None, None), place=None, claims=tuple(claims))


def test_basis_of_a_claim():
    assert basis(_claim("killed", 3)) == "number"
    assert basis(_claim("killed", victim="heavner")) == "named"
    assert basis(_claim("killed", victim="a man, 22 @s40")) == "described"
    assert basis(_claim("killed", victim="another man @3")) == "other"
    assert basis(_claim("killed", victim=SHOOTER)) == "shooter"


def test_features_read_the_lead_mention_and_leave_out_the_shooters_party():
    lead = _mention(_claim("killed", 2, attributed_to="police"), _claim("killed", victim="ortiz"),
                    _claim("wounded", 1, party="militants"))
    later = _mention(_claim("killed", 9), index=1)
    f = features("x" * 1500, [lead, later], "killed")
    assert f == {"report length (chars)": "<2,000", "mentions with figures": "2",
                 "claims of this outcome in the lead": "2", "a claim attributed to a source": "yes",
                 "figure rests on": "named+number"}
    # the wounded claim is the shooter's own: no victim claim at all
    assert features("x", [lead], "wounded")["figure rests on"] == "no claim"


def test_profile_counts_exact_over_and_under(capsys):
    two_dead = _mention(_claim("killed", 2))
    one_hurt = _mention(_claim("wounded", 1))
    table = profile([("a", [two_dead], 2, 0), ("b", [two_dead], 1, 1), ("c", [one_hurt], 0, 0)])
    assert table[("killed", "gold", "2")] == {"exact": 1}
    assert table[("killed", "ours", "2")] == {"exact": 1, "over": 1}
    assert table[("injured", "gold", "1")] == {"under": 1}
    assert table[("injured", "figure rests on", "number")] == {"over": 1}
    print_profiles({"dev": table})
    out = capsys.readouterr().out
    # cells of fewer than five articles are left out; the header names the split
    assert "dev" in out.splitlines()[0] and "killed / ours / 2" not in out


def test_the_outlet_is_a_feature_where_the_url_is_given():
    lead = _mention(_claim("killed", 1))
    assert "outlet" not in features("x", [lead], "killed")
    assert features("x", [lead], "killed", "https://www.example-news.com/2016/01/27/story")["outlet"] == "example-news.com"
    assert features("x", [lead], "killed", "")["outlet"] == "no URL"
    # rows may carry the URL as a fifth field; a row without one is read as before
    table = profile([("a", [lead], 1, 0, "http://www.example-news.com/a"), ("b", [lead], 2, 0)])
    assert table[("killed", "outlet", "example-news.com")] == {"exact": 1}
    assert table[("killed", "gold", "2")] == {"under": 1}


def test_the_victim_list_is_a_feature_of_the_gold_where_it_is_given():
    assert victim_list([]) == "no victim listed"
    assert victim_list([{"victim-was": ["unharmed"]}, {"victim-was": []}]) == "victims listed, no outcome marked"
    assert victim_list([{"victim-was": ["unharmed"]}, {"victim-was": ["hospitalized"]}]) == "outcomes marked"
    lead = _mention(_claim("killed", 1))
    # a sixth field: the victim list; an article with none listed has gold 0, so our 1 is over
    table = profile([("a", [lead], 0, 0, "http://www.example-news.com/a", []),
                     ("b", [lead], 1, 0, "http://www.example-news.com/b", [{"victim-was": ["killed"]}]),
                     ("c", [lead], 1, 0, "http://www.example-news.com/c")])
    assert table[("killed", "GVDB's victim list", "no victim listed")] == {"over": 1}
    assert table[("killed", "GVDB's victim list", "outcomes marked")] == {"exact": 1}
    assert sum(n for (o, f, _v), c in table.items() if f == "GVDB's victim list" for n in c.values()) == 4


def test_the_reweighting_reads_held_out_mix_at_dev_error_rates(capsys):
    one_dead, two_dead = _mention(_claim("killed", 1)), _mention(_claim("killed", 2))
    # dev: ten articles of gold 1 read right, two of gold 2 of which one is read as 1 (error rate 0 and 1/2)
    dev = profile([("a", [one_dead], 1, 0)] * 10 + [("b", [two_dead], 2, 0), ("c", [one_dead], 2, 0)])
    # held-out: four of gold 1 (one misread), four of gold 2 (all misread), two of gold 3 (a value dev lacks)
    held = profile([("a", [one_dead], 1, 0)] * 3 + [("d", [two_dead], 1, 0)] + [("c", [one_dead], 2, 0)] * 4
                   + [("e", [one_dead], 3, 0)] * 2)
    dev_exact, held_exact, expected = expected_exact(dev, held, "killed", "gold")
    assert (round(dev_exact, 4), held_exact) == (round(11 / 12, 4), 0.3)
    # gold 1 at dev's 0 %, gold 2 at dev's 50 %, gold 3 at dev's overall 1/12: errors 0 + 2 + 2/12 of 10
    assert round(expected, 4) == round(1 - (2 + 2 / 12) / 10, 4)
    print_with_shift({"dev": dev, "heldout": held})
    out = capsys.readouterr().out
    assert "killed   by gold                      91.7 /  30.0 /  78.3" in out
    print_with_shift({"dev": dev})
    assert "expected" not in capsys.readouterr().out


def test_genres_are_told_by_words_of_the_text():
    court = genres("A jury convicted Dale Ormond, 31, of killing his neighbour in 2012; he will be sentenced in May.")
    assert court["genre: court story"] == "yes" and court["genre: earlier year named"] == "yes"
    assert court["genre: family killing"] == "no"
    plain = genres("A man was shot and killed Friday night on Elm Street, police said.")
    assert set(plain.values()) == {"no"}
    assert genres("It was the city's 40th homicide this year.")["genre: statistic"] == "yes"
    # a near miss: "trials" of a product and a year of the story's own window are no court story, no earlier year
    near = genres("The 2016 trials of the new radio system went well.")
    assert near["genre: court story"] == "no" and near["genre: earlier year named"] == "no"


def test_the_profile_counts_each_genre_per_outcome():
    one_dead = _mention(_claim("killed", 1))
    table = profile([("A vigil was held for him.", [one_dead], 1, 0), ("A man was shot.", [one_dead], 2, 0)])
    assert table[("killed", "genre: follow-up", "yes")] == {"exact": 1}
    assert table[("killed", "genre: follow-up", "no")] == {"under": 1}
    assert table[("injured", "genre: follow-up", "no")] == {"exact": 1}
