"""Characters that print as nothing (soft hyphens, zero-width spaces) do not split the words they sit in.

A page set for line breaking carries soft hyphens inside its words ("Cin\u00adcin\u00adnati"); a pasted post carries
zero-width spaces.  A reader sees one word, and so must the tokenizer, the gazetteer and every word rule.  The
report is stored with the text its claims' offsets were read from.
"""

from __future__ import annotations

from eventdesk.ingest.common import visible_text

SHY, ZWSP = "\u00ad", "\u200b"


def test_visible_text_takes_out_what_prints_as_nothing():
    assert visible_text(f"Cin{SHY}cin{SHY}nati") == "Cincinnati"
    assert visible_text(f"shot{ZWSP} and\u2060 killed\ufeff") == "shot and killed"
    plain = "A man was shot dead in Dayton, Ohio, on Monday."
    assert visible_text(plain) is plain  # nothing to take out: the same string, no copy
    # a non-breaking space prints as a space: it stays
    assert visible_text("New\u00a0York") == "New\u00a0York"


def test_a_report_with_soft_hyphens_is_read_and_stored_as_its_reader_sees_it(tmp_path, ledger):
    text = (f"Two men were shot and killed early Sunday in Cin{SHY}cin{SHY}nati, Ohio, police said.\n\n"
            f"Of{SHY}fi{SHY}cers found both vic{SHY}tims outside a home on Hawthorne Avenue.")
    src = tmp_path / "report.txt"
    src.write_text("2023-03-06\n" + text, encoding="utf-8")
    summary = ledger.ingest([src])
    assert summary.stored == 1
    rows, total = ledger.incidents()
    assert total == 1
    inc = ledger.incident(rows[0].id)
    assert inc.location is not None and inc.location.name == "Cincinnati"
    assert inc.figure("killed").best == 2
    [report] = ledger.reports(inc.report_ids)
    stored = ledger.store.get_report(report.id)
    assert SHY not in stored.text and "Cincinnati" in stored.text
    assert inc.claims
    for claim in inc.claims:
        # every claim's offsets point at its own sentence in the stored text
        assert stored.text[claim.start:claim.end] == claim.sentence


def test_the_same_report_without_soft_hyphens_keeps_its_text_unchanged(tmp_path, ledger):
    text = "Two men were shot and killed early Sunday in Cincinnati, Ohio, police said."
    src = tmp_path / "report.txt"
    src.write_text("2023-03-06\n" + text, encoding="utf-8")
    ledger.ingest([src])
    rows, _ = ledger.incidents()
    inc = ledger.incident(rows[0].id)
    [report] = ledger.reports(inc.report_ids)
    assert text in ledger.store.get_report(report.id).text
