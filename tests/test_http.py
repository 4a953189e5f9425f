"""The HTTP API (marsad.http): every endpoint, filter and error, the token rule, and a schemathesis run.

The store is built from real Arabic articles (the bundled example, plus the shared dev articles when
they are here) with the pipeline's fast stages (no NER), once per module.
"""
import csv
import io
import json
import os
import shutil

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.http import queries  # noqa: E402
from marsad.http.app import create_app  # noqa: E402

from _helpers import FAST, build_seed_store  # noqa: E402
TOKEN = "s3cret-token"
HOMS = "قتل خمسة مدنيين في غارة جوية على مدينة حمص امس"


@pytest.fixture(scope="module")
def built_db(tmp_path_factory):
    return build_seed_store(str(tmp_path_factory.mktemp("http") / "built.db"))


@pytest.fixture()
def db_path(built_db, tmp_path):
    path = str(tmp_path / "m.db")
    shutil.copy(built_db, path)
    return path


@pytest.fixture()
def client(db_path):
    with TestClient(create_app(db_path, token=TOKEN, stages=FAST)) as c:
        yield c


@pytest.fixture(scope="module")
def ro_client(built_db):
    """One app for the read-only tests (they never write)."""
    with TestClient(create_app(built_db, token=None, stages=FAST)) as c:
        yield c


def all_events(c, **params):
    out, cursor = [], None
    while True:
        p = dict(params, limit=50)
        if cursor:
            p["cursor"] = cursor
        r = c.get("/events", params=p)
        assert r.status_code == 200, r.text
        body = r.json()
        out += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return out


def store_events(path):
    db = queries.connect_ro(path)
    try:
        return {r[0]: r for r in db.execute("SELECT id, type, date, country, killed, lat, lon, acled_event_type, "
                                            "admin1 FROM events")}
    finally:
        db.close()


# ---- GET /events ---------------------------------------------------------------------------------

def test_events_pages_cover_every_event_once(ro_client, built_db):
    got = all_events(ro_client)
    assert len(got) == len({e["id"] for e in got}) == len(store_events(built_db))


@pytest.mark.parametrize("sort", queries.SORT_CHOICES)
def test_every_sort_order_is_total_and_paginates(ro_client, sort):
    got = all_events(ro_client, sort=sort)
    name = sort.lstrip("-")
    default = "" if name == "date" else -1
    keys = [(default if e[name] is None else e[name], e["id"]) for e in got]
    assert keys == sorted(keys, reverse=sort.startswith("-"))


def test_events_filter_by_type_acled_country_admin1(ro_client, built_db):
    rows = store_events(built_db).values()
    for params, keep in [({"type": "ASSAULT"}, lambda r: r[1] == "ASSAULT"),
                         ({"type": ["ASSAULT", "REQUEST"]}, lambda r: r[1] in ("ASSAULT", "REQUEST")),
                         ({"acled_type": "Battles"}, lambda r: r[7] == "Battles"),
                         ({"country": "sy"}, lambda r: r[3] == "SY"),
                         ({"country": ["SY", "EG"]}, lambda r: r[3] in ("SY", "EG")),
                         ({"admin1": "Aleppo"}, lambda r: r[8] == "Aleppo")]:
        want = {r[0] for r in rows if keep(r)}
        assert want, params
        assert {e["id"] for e in all_events(ro_client, **params)} == want, params


def test_events_filter_by_dates_and_min_killed(ro_client, built_db):
    rows = store_events(built_db).values()
    got = all_events(ro_client, since="2015-08-01", until="2015-08-05")
    assert {e["id"] for e in got} == {r[0] for r in rows if r[2] and "2015-08-01" <= r[2] <= "2015-08-05"}
    got = all_events(ro_client, min_killed=10)
    assert got and {e["id"] for e in got} == {r[0] for r in rows if r[4] is not None and r[4] >= 10}


def test_events_filter_by_bbox_and_located(ro_client, built_db):
    rows = store_events(built_db).values()
    got = all_events(ro_client, bbox="35,32,42,37.5")  # Syria, roughly
    want = {r[0] for r in rows if r[5] is not None and 32 <= r[5] <= 37.5 and 35 <= r[6] <= 42}
    assert want and {e["id"] for e in got} == want
    located = all_events(ro_client, located="true")
    assert located and all(e["lat"] is not None and e["lon"] is not None for e in located)
    # a box over the antimeridian: west > east
    across = all_events(ro_client, bbox="170,-90,-170,90")
    assert all(e["lon"] >= 170 or e["lon"] <= -170 for e in across)


def test_events_filter_by_actor_text_code_and_country(ro_client):
    by_text = all_events(ro_client, actor="القوات السورية")
    assert by_text and all(e["actor"] for e in by_text)
    by_country = all_events(ro_client, actor="SYR")
    assert by_country and all("SYR" for e in by_country)
    assert {e["id"] for e in all_events(ro_client, actor="SYRMIL")} <= {e["id"] for e in by_country}
    by_name = all_events(ro_client, actor="syrian army")  # the canonical name, any case
    assert by_name
    targets = all_events(ro_client, target="مدني")
    assert targets
    assert all_events(ro_client, actor="لا يوجد فاعل بهذا الاسم") == []


def test_full_text_search_over_mentions(ro_client):
    hits = all_events(ro_client, q="كفرنبل")
    assert hits
    for e in hits[:5]:
        detail = ro_client.get(f"/events/{e['id']}").json()
        assert any("كفرنبل" in m["text"] for m in detail["record"]["mentions"])
    # folded: hamza/alef variants meet, and a word inside a longer one (clitics) is found
    assert {e["id"] for e in all_events(ro_client, q="ادلب")} == {e["id"] for e in all_events(ro_client, q="إدلب")}
    assert all_events(ro_client, q="حلب")
    both = all_events(ro_client, q="كفرنبل غارات")
    assert {e["id"] for e in both} <= {e["id"] for e in hits}
    assert all_events(ro_client, q="في كفرنبل")  # a two-letter word goes through instr
    for odd in ('"كفرنبل', 'كفر" OR "x', "NEAR(a b)", "*", "'; --"):  # FTS syntax is only text here
        assert ro_client.get("/events", params={"q": odd}).status_code == 200
    assert all_events(ro_client, q="zzzqqq") == []


@pytest.mark.parametrize("params,status", [
    ({"type": "BOMBING"}, 422), ({"country": "SYR"}, 422), ({"since": "2015-13-01"}, 422),
    ({"since": "2016-01-02", "until": "2016-01-01"}, 400), ({"bbox": "1,2,3"}, 422), ({"bbox": "1,2,3,x"}, 422),
    ({"bbox": "0,50,10,40"}, 400), ({"bbox": "0,0,200,10"}, 400), ({"bbox": "1e999,0,2,3"}, 400),
    ({"limit": 0}, 422), ({"limit": 501}, 422), ({"min_killed": -1}, 422), ({"min_killed": 10**30}, 422),
    ({"sort": "summary_en"}, 422), ({"sort": "date; DROP TABLE events"}, 422), ({"cursor": "!!!"}, 400),
    ({"cursor": "bm90IGpzb24"}, 400), ({"q": "   "}, 400), ({"q": "x" * 201}, 422),
])
def test_bad_filters_are_clear_4xx(ro_client, params, status):
    r = ro_client.get("/events", params=params)
    assert r.status_code == status, r.text
    body = r.json()
    assert body["detail"]
    if status == 400:
        assert body["code"] == "E601"


def test_cursor_of_another_sort_is_refused(ro_client):
    first = ro_client.get("/events", params={"limit": 2, "sort": "-date"}).json()
    r = ro_client.get("/events", params={"limit": 2, "sort": "killed", "cursor": first["next_cursor"]})
    assert r.status_code == 400 and "sort" in r.json()["detail"]
    forged = queries.encode_cursor("-date", 12, "x")  # a key of the wrong type
    assert ro_client.get("/events", params={"cursor": forged}).status_code == 400


# ---- GET /events/{id}, /articles/{id} ------------------------------------------------------------

def test_event_detail_has_every_mention_in_its_sentence_with_provenance(ro_client):
    ev = all_events(ro_client, q="كفرنبل", type="ASSAULT")[0]
    d = ro_client.get(f"/events/{ev['id']}").json()
    assert len(d["mentions"]) == len(d["record"]["mentions"]) >= 1
    art = ro_client.get(f"/articles/{d['article_id']}").json()
    for m in d["mentions"]:
        assert m["article_id"] == d["article_id"] and m["published"] == art["published"]
        assert art["text"][m["start"]:m["end"]] == m["text"]
        assert art["text"][m["sentence_start"]:m["sentence_end"]] == m["sentence"]
        assert m["sentence_start"] <= m["start"] and m["end"] <= m["sentence_end"]
        trig = m["trigger"]
        assert art["text"][trig["start"]:trig["end"]] == trig["text"]
        assert '<mark class="m-mention m-trigger">' in m["html"]
        kinds = {h["kind"] for h in m["highlights"]}
        assert {"mention", "trigger"} <= kinds
        for h in m["highlights"]:
            assert 0 <= h["start"] < h["end"] <= len(m["sentence"])
    assert "قتل" in d["mentions"][0]["html"]


def test_highlight_html_escapes_the_text():
    html = queries.highlight_html("<script>a & b</script>", [{"kind": "trigger", "start": 8, "end": 9}])
    assert html == '&lt;script&gt;<mark class="m-trigger">a</mark> &amp; b&lt;/script&gt;'


def test_mention_offsets_outside_the_text_do_not_break(ro_client):
    v = queries.mention_view("قصير", {"start": 2, "end": 99, "trigger": {"start": 50, "end": 60}}, {})
    assert v["sentence"] == "قصير" and v["text"] == "ير"


def test_article_endpoint(ro_client):
    ev = all_events(ro_client, type="ASSAULT")[0]
    art = ro_client.get(f"/articles/{ev['article_id']}").json()
    assert art["id"] == ev["article_id"] and art["text"]
    assert ev["id"] in {e["id"] for e in art["events"]}


@pytest.mark.parametrize("path", ["/events/nope", "/articles/nope", "/events/a681db5d8732d743:evx"])
def test_unknown_ids_are_404(ro_client, path):
    r = ro_client.get(path)
    assert r.status_code == 404 and r.json()["code"] == "E604"


# ---- GET /stats, /export ---------------------------------------------------------------------------

def test_stats_counts_match_the_events(ro_client, built_db):
    s = ro_client.get("/stats").json()
    rows = store_events(built_db).values()
    assert s["total"] == len(rows)
    assert sum(b["count"] for b in s["by_type"]) == len(rows)
    assert {b["key"]: b["count"] for b in s["by_day"]} == {
        d: sum(1 for r in rows if r[2] == d) for d in {r[2] for r in rows if r[2]}}
    assert [b["key"] for b in s["by_day"]] == sorted(b["key"] for b in s["by_day"])
    syria = ro_client.get("/stats", params={"country": "SY", "type": "ASSAULT"}).json()
    assert syria["by_country"] == [{"key": "SY", "count": syria["total"]}]
    assert ro_client.get("/stats", params={"bbox": "x"}).status_code == 422


def test_export_csv_jsonl_geojson(ro_client, built_db):
    n = len(store_events(built_db))
    r = ro_client.get("/export", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == n and {"id", "type", "summary_en", "url"} <= set(rows[0])
    r = ro_client.get("/export", params={"format": "jsonl", "type": "ASSAULT"})
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert lines and all(x["type"] == "ASSAULT" and x["record"]["mentions"] for x in lines)
    r = ro_client.get("/export", params={"format": "geojson", "country": "SY"})
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["properties"]["country"] == "SY" and -180 <= lon <= 180
    empty = ro_client.get("/export", params={"format": "geojson", "q": "zzzqqq"}).json()
    assert empty == {"type": "FeatureCollection", "features": []}
    assert ro_client.get("/export", params={"format": "xml"}).status_code == 422
    assert ro_client.get("/export", params={"cursor": "x", "since": "2020-01-02", "until": "2020-01-01"}).status_code == 400


# ---- POST /articles and the token rule -----------------------------------------------------------

def test_post_is_off_without_a_token(ro_client, built_db):
    r = ro_client.post("/articles", json={"text": HOMS}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and r.json()["code"] == "E602" and "MARSAD_API_TOKEN" in r.json()["detail"]


def test_token_from_the_environment(db_path, monkeypatch):
    monkeypatch.setenv("MARSAD_API_TOKEN", "from-env")
    with TestClient(create_app(db_path, stages=FAST)) as c:
        assert c.post("/articles", json={"text": HOMS}, headers={"Authorization": "Bearer nope"}).status_code == 401
        r = c.post("/articles", json={"text": HOMS}, headers={"Authorization": "Bearer from-env"})
        assert r.status_code == 200


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer wrong", f"Basic {TOKEN}", f"bearer {TOKEN}x", TOKEN])
def test_post_needs_the_bearer_token(client, header):
    headers = {"Authorization": header} if header else {}
    r = client.post("/articles", json={"text": HOMS}, headers=headers)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer" and r.json()["code"] == "E603"


def test_post_extracts_stores_and_is_searchable(client, db_path):
    before = client.get("/stats").json()["total"]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/articles", headers=auth, json={"text": HOMS, "id": "homs-1", "published": "2016-01-02",
                                                     "source": "test", "url": "https://example.org/a"})
    assert r.status_code == 200, r.text
    (res,) = r.json()["results"]
    assert res["status"] == "added" and res["events"] >= 1 and res["input_id"] == "homs-1"
    assert client.get("/stats").json()["total"] == before + res["events"]
    hits = all_events(client, q="حمص", since="2016-01-01", until="2016-01-01")
    assert hits and hits[0]["article_id"] == res["article_id"]
    m = client.get(f"/events/{hits[0]['id']}").json()["mentions"][0]
    assert m["source"] == "test" and m["url"] == "https://example.org/a" and m["published"] == "2016-01-02"
    # again: stored, nothing recomputed; in a batch with a new one
    r = client.post("/articles", headers=auth, json=[{"text": HOMS}, {"text": "تظاهر آلاف في القاهرة امس"}])
    assert [x["status"] for x in r.json()["results"]] == ["stored", "added"]


@pytest.mark.parametrize("body,status", [
    ({}, 422), ({"text": ""}, 422), ({"text": HOMS, "extra": 1}, 422), ({"text": HOMS, "url": "javascript:x"}, 422),
    ({"text": HOMS, "published": "yesterday"}, 422), ([], 422), ([{"text": HOMS}] * 51, 422), ("text", 422),
])
def test_post_validation(client, body, status):
    r = client.post("/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == status, r.text


def test_post_reports_inputs_that_are_not_arabic(client):
    r = client.post("/articles", json={"text": "just some english text here"},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200
    (res,) = r.json()["results"]
    assert res["status"] == "failed" and res["error"].startswith("[E")


def test_request_size_limit(db_path):
    with TestClient(create_app(db_path, token=TOKEN, stages=FAST, max_body=1000)) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        r = c.post("/articles", json={"text": HOMS * 50}, headers=auth)
        assert r.status_code == 413 and "bytes" in r.json()["detail"]

        def chunks():  # no Content-Length: counted as it arrives
            for _ in range(20):
                yield b'{"text": "' + "حمص".encode() * 40

        r = c.post("/articles", content=chunks(), headers=dict(auth, **{"Content-Type": "application/json"}))
        assert r.status_code == 413


def test_read_endpoints_never_write(ro_client, built_db):
    before = os.path.getmtime(built_db), os.path.getsize(built_db)
    for path in ("/events", "/stats", "/export?format=jsonl", "/events?q=حلب"):
        assert ro_client.get(path).status_code == 200
    assert (os.path.getmtime(built_db), os.path.getsize(built_db)) == before
    db = queries.connect_ro(built_db)
    with pytest.raises(Exception):
        db.execute("DELETE FROM events")
    db.close()


def test_new_store_is_created_empty(tmp_path):
    with TestClient(create_app(str(tmp_path / "new.db"))) as c:
        assert c.get("/events").json() == {"items": [], "next_cursor": None, "limit": 100}
        assert c.get("/stats").json()["total"] == 0


# ---- the page and the OpenAPI document -----------------------------------------------------------

def test_page_and_assets_are_served_offline(ro_client):
    r = ro_client.get("/")
    assert r.status_code == 200 and "default-src 'self'" in r.headers["content-security-policy"]
    html = r.text
    assert "/static/app.js" in html and "http" not in html.replace("http://www.w3.org/2000/svg", "")
    for asset in ("app.js", "style.css", "countries.geojson"):
        a = ro_client.get(f"/static/{asset}")
        assert a.status_code == 200 and a.content
    geo = ro_client.get("/static/countries.geojson").json()
    assert len(geo["features"]) > 150 and "Natural Earth" in geo["provenance"]
    assert len(ro_client.get("/static/countries.geojson").content) < 1_000_000


def test_openapi_documents_every_endpoint_with_models(ro_client):
    spec = ro_client.get("/openapi.json").json()
    paths = spec["paths"]
    assert {"/events", "/events/{event_id}", "/articles/{article_id}", "/stats", "/export", "/articles"} <= set(paths)
    for path, op in [("/events", "get"), ("/events/{event_id}", "get"), ("/stats", "get"), ("/articles", "post")]:
        ok = paths[path][op]["responses"]["200"]["content"]["application/json"]["schema"]
        assert "$ref" in ok
    assert {"401", "403", "413"} <= set(paths["/articles"]["post"]["responses"])
    assert "404" in paths["/events/{event_id}"]["get"]["responses"]


# ---- schemathesis: no server errors anywhere in the documented API --------------------------------

schemathesis = pytest.importorskip("schemathesis")


def test_schemathesis_finds_no_server_error(db_path):
    """Generated requests for every documented operation: no 5xx, responses match their schemas
    and their documented status codes (in-process ASGI, a bounded number of examples)."""
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db_path, token=TOKEN, stages=FAST))
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case):
            if case.method.upper() == "POST":
                case.headers = dict(case.headers or {}, Authorization=f"Bearer {TOKEN}")
            case.call_and_validate(checks=[not_a_server_error, response_schema_conformance,
                                           status_code_conformance])

        try:
            check()
        except Exception as e:  # collected, so one run names every failing operation
            failures.append(f"{operation.method.upper()} {operation.path}: {e}")
    assert not failures, "\n\n".join(failures)
