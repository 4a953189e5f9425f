"""Inputs beyond JSONL and text: saved HTML pages, RSS/Atom feeds, and URLs of either.

Like :mod:`marsad.inputs`, readers yield Documents or one InputError per failed
source, so a dead link or an empty page never stops a batch. HTML main text comes
from trafilatura (title, date and canonical URL from the page's metadata); feeds
are read with feedparser, one Document per entry. URLs are fetched with a
timeout and a size limit. Both libraries are the optional extra ``marsad[web]``.

>>> html_text("<p>قصفت الطائرات <b>حلب</b></p><p>أمس</p>")
'قصفت الطائرات حلب\\nأمس'
"""
from __future__ import annotations

import hashlib
import html.parser
import os
import time
import urllib.error
import urllib.request
from typing import IO, Iterable, Iterator

from .document import Document
from .errors import FetchFailed, InputError, InputTooLarge, MissingInput, UnreadableSource
from .inputs import Item, JSONL_SUFFIXES, TEXT_SUFFIXES, check_date, check_text, read_inputs

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
TIMEOUT = 15.0                # seconds per URL (connect and each read)
MAX_BYTES = 5_000_000         # one page or feed; bigger is not a news article
USER_AGENT = "marsad (+https://github.com/marsad)"


def is_url(p: str) -> bool:
    return p.startswith(("http://", "https://"))


class _Text(html.parser.HTMLParser):
    BLOCK = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote", "section", "article"}
    SKIP = {"script", "style", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed entry), one line per block."""
    p = _Text()
    p.feed(fragment)
    p.close()
    lines = (" ".join(line.split()) for line in "".join(p.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """The body and content type at ``url``; FetchFailed on any network error, bad status or oversize body."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchFailed(f"page is {int(declared):,} bytes, over the limit of {max_bytes:,}", source=url)
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchFailed(f"page is over the limit of {max_bytes:,} bytes", source=url)
            return data, resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as e:
        raise FetchFailed(f"HTTP {e.code} {e.reason}", source=url)
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchFailed(f"no answer within {timeout:g} s (timeout)", source=url)
        raise FetchFailed(f"cannot fetch: {reason}", source=url)
    except TimeoutError:
        raise FetchFailed(f"no answer within {timeout:g} s (timeout)", source=url)
    except (OSError, ValueError) as e:
        raise FetchFailed(f"cannot fetch: {e}", source=url)


def _stable_id(*parts: str) -> str:
    return "u" + hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:15]


def document_from_html(data: bytes | str, source: str, url: str | None = None,
                       published: str | None = None) -> Document:
    """A Document from a saved or fetched HTML page: its main text, title, date and URL."""
    try:
        import trafilatura
    except ImportError:
        raise UnreadableSource("reading HTML needs trafilatura: pip install 'marsad[web]'", source=source)
    # bytes go to trafilatura as they are: it detects the charset (Arabic pages are often windows-1256)
    found = trafilatura.bare_extraction(data, url=url, with_metadata=True)
    meta = found.as_dict() if found is not None and hasattr(found, "as_dict") else (found or {})
    text = (meta.get("text") or "").strip()
    if not text:
        raise UnreadableSource("no article text found in the page", source=source)
    check_text(text, source)
    page_url = meta.get("url") or url
    pub = None
    if meta.get("date"):
        try:
            pub = check_date(meta["date"], source, None)
        except InputError:
            pub = None
    extra = {k: v for k, v in (("title", meta.get("title")), ("url", page_url),
                               ("source", meta.get("sitename") or meta.get("hostname"))) if v}
    ident = page_url or os.path.splitext(os.path.basename(source))[0]
    return Document.from_text(text, id=ident, published=pub or published, input=source, **extra)


def documents_from_feed(data: bytes, source: str, published: str | None = None) -> Iterator[Item]:
    """One Document per RSS/Atom entry (its content, else its summary), or the error each entry earned."""
    try:
        import feedparser
    except ImportError:
        yield UnreadableSource("reading feeds needs feedparser: pip install 'marsad[web]'", source=source)
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if getattr(feed, "bozo", False) else ""
        yield UnreadableSource(f"no feed entries found{why}", source=source)
        return
    site = (feed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(feed.entries, 1):
        try:
            body = ""
            if entry.get("content"):
                body = "\n".join(c.get("value", "") for c in entry["content"])
            body = body or entry.get("summary", "")
            text = html_text(body)
            title = html_text(entry.get("title", "")) or None
            check_text(text, source, n)
            pub = None
            parsed = entry.get("published_parsed") or entry.get("updated_parsed")
            if parsed:
                pub = time.strftime("%Y-%m-%d", parsed)
            link = entry.get("link")
            ident = entry.get("id") or link or _stable_id(source, str(n))
            extra = {k: v for k, v in (("title", title), ("url", link), ("source", site)) if v}
            yield Document.from_text(text, id=ident, published=pub or published, input=f"{source}:{n}", **extra)
        except InputError as err:
            yield err


def _kind(name: str, head: bytes, content_type: str = "") -> str:
    ct = content_type.lower()
    if "html" in ct:
        return "html"
    if any(x in ct for x in ("rss", "atom", "xml")):
        return "feed"
    low = name.lower().split("?")[0]
    if low.endswith(HTML_SUFFIXES):
        return "html"
    if low.endswith(FEED_SUFFIXES):
        return "feed"
    sniff = head.lstrip()[:512].lower()
    if sniff.startswith((b"<!doctype html", b"<html")):
        return "html"
    if sniff.startswith(b"<?xml") or b"<rss" in sniff or b"<feed" in sniff:
        return "feed"
    return "other"


def _read_web(data: bytes, kind: str, source: str, url: str | None, published: str | None) -> Iterator[Item]:
    if kind == "html":
        try:
            yield document_from_html(data, source, url=url, published=published)
        except InputError as err:
            yield err
    else:
        yield from documents_from_feed(data, source, published)


def _expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    for p in paths:
        if os.path.isdir(p):
            found = sorted(os.path.join(root, f) for root, _, files in os.walk(p) for f in files
                           if f.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES))
            yield from found
            if not found:
                yield MissingInput("directory holds no .txt, .jsonl, .html or feed files", source=p)
        else:
            yield p


def read_sources(paths: Iterable[str], published: str | None = None, stdin: IO[bytes] | None = None,
                 timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Documents (or one InputError per failed source) from files, directories, URLs and ``-``, in order.

    ``.html``/``.htm`` pages and ``.rss``/``.atom``/``.xml`` feeds (or URLs serving them) are read here;
    everything else goes to :func:`marsad.inputs.read_inputs`.
    """
    for p in _expand(paths):
        if isinstance(p, InputError):
            yield p
        elif is_url(p):
            try:
                data, ctype = fetch(p, timeout=timeout, max_bytes=max_bytes)
            except InputError as err:
                yield err
                continue
            kind = _kind(p, data, ctype)
            if kind == "other":
                yield UnreadableSource(f"not an HTML page or a feed (Content-Type {ctype or 'missing'})", source=p)
                continue
            yield from _read_web(data, kind, p, p, published)
        elif p != "-" and p.lower().endswith(HTML_SUFFIXES + FEED_SUFFIXES):
            try:
                if not os.path.exists(p):
                    raise MissingInput("no such file or directory", source=p)
                if os.path.getsize(p) > max_bytes:
                    raise InputTooLarge(f"file is {os.path.getsize(p):,} bytes, over the limit of {max_bytes:,}",
                                        source=p)
                with open(p, "rb") as f:
                    data = f.read()
            except InputError as err:
                yield err
                continue
            except OSError as e:
                yield MissingInput(f"cannot read: {e.strerror or e}", source=p)
                continue
            yield from _read_web(data, _kind(p, data), p, None, published)
        else:
            yield from read_inputs([p], published=published, stdin=stdin)
