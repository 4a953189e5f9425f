"""The ``marsad`` command line: a thin skin over :mod:`marsad.api`.

Every command has ``--help`` with an example. Domain errors become one-line
messages on stderr here and nowhere else; the exit status is 0 when every
input was processed, 1 when some inputs failed (the others are still written),
2 for usage errors.
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
    from .api import extract_paths
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
        for item in extract_paths(inputs, published=published, stages=_parse_stages(stages),
                                  stdin=None):
            if isinstance(item, InputError):
                failed += 1
                _report(item)
                continue
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


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default="marsad.db", show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database file (created when missing).")
@click.option("--show/--no-show", default=False, help="Print each article's events as a table.")
@_published_option
@_stages_option
def ingest(inputs, db, show, published, stages):
    """Extract events from INPUTS and store articles and events in the database.

    Articles are keyed by a hash of their text: ingesting the same input again
    adds nothing, and an interrupted run resumes where it stopped.

    \b
    Examples:
        marsad ingest examples/aleppo-2016.txt --show
        marsad ingest articles.jsonl archive/ --db events.db
    """
    from .api import ingest_paths
    from .store import Store

    store = Store(db)
    tally = {"added": 0, "stored": 0, "failed": 0}
    for status, item, rec in ingest_paths(inputs, store, published=published, stages=_parse_stages(stages),
                                          stdin=None):
        tally[status] += 1
        if status == "failed":
            _report(item)
        elif show and rec is not None:
            click.echo(_format_table(rec))
    c = store.counts()
    click.echo(f"marsad: {tally['added']} article(s) added, {tally['stored']} already stored, {tally['failed']} "
               f"failed; {db} holds {c['articles']} articles and {c['events']} events", err=True)
    store.close()
    if tally["failed"]:
        sys.exit(EXIT_SOME_FAILED)


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
@click.option("--train", "train_paths", multiple=True, default=[f"{_SHARED}/anercorp/train.conll"], show_default=True,
              help="CoNLL training files (the first one gives the dev split); a Wojood folder is accepted too.")
@click.option("-o", "--output", default=None, help="Model path (default: the packaged model file).")
@click.option("--seed", default=13, show_default=True, help="Random seed of the dev split.")
@click.option("--dev-fraction", default=0.1, show_default=True, help="Share held out for scoring; 0 trains on all.")
def train_ner_cmd(train_paths, output, seed, dev_fraction):
    """Train the CRF NER model (reproducible: fixed seed, own dev split of ANERcorp train).

    \b
    Examples:
        marsad train ner
        marsad train ner --train ../shared/data/anercorp/train.conll --train ../shared/data/wojood-sample -o ner.crfsuite
    """
    from . import resources
    from .ner.train import train_ner

    out = output or str(resources.path("ner.crfsuite"))
    scores = train_ner(list(train_paths), out, seed=seed, dev_fraction=dev_fraction)
    click.echo(json.dumps({k: v for k, v in scores.items() if k in ("micro", "by_type", "train_sentences",
                                                                      "dev_sentences")}, ensure_ascii=False))


def main() -> None:
    """Entry point: runs the CLI, turning MarsadErrors into one-line messages."""
    try:
        cli(standalone_mode=True)
    except MarsadError as e:  # the edge: a configuration or model error that stops everything
        click.echo(f"marsad: error: {e}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
