// marsad map page: an SVG map of events over country outlines, a brushable timeline, filters and an
// event panel with the Arabic sentences that state each event. No libraries; everything is served
// by the marsad server itself.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const TYPES = ["ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "SANCTION", "ACCUSE", "REJECT",
  "REQUEST", "CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"];
const COLORS = {
  ASSAULT: "#c0392b", COERCE: "#e67e22", MOBILIZE: "#8e44ad", THREATEN: "#d35400", PROTEST: "#f1c40f",
  SANCTION: "#7f8c8d", ACCUSE: "#e84393", REJECT: "#6c5ce7", REQUEST: "#0984e3", CONSULT: "#00b894",
  AGREE: "#27ae60", SUPPORT: "#16a085", COOPERATE: "#2ecc71", AID: "#1abc9c", RETREAT: "#636e72",
  CONCEDE: "#b8e994",
};
const MAX_PAGES = 8;      // at most 8 x 500 events drawn at once
const PAGE = 500;

const state = { type: "", country: "", since: "", until: "", q: "", brush: null, selected: null,
  view: { x: 20, y: -45, w: 45, h: 30 }, events: [], days: [], loadId: 0 };

const $ = (sel) => document.querySelector(sel);
const el = (tag, attrs = {}, text) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};
const svg = (tag, attrs = {}) => {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

function params(withDates = true) {
  const p = new URLSearchParams();
  if (state.type) p.append("type", state.type);
  if (state.country) p.append("country", state.country);
  if (state.q.trim()) p.append("q", state.q.trim());
  if (withDates) {
    const since = state.brush ? state.brush[0] : state.since;
    const until = state.brush ? state.brush[1] : state.until;
    if (since) p.append("since", since);
    if (until) p.append("until", until);
  }
  return p;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(typeof body.detail === "string" ? body.detail : `HTTP ${r.status}`);
  return body;
}

// ---- map -----------------------------------------------------------------------------------------

function project(lon, lat) { return [lon, -lat]; }

function ringPath(ring) {
  let d = "";
  ring.forEach(([lon, lat], i) => {
    const [x, y] = project(lon, lat);
    d += (i ? "L" : "M") + x.toFixed(2) + "," + y.toFixed(2);
  });
  return d + "Z";
}

async function drawCountries() {
  const geo = await getJSON("/static/countries.geojson");
  const g = $("#countries");
  const frag = document.createDocumentFragment();
  for (const f of geo.features) {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const path = svg("path", { d: polys.map((p) => p.map(ringPath).join("")).join("") });
    const title = svg("title");
    title.textContent = f.properties.name || "";
    path.appendChild(title);
    frag.appendChild(path);
  }
  g.appendChild(frag);
}

function pixelSize() {
  const box = $("#map").getBoundingClientRect();
  return Math.max(state.view.w / Math.max(box.width, 1), state.view.h / Math.max(box.height, 1));
}

function applyView() {
  const v = state.view;
  $("#map").setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
  const px = pixelSize();
  for (const c of $("#markers").children) c.setAttribute("r", (c.dataset.size * px).toFixed(4));
}

function markerSize(killed) { return 4 + 2.2 * Math.sqrt(killed || 0); }

function drawMarkers() {
  const g = $("#markers");
  g.replaceChildren();
  const px = pixelSize();
  // largest first so small points stay clickable on top
  const evs = state.events.slice().sort((a, b) => (b.killed || 0) - (a.killed || 0));
  const frag = document.createDocumentFragment();
  for (const ev of evs) {
    const [x, y] = project(ev.lon, ev.lat);
    const size = markerSize(ev.killed);
    const c = svg("circle", { cx: x, cy: y, r: size * px, fill: COLORS[ev.type] || "#555", class: "marker",
      tabindex: "0", role: "button", "data-id": ev.id, "data-type": ev.type, "data-size": size });
    if (ev.id === state.selected) c.classList.add("selected");
    const t = svg("title");
    t.textContent = `${ev.type}${ev.date ? " · " + ev.date : ""}${ev.location ? " · " + ev.location : ""}` +
      (ev.killed != null ? ` · ${ev.killed} killed` : "") + (ev.summary_en ? `\n${ev.summary_en}` : "");
    c.appendChild(t);
    frag.appendChild(c);
  }
  g.appendChild(frag);
}

function fitEvents() {
  if (!state.events.length) return;
  // the middle 80% of points in each direction, so one far-away place does not zoom out to the world
  const xs = [], ys = [];
  for (const ev of state.events) { const [x, y] = project(ev.lon, ev.lat); xs.push(x); ys.push(y); }
  const q = (arr, f) => { const a = arr.slice().sort((p, r) => p - r); return a[Math.min(a.length - 1, Math.floor(f * a.length))]; };
  const [x0, x1, y0, y1] = [q(xs, 0.1), q(xs, 0.9), q(ys, 0.1), q(ys, 0.9)];
  const pad = 3;
  let w = Math.max(x1 - x0 + 2 * pad, 12), h = Math.max(y1 - y0 + 2 * pad, 8);
  const box = $("#map").getBoundingClientRect();
  const aspect = box.width / Math.max(box.height, 1) || 1.5;
  if (w / h < aspect) w = h * aspect; else h = w / aspect;
  state.view = { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h };
  applyView();
}

function zoom(factor, cx, cy) {
  const v = state.view;
  const nx = cx === undefined ? v.x + v.w / 2 : cx, ny = cy === undefined ? v.y + v.h / 2 : cy;
  const w = Math.min(Math.max(v.w * factor, 0.5), 400), h = w * (v.h / v.w);
  state.view = { x: nx - (nx - v.x) * (w / v.w), y: ny - (ny - v.y) * (h / v.h), w, h };
  applyView();
}

function wireMap() {
  const map = $("#map");
  let drag = null;
  map.addEventListener("wheel", (e) => {
    e.preventDefault();
    const box = map.getBoundingClientRect(), px = pixelSize();
    zoom(e.deltaY > 0 ? 1.2 : 1 / 1.2, state.view.x + (e.clientX - box.left) * px,
      state.view.y + (e.clientY - box.top) * px);
  }, { passive: false });
  map.addEventListener("pointerdown", (e) => {
    if (e.target.classList.contains("marker")) return;
    drag = { x: e.clientX, y: e.clientY, vx: state.view.x, vy: state.view.y };
    map.classList.add("dragging");
    map.setPointerCapture(e.pointerId);
  });
  map.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const px = pixelSize();
    state.view.x = drag.vx - (e.clientX - drag.x) * px;
    state.view.y = drag.vy - (e.clientY - drag.y) * px;
    applyView();
  });
  const end = () => { drag = null; map.classList.remove("dragging"); };
  map.addEventListener("pointerup", end);
  map.addEventListener("pointercancel", end);
  $("#markers").addEventListener("click", (e) => {
    if (e.target.dataset.id) openEvent(e.target.dataset.id);
  });
  $("#markers").addEventListener("keydown", (e) => {
    if ((e.key === "Enter" || e.key === " ") && e.target.dataset.id) { e.preventDefault(); openEvent(e.target.dataset.id); }
  });
  $("#zoom-in").addEventListener("click", () => zoom(1 / 1.5));
  $("#zoom-out").addEventListener("click", () => zoom(1.5));
  $("#zoom-fit").addEventListener("click", fitEvents);
  window.addEventListener("resize", applyView);
}

function drawLegend() {
  const ul = $("#legend");
  ul.replaceChildren();
  const present = new Set(state.events.map((e) => e.type));
  for (const t of TYPES) {
    if (!present.has(t)) continue;
    const i = el("i");
    i.style.background = COLORS[t];
    const li = el("li");
    li.append(i, document.createTextNode(t));
    ul.appendChild(li);
  }
}

// ---- data ----------------------------------------------------------------------------------------

async function loadEvents() {
  const id = ++state.loadId;
  $("#status").textContent = "Loading…";
  try {
    const p = params();
    p.set("located", "true");
    p.set("limit", String(PAGE));
    p.set("sort", "-killed");
    let events = [], cursor = null, pages = 0;
    do {
      if (cursor) p.set("cursor", cursor);
      const page = await getJSON("/events?" + p);
      if (id !== state.loadId) return;   // a newer request replaced this one
      events = events.concat(page.items);
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor && pages < MAX_PAGES);
    const sp = params();
    const stats = await getJSON("/stats?" + sp);
    if (id !== state.loadId) return;
    state.events = events;
    drawMarkers();
    drawLegend();
    if (state.fitNext) { state.fitNext = false; fitEvents(); }
    $("#status").textContent = `${stats.total} events match; ${events.length} with a place are on the map` +
      (cursor ? " (the largest first; narrow the filters to see the rest)" : "") + ".";
  } catch (err) {
    if (id === state.loadId) $("#status").textContent = "Could not load events: " + err.message;
  }
}

async function loadTimeline() {
  try {
    const stats = await getJSON("/stats?" + params(false));
    const days = stats.by_day.filter((b) => /^\d{4}-\d{2}-\d{2}$/.test(b.key));
    // leave out a few stray dates far (over 60 days) from the rest: they would squash the timeline
    const total = days.reduce((n, d) => n + d.count, 0);
    let dropped = 0;
    const gap = (a, b) => Math.abs(toDay(b.key) - toDay(a.key)) > 60 * DAY;
    while (days.length > 1 && gap(days[0], days[1]) && dropped + days[0].count <= total * 0.05) dropped += days.shift().count;
    while (days.length > 1 && gap(days[days.length - 2], days[days.length - 1]) &&
           dropped + days[days.length - 1].count <= total * 0.05) dropped += days.pop().count;
    state.days = days;
    state.hiddenDays = total - state.days.reduce((n, d) => n + d.count, 0);
    drawTimeline();
    return stats;
  } catch (err) {
    $("#status").textContent = "Could not load counts: " + err.message;
    return null;
  }
}

async function loadFilterChoices() {
  const stats = await getJSON("/stats");
  const typeSel = $("#type-filter");
  for (const b of stats.by_type) typeSel.appendChild(el("option", { value: b.key }, `${b.key} (${b.count})`));
  const cSel = $("#country-filter");
  for (const b of stats.by_country) cSel.appendChild(el("option", { value: b.key }, `${b.key} (${b.count})`));
}

// ---- timeline ------------------------------------------------------------------------------------

const DAY = 86400000;
const toDay = (s) => Date.parse(s + "T00:00:00Z");
const fromDay = (t) => new Date(t).toISOString().slice(0, 10);

function timelineScale() {
  const box = $("#timeline").getBoundingClientRect();
  const width = Math.max(box.width, 100), height = Math.max(box.height, 40);
  const sinceOk = state.since && /^\d{4}-\d{2}-\d{2}$/.test(state.since);
  const days = state.days;
  if (!days.length) return null;
  const t0 = toDay(days[0].key), t1 = toDay(days[days.length - 1].key) + DAY;
  const left = 30, right = 10, bottom = 16;
  const x = (t) => left + (t - t0) / (t1 - t0) * (width - left - right);
  const inv = (px) => t0 + (px - left) / (width - left - right) * (t1 - t0);
  return { width, height, t0, t1, x, inv, left, right, bottom, sinceOk };
}

function drawTimeline() {
  const tl = $("#timeline");
  tl.replaceChildren();
  const s = timelineScale();
  if (!s) {
    const t = svg("text", { x: 10, y: 30 });
    t.textContent = "No dated events for these filters.";
    tl.appendChild(t);
    return;
  }
  tl.setAttribute("viewBox", `0 0 ${s.width} ${s.height}`);
  const max = Math.max(...state.days.map((d) => d.count));
  const barW = Math.max(1, s.x(s.t0 + DAY) - s.x(s.t0) - 1);
  for (const d of state.days) {
    const t = toDay(d.key);
    const h = (s.height - s.bottom - 4) * d.count / max;
    const inBrush = state.brush && d.key >= state.brush[0] && d.key <= state.brush[1];
    const r = svg("rect", { x: s.x(t), y: s.height - s.bottom - h, width: barW, height: Math.max(h, 1),
      class: "bar" + (inBrush ? " in" : ""), "data-day": d.key, "data-count": d.count });
    const title = svg("title");
    title.textContent = `${d.key}: ${d.count} events`;
    r.appendChild(title);
    tl.appendChild(r);
  }
  const labels = [state.days[0].key, state.days[state.days.length - 1].key];
  [[s.left, labels[0], "start"], [s.width - s.right, labels[1], "end"]].forEach(([x, text, anchor]) => {
    const t = svg("text", { x, y: s.height - 3, "text-anchor": anchor });
    t.textContent = text;
    tl.appendChild(t);
  });
  if (state.hiddenDays) {
    const t = svg("text", { x: s.width - s.right, y: 10, "text-anchor": "end" });
    t.textContent = `${state.hiddenDays} events on outlying dates not drawn`;
    tl.appendChild(t);
  }
  const maxLabel = svg("text", { x: 2, y: 10 });
  maxLabel.textContent = String(max);
  tl.appendChild(maxLabel);
  if (state.brush) {
    const a = s.x(toDay(state.brush[0])), b = s.x(toDay(state.brush[1]) + DAY);
    tl.appendChild(svg("rect", { x: a, y: 0, width: Math.max(b - a, 1), height: s.height - s.bottom, class: "brush" }));
  }
}

function wireTimeline() {
  const tl = $("#timeline");
  let start = null, pressedWith = null;
  const at = (e) => e.clientX - tl.getBoundingClientRect().left;
  tl.addEventListener("pointerdown", (e) => {
    start = at(e); pressedWith = state.brush; tl.setPointerCapture(e.pointerId);
  });
  tl.addEventListener("pointermove", (e) => {
    if (start === null) return;
    const s = timelineScale();
    if (!s) return;
    const [a, b] = [start, at(e)].sort((p, q) => p - q);
    state.brush = [fromDay(Math.max(s.inv(a), s.t0)), fromDay(Math.min(s.inv(b), s.t1 - DAY))];
    drawTimeline();
  });
  tl.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const moved = Math.abs(at(e) - start) > 3;
    start = null;
    if (!moved) {   // a click: clears the brush, or picks one day when there is none
      const s = timelineScale();
      if (pressedWith) state.brush = null;
      else if (s) { const d = fromDay(s.inv(at(e))); state.brush = [d, d]; }
    }
    drawTimeline();
    loadEvents();
  });
}

// ---- event panel ---------------------------------------------------------------------------------

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch { return null; }
}

async function openEvent(id) {
  state.selected = id;
  for (const c of $("#markers").children) c.classList.toggle("selected", c.dataset.id === id);
  const panel = $("#panel");
  panel.replaceChildren(el("p", { class: "hint" }, "Loading…"));
  let ev;
  try {
    ev = await getJSON("/events/" + encodeURIComponent(id));
  } catch (err) {
    panel.replaceChildren(el("p", { class: "hint" }, "Could not load the event: " + err.message));
    return;
  }
  if (state.selected !== id) return;
  const h = el("h2", {}, ev.summary_en || ev.type);
  const dl = el("dl");
  const row = (k, v) => { if (v !== null && v !== undefined && v !== "") dl.append(el("dt", {}, k), el("dd", {}, String(v))); };
  row("Type", ev.type + (ev.mode ? " / " + ev.mode : ""));
  row("ACLED", [ev.acled_event_type, ev.acled_sub_event_type].filter(Boolean).join(" / "));
  row("Date", ev.date);
  row("Place", [ev.location, ev.admin1, ev.country].filter(Boolean).join(", "));
  row("Killed", ev.killed);
  row("Injured", ev.injured);
  row("Actor", ev.actor && `${ev.actor}${ev.actor_country ? " (" + ev.actor_country + ")" : ""}`);
  row("Target", ev.target && `${ev.target}${ev.target_country ? " (" + ev.target_country + ")" : ""}`);
  row("Confidence", ev.confidence);
  const key = el("p", { class: "key" });
  key.innerHTML = 'Evidence: <mark class="m-mention">clause</mark> <mark class="m-trigger">trigger</mark> ' +
    '<mark class="m-actor">actor</mark> <mark class="m-target">target</mark> <mark class="m-place">place</mark>';
  panel.replaceChildren(h, dl, key);
  ev.mentions.forEach((m) => {
    const box = el("div", { class: "mention" });
    const meta = el("p", { class: "meta" });
    const bits = [m.source, m.published].filter(Boolean).join(" · ");
    meta.append(document.createTextNode(bits ? bits + " · " : ""));
    const href = m.url && safeUrl(m.url);
    if (href) {
      const a = el("a", { href, target: "_blank", rel: "noopener noreferrer" }, m.title || "source");
      meta.appendChild(a);
    } else {
      meta.appendChild(document.createTextNode(m.title || "article " + m.article_id));
    }
    const p = el("p", { class: "sentence", dir: "rtl", lang: "ar" });
    p.innerHTML = m.html;   // the server escapes the text and adds only <mark class="m-..."> tags
    box.append(meta, p);
    panel.appendChild(box);
  });
  if (ev.other_reports && ev.other_reports.length) {
    panel.appendChild(el("h3", {}, "Also reported by"));
    const ul = el("ul");
    for (const o of ev.other_reports) {
      const li = el("li");
      const b = el("button", { type: "button", class: "linklike" }, [o.source, o.published, o.title].filter(Boolean).join(" · ") || o.event_id);
      b.addEventListener("click", () => openEvent(o.event_id));
      li.appendChild(b);
      ul.appendChild(li);
    }
    panel.appendChild(ul);
  }
}

// ---- filters -------------------------------------------------------------------------------------

function wireFilters() {
  const changed = () => {
    state.type = $("#type-filter").value;
    state.country = $("#country-filter").value;
    state.since = $("#since").value;
    state.until = $("#until").value;
    state.q = $("#q").value;
    state.brush = null;
    state.fitNext = true;
    loadTimeline();
    loadEvents();
  };
  for (const id of ["#type-filter", "#country-filter", "#since", "#until"]) $(id).addEventListener("change", changed);
  let timer = null;
  $("#q").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(changed, 350); });
  $("#reset").addEventListener("click", () => { $("#filters").reset(); changed(); });
}

async function main() {
  wireMap();
  wireTimeline();
  wireFilters();
  applyView();
  await Promise.all([drawCountries().catch(() => {}), loadFilterChoices().catch(() => {})]);
  await loadTimeline();
  state.fitNext = true;
  await loadEvents();
  document.body.dataset.ready = "true";
}

main();
