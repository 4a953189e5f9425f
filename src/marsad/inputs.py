"""Reading articles from files, directories and stdin, one error per bad input.

Readers yield either a :class:`~marsad.document.Document` or an
:class:`~marsad.errors.InputError` naming the input (and line), so one bad line
never stops a batch. Accepted: ``.txt`` (one article), ``.jsonl`` (one
``{id, text, published?, source?, url?, title?}`` per line), a directory of
those (recursively, sorted), and ``-`` for stdin (JSONL when it starts with
``{``, else one text).
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
import sys
from typing import IO, Iterable, Iterator, Union

from .document import Document, content_id
from .errors import (BinaryInput, EmptyInput, InputError, InputTooLarge, MalformedRecord, MissingInput,
                     NotArabic, UndecodableInput)
from .normalize import ARABIC_LETTER

MAX_CHARS = 500_000  # one article; news articles are under 50k, a book is not an article
MIN_ARABIC_SHARE = 0.2
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
Item = Union[Document, InputError]
_ARABIC_RUN = re.compile(ARABIC_LETTER.pattern + "+")


def check_text(text: str, source: str, line: int | None = None) -> None:
    """Raise the InputError that ``text`` deserves, if any."""
    if not text or not text.strip():
        raise EmptyInput("empty text", source=source, line=line)
    if len(text) > MAX_CHARS:
        raise InputTooLarge(f"text has {len(text):,} characters, over the limit of {MAX_CHARS:,}; split it into "
                            "articles", source=source, line=line)
    if "\x00" in text:
        raise BinaryInput("text contains NUL bytes; is it a binary file?", source=source, line=line)
    sample = text[:20_000]
    need = MIN_ARABIC_SHARE * len(sample)
    # Arabic letters, counted a run at a time. Arabic news has enough of them in the first third of the sample
    # (a part's count is at most the whole's, so that settles it); the rest is counted only when it does not.
    cut = len(sample) // 3
    arabic = sum(map(len, _ARABIC_RUN.findall(sample, 0, cut)))
    if not (arabic and arabic >= need):
        arabic += sum(map(len, _ARABIC_RUN.findall(sample, cut)))
    if arabic and arabic >= need:
        return  # no count of letters can exceed the sample's length: Arabic enough, whatever it is
    letters = sum(ch.isalpha() for ch in sample)
    if arabic == 0 or arabic < MIN_ARABIC_SHARE * letters:
        raise NotArabic(f"no Arabic text ({arabic} Arabic letters of {letters}); marsad reads Arabic news",
                        source=source, line=line)


def check_date(value, source: str, line: int | None) -> str | None:
    if value in (None, ""):
        return None
    try:
        return _dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise MalformedRecord(f"'published' must be a date YYYY-MM-DD, got {value!r}", source=source, line=line)


def decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192]:
        raise BinaryInput("binary file (NUL bytes); expected UTF-8 text or JSONL", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UndecodableInput(f"not UTF-8 (bad byte at offset {e.start}); convert it to UTF-8", source=source)


def document_from_record(rec, source: str, line: int | None, published: str | None = None) -> Document:
    """A Document from one JSON record, validated."""
    if not isinstance(rec, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(rec).__name__}", source=source, line=line)
    text = rec.get("text")
    if text is None and "content" in rec:  # SaudiNewsNet and other scrapes name it content
        text = rec.get("content")
    if not isinstance(text, str):
        raise MalformedRecord("record has no 'text' string", source=source, line=line)
    rid = rec.get("id")
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        raise MalformedRecord("record has no 'id'", source=source, line=line)
    if not isinstance(rid, (str, int)):
        raise MalformedRecord(f"'id' must be a string, got {type(rid).__name__}", source=source, line=line)
    check_text(text, source, line)
    pub = check_date(rec.get("published"), source, line) or published
    meta = {k: rec.get(k) for k in ("source", "url", "title") if isinstance(rec.get(k), str)}
    return Document.from_text(text, id=str(rid), published=pub, input=f"{source}:{line}" if line else source, **meta)


def read_jsonl(stream: IO[bytes] | Iterable[bytes], source: str, published: str | None = None) -> Iterator[Item]:
    for n, raw_line in enumerate(stream, 1):
        if not raw_line.strip():
            continue
        try:
            try:
                line = raw_line.decode("utf-8-sig") if isinstance(raw_line, bytes) else raw_line
            except UnicodeDecodeError as e:
                raise UndecodableInput(f"line is not UTF-8 (bad byte at {e.start})", source=source, line=n)
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise MalformedRecord(f"malformed JSON ({e.msg} at column {e.colno})", source=source, line=n)
            yield document_from_record(rec, source, n, published)
        except InputError as err:
            yield err


def read_text_file(data: bytes, source: str, published: str | None = None) -> Document:
    text = decode(data, source)
    check_text(text, source)
    stem = os.path.splitext(os.path.basename(source))[0] if source != "<stdin>" else content_id(text)
    return Document.from_text(text, id=stem, published=published, input=source)


def iter_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            found = sorted(os.path.join(root, f) for root, _, files in os.walk(p) for f in files
                           if f.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES))
            yield from found
            if not found:
                yield MissingInput("directory holds no .txt or .jsonl files", source=p)
        elif os.path.exists(p):
            yield p
        else:
            yield MissingInput("no such file or directory", source=p)


def read_inputs(paths: Iterable[str], published: str | None = None, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Documents (or the error each bad input earned) from ``paths``, in order."""
    for p in iter_paths(paths):
        if isinstance(p, InputError):
            yield p
            continue
        try:
            if p == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read()
                if data.lstrip()[:1] == b"{":
                    yield from read_jsonl(data.splitlines(), "<stdin>", published)
                else:
                    yield read_text_file(data, "<stdin>", published)
            elif p.endswith(JSONL_SUFFIXES):
                with open(p, "rb") as f:
                    head = f.read(8192)
                    if b"\x00" in head:
                        raise BinaryInput("binary file (NUL bytes); expected JSONL", source=p)
                    f.seek(0)
                    yield from read_jsonl(f, p, published)
            else:
                size = os.path.getsize(p)
                if size > MAX_CHARS * 4:
                    raise InputTooLarge(f"file is {size:,} bytes; one .txt file is one article "
                                        f"(limit {MAX_CHARS:,} characters)", source=p)
                with open(p, "rb") as f:
                    yield read_text_file(f.read(), p, published)
        except InputError as err:
            yield err
        except OSError as e:
            yield MissingInput(f"cannot read: {e.strerror or e}", source=p)
