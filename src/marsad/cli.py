"""The ``marsad`` command line: a thin skin over :mod:`marsad.api`.

Every command has ``--help`` with an example. Domain errors become one-line
messages on stderr here and nowhere else; the exit status is 0 when every
input was processed, 1 when some inputs failed (the others are still written),
2 for usage errors and for errors that stop the whole run (a missing model, a full or
read-only store: what was stored before is kept).
"""
from __future__ import annotations

import json
import sys

import click

from . import __version__
from .errors import InputError, MarsadError
from .pipeline import DEFAULT_STAGES

EXIT_SOME_FAILED = 1


def _stages_option(f):
    return click.option("--stages", default=",".join(DEFAULT_STAGES), show_default=True,
                        help="Comma-separated pipeline stages to run, in order.")(f)


def _parse_stages(value: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in value.split(",") if s.strip())


def _published_option(f):
    return click.option("--published", metavar="DATE", default=None,
                        help="Publication date (YYYY-MM-DD) for inputs that do not give one; "
                             "relative dates (أمس، الجمعة الماضي) resolve against it.")(f)


def _report(err: InputError) -> None:
    click.echo(f"marsad: error: {err}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def cli():
    """marsad: Arabic news in, event data with provenance out.

    \b
    Example:
        marsad extract examples/aleppo-2016.txt --format table
    """


def _format_table(rec: dict) -> str:
    lines = [f"# {rec['id']}  ({len(rec['events'])} events, {len(rec.get('entities', []))} entities)"]
    for ev in rec["events"]:
        actors = ", ".join(a["text"] + (f" [{a['country']}]" if a.get("country") else "")
                           + (" (hedged)" if a.get("certainty") == "hedged" else "") for a in ev["actors"]) or "-"
        targets = ", ".join(t["text"] + (f" [{t['country']}]" if t.get("country") else "") for t in ev["targets"]) or "-"
        place = ev["place"]["text"] if ev.get("place") else "-"
        counts = []
        if ev.get("killed") is not None:
            counts.append(f"killed {ev['killed']}")
        if ev.get("injured") is not None:
            counts.append(f"injured {ev['injured']}")
        mode = f"/{ev['mode']}" if ev.get("mode") else ""
        lines.append(f"  {ev['type']}{mode:<16} actor: {actors} | target: {targets} | place: {place} | "
                     f"date: {ev.get('date') or '-'} | {', '.join(counts) or '-'} | conf {ev.get('confidence', 0):.2f}")
        if ev.get("summary_en"):
            lines.append(f"      {ev['summary_en']}")
    return "\n".join(lines)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write JSON lines here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="jsonl: one record per article (spec/event.schema.json); table: for a person to read.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out events below this confidence.")
@_published_option
@_stages_option
def extract(inputs, output, fmt, min_confidence, published, stages):
    """Extract events from INPUTS: .txt files, .jsonl files, directories, or - for stdin.

    A .jsonl file holds one {"id", "text", "published"?, "source"?, "url"?, "title"?} per line.
    Bad inputs are reported one per line on stderr; the rest are still processed.

    \b
    Examples:
        marsad extract examples/aleppo-2016.txt --format table
        marsad extract articles.jsonl -o events.jsonl --published 2016-12-05
        cat article.txt | marsad extract -
    """
    from .api import extract_paths, settle_collector
    from .records import document_record

    if published:
        from .inputs import check_date
        try:
            published = check_date(published, "--published", None)
        except InputError as e:
            raise click.BadParameter(e.message, param_hint="--published")
    failed = 0
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        settled = False
        for item in extract_paths(inputs, published=published, stages=_parse_stages(stages),
                                  stdin=None):
            if isinstance(item, InputError):
                failed += 1
                _report(item)
                continue
            if not settled:
                settle_collector()  # (the first article has loaded the models)
                settled = True
            rec = document_record(item, min_confidence=min_confidence)
            if fmt == "table":
                out.write(_format_table(rec) + "\n")
            else:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if output:
            out.close()
    if failed:
        click.echo(f"marsad: {failed} input(s) failed; the others were processed", err=True)
        sys.exit(EXIT_SOME_FAILED)


def _db_option(f):
    return click.option("--db", default="marsad.db", show_default=True, type=click.Path(dir_okay=False),
                        help="SQLite database file (created when missing).")(f)


class _Progress:
    """A progress bar on a terminal (tqdm), a plain log line every ``every`` articles otherwise."""

    def __init__(self, every: int = 500):
        import time

        self.every, self.t0, self.n, self.events = every, time.perf_counter(), 0, 0
        self.bar = None
        if sys.stderr.isatty():
            try:
                from tqdm import tqdm

                self.bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
            except ImportError:
                self.bar = None

    def rate(self) -> float:
        import time

        return self.n / max(1e-9, time.perf_counter() - self.t0)

    def update(self, events: int) -> None:
        self.n += 1
        self.events += events
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(events=self.events, refresh=False)
        elif self.n % self.every == 0:
            click.echo(f"marsad: {self.n} articles, {self.rate():.1f} articles/s, {self.events} events", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@_db_option
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Processes extracting in parallel (the main process alone writes the database).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's processes; dask: Dask distributed (a LocalCluster without --scheduler).")
@click.option("--scheduler", metavar="ADDRESS", default=None, help="Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--merge/--no-merge", default=True, show_default=True,
              help="Merge new events into canonical events (reports of one real event) after storing.")
@click.option("--show/--no-show", default=False, help="Print each new article's events as a table.")
@_published_option
@_stages_option
def ingest(inputs, db, workers, engine, scheduler, merge, show, published, stages):
    """Extract events from INPUTS and store articles and events in the database.

    INPUTS are .txt, .jsonl, saved .html pages, .rss/.atom/.xml feeds, directories of
    those, http(s) URLs of pages or feeds, or - for stdin. Articles are keyed by a hash
    of their text: ingesting the same input again adds nothing, and a run killed or
    interrupted (Ctrl-C) resumes where it stopped without re-extracting what is stored.

    \b
    Examples:
        marsad ingest examples/aleppo-2016.txt --show
        marsad ingest articles.jsonl archive/ --db events.db --workers 4
        marsad ingest https://example.com/feed.rss --db events.db
        marsad ingest articles.jsonl --engine dask --scheduler tcp://127.0.0.1:8786
    """
    from .distributed import make_engine
    from .merge import merge_pending
    from .sources import read_sources
    from .store import Store, ingest as ingest_items

    if published:
        from .inputs import check_date
        try:
            published = check_date(published, "--published", None)
        except InputError as e:
            raise click.BadParameter(e.message, param_hint="--published")
    store = Store(db)
    runner = make_engine(engine, _parse_stages(stages), workers=workers, scheduler=scheduler)
    tally = {"added": 0, "stored": 0, "failed": 0}
    progress = _Progress()
    try:
        for status, what, rec in ingest_items(read_sources(inputs, published=published), store, runner):
            tally[status] += 1
            if status == "failed":
                _report(what)
                continue
            progress.update(len(rec["events"]) if rec else 0)
            if show and rec is not None:
                click.echo(_format_table(rec))
    except KeyboardInterrupt:
        click.echo(f"marsad: interrupted; {tally['added']} article(s) were stored, run again to resume", err=True)
        sys.exit(130)
    finally:
        progress.close()
        runner.close()
    merged = ""
    if merge:
        m = merge_pending(store)
        merged = f", {store.canonical_count()} canonical events ({m['links']} new links)"
    c = store.counts()
    click.echo(f"marsad: {tally['added']} article(s) added, {tally['stored']} already stored, {tally['failed']} "
               f"failed ({progress.rate():.1f} articles/s); {db} holds {c['articles']} articles and {c['events']} "
               f"events{merged}", err=True)
    store.close()
    if tally["failed"]:
        sys.exit(EXIT_SOME_FAILED)


@cli.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "geojson", "parquet"]), default="csv",
              show_default=True, help="csv: ACLED-like plus PLOVER columns; jsonl: full canonical records; "
                                      "geojson: a FeatureCollection; parquet: typed columns (needs pyarrow).")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="Output file (default: stdout; parquet needs a file).")
@click.option("--type", "types", multiple=True, help="Only this PLOVER type (repeatable), e.g. ASSAULT.")
@click.option("--country", "countries", multiple=True,
              help="Only events placed in this country (ISO alpha-2 or alpha-3 or English name; repeatable).")
@click.option("--since", metavar="DATE", default=None, help="Only events on or after DATE (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", default=None, help="Only events on or before DATE (YYYY-MM-DD).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out canonical events below this confidence.")
def export(db, fmt, output, types, countries, since, until, min_confidence):
    """Export the canonical (merged) events of the database as a dataset.

    \b
    Examples:
        marsad export --db events.db --format csv -o events.csv
        marsad export --format geojson --type ASSAULT --country YE --since 2015-07-25 -o yemen.geojson
        marsad export --format parquet -o events.parquet
    """
    from .export import export_events
    from .inputs import check_date
    from .store import Store

    try:
        since = check_date(since, "--since", None)
        until = check_date(until, "--until", None)
    except InputError as e:
        raise click.BadParameter(e.message)
    if fmt == "parquet" and not output:
        raise click.BadParameter("parquet is binary: give a file with -o", param_hint="--output")
    store = Store(db)
    n = export_events(store, fmt, output or sys.stdout, types=types, countries=countries, since=since,
                      until=until, min_confidence=min_confidence)
    if not output:
        sys.stdout.flush()
    store.close()
    click.echo(f"marsad: exported {n} canonical events", err=True)


@cli.group()
def events():
    """Inspect and correct canonical events (reports merged across articles).

    \b
    Example:
        marsad events show ce0123456789abcd --db events.db
    """


@events.command("show")
@click.argument("event_id")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the whole canonical record as JSON.")
def events_show(event_id, db, as_json):
    """Explain canonical event EVENT_ID (or the one holding member event EVENT_ID): members, sources, reasons.

    \b
    Example:
        marsad events show ce0123456789abcd --db events.db
    """
    from .merge import show
    from .store import Store

    store = Store(db)
    rec = show(store, event_id)
    store.close()
    if as_json:
        click.echo(json.dumps(rec, ensure_ascii=False, indent=1))
        return
    place = rec.get("place") or {}
    k, i = rec["killed"], rec["injured"]
    click.echo(f"{rec['id']}  {rec['type']}{'/' + rec['mode'] if rec.get('mode') else ''}  {rec.get('date') or '-'}  "
               f"{place.get('name') or place.get('text') or '-'} ({place.get('country') or '-'})  "
               f"{rec['source_count']} source(s), {rec['member_count']} report(s), confidence {rec['confidence']}")
    click.echo(f"  killed best/low/high: {k['best']}/{k['low']}/{k['high']}; "
               f"injured: {i['best']}/{i['low']}/{i['high']}")
    if rec.get("summary_en"):
        click.echo(f"  {rec['summary_en']}")
    for m in rec["members"]:
        seed = " (seed)" if m["event_id"] == rec.get("seed") else ""
        click.echo(f"  - {m['event_id']}{seed}  {m.get('source') or '-'}  {m.get('date') or '-'}  "
                   f"{m.get('place') or '-'}  killed {m.get('killed')}  {m.get('url') or m['article_id']}")
        for x in m["mentions"][:2]:
            click.echo(f"      «{x['text']}»")
        if m["reasons"]:
            click.echo(f"      merged because: {'; '.join(m['reasons'])}")


@events.command("split")
@click.argument("event_id")
@click.argument("member")
@_db_option
def events_split(event_id, member, db):
    """Take report MEMBER out of canonical event EVENT_ID; it will not be merged with those reports again.

    \b
    Example:
        marsad events split ce0123456789abcd a1b2c3d4e5f6a7b8c:ev0123456789abcd --db events.db
    """
    from .merge import split
    from .store import Store

    store = Store(db)
    ids = split(store, event_id, member)
    store.close()
    click.echo(f"marsad: the reports now form {len(ids)} canonical events: {', '.join(ids)}", err=True)


@events.command("merge")
@_db_option
def events_merge(db):
    """Merge the stored events not yet merged (ingest does this unless --no-merge).

    \b
    Example:
        marsad events merge --db events.db
    """
    from .merge import merge_pending
    from .store import Store

    store = Store(db)
    m = merge_pending(store)
    click.echo(f"marsad: merged {m['events']} events ({m['links']} new links); {store.canonical_count()} "
               "canonical events", err=True)
    store.close()


@cli.command("ner")
@click.argument("input_conll", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="Where to write token<TAB>TAG lines.")
def ner_cmd(input_conll, output):
    """Tag INPUT_CONLL (one token per line, first column; blank lines between sentences) with BIO
    entity tags (PERS, LOC, ORG, MISC), line for line.

    \b
    Example:
        marsad ner test.conll -o test.pred.conll
        python ../shared/eval/score_ner.py --gold test.conll --pred test.pred.conll
    """
    from .ner.conll import tag_conll

    n = tag_conll(input_conll, output)
    click.echo(f"marsad: tagged {n} tokens into {output}", err=True)


@cli.group()
def train():
    """Train marsad's models from the shared data.

    \b
    Example:
        marsad train ner
    """


_SHARED = "../shared/data"


@train.command("ner")
@click.option("--train", "train_paths", multiple=True,
              default=[f"{_SHARED}/anercorp/train.conll", f"{_SHARED}/wojood-sample"], show_default=True,
              help="CoNLL training files (the first one gives the dev split); a Wojood folder is accepted too.")
@click.option("-o", "--output", default=None, help="Model path (default: the packaged model file).")
@click.option("--seed", default=13, show_default=True, help="Random seed of the dev split.")
@click.option("--dev-fraction", default=0.0, show_default=True,
              help="Share of the first file held out and scored; 0 trains on all, as the shipped model is.")
@click.option("--extra", default="bench/ner_extra/annotations.jsonl", show_default=True,
              help="marsad's own annotated SaudiNewsNet sentences, rebuilt from --corpus and added last ('' for none).")
@click.option("--corpus", default=f"{_SHARED}/saudinewsnet", show_default=True,
              help="The SaudiNewsNet folder the --extra sentences are read from.")
@click.option("--main-copies", default=2, show_default=True,
              help="Train on the first file's training part this many times (weighs it against the others).")
def train_ner_cmd(train_paths, output, seed, dev_fraction, extra, corpus, main_copies):
    """Train the CRF NER model (reproducible: fixed seed; the defaults rebuild the shipped model byte for byte
    when run from the repository's root).

    \b
    Examples:
        marsad train ner
        marsad train ner --dev-fraction 0.1 -o /tmp/ner-dev.crfsuite   # score on the own dev split
    """
    import os
    import tempfile

    from . import resources
    from .ner.extra import build as build_extra
    from .ner.train import train_ner

    out = output or str(resources.path("ner.crfsuite"))
    paths = list(train_paths)
    with tempfile.TemporaryDirectory() as tmp:
        if extra:
            paths.append(os.path.join(tmp, "ner_extra.conll"))
            build_extra(extra, corpus, paths[-1])
        scores = train_ner(paths, out, seed=seed, dev_fraction=dev_fraction, main_copies=main_copies)
    click.echo(json.dumps({k: v for k, v in scores.items() if k in ("micro", "by_type", "train_sentences",
                                                                      "dev_sentences")}, ensure_ascii=False))


# ---- HTTP: serve and demo (marsad.http; needs the `serve` extra) ----------------------------------

def _run_server(db: str, host: str, port: int, token: str | None = None) -> None:
    try:
        import uvicorn

        from .http.app import create_app
    except ImportError as e:
        raise click.ClickException(f"the HTTP server needs the serve extra: pip install 'marsad[serve]' ({e})")
    app = create_app(db, token=token)
    click.echo(f"marsad: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
def serve(db, host, port):
    """Serve the store over HTTP: the JSON API and the map page at /.

    Read endpoints never write to the database. POST /articles is off unless
    the MARSAD_API_TOKEN environment variable is set; then it needs
    'Authorization: Bearer <token>'.

    \b
    Example:
        marsad serve --db marsad.db --port 8000
        MARSAD_API_TOKEN=s3cret marsad serve --db marsad.db
    """
    _run_server(db, host, port)


@cli.command()
@click.option("--db", default=None, type=click.Path(dir_okay=False),
              help="Database file to create (replaced if present; default: a new temporary file).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option("--sample", default=300, show_default=True, type=click.IntRange(0, 31030),
              help="How many SaudiNewsNet articles to ingest (spread across the corpus).")
@click.option("--corpus", default="../shared/data/saudinewsnet", show_default=True,
              help="SaudiNewsNet folder (*.zip); skipped when absent.")
@_stages_option
def demo(db, host, port, sample, corpus, stages):
    """Ingest the bundled example and a news sample into a fresh store, then serve the map.

    \b
    Example:
        marsad demo --sample 200 --port 8000    # then open http://127.0.0.1:8000/
    """
    import os
    import tempfile

    from .http.demo import build_demo_store

    db = db or os.path.join(tempfile.mkdtemp(prefix="marsad-demo-"), "demo.db")
    counts = build_demo_store(db, sample=sample, corpus=corpus, stages=_parse_stages(stages),
                              progress=lambda msg: click.echo(f"marsad: {msg}", err=True))
    click.echo(f"marsad: demo store {db}: {counts['articles']} articles, {counts['events']} events", err=True)
    _run_server(db, host, port)


def main() -> None:
    """Entry point: runs the CLI, turning MarsadErrors into one-line messages."""
    try:
        cli(standalone_mode=True)
    except MarsadError as e:  # the edge: a configuration or model error that stops everything
        click.echo(f"marsad: error: {e}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
