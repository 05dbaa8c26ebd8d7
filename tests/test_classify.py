"""The trained event-type classifier: training, persistence, features, blending (our own sentences)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dotterel.errors import ResourceError
from dotterel.events.classify import (
    LABELS,
    TypeClassifier,
    feature_vocabulary,
    load_classifier,
    sentence_features,
    train_softmax,
)


def _toy_rows() -> tuple[list[list[str]], list[str]]:
    rows = [["bias", "w=attack", "v=attack"], ["bias", "w=meet", "v=meet"], ["bias", "w=rate", "w=bank"]] * 8
    labels = ["ASSAULT", "CONSULT", "NONE"] * 8
    return rows, labels


def test_train_softmax_learns_and_is_deterministic():
    rows, labels = _toy_rows()
    m1 = train_softmax(rows, labels, epochs=20, seed=3)
    m2 = train_softmax(rows, labels, epochs=20, seed=3)
    p = m1.predict_features(["bias", "w=attack", "v=attack"])
    assert max(p, key=p.__getitem__) == "ASSAULT"
    assert set(p) == set(LABELS)
    assert abs(sum(p.values()) - 1.0) < 1e-5
    assert (m1.weights == m2.weights).all()


def test_sample_weight_shifts_the_decision():
    rows = [["bias", "w=x"]] * 10
    labels = ["ASSAULT"] * 5 + ["CONSULT"] * 5
    heavy = train_softmax(rows, labels, epochs=20, seed=1, sample_weight=[5.0] * 5 + [1.0] * 5)
    p = heavy.predict_features(["bias", "w=x"])
    assert p["ASSAULT"] > p["CONSULT"]


def test_save_and_load_round_trip(tmp_path: Path):
    rows, labels = _toy_rows()
    model = train_softmax(rows, labels, epochs=5, seed=2)
    model.meta = {"note": "toy"}
    path = tmp_path / "clf.npz"
    model.save(path)
    back = TypeClassifier.load(path)
    assert back.labels == model.labels and back.meta == {"note": "toy"}
    p1, p2 = model.predict_features(rows[0]), back.predict_features(rows[0])
    assert max(p1, key=p1.__getitem__) == max(p2, key=p2.__getitem__)


def test_missing_model_file_is_a_resource_error(tmp_path: Path):
    with pytest.raises(ResourceError, match="event classifier model missing"):
        TypeClassifier.load(tmp_path / "absent.npz")


def test_unknown_features_give_a_valid_distribution():
    model = load_classifier()
    assert model is not None
    p = model.predict_features(["never-seen-feature"])
    assert abs(sum(p.values()) - 1.0) < 1e-4


def test_shipped_model_is_small_and_records_training_meta():
    model = load_classifier()
    assert model is not None
    assert model.meta and model.meta.get("file_weights", {}).get("handwritten.jsonl") == 3.0
    assert model.meta.get("n_train", 0) > 4000
    data = Path(__file__).resolve().parents[1] / "src" / "dotterel" / "data" / "classifier.npz"
    assert data.stat().st_size < 50 * 1024 * 1024


@pytest.mark.slow
def test_trigger_features_carry_lexicon_senses():
    from dotterel.nlp import load_nlp

    doc = load_nlp()("The rebels pulled out of the town after the army shelled their positions.")
    feats = sentence_features(next(iter(doc.sents)))
    assert "sense=RETREAT" in feats
    assert "sense_root=RETREAT" in feats
    assert "sense=ASSAULT" in feats


@pytest.mark.slow
@pytest.mark.parametrize("text,label", [
    ("Soldiers shelled the northern suburbs of the city overnight.", "ASSAULT"),
    ("The two foreign ministers held talks in Vienna on Monday.", "CONSULT"),
    ("The price of wheat rose by four percent in the first quarter.", "NONE"),
])
def test_shipped_model_on_our_sentences(text: str, label: str):
    from dotterel.nlp import load_nlp

    model = load_classifier()
    assert model is not None
    p = model.predict(next(iter(load_nlp()(text).sents)))
    assert max(p, key=p.__getitem__) == label


def test_averaged_training_is_the_mean_of_the_seeds():
    from dotterel.train import train_averaged

    rows, labels = _toy_rows()
    avg = train_averaged(rows, labels, n=3, seed=4, epochs=10)
    singles = [train_softmax(rows, labels, epochs=10, seed=s) for s in (4, 5, 6)]
    assert np.allclose(avg.weights, np.mean([m.weights for m in singles], axis=0), atol=1e-6)
    assert avg.meta["averaged_seeds"] == [4, 5, 6]
    p = avg.predict_features(["bias", "w=attack", "v=attack"])
    assert max(p, key=p.__getitem__) == "ASSAULT"


@pytest.mark.slow
def test_featurise_handles_empty_text():
    from dotterel.train import featurise

    rows = featurise(["", "Rebels attacked the town."])
    assert rows[0] == ["bias"]
    assert "bias" in rows[1] and len(rows[1]) > 3


def test_mode_model_round_trip_and_conditional_prediction(tmp_path: Path):
    from dotterel.events.classify import MODE_LABELS

    rows, labels = _toy_rows()
    model = train_softmax(rows, labels, epochs=5, seed=2)
    rows_m = [["bias", "w=shell"], ["bias", "w=shoot"]] * 6
    model.modes = train_softmax(rows_m, ["ASSAULT/heavy-weapons", "ASSAULT/firearms"] * 6, epochs=20, seed=2,
                                label_set=MODE_LABELS)
    path = tmp_path / "clf.npz"
    model.save(path)
    back = TypeClassifier.load(path)
    assert back.modes is not None and back.modes.labels == MODE_LABELS
    p = back.predict_mode(["bias", "w=shell"], "ASSAULT")
    assert max(p, key=lambda m: p[m]) == "heavy-weapons"
    assert abs(sum(p.values()) - 1.0) < 1e-5 and None in p  # None = no mode
    assert set(back.predict_mode(["bias"], "CONSULT")) == {None, "phone", "visit", "third-party", "multilateral"}
    assert TypeClassifier(model.vocab, model.weights).predict_mode(["bias"], "ASSAULT") == {}


@pytest.mark.slow
def test_predict_sentence_is_type_and_mode_from_one_feature_pass(nlp):
    clf = load_classifier()
    assert clf is not None
    sent = next(nlp("Israeli jets bombed a weapons depot near Damascus.").sents)
    probs, mode_probs = clf.predict_sentence(sent)
    assert probs == clf.predict(sent)
    assert mode_probs("ASSAULT") == clf.predict_mode(sentence_features(sent), "ASSAULT")


class _ConfidentAssault:
    """A stand-in classifier that is sure every sentence reports an ASSAULT."""

    modes = None

    def predict_sentence(self, sent):
        probs = {lab: 0.0 for lab in LABELS}
        probs.update(ASSAULT=0.9, NONE=0.1)
        return probs, lambda event_type: {}


def test_fill_codes_the_reported_clause_not_the_speech_verb():
    from dotterel.pipeline import Options, Pipeline

    pipe = Pipeline.load(Options())
    pipe.__dict__["classifier"] = _ConfidentAssault()  # the cached classifier, replaced for this pipeline only
    art = pipe.code_text("Militiamen overhauled the clinic in the old town, residents told reporters.",
                         date="2021-06-15")
    [event] = art.events
    assert (event.event_type, event.trigger.text) == ("ASSAULT", "overhauled")
    assert [a.text for a in event.source] == ["Militiamen"]
    assert event.reported_by is not None and event.reported_by.text == "residents"


def test_fill_codes_the_finding_not_the_finder():
    from dotterel.pipeline import Options, Pipeline

    pipe = Pipeline.load(Options())
    pipe.__dict__["classifier"] = _ConfidentAssault()
    art = pipe.code_text("Ceasefire monitors recorded that militiamen overhauled the clinic in the old town.",
                         date="2021-06-15")
    [event] = art.events
    assert event.trigger.text == "overhauled"
    assert [a.text for a in event.source] == ["militiamen"]


@pytest.mark.slow
def test_the_shipped_model_is_what_make_train_builds_from_this_code():
    """The features this code extracts from our corpus are exactly the shipped model's vocabulary, so a lexicon or
    feature change made without `make train` fails here (session 4 once changed the lexicon and kept the old model)."""
    from dotterel.train import DEFAULT_CORPUS, featurise, load_weighted_corpus

    model = load_classifier()
    assert model is not None and model.meta is not None and model.modes is not None
    rows = featurise([text for text, _, _ in load_weighted_corpus(DEFAULT_CORPUS)])
    vocab = feature_vocabulary(rows, min_count=int(model.meta.get("min_count", 2)))
    assert set(vocab) == set(model.vocab)
