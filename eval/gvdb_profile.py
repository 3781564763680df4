"""python -m eval.gvdb_profile [--data DIR] [--split dev|heldout|both]   (run from the repo root)

Where the GVDB per-article counts go wrong, as counts only: for killed and for injured, the error rate of the
articles that share one feature of their text or of our reading of it (how long the report is, how many claims
its lead incident carries, whether a claim is attributed to a source, what the figure rests on: a stated number,
victims named, victims described, and the outlet the report came from; on the gold's side, what GVDB's victim
list holds: no victim, victims with no outcome marked, or outcomes), split into over- and under-counts.  The genre
of the story, told by words of its text alone (``GENRES``: a court story, a statistic, an earlier year named, a mass,
police or family shooting, an accident, a follow-up at a vigil or funeral), is a feature too, and one of the
reweighting's: the twenty-second session found court stories, follow-ups and stories naming an earlier year read far
worse on held-out than on dev, while held-out's larger share of them explains little of its gap.
A victim told by sex alone ("unnamed male", "unnamed female") is filed as described since the eighteenth session
(before, as named): the "figure rests on" cells of profiles printed before then are not comparable with later ones.

It prints no text, no id and no figure of a single article, so it may be run on held-out: a profile tells which
*kind* of report a split errs on (the fourteenth session found held-out's errors gathered in reports with
attributed claims and many claims per incident), never which report.  Rules are still written from dev alone.

With ``--split both`` it ends with a reweighting: held-out's exact share expected were each of its articles read as
well as dev's articles of the same gold figure (or the same length) are.  The gap between that and dev's share is
what held-out's mix of such articles explains (it holds more articles of two or more dead than dev); the rest is how
much worse held-out's articles of each kind are read.
"""

from __future__ import annotations

import argparse
import logging
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import urlparse

from eventdesk.models import SHOOTER, Claim, Mention

from .common import Runtime, _mention_casualties, data_dir, report_casualties
from .data import DataMissing

OUTCOMES = (("killed", "killed"), ("injured", "wounded"))
# a feature shown only when this many articles share it (smaller cells are noise and come close to naming one)
MIN_CELL = 5


def basis(claim: Claim) -> str:
    """What one claim's figure rests on: a stated number, a victim named, a victim described (a person told by his
    description, or by sex alone: "unnamed male", "unnamed female"), another person ("another man", "the other", a
    plain "unnamed"), or the shooter's own death."""
    v = claim.victim
    if v is None:
        return "number"
    if v == SHOOTER:
        return "shooter"
    if v in ("unnamed", "the other") or v.startswith("another"):
        return "other"
    if "@" in v or v.startswith("unnamed "):
        return "described"
    return "named"


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5+"


def _length(text: str) -> str:
    n = len(text)
    return "<1,000" if n < 1000 else "<2,000" if n < 2000 else "<4,000" if n < 4000 else "4,000+"


# kinds of story, told by words of the text alone (not by our reading): which genres a split holds more of, and how
# well each is read
GENRES = {
    "court story": r"\b(?:sentenced|convicted|acquitted|jury|jurors|verdict|pleaded (?:guilty|not guilty)|"
                   r"testif(?:y|ied)|trial|prosecutors?)\b",
    "statistic": r"\b(?:this year|so far in 20\d\d|last year|homicides? (?:in|of) 20\d\d|per year|each year|"
                 r"every year|annually|since January|nationwide|statistics)\b",
    "earlier year named": r"\b(?:19[5-9]\d|200\d|201[0-3])\b",
    "mass shooting": r"\b(?:mass shooting|massacre|rampage|gunman opened fire)\b",
    "police shooting": r"\b(?:officer-involved|shot by (?:police|an officer|officers|a deputy|deputies|a trooper)|"
                       r"police (?:shot|killed)|officers? (?:shot|fired)|deputies (?:shot|fired))\b",
    "family killing": r"\b(?:murder-suicide|his wife|her husband|his girlfriend|ex-girlfriend|ex-wife|estranged|"
                      r"domestic)\b",
    "accident": r"\b(?:accidental(?:ly)?|unintentional(?:ly)?|cleaning (?:a|his|her) gun|negligent)\b",
    "follow-up": r"\b(?:vigil|funeral|memorial|mourn\w*|remembered|anniversary|GoFundMe)\b",
}
_GENRES = {name: re.compile(rx, re.IGNORECASE) for name, rx in GENRES.items()}


def genres(text: str) -> dict[str, str]:
    """For each kind of story in ``GENRES``, "yes" where the text holds one of its words."""
    return {f"genre: {name}": "yes" if rx.search(text) else "no" for name, rx in _GENRES.items()}


def outlet(url: str | None) -> str:
    """The site a report came from (its URL's host without "www."): held-out is a later window with other outlets,
    whose page layouts and house styles differ."""
    host = urlparse(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host or "no URL"


def features(text: str, mentions: Sequence[Mention], outcome: str, url: str | None = None) -> dict[str, str]:
    """The profile's features of one report for one outcome ("killed" or "wounded"), victims only; the outlet too
    where the report's URL is given."""
    lead = next((m for m in mentions if _mention_casualties(m.claims, True)), None)
    claims = [c for c in (lead.claims if lead else ()) if c.outcome == outcome and c.party != "militants"]
    out = {
        "report length (chars)": _length(text),
        "mentions with figures": _bucket(sum(1 for m in mentions if _mention_casualties(m.claims, True))),
        "claims of this outcome in the lead": _bucket(len(claims)),
        "a claim attributed to a source": "yes" if any(c.attributed_to for c in claims) else "no",
        "figure rests on": "+".join(sorted({basis(c) for c in claims})) or "no claim",
    }
    if url is not None:
        out["outlet"] = outlet(url)
    return out


# what GVDB's annotators marked of a victim: the outcomes its per-article figures count
_MARKED = {"killed", "injured", "hospitalized"}


def victim_list(victims: Sequence[dict]) -> str:
    """What GVDB's annotators listed for an article: no victim at all, victims none of whom is marked killed, injured
    or hospitalized, or victims with an outcome marked.  An article of the first two kinds has gold 0 / 0 whatever its
    text tells, so a figure we read there is over by construction: the cell says how much of an over-count is the
    annotation's gap rather than our reading (a feature of the gold, counted like "gold")."""
    if not victims:
        return "no victim listed"
    if not any(_MARKED & set(v.get("victim-was") or []) for v in victims):
        return "victims listed, no outcome marked"
    return "outcomes marked"


def profile(rows: Iterable[tuple]) -> dict:
    """Counts per (outcome, feature, value) of articles exact, over and under, from (text, mentions, gold killed,
    gold injured[, url[, GVDB's victim list]]) rows; plus the same by gold and by our figure."""
    table: dict = defaultdict(Counter)
    for text, mentions, gold_k, gold_w, *rest in rows:
        url, victims = rest[:1], (rest[1] if len(rest) > 1 else None)
        figs = report_casualties(mentions, victims_only=True)
        for (name, outcome), gold in zip(OUTCOMES, (gold_k, gold_w)):
            ours = figs.get(outcome, 0)
            result = "exact" if ours == gold else "over" if ours > gold else "under"
            feats = features(text, mentions, outcome, *url)
            feats["gold"] = _bucket(gold)
            feats["ours"] = _bucket(ours)
            feats |= genres(text)
            if victims is not None:
                feats["GVDB's victim list"] = victim_list(victims)
            for feat, value in feats.items():
                table[(name, feat, value)][result] += 1
    return table


def run(rt: Runtime, root, split: str) -> dict:
    from eventdesk.models import Report

    from .data import load_gvdb
    from .gvdb import url_date

    arts = load_gvdb(root, split)
    by_id = {a.id: a for a in arts}
    reports = [Report(id=a.id, text=a.text, title=a.title, url=a.url, published=url_date(a.url)) for a in arts]
    return profile((by_id[r.id].text, mentions, by_id[r.id].killed, by_id[r.id].injured, by_id[r.id].url,
                    by_id[r.id].victims) for r, _anchor, mentions in rt.analyze(reports))


def hidden(n: int) -> str | None:
    """What a split's cell shows in place of its counts when it holds fewer than ``MIN_CELL`` items (nothing, or
    "n<5"), so that no cell comes close to naming one item; None when it may show them."""
    return None if n >= MIN_CELL else "" if not n else f"n<{MIN_CELL}"


def _cell(c: Counter | None) -> str:
    if not c:
        return f"{'':27s}"
    n = sum(c.values())
    return f"n={n:4d} err {100 * (n - c['exact']) / n:3.0f}% over {c['over']:3d} under {c['under']:3d}"


def print_profiles(profiles: dict[str, dict], cell=_cell, width: int = 62, cell_width: int = 40,
                   header: str = "outcome / feature / value", size=lambda c: sum(c.values())) -> None:
    """One line per key (outcome, feature, value) shared by at least ``MIN_CELL`` items of some split, each split's
    counts written by ``cell`` in ``cell_width`` columns after a label of ``width`` (cut to fit).  The other profiles
    (eval.geo_profile, eval.date_profile, eval.toll_profile) print through this with their own cell writers, which
    hide a split's cell of fewer; ``size`` says how many items a cell holds."""
    keys = sorted({k for t in profiles.values() for k in t})
    splits = list(profiles)
    print(f"{header:{width}s}" + "".join(f"{s:{cell_width}s}" for s in splits))
    for key in keys:
        cells = [profiles[s].get(key) for s in splits]
        if max(size(c) if c else 0 for c in cells) < MIN_CELL:
            continue
        print(f"{' / '.join(key)[:width - 1]:{width}s}" + "".join(f"{cell(c):{cell_width}s}" for c in cells))


def profile_main(name: str, doc: str, run, print_profiles, argv=None, reuse: bool = False, listing=None) -> int:
    """The command line every profile shares: ``--data`` and ``--split dev|heldout|both`` (and, with ``reuse``,
    ``--reuse-analysis DIR`` as ``python -m eval semeval`` has it); ``run(rt, root, split)`` gives one split's
    table, ``print_profiles`` prints them side by side.  ``listing(rt, root)``, where given, prints dev's items
    one by one under ``--list``, which refuses any split but dev (a listing names items: dev only)."""
    ap = argparse.ArgumentParser(prog=f"python -m eval.{name}", description=doc,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="evaluation data folder (default: ../shared/evaldata beside the repository)")
    ap.add_argument("--split", choices=("dev", "heldout", "both"), default="dev")
    if reuse:
        ap.add_argument("--reuse-analysis", metavar="DIR", default=None,
                        help="keep each report's analysis in DIR and reuse it (as python -m eval semeval does)")
    if listing is not None:
        ap.add_argument("--list", action="store_true", help="list dev's items one by one (dev only)")
    args = ap.parse_args(argv)
    if getattr(args, "list", False) and args.split != "dev":
        ap.error("--list names items: dev only")
    logging.getLogger("eventdesk").setLevel(logging.ERROR)
    cache = getattr(args, "reuse_analysis", None)
    rt, root = Runtime(Path(cache) if cache else None), data_dir(args.data)
    if getattr(args, "list", False):
        try:
            listing(rt, root)
        except DataMissing as exc:
            print(f"{name}: {exc}")
            return 2
        return 0
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    try:
        print_profiles({s: run(rt, root, s) for s in splits})
    except DataMissing as exc:
        print(f"{name}: {exc}")
        return 2
    return 0


# features that do not depend on our reading: how a split's mix of them moves its score can be told apart from how
# well each kind of article is read
SHIFT_FEATURES = ("gold", "report length (chars)", *(f"genre: {name}" for name in GENRES))


def expected_share(base: dict[str, Counter], other: dict[str, Counter], good: str) -> tuple[float, float, float]:
    """(base's share ``good``, other's share ``good``, other's share expected were each of its items read as well as
    base's items of the same feature value are): a reweighting by the mix of one feature, from each split's counts per
    value of it.  A value base has no item of takes base's overall rate.  The gap between the expectation and base's
    share is what the other split's mix of that feature explains; the rest is how much worse its items of each kind
    are read.  The geo profile reweights the same way."""
    def share(c: Counter) -> float:
        return c[good] / sum(c.values())

    overall = share(sum(base.values(), Counter()))
    n = sum(sum(c.values()) for c in other.values())
    expected = sum(sum(c.values()) * (share(base[v]) if v in base else overall) for v, c in other.items()) / n
    return overall, share(sum(other.values(), Counter())), expected


def expected_exact(base: dict, other: dict, outcome: str, feature: str) -> tuple[float, float, float]:
    """``expected_share`` of GVDB's exact counts of one outcome, by one feature's values."""
    def cells(table):
        return {v: c for (o, f, v), c in table.items() if o == outcome and f == feature}

    return expected_share(cells(base), cells(other), "exact")


def print_with_shift(profiles: dict[str, dict]) -> None:
    """The profile tables, then (when dev and held-out are both profiled) held-out's exact share expected at dev's
    error rate per value of each feature that does not depend on our reading (``SHIFT_FEATURES``)."""
    print_profiles(profiles)
    if not {"dev", "heldout"} <= set(profiles):
        return
    print("\nexact share: dev / held-out / held-out expected at dev's error rate per value of the feature")
    for name, _ in OUTCOMES:
        for feature in SHIFT_FEATURES:
            dev, held, expected = expected_exact(profiles["dev"], profiles["heldout"], name, feature)
            print(f"{name:8s} by {feature:24s} {100 * dev:5.1f} / {100 * held:5.1f} / {100 * expected:5.1f}")


def main(argv=None) -> int:
    return profile_main("gvdb_profile", __doc__, run, print_with_shift, argv)


if __name__ == "__main__":
    raise SystemExit(main())
