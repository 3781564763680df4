"""What the geocoding rounds' tests share: a geo check set (``eval.geo_check.SETS``) scored per half, each report
placed where its main mention (the one with most claims) is."""

from __future__ import annotations

from types import SimpleNamespace


def geo_check_scores(ledger, gazetteer, name: str) -> dict:
    """Per half of the set ``name``: rows, and rows placed within 25 km of their gold point."""
    from eval import check_sets, geo_check

    path, salt = geo_check.SETS[name]
    items = geo_check.rows(path)
    found = {}
    for report, _, mentions in ledger.analyze([check_sets.report(row) for row in items]):
        pm = max(mentions, key=lambda m: len(m.claims)) if mentions else None
        found[report.id] = pm.place if pm else None
    runtime = SimpleNamespace(gazetteer=gazetteer)  # the scorer asks a runtime only for its gazetteer
    return geo_check.score(items, geo_check.distances(runtime, items, found), salt)


def place_reader(nlp, gazetteer, report_id: str, published, title: str | None = "Man shot Friday night",
                 need_mention: bool = False):
    """(ledger, read): ``read(text, title)`` gives the place of the report's mention with the most claims, as (name,
    state, country code), None where it has no place (or no mention, unless ``need_mention`` asserts one).  The caller
    closes the ledger."""
    from eventdesk import Ledger, Report

    led = Ledger(":memory:", nlp=nlp, gazetteer=gazetteer)

    def read(text: str, title: str | None = title):
        report = Report(id=report_id, text=text, title=title, published=published)
        [(_, _, mentions)] = list(led.analyze([report]))
        if need_mention:
            assert mentions, "no mention extracted"
        elif not mentions:
            return None
        place = max(mentions, key=lambda m: len(m.claims)).place
        return (place.name, place.admin1, place.country_code) if place else None

    return led, read


def place_fixture(report_id: str, published, **kwargs):
    """A module-scoped fixture ``place_of`` over ``place_reader``: ``place_of(text, title)`` gives the place of a
    report's mention with the most claims, as (name, state, country code).  A test module binds it to that name:
    ``place_of = place_fixture("r-...", date)``."""
    import pytest

    @pytest.fixture(scope="module")
    def place_of(nlp, gazetteer):
        led, read = place_reader(nlp, gazetteer, report_id, published, **kwargs)
        yield read
        led.close()

    return place_of


def assert_reached(ledger, gazetteer, name: str, reached: dict) -> None:
    """The set ``name`` still holds, per half, the rows and at least the rows within 25 km that its round reached:
    ``reached`` maps 'rules' and 'check' to (rows, within)."""
    scores = geo_check_scores(ledger, gazetteer, name)
    for half, (rows, within) in reached.items():
        assert scores[half]["rows"] == rows, scores
        assert scores[half]["within"] >= within, scores


def assert_own_halves(gazetteer, name: str, rows: int) -> None:
    """The set ``name`` holds ``rows`` rows of distinct ids, split by its own salt into both halves, each row's gold town
    known to the gazetteer."""
    from eval import check_sets, geo_check

    path, salt = geo_check.SETS[name]
    items = geo_check.rows(path)
    ids = [row["id"] for row in items]
    assert len(ids) == len(set(ids)) == rows
    assert {check_sets.first_digit_half(salt, i) for i in ids} == {"rules", "check"}
    assert all(geo_check.gold_place(gazetteer, row) is not None for row in items)
