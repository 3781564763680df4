"""Twenty-first round of incident dates: does the day we read survive a change of wording that keeps the meaning?

``eval/dates_invariance.py`` rewrites the dates check sets' rows (a weekday abbreviated or told with "on", "late
Tuesday" for "Tuesday night", a month-day as "July 4th" or "7/4", "yesterday" for the weekday before the report's day,
a clock as "11:30 PM", the day told after the lead, a dateline with the report's own day, the attribution moved) and
asks whether the day read stays the same.  The first tests hold each rewrite to its form and to its guards (a
rewrite that cannot keep the meaning gives no variant); the suite's test reads invented rows through the real
pipeline; the focused tests after them use sentences written for them, each a rule's positive case and its near
misses."""

from __future__ import annotations

from datetime import date, timedelta

from eval import dates_invariance as di, perturb

from .dating import (MONDAY_BEFORE, SATURDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, date_of as _date,
                     day_of as _day, on as _on)

ROW = {"id": "t1", "title": "Man shot Tuesday night on Elm Street", "published": "2022-03-16", "date": "2022-03-15",
       "text": "SALEM, Ore. \u2014 A man was shot Tuesday night on Elm Street, police said.\n"
               "Officers found him about 11:50 p.m. on the porch of a house. He was shot July 4, 2021, too."}


def _variant(row: dict, name: str) -> dict | None:
    p = perturb.REGISTRY[name]
    return next((v for _, q, v in perturb.variants([row], [p.family]) if q.name == name), None)


def _text(row: dict, name: str) -> str | None:
    v = _variant(row, name)
    return v and v["text"]


def test_the_suites_families_are_its_own_and_named_apart_from_other_suites():
    assert di.own_families() == ["date-weekday-forms", "date-month-day-forms", "date-relative-words",
                                 "date-clock-forms", "date-sentence-moved", "date-dateline-forms",
                                 "date-attribution-moved"]
    assert all(p.name.startswith("date-") and p.doc for p in perturb.REGISTRY.values() if p.family.startswith("date-"))


def test_weekday_forms_keep_the_day():
    assert "was shot Tues. night" in _text(ROW, "date-weekday-abbreviated") or \
        "was shot Tue. night" in _text(ROW, "date-weekday-abbreviated")
    assert "A man was shot on Tuesday night on Elm" in _text(ROW, "date-weekday-with-on")
    assert _variant({**ROW, "title": "x", "text": "A man was shot last Tuesday on Elm Street."}, "date-weekday-with-on") is None
    assert _text({**ROW, "title": "x", "text": "A jury on Monday found him guilty."}, "date-weekday-without-on") == \
        "A jury Monday found him guilty."
    assert _text({**ROW, "title": "x", "text": "On Monday, a jury found him guilty."}, "date-weekday-without-on") is None
    assert "A man was shot late Tuesday on Elm" in _text(ROW, "date-weekday-night-as-late")
    late = {**ROW, "title": "Man shot", "text": "Two were wounded late Friday. Late Friday's crowd left."}
    assert _text(late, "date-weekday-night-as-late") == "Two were wounded Friday night. Late Friday's crowd left."
    assert _variant({**ROW, "title": "x", "text": "He was hurt late Friday night."}, "date-weekday-night-as-late") is None


def test_month_day_forms_keep_the_day():
    assert "shot July 4th, 2021, too" in _text(ROW, "date-month-day-ordinal")
    assert "shot 4 July 2021 too" in _text(ROW, "date-month-day-day-first")
    assert "shot 7/4/2021, too" in _text(ROW, "date-month-day-numeric")
    aug = {**ROW, "title": "x", "text": "He was shot Aug. 4 on Fourth Street, not on May 4th Street."}
    assert _text(aug, "date-month-day-spelled") in ("He was shot August 4 on Fourth Street, not on May 4th Street.",
                                                    "He was shot Aug 4 on Fourth Street, not on May 4th Street.")
    assert _variant({**ROW, "title": "x", "text": "He lives on Fourth Street."}, "date-month-day-numeric") is None


def test_relative_words_are_told_against_the_reports_day():
    told = {**ROW, "title": "Man shot", "text": "A man was shot yesterday morning and a woman last night."}
    assert _text(told, "date-yesterday-as-weekday") == "A man was shot Tuesday morning and a woman Tuesday night."
    quoted = {**ROW, "title": "Man shot", "text": 'His mother said "I saw him yesterday."'}
    assert _variant(quoted, "date-yesterday-as-weekday") is None
    assert _text(ROW, "date-weekday-as-yesterday").startswith("SALEM, Ore. \u2014 A man was shot last night on Elm")
    assert _variant({**ROW, "date": "2022-03-08"}, "date-weekday-as-yesterday") is None  # last week's Tuesday
    morning = {**ROW, "title": "x", "text": "A man was shot this morning. Police said early today he died."}
    assert _text(morning, "date-this-morning-as-early-today") == \
        "A man was shot early today. Police said this morning he died."
    today = {**ROW, "title": "x", "text": "A man was shot this afternoon, police said today."}
    assert _text(today, "date-today-as-weekday") == "A man was shot Wednesday afternoon, police said Wednesday."
    own = {**ROW, "date": "2022-03-16", "title": "x", "text": "A man was shot early Wednesday. On Wednesday police came."}
    assert _text(own, "date-weekday-as-today") == "A man was shot early today. Today police came."


def test_clock_forms_keep_the_time():
    assert _text(ROW, "date-clock-style").count("11:50 ") == 1
    assert "about 11:50 p.m." not in _text(ROW, "date-clock-style")
    assert "found him about 11:50 at night on the porch" in _text(ROW, "date-clock-in-words")
    assert "found him shortly before midnight on the porch" in _text(ROW, "date-clock-midnight")
    stop = {**ROW, "title": "x", "text": "He was shot at 2:10 a.m. The man died."}
    assert _text(stop, "date-clock-style") in ("He was shot at 2:10 AM. The man died.", "He was shot at 2:10 am. The man died.",
                                               "He was shot at 2:10 a.m. The man died.".replace("a.m.", "a.m") + "")
    assert _text({**ROW, "title": "x", "text": "He was shot at 2:10 a.m. Sunday."}, "date-clock-in-words") == \
        "He was shot at 2:10 in the morning Sunday."
    assert _variant({**ROW, "title": "x", "text": "He was shot at 10:50 p.m."}, "date-clock-midnight") is None


def test_the_day_moves_after_the_lead_only_where_it_is_the_shootings():
    moved = _text(ROW, "date-day-after-lead")
    assert moved.startswith("SALEM, Ore. \u2014 A man was shot on Elm Street, police said. ")
    assert "on Tuesday night" in moved.split("\n")[0]
    statement = {**ROW, "title": "x", "text": "SALEM, Ore. \u2014 Police said Tuesday that a man was shot on Elm Street."}
    assert _variant(statement, "date-day-after-lead") is None  # the statement's day, not the shooting's
    death = {**ROW, "title": "x", "text": "SALEM, Ore. \u2014 A man shot on Elm Street died Tuesday, police said."}
    assert _variant(death, "date-day-after-lead") is None
    other = {**ROW, "date": "2022-03-08"}  # the Tuesday a week before: the weekday would move
    assert _variant(other, "date-day-after-lead") is None


def test_datelines_and_posting_lines_repeat_the_reports_own_day():
    added = _text(ROW, "date-dateline-day-added")
    assert added.startswith(("SALEM, Ore., March 16 \u2014 A man", "SALEM, Ore., March 16, 2022 \u2014 A man"))
    dated = {**ROW, "title": "x", "text": "SALEM, Ore., March 16 (AP) \u2014 A man was shot."}
    assert _text(dated, "date-dateline-day-dropped") == "SALEM, Ore. (AP) \u2014 A man was shot."
    assert _variant({**dated, "published": "2022-03-17"}, "date-dateline-day-dropped") is None
    assert _text(ROW, "date-posted-line-added").split("\n")[0] in (
        "Posted: March 16, 2022", "Published 3/16/2022", "March 16, 2022")


def test_the_attribution_moves_with_its_day():
    front = {**ROW, "title": "x", "text": "SALEM, Ore. \u2014 A man was shot late Sunday, police said Monday."}
    assert _text(front, "date-attribution-to-front") == \
        "SALEM, Ore. \u2014 Police said Monday that a man was shot late Sunday."
    end = {**ROW, "title": "x", "text": "SALEM, Ore. \u2014 Police said Monday that a man was shot late Sunday."}
    assert _text(end, "date-attribution-to-end") == "SALEM, Ore. \u2014 A man was shot late Sunday, police said Monday."
    quoted = {**ROW, "title": "x", "text": '"He ran," police said.'}
    assert _variant(quoted, "date-attribution-to-front") is None


def test_the_suite_reads_each_variant_against_its_original(ledger):
    rows = [{**ROW, "id": "inv-a"}, {**ROW, "id": "inv-b", "title": "Man shot", "date": "2022-03-13",
                                     "text": "SALEM, Ore. \u2014 A man was shot late Sunday on Elm Street, police said."}]
    cells, originals, moved = {}, {}, []
    moved = di.tally(ledger, rows, "salt:", ["date-weekday-forms", "date-dateline-forms"], cells, originals)
    assert sum(o[1] for o in originals.values()) == 2
    total = perturb.Tally()
    for t in cells.values():
        total.variants += t.variants
        total.same += t.same
    assert total.variants >= 8 and total.same <= total.variants
    assert all(perturb.base_id(v["id"]) == row["id"] for row, v, _, _ in moved)


# -- a weekday abbreviated with its stop -------------------------------------------------------------------------

def _timexes(text: str, anchor: date = WEDNESDAY) -> list[tuple[str, date]]:
    from eventdesk.timex import find_timexes

    return [(t.text, t.span.start) for t in find_timexes(text, anchor)]


def test_an_abbreviated_weekday_is_the_weekday():
    assert _day(_date("A man was shot late Tues. on Elm Street, police said.")) == _on(TUESDAY_BEFORE)
    assert _day(_date("Shots rang out early Sun. One man was hurt.")) == _on(SUNDAY_BEFORE)
    assert _timexes("He was released from the hospital Sat. Police said he is recovering.") == [("Sat.", SATURDAY_BEFORE)]


def test_a_papers_name_that_ends_a_sentence_is_no_weekday():
    assert _timexes("He told the Baltimore Sun. A man was shot Monday.") == [("Monday", MONDAY_BEFORE)]
    assert _timexes("She said so to the Sun. Police came.") == []


def test_an_abbreviated_weekday_of_a_later_event_orders_the_shootings():
    text = ("Police arrested a 23-year-old man Sun. in the shooting of a teenager on Lark Street. Officers said he fired "
            "into a group of people Tues. night, hitting a girl in the shoulder.")
    assert _day(_date(text)) == _on(TUESDAY_BEFORE - timedelta(days=7))


# -- a year-less numeric day -------------------------------------------------------------------------------------

def test_a_numeric_day_with_a_part_of_the_day_a_violent_verb_or_noun_is_a_day():
    assert _timexes("A man was wounded late 3/12 outside a bar on Pine Street.") == [("late 3/12", SATURDAY_BEFORE)]
    assert _timexes("The man killed 3/12 was named Wednesday.")[0] == ("3/12", SATURDAY_BEFORE)
    assert _timexes("Police arrested a man in the 3/12 shooting.") == [("3/12", SATURDAY_BEFORE)]
    assert _timexes("Shots were fired in the early morning hours of 3/12 near a club.") == \
        [("hours of 3/12", SATURDAY_BEFORE)]
    assert _timexes("He was shot early Saturday, 3/12, outside a bar.") == [("Saturday, 3/12", SATURDAY_BEFORE)]


def test_a_numeric_day_without_such_words_is_no_day():
    assert _timexes("Tickets for the 3/12 game sold out.") == []
    assert _timexes("His next court date is 3/12.") == []
    assert _timexes("He made 3/12 of his shots.") == []


# -- the early hours of a weekday --------------------------------------------------------------------------------

def test_the_early_hours_of_a_weekday_are_that_weekday_and_the_shootings():
    text = ("A man arrested on the Fourth of July for waving a gun was charged Tuesday with shooting a 30-year-old man "
            "in the early-morning hours of Sunday in a parking lot on Elm Avenue.")
    assert _day(_date(text)) == _on(SUNDAY_BEFORE)
    assert _timexes("Two men were hurt in the wee hours of Saturday.") == \
        [("in the wee hours of Saturday", SATURDAY_BEFORE)]


# -- a page's date line --------------------------------------------------------------------------------------------

def test_a_full_date_alone_on_its_line_is_the_pages_stamp():
    text = "March 16, 2022\nSALEM, Ore. \u2014 A man was shot Saturday night on Elm Street."
    assert _day(_date(text, first=False)) == _on(SATURDAY_BEFORE)
    told = "SALEM, Ore. \u2014 A man was shot March 12, 2022\nHe died on Sunday."
    assert _day(_date(told, first=False)) == _on(SATURDAY_BEFORE)  # the date ends a sentence, not a line alone


# -- another incident's day told day first or in figures --------------------------------------------------------

def test_another_incidents_day_first_or_numeric_date_is_its_own():
    assert _day(_date("Prosecutors say Ortiz shot a man on 12 March to get back at him for a 1 March robbery.")) == \
        _on(SATURDAY_BEFORE)
    text = ("On 3/1, someone fired a dozen shots into a house on Water Street, hurting no one. On Monday night, the "
            "same house was hit again, and this time a woman inside was wounded.")
    assert _day(_date(text)) == _on(MONDAY_BEFORE)


def test_a_full_month_name_leaves_the_sentences_stop_alone():
    assert _timexes("A witness picked him out of a lineup on 12 March. The corner was quiet.") == \
        [("12 March", SATURDAY_BEFORE)]
    assert _timexes("He was shot on 12 Mar. Police came.")[0][0] == "12 Mar."  # an abbreviation keeps its stop
