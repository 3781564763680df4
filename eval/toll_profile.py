"""python -m eval.toll_profile [--data DIR] [--split dev|heldout|both] [--reuse-analysis DIR] [--list]   (from the repo root)

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


def main(argv=None) -> int:
    return gvdb_profile.profile_main("toll_profile", __doc__, run, print_profiles, argv, reuse=True,
                                     listing=list_over_counts)


if __name__ == "__main__":
    raise SystemExit(main())
