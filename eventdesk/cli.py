"""The command line: parse, call the Ledger, print; library errors become one line."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import EventdeskError
from .settings import SETTINGS

# the CLI prints skipped inputs itself; the library's log lines would say them twice
logging.getLogger("eventdesk").addHandler(logging.NullHandler())

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="eventdesk: an incident ledger of sourced casualty claims.  After upgrading eventdesk, run "
                       "'eventdesk refresh' once on each ledger.")
# piped output (files, CI logs) gets a wide page rather than Rich's 80 columns
console = Console(width=None if sys.stdout.isatty() else 150)
err = Console(stderr=True)

_HELP = {s.name: s.help for s in SETTINGS}
DbOption = typer.Option("eventdesk.db", "--db", help=_HELP["db"])
PolicyOption = typer.Option(None, "--policy", help=_HELP["policy"])


def _ledger(db: str, **kw):
    from .api import Ledger
    from .settings import Settings

    return Ledger(settings=Settings.from_env(db=db, **kw))


# set by ``main``: the CLI runs as its own program, not called inside another's process (a test, a notebook)
_OWNS_PROCESS = False


def _load_pipeline(ledger) -> None:
    """Load the ledger's pipeline and, where the CLI owns its process, freeze what is alive then out of later
    collections (``gc.freeze``).  The pipeline (spaCy's model, our rules' patterns and tables) lives as long as the
    process: every full collection of the ingest swept it again, and so did the interpreter's collection at exit.
    Freezing is process-wide, the owner's choice: called inside another's process nothing is frozen."""
    ledger.nlp
    if _OWNS_PROCESS:
        gc.freeze()


def _fail(exc: EventdeskError) -> None:
    err.print(f"[red]error:[/red] {exc}", highlight=False)
    raise typer.Exit(1)


_EXCERPT_WIDTH = 160  # characters of a claim's sentence shown whole


def _cut(c, width: int = _EXCERPT_WIDTH) -> bool:
    """Whether the claim's excerpt is cut from its report's text around its number (a long sentence): the only
    excerpts that read the report's text."""
    return c.number_start is not None and len(c.sentence) > width


def _excerpt(c, report, width: int = _EXCERPT_WIDTH) -> str:
    """The claim's sentence, cut around its number when long; markup-escaped."""
    from rich.markup import escape

    text = c.sentence
    if report is not None and _cut(c, width):
        lo = max(c.start, c.number_start - width // 2)
        hi = min(c.end, lo + width)
        text = ("…" if lo > c.start else "") + report.text[lo:hi] + ("…" if hi < c.end else "")
    return escape(" ".join(text.split()))


def _fmt_range(low, best, high) -> str:
    if best is None:
        return ""
    return f"{best}" if low == best == high else f"{low}-{best}-{high}"


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files or folders: .txt, .html, .jsonl, .warc(.gz)."),
    db: str = DbOption,
    model: Optional[str] = typer.Option(None, "--model", help=_HELP["model"]),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read reports, extract claims, link them into incidents and store them."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .ingest import count_inputs

    try:
        ledger = _ledger(db, model=model)
        total = count_inputs(paths)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=quiet or not err.is_terminal) as bar:
            task = bar.add_task("ingesting", total=total or None)
            _load_pipeline(ledger)  # the bar is shown while the pipeline loads
            files_done: set[str] = set()

            def tick(source: str) -> None:
                name = source.split(":")[0].split("#")[0]
                if name not in files_done:
                    files_done.add(name)
                    bar.update(task, completed=len(files_done))

            summary = ledger.ingest(paths, progress=tick)
    except EventdeskError as exc:
        _fail(exc)
    for source, reason in summary.skipped:
        err.print(f"skipped {source}: {reason}", highlight=False, markup=False)
    console.print(
        f"reports read {summary.read}, stored {summary.stored}, already in the ledger {summary.duplicates}, "
        f"skipped {len(summary.skipped)}; incidents new {summary.incidents_new}, updated {summary.incidents_updated}",
        highlight=False,
    )


@app.command()
def demo(db: str = DbOption) -> None:
    """Ingest the bundled sample reports and print the incident table."""
    samples = Path(__file__).parent / "samples"
    ingest([samples], db=db, model=None, quiet=True)
    incidents(db=db, country=None, since=None, until=None, event_type=None, min_killed=None, q=None, limit=50, order="date")
    console.print(f"next: eventdesk show <id> --db {db}   |   eventdesk export --format jsonl --db {db}   |   eventdesk serve --db {db}",
                  highlight=False)


@app.command()
def incidents(
    db: str = DbOption,
    country: Optional[str] = typer.Option(None, help="ISO code or country name."),
    since: Optional[str] = typer.Option(None, help="Earliest date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Latest date (YYYY-MM-DD)."),
    event_type: Optional[str] = typer.Option(None, "--type", help="ACLED event type or sub-event type."),
    min_killed: Optional[int] = typer.Option(None, help="Only incidents with at least this many killed (best)."),
    q: Optional[str] = typer.Option(None, "--search", help="Words in title, place or actors."),
    limit: int = typer.Option(50, help="Rows to show."),
    order: str = typer.Option("date", help="date, killed or updated."),
) -> None:
    """List incidents: date, place, type, killed (low-best-high), wounded, reports."""
    from .models import parse_date
    from .store import IncidentFilter

    try:
        flt = IncidentFilter(country=country, date_from=parse_date(since), date_to=parse_date(until), event_type=event_type,
                             min_killed=min_killed, q=q, limit=limit, order=order)
    except ValueError as exc:
        err.print(f"error: bad date: {exc}")
        raise typer.Exit(2)
    try:
        rows, total = _ledger(db).incidents(flt)
    except EventdeskError as exc:
        _fail(exc)
    table = Table(title=f"{total} incidents" + (f" (showing {len(rows)})" if total > len(rows) else ""))
    for col in ("id", "date", "place", "type", "killed", "wounded", "reports"):
        table.add_column(col, overflow="fold", min_width=12 if col in ("place", "type") else None,
                         justify="right" if col in ("killed", "wounded", "reports") else "left")
    for r in rows:
        loc = r.location
        place = ", ".join(x for x in (loc.name, loc.country) if x) if loc else "?"
        date = r.date_start.isoformat() if r.date_start else "?"
        if r.date_end and r.date_end != r.date_start:
            date += f"..{r.date_end.isoformat()[5:]}"
        table.add_row(r.id, date, place, r.sub_event_type or "", _fmt_range(r.killed_low, r.killed_best, r.killed_high),
                      "" if r.wounded_best is None else str(r.wounded_best), str(r.n_reports))
    console.print(table)


@app.command()
def show(
    incident_id: str = typer.Argument(..., help="Incident id (or a unique prefix)."),
    db: str = DbOption,
    policy: Optional[str] = PolicyOption,
) -> None:
    """One incident: figures, every claim with its source and sentence, history, merge reasons."""
    try:
        ledger = _ledger(db, policy=policy)
        inc = ledger.incident(incident_id)
        # the reports' outlets, without their texts; the text only of a report one of whose excerpts is cut from it
        reports = {r.id: r for r in ledger.reports(inc.report_ids, texts=False)}
        cut_from = [rid for rid in dict.fromkeys(c.report_id for c in inc.claims if _cut(c)) if rid in reports]
        texts = {r.id: r for r in ledger.reports(cut_from)} if cut_from else {}
    except EventdeskError as exc:
        _fail(exc)
    loc = inc.location
    console.print(f"[bold]{inc.title or inc.id}[/bold]  ({inc.id})", highlight=False)
    when = f"{inc.date_start or '?'}" + (f" .. {inc.date_end}" if inc.date_end and inc.date_end != inc.date_start else "")
    console.print(f"when: {when} ({inc.date_precision})", highlight=False)
    if loc:
        console.print(f"where: {', '.join(x for x in (loc.name, loc.admin1, loc.country) if x)} "
                      f"[{loc.lat}, {loc.lon}] ({loc.precision})", highlight=False)
    console.print(f"what: {inc.event_type} / {inc.sub_event_type}", highlight=False)
    if inc.actors:
        console.print("who: " + "; ".join(f"{a.name} ({a.role})" for a in inc.actors), highlight=False)
    figures = Table(title=f"figures (policy {inc.figures[0].policy if inc.figures else ledger.settings.policy})")
    for col in ("outcome", "party", "low", "best", "high", "claims"):
        figures.add_column(col)
    for f in inc.figures:
        figures.add_row(f.outcome, f.party or "(total)", str(f.low), str(f.best), str(f.high), str(len(f.claims)))
    console.print(figures)
    console.print("[bold]claims[/bold]")
    for c in inc.claims:
        r = reports.get(c.report_id)
        outlet = (r.outlet or r.source or c.report_id) if r else c.report_id
        count = f"{c.count}" + ("" if c.qualifier == "exact" else f" ({c.qualifier.replace('_', ' ')})")
        console.print(f"  {c.reported_on or '?'}  {outlet}  [bold]{c.outcome} {c.party or '(total)'}: {count}[/bold]"
                      f"  claimed by {c.attributed_to or 'the report'}", highlight=False)
        console.print(f"      [dim]{_excerpt(c, texts.get(c.report_id, r))}[/dim]", highlight=False)
    if inc.history:
        console.print("[bold]history[/bold]")
        for h in inc.history:
            console.print(f"  {h.reported_on or '?'}  {h.report_id}  {h.outcome} {h.party or '(total)'}: {h.count}"
                          + (f"  ({h.attributed_to})" if h.attributed_to else ""), highlight=False)
    console.print("[bold]merge reasons[/bold]")
    for reason in inc.merge_reasons:
        console.print(f"  {reason}", highlight=False, markup=False)


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, reports, csv, acled, ucdp or geojson."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (default: standard output)."),
    db: str = DbOption,
    policy: Optional[str] = PolicyOption,
) -> None:
    """Write the ledger as JSON Lines, CSV (flat, ACLED, UCDP GED) or GeoJSON."""
    try:
        ledger = _ledger(db, policy=policy)
        if output is None:
            n = ledger.export(fmt, sys.stdout)
        else:
            tmp = output.with_name(output.name + ".part")
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                n = ledger.export(fmt, fh)
            tmp.replace(output)
    except EventdeskError as exc:
        _fail(exc)
    err.print(f"wrote {n} rows ({fmt})", highlight=False)


@app.command()
def refresh(db: str = DbOption) -> None:
    """Bring the figures the ledger keeps up to date: worth running once after upgrading eventdesk.

    The incidents whose kept figures an older eventdesk's reconcile rules made are reconciled again, in one pass;
    until then each export, incident page and download reconciles them again at every read."""
    try:
        n = _ledger(db).refresh()
    except EventdeskError as exc:
        _fail(exc)
    console.print(f"refreshed the figures of {n} incidents", highlight=False)


@app.command()
def serve(
    db: str = DbOption,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
) -> None:
    """Serve the desk: map, timeline and incident pages over the ledger."""
    try:
        from .web import serve as run

        run(db=db, host=host, port=port)
    except EventdeskError as exc:
        _fail(exc)


@app.command()
def gazetteer(cache_dir: Optional[str] = typer.Option(None, help=_HELP["cache_dir"])) -> None:
    """Build the compact place index now (it is otherwise built on first use)."""
    from .geo import Gazetteer
    from .settings import Settings

    try:
        path = Settings.from_env(cache_dir=cache_dir).cache_path
        g = Gazetteer.open(path)
        g.close()
    except EventdeskError as exc:
        _fail(exc)
    console.print(f"gazetteer ready in {path}", highlight=False)


def main() -> None:
    global _OWNS_PROCESS
    _OWNS_PROCESS = True
    app()


if __name__ == "__main__":
    main()
