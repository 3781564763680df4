"""What most rules read beside a sentence: the report's lead (the first sentence with a claim) and the dates a
sentence names, resolved against the report's date."""

from __future__ import annotations

from spacy.tokens import Doc

from ....timex import date_role, find_timexes


def _lead(doc: Doc, sents, claim_sents: set[int]) -> int | None:
    """The report's lead: its first sentence after the headline that holds a claim."""
    title_end = doc.user_data.get("title_end")
    return next((i for i in sorted(claim_sents) if title_end is None or sents[i].end > title_end), None)


def _dates(text: str, anchor):
    """The dates a sentence names (day to month precision), resolved against the report's date; not the
    dates of an aftermath ("turned himself in Monday") nor the report's own time stamp ("(January 9, 2016)"),
    which say nothing of when the incident happened."""
    if anchor is None:
        return []
    return [t for t in find_timexes(text, anchor)
            if t.span.start is not None and t.span.precision in ("day", "days", "week", "month") and date_role(text, t) >= 0]
