"""Exports: CSV and Parquet round trips, GeoJSON, filters, the CLI."""
import io
import json

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.export import COLUMNS, export_events, export_rows, read_csv
from marsad.merge import merge_pending

from test_merge import REPORTS, _store


@pytest.fixture
def merged(tmp_path):
    store = _store(REPORTS, str(tmp_path / "m.db"))
    merge_pending(store)
    yield store
    store.close()


def test_csv_round_trip_reads_back_the_same_rows(merged, tmp_path):
    out = tmp_path / "e.csv"
    n = export_events(merged, "csv", str(out))
    rows = export_rows(merged)
    assert n == len(rows) == 4
    with open(out, encoding="utf-8", newline="") as f:
        back = read_csv(f)
    assert back == rows
    assert list(back[0]) == COLUMNS
    abha = next(r for r in back if r["source_count"] == 3)
    assert (abha["fatalities"], abha["fatalities_low"], abha["fatalities_high"]) == (15, 13, 15)
    assert abha["country"] == "Saudi Arabia" and abha["geo_precision"] == 1 and abha["plover_type"] == "ASSAULT"


def test_parquet_round_trip_reads_back_the_same_rows(merged, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "e.parquet"
    export_events(merged, "parquet", str(out))
    assert pq.read_table(str(out)).to_pylist() == export_rows(merged)


def test_geojson_and_jsonl(merged):
    buf = io.StringIO()
    export_events(merged, "geojson", buf)
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 4
    f = fc["features"][0]
    assert f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2
    buf = io.StringIO()
    export_events(merged, "jsonl", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert all(r["members"] for r in recs)


@pytest.mark.parametrize("filters,count", [
    ({"countries": ["YE"]}, 2), ({"countries": ["SAU"]}, 2), ({"countries": ["Yemen"]}, 2),
    ({"types": ["assault"]}, 4), ({"types": ["PROTEST"]}, 0),
    ({"since": "2015-08-07"}, 3), ({"until": "2015-08-06"}, 1), ({"min_confidence": 0.9}, 2),
])
def test_filters(merged, filters, count):
    assert len(export_rows(merged, **filters)) == count


def test_export_and_events_commands(merged, tmp_path):
    runner = CliRunner()
    db = merged.path
    res = runner.invoke(cli, ["export", "--db", db, "--format", "csv", "--country", "YE"])
    assert res.exit_code == 0, res.output
    assert "event_date,event_type" in res.output and "exported 2 canonical events" in res.output
    cid = next(r["event_id"] for r in export_rows(merged) if r["source_count"] == 3)
    res = runner.invoke(cli, ["events", "show", cid, "--db", db])
    assert res.exit_code == 0 and "merged because" in res.output and "3 source(s)" in res.output
    res = runner.invoke(cli, ["export", "--db", db, "--format", "parquet"])
    assert res.exit_code == 2
