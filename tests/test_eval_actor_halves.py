"""The ACLED actor halves (``python -m eval.acled [--show rules]``): invented notes in ACLED's own file layout, read by
the real pipeline, scored per salted half; the check half's rows are never printed."""

import csv

from eval import acled
from eval.check_sets import first_digit_half
from eval.common import Runtime

_COLUMNS = ("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,"
            "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,"
            "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3").split(",")

# invented notes: two whose perpetrator is told plainly, one whose gold actor the note never names
_NOTES = [
    ("Military Forces of Nigeria (2015-)", "On 3 March 2020, Nigerian troops shelled a Boko Haram camp near Gwoza, "
     "Borno, killing 4 militants."),
    ("Police Forces of Kenya (2013-)", "On 5 March 2020, Kenyan police shot dead 2 suspected robbers in Kisumu town."),
    ("Sudan Liberation Movement", "On 7 March 2020, unknown gunmen killed a farmer near Kutum, North Darfur."),
]


def _data(tmp_path, ids):
    base = tmp_path / "acled_sample_2020"
    base.mkdir()
    with (base / "acled_violent_events_all_countries.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=_COLUMNS)
        w.writeheader()
        for n, (row_id, (gold, note)) in enumerate(zip(ids, _NOTES)):
            w.writerow({c: "" for c in _COLUMNS} | {"event_id_cnty": row_id, "event_date": f"0{3 + 2 * n}-Mar-20",
                                                  "actor1": gold, "notes": note, "geo_precision": "1", "fatalities": "1"})
    (base / "acled_syria_iraq.csv").write_text(",".join(_COLUMNS) + "\n", encoding="utf-8")
    (base / "split.tsv").write_text("event_id_cnty\tsplit\n" + "".join(f"{i}\tdev\n" for i in ids), encoding="utf-8")
    return tmp_path


def _ids(half: str, n: int, salt: str = acled.ACTOR_SALT, other: tuple[str, str] | None = None) -> list[str]:
    """``n`` invented row ids that fall in ``half`` under ``salt`` (and, with ``other``, in the half
    ``other[1]`` under the salt ``other[0]``)."""
    out, k = [], 0
    while len(out) < n:
        k += 1
        if first_digit_half(salt, f"XX{k}") == half and (other is None or first_digit_half(other[0], f"XX{k}") == other[1]):
            out.append(f"XX{k}")
    return out


def test_actor_halves_score_each_half_and_print_only_the_rules_half(tmp_path, capsys):
    rules, check = _ids("rules", 3), _ids("check", 3)
    rt = Runtime()
    scores = acled.actor_halves(rt, _data(tmp_path, rules), show=True)
    assert scores["rules"]["n"] == 3 and scores["check"]["n"] == 0
    # the two plain perpetrators are matched; the gunmen the note leaves unnamed cannot be the movement
    assert round(scores["rules"]["actor1 fuzzy"], 4) == round(2 / 3, 4)
    out = capsys.readouterr().out
    assert "Sudan Liberation Movement" in out and "unknown gunmen" in out
    assert "Kenyan police" not in out  # a row read right is not printed
    # the same notes in the check half: scored alike, never printed
    (tmp_path / "b").mkdir()
    scores = acled.actor_halves(rt, _data(tmp_path / "b", check), show=True)
    assert scores["check"]["n"] == 3 and scores["rules"]["n"] == 0
    assert round(scores["check"]["actor1 fuzzy"], 4) == round(2 / 3, 4)
    assert capsys.readouterr().out == ""


def test_each_round_draws_its_own_halves_with_its_own_salt(tmp_path, capsys):
    # rows of the default salt's rules half that another salt puts in its check half: scored there and never printed
    salt = "a-later-round:"
    ids = _ids("rules", 3, other=(salt, "check"))
    rt = Runtime()
    root = _data(tmp_path, ids)
    scores = acled.actor_halves(rt, root, show=True, salt=salt)
    assert scores["check"]["n"] == 3 and scores["rules"]["n"] == 0
    assert capsys.readouterr().out == ""
    # the command line takes the salt; without it the default salt's halves reproduce
    assert acled.main(["--data", str(root), "--salt", salt]) == 0
    out = capsys.readouterr().out
    assert "check  n=   3" in out and "rules  n=   0" in out
    assert acled.main(["--data", str(root)]) == 0
    assert "rules  n=   3" in capsys.readouterr().out
