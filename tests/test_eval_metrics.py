"""Unit tests of the evaluation metrics (eval/metrics.py) and the gate's floor check, on tiny
made-up data whose right answers can be worked out by hand."""

import math

import pytest

from eval import metrics
from eval.case_labels import CASE_TO_ACLED, NONE_LABEL, gold_case, to_case
from eval.gate import check


def test_exact_match_mae_rmse():
    pairs = [(1, 1), (0, 2), (3, 1)]
    assert metrics.exact_match(pairs) == pytest.approx(1 / 3)
    assert metrics.mae(pairs) == pytest.approx((0 + 2 + 2) / 3)
    assert metrics.rmse(pairs) == pytest.approx(math.sqrt(8 / 3))
    assert metrics.exact_match([]) == 0.0


def test_bcubed_perfect_and_all_in_one():
    gold = {"a": 1, "b": 1, "c": 2}
    assert metrics.bcubed({"a": "x", "b": "x", "c": "y"}, gold) == (1.0, 1.0, 1.0)
    p, r, f = metrics.bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    # a, b: 2 of 3 in their cluster are right; c: 1 of 3
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    assert r == 1.0
    assert f == pytest.approx(2 * p / (p + 1))


def test_bcubed_all_singletons():
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    p, r, _ = metrics.bcubed({k: k for k in gold}, gold)
    assert p == 1.0
    assert r == pytest.approx((1 / 3 * 3 + 1) / 4)


def test_pairwise():
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    res = metrics.pairwise({"a": "x", "b": "x", "c": "y", "d": "y"}, gold)
    # predicted pairs: ab (right), cd (wrong); gold pairs ab ac bc
    assert res["precision"] == 0.5
    assert res["recall"] == pytest.approx(1 / 3)
    assert res["f1"] == pytest.approx(0.4)
    none = metrics.pairwise({k: k for k in gold}, gold)
    assert none["precision"] is None and none["f1"] == 0.0


def test_merged_pair_precision():
    gold = {"a": 1, "b": 1, "c": 2}
    res = metrics.merged_pair_precision([frozenset("ab"), frozenset("bc")], gold)
    assert res == {"merged_pairs": 2, "correct": 1, "precision": 0.5}
    assert metrics.merged_pair_precision([], gold)["precision"] is None


def test_classification_report_weighted_f1():
    pairs = [("A", "A"), ("A", "A"), ("B", "A"), ("B", "B"), ("C", "B")]
    rep = metrics.classification_report(pairs)
    # A: P 2/2, R 2/3 -> F1 .8 ; B: P 1/2, R 1/2 -> .5 ; C never gold
    assert rep["labels"]["A"]["f1"] == pytest.approx(0.8)
    assert rep["labels"]["B"]["f1"] == pytest.approx(0.5)
    assert rep["weighted_f1"] == pytest.approx((0.8 * 3 + 0.5 * 2) / 5)
    assert rep["macro_f1"] == pytest.approx((0.8 + 0.5) / 2)
    assert rep["accuracy"] == pytest.approx(3 / 5)


def test_distance_summary_counts_abstentions_as_misses():
    s = metrics.distance_summary([1.0, 20.0, None, 100.0])
    assert s["n"] == 4 and s["located"] == 0.75
    assert s["median_km"] == 20.0
    assert s["within_10km"] == 0.25 and s["within_25km"] == 0.5


def test_haversine_known_distance():
    # one degree of latitude is about 111 km
    assert metrics.haversine_km(0, 0, 1, 0) == pytest.approx(111.2, abs=0.2)


def test_set_f1_and_count_kinds():
    assert metrics.set_f1(set(), set()) == (1.0, 1.0, 1.0)
    assert metrics.set_f1({1, 2}, {2, 3})[2] == pytest.approx(0.5)
    assert metrics.count_error_kind(0, 2) == "missed (predicted 0)"
    assert metrics.count_error_kind(1, 0) == "spurious (gold 0)"
    assert metrics.count_error_kind(3, 2) == "over-count"
    assert metrics.count_error_kind(None, 0) is None


def test_case_label_table():
    assert len(CASE_TO_ACLED) == 30
    assert to_case(("Explosions/Remote violence", "Air/drone strike")) == "AIR_STRIKE"
    assert to_case(None) == NONE_LABEL
    assert gold_case("NATURAL_DISASTER") == NONE_LABEL and gold_case("ARREST") == "ARREST"


def test_gate_check_floors_and_ceilings():
    base = {"suites": {"s": {"acc": {"min": 0.5}, "mae": {"max": 1.0}, "gone": {"min": 0.1}}}}
    assert check({"s": {"acc": 0.6, "mae": 0.5, "gone": 0.2}}, base) == []
    fails = check({"s": {"acc": 0.4, "mae": 2.0}}, base)
    assert any("acc" in f and "below its floor" in f for f in fails)
    assert any("mae" in f and "above its ceiling" in f for f in fails)
    assert any("gone" in f for f in fails)
    assert check({}, base) == ["s: suite did not run"]


def test_gate_directions():
    from eval.gate import lower_is_better

    assert lower_is_better("killed MAE") and lower_is_better("geocode median km") and lower_is_better("S2 RMSE")
    assert not lower_is_better("geocode within 25 km") and not lower_is_better("killed exact match")
