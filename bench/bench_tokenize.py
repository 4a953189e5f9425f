"""Speed and equality check for the ``normalize`` and ``tokenize`` stages.

Speed (process time, so that other work on the shared cores does not count)::

    .venv/bin/python bench/bench_tokenize.py time --n 3000 --stride 10

Equality with another version of the code: dump the outputs of each version
and compare the dumps. To dump an older commit, check it out in a worktree and
put its ``src`` first on the path::

    git worktree add /tmp/tok_base <commit>
    PYTHONPATH=/tmp/tok_base/src .venv/bin/python bench/bench_tokenize.py dump /tmp/base.pkl.gz --n 3000
    .venv/bin/python bench/bench_tokenize.py dump /tmp/new.pkl.gz --n 3000
    .venv/bin/python bench/bench_tokenize.py compare /tmp/base.pkl.gz /tmp/new.pkl.gz

``words`` and ``compare-words`` do the same for the clitic segmentation of every
vocabulary word, bare and with clitics added around it.

A dump holds, per article: the normalized text, its offset map (starts, ends,
raw length), every token (text, start, end, norm, kind, and each segment's
form, kind and raw offsets) and every sentence (raw span and token slice).
"""
from __future__ import annotations

import argparse
import gzip
import pickle
import sys
import time

CORPUS = "/work/shared/data/saudinewsnet"


def load_docs(n: int, stride: int):
    """SaudiNewsNet Documents (the articles that fail input checks are skipped), and the
    process time their construction took."""
    from marsad.corpora import saudinewsnet_documents
    from marsad.errors import InputError

    docs = []
    t0 = time.process_time()
    for d in saudinewsnet_documents(CORPUS, n=n, stride=stride):
        if not isinstance(d, InputError):
            docs.append(d)
    return docs, time.process_time() - t0


def stages():
    from marsad.api import load_pipeline

    return dict(load_pipeline(("normalize", "tokenize")).stages)


def snapshot(doc) -> tuple:
    n = doc.normalized
    toks = tuple((t.text, t.start, t.end, t.norm, t.kind,
                  tuple((s.form, s.kind, s.start, s.end) for s in t.segments)) for t in doc.tokens)
    sents = tuple((s.start, s.end, s.token_start, s.token_end) for s in doc.sentences)
    return (doc.id, n.text, tuple(n.starts), tuple(n.ends), n.raw_length, toks, sents)


def cmd_dump(args) -> None:
    import marsad

    print("marsad from", marsad.__file__, file=sys.stderr)
    docs, _ = load_docs(args.n, args.stride)
    st = stages()
    out = []
    for d in docs:
        st["tokenize"](st["normalize"](d))
        out.append(snapshot(d))
    with gzip.open(args.out, "wb") as f:
        pickle.dump(out, f, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(out)} articles, {sum(len(s[5]) for s in out)} tokens, "
          f"{sum(len(s[6]) for s in out)} sentences -> {args.out}")


# clitics put in front of / after every vocabulary word for the ``words`` dump, so that the
# segmenter's prefix, enclitic, ta marbuta and unknown-word paths all run
_AFFIXES = (("", ""), ("و", ""), ("ف", ""), ("ب", ""), ("ل", ""), ("لل", ""), ("وال", ""), ("بال", ""),
            ("وس", ""), ("", "ها"), ("", "هم"), ("و", "نا"), ("ول", "ه"), ("", "ي"), ("فب", "كما"))


def cmd_words(args) -> None:
    """Dump the clitic segmentation of every vocabulary word, bare and with clitics around it."""
    import marsad
    from marsad.glue import default_vocabulary
    from marsad.tokenize import default_clitics

    print("marsad from", marsad.__file__, file=sys.stderr)
    words = sorted(default_vocabulary()._counts)
    seg = default_clitics().segment
    out = [(w, seg(w)) for pre, post in _AFFIXES for w in (pre + v + post for v in words)]
    with gzip.open(args.out, "wb") as f:
        pickle.dump(out, f, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(out)} words -> {args.out}")


def cmd_compare_words(args) -> int:
    with gzip.open(args.a, "rb") as f:
        a = pickle.load(f)
    with gzip.open(args.b, "rb") as f:
        b = pickle.load(f)
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    for x, y in diff[:10]:
        print(f"{x} vs {y}")
    if diff or len(a) != len(b):
        print(f"DIFFERENT: {len(diff)} of {len(a)} words (lengths {len(a)}, {len(b)})")
        return 1
    print(f"IDENTICAL segmentation of {len(a)} words")
    return 0


def cmd_compare(args) -> int:
    with gzip.open(args.a, "rb") as f:
        a = pickle.load(f)
    with gzip.open(args.b, "rb") as f:
        b = pickle.load(f)
    if len(a) != len(b):
        print(f"DIFFERENT: {len(a)} vs {len(b)} articles")
        return 1
    names = ("id", "normalized text", "starts", "ends", "raw length", "tokens", "sentences")
    bad = 0
    for x, y in zip(a, b):
        if x == y:
            continue
        bad += 1
        for name, u, v in zip(names, x, y):
            if u != v:
                where = next((k for k, (p, q) in enumerate(zip(u, v)) if p != q), min(len(u), len(v))) \
                    if isinstance(u, (tuple, str)) else None
                print(f"{x[0]}: {name} differ (first at {where}): "
                      f"{u[where] if where is not None and where < len(u) else u!r} vs "
                      f"{v[where] if where is not None and where < len(v) else v!r}")
        if bad >= 10:
            break
    ntok = sum(len(s[5]) for s in a)
    nseg = sum(len(t[5]) for s in a for t in s[5])
    nsent = sum(len(s[6]) for s in a)
    if bad:
        print(f"DIFFERENT: {bad}+ of {len(a)} articles")
        return 1
    print(f"IDENTICAL: {len(a)} articles, {sum(len(s[1]) for s in a)} normalized characters with their offsets, "
          f"{ntok} tokens, {nseg} segments, {nsent} sentences")
    return 0


def cmd_time(args) -> None:
    """Process time of the two stages per article. With ``--keep`` every article keeps its tokens
    (a growing heap, so the garbage collector's full passes cost more and more, as in a
    profile that holds all documents); by default the outputs are dropped every 128 articles,
    as ``store.ingest`` drops each batch once it is written."""
    import gc
    import platform

    import marsad
    import marsad.document

    docs, t_docs = load_docs(args.n, args.stride)
    st = stages()
    norm, tok = st["normalize"], st["tokenize"]
    tok(norm(marsad.document.Document.from_text("تحميل المعجم.")))  # load the data files before timing
    mode = "all outputs kept" if args.keep else "outputs dropped every 128 articles"
    if args.no_gc:
        mode += ", garbage collector off"
    print(f"marsad from {marsad.__file__}; python {platform.python_version()}; {len(docs)} articles "
          f"(n={args.n}, stride={args.stride}); {mode}; loading them (zip + JSON + Document) "
          f"{1000 * t_docs / len(docs):.2f} ms/article")
    for rnd in range(args.rounds):
        for d in docs:
            d.normalized, d.tokens, d.sentences = None, [], []
        gc.collect()
        if args.no_gc:
            gc.disable()
        t_n = t_t = 0.0
        ntok = 0
        for k, d in enumerate(docs):
            t0 = time.process_time()
            norm(d)
            t1 = time.process_time()
            tok(d)
            t2 = time.process_time()
            t_n += t1 - t0
            t_t += t2 - t1
            ntok += len(d.tokens)
            if not args.keep and k % 128 == 127:
                for old in docs[k - 127:k + 1]:
                    old.normalized, old.tokens, old.sentences = None, [], []
        label = "cold (first pass, empty caches)" if rnd == 0 else f"warm (pass {rnd + 1})"
        print(f"{label}: normalize {1000 * t_n / len(docs):.3f} ms/article, tokenize {1000 * t_t / len(docs):.3f} "
              f"ms/article, both {1000 * (t_n + t_t) / len(docs):.3f} ms/article; "
              f"{ntok / (t_n + t_t):,.0f} tokens/s ({ntok / len(docs):.0f} tokens/article)")


def cmd_profile(args) -> None:
    import cProfile
    import pstats

    docs, _ = load_docs(args.n, args.stride)
    st = stages()
    norm, tok = st["normalize"], st["tokenize"]
    pr = cProfile.Profile(time.process_time)
    pr.enable()
    for d in docs:
        tok(norm(d))
    pr.disable()
    pstats.Stats(pr).sort_stats("tottime").print_stats(25)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("dump", "time", "profile"):
        s = sub.add_parser(name)
        if name == "dump":
            s.add_argument("out")
        s.add_argument("--n", type=int, default=3000)
        s.add_argument("--stride", type=int, default=10)
        if name == "time":
            s.add_argument("--rounds", type=int, default=2)
            s.add_argument("--keep", action="store_true", help="keep every article's outputs")
            s.add_argument("--no-gc", action="store_true", help="time with the garbage collector disabled")
    w = sub.add_parser("words")
    w.add_argument("out")
    for name in ("compare", "compare-words"):
        c = sub.add_parser(name)
        c.add_argument("a")
        c.add_argument("b")
    args = p.parse_args(argv)
    if args.cmd == "words":
        cmd_words(args)
        return 0
    if args.cmd == "compare":
        return cmd_compare(args)
    if args.cmd == "compare-words":
        return cmd_compare_words(args)
    {"dump": cmd_dump, "time": cmd_time, "profile": cmd_profile}[args.cmd](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
