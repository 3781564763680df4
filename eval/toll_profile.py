"""python -m eval.toll_profile [--data DIR] [--split dev|heldout|both] [--reuse-analysis DIR] [--list] [--salt SALT]   (from the repo root)

Where the SemEval/GVA incident tolls go wrong, as counts only: for killed and for injured, the error rate of the GVA
incidents that share one feature of our reading, split into over- and under-counts.  The features: how many reports
our incident has (and whether reports of the GVA incident sit outside it); how many of them give a figure and
whether they disagree on it; whether the reconciled best is the latest report's figure, the largest, the one most
sources give, an attributed source's; the reconciled low / best / high spread; whether any claim is attributed; what
the figures rest on (``gvdb_profile.basis``); whether a report of the incident tells several incidents (several
mentions); whether a report of the GVA incident gave GVA's figure on its own, in our incident or outside it; GVA's
figure and ours, bucketed; and the error kind the SemEval suite gives.

A second section ("one report: ..." features) counts the reports, not the incidents: each report of a GVA incident
read on its own (its mention of the incident: the one that went to our incident, else its primary mention) against
the incident's final GVA figure.  A report's own figure above the final toll is almost surely a reading error
(reports are rarely above it), so its over-count rate by what the figure rests on, by how many claims and
mentions the report has and by whether a claim is the shooter's says which kind of report our reading inflates.
``over_counts`` finds those reports; ``--list`` prints them for dev (ids, figures, bases and claims; dev only).

``--salt SALT`` instead splits the split's GVA incidents into two halves by the first hex digit of a salted sha1 of
the GVA incident id (0-7: the rules half, as ``check_sets.first_digit_half``) and prints each half's incidents and
its incident killed / injured exact (the SemEval suite's figures, per half: ``incident_halves``); with ``--list``
(dev only) it lists the rules half's incidents whose killed or injured best is wrong, each report's own figure in
report order beside the reconciled one (never the check half's).

It prints no text, no id and no figure of a single incident, and hides every cell of fewer than five incidents, so it
may be run on held-out: a profile tells which *kind* of incident a split miscounts, never which incident.  Rules are
still written from dev alone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from eventdesk.models import Claim
from eventdesk.reconcile import reconcile, report_figures

from .common import Runtime, _mention_casualties
from . import gvdb_profile
from .gvdb_profile import MIN_CELL, _bucket, basis

# the suite's names of the outcomes, and the claims' own
OUTCOMES = (("killed", "killed"), ("injured", "wounded"))
_PERPETRATORS = "militants"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def features(outcome: str, claims: Sequence[Claim], order: dict[str, int], n_reports: int, outside: bool,
             several: bool, kind: str | None, told: str | None, gold: int, ours: int) -> dict[str, str]:
    """The profile's features of one GVA incident for one ``outcome`` ("killed" or "wounded"): ``claims`` and
    ``order`` are our incident's claims and report order (as the ledger reconciles them), ``n_reports`` its reports
    (0: no incident), ``outside`` whether a report of the GVA incident went to another incident, ``several``
    whether a report of ours tells several incidents, ``kind`` and ``told`` the suite's error kind and where a report
    gave GVA's figure (``semeval.count_kind``)."""
    if not n_reports:
        return {"reports": "no incident", "error kind": kind or "exact", "gold": _bucket(gold)}
    figs = report_figures(claims, order).get((outcome, None), [])
    fig = next((f for f in reconcile(claims, "ucdp", order)[0] if f.outcome == outcome and f.party is None), None)
    own = [c for c in claims if c.outcome == outcome and c.party != _PERPETRATORS]
    lows = [f.low for f in figs]
    best = fig.best if fig else 0
    by_report = {f.report_id for f in figs}
    last = max((f.order for f in figs), default=None)
    modal = Counter(lows).most_common()
    attributed_lows = {f.low for f in figs if f.claim_index is not None and claims[f.claim_index].attributed_to}
    return {
        "reports": _bucket(n_reports),
        "reports of the GVA incident outside ours": _yes(outside),
        "reports with a figure": _bucket(len(by_report)),
        "reports disagree on the figure": ("no figure" if not figs else "one report" if len(by_report) < 2 else
                                           _yes(len(set(lows)) > 1)),
        "best is the latest report's figure": "no figure" if not figs else _yes(
            best in {f.low for f in figs if f.order == last}),
        "best is the largest figure": "no figure" if not figs else _yes(best == max(lows)),
        "best is the figure most sources give": ("no figure" if not figs else "no single most" if len(modal) > 1
                                                 and modal[0][1] == modal[1][1] else _yes(best == modal[0][0])),
        "best is an attributed source's figure": ("no attributed figure" if not attributed_lows else
                                                  _yes(best in attributed_lows)),
        "low / best / high": ("no figure" if fig is None else "one figure" if fig.low == fig.best == fig.high else
                              "low below best, high above" if fig.low < fig.best < fig.high else
                              "low below best" if fig.low < fig.best else "high above best"),
        "a claim attributed to a source": _yes(any(c.attributed_to for c in own)),
        "figure rests on": "+".join(sorted({basis(c) for c in own})) or "no claim",
        "a report tells several incidents": _yes(several),
        "a report had GVA's figure": {"in": "in our incident", "outside": "outside our incident"}.get(
            told or "", "no report" if kind else "exact"),
        "error kind": kind or "exact",
        "gold": _bucket(gold),
        "ours": _bucket(ours),
    }


@dataclass(frozen=True)
class ReportFigure:
    """One report's own figure for one outcome of the GVA incident it tells, beside GVA's final figure: ``claims``
    are its mention's claims (empty when it has none), ``where`` whether that mention went to our incident."""

    doc: str
    incident: str
    outcome: str
    ours: int
    gold: int
    claims: tuple
    mentions: int
    where: str

    @property
    def result(self) -> str:
        return "exact" if self.ours == self.gold else "over" if self.ours > self.gold else "under"


def report_mention(doc: str, mine_id: str | None, rd):
    """A report's mention of a GVA incident: the one that went to our incident ``mine_id``, else its primary
    mention (None when it has none)."""
    from .common import primary_mention

    ms = rd.doc_mentions.get(doc) or []
    st = rd.ledger.store
    return next((m for m in ms if mine_id and st.mention_incident(doc, m.index) == mine_id), None) or \
        primary_mention(ms)


def report_figures_of(data, rd) -> Iterator[ReportFigure]:
    """Every report of every GVA incident of ``data`` read on its own, for killed and for wounded."""
    from .semeval import our_incident

    st = rd.ledger.store
    for iid, row in data.incidents.items():
        if row["registry"] != "GVA" or not row.get("gva_n_killed"):
            continue
        ds, mine = our_incident(row, rd)
        golds = (int(row["gva_n_killed"] or 0), int(row["gva_n_injured"] or 0))
        for d in ds:
            m = report_mention(d, mine.id if mine else None, rd)
            claims = tuple(m.claims) if m else ()
            figs = _mention_casualties(claims, False)
            where = ("no mention" if m is None else "in our incident" if mine and
                     st.mention_incident(d, m.index) == mine.id else "outside our incident")
            for (_name, outcome), g in zip(OUTCOMES, golds):
                yield ReportFigure(d, iid, outcome, figs.get(outcome, 0), g, claims,
                                   len(rd.doc_mentions.get(d) or []), where)


def report_features(r: ReportFigure) -> dict[str, str]:
    """The per-report features of one report's figure (keys start "one report: "): where its mention went, what
    its figure rests on, how many claims of the outcome it has, whether one is attributed, whether the report tells
    several incidents, whether a claim of the outcome is the shooter's side, GVA's figure and the report's."""
    own = [c for c in r.claims if c.outcome == r.outcome and c.party != _PERPETRATORS]
    return {
        "one report: its mention": r.where,
        "one report: figure rests on": "+".join(sorted({basis(c) for c in own})) or "no claim",
        "one report: claims of this outcome": _bucket(len(own)),
        "one report: a claim attributed to a source": _yes(any(c.attributed_to for c in own)),
        "one report: mentions": _bucket(r.mentions),
        "one report: a claim of the shooter's side": _yes(any(c.outcome == r.outcome and c.party == _PERPETRATORS
                                                                for c in r.claims)),
        "one report: gold": _bucket(r.gold),
        "one report: ours": _bucket(r.ours),
    }


def over_counts(figures: Iterable[ReportFigure]) -> list[ReportFigure]:
    """The reports whose own figure is above their incident's final GVA figure (a reading error, nearly always)."""
    return [r for r in figures if r.ours > r.gold]


def profile(rows: Iterable[tuple[str, dict[str, str], str]]) -> dict:
    """Counts per (outcome, feature, value) of incidents exact, over and under, from (outcome, features, result)
    rows."""
    table: dict = defaultdict(Counter)
    for outcome, feats, result in rows:
        for feat, value in feats.items():
            table[(outcome, feat, value)][result] += 1
    return table


def run(rt: Runtime, root, split: str) -> dict:
    from .data import load_semeval
    from .semeval import count_kind, our_incident, read_split

    data = load_semeval(root, split)
    rd = read_split(rt, data, f"semeval-{split}-all")
    st = rd.ledger.store
    rows = []
    for row in data.incidents.values():
        if row["registry"] != "GVA" or not row.get("gva_n_killed"):
            continue
        ds, mine = our_incident(row, rd)
        claims, order, theirs = [], {}, set()
        if mine:
            mentions = st.mentions(mine.id)
            order = st.report_order(list(dict.fromkeys(m.report_id for m in mentions)))
            claims = [c for m in mentions for c in m.claims]
            theirs = set(order)
        several = any(len(rd.doc_mentions.get(d) or []) > 1 for d in theirs)
        outside = any(rd.doc_main[d] != (mine.id if mine else None) for d in ds)
        golds = (int(row["gva_n_killed"] or 0), int(row["gva_n_injured"] or 0))
        ours = ((mine.killed_best or 0), (mine.wounded_best or 0)) if mine else (0, 0)
        for (name, outcome), g, p in zip(OUTCOMES, golds, ours):
            kind, told = count_kind(name, p, g, ds, rd, mine)
            feats = features(outcome, claims, order, len(theirs), outside, several, kind, told, g, p)
            rows.append((name, feats, "exact" if p == g else "over" if p > g else "under"))
    names = dict((o, n) for n, o in OUTCOMES)
    rows += [(names[r.outcome], report_features(r), r.result) for r in report_figures_of(data, rd)]
    rd.ledger.close()
    return profile(rows)


def _cell(c: Counter | None) -> str:
    """A split's counts of one (outcome, feature, value), hidden under ``MIN_CELL`` incidents."""
    n = sum(c.values()) if c else 0
    return gvdb_profile.hidden(n) if n < MIN_CELL else gvdb_profile._cell(c)


def print_profiles(profiles: dict[str, dict]) -> None:
    """One line per (outcome, feature, value) shared by at least ``MIN_CELL`` incidents of some split; smaller
    cells hidden."""
    gvdb_profile.print_profiles(profiles, _cell, 72)


def list_over_counts(rt: Runtime, root) -> None:
    """Dev's per-report over-counts, one block each: report, incident, outcome, the report's figure and GVA's,
    what it rests on, and its claims of the outcome (count, victim key, party, sentence)."""
    from .data import load_semeval
    from .semeval import read_split

    data = load_semeval(root, "dev")
    rd = read_split(rt, data, "semeval-dev-all")
    over = over_counts(report_figures_of(data, rd))
    print(f"{len(over)} reports over GVA's final figure")
    for r in over:
        own = [c for c in r.claims if c.outcome == r.outcome]
        print(f"\n{r.doc} {r.incident} {r.outcome} ours {r.ours} gold {r.gold} "
              f"rests on {report_features(r)['one report: figure rests on']}")
        for c in own:
            print(f"  {c.count} {c.victim!r} {c.party!r} {c.attributed_to or ''}: {c.sentence[:160]!r}")
    rd.ledger.close()


def incident_half(salt: str, incident_id: str) -> str:
    """'rules' or 'check': the half of a GVA incident by the first hex digit of a salted sha1 of its id."""
    from .check_sets import first_digit_half

    return first_digit_half(salt, incident_id)


def incident_halves(data, rd, salt: str, listing: bool = False) -> dict[str, dict[str, int]]:
    """Per half of a read split's GVA incidents (``incident_half``; ``data`` the split, ``rd`` its reading by
    ``semeval.read_split``): incidents, incidents whose best killed / injured figure is GVA's (as the SemEval suite
    scores them: no incident is 0 and 0).  With ``listing`` (dev only), print the rules half's incidents whose killed
    or injured best is wrong: each report's own figure, in report order."""
    from .semeval import our_incident

    st = rd.ledger.store
    out = {h: {"incidents": 0, "killed": 0, "injured": 0} for h in ("rules", "check")}
    for iid, row in data.incidents.items():
        if row["registry"] != "GVA" or not row.get("gva_n_killed"):
            continue
        half = incident_half(salt, iid)
        ds, mine = our_incident(row, rd)
        gold = (int(row["gva_n_killed"] or 0), int(row["gva_n_injured"] or 0))
        ours = ((mine.killed_best or 0), (mine.wounded_best or 0)) if mine else (0, 0)
        h = out[half]
        h["incidents"] += 1
        h["killed"] += ours[0] == gold[0]
        h["injured"] += ours[1] == gold[1]
        if listing and half == "rules" and ours != gold and mine:
            _list_incident(iid, st, mine, ours, gold)
    return out


def _list_incident(iid: str, st, mine, ours: tuple[int, int], gold: tuple[int, int]) -> None:
    """One wrong incident of the rules half: our and GVA's figures, each report's own figure per outcome (report
    order, source) and its claims of the outcome."""
    mentions = st.mentions(mine.id)
    order = st.report_order(list(dict.fromkeys(m.report_id for m in mentions)))
    claims = [c for m in mentions for c in m.claims]
    print(f"\n{iid} ours {ours[0]} killed / {ours[1]} injured  gold {gold[0]} / {gold[1]}  reports {len(order)}")
    per = report_figures(claims, order)
    for (name, outcome), o, g in zip(OUTCOMES, ours, gold):
        if o == g:
            continue
        figs = per.get((outcome, None), [])
        print(f"  {name}: " + ", ".join(f"{f.report_id[:8]}#{f.order}={f.low}{'*' if f.derived else ''}" for f in figs))
        for c in claims:
            if c.outcome == outcome:
                print(f"    {c.report_id[:8]} {c.count} {c.victim!r} {c.party!r} {c.attributed_to or ''}: "
                      f"{(c.sentence or '')[:150]!r}")


def _salted_main(argv) -> int | None:
    """``--salt SALT``: the incident halves (``incident_halves``) instead of the profile; None where not asked."""
    import argparse
    import logging
    from pathlib import Path

    from .common import data_dir
    from .data import DataMissing, load_semeval
    from .semeval import read_split

    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--salt")
    ap.add_argument("--data")
    ap.add_argument("--split", choices=("dev", "heldout", "both"), default="dev")
    ap.add_argument("--reuse-analysis", default=None)
    ap.add_argument("--list", action="store_true")
    args, _ = ap.parse_known_args(argv)
    if not args.salt:
        return None
    if args.list and args.split != "dev":
        print("toll_profile: --list names items: dev only")
        return 2
    logging.getLogger("eventdesk").setLevel(logging.ERROR)
    rt = Runtime(Path(args.reuse_analysis) if args.reuse_analysis else None)
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    try:
        for split in splits:
            data = load_semeval(data_dir(args.data), split)
            rd = read_split(rt, data, f"semeval-{split}-all")
            halves = incident_halves(data, rd, args.salt, listing=args.list)
            rd.ledger.close()
            for h, c in halves.items():
                n = c["incidents"] or 1
                print(f"{split} {h:5}  incidents {c['incidents']:4}   killed exact {c['killed']:4} "
                      f"({100 * c['killed'] / n:5.1f} %)   injured exact {c['injured']:4} ({100 * c['injured'] / n:5.1f} %)")
    except DataMissing as exc:
        print(f"toll_profile: {exc}")
        return 2
    return 0


def main(argv=None) -> int:
    import sys

    salted = _salted_main(sys.argv[1:] if argv is None else argv)
    if salted is not None:
        return salted
    return gvdb_profile.profile_main("toll_profile", __doc__, run, print_profiles, argv, reuse=True,
                                     listing=list_over_counts)


if __name__ == "__main__":
    raise SystemExit(main())
