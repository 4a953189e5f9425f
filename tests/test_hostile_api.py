"""Hostile input to the HTTP API: each request gets a clean 4xx (or a 200 that reveals nothing), never a
5xx, and the database is unchanged afterwards (a hash of every table's rows before and after each test).

Covered: SQL-injection strings in every filter of GET /events and /stats (and /export), path traversal
in ids, static file names and export formats, absurd pagination (negative, huge, garbage and forged
cursors), malformed and oversized bodies, and missing or wrong tokens on POST /articles.
The store is real Arabic news (the bundled example and the shared dev articles), fast stages.
"""
import base64
import hashlib
import sqlite3

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.http.app import MAX_BODY, create_app  # noqa: E402
from _helpers import FAST, build_seed_store  # noqa: E402
TOKEN = "hostile-suite-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {"text": "قتل خمسة مدنيين في غارة جوية على مدينة حمص امس", "id": "would-be-written"}

SQLI = [
    "' OR '1'='1", "1' OR 1=1 --", "\"; DROP TABLE events; --", "') UNION SELECT id, text FROM articles --",
    "1; DELETE FROM articles", "%' AND 1=0 UNION ALL SELECT sqlite_version() --", "*/ OR /*",
    "x\x00' OR 1=1 --", 'NEAR("حلب" "قتل")', "حلب' OR '1'='1", "'; ATTACH DATABASE '/tmp/pwn.db' AS pwn; --",
    "1) OR (1=1", "$(touch /tmp/pwn)", "{{7*7}}", "\\' OR 1=1 #", "' || (SELECT group_concat(text) FROM articles) || '",
]
FILTERS = ["since", "until", "type", "acled_type", "country", "admin1", "bbox", "actor", "target", "min_killed",
           "q", "located", "sort", "limit", "cursor"]
TEXT_FILTERS = {"acled_type", "admin1", "actor", "target", "q"}  # free text: a 200 must match nothing


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    return build_seed_store(str(tmp_path_factory.mktemp("hostile") / "h.db"), merge=True)


def content_hash(path: str) -> str:
    """A hash of every row of every table (and the schema), independent of the file's layout."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            h.update(repr((name, sql)).encode())
            ncols = len(con.execute(f'SELECT * FROM "{name}" LIMIT 0').description)
            order = ", ".join(str(i + 1) for i in range(ncols))
            for row in con.execute(f'SELECT * FROM "{name}" ORDER BY {order}'):
                h.update("\x1f".join(map(str, row)).encode("utf-8", "surrogatepass") + b"\x1e")
        return h.hexdigest()
    finally:
        con.close()


@pytest.fixture(scope="module")
def api(hostile_db):
    """One app with writing on (so POST bodies are really parsed), reporting server errors as 500s."""
    with TestClient(create_app(hostile_db, token=TOKEN, stages=FAST), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(autouse=True)
def store_unchanged(hostile_db):
    before = content_hash(hostile_db)
    yield
    assert content_hash(hostile_db) == before, "a hostile request changed the database"


def clean_4xx(r, *allowed: int) -> None:
    assert r.status_code < 500, f"{r.request.method} {r.request.url}: {r.status_code} {r.text[:300]}"
    assert 400 <= r.status_code < 500 and (not allowed or r.status_code in allowed), \
        f"{r.request.method} {r.request.url}: {r.status_code} {r.text[:300]}"
    assert r.json()["detail"]


def b64(text: str | bytes) -> str:
    raw = text.encode() if isinstance(text, str) else text
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


# ---- SQL injection in every filter ---------------------------------------------------------------

@pytest.mark.parametrize("param", FILTERS)
def test_sql_injection_in_every_filter_is_refused_or_matches_nothing(api, param):
    total = api.get("/stats").json()["total"]
    assert total > 0
    for evil in SQLI:
        for path in ("/events", "/stats"):
            if path == "/stats" and param in ("sort", "limit", "cursor"):
                continue
            r = api.get(path, params={param: evil})
            assert r.status_code in (200, 400, 422), f"{path} {param}={evil!r}: {r.status_code} {r.text[:300]}"
            if r.status_code != 200:
                clean_4xx(r)
                continue
            assert param in TEXT_FILTERS, f"{param}={evil!r} was accepted"
            body = r.json()
            got = body["items"] if path == "/events" else [None] * body["total"]
            assert got == [], f"{path} {param}={evil!r} matched {len(got)} of {total} events"
    if param in ("sort", "limit", "cursor"):  # /export has no pages
        return
    r = api.get("/export", params={param: SQLI[0]})  # the streamed export checks filters before it starts
    assert r.status_code in (200, 400, 422)
    if r.status_code == 200:
        assert r.text.count("\n") == 1  # the CSV header only


def test_injection_through_repeated_and_oversized_parameters(api):
    clean_4xx(api.get("/events", params=[("country", "SY")] * 51), 422)  # more than 50 countries
    clean_4xx(api.get("/events", params=[("acled_type", SQLI[0])] * 21), 422)
    clean_4xx(api.get("/events", params={"q": "حلب " * 60}), 422)
    clean_4xx(api.get("/events", params={"actor": "'" * 201}), 422)
    r = api.get("/events", params=[("type", "ASSAULT")] * 2000)  # repeated values count once
    assert r.status_code == 200 and r.json()["items"]


# ---- ids, static files and export names ----------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/events/' OR '1'='1", "/articles/' OR '1'='1", "/events/..%2F..%2Fetc%2Fpasswd",
    "/articles/..%2F..%2F..%2Fetc%2Fpasswd", "/events/%00", "/articles/%2e%2e", "/events/" + "a" * 201,
    "/articles/" + "%27" * 300, "/events/1;DROP TABLE events", "/articles/*",
])
def test_hostile_ids_are_404_or_422(api, path):
    clean_4xx(api.get(path), 404, 422)


@pytest.mark.parametrize("path", [
    "/static/..%2f..%2f..%2fpyproject.toml", "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%5c..%5cpyproject.toml", "/static/%00", "/static//etc/passwd", "/static/....//....//README.md",
])
def test_static_files_do_not_leave_their_folder(api, path):
    r = api.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert "root:" not in r.text and "[project]" not in r.text and "marsad (مرصد)" not in r.text


@pytest.mark.parametrize("fmt", ["../../etc/passwd", "csv/../../x", "csv%00", "CSV", "parquet", "", "csv;rm"])
def test_export_format_is_a_closed_list(api, fmt):
    clean_4xx(api.get("/export", params={"format": fmt}), 422)


def test_export_file_name_is_fixed(api):
    r = api.get("/export", params={"format": "jsonl", "actor": "../../etc/passwd"})
    assert r.status_code == 200 and r.headers["content-disposition"] == 'attachment; filename="marsad-events.jsonl"'


# ---- absurd pagination ---------------------------------------------------------------------------

@pytest.mark.parametrize("limit", ["-1", "0", "501", str(10**30), "abc", "1e3", "1.5", "NaN", "0x10", "5 OR 1=1"])
def test_absurd_limits_are_422(api, limit):
    clean_4xx(api.get("/events", params={"limit": limit}), 422)


FORGED = [
    "!!!", "====", "a", "%%%", "\x00", b64("null"), b64("[]"), b64("{}"), b64("[1,2,3]"), b64('["-date",1,2]'),
    b64('["-date","2016",null]'), b64('["-killed",99999999999999999999999,"x"]'), b64('["-killed",true,"x"]'),
    b64('["-date","x","y","z"]'), b64("[" * 1400), b64('["-date",' + "[" * 700 + "]" * 700 + ',"x"]'),
    b64(b"\xff\xfe\xfd"), b64('"abc"'), b64('["date","2016-01-01","x"]'), b64("' OR 1=1 --"),
]


@pytest.mark.parametrize("cursor", FORGED)
def test_garbage_and_forged_cursors_are_400(api, cursor):
    clean_4xx(api.get("/events", params={"cursor": cursor, "sort": "-date"}), 400)


def test_overlong_cursor_is_422(api):
    clean_4xx(api.get("/events", params={"cursor": "A" * 2001}), 422)


def test_cursor_past_the_end_is_an_empty_page(api):
    page = api.get("/events", params={"sort": "-killed", "limit": 1}).json()
    evil = b64('["-killed",-4611686018427387904,"zzz"]')  # the smallest key the server accepts
    r = api.get("/events", params={"sort": "-killed", "cursor": evil})
    assert r.status_code == 200 and r.json()["items"] == [] and page["items"]


# ---- POST /articles: token, malformed and oversized bodies ---------------------------------------

@pytest.mark.parametrize("header", [
    None, "", "Bearer", "Bearer ", "Bearer wrong", f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}", f"Basic {TOKEN}",
    TOKEN, f"Bearer {TOKEN * 200}", f"Bearer\t{TOKEN}x", "Bearer ' OR '1'='1", "Bearer مفتاح".encode("utf-8"),
])
def test_missing_or_wrong_token_is_401_and_writes_nothing(api, header):
    headers = {} if header is None else {"Authorization": header}
    r = api.post("/articles", json=ARTICLE, headers=headers)
    clean_4xx(r, 401)
    assert r.json()["code"] == "E603"


JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize("body,content_type", [
    (b"{", JSON), (b"[", JSON), (b"", JSON), (b"null", JSON), (b'"text"', JSON), (b"42", JSON),
    (b"[" * 100_000, JSON), (b"{\"text\": " * 50_000, JSON), (b'{"text": 1e999999}', JSON),
    (b'{"text": NaN}', JSON), (b'{"text": "\\ud800 \xd9\x82\xd8\xaa\xd9\x84"}', JSON), (b"\xff\xfe{}", JSON),
    (b'{"text": "\xd9\x82\xd8\xaa\xd9\x84", "published": "9999-99-99"}', JSON),
    (b'{"text": "\xd9\x82\xd8\xaa\xd9\x84", "id": "' + b"x" * 201 + b'"}', JSON),
    (b'{"text": "\xd9\x82\xd8\xaa\xd9\x84", "url": "file:///etc/passwd"}', JSON),
    (b'{"text": "\xd9\x82\xd8\xaa\xd9\x84", "__proto__": {}}', JSON),
    (b"[" + b",".join([b'{"text": "\xd9\x82"}'] * 51) + b"]", JSON),
    (b"text=abc", {"Content-Type": "application/x-www-form-urlencoded"}),
    (b'{"text": "\xd9\x82\xd8\xaa\xd9\x84"}', {"Content-Type": "text/plain"}),
    (b"--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nabc\r\n--x--\r\n",
     {"Content-Type": "multipart/form-data; boundary=x"}),
])
def test_malformed_bodies_are_4xx_and_write_nothing(api, body, content_type):
    r = api.post("/articles", content=body, headers=dict(AUTH, **content_type))
    clean_4xx(r)


def test_malformed_bodies_without_a_token_are_4xx(api):
    for body in (b"[" * 100_000, b'{"text": 1e999999}', b"{"):
        clean_4xx(api.post("/articles", content=body, headers=JSON))


def test_oversized_bodies_are_413(api):
    big = b'{"text": "' + "حلب ".encode() * (MAX_BODY // 7 + 10) + b'"}'
    assert len(big) > MAX_BODY
    clean_4xx(api.post("/articles", content=big, headers=dict(AUTH, **JSON)), 413)

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(MAX_BODY // 65536 + 2):
            yield b"[" * 65536

    clean_4xx(api.post("/articles", content=chunks(), headers=dict(AUTH, **JSON)), 413)
    clean_4xx(api.post("/articles", content=big, headers=JSON), 413)  # refused before the token is looked at
