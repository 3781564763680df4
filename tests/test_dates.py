"""Incident dates: which of a report's dates is the incident's (timex.date_role, incident_date) and
the dates component on real text."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import find_timexes, date_role, incident_date

FRIDAY = date(2022, 1, 21)


def roles(text: str, anchor: date | None = FRIDAY) -> dict[str, int]:
    return {t.text: date_role(text, t) for t in find_timexes(text, anchor)}


def test_roles_of_dates_around_violence_and_aftermath() -> None:
    r = roles("The teen was arraigned Thursday on charges stemming from Sunday's shooting.")
    assert r == {"Thursday": -1, "Sunday": 2}
    r = roles("The boy was shot and killed Tuesday night; his family held a vigil on Wednesday.")
    assert r["Tuesday night"] == 1 and r["Wednesday"] == -1


def test_a_charge_named_after_the_date_is_the_charge_not_the_shooting() -> None:
    r = roles("He was charged with attempted murder Wednesday, police said.")
    assert r["Wednesday"] == -1


def test_follow_up_story_takes_the_shooting_date() -> None:
    text = ("A 17-year-old was arrested Monday in connection with the fatal shooting of a 13-year-old. "
            "Police say the boy was shot on Jan. 6 at a home on Woodbrook Drive.")
    assert incident_date(text, FRIDAY).start == date(2022, 1, 6)


def test_last_months_shooting_beats_the_arrest_day() -> None:
    text = "Detectives arrested a man on Tuesday in last month's shooting outside a bar."
    span = incident_date(text, date(2022, 2, 10))
    assert (span.start, span.precision) == (date(2022, 1, 1), "month")


def test_a_clock_time_marks_the_incident() -> None:
    text = ("The store was closed and locked on Monday. It was around 9:30 Tuesday night when several men "
            "entered and tried to rob it.")
    assert incident_date(text, date(2022, 1, 19)).start == date(2022, 1, 18)


def test_datelines_and_time_stamps_are_the_report_date_not_the_incident() -> None:
    text = "INDIANAPOLIS, Ind. (Jan. 20, 2022) – A man was shot and killed late Tuesday on the east side."
    assert incident_date(text, date(2022, 1, 20)).start == date(2022, 1, 18)
    text = "March 25, 2014 12:45 PM SAN FRANCISCO (KCBS) – Two men were wounded in a shooting Sunday night."
    assert incident_date(text, date(2014, 3, 25)).start == date(2014, 3, 23)
    # the stamp is still the date when nothing else is said
    text = "INDIANAPOLIS, Ind. (Jan. 20, 2022) – One person is dead after an officer-involved shooting."
    assert incident_date(text, date(2022, 1, 20)) .start == date(2022, 1, 20)


def test_year_alone_without_an_anchor_is_no_incident_date() -> None:
    assert incident_date("Riots spread across the city, the worst since the uprising in 1973.", None).start is None


def test_dates_component_on_a_follow_up_report(analyze) -> None:
    doc = analyze("A 15-year-old boy was charged Thursday in the shooting death of Jamal Rollins, 17. "
                  "Rollins was shot Sunday night in the 7000 block of South Cornell Avenue, police said.")
    assert [d.start for d in doc._.segment_dates] == [date(2022, 1, 16)]


def test_a_date_modifies_the_verb_before_it() -> None:
    # the aftermath word after the date ("has been released", "has died") is another verb's
    r = roles("The identity of a man shot to death at a bar on Federal Boulevard early Sunday morning has been released.")
    assert r["early Sunday morning"] == 1
    r = roles("A 13-year-old boy, accidentally shot by his cousin on Sunday, has died.")
    assert r["Sunday"] == 1
    # and an aftermath verb before the date still makes it the aftermath's
    r = roles("Police arrested a man Tuesday in the shooting.")
    assert r["Tuesday"] == -1
