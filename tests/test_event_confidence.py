"""The events' confidence: a probability learned from gold annotations (marsad.events.confidence)."""
import importlib.util
import os

from marsad.api import extract_text
from marsad.document import Document
from marsad.events.confidence import FLOOR, CEILING, ConfidenceModel, default_model, event_features
from marsad.events.extract import EventExtractor
from marsad.pipeline import DEFAULT_STAGES, Pipeline

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = open(os.path.join(ROOT, "examples", "aleppo-2016.txt"), encoding="utf-8").read()


def _trainer():
    spec = importlib.util.spec_from_file_location("train_event_confidence",
                                                  os.path.join(ROOT, "scripts", "train_event_confidence.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_each_event_carries_the_models_probability_of_its_facts():
    doc = Pipeline([s for s in DEFAULT_STAGES if s != "events"])(Document.from_text(SEED, published="2016-12-05"))
    rules = EventExtractor()(doc)
    final = extract_text(SEED, published="2016-12-05").events
    assert [e.id for e in final] == [e.id for e in rules]  # the same events, only their confidence differs
    model = default_model()
    for before, after in zip(rules, final):
        expected = model.probability(event_features(doc, before, rules))
        assert after.confidence == (round(expected / 2, 4) if "background" in before.flags else expected)
        assert FLOOR / 2 <= after.confidence <= CEILING
        assert (after.type, after.place, after.actors, after.mentions) == \
            (before.type, before.place, before.actors, before.mentions)
    assert len({e.confidence for e in final}) > 3  # it tells events apart


def test_a_reported_arrest_ranks_above_a_standing_accusation():
    arrest = extract_text("اعتقلت قوات الأمن المصرية 5 مسلحين في مدينة العريش أمس الأحد.", published="2015-08-03")
    # (a present opening its sentence, "وتتهم المعارضة ...", is left out as background since vb23)
    standing = extract_text("في حين تتهم المعارضة السورية النظام بقصف الأحياء السكنية.", published="2015-08-03")
    (a,) = arrest.events
    (s,) = standing.events
    assert (a.type, s.type) == ("COERCE", "ACCUSE")
    assert a.confidence > 0.8 and s.confidence < 0.5  # a deed told in the past vs a habitual present "accuses"


def test_dated_history_stays_below_a_half():
    doc = extract_text("وتوالت العمليات الإرهابية بتفجير السفارة الأميركية في بيروت في 18 أبريل 1983، مما أسفر عن مقتل "
                       "58 أميركيا ولبنانيا.", published="2015-08-01")
    (old,) = doc.events
    assert "background" in old.flags and old.confidence < 0.5


def test_the_shipped_model_ranks_better_than_the_rules_prior_on_sets_it_did_not_see():
    meta = default_model().meta
    loso = meta["leave_one_set_out"]
    assert "blind5" not in meta["sets"] and "dev" in meta["sets"]
    assert loso["auc"] > loso["auc_of_rules_prior"] + 0.05
    assert loso["brier"] < loso["brier_of_base_rate"]


def test_the_trainer_learns_a_separable_fact_and_is_deterministic():
    trainer = _trainer()
    rows = [(["bias", "trigger=اعتقل"], 1, 0.7)] * 200 + [(["bias", "trigger=تتهم"], 0, 0.7)] * 200
    w1, w2 = trainer.fit(rows), trainer.fit(list(rows))
    assert w1 == w2
    model = ConfidenceModel(w1)
    assert model.probability(["bias", "trigger=اعتقل"]) > 0.8 > 0.2 > model.probability(["bias", "trigger=تتهم"])
    # a fact seen on fewer events than MIN_COUNT gets no weight
    assert "trigger=نادر" not in trainer.fit(rows + [(["bias", "trigger=نادر"], 1, 0.7)])
