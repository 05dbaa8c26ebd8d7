"""The trained event-type classifier: a softmax (multinomial logistic) model over
lexical and dependency features of a parsed sentence.

It gives P(type | sentence) over the 16 PLOVER types plus ``NONE``. The rule-based
coder proposes events with roles; the classifier re-ranks them, removes events
in sentences it judges to report no event, and fills lexicon gaps (a sentence it
is confident about whose main verb the lexicon does not know).

Training: ``python -m dotterel.train`` (``make train``), on dotterel's own
labelled corpus in ``training/corpus`` (never on evaluation sets). The model is
one compressed ``.npz`` file shipped in the package.
"""

from __future__ import annotations

import functools
import io
import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ResourceError
from ..model import PLOVER_TYPES
from . import lexicon as lx
from .ontology import MODES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

LABELS: tuple[str, ...] = ("NONE", *PLOVER_TYPES)
# Mode labels "TYPE/mode" (and "TYPE/-" for no mode), for the mode model trained beside the type model.
MODE_LABELS: tuple[str, ...] = tuple(f"{t}/{m}" for t in PLOVER_TYPES for m in ("-", *MODES.get(t, ())))
MODEL_FILE = "classifier.npz"
CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV", "ADP", "PART"}
ENT_MAP = {"GPE": "PLACE", "LOC": "PLACE", "NORP": "GROUP", "ORG": "ORG", "PERSON": "PERSON", "FAC": "PLACE"}


def _lemma(tok: Token) -> str:
    if tok.ent_type_ in ENT_MAP and tok.pos_ == "PROPN":
        return "<" + ENT_MAP[tok.ent_type_] + ">"
    if tok.like_num:
        return "<NUM>"
    return tok.lemma_.lower()


def sentence_features(sent: SpacySpan) -> list[str]:
    """Sparse binary features of one parsed sentence (strings; hashed by the vocabulary)."""
    feats: list[str] = ["bias"]
    if len(sent) == 0:
        return feats  # an empty text: only the prior
    toks = [t for t in sent if not t.is_space and not t.is_punct]
    lemmas = [_lemma(t) for t in toks]
    for t, lem in zip(toks, lemmas, strict=True):
        if t.pos_ in CONTENT_POS or lem.startswith("<"):
            feats.append("w=" + lem)
    for a, b in itertools.pairwise(lemmas):
        feats.append(f"bi={a}_{b}")
    root = sent.root
    feats.append("root=" + root.lemma_.lower())
    for t in sent:
        if t.pos_ != "VERB":
            continue
        lem = t.lemma_.lower()
        role = "root" if t.i == root.i else t.dep_
        feats.append(f"v={lem}")
        feats.append(f"v_dep={role}")
        for c in t.children:
            if c.dep_ in {"dobj", "nsubjpass", "prt", "prep", "xcomp", "ccomp"}:
                feats.append(f"v_{c.dep_}={lem}_{c.lemma_.lower()}")
            if c.dep_ == "neg" or c.lower_ == "never":
                feats.append(f"neg={lem}")
            if c.dep_ == "aux" and c.lower_ in {"would", "will", "could", "might", "may", "should"}:
                feats.append("modal=" + c.lower_)
            if c.dep_ == "nsubj":
                feats.append("subj=" + _lemma(c))
        if lem in lx.SPEECH_VERBS and t.i == root.i:
            feats.append("speech_root")
        if lem in lx.VERBS:
            sense = lx.VERBS[lem]
            feats.append(f"lex={sense.event_type}")
            feats.append(f"lex_{role}={sense.event_type}")
        head = t.head
        if t.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() in lx.SPEECH_VERBS:
            feats.append(f"framed={lem}")
    feats.extend(_trigger_features(sent))
    for t in sent:
        if t.pos_ == "NOUN" and t.lemma_.lower() in lx.NOUNS:
            feats.append(f"lexn={lx.NOUNS[t.lemma_.lower()].event_type}")
    if any(t.text in {"“", '"', "”"} for t in sent):
        feats.append("has_quote")
    return feats


def _trigger_features(sent: SpacySpan) -> list[str]:
    """The lexicon's sense of each candidate trigger (with particles, objects, light verbs) and its context."""
    from .coder import SentenceCoder  # local: coder imports this module's types only for checking

    feats: list[str] = []
    root = sent.root
    for t in sent:
        if t.pos_ != "VERB":
            continue
        sense, _noun = SentenceCoder._verb_sense(t, t.lemma_.lower())
        if sense is None:
            continue
        et = sense.event_type
        feats.append("sense=" + et)
        if t.i == root.i:
            feats.append("sense_root=" + et)
        elif t.dep_ in {"xcomp", "ccomp"}:
            feats.append(f"sense_comp={t.head.lemma_.lower()}_{et}")
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children):
            feats.append("sense_neg=" + et)
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in t.children):
            feats.append("sense_pass=" + et)
    return feats


@dataclass(slots=True)
class TypeClassifier:
    """Multinomial logistic regression over binary features."""

    vocab: dict[str, int]
    weights: np.ndarray  # (n_features, n_labels)
    labels: tuple[str, ...] = LABELS
    meta: dict[str, object] | None = None
    modes: TypeClassifier | None = None  # P("TYPE/mode" | sentence), trained on the same features

    @classmethod
    def load(cls, path: Path | None = None) -> TypeClassifier:
        try:
            if path is None:
                data = resources.files("dotterel.data").joinpath(MODEL_FILE).read_bytes()
            else:
                data = Path(path).read_bytes()
        except (FileNotFoundError, OSError) as exc:
            raise ResourceError(f"event classifier model missing ({MODEL_FILE}); run `make train`") from exc
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            names = [str(x) for x in z["features"]]
            weights = z["weights"].astype(np.float32)
            labels = tuple(str(x) for x in z["labels"])
            meta = json.loads(str(z["meta"])) if "meta" in z else None
            modes = None
            if "mode_weights" in z:
                modes = cls({str(n): i for i, n in enumerate(z["mode_features"])},
                            z["mode_weights"].astype(np.float32), tuple(str(x) for x in z["mode_labels"]))
        return cls({n: i for i, n in enumerate(names)}, weights, labels, meta, modes)

    def save(self, path: Path) -> None:
        arrays = {"features": np.array(sorted(self.vocab, key=self.vocab.__getitem__)),
                  "weights": self.weights.astype(np.float16), "labels": np.array(self.labels),
                  "meta": np.array(json.dumps(self.meta or {}, sort_keys=True))}
        if self.modes is not None:
            m = self.modes
            arrays.update(mode_features=np.array(sorted(m.vocab, key=m.vocab.__getitem__)),
                          mode_weights=m.weights.astype(np.float16), mode_labels=np.array(m.labels))
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        Path(path).write_bytes(buf.getvalue())

    def predict_mode(self, feats: Sequence[str], event_type: str) -> dict[str | None, float]:
        """P(mode | sentence, type) for ``event_type`` (None = no mode); empty without a mode model."""
        if self.modes is None:
            return {}
        probs = self.modes.predict_features(feats)
        prefix = event_type + "/"
        sub = {lab[len(prefix):]: p for lab, p in probs.items() if lab.startswith(prefix)}
        total = sum(sub.values()) or 1.0
        return {(None if m == "-" else m): p / total for m, p in sub.items()}

    def predict_features(self, feats: Sequence[str]) -> dict[str, float]:
        idx = [self.vocab[f] for f in feats if f in self.vocab]
        scores = self.weights[idx].sum(axis=0) if idx else np.zeros(len(self.labels), dtype=np.float32)
        scores = scores - scores.max()
        p = np.exp(scores)
        p /= p.sum()
        return {lab: float(v) for lab, v in zip(self.labels, p, strict=True)}

    def predict(self, sent: SpacySpan) -> dict[str, float]:
        return self.predict_features(sentence_features(sent))

    def predict_sentence(self, sent: SpacySpan) -> tuple[dict[str, float], Callable[[str], dict[str | None, float]]]:
        """P(type | sentence) and a function giving P(mode | sentence, type), from one feature extraction.

        This is what the coder calls; a stand-in model (benchmarks/compare_embeddings.py) implements the same."""
        feats = sentence_features(sent)
        return self.predict_features(feats), functools.partial(self.predict_mode, feats)


def feature_vocabulary(rows: Sequence[Sequence[str]], *, min_count: int = 2) -> dict[str, int]:
    """Feature -> column: the features seen in at least ``min_count`` rows (and the bias), sorted."""
    counts: dict[str, int] = {}
    for feats in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    return {f: i for i, f in enumerate(names)}


def train_softmax(rows: Sequence[Sequence[str]], labels: Sequence[str], *, epochs: int = 40, lr: float = 0.05,
                  l2: float = 1e-4, min_count: int = 2, seed: int = 13,
                  sample_weight: Sequence[float] | None = None,
                  label_set: Sequence[str] = LABELS, vocab: dict[str, int] | None = None) -> TypeClassifier:
    """Train the classifier with full-batch-free minibatch Adam; deterministic for a fixed seed. ``vocab``: the
    :func:`feature_vocabulary` of ``rows`` when the caller already has it (seed averaging builds it once)."""
    if vocab is None:
        vocab = feature_vocabulary(rows, min_count=min_count)
    lab_index = {lab: i for i, lab in enumerate(label_set)}
    X = [np.array(sorted({vocab[f] for f in feats if f in vocab}), dtype=np.int64) for feats in rows]
    y = np.array([lab_index[lab] for lab in labels], dtype=np.int64)
    sw = np.ones(len(rows)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    n_feat, n_lab = len(vocab), len(label_set)
    rng = np.random.default_rng(seed)
    W = np.zeros((n_feat, n_lab), dtype=np.float64)
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    b1, b2, eps, step = 0.9, 0.999, 1e-8, 0
    batch = 32
    # class weights: balance rare types against frequent ones
    freq = np.bincount(y, minlength=n_lab).astype(np.float64)
    cw = np.where(freq > 0, (len(y) / (n_lab * np.maximum(freq, 1))) ** 0.5, 0.0)
    for _epoch in range(epochs):
        order = rng.permutation(len(X))
        for s in range(0, len(order), batch):
            ids = order[s:s + batch]
            grad = np.zeros_like(W)
            touched: set[int] = set()
            for i in ids:
                xi = X[i]
                z = W[xi].sum(axis=0)
                z -= z.max()
                p = np.exp(z)
                p /= p.sum()
                p[y[i]] -= 1.0
                grad[xi] += sw[i] * cw[y[i]] * p
                touched.update(xi.tolist())
            rows_t = np.fromiter(touched, dtype=np.int64)
            step += 1
            g = grad[rows_t] / len(ids) + l2 * W[rows_t]
            m[rows_t] = b1 * m[rows_t] + (1 - b1) * g
            v[rows_t] = b2 * v[rows_t] + (1 - b2) * g * g
            mh = m[rows_t] / (1 - b1 ** step)
            vh = v[rows_t] / (1 - b2 ** step)
            W[rows_t] -= lr * mh / (np.sqrt(vh) + eps)
    return TypeClassifier(vocab, W.astype(np.float32), tuple(label_set), {"epochs": epochs, "lr": lr, "l2": l2,
                                                               "min_count": min_count, "seed": seed,
                                                               "n_train": len(rows)})


@functools.lru_cache(maxsize=1)
def load_classifier() -> TypeClassifier | None:
    """The shipped classifier, or None when the package was built without one."""
    try:
        return TypeClassifier.load()
    except ResourceError:
        return None
