"""The one place that chains the stages.

    1. ingest     inputs -> Report records (bad inputs -> one InputError each, the batch goes on)
    2. extract    Report -> spaCy Doc -> Mention records (nlp/records.py)
    3. link       each Mention -> an incident, blocked by date window and place (link/)
    4. reconcile  claims -> low / best / high per outcome and party (reconcile/)
    5. store      one transaction per report (store/)

The CLI and the web page are thin adapters over :class:`Ledger`.
"""

from __future__ import annotations

import datetime as _dt
import gc
import logging
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .errors import EventdeskError, InputError, NotFound, StoreError
from .models import Incident, Mention, Place, Report
from .reconcile import incident_claims, reconcile, reconcile_incident, rules_fingerprint
from .settings import Settings
from .store import IncidentFilter, IncidentRow, Merge, Reconciled, Store

log = logging.getLogger("eventdesk")


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)
    incidents_new: int = 0
    incidents_updated: int = 0
    mentions: int = 0

    def to_dict(self) -> dict:
        return {
            "read": self.read, "stored": self.stored, "duplicates": self.duplicates,
            "skipped": [{"input": s, "reason": r} for s, r in self.skipped],
            "incidents_new": self.incidents_new, "incidents_updated": self.incidents_updated, "mentions": self.mentions,
        }


@dataclass(frozen=True)
class ReportView:
    report: Report
    mentions: tuple[Mention, ...]
    incident_ids: tuple[str, ...]


_REPORTS_PER_READ = 500  # reports whose mentions one read of ``report_views`` fetches


@contextmanager
def _collector_held_back() -> Iterator[None]:
    """No automatic garbage collection inside, the collector's thresholds as they were after.  Loading the pipeline
    makes a few hundred thousand objects that live as long as it does: the collector, let run, sweeps them again and
    again while they load (about 0.15 s of CPU, a tenth of a one-report ingest).  A threshold of 0 holds it back where
    ``gc.disable`` would not: spaCy's loader enables the collector again after each file it reads."""
    threshold = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _whole_incident(row: IncidentRow, mentions: Sequence[Mention], order: dict[str, int], merges: Sequence[Merge],
                    policy: str, kept: Reconciled | None) -> Incident:
    """An incident as ``Ledger.incident`` gives it, from what the store keeps of it: the figures it keeps, made when
    the incident's claims last changed (``Ledger._keep_figures``), where the reconcile rules are still the ones
    that made them; else reconciled here."""
    report_ids = tuple(dict.fromkeys(m.report_id for m in mentions))
    claims = incident_claims(mentions, order)
    figures = kept.figures(policy) if kept is not None and kept.rules == rules_fingerprint() else None
    if figures is not None:
        history = kept.history
    else:
        by_policy, history = reconcile_incident(mentions, order, (policy,))
        figures = by_policy[policy]
    return Incident(
        id=row.id, title=row.title, event_type=row.event_type, sub_event_type=row.sub_event_type,
        date_start=row.date_start, date_end=row.date_end, date_precision=row.date_precision,
        location=row.location, actors=row.actors, report_ids=tuple(sorted(report_ids, key=lambda r: order.get(r, 0))),
        figures=figures, claims=tuple(claims), merge_reasons=tuple(f"{m.report_id}#{m.mention_idx}: {m.reason}" for m in merges),
        history=history,
    )


def _told_by_headline(report: Report) -> bool:
    """A headline of violence that the report's text does not open with."""
    from .nlp.components.segmentation import VIOLENCE

    title = (report.title or "").strip()
    return bool(title) and not report.text.lstrip().startswith(title) and bool(VIOLENCE.search(title))


def _body_speaks_of_violence(report: Report) -> bool:
    """The report's text has words of violence of its own: it is a story, not a paywall or a caption."""
    from .nlp.components.segmentation import VIOLENCE

    return bool(VIOLENCE.search(report.text))


# a roundup's headline tells a tally of several incidents, not the report's own ("1 dead, 5 wounded in Chicago
# shootings", "Violent weekend leaves 21 shot across the five boroughs", "18 people shot in Philly in 48-hour span");
# an aftermath's or an anniversary's tells the incident in a word ("Funeral for shooting victim") or another one
# ("Two shot on Oak Street, where a man was killed earlier this month")
_NO_TOLL_HEADLINE = re.compile(
    r"\b(?:shootings|attacks|killings|homicides|incidents)\b|\bweekend\b|\bacross\b|\bsince\b|\bspan\b|\bhours\b"
    r"|\bcity-?wide\b|\bviolent (?:night|day|week)\b|\bso far\b|\bthis year\b"
    r"|\b(?:funeral|vigil|memorial|anniversary|trial|verdict|sentenced|lawsuit)\b|\bearlier\b|\bago\b|\blast (?:week|month|year)\b",
    re.IGNORECASE,
)


# a count in a headline: only a headline's numbers are read ("4 hurt", "Three men shot, a fourth wounded")
# (not a year nor a length of time, which date an incident the report looks back on: "Deputy terminated over 2015
# shooting", "Officer fired nine months after fatal shooting")
_HEADLINE_COUNT = re.compile(
    r"\b(?!(?:19|20)\d\d\b)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|double|triple|quadruple"
    r"|another|second|third|fourth|fifth)\b(?!(?:-| )(?:days?|weeks?|months?|years?|decades?)\b(?![\s-]*old\b))",
    re.IGNORECASE,
)


# the outlet a page title ends with: " - WPSD Local 6: Your news, weather", " | Fox 2 News Headlines"
_TITLE_PARTS = re.compile(r"\s+[-|–—]\s+")
_OUTLET_WORD = re.compile(r"\b[KW][A-Z]{2,3}\b|\b(?:News|TV|Channel|Radio|Times|Post|Herald|Gazette|Journal|Tribune|Press)\b|\.com\b")


def _without_outlet(title: str) -> str:
    """A page title less the outlet parts it ends with (each set off by a dash or a bar)."""
    parts = _TITLE_PARTS.split(title)
    seps = _TITLE_PARTS.findall(title)
    while len(parts) > 1 and _OUTLET_WORD.search(parts[-1]):
        parts.pop()
    return parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:]))


def _toll_headline(report: Report) -> str | None:
    """The headline to put before the report's text, where the text does not open with it: the headline is the
    outlet's own summary ("4 hurt in Thursday night shooting", "Three men shot, a fourth wounded by shrapnel"),
    and often the only place the toll is told in full.  Only its numbers count (see
    casualties.extract_claims), and its places come in through the title as before (places.PlaceResolver).
    None for a roundup's or an aftermath's headline, and for one that tells no violence or no count."""
    if not _told_by_headline(report):
        return None
    title = _without_outlet(report.title.strip())
    if _NO_TOLL_HEADLINE.search(title) or not _HEADLINE_COUNT.search(title):
        return None
    return title


def _incident_row(incident_id: str, mentions: Sequence[Mention], order: dict[str, int], centre_of=None,
                  population_of=None, town_in=None) -> IncidentRow:
    """The incident's list row: its mentions' aggregate with the reconciled toll (UCDP policy); ``centre_of``: a
    town's own point by GeoNames id, ``population_of``: a town's population, ``town_in``: the town of a name in a
    state (see ``link.aggregate``)."""
    figures, _ = reconcile([c for m in mentions for c in m.claims], "ucdp", order)
    killed = next(((f.low, f.best, f.high) for f in figures if f.outcome == "killed" and f.party is None), None)
    wounded = next((f.best for f in figures if f.outcome == "wounded" and f.party is None), None)
    from . import link  # here, not at the top: linking (and the geocoder it loads) is for storing, not for reading

    return link.aggregate(incident_id, mentions, killed, wounded, centre_of, population_of, town_in)


def _size_of(gazetteer):
    """A town's population, and a US county's (its largest town's), by the gazetteer: what ``link.aggregate`` asks to
    read reports that put one town's or one county's name in two states as naming the smaller namesake."""
    def size_of(place: Place) -> int:
        if place.precision == "region" and place.admin1 and place.country_code == "US":
            return gazetteer.county_top(place)
        return gazetteer.population(place)

    return size_of


def _town_in(gazetteer):
    """The town of exactly a name (its own name, not an alternate or a spelling) in a state, by the gazetteer: what
    ``link.aggregate`` asks to read a report's stray town as its namesake in the state of the other reports."""
    def town_in(name: str, country_code: str, admin1: str):
        hits = gazetteer.matches(name, country_code, admin1=admin1, kinds=("city",), limit=1)
        return hits[0][1] if hits and hits[0][0] == 0 else None

    return town_in


class Ledger:
    """An incident ledger in one SQLite file.

    ``nlp`` and ``gazetteer`` may be injected (tests, a custom spaCy pipeline);
    otherwise they are loaded on first use, so read-only work never pays for them.
    """

    def __init__(self, db: str | Path | None = None, *, settings: Settings | None = None, nlp=None, gazetteer=None,
                 readonly: bool = False):
        self.settings = settings or Settings.from_env()
        if db is not None:
            self.settings = self.settings.replace(db=str(db))
        self.store = Store(self.settings.db, readonly=readonly)
        self._nlp = nlp
        self._gazetteer = gazetteer

    # stages ------------------------------------------------------------------
    @property
    def nlp(self):
        if self._nlp is None:
            from .nlp import build_nlp

            with _collector_held_back():
                self._nlp = build_nlp(self.settings.model, cache_dir=str(self.settings.cache_path),
                                      gazetteer=self._gazetteer, default_country=self.settings.default_country)
        return self._nlp

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def read(self, paths: Iterable[str | Path]) -> Iterator[Report | InputError]:
        from .ingest import read_inputs

        return read_inputs(paths, max_bytes=self.settings.max_input_bytes)

    def analyze(self, reports: Iterable[Report], errors: list[tuple[str, str]] | None = None) -> Iterator[tuple[Report, _dt.date | None, list[Mention]]]:
        """Extract mentions from reports without storing anything."""
        from .ingest.common import visible_text
        from .ingest.dateline import parse_dateline
        from .nlp import blank_doc
        from .nlp.doctext import doc_text
        from .nlp.records import mentions
        from .timex import anchor_from_text

        nlp = self.nlp
        failed: list[tuple[str, str]] = errors if errors is not None else []

        def on_error(name, proc, docs, exc):
            for d in docs:
                failed.append((d.user_data.get("source") or d.user_data.get("report_id", "?"), f"{name} failed: {exc.__class__.__name__}: {exc}"))

        # our components are plain callables: spaCy routes their failures to this handler, skipping the doc
        nlp.default_error_handler = on_error

        def make_doc(r: Report, anchor=None, headline: str | None = None, numbers_only: bool = False):
            """The doc of a report, with ``headline`` put before its text; ``numbers_only``: that headline's
            numbers count, not its persons."""
            body = visible_text(r.text)
            text = f"{headline}\n\n{body}" if headline else body
            # the dateline opens the story, after the headline when the text opens with that
            opening = headline or (r.title or "").strip()
            dl = parse_dateline(text[len(opening):] if opening and text.startswith(opening) else text)
            anchor = anchor or r.published or dl.date or anchor_from_text(text)
            doc = blank_doc(nlp, text, anchor=anchor, dateline_place=dl.place, title=r.title, headline=headline)
            doc.user_data["report_id"] = r.id
            doc.user_data["source"] = r.source or r.id
            doc.user_data["headline_numbers_only"] = numbers_only
            return doc, (r, anchor, headline)

        docs = (make_doc(r, headline=h, numbers_only=h is not None) for r in reports for h in (_toll_headline(r),))
        for doc, (report, anchor, headline) in nlp.pipe(docs, as_tuples=True, batch_size=self.settings.batch_size):
            # the report is stored with the text its offsets were read from (a headline put before it, or
            # characters that print as nothing taken out)
            text = doc_text(doc)
            told = replace(report, text=text) if headline or text != report.text else report
            found = mentions(doc, told)
            if not any(m.claims for m in found) \
                    and (headline or (_told_by_headline(report) and not _body_speaks_of_violence(report))):
                # the body tells nothing (a paywall, a sign-up form, a video caption): the headline,
                # put before it, tells the incident, persons and all, and the report is stored with it.
                # A body that speaks of violence and yields nothing has been read and found to tell no
                # incident (a shooting months before the firing it reports, a bill "killed" in committee).
                # A body that speaks of a shooting and counts nobody ("Police said the shooting appears to
                # be an accident" under "Girl, 10, shot in face") is read with the headline's persons too;
                # its own mentions stand where the headline adds no figure
                for doc2, _ in nlp.pipe([make_doc(report, anchor, headline=headline or report.title.strip())], as_tuples=True):
                    with_title = replace(report, text=doc_text(doc2))
                    again = mentions(doc2, with_title)
                if any(m.claims for m in again) or not found:
                    found, told = again, (with_title if again else report)
            yield told, anchor, found

    def ingest(self, paths: Iterable[str | Path], *, progress: Callable[[str], None] | None = None) -> IngestSummary:
        """Read inputs, extract, link and store; bad inputs are skipped with their reason."""
        summary = IngestSummary()

        def reports() -> Iterator[Report]:
            for item in self.read(paths):
                if isinstance(item, InputError):
                    summary.skipped.append((item.source, item.reason))
                    log.warning("skipped %s", item)
                    if progress:
                        progress(item.source)
                    continue
                summary.read += 1
                if self.store.has_report(item.id):
                    summary.duplicates += 1
                    if progress:
                        progress(item.source or item.id)
                    continue
                yield item

        self._ingest_reports(reports(), summary, progress)
        return summary

    def ingest_reports(self, reports: Iterable[Report]) -> IngestSummary:
        """Extract, link and store reports already in memory (the web's upload, tests)."""
        summary = IngestSummary()

        def fresh():
            for r in reports:
                summary.read += 1
                if self.store.has_report(r.id):
                    summary.duplicates += 1
                    continue
                yield r

        self._ingest_reports(fresh(), summary, None)
        return summary

    def _ingest_reports(self, reports: Iterable[Report], summary: IngestSummary, progress) -> None:
        errors: list[tuple[str, str]] = []
        seen: set[str] = set()

        def unique():
            # the same report twice in one batch is a duplicate too
            for r in reports:
                if r.id in seen:
                    summary.duplicates += 1
                    continue
                seen.add(r.id)
                yield r

        for report, anchor, mentions in self.analyze(unique(), errors):
            try:
                new, updated = self.store_report(report, anchor, mentions)
            except EventdeskError as exc:
                summary.skipped.append((report.source or report.id, str(exc)))
                continue
            summary.stored += 1
            summary.mentions += len(mentions)
            summary.incidents_new += new
            summary.incidents_updated += updated
            if progress:
                progress(report.source or report.id)
        for source, reason in errors:
            summary.skipped.append((source, reason))
            log.warning("skipped %s: %s", source, reason)

    def store_report(self, report: Report, anchor: _dt.date | None, mentions: Sequence[Mention]) -> tuple[int, int]:
        """Link and store one report in one transaction; (incidents new, incidents updated)."""
        from . import link  # imported where a report is stored: exports and the web's pages read without it

        s = self.settings
        new = updated = 0
        with self.store.transaction():
            # asked again, inside the transaction: the callers' check before analysis saves the pipeline's work,
            # this one keeps a report stored once when another process stored it in the meantime
            if self.store.has_report(report.id):
                return 0, 0
            self.store.add_report(report, anchor)
            taken: set[str] = set()
            for m in mentions:
                lo, hi = link.window(m, s.link_window_days)
                place = m.place
                # a province's or country's centroid says nothing about where in it the incident was
                point = place is not None and place.precision in ("point", "city")
                candidates = self.store.candidates(
                    lo, hi, country_code=place.country_code if place else None,
                    lat=place.lat if point else None, lon=place.lon if point else None,
                    km=link.candidate_km(place, s.link_max_km) if point else s.link_max_km,
                )
                people = link.blocking_names(m)
                scenes = link.headline_scenes(m.title)
                if (people or scenes) and lo is not None:
                    known = {c.id for c in candidates}
                    near = (m.date.start - _dt.timedelta(days=s.link_window_days), (m.date.end or m.date.start) + _dt.timedelta(days=s.link_window_days))
                    # reports whose place the gazetteer got wrong, or a follow-up from an arrest's town whose
                    # headline names the scene: also looked up by the people they name and the town of the scene
                    persons = [k for k in people if not k.startswith("s:")]
                    streets = [k for k in people if k.startswith("s:")]
                    more = self.store.candidates_named(*near, persons) if persons else []
                    if streets:
                        # a follow-up on the same telling street a week or two later (an arrest, the victims'
                        # condition) that names nobody: ``link.score`` lets it past the window in one town, so its
                        # incident is looked up by the street that far back (only incidents naming that street)
                        reach = _dt.timedelta(days=max(s.link_window_days, link.STREET_FOLLOW_UP_DAYS))
                        more += self.store.candidates_named(m.date.start - reach, (m.date.end or m.date.start) + reach, streets)
                    more += self.store.candidates_placed(*near, sorted(scenes)) if scenes else []
                    candidates += [c for c in dict((c.id, c) for c in more).values() if c.id not in known]
                decision = link.decide(m, candidates, window_days=s.link_window_days, max_km=s.link_max_km,
                                       threshold=s.link_threshold, exclude=taken)
                incident_id = decision.incident_id or link.incident_id_for(m)
                if decision.incident_id is None:
                    new += 1
                    # a new incident is its one mention: its row is written once, before the mention that
                    # refers to it, with no need to read anything back
                    self.store.put_incident(_incident_row(incident_id, [m], {m.report_id: 0}))
                    self._keep_figures(incident_id, [m], {m.report_id: 0})
                else:
                    updated += 1
                taken.add(incident_id)
                self.store.add_mention(incident_id, m)
                self.store.add_merge(incident_id, m.report_id, m.index, decision.reason, decision.score)
                if decision.incident_id is not None:
                    self._refresh(incident_id)
                    self._second_look(m, incident_id, candidates, taken)
        return new, updated

    def _second_look(self, m: Mention, incident_id: str, candidates: Sequence[IncidentRow], taken: set[str]) -> None:
        """A report that came before the one tying it to an incident: a lone report's incident among ``candidates``
        (a brief with no place naming only the street, before the town's report naming the victim and the street)
        that shares a name with the mention ``m`` that has just joined ``incident_id`` is decided again against the
        grown incident and the other candidates; where it now joins the grown one, its mention, claims and merge
        history move there and its own incident goes."""
        from . import link

        s = self.settings
        lone = [c for c in candidates if c.n_reports == 1 and c.id != incident_id and c.id not in taken
                and link.ties(m, c)]
        for c in lone:
            mentions = self.store.mentions(c.id)
            if len(mentions) != 1:
                continue
            lm = mentions[0]
            grown = self.store.get_incident_row(incident_id)
            others = [grown, *(x for x in candidates if x.id not in (c.id, incident_id))]
            decision = link.decide(lm, others, window_days=s.link_window_days, max_km=s.link_max_km,
                                   threshold=s.link_threshold, exclude=set(self.store.report_incidents(lm.report_id)))
            if decision.incident_id != incident_id:
                continue
            self.store.move_incident(c.id, incident_id)
            self.store.add_merge(incident_id, lm.report_id, lm.index, f"second look, {decision.reason}", decision.score)
            self._refresh(incident_id)

    def _refresh(self, incident_id: str) -> None:
        """Rewrite an incident's row from all its stored mentions."""
        mentions = self.store.mentions(incident_id)
        order = self.store.report_order([m.report_id for m in mentions])
        gazetteer = self._loaded_gazetteer()
        self.store.put_incident(_incident_row(incident_id, mentions, order, self._town_point(),
                                              _size_of(gazetteer) if gazetteer is not None else None,
                                              _town_in(gazetteer) if gazetteer is not None else None))
        self._keep_figures(incident_id, mentions, order)

    def _keep_figures(self, incident_id: str, mentions: Sequence[Mention], order: dict[str, int]) -> None:
        """Keep the incident's figures under every policy, its claims being those of ``mentions`` now: the exports
        and the incident's page read them instead of reconciling each incident again (most of an export's work)."""
        figures, history = reconcile_incident(mentions, order)
        self.store.put_reconciled(incident_id, rules_fingerprint(), figures, history)

    def _town_point(self):
        """The gazetteer's point of a town by GeoNames id, once the pipeline (and so the gazetteer) is loaded;
        None before: an incident's row is then placed without telling a town's centre from a finer point."""
        gazetteer = self._loaded_gazetteer()
        return gazetteer.point if gazetteer is not None else None

    def _loaded_gazetteer(self):
        """The gazetteer, once it (or the pipeline holding it) is loaded; None before (loading it is not worth an
        incident's row)."""
        gazetteer = self._gazetteer
        if gazetteer is None and self._nlp is not None and "eventdesk_places" in self._nlp.pipe_names:
            gazetteer = self._nlp.get_pipe("eventdesk_places").gazetteer
        return gazetteer

    def refresh(self) -> int:
        """Reconcile again, in one transaction, each incident whose figures the ledger keeps were made by other
        reconcile rules (an older eventdesk's) or that keeps none (a ledger made before schema 3), and keep the new
        ones: until then every read of such an incident (an export, its page, the web's downloads) reconciles it
        again, as the rules change with each release.  Returns how many incidents it refreshed.  A ledger opened
        read-only, or one that cannot be written, raises StoreError."""
        if self.store.readonly:
            raise StoreError(f"{self.store.path}: opened read-only; refreshing writes the figures it keeps")
        rules = rules_fingerprint()
        try:
            with self.store.transaction():
                stale = self.store.stale_reconciled(rules)
                for row, mentions, order, _, _ in self.store.incidents_whole(stale):
                    figures, history = reconcile_incident(mentions, order)
                    self.store.put_reconciled(row.id, rules, figures, history)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.store.path}: cannot write the figures it keeps ({exc})") from exc
        return len(stale)

    # reading ---------------------------------------------------------------------
    def incidents(self, flt: IncidentFilter = IncidentFilter()) -> tuple[list[IncidentRow], int]:
        return self.store.list_incidents(flt)

    def incident_points(self, flt: IncidentFilter = IncidentFilter()) -> list[tuple]:
        """Map markers of the located incidents matching a filter (see Store.list_points for the tuple)."""
        return self.store.list_points(flt)

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Countries and event types in the ledger with their incident counts (the web page's filter choices)."""
        return self.store.facets()

    def resolve_id(self, incident_id: str) -> str:
        """A full incident id from an id or a unique prefix of one."""
        ids = self.store.find_incident_ids(incident_id)
        if incident_id in ids:
            return incident_id
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise NotFound(f"incident {incident_id!r}: not in the ledger")
        raise NotFound(f"incident {incident_id!r}: ambiguous, matches {', '.join(ids)}")

    def incident(self, incident_id: str, policy: str | None = None) -> Incident:
        """One incident with its figures under ``policy``, every claim, the history and the merge reasons."""
        policy = policy or self.settings.policy
        incident_id = self.resolve_id(incident_id)
        row = self.store.get_incident_row(incident_id)
        mentions = self.store.mentions(incident_id)
        order = self.store.report_order(tuple(dict.fromkeys(m.report_id for m in mentions)))
        return _whole_incident(row, mentions, order, self.store.merges(incident_id), policy,
                               self.store.reconciled([incident_id]).get(incident_id))

    def incidents_whole(self, ids: Sequence[str], policy: str | None = None) -> Iterator[Incident]:
        """``incident(id, policy)`` for each of many full ids, in their order, read a chunk of ids at a time
        (a few queries per chunk, where ``incident`` makes seven per incident)."""
        policy = policy or self.settings.policy
        for row, mentions, order, merges, kept in self.store.incidents_whole(ids):
            yield _whole_incident(row, mentions, order, merges, policy, kept)

    def merges(self, incident_id: str) -> list[Merge]:
        return self.store.merges(self.resolve_id(incident_id))

    def mentions(self, incident_id: str) -> list[Mention]:
        return self.store.mentions(self.resolve_id(incident_id))

    def report(self, report_id: str) -> ReportView:
        report = self.store.get_report(report_id)
        mentions = tuple(self.store.report_mentions(report_id))
        return ReportView(report, mentions, tuple(self.store.report_incidents(report_id)))

    def reports(self, ids: Sequence[str] | None = None, *, texts: bool = True) -> list[Report]:
        """The reports in the order of arrival; ``texts=False``: each with its text left empty (not read)."""
        return self.store.reports(ids, texts=texts)

    def report_views(self, reports: Sequence[Report]) -> Iterator[ReportView]:
        """``report(r.id)`` for each of many reports already read, in their order, with two queries per chunk."""
        for k in range(0, len(reports), _REPORTS_PER_READ):
            chunk = reports[k:k + _REPORTS_PER_READ]
            found = self.store.reports_mentions([r.id for r in chunk])
            for r in chunk:
                mentions, incident_ids = found[r.id]
                yield ReportView(r, tuple(mentions), tuple(incident_ids))

    def report_sources(self) -> dict[str, tuple[str | None, str | None]]:
        """{report id: (outlet, source)} of every report, in the order of arrival."""
        return self.store.report_sources()

    def all_incidents(self, policy: str | None = None) -> Iterator[Incident]:
        yield from self.incidents_whole(list(self.store.iter_incident_ids()), policy)

    def export(self, fmt: str, out, *, policy: str | None = None) -> int:
        """Write the ledger in ``fmt`` to a text stream; returns the number of rows written."""
        from .export import write

        return write(self, fmt, out, policy=policy or self.settings.policy)
