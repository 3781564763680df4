"""The SemEval geocoding profile (eval/geo_profile.py): features of made-up incidents and their counts, worked out by
hand, with the real gazetteer for namesakes."""

from eval.geo_profile import features, named_where, namesakes, print_profiles, profile, rests_on, title_outlet
from eventdesk.models import DateSpan, Mention, Place

DOVER = Place("Dover", "Delaware", "United States", "US", 39.16, -75.52, "city")
SMYRNA = Place("Smyrna", "Delaware", "United States", "US", 39.30, -75.60, "city")
KENT = Place("Kent County", "Delaware", "United States", "US", 39.10, -75.50, "region")
ODD = Place("Quillbrook Hollow", "Delaware", "United States", "US", 39.0, -75.5, "city")


def _mention(place, outlet=None, report="r"):
    return Mention(report_id=report, index=0, start=0, end=10, title=None, event_type=None, sub_event_type=None,
                   date=DateSpan(None, None), place=place, outlet=outlet)


def test_what_the_place_rests_on():
    assert rests_on(DOVER, "DOVER, Del. — A man was shot Friday.", None) == "dateline"
    assert rests_on(DOVER, "Police Blotter\nDOVER — A man was shot Friday.", None) == "dateline"
    assert rests_on(DOVER, "A man was shot on Elm Street in Dover on Friday.", None) == "street or address"
    assert rests_on(DOVER, "A man was shot Friday, the Dover Post reports.", "Dover Post") == "outlet"
    # the outlet's name read from a headline when the mention has none
    assert rests_on(DOVER, "A man was shot Friday.", title_outlet("Man shot - Dover Post")) == "outlet"
    # the town named plainly, with no street before it and no dash after it
    assert rests_on(DOVER, "A man from Dover was shot Friday, police said.", None) == "town in text"
    # a near miss of the dateline: the town far from the report's opening, and a word that only contains the name
    assert rests_on(DOVER, "x" * 300 + " Dover — police", None) == "town in text"
    assert rests_on(DOVER, "Doverton police said a man was shot.", None) == "not in text"
    assert rests_on(KENT, "A man was shot in Kent County.", None) == "county or state only"
    assert rests_on(None, "A man was shot.", None) == "no place"


def test_the_outlet_that_ends_a_headline():
    assert title_outlet("Two shot overnight - WXXY Channel 9") == "wxxy channel 9"
    assert title_outlet("Teen shot | Kent Times") == "kent times"
    # a headline's own dash is no outlet
    assert title_outlet("Man, 22, shot - police seek a gray sedan") is None
    assert title_outlet(None) is None


def test_namesakes_in_other_states(gazetteer):
    assert namesakes(DOVER, gazetteer) == "yes"  # Dover, New Hampshire; Dover, New Jersey ...
    assert namesakes(ODD, gazetteer) == "no"
    assert namesakes(KENT, gazetteer) == "n/a"


def test_features_of_an_incident(gazetteer):
    reports = [("DOVER, Del. — A man was shot.", "Man shot in Dover - Delaware Daily News", _mention(DOVER)),
               ("A man was shot in Smyrna.", "Man shot - a quiet night", _mention(SMYRNA)),
               ("No place here.", None, None)]
    f = features(DOVER, reports, "same state, other city (>25 km)", gazetteer)
    assert f == {"place rests on": "dateline", "reports": "3-4", "reports disagree on the place": "yes",
                 "precision of our place": "city", "outlet of the first report": "delaware daily news",
                 "town has namesakes in other states": "yes", "error kind": "same state, other city (>25 km)"}
    # one report that agrees with itself; no error
    one = features(SMYRNA, reports[1:2], None, gazetteer)
    assert one["reports disagree on the place"] == "one report" and one["error kind"] == "within 25 km"
    assert one["place rests on"] == "town in text" and one["outlet of the first report"] == "none in title"
    # our place is none of the reports' own (reconciled or linked from another report)
    assert features(KENT, reports[:2], None, gazetteer)["place rests on"] == "no report's own place"
    assert features(None, [("x", None, None)] * 2, "no incident", gazetteer)["reports disagree on the place"] == "no place read"
    # GVA's state is a feature of the gold, where given
    assert features(DOVER, reports[:1], None, gazetteer, "Delaware")["state (GVA's)"] == "Delaware"
    assert "state (GVA's)" not in features(DOVER, reports[:1], None, gazetteer)
    # whether the reports name GVA's state and town at all, and where: features of the gold and the text
    f = features(SMYRNA, reports[1:2], None, gazetteer, "Delaware", "Smyrna")
    assert f["GVA's state named in the reports"] == "not named"
    assert f["GVA's town named in the reports"] == "in a report's first lines"
    f = features(DOVER, reports, None, gazetteer, "Delaware", "Camden")
    assert f["GVA's state named in the reports"] == "in a report's first lines"  # "Del." in the dateline
    assert f["GVA's town named in the reports"] == "not named"


def test_where_the_reports_name_a_gold_name():
    far = "x" * 300
    assert named_where([(f"A man was shot. {far} in Delaware.", None, None)], ["Delaware", "Del."]) == "further down"
    # the title counts as the first lines; the earliest report that names it in its first lines wins
    assert named_where([("A man was shot.", "Man shot in Delaware", None)], ["Delaware"]) == "in a report's first lines"
    assert named_where([(f"{far} Del. police", None, None), ("DOVER, Del. — shot", None, None)],
                       ["Delaware", "Del."]) == "in a report's first lines"
    # near misses: a word that only holds the name, an abbreviation without its stop, no name given
    assert named_where([("Delawarean roads; Dell computers; Del Rio.", None, None)], ["Delaware", "Del."]) == "not named"
    assert named_where([("anything", None, None)], [""]) == "not given"


def test_profile_counts_and_hides_small_cells(gazetteer, capsys):
    rows = [({"reports": "1"}, True)] * 5 + [({"reports": "1"}, False)] * 1 + [({"reports": "2"}, False)] * 3
    table = profile(rows)
    assert table[("reports", "1")] == {"within": 5, "off": 1}
    assert table[("reports", "2")] == {"off": 3}
    print_profiles({"dev": table, "heldout": profile([({"reports": "1"}, False)] * 2)})
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "dev" in lines[0] and "heldout" in lines[0]
    # six incidents: shown with their share; held-out's two are hidden; the cell of three is left out altogether
    line = next(x for x in lines if x.startswith("reports / 1"))
    assert "n=   6 within 25 km  83%" in line and "n<5" in line and "n=   2" not in line
    assert "reports / 2" not in out


def test_held_out_share_expected_at_dev_share_per_gold_feature(capsys):
    # dev: one-report incidents 9 of 10 within, two-report ones 10 of 10; held-out: 2 of 4 and 6 of 6
    dev = profile([({"reports": "1"}, True)] * 9 + [({"reports": "1"}, False)] + [({"reports": "2"}, True)] * 10)
    held = profile([({"reports": "1"}, True)] * 2 + [({"reports": "1"}, False)] * 2 + [({"reports": "2"}, True)] * 6)
    print_profiles({"dev": dev, "heldout": held})
    out = capsys.readouterr().out
    # expected: 4 incidents at 90 % and 6 at 100 % = 96 %
    assert "by reports                   95.0 /  80.0 /  96.0" in out
    assert "by state (GVA's)" not in out
