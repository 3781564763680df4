"""python -m eval.s2_trace [--data DIR] [--split dev|heldout|both] [--reuse-analysis DIR] [--list]   (from the repo root)

Why the SemEval counting questions (S2: how many killing / injuring incidents in a place and time; S3: how many
people) get a wrong answer, traced question by question.  Each question's gold incidents (its answer documents'
GVA incidents) are paired with the ledger incidents that answered it (``semeval.question_hits``) through their
documents; every gold incident left unpaired ("missed") and every incident of ours left unpaired ("extra") gets a
cause, and for S3 every pair whose figures differ ("figure").  The causes, by who owns them:

- segments: an incident of ours made only of other segments of reports the counted incident holds (a round-up's
  other shootings, which the gold leaves out, or a long report's second telling of one shooting);
- linking: one gold incident split into two of ours (a second incident of ours answers for it); two gold incidents
  the question counts joined into one of ours; a gold incident joined into an incident of ours that another
  incident's reports outvote on place, date or toll;
- toll: our incident's figure is 0 where GVA's is not (missed), or above 0 where GVA's is 0 (extra);
- place / date: our incident's place or date lies outside the question's where GVA's lies inside (missed), or
  inside where GVA's lies outside (extra); "no place" / "no date" where we have none;
- reading: no report of the gold incident made an incident; a fire or business report made one (extra);
- participant: GVA's place, date and toll fit a participant question, but the gold's participants lack the name
  our incident's reports give (a bystander, a relative, an official the name filter let through);
- gold: GVA's own facts fit the question but the gold does not count the incident (the task's convention).

S3 adds "figure" differences: an incident both count whose people differ (our figure, or for a participant question
the people of that name our claims give, against the gold's part_info).

It prints counts only (differences and questions per cause, in wrong and in right answers, where a missed and an
extra one cancel), hiding every cell of fewer than five, so it may be run on held-out; ``--list`` prints dev's
differences one by one (question, incidents, figures, places, dates and titles; dev only).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Iterator

from .common import Runtime, fold
from . import gvdb_profile
from .gvdb_profile import MIN_CELL

SUBTASKS = {2: "s2", 3: "s3"}


@dataclass(frozen=True)
class Difference:
    """One way a counting question's answer differs from the gold: ``side`` is "missed" (a gold incident no
    incident of ours answered for), "extra" (an incident of ours the gold does not count) or "figure" (S3: one
    answered for by one of ours, with another figure); ``cause`` is "owner: what" (see the module's words)."""

    question: str
    subtask: str
    wrong: bool
    side: str
    cause: str
    gold_incident: str | None
    our_incident: str | None
    ours: int
    gold: int


def gva_as_incident(row: dict) -> SimpleNamespace:
    """A gold incident's GVA facts in the shape ``semeval.matches`` reads (date_start, location.name/admin1)."""
    day = dt.date.fromisoformat(row["gva_date"]) if row.get("gva_date") else None
    return SimpleNamespace(date_start=day, location=SimpleNamespace(name=row.get("gva_city_or_county") or "",
                                                                    admin1=row.get("gva_state")))


def gva_figure(row: dict, q: dict) -> int:
    """GVA's figure of a gold incident for the question's outcome (killed for killing, injured for injuring)."""
    return int(row.get("gva_n_killed" if q["event_type"] == "killing" else "gva_n_injured") or 0)


def constraints_failed(q: dict, inc, texts: list[str]) -> list[str]:
    """Which of the question's constraints an incident (ours, or ``gva_as_incident``) fails: "date", "place",
    "participant", each tested alone by ``semeval.matches``."""
    from .semeval import matches

    alone = {"date": dict(q, location={}, participant={}), "place": dict(q, time={}, participant={}),
             "participant": dict(q, time={}, location={})}
    return [k for k, sub in alone.items() if not matches(sub, inc, texts)]


def _why_missed(q: dict, mine, field: str, texts: list[str]) -> str:
    """Why an incident of ours holding a gold incident's reports did not answer the question: its figure, then its
    date, place or participant (the first that fails; each is another round's)."""
    if not (getattr(mine, field) or 0):
        return "toll: ours 0 where GVA's is above 0"
    failed = constraints_failed(q, mine, texts)
    if "date" in failed:
        return "date: ours outside, GVA's inside" if mine.date_start else "date: ours has none"
    if "place" in failed:
        return "place: ours outside, GVA's inside" if mine.location else "place: ours has none"
    if "participant" in failed:
        return "reading: the participant is in none of our incident's reports"
    return "linking: ?"


def _why_extra(q: dict, row: dict | None) -> str:
    """Why the gold does not count the GVA incident an extra incident of ours tells: its GVA figure, date or place
    (the first that fails); else the gold's own convention."""
    if row is None:
        return "reading: a fire or business report made an incident"
    if gva_figure(row, q) == 0:
        return "toll: ours above 0 where GVA's is 0"
    failed = constraints_failed(q, gva_as_incident(row), [])
    if "date" in failed:
        return "date: ours inside, GVA's outside"
    if "place" in failed:
        return "place: ours inside, GVA's outside"
    if q.get("participant"):
        # GVA's place, date and toll fit: the gold's participants lack the name our reports give
        return "participant: the name is in our reports, not among the gold's participants"
    return "gold: GVA's facts fit, the gold does not count it"


def gold_figure(q: dict, g: str, gva: int) -> int:
    """The gold's people of one answer incident of an S3 question: its part_info for the outcome (for a participant
    question only the people of that name), else GVA's figure ``gva``."""
    info = (q["gold"].get("part_info") or {}).get(g)
    if not info:
        return gva
    return int(info.get("num_killed" if q["event_type"] == "killing" else "num_injured", gva) or 0)


def _why_apart(mine, others: list) -> str:
    """What kept a second incident of ours apart from the one counted for the same gold incident: places further
    apart than linking's distance limit (a report's place: the places' rounds), dates further apart than its window
    (a report's date: the dates' round), else the join rules themselves (a veto or a score below the threshold)."""
    from eventdesk import link
    from eventdesk.settings import Settings

    s = Settings()
    for other in others:
        km = link.km_between(mine.location, other.location) if mine.location and other.location else None
        if km is not None and km > s.link_max_km:
            return f" (places over {s.link_max_km:.0f} km apart)"
        if mine.date_start and other.date_start:
            gap = min(abs((mine.date_start - (other.date_end or other.date_start)).days),
                      abs((other.date_start - (mine.date_end or mine.date_start)).days))
            if gap > s.link_window_days:
                return f" (dates over {s.link_window_days} days apart)"
    return " (a veto or a score below the threshold)"


def trace_question(qid: str, q: dict, data, rd, hits: list, inc_texts: dict) -> Iterator[Difference]:
    """The differences between one question's gold incidents and the incidents of ours that answered it."""
    from .semeval import hit_figure, our_incident, question_answer, question_field

    sub = SUBTASKS[q["subtask"]]
    field = question_field(q)
    gold_ids = sorted(q["gold"].get("answer_docs", {}))
    hit_docs = {h.id: rd.inc_docs.get(h.id, set()) for h in hits}
    st = rd.ledger.store
    ans = question_answer(q, hits, st)
    wrong = ans != int(q["gold"]["numerical_answer"])
    # each gold incident to the answering incident of ours holding most of its reports (each of ours once)
    paired: dict[str, str] = {}
    for g in sorted(gold_ids, key=lambda g: -len(data.incidents[g]["doc_ids"]) if g in data.incidents else 0):
        docs = set(data.incidents[g]["doc_ids"]) if g in data.incidents else set()
        free = [(len(docs & ds), h) for h, ds in hit_docs.items() if h not in paired.values() and docs & ds]
        if free:
            paired[g] = max(free, key=lambda x: (x[0], x[1]))[1]
    by_id = {h.id: h for h in hits}
    for g in gold_ids:
        row = data.incidents.get(g)
        gfig = gva_figure(row, q) if row else 0
        if g in paired:
            h = by_id[paired[g]]
            ours, theirs = hit_figure(q, h, st), gold_figure(q, g, gfig)
            if sub == "s3" and ours != theirs:
                yield Difference(qid, sub, wrong, "figure", ("participant: ours " if q.get("participant") else
                                                             "toll: ours ") + (
                    "above" if ours > theirs else "below") + " the gold's", g, h.id, ours, theirs)
            continue
        docs = set(row["doc_ids"]) if row else set()
        if any(docs & ds for ds in hit_docs.values()):
            cause, mine_id = "linking: joined with another incident the question counts", next(
                h for h, ds in hit_docs.items() if docs & ds)
        else:
            _, mine = our_incident(row, rd) if row else ([], None)
            mine_id = mine.id if mine else None
            if mine is None:
                cause = "reading: no report of it made an incident"
            else:
                cause = _why_missed(q, mine, field, inc_texts.get(mine.id, []))
                own = Counter(rd.gold.get(d) for d in sorted(rd.inc_docs.get(mine.id, ())) if rd.gold.get(d))
                if own and own.most_common(1)[0][0] != g and not cause.startswith("toll: ours 0"):
                    cause = "linking: joined into another incident, whose reports set its " + cause.split(":")[0]
        mine_row = rd.inc_rows.get(mine_id) if mine_id else None
        yield Difference(qid, sub, wrong, "missed", cause, g, mine_id,
                         (getattr(mine_row, field) or 0) if mine_row else 0, gfig)
    for h in hits:
        if h.id in paired.values():
            continue
        docs = hit_docs[h.id]
        if docs & {d for g in gold_ids if g in data.incidents for d in data.incidents[g]["doc_ids"]}:
            g = next(g for g in gold_ids if g in data.incidents and docs & set(data.incidents[g]["doc_ids"]))
            counted = {d for h2, ds in hit_docs.items() if h2 != h.id and h2 in paired.values() for d in ds}
            # every report of ours also tells the counted incident: one report cut into two segments (a round-up
            # of several shootings, or a long report telling one twice), not two reports left apart
            cause = ("segments: another segment of a report the counted incident holds" if docs <= counted else
                     "linking: a second incident of ours for one the question counts"
                     + _why_apart(h, [by_id[paired[g]]] if g in paired else []))
        else:
            votes = Counter(rd.gold[d] for d in sorted(docs) if d in rd.gold)
            g = votes.most_common(1)[0][0] if votes else None
            cause = _why_extra(q, data.incidents.get(g) if g else None)
        row = data.incidents.get(g) if g else None
        yield Difference(qid, sub, wrong, "extra", cause, g, h.id, getattr(h, field) or 0,
                         gva_figure(row, q) if row else 0)


def trace(data, rd) -> list[Difference]:
    """Every killing and injuring question's differences (S2 and S3), answered from the ledger ``rd`` as the
    SemEval suite answers them."""
    from .semeval import incident_texts, question_hits

    inc_texts = incident_texts(rd)
    out: list[Difference] = []
    for qid, q in sorted(data.questions.items()):
        if q["event_type"] not in ("killing", "injuring") or q["subtask"] not in SUBTASKS:
            continue
        out += trace_question(qid, q, data, rd, question_hits(q, rd.rows, inc_texts), inc_texts)
    return out


def table(diffs: list[Difference]) -> dict:
    """Counts per (subtask, cause): differences and questions, in wrong answers and in right ones (cancelled)."""
    out: dict = defaultdict(Counter)
    questions: dict = defaultdict(set)
    for x in diffs:
        key = (x.subtask, f"{x.side}: {x.cause}")
        col = "wrong" if x.wrong else "right"
        out[key][col] += 1
        questions[key].add((col, x.question))
    for key, qs in questions.items():
        for col, _ in qs:
            out[key][f"{col} questions"] += 1
    return out


def run(rt: Runtime, root, split: str) -> dict:
    from .data import load_semeval
    from .semeval import read_split

    data = load_semeval(root, split)
    rd = read_split(rt, data, f"semeval-{split}-all")
    diffs = trace(data, rd)
    rd.ledger.close()
    return table(diffs)


def _cell(c: Counter | None) -> str:
    n = (c["wrong"] + c["right"]) if c else 0
    if n < MIN_CELL:
        return gvdb_profile.hidden(n)
    return (f"wrong {c['wrong']:3d} in {c['wrong questions']:3d} q   right {c['right']:3d} in "
            f"{c['right questions']:3d} q")


def print_profiles(profiles: dict[str, dict]) -> None:
    """One line per (subtask, side and cause) shared by at least ``MIN_CELL`` differences of some split."""
    gvdb_profile.print_profiles(profiles, _cell, 86, 44, "subtask / side: cause",
                                size=lambda c: c["wrong"] + c["right"])


def list_differences(rt: Runtime, root) -> None:
    """Dev's differences in wrong answers, one line each: question, side, cause, incidents, figures; then our
    incident's place, date and title, and GVA's."""
    from .data import load_semeval
    from .semeval import read_split

    data = load_semeval(root, "dev")
    rd = read_split(rt, data, "semeval-dev-all")
    diffs = [x for x in trace(data, rd) if x.wrong]
    print(f"{len(diffs)} differences in wrong answers")
    for (sub, cause), n in sorted(Counter((x.subtask, f"{x.side}: {x.cause}") for x in diffs).items()):
        print(f"  {sub} {n:4d}  {cause}")
    for x in diffs:
        q = data.questions[x.question]
        print(f"\n{x.question} {q['verbose_question']}  {x.side}: {x.cause}  ours {x.ours} gold {x.gold}")
        mine = rd.inc_rows.get(x.our_incident) if x.our_incident else None
        if mine:
            loc = f"{mine.location.name}, {mine.location.admin1}" if mine.location else None
            print(f"  ours {mine.id} {loc} {mine.date_start} k{mine.killed_best} w{mine.wounded_best} "
                  f"{len(rd.inc_docs.get(mine.id, ()))} reports: {fold(mine.title)[:80]!r}")
        row = data.incidents.get(x.gold_incident) if x.gold_incident else None
        if row:
            print(f"  gold {x.gold_incident} {row.get('gva_city_or_county')}, {row.get('gva_state')} "
                  f"{row.get('gva_date')} k{row.get('gva_n_killed')} w{row.get('gva_n_injured')} "
                  f"{len(row['doc_ids'])} reports, ours: "
                  + ", ".join(sorted({rd.doc_main.get(d, '-') for d in row['doc_ids']})))
    rd.ledger.close()


def main(argv=None) -> int:
    return gvdb_profile.profile_main("s2_trace", __doc__, run, print_profiles, argv, reuse=True,
                                     listing=list_differences)


if __name__ == "__main__":
    raise SystemExit(main())
