"""Loaders for the evaluation data (formats described in each folder's SOURCE.md).

Each loader takes the data folder and a split and returns plain records; none of them writes
anything, and nothing of the data is copied into the repository."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

SPLITS = ("dev", "heldout")


class DataMissing(Exception):
    pass


def need(path: Path) -> Path:
    if not path.exists():
        raise DataMissing(f"{path}: not found (pass --data DIR, the folder holding the evaluation data)")
    return path


# -- GVDB ------------------------------------------------------------------------------------------

@dataclass
class GvdbArticle:
    id: str
    title: str
    text: str
    url: str
    killed: int
    injured: int
    city: str
    state: str
    date: dt.date | None
    victims: list[dict]


def _value(d) -> str:
    return (d or {}).get("value", "") if isinstance(d, dict) else (d or "")


def load_gvdb(root: Path, split: str) -> list[GvdbArticle]:
    """dev.tsv is dev, test.tsv held-out.  Gold counts come from the victim list: killed = victims
    whose 'victim-was' holds "killed"; injured = the others marked injured or hospitalized (a victim
    who was shot and died is killed, not also injured — GVA counts the same way)."""
    path = need(root / "gvdb_pavlick2016" / ("dev.tsv" if split == "dev" else "test.tsv"))
    out = []
    with path.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            j = json.loads(r["Json"])
            victims = j.get("victim-section") or []
            killed = sum(1 for v in victims if "killed" in (v.get("victim-was") or []))
            injured = sum(1 for v in victims if "killed" not in (v.get("victim-was") or [])
                          and {"injured", "hospitalized"} & set(v.get("victim-was") or []))
            when = j.get("date-and-time") or {}
            try:
                date = dt.date.fromisoformat(when.get("date") or "")
            except ValueError:
                date = None
            out.append(GvdbArticle(r["Article id"], r["Article title"], r["Full text"], r["Article url"], killed, injured,
                                   _value(when.get("city")), when.get("state") or "", date, victims))
    return out


# -- SemEval-2018 Task 5 + GVA ----------------------------------------------------------------------

@dataclass
class SemevalData:
    docs: dict[str, dict]  # doc_id -> {doc_id, dct, title, text}
    incidents: dict[str, dict]  # incident_id -> incident_doc_map row (+ split, registry)
    doc_incidents: dict[str, list[str]]  # doc_id -> gold incident ids
    questions: dict[str, dict]  # qid -> question (+ "gold")


def semeval_split_of_question(gold: dict, split_of: dict[str, str], qid: str) -> str | None:
    """A question belongs to the split of its answer incidents; a question whose answers lie in both
    splits belongs to neither; a question with no answer (0 events) goes by a stable hash of its id,
    since it constrains no document."""
    from .common import stable_hash

    splits = {split_of.get(i) for i in gold.get("answer_docs", {})}
    if not splits:
        return SPLITS[stable_hash(qid) % 2]
    if len(splits) == 1:
        return splits.pop()
    return None


def load_semeval(root: Path, split: str) -> SemevalData:
    base = need(root / "semeval2018_task5_gva")
    split_of, registry = {}, {}
    with (base / "split.tsv").open() as f:
        for r in csv.DictReader(f, delimiter="\t"):
            split_of[r["incident_id"]] = r["split"]
            registry[r["incident_id"]] = r["registry"]
    incidents = {}
    with (base / "incident_doc_map.jsonl").open() as f:
        for line in f:
            row = json.loads(line)
            iid = row["incident_id"]
            row["split"] = split_of.get(iid)
            row["registry"] = registry.get(iid, row.get("registry"))
            if row["split"] == split:
                incidents[iid] = row
    doc_incidents: dict[str, list[str]] = defaultdict(list)
    for iid, row in incidents.items():
        for d in row["doc_ids"]:
            doc_incidents[d].append(iid)
    docs = {}
    with (base / "test_docs.jsonl").open() as f:
        for line in f:
            d = json.loads(line)
            if d["doc_id"] in doc_incidents:
                docs[d["doc_id"]] = d
    questions = {}
    for s in ("s2", "s3"):
        qs = json.loads((base / "questions" / f"{s}_questions.json").read_text())
        gold = json.loads((base / "gold" / f"{s}_answers.json").read_text())
        for qid, q in qs.items():
            g = gold.get(qid)
            if g is None:
                continue
            if semeval_split_of_question(g, split_of, qid) == split:
                questions[qid] = dict(q, gold=g)
    return SemevalData(docs, incidents, dict(doc_incidents), questions)


# -- ACLED -------------------------------------------------------------------------------------------

def _splits(path: Path, key: str) -> dict[str, str]:
    """id -> split from one of the data sets' split.tsv files."""
    with path.open() as f:
        return {r[key]: r["split"] for r in csv.DictReader(f, delimiter="\t")}


def load_acled(root: Path, split: str) -> list[dict]:
    """Rows of both ACLED files (joined on event_id_cnty, each row once) whose split is ``split``."""
    base = need(root / "acled_sample_2020")
    split_of = _splits(base / "split.tsv", "event_id_cnty")
    rows: dict[str, dict] = {}
    for name in ("acled_violent_events_all_countries.csv", "acled_syria_iraq.csv"):
        with (base / name).open(newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if split_of.get(r["event_id_cnty"]) == split:
                    rows.setdefault(r["event_id_cnty"], r)
    return list(rows.values())


def acled_date(s: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(s, "%d-%b-%y").date()
    except ValueError:
        return None


# -- UCDP ---------------------------------------------------------------------------------------------

def load_ucdp(root: Path, split: str) -> list[dict]:
    base = need(root / "ucdp_ged_iraq")
    split_of = _splits(base / "split.tsv", "id")
    out = []
    with (base / "conflict_data_irq.csv").open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["id"] and not r["id"].startswith("#") and split_of.get(r["id"]) == split:  # row 2 holds HXL tags
                out.append(r)
    return out


def ucdp_columns(root: Path) -> list[str]:
    with need(root / "ucdp_ged_iraq" / "conflict_data_irq.csv").open(newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


# -- CASE 2021 task 2 -----------------------------------------------------------------------------------

def load_case(root: Path) -> list[dict]:
    path = need(root / "case2021_task2_event_types" / "test_set_final_release_with_labels.tsv")
    with path.open(newline="", encoding="utf-8") as f:
        return [{"id": r["id"], "text": r["EventSnippet"], "label": r["SubType"].strip()} for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


# -- ECB+ ---------------------------------------------------------------------------------------------

ECB_TOPICS = {"dev": (3, 8, 12, 16, 18, 19), "heldout": (21, 22, 32, 33, 41, 45)}


@dataclass
class EcbDoc:
    topic: int
    name: str  # e.g. 3_1ecb
    subtopic: str  # "3ecb" / "3ecbplus": the two different seminal incidents of a topic
    text: str


def load_ecb(root: Path, split: str) -> list[EcbDoc]:
    """Documents of the split's topics, text rebuilt from the tokens (one line a sentence).  The gold
    incident of a document is its sub-topic: ECB+ pairs every ECB seminal event with a different
    incident of the same type (the *ecbplus.xml files).  Sentence 0 of an ecbplus file is the URL."""
    base = need(root / "ecbplus_violent_topics" / "ECB+")
    out = []
    for topic in ECB_TOPICS[split]:
        folder = base / str(topic)
        if not folder.exists():
            continue
        for path in sorted(folder.glob("*.xml"), key=lambda p: [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", p.name)]):
            tree = ElementTree.parse(path)
            sents: dict[int, list[str]] = defaultdict(list)
            for tok in tree.getroot().iter("token"):
                sents[int(tok.get("sentence"))].append(tok.text or "")
            plus = path.stem.endswith("ecbplus")
            lines = [" ".join(toks) for s, toks in sorted(sents.items()) if not (plus and s == 0)]
            text = _detok("\n".join(lines))
            out.append(EcbDoc(topic, path.stem, f"{topic}{'ecbplus' if plus else 'ecb'}", text))
    return out


def _detok(s: str) -> str:
    """Undo the corpus tokenisation enough for our sentence and number rules ("18 - year - old")."""
    s = re.sub(r" ([.,;:!?%)])", r"\1", s)
    s = re.sub(r"([($]) ", r"\1", s)
    s = re.sub(r" ?(['’]s)\b", r"\1", s)
    s = re.sub(r"(\w) - (\w)", r"\1-\2", s)
    s = re.sub(r"\s*\n\s*", "\n", s)
    return s
