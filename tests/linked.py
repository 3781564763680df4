"""What the linked check sets' tests share: a runtime whose every incident gets a fresh in-memory ledger on the
session's pipeline and gazetteer, as ``eval.linked_places_check.ingest_incident`` asks of one, the toll and the
place of an incident told by reports written in a test, how many reports each incident of a fresh ledger
holds (``incident_sizes``), the linking keys of one report (``report_keys``), the check of a linked set's pinned
halves and of a link round's fresh salt (``assert_fresh_link_salt``); and made-up SemEval documents read into one
ledger as the SemEval suite reads a split (``read_made_up_split``)."""

from __future__ import annotations

from types import SimpleNamespace


def incident_sizes(nlp, gazetteer, reports) -> list[int]:
    """The number of reports of each incident that ``reports`` make in a fresh in-memory ledger, largest first."""
    from eventdesk import Ledger

    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest_reports(reports)
        rows, _ = led.incidents()
        return sorted((r.n_reports for r in rows), reverse=True)


def report_keys(nlp, gazetteer, report, prefixes: str | tuple[str, ...]) -> set[str]:
    """The linking keys (``Mention.keywords``) beginning with ``prefixes`` of the mentions one report makes alone in a
    fresh in-memory ledger."""
    from eventdesk import Ledger

    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest_reports([report])
        return {k for m in led.store.report_mentions(report.id) for k in m.keywords if k.startswith(prefixes)}


def assert_fresh_link_salt(salt: str) -> None:
    """``eval.link_halves --salt`` takes a round's salt, which is not the default and draws other halves than it for
    some incidents."""
    from eval import link_halves
    from eval.check_sets import first_digit_half

    assert link_halves.build_parser().parse_args(["--salt", salt]).salt == salt != link_halves.SALT
    ids = [f"inc-{k}" for k in range(20)]
    assert any(first_digit_half(salt, i) != first_digit_half(link_halves.SALT, i) for i in ids)


def linked_runtime(nlp, gazetteer) -> SimpleNamespace:
    from eventdesk import Ledger

    return SimpleNamespace(gazetteer=gazetteer, fresh_ledger=lambda: Ledger(":memory:", nlp=nlp, gazetteer=gazetteer))


def assert_halves_hold(scores: dict, incidents: dict[str, int], pins: dict[str, tuple[int, int, int]]) -> None:
    """A linked tolls check set's scores per half (``eval.linked_tolls_check.run``) against its pins: each half holds
    ``incidents[half]`` incidents, and its killed, wounded and both exact are at least ``pins[half]``."""
    for h, (killed, wounded, both) in pins.items():
        s = scores[h]
        assert s["incidents"] == incidents[h], (h, s)
        assert s["killed"] >= killed and s["wounded"] >= wounded and s["both"] >= both, (h, s)


def linked_toll(rt, tag: str, *reports: tuple[str, str, str]) -> tuple[int, int]:
    """The (killed, wounded) best of one incident told by ``reports`` ((title, published day, text) each, one outlet
    each), ingested as the linked check sets ingest theirs; the reports must join."""
    from eval.linked_places_check import ingest_incident

    incident = {"id": tag, "reports": [
        {"id": f"{tag}-r{k}", "title": title, "text": text, "url": f"https://www.example-{k}.com/news/{k}", "published": day}
        for k, (title, day, text) in enumerate(reports, 1)]}
    row, joined = ingest_incident(rt, incident)
    assert joined
    return row.killed_best or 0, row.wounded_best or 0


def main_place(nlp, gazetteer, reports) -> tuple[int, tuple[str, str]]:
    """The number of reports and the (town, state) of the incident that most of ``reports`` (written in a test)
    joined, in a fresh ledger on the session's pipeline and gazetteer."""
    from eventdesk import Ledger

    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest_reports(reports)
        rows, _ = led.incidents()
        main = max(rows, key=lambda r: r.n_reports)
        return main.n_reports, (main.location.name, main.location.admin1)


def assert_places_halves_hold(scores: dict, incidents: dict[str, int], pins: dict[str, tuple[int, int]]) -> None:
    """A linked places check set's scores per half (``eval.linked_places_check.run``) against its pins: each half
    holds ``incidents[half]`` incidents, and its incidents within 25 km and all joined are at least ``pins[half]``."""
    for h, (within, joined) in pins.items():
        s = scores[h]
        assert s["incidents"] == incidents[h], (h, s)
        assert s["within"] >= within and s["joined"] >= joined, (h, s)


def read_made_up_split(nlp, gazetteer, docs: list[dict], incidents: dict | None = None, questions: dict | None = None):
    """Made-up SemEval documents ({doc_id, dct, title, text} each) of made-up gold ``incidents`` (incident_doc_map
    rows) read into one fresh in-memory ledger by ``eval.semeval.read_split``: the data and the reading."""
    from eval.data import SemevalData
    from eval.semeval import read_split
    from eventdesk import Ledger

    incidents = incidents or {}
    doc_incidents = {d["doc_id"]: [i for i, row in incidents.items() if d["doc_id"] in row["doc_ids"]] for d in docs}
    data = SemevalData({d["doc_id"]: d for d in docs}, incidents, doc_incidents, questions or {})
    rt = SimpleNamespace(fresh_ledger=lambda key: Ledger(":memory:", nlp=nlp, gazetteer=gazetteer))
    return data, read_split(rt, data, "made-up")
