"""HTML pages, RSS/Atom feeds and URLs (a server on 127.0.0.1 started by the test)."""
import http.server
import threading
import time

import pytest

from marsad.document import Document
from marsad.errors import FetchFailed, InputError, UnreadableSource
from marsad.sources import fetch, read_sources

pytest.importorskip("trafilatura")
pytest.importorskip("feedparser")

BODY = ("قتل 15 شخصا على الأقل في تفجير انتحاري استهدف مسجدا لقوات الطوارئ في مدينة أبها جنوب غرب السعودية. "
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان، وقالت وزارة الداخلية إن التحقيقات جارية في الحادث.")
PAGE = f"""<!DOCTYPE html><html><head><title>خبر</title>
<meta property="og:title" content="مقتل 15 في تفجير مسجد بأبها">
<meta property="article:published_time" content="2015-08-06T14:00:00+03:00">
<link rel="canonical" href="https://news.example/a/1"></head>
<body><nav>الرئيسية | رياضة | اقتصاد</nav><article><h1>مقتل 15 في تفجير مسجد بأبها</h1>
<p>{BODY}</p><p>{BODY}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"""
FEED = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>صحيفة</title>
<item><title>تفجير في أبها</title><link>https://news.example/a/1</link>
<pubDate>Thu, 06 Aug 2015 12:00:00 GMT</pubDate><description><![CDATA[<p>{BODY}</p>]]></description></item>
<item><title>empty</title><link>https://news.example/a/2</link><description></description></item>
<item><title>قصف</title><guid>g3</guid><description>قصفت طائرات التحالف مواقع للحوثيين في صنعاء أمس</description></item>
</channel></rss>"""


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        routes = {"/page.html": (PAGE.encode(), "text/html; charset=utf-8"),
                  "/feed.rss": (FEED.encode(), "application/rss+xml"),
                  "/big.html": (b"<html>" + b"x" * 200_000 + b"</html>", "text/html"),
                  "/data.bin": (b"\x00\x01", "application/octet-stream")}
        if self.path == "/slow.html":
            time.sleep(2)
        if self.path not in routes:
            self.send_error(404)
            return
        body, ctype = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_saved_html_page_keeps_title_date_url(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    [doc] = list(read_sources([str(p)]))
    assert isinstance(doc, Document)
    assert "أبها" in doc.raw and "الرئيسية" not in doc.raw  # main text, not the menu
    assert doc.meta["title"] == "مقتل 15 في تفجير مسجد بأبها"
    assert doc.meta["url"] == "https://news.example/a/1" and doc.published == "2015-08-06"


def test_feed_file_gives_one_document_per_entry_and_one_error_per_bad_entry(tmp_path):
    p = tmp_path / "feed.rss"
    p.write_text(FEED, encoding="utf-8")
    items = list(read_sources([str(p)], published="2015-08-07"))
    assert [type(i).__name__ for i in items] == ["Document", "EmptyInput", "Document"]
    assert items[0].published == "2015-08-06" and items[0].meta["url"] == "https://news.example/a/1"
    assert items[2].published == "2015-08-07" and items[2].id == "g3"  # no date: the default


def test_urls_from_a_loopback_server(server):
    items = list(read_sources([f"{server}/page.html", f"{server}/feed.rss", f"{server}/missing.html",
                               f"{server}/data.bin"]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "Document", "EmptyInput", "Document", "FetchFailed", "UnreadableSource"]
    assert "HTTP 404" in str(items[4]) and f"{server}/missing.html" in str(items[4])


def test_fetch_timeout_and_size_limit(server):
    with pytest.raises(FetchFailed, match="timeout"):
        fetch(f"{server}/slow.html", timeout=0.5)
    with pytest.raises(FetchFailed, match="limit"):
        fetch(f"{server}/big.html", max_bytes=100_000)
    with pytest.raises(FetchFailed):
        fetch("http://127.0.0.1:9/nothing", timeout=2)  # nothing listens on the discard port


def test_bad_html_is_one_error_and_the_rest_still_read(tmp_path):
    bad = tmp_path / "empty.html"
    bad.write_text("<html><body></body></html>", encoding="utf-8")
    good = tmp_path / "a.txt"
    good.write_text("تظاهر المئات في صنعاء", encoding="utf-8")
    items = list(read_sources([str(bad), str(good), str(tmp_path / "gone.rss")]))
    assert isinstance(items[0], UnreadableSource) and isinstance(items[1], Document)
    assert isinstance(items[2], InputError)


def test_ingest_command_reads_urls(server, tmp_path):
    from click.testing import CliRunner

    from marsad.cli import cli

    db = str(tmp_path / "w.db")
    res = CliRunner().invoke(cli, ["ingest", f"{server}/feed.rss", f"{server}/missing.html", "--db", db,
                                   "--stages", "normalize,tokenize,actors,geocode,dates,events"])
    assert res.exit_code == 1 and "[E108]" in res.output and "2 article(s) added" in res.output
