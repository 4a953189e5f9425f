"""Build the map page's country outlines: src/marsad/http/static/countries.geojson.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz    # a build-time input only
    python scripts/build_basemap.py package/countries-50m.json

Source: the npm package ``world-atlas`` 2.0.2 (ISC licence, Michael Bostock), TopoJSON made from
Natural Earth's 1:50m Admin 0 countries (public domain). This script decodes the TopoJSON itself
(quantized, delta-encoded arcs), simplifies each ring (Douglas-Peucker, tolerance below) and writes
a small GeoJSON with coordinates rounded to two decimals; only the country name is kept. The page
draws it with its own SVG code; nothing of world-atlas is shipped except these derived shapes.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "marsad", "http", "static", "countries.geojson")
TOLERANCE = 0.04  # degrees


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    return pts


def simplify(pts, tol):
    """Douglas-Peucker, iterative; keeps the first and last points."""
    if len(pts) < 4:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = pts[a], pts[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, at = -1.0, None
        for i in range(a + 1, b):
            x, y = pts[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, at = d, i
        if at is not None and best > tol:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(pts, keep) if k]


def polygon(arcs, rings):
    out = []
    for r in rings:
        pts = simplify(ring(arcs, r), TOLERANCE)
        pts = [(round(x, 2), round(y, 2)) for x, y in pts]
        dedup = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        if len(dedup) >= 4:
            out.append(dedup)
    return out


def main(path):
    with open(path, encoding="utf-8") as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            polys = [polygon(arcs, g["arcs"])]
        elif g["type"] == "MultiPolygon":
            polys = [polygon(arcs, p) for p in g["arcs"]]
        else:
            continue
        polys = [p for p in polys if p]
        if not polys:
            continue
        features.append({"type": "Feature", "properties": {"name": g.get("properties", {}).get("name")},
                         "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    doc = {"type": "FeatureCollection",
           "provenance": "Natural Earth 1:50m Admin 0 countries (public domain), via the npm package "
                         "world-atlas 2.0.2 (ISC); decoded and simplified by scripts/build_basemap.py "
                         f"(Douglas-Peucker {TOLERANCE} degrees, 2 decimals)",
           "features": features}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(features)} countries, {os.path.getsize(OUT) / 1024:.0f} KiB -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package/countries-50m.json")
