"""Merging reports across articles: hand-made cross-outlet duplicates, order, increments, splits."""
import itertools
import json
import os

import pytest

from marsad.errors import UnknownCanonicalEvent
from marsad.merge import _range, link_reasons, merge_pending, pairwise_scores, show, split
from marsad.store import Store

ABHA = {"text": "أبها", "geonameid": 110690, "name": "Abha", "country": "SA", "admin1": "Asir",
        "lat": 18.2164, "lon": 42.5053, "precision": "exact"}
ASIR = {"text": "عسير", "geonameid": 108179, "name": "Asir", "country": "SA", "admin1": "Asir",
        "lat": 19.0, "lon": 43.0, "precision": "region"}
ADEN = {"text": "عدن", "geonameid": 415189, "name": "Aden", "country": "YE", "admin1": "Aden",
        "lat": 12.7794, "lon": 45.0367, "precision": "exact"}
SEF = {"text": "قوات الطوارئ", "name": "Saudi forces", "country": "SAU", "sector": "MIL", "code": "SAUMIL"}
BOMBER = {"text": "انتحاري", "name": None, "country": None, "sector": None, "code": None}
HOUTHI = {"text": "الحوثيون", "name": "Houthis", "country": "YEM", "sector": "REB", "code": "YEMREB"}
COALITION = {"text": "التحالف", "name": "Saudi-led coalition", "country": "SAU", "sector": "MIL", "code": "SAUMIL"}


def _event(n, place, date, killed=None, actors=(), targets=(), type="ASSAULT"):
    text = "فجر انتحاري نفسه في مسجد"
    return {"id": f"ev{n:014d}", "type": type, "mode": None, "actors": list(actors), "targets": list(targets),
            "place": place, "date": date, "killed": killed, "injured": None, "confidence": 0.8,
            "mentions": [{"start": 0, "end": len(text), "text": text, "trigger": {"start": 0, "end": 3}}],
            "summary_en": f"report {n}", "acled_event_type": "Explosions/Remote violence",
            "acled_sub_event_type": "Suicide bomb"}


# (outlet, published, event) — three papers on the Abha mosque bombing, two on an Aden clash,
# one Abha report of a different attack three days later
REPORTS = [
    ("alriyadh", "2015-08-06", _event(1, ABHA, "2015-08-06", 15, [BOMBER], [SEF])),
    ("okaz", "2015-08-07", _event(2, ABHA, "2015-08-06", 13, [], [SEF])),
    ("sabq", "2015-08-06", _event(3, ASIR, "2015-08-06", 15, [BOMBER], [])),
    ("alwatan", "2015-08-07", _event(4, ADEN, "2015-08-07", 4, [HOUTHI], [])),
    ("alyaum", "2015-08-08", _event(5, ADEN, "2015-08-07", 6, [HOUTHI], [])),
    ("aawsat", "2015-08-09", _event(6, ABHA, "2015-08-09", 2, [], [SEF])),
    ("alweeam", "2015-08-07", _event(7, ADEN, "2015-08-07", None, [COALITION], [HOUTHI])),  # another side
]


def _store(reports, path=":memory:"):
    store = Store(path)
    for outlet, pub, ev in reports:
        text = f"نص خبر رقم {ev['id']} من {outlet}"
        store.add_record(outlet, text, {"source": outlet, "published": pub, "url": f"http://{outlet}/{ev['id']}"},
                         {"id": outlet, "events": [ev]})
    return store


def _clusters(store):
    groups = {}
    for (eid, cid) in store.db.execute("SELECT event_id, canonical_id FROM event_members"):
        groups.setdefault(cid, set()).add(eid.split(":")[1])
    return sorted(sorted(g) for g in groups.values())


def test_cross_outlet_duplicates_become_one_event_with_ranges_and_reasons():
    store = _store(REPORTS)
    merge_pending(store)
    assert _clusters(store) == [["ev00000000000001", "ev00000000000002", "ev00000000000003"],
                                ["ev00000000000004", "ev00000000000005"], ["ev00000000000006"],
                                ["ev00000000000007"]]
    abha = next(r for r in store.canonical_events() if r["member_count"] == 3)
    assert abha["source_count"] == 3 and abha["sources"] == ["alriyadh", "okaz", "sabq"]
    assert abha["killed"] == {"best": 15, "low": 13, "high": 15}  # two reports agree on 15
    assert abha["place"]["name"] == "Abha"  # the town beats the governorate
    assert any("same governorate Asir" in r for r in abha["reasons"])
    assert all(m["mentions"] and m["mentions"][0]["text"] for m in abha["members"])
    assert abha["confidence"] > 0.8


def test_merging_does_not_depend_on_input_order():
    results = set()
    for perm in itertools.islice(itertools.permutations(REPORTS), 0, None, 719):  # 8 of the 5040 orders
        store = _store(perm)
        merge_pending(store)
        results.add(json.dumps(sorted(store.db.execute("SELECT id, record FROM canonical_events")),
                               ensure_ascii=False))
        store.close()
    assert len(results) == 1


def test_merging_is_incremental_and_equals_merging_at_once():
    at_once = _store(REPORTS)
    merge_pending(at_once)
    store = _store(REPORTS[:2])
    merge_pending(store)
    assert _clusters(store) == [["ev00000000000001", "ev00000000000002"]]
    for outlet, pub, ev in REPORTS[2:]:
        store.add_record(outlet, f"نص خبر رقم {ev['id']} من {outlet}",
                         {"source": outlet, "published": pub, "url": f"http://{outlet}/{ev['id']}"},
                         {"id": outlet, "events": [ev]})
        merge_pending(store)  # each new article joins what exists
    assert sorted(store.db.execute("SELECT id, record FROM canonical_events")) == \
        sorted(at_once.db.execute("SELECT id, record FROM canonical_events"))


def test_show_explains_and_split_takes_a_member_out_for_good():
    store = _store(REPORTS)
    merge_pending(store)
    abha = next(r for r in store.canonical_events() if r["member_count"] == 3)
    member = next(m["event_id"] for m in abha["members"] if m["event_id"].endswith("ev00000000000003"))
    assert show(store, member)["id"] == abha["id"]  # a member id finds its canonical event
    ids = split(store, abha["id"], member)
    assert len(ids) == 2
    assert ["ev00000000000003"] in _clusters(store)
    merge_pending(store)  # nothing pending, and the split holds
    assert ["ev00000000000003"] in _clusters(store)
    with pytest.raises(UnknownCanonicalEvent):
        show(store, "ce-nope")
    with pytest.raises(UnknownCanonicalEvent):
        split(store, ids[0], "not-a-member")


def test_link_refuses_different_sides_places_and_days():
    a = dict(REPORTS[3][2], article_id="x")
    assert link_reasons(a, dict(REPORTS[4][2], article_id="y"))
    assert link_reasons(a, dict(REPORTS[6][2], article_id="y")) is None  # Houthis vs the coalition
    assert link_reasons(a, dict(REPORTS[4][2], article_id="x")) is None  # same article
    assert link_reasons(a, dict(REPORTS[4][2], article_id="y", date="2015-08-10")) is None
    assert link_reasons(a, dict(REPORTS[4][2], article_id="y", place=ABHA)) is None


@pytest.mark.parametrize("values,expected", [
    ([15, 15, 13], {"best": 15, "low": 13, "high": 15}),
    ([10, 12, 20], {"best": 12, "low": 10, "high": 20}),
    ([7], {"best": 7, "low": 7, "high": 7}),
    ([], {"best": None, "low": None, "high": None}),
])
def test_ucdp_style_ranges(values, expected):
    assert _range(values) == expected


def test_gold_set_is_well_formed_and_scores():
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "merge_gold.jsonl")
    gold = [json.loads(line) for line in open(path, encoding="utf-8")]
    keys = [f"{m['article']}:{m['event']}" for g in gold for m in g["members"]]
    assert len(keys) == len(set(keys)) and len(gold) >= 3
    assert all("text" not in m for g in gold for m in g["members"])  # ids and spans only, no article text
    perfect = {k: g["cluster"] for g in gold for k in (f"{m['article']}:{m['event']}" for m in g["members"])}
    s = pairwise_scores([[f"{m['article']}:{m['event']}" for m in g["members"]] for g in gold], perfect)
    assert s["precision"] == s["recall"] == 1.0


SURUC = {"text": "سروج", "geonameid": None, "name": None, "country": None, "admin1": None,
         "lat": None, "lon": None, "precision": "exact"}


def test_an_unresolved_place_name_links_reports_of_the_same_name():
    a = dict(_event(10, SURUC, "2015-07-20", 27), article_id="a1")
    b = dict(_event(11, dict(SURUC, text="سروج الواقعة"), "2015-07-20", 30), article_id="a2")
    c = dict(_event(12, dict(SURUC, text="سرت"), "2015-07-20", 27), article_id="a3")
    assert "same unresolved place name سروج" in link_reasons(a, b)
    assert link_reasons(a, c) is None  # another name, and no toll rule: both have a place


def test_a_report_with_no_place_links_on_the_same_day_and_toll():
    a = dict(_event(20, SURUC, "2015-07-20", 32), article_id="a1")
    b = dict(_event(21, None, "2015-07-20", 32), article_id="a2")
    assert any("same toll (32 killed)" in r for r in link_reasons(a, b))
    assert link_reasons(a, dict(b, date="2015-07-21")) is None  # the toll rule needs the same day
    assert link_reasons(dict(a, killed=3), dict(b, killed=3)) is None  # too small a toll to identify an attack


def test_large_tolls_within_a_fifth_link_as_the_count_grows():
    """Suruç: 27, 30 and 32 killed in reports of the same day, as the dead were counted."""
    a = dict(_event(20, SURUC, "2015-07-20", 32), article_id="a1")
    b = dict(_event(21, None, "2015-07-20", 27), article_id="a2")
    assert any("close tolls (32 and 27 killed)" in r for r in link_reasons(a, b))
    assert link_reasons(a, dict(b, killed=25)) is None  # 7 of 32 is more than a fifth
    assert link_reasons(dict(a, killed=12), dict(b, killed=11)) is None  # small tolls of one day are often close
    assert link_reasons(a, dict(b, date="2015-07-21")) is None
    store = _store([("hayat", "2015-07-20", _event(1, SURUC, "2015-07-20", 32)),
                    ("okaz", "2015-07-21", _event(2, None, "2015-07-20", 27))])
    merge_pending(store)
    assert _clusters(store) == [["ev00000000000001", "ev00000000000002"]]


def test_a_protests_implied_target_neither_links_nor_blocks():
    # a protest in Aden "against the government" (stated) and one with no target stated, which the
    # events stage gives the implied target "Government of Yemen" (flag target-implied) on the place's words
    gov = {"text": "الحكومة", "name": "government", "country": "YEM", "sector": "GOV", "code": "~GOV"}
    implied = {"text": "عدن", "name": "Government of Yemen", "country": "YEM", "sector": "GOV", "code": "YEMGOV",
               "certainty": "hedged"}
    a = dict(_event(30, ADEN, "2015-08-07", type="PROTEST", targets=[gov]), article_id="a1")
    b = dict(_event(31, ADEN, "2015-08-07", type="PROTEST", targets=[implied]), article_id="a2",
             flags=["target-implied"])
    assert "targets: one side unknown" in link_reasons(a, b)
    # a stated target of another side still keeps two reports apart
    other = dict(a, targets=[HOUTHI])
    assert link_reasons(other, dict(b, targets=[gov], flags=[])) is None


def test_rebuilding_keeps_unchanged_clusters_exactly_as_recomputing_them():
    """Merging in small batches and article by article reuses a stored canonical event when its cluster has
    the same members and no new link inside: the tables equal those of recomputing every group from scratch."""
    import marsad.merge as m

    places, tolls, days = [ABHA, ASIR, ADEN, None], [15, 13, 15, 4, 6, None, 30, 32], ["2015-08-06", "2015-08-07"]
    reports = [(f"outlet{i}", days[i % 2], _event(100 + i, places[i % 4], days[(i // 3) % 2], tolls[i % 8],
                                                  [[BOMBER], [HOUTHI], []][i % 3], [[SEF], []][i % 2]))
               for i in range(36)]
    calls = []
    record = m.canonical_record

    def counting(*a, **k):
        calls.append(1)
        return record(*a, **k)

    m.canonical_record = counting
    try:
        store = _store(reports[:20])
        merged = m.merge_pending(store, batch=3)
        for outlet, pub, ev in reports[20:]:
            store.add_record(outlet, f"نص خبر رقم {ev['id']} من {outlet}", {"source": outlet, "published": pub},
                             {"id": outlet, "events": [ev]})
            more = m.merge_pending(store, batch=2)
            merged = {k: merged[k] + more[k] for k in merged}
    finally:
        m.canonical_record = record
    assert merged["links"] > 20 and len(calls) < merged["groups"]  # some clusters were kept as they were

    def tables():
        q = store.db.execute
        return (sorted(q("SELECT * FROM canonical_events")), sorted(q("SELECT * FROM event_members")))

    kept = tables()
    db = store.db
    db.execute("BEGIN")
    done = set()
    for (e,) in db.execute("SELECT id FROM events ORDER BY id").fetchall():
        if e not in done:
            group = m._component(db, [e])
            done |= group
            m._rebuild(db, group)  # no fresh links given: every cluster recomputed
    db.execute("COMMIT")
    assert tables() == kept and len(kept[0]) > 3


def _statement(n, place, date, actors=(), targets=()):
    return dict(_event(n, place, date, actors=actors, targets=targets, type="ACCUSE"), article_id=f"s{n}")


OIC = {"text": "منظمة التعاون الإسلامي", "name": "Organisation of Islamic Cooperation", "country": None,
       "sector": "IGO", "code": "IGO"}
UN = {"text": "الأمم المتحدة", "name": "United Nations", "country": None, "sector": "IGO", "code": "IGO"}
USDOS = {"text": "وزارة الخارجية الأمريكية", "name": "", "country": "USA", "sector": "GOV", "code": "USAGOV"}
USDOS2 = dict(USDOS, text="وزارة الخارجية الأميركية")
MUFTI = {"text": "شوقي علام", "name": None, "country": None, "sector": None, "code": None}
GOVERNOR = {"text": "عسير", "name": "Saudi Arabia", "country": "SAU", "sector": "", "code": "SAU"}
PRISONS = {"text": "المدير العام", "name": "", "country": "SAU", "sector": "GOV", "code": "~GOV"}


def test_a_statement_is_its_speakers():
    # condemnations of the Abha bombing (SaudiNewsNet, 2015-08-06/07): placed at the attack, one a speaker
    us = _statement(20, ABHA, "2015-08-06", [USDOS], [SEF])
    assert "actors: same code USAGOV" in link_reasons(us, _statement(21, ABHA, "2015-08-07", [USDOS2], [SEF]))
    assert link_reasons(us, _statement(22, ABHA, "2015-08-07", [MUFTI])) is None          # no country: not "any side"
    assert link_reasons(_statement(23, ABHA, "2015-08-06", [OIC]), _statement(24, ABHA, "2015-08-06", [UN])) is None
    assert link_reasons(_statement(25, ABHA, "2015-08-06", [GOVERNOR]),
                        _statement(26, ABHA, "2015-08-06", [PRISONS])) is None             # same country only
    assert link_reasons(us, _statement(27, ABHA, "2015-08-06", [], [SEF])) is None          # no speaker
    minister = {"text": "وزير التعليم", "country": "SAU", "sector": "GOV", "code": "~GOV"}
    named = dict(minister, text="وزير التعليم الدكتور عزام الدخيل")
    assert "actors: same speaker" in link_reasons(_statement(28, ABHA, "2015-08-07", [minister]),
                                                   _statement(29, ABHA, "2015-08-07", [named]))[3]
    # what is done still links on a generic doer
    assert link_reasons(dict(_event(30, ABHA, "2015-08-06", 15, [BOMBER], [SEF]), article_id="x"),
                        dict(_event(31, ABHA, "2015-08-06", 15, [MUFTI], [SEF]), article_id="y"))


KABUL = {"text": "كابول", "geonameid": 1138958, "name": "Kabul", "country": "AF", "admin1": "Kabul",
         "lat": 34.5281, "lon": 69.1723, "precision": "exact"}
CADETS = {"text": "أكاديمية للشرطة", "name": "", "country": None, "sector": "COP", "code": "COP"}
AFGHANS = {"text": "15 قتيلا", "name": "Afghanistan", "country": "AFG", "sector": "", "code": "AFG"}
TALIBAN = {"text": "حركة طالبان", "name": "Taliban", "country": "AFG", "sector": "REB", "code": "AFGREB"}


def _kabul(n, killed, actors=(), targets=(), date="2015-08-07", place=KABUL):
    return dict(_event(n, place, date, killed, actors, targets), article_id=f"k{n}")


def test_attacks_of_one_day_in_a_big_town_need_more_than_town_and_day():
    # Kabul, Friday 2015-08-07 (SaudiNewsNet): a truck bomb at night (8, then 15 dead), the police academy in
    # the evening (20, then 25), a NATO base at night
    academy = _kabul(40, 20, [BOMBER], [CADETS])
    truck = _kabul(41, 15, [], [AFGHANS])
    assert link_reasons(academy, truck) is None                       # Kabul, Friday, bombs: not enough
    assert link_reasons(academy, _kabul(42, 25, [BOMBER], []))        # close tolls (20 and 25)
    assert link_reasons(truck, _kabul(43, 15, [], [AFGHANS]))         # the same toll
    assert link_reasons(_kabul(44, None, [TALIBAN]), _kabul(45, 6, [TALIBAN]))  # the same named doer
    assert link_reasons(_kabul(46, None, [], [AFGHANS]), _kabul(47, 8, [], [AFGHANS])) is None  # only "Afghans"
    # a town of 200,000 is not busy: the Abha reports link on town and day as before
    assert link_reasons(_kabul(48, None, [], [SEF], "2015-08-06", ABHA), _kabul(49, 15, [BOMBER], [], "2015-08-06", ABHA))


TAIZ = {"text": "تعز", "geonameid": 70225, "name": "Taiz", "country": "YE", "admin1": "Taizz",
        "lat": 13.5795, "lon": 44.0209, "precision": "exact"}


def test_a_vague_report_does_not_chain_two_attacks_into_one():
    # "an attack in Taiz" with no doer, victims or toll links to the Houthi shelling and to the coalition raid of
    # that day; the two are different (their doers conflict) and must stay apart
    reports = [("alwatan", "2015-08-07", _event(60, TAIZ, "2015-08-07")),
               ("okaz", "2015-08-07", _event(61, TAIZ, "2015-08-07", 4, [HOUTHI], [])),
               ("alyaum", "2015-08-07", _event(62, TAIZ, "2015-08-07", None, [COALITION], [HOUTHI]))]
    store = _store(reports)
    merge_pending(store)
    clusters = _clusters(store)
    assert not any({"ev00000000000061", "ev00000000000062"} <= set(c) for c in clusters), clusters
    assert any(len(c) == 2 for c in clusters)  # the vague report joins one of them


def test_a_claimed_doer_neither_links_nor_blocks():
    # the Taliban claimed both Kabul bombings of 2015-08-07: the claimant the events stage puts first (flag
    # actor-claimed) does not make the truck bomb and the academy attack one, as a doer the report names would
    academy = dict(_kabul(50, 20, [TALIBAN, BOMBER], [CADETS]), flags=["actor-claimed"])
    truck = dict(_kabul(51, 8, [TALIBAN], [AFGHANS]), flags=["actor-claimed"])
    assert link_reasons(academy, truck) is None
    assert link_reasons(dict(academy, flags=[]), dict(truck, flags=[]))  # (stated by the reports, it would)
    # nor does a claim keep apart two reports of one attack whose stated doers agree
    assert link_reasons(academy, _kabul(52, 25, [BOMBER], []))


def test_a_doer_named_tentatively_neither_links_nor_blocks():
    # "هذا الهجوم الذي يمكن ان يحمل بصمات الحركة": an attribution the report hedges is no evidence that two Kabul
    # attacks of one Friday are one, as a stated doer would be
    hedged = dict(TALIBAN, certainty="hedged")
    academy = _kabul(53, 20, [hedged], [CADETS])
    truck = _kabul(54, 8, [hedged], [AFGHANS])
    assert link_reasons(academy, truck) is None
    assert link_reasons(_kabul(55, 20, [TALIBAN], [CADETS]), _kabul(56, 8, [TALIBAN], [AFGHANS]))  # (stated, it would)
