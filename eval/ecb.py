"""ECB+ violent topics: same-type, different-incident discrimination.

Every topic of the split goes into its own fresh ledger (no publication dates: ECB+ gives none, so
dates come from the texts).  The gold incident of a document is its sub-topic (ECB's seminal event
vs the ECB+ one: same kind of event, different time and place).  We score
- merged-pair precision: pairs of documents that share ANY incident in our ledger, and how many of
  them are really about the same incident — a false merge here is the error this suite exists for;
- B-cubed and pairwise P/R/F1 of documents clustered by their primary mention's incident.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from eventdesk.models import Report

from . import metrics
from .common import Errors, Result, Row, Timer, primary_mention, snippet
from .data import load_ecb


def run(rt, root, split: str, limit: int | None = None) -> Result:
    docs = load_ecb(root, split)
    if limit:
        docs = docs[: max(limit, 1)] if limit < len(docs) else docs
    errs = {"merges": Errors(), "splits": Errors()}
    gold, pred, merged = {}, {}, set()
    by_topic = defaultdict(list)
    for d in docs:
        by_topic[d.topic].append(d)
    with Timer() as t:
        for topic, ds in sorted(by_topic.items()):
            ledger = rt.fresh_ledger(f"ecb-{split}-{limit or 'all'}-{topic}")
            ledger.ingest_reports([Report(id=d.name, text=d.text, title=d.text.split("\n", 1)[0][:120]) for d in ds])
            st = ledger.store
            incs = {}
            for d in ds:
                key = f"{topic}:{d.name}"
                gold[key] = d.subtopic
                ms = st.report_mentions(d.name)
                incs[key] = {st.mention_incident(d.name, m.index) for m in ms}
                pm = primary_mention(ms)
                pred[key] = f"{topic}:{st.mention_incident(d.name, pm.index)}" if pm else f"none:{key}"
            text = {f"{topic}:{d.name}": d.text for d in ds}
            for a, b in combinations(sorted(incs), 2):
                shared = incs[a] & incs[b]
                if shared:
                    merged.add(frozenset((a, b)))
                    if gold[a] != gold[b]:
                        reasons = [m.reason for i in shared for m in st.merges(i) if m.report_id in (a.split(":")[1], b.split(":")[1])]
                        r = next((x for x in reasons if x.startswith("score")), "")
                        kind = ("place unknown" if "place unknown" in r else "places near") + ", " + ("date unknown" if "date unknown" in r else "dates near")
                        errs["merges"].add(f"different incidents merged ({kind})", {"a": a, "b": b, "reason": r,
                                                                                    "a_text": snippet(text[a], width=100), "b_text": snippet(text[b], width=100)})
            ledger.close()
        for k in gold:
            if pred[k].startswith("none:"):
                errs["splits"].add("document yields no mention", {"doc": k})
    mp = metrics.merged_pair_precision(merged, gold)
    bp, br, bf = metrics.bcubed(pred, gold)
    pw = metrics.pairwise(pred, gold)
    cross = sum(1 for p in merged if len({gold[x] for x in p}) == 2)
    out = [
        Row("merged-pair precision (any shared incident)", mp["precision"], None, f"{mp['merged_pairs']} merged pairs"),
        Row("cross-incident merged pairs", cross, None, "should be 0", "int"),
        Row("B-cubed P", bp), Row("B-cubed R", br), Row("B-cubed F1", bf),
        Row("pairwise P", pw["precision"]), Row("pairwise R", pw["recall"]), Row("pairwise F1", pw["f1"]),
    ]
    return Result("ecb", split, out, {"merged": mp, "pairwise": pw, "topics": sorted(by_topic)}, errs, t.seconds, len(docs))
