"""Dates: when each segment's incident happened, resolved against the report's anchor date; the lead incident's
from its headline when the text names no day ("Six hurt in two shootings Wednesday night" over a body that does
not say when)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...timex import headline_day, incident_date
from ..doctext import doc_text


@Language.factory("eventdesk_dates", assigns=["doc._.segment_dates"], requires=["doc._.segments", "doc._.raw_claims"])
def make_dates(nlp: Language, name: str):
    return DateResolver()


class DateResolver:
    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        dates = []
        summary = False  # the lead segment tells no incident of its own ("Police are investigating two shootings ...")
        for seg in doc._.segments:
            # the sentences with claims tell the incident; their dates come first
            claim_sents = sorted({c.sent for c in doc._.raw_claims if seg.first_sent <= c.sent < seg.end_sent})
            first = [(sents[i].start_char - seg.start, sents[i].end_char - seg.start) for i in claim_sents if i not in doc._.background]
            if not dates:
                summary = not first
            first.append((sents[seg.first_sent].start_char - seg.start, sents[seg.first_sent].end_char - seg.start))
            span = incident_date(doc_text(doc)[seg.start:seg.end], doc._.anchor, sentences_first=first)
            if not dates and span.text is None and doc._.title:
                span = headline_day(doc._.title, doc._.anchor) or span
            elif dates and summary and span.text is None and dates[0].text is not None and dates[0].precision == "day":
                # a roundup's later paragraph that names no day ("The second shooting was reported around 11 p.m.")
                # tells the day of the lead that sums the roundup up ("Police are investigating two separate shootings
                # that left five people wounded Wednesday night"), not the report's own; a lead that tells an
                # incident of its own dates that one only
                span = dates[0]
            dates.append(span)
        doc._.segment_dates = dates
        return doc
