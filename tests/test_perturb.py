"""The invariance suites' shared core (eval/perturb.py): registered rewrites, deterministic variants, the table."""

from eval import perturb

ROW = {"id": "r1", "title": "Man shot on Elm Street", "published": "2016-03-04",
       "text": "SALEM, Ore. \u2014 A man was shot Tuesday, police said.\nHe is \u201cstable,\u201d police said.\nNo arrests."}


def _by_name(row, family=None):
    # the shared families only: the suites' own rewrites (registered when their modules are imported) need their rows
    return {p.name: v for _, p, v in perturb.variants([row], [family] if family else perturb.SHARED_FAMILIES)}


def test_each_shared_rewrite_keeps_the_words_and_changes_the_form():
    got = _by_name(ROW)
    assert got["quotes-straight"]["text"].endswith('He is "stable," police said.\nNo arrests.')
    assert "\n" not in got["paragraphs-run-together"]["text"]
    assert got["paragraphs-run-together"]["text"].split() == ROW["text"].split()
    assert got["paragraphs-double-spaced"]["text"].count("\n\n") == 2
    assert got["dashes-plain"]["text"].startswith(("SALEM, Ore. - A man", "SALEM, Ore. -- A man"))
    assert all(v["id"] == f"r1~{name}" and perturb.base_id(v["id"]) == "r1" for name, v in got.items())


def test_a_rewrite_that_does_not_apply_gives_no_variant():
    plain = {**ROW, "text": "A man was shot Tuesday, police said."}
    got = _by_name(plain)
    assert "quotes-straight" not in got and "paragraphs-run-together" not in got and "dashes-plain" not in got


def test_variants_are_the_same_on_every_run_and_differ_by_row():
    a = [v["text"] for _, _, v in perturb.variants([ROW], ["typography"])]
    b = [v["text"] for _, _, v in perturb.variants([ROW], ["typography"])]
    assert a == b
    seeds = {perturb.rng_for(f"r{i}", "dashes-plain").random() for i in range(20)}
    assert len(seeds) == 20


def test_curly_quotes_wrap_pairs_and_apostrophes():
    row = {**ROW, "text": 'The victim\'s mother said "he was a good kid."'}
    assert _by_name(row, "typography")["quotes-curly"]["text"] == "The victim\u2019s mother said \u201che was a good kid.\u201d"


def test_a_name_registered_twice_is_refused():
    import pytest

    with pytest.raises(ValueError, match="registered twice"):
        perturb.perturbation("typography", "quotes-straight")(lambda row, rng: row)


def test_the_table_gives_shares_per_family_and_half_and_all_together():
    cells = {("typography", "rules"): perturb.Tally(4, 3, 2), ("paragraphs", "rules"): perturb.Tally(2, 2, 1),
             ("typography", "check"): perturb.Tally(0, 0, 0)}
    text = perturb.table(cells, right_of_originals={"rules": (5, 10)})
    assert "typography             rules         4     75.0 %  50.0 %" in text
    assert "all                    rules         6     83.3 %  50.0 %" in text
    assert "(originals)            rules        10             50.0 %" in text
    assert "typography             check         0          -       -" in text


def test_tally_adds_rows_and_variants_to_their_cells_and_returns_the_moved():
    rows = [{"id": "a", "gold": 2}, {"id": "b", "gold": 1}]
    p = perturb.REGISTRY["quotes-straight"]
    made = [(rows[0], p, {"id": "a~quotes-straight"}), (rows[1], p, {"id": "b~quotes-straight"})]
    reading = {"a": 2, "a~quotes-straight": 2, "b": 1, "b~quotes-straight": 3}
    cells, originals = {}, {}
    moved = perturb.tally(cells, originals, rows, made, lambda i: "rules" if i == "a" else "check", reading,
                          lambda x, y: x == y, lambda row, r: r == row["gold"])
    assert originals == {"rules": [1, 1], "check": [1, 1]}
    assert (cells[("typography", "rules")].variants, cells[("typography", "rules")].same) == (1, 1)
    assert (cells[("typography", "check")].same, cells[("typography", "check")].right) == (0, 0)
    assert moved == [("check", rows[1], p, made[1][2], 1, 3)]


def test_the_shared_families_are_those_of_this_modules_own_rewrites():
    own = {p.family for p in perturb.REGISTRY.values() if p.rewrite.__module__ == perturb.__name__}
    assert set(perturb.SHARED_FAMILIES) == own
