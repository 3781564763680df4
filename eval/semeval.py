"""SemEval-2018 Task 5 (Counting Events and Participants in the Long Tail) joined to GVA records.

All documents of the split go into ONE fresh ledger (dct = publication date), as a newsroom would
ingest them; then we score
- linking: documents clustered by the incident of their primary mention vs the gold incidents
  (B-cubed and pairwise, over the documents of GVA incidents);
- incident figures: killed / injured of the incident most of a GVA incident's documents went to,
  vs GVA's n_killed / n_injured (exact match);
- geocoding: that incident's place vs GVA's lat/lon;
- counting: the official S2 / S3 killing and injuring questions answered from the ledger alone;
- the fire and business documents (non-GVA incidents whose questions ask about fires burning or jobs
  lost): how many create an incident (they should not).  Some of the task's "business" incidents are
  killings or injurings all the same (their questions ask "how many killing events ..."): their
  documents tell violence and are scored apart, as the share we do read as an incident.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import unquote

from eventdesk.models import Report

from . import metrics
from .common import Errors, Result, Row, Timer, fold, primary_mention, report_casualties, sample, snippet, stable_hash
from .data import _detok, load_semeval

S2_EM_ANCHOR = (0.264, "best S2 incident-level exact match (SemEval-2018 T5)")
DOC_F1_ANCHORS = {"s2": (0.5052, "NAI-SEA document-level F1, S2"), "s3": (0.6359, "NAI-SEA document-level F1, S3")}
_ONE_DAY, _MONTH = dt.timedelta(days=1), dt.timedelta(days=30)
_VIOLENT_QUESTIONS = {"killing", "injuring"}


def violent_non_gva(data, doc_id: str) -> bool:
    """Whether a document outside GVA belongs to an incident the task asks about as a killing or an
    injuring (some of its "business" incidents are shootings and attacks): such a document tells violence
    and creating an incident for it is right, unlike a fire's or a job loss's."""
    return any(_VIOLENT_QUESTIONS & set(data.incidents[i].get("question_event_types") or ())
               for i in data.doc_incidents[doc_id] if i in data.incidents)
S1_DOC_F1 = (0.7833, "NAI-SEA document-level F1, S1 (not run: S1 is not a counting task)")


def _place_from_uri(uri: str) -> tuple[str, str | None]:
    """dbpedia 'Lubbock,_Texas' -> ('Lubbock', 'Texas'); 'Connecticut' -> ('Connecticut', None); a name dbpedia
    tells from its namesakes by a note drops the note: 'Georgia_(U.S._state)' -> ('Georgia', None)."""
    name = re.sub(r"\s*\([^)]*\)$", "", unquote(uri.rsplit("/", 1)[-1]).replace("_", " "))
    if "," in name:
        city, state = name.split(",", 1)
        return city.strip(), state.strip()
    return name.strip(), None


def _period(time: dict) -> tuple[dt.date, dt.date] | None:
    if not time:
        return None
    if "day" in time:
        d, m, y = (int(x) for x in time["day"].split("/"))
        day = dt.date(y, m, d)
        return day, day
    if "month" in time:
        m, y = (int(x) for x in time["month"].split("/"))
        end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(y, m, 1), end
    y = int(time["year"])
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _state_ok(admin1: str | None, state: str) -> bool:
    return fold(admin1) == fold(state)


# The place a question's words name: "... in ('Missouri',) (state) ?", "... in ('Missouri', 'Saint Louis') (city) ?".
_SAID_PLACE = re.compile(r"in \((.*?)\) \((state|city)\)")


def _same_name(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return a == b or a.replace("saint", "st") == b.replace("saint", "st")


def question_location(q: dict) -> dict:
    """The place a question asks about, as ``matches`` reads it: its place field (a dbpedia name, spelt as the
    gazetteer spells it), unless the field names another place than the question's words, which win: a few
    questions' fields name another state than their words ("Illinois" for "... in ('Missouri',) (state)"), or a
    neighbourhood for the city ("Uptown_Oakland" for "('California', 'Oakland') (city)"), and their answers follow
    the words.  No field, no place (whatever the words say)."""
    loc = q.get("location") or {}
    said = _SAID_PLACE.search(q.get("verbose_question", ""))
    if not loc or not said:
        return loc
    names = [re.sub(r"\s*\(.*\)$", "", n) for n in re.findall(r"'([^']*)'", said.group(1))]
    field = _place_from_uri(next(iter(loc.values())))[0]
    if not names or any(_same_name(field, n) for n in names):
        return loc
    if said.group(2) == "city" and len(names) > 1:
        return {"city": f"{names[-1]},_{names[0]}"}
    return {"state": names[0]}


def matches(q: dict, inc, texts: list[str]) -> bool:
    """Does a ledger incident satisfy a question's place, time and participant constraints?
    Participant names are looked up in ``texts``, the text our incident's reports tell of it (``incident_texts``;
    our ledger keeps no victim list), as a party of the shooting (``names_a_party``)."""
    period = _period(q.get("time") or {})
    if period:
        if inc.date_start is None or not (period[0] <= inc.date_start <= period[1]):
            return False
    loc = question_location(q)
    place = inc.location
    if "city" in loc:
        city, state = _place_from_uri(loc["city"])
        if place is None or fold(place.name) != fold(city) or (state and place.admin1 and not _state_ok(place.admin1, state)):
            return False
    elif "state" in loc:
        state, _ = _place_from_uri(loc["state"])
        if place is None or not _state_ok(place.admin1, state) and fold(place.name) != fold(state):
            return False
    part = q.get("participant") or {}
    if part:
        name = next(iter(part.values()))
        if not any(names_a_party(t, name, next(iter(part))) for t in texts):
            return False
    return True


def question_field(q: dict) -> str:
    """The incident figure a killing or injuring question counts by: killed_best or wounded_best."""
    return "killed_best" if q["event_type"] == "killing" else "wounded_best"


def question_hits(q: dict, rows, inc_texts: dict) -> list:
    """The ledger incidents that answer a killing or injuring question: a figure above 0 for the question's
    outcome, and its place, time and participant (``matches``).  S2 counts them, S3 sums their figures."""
    field = question_field(q)
    return [r for r in rows if (getattr(r, field) or 0) > 0 and matches(q, r, inc_texts.get(r.id, []))]


def hit_figure(q: dict, inc, store) -> int:
    """How many people one incident answering a question adds to an S3 answer: its figure for the question's outcome;
    for a participant question only the people of that outcome its claims name by the question's name, as the task
    counts ("how many people were injured that involve the name Kevin": how many Kevins were injured, not how many
    were injured where a Kevin was): the victims whose key holds the name, else one where a claim's sentence gives
    it, never more than the incident's figure."""
    figure = getattr(inc, question_field(q)) or 0
    part = q.get("participant") or {}
    if not part:
        return figure
    name = next(iter(part.values()))
    outcome = "killed" if q["event_type"] == "killing" else "wounded"
    rx = re.compile(r"\b" + re.escape(name) + r"\b", re.IGNORECASE)
    claims = [c for m in store.mentions(inc.id) for c in m.claims
              if c.outcome == outcome and c.party != "militants" and rx.search(f"{c.victim or ''} {c.sentence}")]
    if not claims:
        return 0
    return min(figure, max(1, len({c.victim for c in claims if c.victim and rx.search(c.victim)})))


def question_answer(q: dict, hits: list, store) -> int:
    """A counting question's answer from the incidents that answer it: S2 counts them, S3 adds their people
    (``hit_figure``)."""
    if q["subtask"] == 2:
        return len(hits)
    return sum(hit_figure(q, r, store) for r in hits)


def incident_texts(rd: "Reading") -> dict[str, list[str]]:
    """The text a participant's name is looked up in, per incident of ours: a report telling one incident, whole; a
    report telling several (a weekend's shootings across a city), only its segments of that incident, so that a
    name told of one shooting of a round-up is not a name of every other."""
    st = rd.ledger.store
    out: dict[str, list[str]] = defaultdict(list)
    for doc, ms in rd.doc_mentions.items():
        text = rd.texts[doc]
        incs = [st.mention_incident(doc, m.index) for m in ms]
        if len(set(incs)) == 1:
            out[incs[0]].append(text)
            continue
        for m, inc in zip(ms, incs):
            out[inc].append(text[m.start:m.end])
    return dict(out)


# A word of the text before or after a name.
_WORD = re.compile(r"[\w'’.-]+")
# The word before a source's name when he is quoted after the verb ("..., said Richard Miller, a neighbour").
_SOURCE_BEFORE = {"said", "says", "told", "according", "by"}
# A source's name before his verb ("Taylor added", "neighbor Kevin Lynn said", "Melanie says"), unless an age
# follows the name (a victim quoted: "Jane Doe, 17, said").
_SOURCE_AFTER = re.compile(r"\s*(?:said|says|told|tells|added|adds|explained|stated|recalled)\b")
# Words before a name that make its bearer a voice of the story, beside the keyword extractor's titles: the
# community's ("activist Andrew Holmes"), the street's ("neighbor Kevin Lynn"); and "St." before a saint's name
# (a hospital, a church: "St. Christopher's Hospital").
_VOICES = {"activist", "activists", "neighbor", "neighbour", "witness", "st", "saint"}


# A sentence's end: a full stop (or ! ?) after a word, closing quotes, then space; not after a title's or an
# honorific's abbreviation ("Sgt. John Smith", "St. Christopher's") nor an initial ("A. J. Green").
_SENTENCE_END = re.compile(r"([\w'’-]+)[.!?][\"”’)]*\s+")
_ABBREVIATIONS = {"st", "mr", "mrs", "ms", "dr", "jr", "sr", "mt", "ft", "no", "vs"}


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` begins.  A line break alone ends none: the corpus breaks its lines
    where a sentence splitter thought a sentence ended, after "Sgt." too."""
    from eventdesk.nlp.keywords import _TITLES

    start = max(0, at - 400)
    for end in _SENTENCE_END.finditer(text, start, at):
        word = end.group(1).lower()
        if word not in _TITLES and word not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha()):
            start = max(start, end.end())
    return start


# What follows a first name and what comes before a surname in a name written in full.
_SURNAME_AFTER = re.compile(r"\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+")
_FIRST_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
# The first part of a hyphenated name ("Taylor-" of "Elizabeth Taylor-Laaker"); a word the corpus's tokens joined to
# a name by a dash ("argument-Andrew Allen") is none.
_NAME_HYPHEN = re.compile(r"(?<![\w'’])[A-Z][\w'’]*-$")


def names_a_party(text: str, name: str, kind: str = "full_name") -> bool:
    """Whether ``text`` names a party of the shooting called ``name`` (``kind``: "first", "last" or "full_name", as a
    participant question gives it): the name in capitals, in its place in a name written in full (a first name
    before a surname, a surname after a first name; not inside "Taylor-Laaker"), not closing an official's title
    ("Police Commissioner Richard Ross", "police spokesman Tim Fanning"; "investigators believe Brandon Ramirez" is a
    party), not a source quoted after the verb ("said Richard Miller, a member of the
    family"; "police said Cameron Selmon was playing dice" is a party) nor before his verb ("Taylor added"), not a
    voice of the community ("activist Andrew Holmes"), not a saint's hospital, not a street ("Gregory Avenue") and
    not in a credit ("Photo: Elizabeth Conley").  The titles, credits and street kinds are the keyword extractor's own
    (``eventdesk.nlp.keywords``), which leaves the same people out of a report's names."""
    from eventdesk.nlp.keywords import _CREDIT_RE, _STREET_KINDS, _TITLES

    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?![\w-])", text, re.IGNORECASE):
        if not text[m.start()].isupper() or _NAME_HYPHEN.search(text, max(0, m.start() - 30), m.start()):
            continue
        # a first name before a surname ("Bryant Silk", not "Edward Bryant"), a surname after a first name
        if kind == "first" and not _SURNAME_AFTER.match(text, m.end()):
            continue
        if kind == "last" and not _FIRST_NAME_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        start = _sentence_start(text, m.start())
        # the words before it in its own sentence ("..., police said. Kevin Marsh, 22, was shot" quotes nobody)
        before = [w.lower().strip(".") for w in _WORD.findall(text[max(start, m.start() - 60):m.start()])][-4:]
        # the capitalised words the name closes ("Police Commissioner Richard"), and the word before them: an
        # official's title there ("police spokesman Tim Fanning"), not further ("investigators believe Brandon Ramirez")
        run = re.search(r"(?:(?<=\s)|^)((?:[A-Z][\w'’.-]*\s+)*)$", text[max(start, m.start() - 80):m.start()])
        run = run.group(1) if run else ""
        titled = [w.lower().strip(".") for w in run.split()]
        lead = text[max(start, m.start() - 80):m.start() - len(run)]
        # a title set off by a comma describes the name ("the shop's owner, James Baker, 64, was killed")
        ahead = [] if lead.rstrip().endswith(",") else [w.lower().strip(".") for w in _WORD.findall(lead)]
        if any(w in _TITLES for w in titled + ahead[-1:]) or before and before[-1] in _VOICES:
            continue
        rest = re.match(r"(?:\s+[A-Z][\w'’.-]*)*\s*(.?)", text[m.end():m.end() + 60])
        if before and before[-1] in _SOURCE_BEFORE and rest.group(1) in (",", ".", ""):
            continue
        if _SOURCE_AFTER.match(text, m.end() + len(rest.group(0)) - len(rest.group(1))):
            continue
        if any(w.lower().strip(".") in _STREET_KINDS for w in _WORD.findall(text[m.end():m.end() + 40])[:2]):
            continue
        stop = min([i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0] or [len(text)])
        if _CREDIT_RE.search(text[start:stop]):
            continue
        return True
    return False


def _sample_incidents(data, limit):
    """--limit N: whole gold incidents, chosen by stable hash, until about N documents."""
    if not limit or limit >= len(data.docs):
        return data
    keep_inc, n = set(), 0
    for iid in sorted(data.incidents, key=lambda i: stable_hash(i)):
        if n >= limit:
            break
        keep_inc.add(iid)
        n += len(data.incidents[iid]["doc_ids"])
    docs = {d: v for d, v in data.docs.items() if set(data.doc_incidents[d]) & keep_inc}
    doc_inc = {d: [i for i in data.doc_incidents[d] if i in keep_inc] for d in docs}
    incidents = {i: data.incidents[i] for i in keep_inc}
    # a question stays only if all of its answer incidents are in the sample (or it has none)
    questions = {q: v for q, v in data.questions.items() if set(v["gold"].get("answer_docs", {})) <= keep_inc}
    return type(data)(docs, incidents, doc_inc, questions)


def _reports_that_placed_it(row: dict, docs: list[str], doc_mentions: dict) -> list[str]:
    """The incident's documents whose main mention lies within 25 km of GVA's point."""
    lat, lon = float(row["gva_latitude"]), float(row["gva_longitude"])
    out = []
    for d in docs:
        pm = primary_mention(doc_mentions.get(d) or [])
        if pm and pm.place and pm.place.lat is not None and metrics.haversine_km(pm.place.lat, pm.place.lon, lat, lon) <= 25:
            out.append(d)
    return out


def _reports_that_told_it(what: str, gold: int, docs: list[str], doc_mentions: dict) -> list[str]:
    """The incident's documents whose own figure for ``what`` ("killed" or "injured") is GVA's."""
    outcome = "killed" if what == "killed" else "wounded"
    return [d for d in docs if report_casualties(doc_mentions.get(d) or []).get(outcome, 0) == gold]


def _reason_kind(reason: str) -> str:
    """A merge reason (link.decide's words) reduced to what drove it."""
    place = ("place unknown" if "place unknown" in reason else "same country only" if "same country" in reason
             else "same province" if "same province" in reason else
             "≤5 km" if re.search(r"\b[0-4] km apart", reason) else "5-40 km" if "km apart" in reason else "?")
    date = ("date unknown" if "date unknown" in reason else "dates overlap" if "dates overlap" in reason
            else "dates apart" if re.search(r"dates \d+ d apart", reason) else "?")
    names = "shared names" if "shared names" in reason else "no shared names"
    return f"{place}, {date}, {names}"


@dataclass(frozen=True)
class Reading:
    """A split's documents read into one fresh ledger: what the suite scores, and what eval.geo_profile profiles.
    ``doc_main``: each document's incident (that of its primary mention, "none:<doc>" when it has none);
    ``pred``/``gold``: the documents of GVA incidents, to our incident and to their gold GVA incident."""

    ledger: object
    reports: list
    texts: dict
    summary: object
    failed: dict
    rows: list
    inc_rows: dict
    inc_docs: dict
    doc_main: dict
    doc_mentions: dict
    gva_docs: list
    gold: dict
    pred: dict


def read_split(rt, data, analysis_key: str) -> Reading:
    """All documents of ``data`` into one fresh ledger, in dct order (a newsroom reads reports as they come out)."""
    from eventdesk.store import IncidentFilter

    ledger = rt.fresh_ledger(analysis_key)
    docs = sorted(data.docs.values(), key=lambda d: (d.get("dct") or "", d["doc_id"]))
    reports = []
    for d in docs:
        try:
            published = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
        except ValueError:
            published = None
        reports.append(Report(id=d["doc_id"], text=_detok(d["text"]), title=d.get("title"), published=published))
    summary = ledger.ingest_reports(reports)
    st = ledger.store
    # documents the pipeline failed on are skipped by the ledger; they stay in every denominator
    failed = {src: why for src, why in summary.skipped}
    rows, _ = st.list_incidents(IncidentFilter(limit=10**7))
    inc_docs: dict[str, set] = defaultdict(set)
    doc_main: dict[str, str] = {}
    doc_mentions = {}
    for r in reports:
        ms = st.report_mentions(r.id)
        doc_mentions[r.id] = ms
        for m in ms:
            inc_docs[st.mention_incident(r.id, m.index)].add(r.id)
        pm = primary_mention(ms)
        doc_main[r.id] = st.mention_incident(r.id, pm.index) if pm else f"none:{r.id}"
    reg = {i: v["registry"] for i, v in data.incidents.items()}
    gva_docs = [d for d in data.docs if any(reg.get(i) == "GVA" for i in data.doc_incidents[d])]
    gold = {d: sorted(i for i in data.doc_incidents[d] if reg.get(i) == "GVA")[0] for d in gva_docs}
    return Reading(ledger, reports, {r.id: r.text for r in reports}, summary, failed, rows, {r.id: r for r in rows},
                   inc_docs, doc_main, doc_mentions, gva_docs, gold, {d: doc_main[d] for d in gva_docs})


def our_incident(row: dict, rd: Reading) -> tuple[list[str], object | None]:
    """A GVA incident's documents in the split, and the incident most of them went to (None when none has a mention)."""
    ds = [d for d in row["doc_ids"] if d in rd.pred]
    votes = Counter(rd.pred[d] for d in ds if not rd.pred[d].startswith("none:"))
    return ds, (rd.inc_rows.get(votes.most_common(1)[0][0]) if votes else None)


def incident_km(row: dict, mine) -> float | None:
    """Km from our incident's place to GVA's point; None when either has no coordinates."""
    if not row.get("gva_latitude") or not (mine and mine.location and mine.location.lat is not None):
        return None
    return metrics.haversine_km(mine.location.lat, mine.location.lon, float(row["gva_latitude"]), float(row["gva_longitude"]))


def geocode_kind(row: dict, mine, d_km: float | None, ds: list[str], rd: Reading) -> str | None:
    """Why a GVA incident with coordinates is not placed within 25 km (None when it is, or has no coordinates):
    no incident, no place, a place coarser than a town, the wrong state, or another town of the right state; and
    whether one of its reports placed it right on its own, inside or outside our incident."""
    if not row.get("gva_latitude") or (d_km is not None and d_km <= 25):
        return None
    loc = mine.location if mine else None
    kind = ("no incident" if not mine else "no place" if loc is None else
            f"only {loc.precision}-level place" if loc.precision not in ("point", "city") else
            "wrong state/country" if fold(loc.admin1) != fold(row["gva_state"]) else "same state, other city (>25 km)")
    placed_by = _reports_that_placed_it(row, ds, rd.doc_mentions) if mine else []
    if placed_by:
        # the place was read right in one of the incident's reports: lost when the reports were joined
        # (that report sits in our incident) or when they were split (it sits in another)
        inside = any(rd.doc_main[d] == mine.id for d in placed_by)
        kind += f" (a report of it placed it within 25 km, {'in' if inside else 'outside'} our incident)"
    return kind


def count_kind(what: str, ours: int, gold: int, ds: list[str], rd: Reading, mine) -> tuple[str | None, str | None]:
    """The error kind of our incident's figure for ``what`` ("killed" or "injured") against GVA's (None when exact),
    and, for an error of an incident we have, where a report of the GVA incident gave GVA's figure on its own: "in"
    our incident (lost when the reports' claims were reconciled), "outside" it (lost when they were split), or
    None (no report gave it)."""
    kind = metrics.count_error_kind(ours, gold)
    if not kind or not mine:
        return kind, None
    told_by = _reports_that_told_it(what, gold, ds, rd.doc_mentions)
    if not told_by:
        return kind, None
    return kind, "in" if any(rd.doc_main[d] == mine.id for d in told_by) else "outside"


def date_score(pm, gday: dt.date) -> tuple[bool, bool, str | None]:
    """A document's date against GVA's day ``gday``, from its primary mention ``pm`` (None: no mention): whether
    it is that very day, whether it is within one day of it, and why not (None when within one day): no mention,
    no date, ours later by 2-30 days, ours later by more than a month, ours earlier."""
    span = pm.date if pm else None
    if span is None or span.start is None:
        return False, False, "no mention" if pm is None else "no date"
    near = span.start - _ONE_DAY <= gday <= span.end + _ONE_DAY
    kind = (None if near else "ours later by more than a month" if span.start > gday + _MONTH
            else "ours later by 2-30 days" if span.start > gday else "ours earlier")
    return span.start == span.end == gday, near, kind


def veto_kind(veto: str | None, max_km: float) -> str:
    """A split's error label for the veto ``link.veto`` names (the one that fired, not a guess from the two
    places and dates)."""
    from eventdesk.link import VETOES

    if veto == "country":
        return "split: country differs (a place resolved abroad)"
    if veto == "km":
        return f"split: places more than {max_km:.0f} km apart"
    return f"split: veto, {VETOES.get(veto, 'other')}"


def linking_errors(rd: Reading, data) -> list[tuple[str, str, dict]]:
    """(kind, gold incident, example) for each document of a GVA incident that went astray: one kept out of the
    incident most of its incident's documents went to (a split, with why ``link.score`` kept it out), and one
    joined to an incident most of whose documents are of another gold incident (a merge, with the merge's reason)."""
    from eventdesk import link

    out: list[tuple[str, str, dict]] = []
    st, inc_rows, doc_mentions, gold, pred = rd.ledger.store, rd.inc_rows, rd.doc_mentions, rd.gold, rd.pred
    failed, texts = rd.failed, rd.texts
    s = rd.ledger.settings
    by_gold: dict[str, list] = defaultdict(list)
    for d in rd.gva_docs:
        by_gold[gold[d]].append(d)
    for iid, ds in by_gold.items():
        if len(ds) < 2:
            continue
        majority = Counter(pred[d] for d in ds if not pred[d].startswith("none:")).most_common(1)
        target = majority[0][0] if majority else None
        for d in ds:
            if pred[d] == target:
                continue
            ex = {"doc": d, "gold_incident": iid, "title": snippet(data.docs[d].get("title"), width=90)}
            pm = primary_mention(doc_mentions[d])
            if pm is None and d in failed:
                out.append(("split: pipeline failed on the document", iid, dict(ex, reason=failed[d][:120])))
                continue
            if pm is None:
                out.append(("split: document yields no mention", iid, dict(ex, text=snippet(texts[d][:200]))))
                continue
            if target is None:
                out.append(("split: no other document of the incident yields a mention", iid, ex))
                continue
            row = inc_rows.get(target)
            sc = link.score(pm, row, window_days=s.link_window_days, max_km=s.link_max_km) if row else None
            ex.update(ours=f"{pm.place.name if pm.place else None} {pm.date.start} {pm.sub_event_type}",
                      other=f"{row.location.name if row and row.location else None} {row.date_start if row else None} {row.sub_event_type if row else None}")
            if sc is None and row is not None:
                kind = veto_kind(link.veto(pm, row, window_days=s.link_window_days, max_km=s.link_max_km), s.link_max_km)
            elif sc is not None:
                kind = f"split: score below threshold ({_reason_kind(sc[1])})"
                ex["reason"] = f"score {sc[0]}: {sc[1]}"
            else:
                kind = "split: other"
            out.append((kind, iid, ex))
    # over-merges: a predicted incident holding documents of several gold incidents
    clusters: dict[str, list] = defaultdict(list)
    for d in rd.gva_docs:
        clusters[pred[d]].append(d)
    for cid, ds in clusters.items():
        golds = Counter(gold[d] for d in ds)
        if len(golds) < 2:
            continue
        major = golds.most_common(1)[0][0]
        reasons = {(m.report_id): m.reason for m in st.merges(cid)}
        for d in ds:
            if gold[d] == major:
                continue
            other = next(x for x in ds if gold[x] == major)
            # the merge that joined the two is the later document's; the first one only opened the incident
            reason = next((r for r in (reasons.get(d, ""), *(reasons.get(x, "") for x in ds if gold[x] == major)) if r.startswith("score")), "")
            kind = "merge: different incidents joined — " + (_reason_kind(reason) if reason else "joined through another mention")
            out.append((kind, gold[d], {"doc": d, "title": snippet(data.docs[d].get("title"), width=90),
                                        "joined_with": snippet(data.docs[other].get("title"), width=90), "reason": reason}))
    return out


def run(rt, root, split: str, limit: int | None = None) -> Result:
    data = _sample_incidents(load_semeval(root, split), limit)
    errs = {"linking": Errors(), "incident counts": Errors(), "geocoding": Errors(), "dates": Errors(), "counting": Errors(), "other docs": Errors()}
    with Timer() as t:
        rd = read_split(rt, data, f"semeval-{split}-{limit or 'all'}")
        ledger, reports, texts, summary, failed = rd.ledger, rd.reports, rd.texts, rd.summary, rd.failed
        st, rows, inc_rows, inc_docs = ledger.store, rd.rows, rd.inc_rows, rd.inc_docs
        doc_main, doc_mentions, gva_docs, gold, pred = rd.doc_main, rd.doc_mentions, rd.gva_docs, rd.gold, rd.pred
        reg = {i: v["registry"] for i, v in data.incidents.items()}
        bp, br, bf = metrics.bcubed(pred, gold)
        pw = metrics.pairwise(pred, gold)

        # -- linking errors, per document ----------------------------------------------------------
        for kind, _iid, ex in linking_errors(rd, data):
            errs["linking"].add(kind, ex)

        # -- incident figures and places vs GVA ------------------------------------------------
        km_pairs, dists, per_inc = [], [], []
        no_gold_coords = 0
        for iid, row in data.incidents.items():
            if row["registry"] != "GVA" or not row.get("gva_n_killed"):
                # 2 GVA ids of the gold have no GVA record (SOURCE.md): no figures or place to compare
                continue
            ds, mine = our_incident(row, rd)
            gk, gw = int(row["gva_n_killed"] or 0), int(row["gva_n_injured"] or 0)
            pk = (mine.killed_best or 0) if mine else 0
            pwd = (mine.wounded_best or 0) if mine else 0
            km_pairs.append(((pk, pwd), (gk, gw)))
            for what, p, g in (("killed", pk, gk), ("injured", pwd, gw)):
                kind, told = count_kind(what, p, g, ds, rd, mine)
                if kind and told:
                    kind += f" (a report of it had GVA's figure, {told} our incident)"
                if kind:
                    errs["incident counts"].add(f"{what}: {kind}" + ("" if mine else " — no incident"),
                                                {"incident": iid, "ours": p, "gold": g, "docs": len(ds), "title": snippet(data.docs[ds[0]].get("title"), width=90) if ds else ""})
            d_km = incident_km(row, mine)
            if not row.get("gva_latitude"):
                no_gold_coords += 1  # GVA gives no lat/lon for this incident: nothing to score it against
            else:
                dists.append(d_km)
            kind = geocode_kind(row, mine, d_km, ds, rd)
            if kind:
                loc = mine.location if mine else None
                errs["geocoding"].add(kind, {"incident": iid, "ours": f"{loc.name}, {loc.admin1}" if loc else None,
                                             "gold": f"{row['gva_city_or_county']}, {row['gva_state']}", "km": round(d_km) if d_km else None})
            per_inc.append({"incident": iid, "ours": [pk, pwd], "gold": [gk, gw], "km": d_km})

        # -- each document's incident date vs GVA's ------------------------------------------------
        date_day, date_near = [], []
        for d in gva_docs:
            pm = primary_mention(doc_mentions[d])
            gva_day = data.incidents[gold[d]].get("gva_date")
            if not gva_day:
                continue
            exact, near, kind = date_score(pm, dt.date.fromisoformat(gva_day))
            date_day.append(exact)
            date_near.append(near)
            if kind in ("no mention", "no date"):
                errs["dates"].add(kind, {"doc": d, "gold": gva_day})
            elif kind:
                errs["dates"].add(kind, {"doc": d, "gold": gva_day, "ours": f"{pm.date.start} {pm.date.text!r}",
                                         "title": snippet(data.docs[d].get("title"), width=90)})

        # -- the fire / business documents -----------------------------------------------------
        non_gva = [d for d in data.docs if not any(reg.get(i) == "GVA" for i in data.doc_incidents[d])]
        violent_other = [d for d in non_gva if violent_non_gva(data, d)]
        other_docs = [d for d in non_gva if d not in set(violent_other)]
        violent_read = sum(1 for d in violent_other if doc_mentions[d])
        other_with_incident = 0
        for d in other_docs:
            if doc_mentions[d]:
                other_with_incident += 1
                pm = primary_mention(doc_mentions[d])
                errs["other docs"].add(f"{pm.event_type}/{pm.sub_event_type}",
                                       {"doc": d, "title": snippet(data.docs[d].get("title"), width=90)})

        # -- counting questions -----------------------------------------------------------------
        inc_texts = incident_texts(rd)
        answers = {"s2": [], "s3": []}
        per_question = {}
        doc_f1 = {"s2": [], "s3": []}
        skipped_types = Counter()
        for qid, q in data.questions.items():
            sub = "s2" if q["subtask"] == 2 else "s3"
            if q["event_type"] not in ("killing", "injuring"):
                skipped_types[q["event_type"]] += 1
                continue
            g = q["gold"]
            hits = question_hits(q, rows, inc_texts)
            ans = question_answer(q, hits, st)
            gold_n = int(g["numerical_answer"])
            answers[sub].append((ans, gold_n))
            per_question[qid] = [ans, gold_n]
            pdocs = {d for r in hits for d in inc_docs.get(r.id, ())}
            gdocs = {d for ds in g.get("answer_docs", {}).values() for d in ds}
            if pdocs or gdocs:
                doc_f1[sub].append(metrics.set_f1(pdocs, gdocs)[2])
            if ans != gold_n:
                kind = f"{sub} {q['event_type']}: {'over' if ans > gold_n else 'under'}-count"
                constraint = "+".join(sorted(list((q.get("location") or {}).keys()) + list((q.get("time") or {}).keys()) + list((q.get("participant") or {}).keys())))
                errs["counting"].add(f"{kind} [{constraint}]", {"q": q["verbose_question"], "ours": ans, "gold": gold_n})

    (k_pairs) = [(p[0], g[0]) for p, g in km_pairs]
    w_pairs = [(p[1], g[1]) for p, g in km_pairs]
    geo = metrics.distance_summary(dists)
    rows_out = [
        Row("linking B-cubed P", bp), Row("linking B-cubed R", br), Row("linking B-cubed F1", bf),
        Row("linking pairwise P", pw["precision"]), Row("linking pairwise R", pw["recall"]), Row("linking pairwise F1", pw["f1"]),
        Row("incident killed exact (vs GVA)", metrics.exact_match(k_pairs)),
        Row("incident injured exact (vs GVA)", metrics.exact_match(w_pairs)),
        Row("geocode median km", geo["median_km"], None, "", "km"),
        Row("geocode within 10 km", geo["within_10km"]),
        Row("geocode within 25 km", geo["within_25km"], None, f"{len(dists)} incidents with GVA coordinates ({no_gold_coords} without, not scored)"),
        Row("document date exact day (vs GVA)", metrics.safe_div(sum(date_day), len(date_day)), None, f"{len(date_day)} documents of GVA incidents"),
        Row("document date within 1 day (vs GVA)", metrics.safe_div(sum(date_near), len(date_near))),
        Row("S2 exact match", metrics.exact_match(answers["s2"]), *S2_EM_ANCHOR),
        Row("S2 exact match, gold > 0", metrics.exact_match([a for a in answers["s2"] if a[1] > 0]), None, "questions with at least one answer"),
        Row("S2 RMSE", metrics.rmse(answers["s2"]), None, "", "num"),
        Row("S2 document F1", metrics.safe_div(sum(doc_f1["s2"]), len(doc_f1["s2"])), *DOC_F1_ANCHORS["s2"]),
        Row("S3 exact match", metrics.exact_match(answers["s3"])),
        Row("S3 exact match, gold > 0", metrics.exact_match([a for a in answers["s3"] if a[1] > 0])),
        Row("S3 RMSE", metrics.rmse(answers["s3"]), None, "", "num"),
        Row("S3 document F1", metrics.safe_div(sum(doc_f1["s3"]), len(doc_f1["s3"])), *DOC_F1_ANCHORS["s3"]),
        Row("documents the pipeline failed on", metrics.safe_div(len(failed), len(reports)), None, f"{len(failed)} docs"),
        Row("fire/job-loss docs creating incidents", metrics.safe_div(other_with_incident, len(other_docs)), None,
            f"{other_with_incident} of {len(other_docs)} docs (should be 0)"),
        Row("non-GVA killing/injuring docs read as incidents", metrics.safe_div(violent_read, len(violent_other)), None,
            f"{violent_read} of {len(violent_other)} docs (the task's 'business' incidents that are killings)"),
    ]
    details = {
        "documents": len(reports), "gva_documents": len(gva_docs), "gold_incidents": len(data.incidents),
        "predicted_incidents": len(rows), "ingest": summary.to_dict(), "geocoding": geo,
        "questions": {k: len(v) for k, v in answers.items()}, "pipeline_failures": len(failed), "questions_skipped_event_types": dict(skipped_types),
        "other_docs": len(other_docs), "other_docs_with_incident": other_with_incident,
        "violent_non_gva_docs": len(violent_other), "violent_non_gva_docs_read": violent_read, "per_incident": per_inc, "per_question": per_question,
    }
    ledger.close()
    return Result("semeval", split, rows_out, details, errs, t.seconds, len(reports))
