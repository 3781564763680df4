"""What every suite shares: the one spaCy pipeline per process, the per-report casualty figure,
error bookkeeping, the printed table and the JSON results."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

from eventdesk.models import SHOOTER, Claim, Mention
from eventdesk.nlp.victims.person_claims import is_unnamed

REPO_ROOT = Path(__file__).resolve().parents[1]
# The data sit beside the repository, never inside it (licences; see docs/evaluation.md).
DEFAULT_DATA = Path("..") / "shared" / "evaldata"
RESULTS_DIR = Path(__file__).resolve().parent / "results"


def data_dir(arg: str | None) -> Path:
    """--data as given (relative to the current directory), else the default relative to the repo root."""
    return Path(arg) if arg else (REPO_ROOT / DEFAULT_DATA)


def stable_hash(s: str) -> int:
    """A hash that does not change between processes (Python's hash() is salted): sampling for
    --limit and the gate must pick the same items on every run."""
    return int(hashlib.sha1(s.encode()).hexdigest()[:12], 16)


def sample(items: Sequence, key, limit: int | None) -> list:
    """A deterministic sample of ``limit`` items: the lowest stable hashes of their keys, in their
    original order (so a sample is spread over the whole file, not its first rows)."""
    items = list(items)
    if not limit or limit >= len(items):
        return items
    keep = {id(x) for x in sorted(items, key=lambda x: stable_hash(str(key(x))))[:limit]}
    return [x for x in items if id(x) in keep]


class Runtime:
    """One spaCy pipeline and one gazetteer per process; fresh in-memory ledgers share them.

    ``analysis_dir``: keep the linking suites' analysis (each report's mentions) there, and reuse it while
    nothing that shapes it has changed (``analysis_fingerprint``): a change to linking or reconciling is
    then measured in seconds instead of minutes."""

    def __init__(self, analysis_dir: Path | None = None) -> None:
        self._ledger = None
        self.analysis_dir = analysis_dir

    @property
    def ledger(self):
        if self._ledger is None:
            from eventdesk.api import Ledger

            self._ledger = Ledger(":memory:")
            _ = self._ledger.nlp  # load now, so that suite timings do not include it twice
        return self._ledger

    @property
    def nlp(self):
        return self.ledger.nlp

    @property
    def gazetteer(self):
        # the pipeline's own gazetteer when it is loaded; else open it alone (UCDP needs no spaCy)
        if self._ledger is not None and self._ledger._nlp is not None:
            return self.nlp.get_pipe("eventdesk_places").gazetteer
        return _open_gazetteer()

    def fresh_ledger(self, analysis_key: str | None = None):
        """An empty ledger (for linking suites) that reuses the loaded pipeline, and with ``analysis_dir``
        set, the analysis kept under ``analysis_key`` (the suite, split and sample)."""
        from eventdesk.api import Ledger

        ledger = Ledger(":memory:", nlp=self.nlp)
        if self.analysis_dir is not None and analysis_key:
            meta = self.nlp.meta
            model = f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
            reuse_analysis(ledger, Path(self.analysis_dir) / f"{analysis_key}-{analysis_fingerprint(model)}.pickle")
        return ledger

    def analyze(self, reports, batch: int = 64):
        """Ledger.analyze over reports in batches; reports whose pipeline failed come back with no mentions
        (and are counted in ``self.failed``) rather than vanishing from the denominators."""
        self.failed: list = []
        reports = list(reports)
        for i in range(0, len(reports), batch):
            chunk = reports[i:i + batch]
            done = set()
            for report, anchor, mentions in self.ledger.analyze(chunk, self.failed):
                done.add(report.id)
                yield report, anchor, mentions
            for report in chunk:
                if report.id not in done:
                    yield report, report.published, []


# What acts only after analysis: a change here leaves every report's mentions as they were.
_AFTER_ANALYSIS = ("link/", "reconcile/", "store/", "export/", "web/", "cli.py", "__main__.py")


def analysis_fingerprint(model: str) -> str:
    """A digest of everything that shapes a report's mentions: the package's code and patterns (all but
    linking, reconciling, storing and the adapters; the gazetteer's build version is in its code), the
    spaCy model (``model``: its name and version) and spaCy's version."""
    import eventdesk

    root = Path(eventdesk.__file__).parent
    h = hashlib.sha1()
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.suffix in (".py", ".jsonl", ".json") and "__pycache__" not in rel and not rel.startswith(_AFTER_ANALYSIS):
            h.update(rel.encode() + b"\0" + p.read_bytes())
    from importlib.metadata import version

    h.update(f"{model} {version('spacy')}".encode())
    return h.hexdigest()[:16]


def reuse_analysis(ledger, path: Path) -> None:
    """Make ``ledger.analyze`` replay the analysis kept in ``path`` when it holds every report asked for
    (failures included, in order), else analyse as usual and keep the result there for the next run."""
    import pickle

    kept = pickle.loads(path.read_bytes()) if path.exists() else {}
    analyze = ledger.analyze

    def replay(reports, errors=None):
        reports = list(reports)
        if reports and all(r.id in kept for r in reports):
            for r in reports:
                outcome = kept[r.id]
                if outcome[0] == "failed":
                    if errors is not None:
                        errors.append(outcome[1])
                else:
                    yield outcome[1]
            return
        seen: list = []
        for item in analyze(reports, seen):
            kept[item[0].id] = ("done", item)
            yield item
        by_source = {r.source or r.id: r.id for r in reports}
        for source, reason in seen:
            if source in by_source:
                kept[by_source[source]] = ("failed", (source, reason))
        if errors is not None:
            errors.extend(seen)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)

    ledger.analyze = replay


_GAZ = None


def _open_gazetteer():
    global _GAZ
    if _GAZ is None:
        from eventdesk.geo import Gazetteer
        from eventdesk.settings import Settings

        _GAZ = Gazetteer.open(Settings.from_env().cache_path)
    return _GAZ


# -- the per-report casualty figure ---------------------------------------------------------------

def report_casualties(mentions: Sequence[Mention], *, victims_only: bool = False, lead: bool = True) -> dict[str, int]:
    """THE per-report figure used by GVDB and ACLED: for each outcome, the report's own total.

    A mention's claims go through ``reconcile.report_figures`` with the report as its only source, so
    that the package's own rules apply: a report's figure for an (outcome, party) is the largest count
    it states ("at least 14 ... rose to 17" gives 17); the total is the party-None claim, or the sum
    over parties when the report gives only a breakdown, or that sum when an explicit total is smaller
    than its own breakdown.  Outcomes never claimed are absent (callers read a missing figure as 0).
    GVDB and ACLED annotate one incident per text, the one its lead tells: where the segmenter split
    a report into several mentions (segments about different incidents), the figures are those of
    the first mention that gives any, so that another incident told further down ("In a separate
    shooting ...", "Elsewhere ...") neither adds to the toll nor, being larger, replaces it.  With
    ``lead=False`` all mentions' claims are read as one (the largest total wins): an ACLED note codes one
    event and has no lead, so a split there is the segmenter's, not a second incident.
    ``victims_only`` leaves out the perpetrators' own dead and wounded (party "militants": gunmen,
    suspects, attackers), for datasets that count victims, save the gunman of a murder-suicide beside a number of
    others killed, whom GVDB counts among the dead (``_shooter_of_a_murder_suicide``).
    """
    if not lead:
        return _mention_casualties([c for m in mentions for c in m.claims], victims_only)
    for m in mentions:
        figs = _mention_casualties(m.claims, victims_only)
        if figs:
            return figs
    return {}


def _mention_casualties(claims: Sequence[Claim], victims_only: bool) -> dict[str, int]:
    """The total per outcome of one mention's claims, or of a whole report's (see ``report_casualties``)."""
    from eventdesk.reconcile import report_figures

    if victims_only:
        # GVDB annotates victims: a shooter who was killed or hurt is no victim of the shooting, save the one who
        # killed himself after killing others (``_shooter_of_a_murder_suicide``): one more of the dead, of a
        # party of his own (added to the others' dead, and none of the dead that reconcile takes from the hit); and
        # a suspect the police shot, or one told dead whoever shot him (a homeowner, a clerk, an accomplice), where he
        # is the only one the report tells hit (``_the_suspect_hit_alone``)
        alone = _the_suspect_hit_alone(claims)
        suicide = _gunman_who_took_his_life(claims)
        claims = [replace(c, party=_SUICIDE_SHOOTER) if c.party == "militants" and c.victim == SHOOTER
                  else replace(c, party=_SUICIDE_SHOOTER, victim=SHOOTER) if c is suicide
                  else replace(c, party="civilians") if c in alone else c for c in claims
                  if c.party != "militants" or c in alone or c is suicide or _shooter_of_a_murder_suicide(c, claims)]
    if not claims:
        return {}
    out = _totals(report_figures(claims, {c.report_id: 0 for c in claims}))
    if any(c.party == _SUICIDE_SHOOTER for c in claims) and not any(
            c.outcome == "wounded" and _a_name(c.victim) for c in claims):
        # the gunman is none of the persons he shot: the wounded are the hit less the others' dead ("shot a woman and
        # her son, killing the woman, before he killed himself": one wounded), as reconcile reads a perpetrator's death
        # (not where the hit are named: "Nina, 34; Katherine, 8; and Elizabeth, 6, were all shot" holds the mother
        # who shot her daughters and herself)
        hit = [replace(c, party="militants") if c.party == _SUICIDE_SHOOTER else c for c in claims]
        wounded = _totals(report_figures(hit, {c.report_id: 0 for c in claims})).get("wounded", 0)
        out.pop("wounded", None)
        out.update({"wounded": wounded} if wounded else {})
    return out


def _a_name(victim: str | None) -> bool:
    """Whether a victim key is a person's name (a surname), not a number, "unnamed", a description or a tie."""
    return victim is not None and victim != SHOOTER and not is_unnamed(victim) \
        and not victim.startswith(("a ", "an ", "another ", "the other", "kin "))


def _totals(figs) -> dict[str, int]:
    """Each outcome's total (the figure of no party) of ``report_figures``' answer."""
    out: dict[str, int] = {}
    for (outcome, party), rows in figs.items():
        if party is None:
            out[outcome] = max(out.get(outcome, 0), max(f.low for f in rows))
    return out


def _suspect_hit(claim: Claim, one_suspect: bool) -> bool:
    """'The gunman, 31, was shot by two deputies', 'officers shot and killed a carjacking suspect', 'one suspect is
    dead ... after a resident fought back': a person of the perpetrators' party told one by one (not a number of them:
    "two suspects died in a gun battle with police") whose own sentence tells the police as the ones who shot
    (``police_shot``), or told dead, whoever killed him, where he is the one suspect hit (``one_suspect``).  (Not one
    told hurt alone: a suspect "injured" in a fall or a crash, or told as hurt in a story about him, is as often no one
    shot.)"""
    from eventdesk.nlp.victims import police_shot

    return claim.party == "militants" and claim.victim not in (None, SHOOTER) and (
        police_shot(claim.sentence) or claim.outcome == "killed" and one_suspect)


def _one_suspect_hit(claims: Sequence[Claim]) -> bool:
    """Whether the perpetrators the report tells hit are one person: no count of two or more of them hit, none told
    as "another" or "the other" ("Two carjacking suspects were shot ... One suspect died and the other was
    hospitalized": two)."""
    return not any(c.party == "militants" and c.outcome in ("killed", "wounded") and c.victim != SHOOTER
                   and (c.count > 1 or (c.victim or "").startswith(("another ", "the other"))) for c in claims)


def _the_suspect_hit_alone(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of a suspect hit (``_suspect_hit``) where the report tells nobody else hit: GVDB's dev labels count
    the one an officer-involved shooting hit (all 17 of its dev reports of a police shooting that hit one person),
    whom the report may call only "the suspect", and GVA's incidents count the suspect a resident shot dead and the
    one found dead with no officer firing as they count the police's (the pool's readable half under the salt
    thirty-fourth-doccounts34: holds two); a gunman killed by police after he shot others (an officer, a clerk)
    stays no victim, as GVDB's labels are split on him (three of six dev reports count him).  Others hit are the
    persons of other parties told hit in sentences that do not tell the police shooting (a man "shot by police" is
    the suspect again), and any officer hit.  He is counted with the persons hit, so that a report that calls him "a
    man" too counts him once."""
    from eventdesk.nlp.victims import police_shot

    hit = ("killed", "wounded")
    others = any(c.outcome in hit and c.party not in ("militants", _SUICIDE_SHOOTER)
                 and (c.party == "police" or not police_shot(c.sentence)) for c in claims)
    one = _one_suspect_hit(claims)
    return [] if others else [c for c in claims if _suspect_hit(c, one)]


# the party ``_mention_casualties`` gives the gunman of a murder-suicide that GVDB counts among the dead
_SUICIDE_SHOOTER = "shooter of a murder-suicide"


def _shooter_of_a_murder_suicide(claim: Claim, claims: Sequence[Claim]) -> bool:
    """'... opened fire at his home, killing his five young children as well as his wife. The gunman then took his
    own life': GVDB counts the dead of a murder-suicide with the gunman among them.  The shooter the casualty rules
    tell dead after shooting others (``SHOOTER``) counts where his own sentence tells a number of others killed, or,
    telling nobody else hit, follows right after a sentence that does, or is found dead of a self-inflicted wound
    after others told hit (``OWN_HAND``: "found him dead of a self-inflicted wound"); not a shooter of another case
    told in passing ("linked to a man who took his own life after shooting a neighbor"), nor a boy who shot himself
    by accident, whom nobody else's death goes with."""
    from eventdesk.nlp.victims import LATER_SUICIDE, OWN_HAND

    if claim.victim != SHOOTER or claim.outcome != "killed":
        return False
    others = [d for d in claims if d.party != "militants" and d.report_id == claim.report_id]
    if claim.trigger in (OWN_HAND, LATER_SUICIDE) \
            and any(d.outcome in ("killed", "wounded") and d.end <= claim.start for d in others):
        # "A man shot and wounded his wife ... Hours later, officers found him dead of a self-inflicted wound", "The
        # shooter later shot and killed himself": the others told hit before him, however told (the rules give
        # OWN_HAND only to "him" after he shot others, LATER_SUICIDE to the shooter's suicide told as later)
        return True
    if _TOOK_HIS_LIFE.search(claim.sentence) and (
            any(d.outcome == "killed" and d.end <= claim.start for d in others)
            and not any(d.start == claim.start for d in others)
            or any(d.outcome == "wounded" and d.end <= claim.start for d in others)
            and not any(d.outcome == "killed" for d in others)):
        # "Two people were wounded ... Deputies said the shooter, identified as NAME, took his own life as they
        # arrived", "... had killed his daughter, his girlfriend and her mother ... police said he killed himself in
        # his car": a suicide told in words in a sentence of its own after the others told dead (one that tells no
        # other person hit: not "one linked to a man who took his own life after shooting a neighbor", another
        # case's), or told wounded where none is told dead
        return True
    own = [d for d in others if d.start == claim.start]
    if any(d.outcome == "wounded" for d in own) and any(
            d.outcome == "killed" and 0 <= d.start - claim.end <= 3 and (d.victim is None or is_unnamed(d.victim))
            for d in others):
        # "A man shot his estranged wife ... and then killed himself. The woman, 39, died at a hospital": the one he
        # shot in his own sentence is told dead in the next, unnamed (not a name, which may be his own)
        return True
    if not own:
        own = [d for d in others if d.outcome == "killed" and 0 <= claim.start - d.end <= 3]
    # (the others' dead stated as a number: persons told one by one may hold the gunman himself, "his wife ... The
    # woman, 34, and the man, 35, were found dead")
    if any(d.outcome == "killed" and d.victim is None for d in own):
        return True
    # or told one by one in his own sentence ("then shot himself, killing himself and his 4-year-old son", "killing
    # the woman, before he killed himself") where no other sentence tells a dead person by a name or a description,
    # who may be he
    return any(d.outcome == "killed" for d in own) and not any(
        d.outcome == "killed" and d.victim is not None and not is_unnamed(d.victim) and d.start != claim.start
        for d in others)


# a death by one's own hand told in words that tell it a death: "took his own life", "killed himself"
_TOOK_HIS_LIFE = re.compile(r"\btook (?:his|her) own life\b|\bkill(?:ed|s)? (?:him|her)self\b", re.IGNORECASE)
# a perpetrator's suicide told in words: "found dead from a self-inflicted gunshot wound", "then shot himself"
_OWN_LIFE = re.compile(r"\bself-inflicted\b|\b(?:shot|killed|shooting|killing) (?:him|her)self\b"
                       r"|\bturn(?:ed|ing)? the (?:gun|weapon|rifle|handgun) on (?:him|her)self\b|\btook (?:his|her) own life\b",
                       re.IGNORECASE)


def _gunman_who_took_his_life(claims: Sequence[Claim]) -> Claim | None:
    """'A man killed his estranged wife and two of her coworkers, then shot himself ... The gunman, 44, died at the
    scene', 'The suspect was found dead from a self-inflicted gunshot wound': the one death of a perpetrator told
    one by one, where the report's sentences tell a suicide and others killed and the casualty rules gave no
    ``SHOOTER`` (the gunman of a murder-suicide, whom GVDB counts among the dead; not one the police shot, nor one
    whose victims all lived)."""
    from eventdesk.nlp.victims import police_shot

    if any(c.victim == SHOOTER for c in claims):
        return None
    dead = [c for c in claims if c.party == "militants" and c.outcome == "killed"]
    if len({c.victim for c in dead}) != 1 or dead[0].victim is None or police_shot(dead[0].sentence):
        return None
    if not any(c.outcome == "killed" and c.party != "militants" for c in claims):
        return None
    told = [c for c in claims if _OWN_LIFE.search(c.sentence or "")]
    # (not where a sentence of his suicide tells a person of another party dead, who is he: "a woman was shot and
    # killed by her ex-boyfriend, and the man then fatally shot himself")
    if any(c.outcome == "killed" and c.party != "militants" and c.victim is not None for c in told):
        return None
    return dead[0] if told else None


def primary_mention(mentions: Sequence[Mention]) -> Mention | None:
    """The mention that stands for a report's main incident: the one with most claims, then with a
    place, then the first (the lead paragraph usually tells the main story)."""
    if not mentions:
        return None
    return max(enumerate(mentions), key=lambda im: (len(im[1].claims), im[1].place is not None, -im[0]))[1]


def claim_context(text: str, claim: Claim | None, width: int = 140) -> str:
    """The words around a claim's number (its sentence when the number's offsets are unknown)."""
    if claim is None:
        return ""
    if claim.number_start is not None and text:
        return snippet(text, claim.number_start, claim.number_end, width)
    return snippet(claim.sentence, width=width)


def figure_claim(mentions: Sequence[Mention], outcome: str) -> Claim | None:
    """The claim behind a report's figure for ``outcome`` (for error examples)."""
    cs = [c for m in mentions for c in m.claims if c.outcome == outcome]
    return max(cs, key=lambda c: c.count) if cs else None


# -- error bookkeeping ---------------------------------------------------------------------------

@dataclass
class Errors:
    """Error kinds with counts and a few short examples each (for docs/evaluation.md and the lead)."""

    per_kind_examples: int = 3
    counts: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=lambda: defaultdict(list))

    def add(self, kind: str, example: dict | None = None) -> None:
        self.counts[kind] += 1
        if example is not None and len(self.examples[kind]) < self.per_kind_examples:
            self.examples[kind].append(example)

    def top(self, n: int = 10) -> list[dict]:
        return [{"kind": k, "count": c, "examples": self.examples.get(k, [])} for k, c in self.counts.most_common(n)]


def snippet(text: str | None, start: int | None = None, end: int | None = None, width: int = 160) -> str:
    """A short, one-line fragment of a text (around [start, end) when given)."""
    if not text:
        return ""
    if start is not None:
        end = end if end is not None else start
        lo = max(0, start - width // 3)
        hi = min(len(text), max(end, start) + width // 2)
        text = ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width + 2 else text[:width] + "…"


def sentence_with(text: str, pattern: str, width: int = 160) -> str:
    m = re.search(pattern, text, re.IGNORECASE)
    if not m:
        return snippet(text[:width], width=width)
    return snippet(text, m.start(), m.end(), width)


# -- output ----------------------------------------------------------------------------------------

@dataclass
class Row:
    metric: str
    ours: float | int | str | None
    anchor: float | int | str | None = None
    anchor_src: str = ""
    fmt: str = "pct"  # pct | num | int | km

    def shown(self, v) -> str:
        if v is None:
            return "—"
        if isinstance(v, str):
            return v
        if self.fmt == "pct":
            return f"{100 * v:.1f}"
        if self.fmt == "int":
            return f"{int(v)}"
        return f"{v:.2f}"


@dataclass
class Result:
    suite: str
    split: str
    rows: list[Row]
    details: dict
    errors: dict[str, Errors]
    seconds: float = 0.0
    n: int = 0

    def metrics(self) -> dict:
        return {r.metric: r.ours for r in self.rows}

    def to_json(self) -> dict:
        return {
            "suite": self.suite, "split": self.split, "n": self.n, "seconds": round(self.seconds, 1),
            "metrics": {r.metric: r.ours for r in self.rows},
            "anchors": {r.metric: {"value": r.anchor, "source": r.anchor_src} for r in self.rows if r.anchor is not None},
            "details": self.details,
            "errors": {k: e.top(15) for k, e in self.errors.items()},
        }

    def print_table(self, out=sys.stdout) -> None:
        head = f"{self.suite} [{self.split}] n={self.n} ({self.seconds:.0f} s)"
        print(head, file=out)
        w = max(len(r.metric) for r in self.rows) if self.rows else 10
        print(f"  {'metric':<{w}}  {'ours':>8}  {'published':>9}  source", file=out)
        for r in self.rows:
            print(f"  {r.metric:<{w}}  {r.shown(r.ours):>8}  {r.shown(r.anchor):>9}  {r.anchor_src}", file=out)
        for name, errs in self.errors.items():
            top = errs.top(10)
            if top:
                print(f"  commonest errors — {name}:", file=out)
                for t in top:
                    print(f"    {t['count']:>5}  {t['kind']}", file=out)

    def write(self, out_dir: Path | None = None) -> Path:
        out_dir = out_dir or RESULTS_DIR
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"{self.suite}_{self.split}.json"
        path.write_text(json.dumps(self.to_json(), indent=1, ensure_ascii=False, default=str))
        return path


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t0


def fold(s: str | None) -> str:
    """Lower-case, accents and punctuation off: for comparing place and actor names."""
    import unicodedata

    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()
