"""Bounded load test of ``GET /events`` on loopback: requests per second and latency percentiles.

    python bench/bench_http.py STORE.db [--requests 2000] [--concurrency 8] [--workers 1]

Starts ``marsad serve`` (uvicorn, ``--workers`` processes) on 127.0.0.1 with a free port over a copy-free
read-only store, warms up, then sends a fixed number of requests from ``--concurrency`` client threads
(httpx, keep-alive), cycling through a fixed mix of queries: no filter, type, country, date range,
min killed, bbox, full-text q, and a second page by cursor. Stops by itself; talks only to 127.0.0.1.
Prints one JSON line; record results in bench/HTTP_RESULTS.md with the machine and date.
"""
import json
import os
import socket
import subprocess
import sys
import threading
import time

import httpx

QUERIES = [
    {"limit": 100},
    {"type": "ASSAULT", "limit": 100},
    {"country": "SY", "limit": 100},
    {"since": "2015-08-01", "until": "2015-08-31", "limit": 100},
    {"min_killed": 5, "sort": "-killed", "limit": 100},
    {"bbox": "35,32,42,37.5", "limit": 100},
    {"q": "حلب", "limit": 100},
    {"actor": "SYR", "limit": 100},
    {"type": "PROTEST", "country": "EG", "sort": "date", "limit": 50},
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db, port, workers):
    env = dict(os.environ, MARSAD_DB=db)
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "marsad.http.app:app_from_env", "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log"]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/stats", timeout=30).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start")


def run(base, total, concurrency):
    with httpx.Client(base_url=base, timeout=30) as c:  # a cursor for the second-page query
        cursor = c.get("/events", params={"limit": 100}).json()["next_cursor"]
    queries = QUERIES + ([{"limit": 100, "cursor": cursor}] if cursor else [])
    latencies, errors, lock = [], [0], threading.Lock()
    counter = iter(range(total))

    def worker():
        with httpx.Client(base_url=base, timeout=30) as c:
            for i in counter:
                q = queries[i % len(queries)]
                t = time.perf_counter()
                r = c.get("/events", params=q)
                dt = time.perf_counter() - t
                with lock:
                    latencies.append(dt)
                    if r.status_code != 200:
                        errors[0] += 1

    for _ in range(2):  # warm up every query (and the FTS pages) once per client connection
        with httpx.Client(base_url=base, timeout=30) as c:
            for q in queries:
                c.get("/events", params=q)
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)

    def pct(p):
        return round(1000 * lat[min(len(lat) - 1, int(p * len(lat)))], 1)

    return {"requests": len(lat), "errors": errors[0], "seconds": round(wall, 2),
            "req_per_s": round(len(lat) / wall, 1), "p50_ms": pct(0.50), "p90_ms": pct(0.90), "p99_ms": pct(0.99),
            "max_ms": round(1000 * lat[-1], 1), "concurrency": concurrency, "query_mix": len(queries)}


def main():
    args = sys.argv[1:]
    opts = {"--requests": 2000, "--concurrency": 8, "--workers": 1}
    for flag in list(opts):
        if flag in args:
            k = args.index(flag)
            opts[flag] = int(args[k + 1])
            del args[k:k + 2]
    if not args:
        raise SystemExit(__doc__)
    db = os.path.abspath(args[0])
    import sqlite3

    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    size = {"articles": ro.execute("SELECT count(*) FROM articles").fetchone()[0],
            "events": ro.execute("SELECT count(*) FROM events").fetchone()[0]}
    ro.close()
    port = free_port()
    t = time.perf_counter()
    proc = start_server(db, port, opts["--workers"])
    startup = time.perf_counter() - t
    try:
        out = run(f"http://127.0.0.1:{port}", opts["--requests"], opts["--concurrency"])
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(json.dumps({**size, "server_workers": opts["--workers"], "startup_s": round(startup, 1), **out}))


if __name__ == "__main__":
    main()
