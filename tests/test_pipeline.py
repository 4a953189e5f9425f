import pytest

from marsad.document import Document
from marsad.errors import StageContractError, UnknownStage, UnmetRequirement
from marsad.pipeline import Pipeline, register


def test_unknown_and_unmet_reported_at_build_time():
    with pytest.raises(UnknownStage) as e:
        Pipeline(["normalize", "nosuch"])
    assert "nosuch" in str(e.value) and "[E201]" in str(e.value)
    with pytest.raises(UnmetRequirement) as e:
        Pipeline(["events"])
    msg = str(e.value)
    for need in ("tokens", "places", "dates", "actors"):
        assert need in msg  # every gap at once


def test_run_order_is_configuration_and_done_is_recorded():
    doc = Pipeline(["normalize", "tokenize"])(Document.from_text("قصفت الطائرات حلب"))
    assert doc.done == ["normalize", "tokenize"]
    assert [t.stem for t in doc.tokens] == ["قصفت", "طاءرات", "حلب"]


def _bad(doc):
    return None


def test_stage_returning_wrong_type_is_caught():
    register("bad-for-test", "tests.test_pipeline:_bad", needs=("tokens",))
    p = Pipeline(["normalize", "tokenize", "bad-for-test"])
    with pytest.raises(StageContractError):
        p(Document.from_text("حلب"))
