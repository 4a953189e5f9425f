"""The HTTP API and the map page: ``create_app(db_path, token=None)`` returns a FastAPI application.

Read endpoints query the store through read-only connections (:mod:`marsad.http.queries`);
``POST /articles`` runs the same library function as ``marsad extract`` and writes through
:class:`marsad.store.Store`, and only when an API token is configured. Domain errors
(:mod:`marsad.errors`) become HTTP status codes here and nowhere else.
"""

import csv
import datetime as dt
import hmac
import io
import json
import os
import threading
from contextlib import asynccontextmanager
from enum import Enum
from importlib import resources as importlib_resources
from typing import Annotated, Any, Iterator, Literal, Union

from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from ..errors import (ApiError, BadQuery, InputError, MarsadError, NotAuthorized, StoreError, UnknownId,
                      WritingDisabled)
from . import queries
from .queries import EventFilter

STATIC = str(importlib_resources.files("marsad.http") / "static")
MAX_BODY = 2 * 1024 * 1024  # bytes; a batch of articles larger than this is refused with 413
MAX_BATCH = 50
MAX_LIMIT = 500

EventType = Enum("EventType", {t: t for t in (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")}, type=str)
SortOrder = Enum("SortOrder", {s.replace("-", "desc_"): s for s in queries.SORT_CHOICES}, type=str)


# ---- response and request models ------------------------------------------------------------------

class Problem(BaseModel):
    """Every error: what went wrong and what to do, with marsad's error code."""

    detail: str
    code: str = Field(description="marsad error code, e.g. E601 (see marsad.errors), or HTTP for others")


class EventSummary(BaseModel):
    id: str
    article_id: str
    type: str
    mode: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 of the place")
    admin1: str | None = None
    location: str | None = Field(None, description="GeoNames name of the place")
    lat: float | None = None
    lon: float | None = None
    killed: int | None = None
    injured: int | None = None
    confidence: float | None = None
    actor: str | None = None
    actor_country: str | None = None
    target: str | None = None
    target_country: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    summary_en: str | None = None


class EventPage(BaseModel):
    items: list[EventSummary]
    next_cursor: str | None = Field(None, description="pass as `cursor` for the next page; null on the last")
    limit: int


class Span(BaseModel):
    start: int
    end: int
    text: str


class Highlight(BaseModel):
    kind: Literal["mention", "trigger", "actor", "target", "place"]
    start: int = Field(description="offset inside `sentence`")
    end: int


class Mention(BaseModel):
    article_id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    start: int = Field(description="offset of the mention in the article text")
    end: int
    text: str = Field(description="the clause that states the event (Arabic, as in the source)")
    trigger: Span | None = None
    sentence: str = Field(description="the whole sentence around the mention")
    sentence_start: int
    sentence_end: int
    highlights: list[Highlight]
    html: str = Field(description="`sentence` HTML-escaped with the highlights as <mark class=\"m-KIND\">")


class OtherReport(BaseModel):
    event_id: str
    article_id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None


class EventDetail(EventSummary):
    mentions: list[Mention]
    other_reports: list[OtherReport] = Field(description="the same real event reported by other articles")
    record: dict[str, Any] = Field(description="the full event record (spec/event.schema.json)")


class Article(BaseModel):
    id: str
    input_id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    ingested_at: str | None = None
    text: str
    events: list[EventSummary]


class Bucket(BaseModel):
    key: str
    count: int


class Stats(BaseModel):
    total: int
    by_day: list[Bucket]
    by_type: list[Bucket]
    by_country: list[Bucket]


class ArticleIn(BaseModel):
    """One article to extract events from."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=500_000, description="the article text (Arabic)")
    id: str | None = Field(None, max_length=200, description="your id for it (default: a content hash)")
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://\S+$")
    published: dt.date | None = Field(None, description="publication date; relative dates resolve against it")


class Ingested(BaseModel):
    input_id: str
    article_id: str | None = None
    status: Literal["added", "stored", "failed"]
    events: int = 0
    error: str | None = None


class IngestResult(BaseModel):
    results: list[Ingested]


# ---- the application ------------------------------------------------------------------------------

class _Readers(threading.local):
    db = None


def _json_safe(value: Any) -> Any:
    """``value`` with the floats JSON cannot hold (inf, nan) as strings, and lone surrogates (not UTF-8)
    as backslash escapes."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return str(value)
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value


def _problem(status: int, detail: str, code: str = "HTTP", headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail, "code": code}, status_code=status, headers=headers)


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``limit`` bytes with 413, whether or not they
    declare a Content-Length."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and (not value.isdigit() or int(value) > self.limit):
                return await self._refuse(scope, receive, send)
        chunks, size = [], 0
        while True:
            msg = await receive()
            if msg["type"] != "http.request":
                break
            chunks.append(msg.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                return await self._refuse(scope, receive, send)
            if not msg.get("more_body"):
                break
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def _refuse(self, scope, receive, send):
        resp = _problem(413, f"the request body is over {self.limit} bytes; send fewer or shorter articles")
        await resp(scope, receive, send)


def create_app(db_path: str, token: str | None = None, stages: tuple[str, ...] | None = None,
               max_body: int = MAX_BODY) -> FastAPI:
    """The marsad API over the store at ``db_path``.

    ``token`` (else the ``MARSAD_API_TOKEN`` environment variable) turns on ``POST /articles``;
    without one that endpoint answers 403. ``stages`` picks the extraction pipeline for posted
    articles (default: the full pipeline).

    >>> app = create_app(":memory:")  # doctest: +SKIP
    """
    from ..store import Store

    token = token if token is not None else (os.environ.get("MARSAD_API_TOKEN") or None)
    if db_path == ":memory:" or not db_path:
        raise StoreError("the API needs a database file, not :memory:", source=str(db_path))
    if not os.path.exists(db_path):
        Store(db_path).close()  # an empty, migrated store, so read-only connections can open it
    index = queries.SearchIndex(db_path)
    readers = _Readers()
    write_lock = threading.Lock()

    def db():
        if readers.db is None:
            conn = queries.connect_ro(db_path)
            index.attach(conn)
            readers.db = conn
        return readers.db

    @asynccontextmanager
    async def lifespan(app):
        yield
        index.close()

    index.refresh()
    app = FastAPI(title="marsad", version=_version(), lifespan=lifespan,
                  description="Arabic event data with provenance: events, the sentences that state them, "
                              "counts, exports. Read endpoints never write; `POST /articles` needs a token.")
    app.state.index = index
    app.state.db_path = db_path

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError):
        if isinstance(exc, NotAuthorized):
            return _problem(401, exc.message, exc.code, {"WWW-Authenticate": "Bearer"})
        if isinstance(exc, UnknownId):
            return _problem(404, exc.message, exc.code)
        if isinstance(exc, WritingDisabled):
            return _problem(403, exc.message, exc.code)
        if isinstance(exc, (ApiError, InputError)):
            return _problem(400 if isinstance(exc, ApiError) else 422, exc.message, exc.code)
        if isinstance(exc, StoreError):
            return _problem(503, exc.message, exc.code)
        return _problem(500, exc.message, exc.code)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        # FastAPI's own 422, except that what JSON or UTF-8 cannot hold (1e999 parses as inf; "\ud800") is
        # echoed as text
        return JSONResponse({"detail": _json_safe(jsonable_encoder(exc.errors()))}, status_code=422)

    errors = {400: {"model": Problem, "description": "a filter, sort or cursor is not valid"}}
    not_found = {404: {"model": Problem, "description": "no such id in the store"}}

    def event_filter(
        since: Annotated[dt.date | None, Query(description="events on or after this day (YYYY-MM-DD)")] = None,
        until: Annotated[dt.date | None, Query(description="events on or before this day")] = None,
        type: Annotated[list[EventType] | None, Query(description="PLOVER type (repeatable)")] = None,
        acled_type: Annotated[list[Annotated[str, Field(min_length=1, max_length=100)]] | None,
                              Query(max_length=20, description="ACLED event type, e.g. Battles")] = None,
        country: Annotated[list[Annotated[str, Field(pattern=r"^[A-Za-z]{2}$")]] | None,
                           Query(max_length=50, description="ISO alpha-2 of the place, e.g. SY")] = None,
        admin1: Annotated[list[Annotated[str, Field(min_length=1, max_length=200)]] | None,
                          Query(max_length=20, description="first-level region, e.g. Aleppo")] = None,
        bbox: Annotated[str | None, Query(max_length=200, pattern=r"^[-+0-9.eE]+(,[-+0-9.eE]+){3}$",
                                          description="min lon,min lat,max lon,max lat")] = None,
        actor: Annotated[str | None, Query(min_length=1, max_length=200, description=(
            "actor text (substring, Arabic), canonical name, country (SYR) or code (SYRMIL)"))] = None,
        target: Annotated[str | None, Query(min_length=1, max_length=200, description="as `actor`")] = None,
        min_killed: Annotated[int | None, Query(ge=0, le=1_000_000)] = None,
        q: Annotated[str | None, Query(min_length=1, max_length=200, description=(
            "words that the event's mention sentences contain (all of them; Arabic letters folded)"))] = None,
        located: Annotated[bool, Query(description="only events with coordinates")] = False,
    ) -> EventFilter:
        if since and until and since > until:
            raise BadQuery("since is after until")
        box = None
        if bbox:
            try:
                w, s, e, n = (float(v) for v in bbox.split(","))
            except ValueError:
                raise BadQuery("bbox is four numbers: min lon,min lat,max lon,max lat") from None
            if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
                raise BadQuery("bbox: longitudes within -180..180, latitudes within -90..90, min lat <= max lat")
            box = (w, s, e, n)
        if q is not None and not q.split():
            raise BadQuery("the search text q has no words")
        if q:
            index.refresh(db())
        return EventFilter(
            since=since.isoformat() if since else None, until=until.isoformat() if until else None,
            types=tuple(dict.fromkeys(t.value for t in type or ())), acled_types=tuple(acled_type or ()),
            countries=tuple(dict.fromkeys(c.upper() for c in country or ())), admin1=tuple(admin1 or ()),
            bbox=box, actor=actor, target=target, min_killed=min_killed, q=q, located=located)

    Filter = Annotated[EventFilter, Depends(event_filter)]

    @app.get("/events", response_model=EventPage, responses=errors, tags=["events"])
    def list_events(f: Filter,
                    sort: Annotated[SortOrder, Query(description="key, or -key for descending")] = SortOrder("-date"),
                    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
                    cursor: Annotated[str | None, Query(max_length=2000, description="from `next_cursor`")] = None):
        """Events matching every filter given, a page at a time."""
        items, nxt = queries.list_events(db(), f, sort.value, limit, cursor, index)
        return {"items": items, "next_cursor": nxt, "limit": limit}

    @app.get("/events/{event_id}", response_model=EventDetail, responses=not_found, tags=["events"])
    def get_event(event_id: Annotated[str, Path(max_length=200)]):
        """One event with every mention: its source, URL, publication date and the Arabic sentence,
        the stated span highlighted."""
        ev = queries.get_event(db(), event_id)
        if ev is None:
            raise UnknownId(f"no event {event_id!r} in this store; ids come from GET /events")
        return ev

    @app.get("/articles/{article_id}", response_model=Article, responses=not_found, tags=["articles"])
    def get_article(article_id: Annotated[str, Path(max_length=200)]):
        """An article's text and metadata, and the events found in it."""
        art = queries.get_article(db(), article_id)
        if art is None:
            raise UnknownId(f"no article {article_id!r} in this store; ids come from GET /events")
        return art

    @app.get("/stats", response_model=Stats, responses=errors, tags=["events"])
    def get_stats(f: Filter):
        """Counts of matching events by day, by type and by country."""
        return queries.stats(db(), f, index)

    export_types = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
                    "geojson": "application/geo+json"}

    @app.get("/export", tags=["events"], response_class=StreamingResponse, responses={
        **errors, 200: {"description": "the matching events, streamed",
                        "content": {
                            "text/csv": {"schema": {"type": "string"}},
                            "application/x-ndjson": {"schema": {"type": "string"}},
                            "application/geo+json": {"schema": {
                                "type": "object", "required": ["type", "features"],
                                "properties": {"type": {"const": "FeatureCollection"},
                                               "features": {"type": "array", "items": {"type": "object"}}}}}}}})
    def export(f: Filter, format: Annotated[Literal["csv", "jsonl", "geojson"], Query()] = "csv"):
        """Every matching event, streamed as CSV (one row per event), JSON lines (summary, provenance
        and the full record) or a GeoJSON FeatureCollection (events with coordinates)."""
        queries.where_clause(f, index)  # refuse a bad filter before the stream starts
        conn = queries.connect_ro(db_path)
        index.attach(conn)
        body = _export_lines(conn, f, index, format)
        return StreamingResponse(body, media_type=export_types[format], headers={
            "Content-Disposition": f'attachment; filename="marsad-events.{format}"'})

    write_errors = {401: {"model": Problem, "description": "missing or wrong bearer token"},
                    403: {"model": Problem, "description": "writing is off: no API token is configured"},
                    413: {"model": Problem, "description": "the body is too large"}}

    def authorize(authorization: Annotated[str | None, Header(description="Bearer <token>")] = None):
        if token is None:
            raise WritingDisabled("POST /articles is off; start the server with MARSAD_API_TOKEN set to enable it")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise NotAuthorized("send the API token as 'Authorization: Bearer <token>'")

    @app.post("/articles", response_model=IngestResult, responses=write_errors, tags=["articles"],
              dependencies=[Depends(authorize)])
    def post_articles(body: Union[ArticleIn, Annotated[list[ArticleIn], Field(min_length=1, max_length=MAX_BATCH)]]):
        """Extract events from one article or a batch (a JSON list, at most 50) and store them.
        Articles already stored (same text) are not extracted again."""
        from ..api import extract_text
        from ..document import content_id
        from ..pipeline import DEFAULT_STAGES
        from ..records import document_record
        from ..store import Store

        arts = body if isinstance(body, list) else [body]
        results = []
        with write_lock:
            store = Store(db_path)
            try:
                for i, art in enumerate(arts):
                    input_id = art.id or content_id(art.text)
                    meta = {k: v for k, v in (("title", art.title), ("source", art.source), ("url", art.url))
                            if v is not None}
                    try:
                        if store.has_article(art.text):
                            results.append(Ingested(input_id=input_id, article_id=content_id(art.text),
                                                    status="stored"))
                            continue
                        doc = extract_text(art.text, id=input_id,
                                           published=art.published.isoformat() if art.published else None,
                                           stages=tuple(stages or DEFAULT_STAGES), **meta)
                        rec = document_record(doc)
                        added = store.add(doc, rec)
                        results.append(Ingested(input_id=input_id, article_id=content_id(art.text),
                                                status="added" if added else "stored", events=len(rec["events"])))
                    except InputError as e:
                        results.append(Ingested(input_id=input_id, status="failed", error=str(e)))
            finally:
                store.close()
        index.refresh()
        return {"results": results}

    @app.get("/", include_in_schema=False)
    def page():
        return FileResponse(os.path.join(STATIC, "index.html"), headers=_PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit, limit=max_body)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        resp = await call_next(request)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        return resp

    return app


def app_from_env() -> FastAPI:
    """The app over the store named by ``MARSAD_DB``, for ``uvicorn --factory`` with several workers:
    ``MARSAD_DB=marsad.db uvicorn --factory marsad.http.app:app_from_env --workers 2``."""
    path = os.environ.get("MARSAD_DB")
    if not path:
        raise StoreError("set MARSAD_DB to the database file to serve")
    return create_app(path)


_PAGE_HEADERS = {"Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                            "script-src 'self'; connect-src 'self'; frame-ancestors 'none'"}

EXPORT_COLUMNS = queries.SUMMARY_COLUMNS + ("source", "url", "published")


def _export_lines(conn, f: EventFilter, index, fmt: str) -> Iterator[str]:
    """The export body, a chunk of lines at a time; closes ``conn`` when done."""
    try:
        rows = queries.iter_events(conn, f, index)
        chunk: list[str] = []
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf)
            w.writerow(EXPORT_COLUMNS)
            for s, _ in rows:
                w.writerow(["" if s[c] is None else s[c] for c in EXPORT_COLUMNS])
                if buf.tell() > 64_000:
                    yield buf.getvalue()
                    buf.seek(0)
                    buf.truncate()
            yield buf.getvalue()
            return
        if fmt == "geojson":
            yield '{"type":"FeatureCollection","features":['
        first = True
        for s, rec in rows:
            if fmt == "jsonl":
                chunk.append(json.dumps(dict(s, record=rec), ensure_ascii=False) + "\n")
            elif s["lat"] is not None and s["lon"] is not None:
                feat = {"type": "Feature", "id": s["id"],
                        "geometry": {"type": "Point", "coordinates": [s["lon"], s["lat"]]}, "properties": s}
                chunk.append(("" if first else ",") + json.dumps(feat, ensure_ascii=False))
                first = False
            if len(chunk) >= 200:
                yield "".join(chunk)
                chunk = []
        yield "".join(chunk)
        if fmt == "geojson":
            yield "]}\n"
    finally:
        conn.close()


def _version() -> str:
    from .. import __version__

    return __version__

