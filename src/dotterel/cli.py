"""The ``dotterel`` command: a thin layer over the library.

Library code raises :mod:`dotterel.errors`; this module turns them into one line
on stderr (``dotterel: error: ...``) and a non-zero exit. Per-input problems are
reported as ``dotterel: skipped <input>: <reason>`` lines and never stop a batch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from .errors import DotterelError, UsageError
from .model import Article, Skip

if TYPE_CHECKING:  # pragma: no cover
    from .model import Event

app = typer.Typer(
    name="dotterel",
    help="Turn news articles into PLOVER political event data (offline).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class CodeFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


class QueryFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class GoldFormat(str, Enum):
    plover_gsr = "plover-gsr"
    petrarch_xml = "petrarch-xml"
    conflibert_class = "conflibert-class"
    jsonl = "jsonl"


class Task(str, Enum):
    events = "events"
    geo = "geo"
    time = "time"
    quotes = "quotes"
    casualties = "casualties"


def _err(message: str) -> None:
    typer.echo(f"dotterel: error: {message}", err=True)


def _skip_line(skip: Skip) -> None:
    typer.echo(f"dotterel: skipped {skip.input}: {skip.reason}", err=True)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn library errors into one line on stderr and an exit code."""
    try:
        yield
    except DotterelError as exc:
        _err(exc.message)
        raise typer.Exit(exc.exit_code) from None
    except BrokenPipeError:  # `dotterel ... | head`
        sys.stderr.close()
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(130) from None


@contextmanager
def _output(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        return
    try:
        fh = open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by the `with` below
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from None
    with fh:
        yield fh


def _coded(paths: list[str], date: str | None, max_bytes: int | None) -> Iterator[Article | Skip]:
    from .dates_meta import validate_date_option
    from .pipeline import default_pipeline
    from .readers import DEFAULT_MAX_BYTES, read_inputs

    if date is not None:
        date = validate_date_option(date)
    raws = read_inputs(paths, default_date=date, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    yield from default_pipeline().code_many(raws)


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files or directories (text, HTML, JSONL, CSV), or - for stdin.")],
    date: Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD (when the input has none).")] = None,
    fmt: Annotated[CodeFormat, typer.Option("--format", "-f", help="Output format.")] = CodeFormat.table,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
    max_bytes: Annotated[int | None, typer.Option("--max-bytes", help="Skip inputs larger than this.")] = None,
) -> None:
    """Code articles into PLOVER events and print them."""
    from .export import write_articles

    with _errors(), _output(out) as fh:
        n_skipped = 0
        items: list[Article | Skip] = []
        for item in _coded(paths, date, max_bytes):
            if isinstance(item, Skip):
                _skip_line(item)
                n_skipped += 1
            if fmt is CodeFormat.jsonl:
                write_articles([item], "jsonl", fh)
            else:
                items.append(item)
        if fmt is CodeFormat.json:
            write_articles(items, "json", fh)
        elif fmt is CodeFormat.table:
            _print_article_tables([i for i in items if isinstance(i, Article)], fh)
        if n_skipped and not any(isinstance(i, Article) for i in items) and fmt is not CodeFormat.jsonl:
            raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to code and store, or - for stdin.")],
    db: Annotated[Path, typer.Option("--db", help="DuckDB file (created if missing).")] = Path("events.duckdb"),
    date: Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD (when the input has none).")] = None,
    max_bytes: Annotated[int | None, typer.Option("--max-bytes", help="Skip inputs larger than this.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Code articles and store them (idempotent: re-ingesting the same text adds nothing)."""
    from .store import Store

    with _errors(), Store.open(db) as store:
        new = dup = skipped = events = 0
        batch: list[Article] = []

        def flush() -> None:
            nonlocal new, dup, events
            if not batch:
                return
            written = store.write_new(batch)
            new += len(written)
            dup += len(batch) - len(written)
            events += sum(len(a.events) for a in written)
            batch.clear()

        for item in _progress(_coded(paths, date, max_bytes), progress):
            if isinstance(item, Article):
                batch.append(item)
                if len(batch) >= 64:
                    flush()
            else:
                _skip_line(item)
                store.write_skip(item)
                skipped += 1
        flush()
        typer.echo(f"{new} articles coded ({events} events), {dup} already stored, {skipped} skipped -> {db}",
                   err=True)


def _progress(items: Iterable[Any], enabled: bool) -> Iterator[Any]:
    if not enabled or not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} inputs"), TimeElapsedColumn(),
                  transient=True) as bar:
        task = bar.add_task("coding")
        for item in items:
            yield item
            bar.advance(task)


def _open_existing(db: Path) -> Any:
    from .store import Store

    if not db.exists():
        raise UsageError(f"database not found: {db}")
    return Store.open(db)


@app.command()
def events(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file written by `dotterel ingest`.")] = Path("events.duckdb"),
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO3 country of a source or target actor.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Events on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")] = QueryFormat.table,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file.")] = None,
) -> None:
    """Query stored events."""
    from .dates_meta import validate_date_option
    from .export import write_events
    from .model import PLOVER_TYPES

    with _errors():
        if event_type is not None and event_type.upper() not in PLOVER_TYPES:
            raise UsageError(f"unknown event type '{event_type}': expected one of {', '.join(PLOVER_TYPES)}")
        since = validate_date_option(since) if since else None
        until = validate_date_option(until) if until else None
        with _open_existing(db) as store, _output(out) as fh:
            rows = store.events(event_type=event_type.upper() if event_type else None,
                                country=country.upper() if country else None, since=since, until=until, limit=limit)
            if fmt is QueryFormat.table:
                _print_event_table(rows, fh, title=f"{len(rows)} events")
            else:
                write_events(rows, fmt.value, fh)


@app.command()
def actors(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file.")] = Path("events.duckdb"),
    country: Annotated[str | None, typer.Option("--country", help="ISO3 country filter.")] = None,
    limit: Annotated[int | None, typer.Option("--limit")] = 50,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """List resolved actors with their mention and event counts."""
    with _errors(), _open_existing(db) as store:
        rows = [_row(r) for r in store.actors(country=country.upper() if country else None, limit=limit)]
        _print_rows(rows, fmt, "actors")


@app.command()
def quotes(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file.")] = Path("events.duckdb"),
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker name contains this.")] = None,
    limit: Annotated[int | None, typer.Option("--limit")] = 50,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """List quotes with their speakers."""
    with _errors(), _open_existing(db) as store:
        rows = [_row(r) for r in store.quotes(speaker=speaker, limit=limit)]
        _print_rows(rows, fmt, "quotes")


@app.command()
def skipped(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file.")] = Path("events.duckdb"),
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """List inputs that were not coded, with the reason."""
    with _errors(), _open_existing(db) as store:
        rows = [{k: v for k, v in s.to_dict().items() if k != "skipped"} for s in store.skipped()]
        _print_rows(rows, fmt, "skipped inputs")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file or directory.")],
    fmt: Annotated[GoldFormat | None, typer.Option("--format", "-f", help="Gold format (events task).")] = None,
    task: Annotated[Task, typer.Option("--task", help="What to evaluate.")] = Task.events,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N gold records.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
) -> None:
    """Score dotterel against gold data (events, geo, time, quotes, casualties)."""
    with _errors():
        if not gold.exists():
            raise UsageError(f"gold file not found: {gold}")
        if task is Task.events:
            from .evaluate.events import format_event_report, run_gold

            if fmt is None:
                raise UsageError("--format is required for --task events "
                                 "(plover-gsr, petrarch-xml, conflibert-class, jsonl)")
            scores = run_gold(gold, fmt.value, limit=limit)
            report = format_event_report(scores)
        elif task is Task.geo:
            from .evaluate.geo import evaluate_geo, format_geo_report

            scores = evaluate_geo(gold, limit=limit)
            report = format_geo_report(scores)
        elif task is Task.time:
            from .evaluate.time import evaluate_time, format_time_report

            scores = evaluate_time(gold, limit=limit)
            report = format_time_report(scores)
        elif task is Task.quotes:
            from .evaluate.quotes import evaluate_quotes, format_quotes_report

            scores = evaluate_quotes(gold, limit=limit)
            report = format_quotes_report(scores)
        else:
            from .evaluate.casualties import evaluate_casualties, format_casualties_report

            scores = evaluate_casualties(gold, limit=limit)
            report = format_casualties_report(scores)
        if as_json:
            typer.echo(json.dumps(_to_jsonable(scores), indent=2, ensure_ascii=False))
        else:
            typer.echo(report)


def _row(obj: Any) -> dict[str, Any]:
    import dataclasses

    return obj.to_dict() if hasattr(obj, "to_dict") else dataclasses.asdict(obj)


def _to_jsonable(obj: Any) -> Any:
    """Scores as JSON-ready data: ``to_dict()`` when offered, else the dataclass fields; keys become strings."""
    import dataclasses

    if hasattr(obj, "to_dict"):
        obj = obj.to_dict()
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        obj = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {(k if isinstance(k, str) else "|".join(map(str, k)) if isinstance(k, tuple) else str(k)):
                _to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_to_jsonable(v) for v in obj]
    return obj


@app.command()
def version() -> None:
    """Print the dotterel version."""
    from . import __version__

    typer.echo(__version__)


# ---------------- rendering -----------------
def _actor_str(actors: list[Any]) -> str:
    parts = []
    for a in actors:
        code = " ".join(x for x in (a.country, a.sector) if x)
        parts.append(f"{a.name or a.text} ({code})" if code else (a.name or a.text))
    return "; ".join(parts)


def _event_cells(e: Event) -> list[str]:
    status = e.status + (" (historical)" if e.historical else "")
    extra = []
    if e.scheduled:
        extra.append(f"scheduled {e.scheduled.event_type} {e.scheduled.date or ''}".strip())
    killed = [c for c in e.casualties if c.kind == "killed"]
    if killed:
        extra.append("killed " + ", ".join(f"{c.qualifier + ' ' if c.qualifier and c.qualifier != 'exact' else ''}"
                                            f"{c.value if c.value is not None else c.text}" for c in killed))
    if e.reported_by:
        extra.append(f"reported by {e.reported_by.name or e.reported_by.text}")
    if e.location:
        extra.append(f"in {e.location.name or e.location.text}")
    return [
        f"{e.event_type}" + (f"/{e.mode}" if e.mode else ""),
        status,
        _actor_str(e.source),
        _actor_str(e.target),
        e.event_date or "",
        "; ".join(extra),
        e.trigger.text if e.trigger else "",
    ]


def _console(fh: TextIO) -> Any:
    from rich.console import Console

    return Console(file=fh, width=160 if not fh.isatty() else None, soft_wrap=False)


def _print_event_table(rows: list[Event], fh: TextIO, *, title: str) -> None:
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in ("type/mode", "status", "source", "target", "date", "details", "trigger"):
        table.add_column(col, overflow="fold")
    for e in rows:
        table.add_row(*_event_cells(e))
    _console(fh).print(table)


def _print_article_tables(articles: list[Article], fh: TextIO) -> None:
    for art in articles:
        head = art.title or art.input_id or art.article_id
        _print_event_table(art.events, fh, title=f"{head} — {len(art.events)} events (article {art.article_id})")


def _print_rows(rows: list[dict[str, Any]], fmt: QueryFormat, title: str) -> None:
    fh = sys.stdout
    if fmt is QueryFormat.jsonl:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    if fmt is QueryFormat.csv:
        import csv

        if rows:
            w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
            w.writeheader()
            w.writerows(rows)
        return
    from rich.table import Table

    table = Table(title=f"{len(rows)} {title}")
    cols = list(rows[0].keys()) if rows else ["(none)"]
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in cols])
    _console(fh).print(table)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
