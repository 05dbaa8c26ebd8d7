"""Build src/dotterel/data/cameo_verbs.json from the PETRARCH2 CAMEO 2.0 verb dictionary.

Source: openeventdata/petrarch2 ``CAMEO.2.0.txt`` (MIT licence, (c) Open Event Data Alliance), found in
``$DOTTEREL_SHARED/data/petrarch2`` (default ``../shared``). CAMEO codes become PLOVER (type, mode) through
``dotterel.events.ontology.cameo_to_plover``; codes PLOVER drops (01x statements, 02x appeals) are kept as
``NONE`` so that e.g. "declined to comment" suppresses a REJECT.

What is kept (a deliberately simple reading of the TABARI pattern language):
- verbs: each verb of a synonym block with its own code or the block's code;
- verb + object: the first content word after ``*`` in a pattern (synsets ``&X`` expanded);
- verb + preposition/particle: patterns whose first element after ``*`` is a parenthesised preposition.
Run: ``python scripts/build_verb_lexicon.py``; output is sorted and deterministic.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dotterel.events.ontology import cameo_to_plover

SHARED = Path(os.environ.get("DOTTEREL_SHARED", ROOT.parent / "shared"))
SRC = SHARED / "data" / "petrarch2" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "dotterel" / "data" / "cameo_verbs.json"
PREPS = {"to", "with", "on", "for", "against", "from", "in", "into", "at", "over", "out", "off", "up", "down",
         "back", "away", "about", "by", "upon", "toward", "towards", "through", "across", "under"}
STOP = {"a", "an", "the", "of", "its", "their", "his", "her", "to", "and", "or"}
CODE = re.compile(r"\[([0-9A-Za-z-]+)\]")


def plover(code: str) -> list[str | None] | None:
    if not code or code.startswith("-"):
        return None
    code = code.split(":")[0]
    got = cameo_to_plover(code)
    if got is None:
        return ["NONE", None, code] if code[:2] in {"01", "02"} else None
    return [got[0], got[1], code]


def singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def main() -> int:
    if not SRC.exists():
        print(f"CAMEO verb dictionary not found: {SRC}", file=sys.stderr)
        return 1
    lines = SRC.read_text(encoding="latin-1").splitlines()
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    verbs: dict[str, list] = {}
    vobj: dict[str, list] = {}
    vprt: dict[str, list] = {}
    block_code: str | None = None
    block_verbs: list[str] = []
    for raw in lines:
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        owner = comment.strip().split()[0].lower() if comment.strip() else None
        if not line.strip():
            continue
        if line.startswith("&"):
            current = line.strip().rstrip("_")
            synsets[current] = []
            continue
        if line.startswith("+") and current is not None and block_code is None:
            synsets[current].append(line[1:].strip().lower().replace("_", " "))
            continue
        if line.startswith("---"):
            current = None
            m = CODE.search(line)
            block_code = m.group(1) if m else "---"
            block_verbs = []
            continue
        if block_code is None:
            continue
        if line.startswith("-"):
            m = CODE.search(line)
            if not m:
                continue
            sense = plover(m.group(1))
            if sense is None:
                continue
            body = line[1:line.index("[")].strip().split()
            if "*" not in body:
                continue
            after = body[body.index("*") + 1:]
            if not after:
                continue
            first = after[0]
            words: list[str]
            # a pattern belongs to the verb named in its trailing comment
            owners = [owner] if owner and owner.isalpha() else block_verbs
            if first.startswith("("):
                prep = first.strip("(){}").lower()
                if prep in PREPS:
                    for v in owners:
                        vprt.setdefault(f"{v} {prep}", sense)
                continue
            tok = first.strip("(){}").lower()
            if tok.startswith("&"):
                members = synsets.get(tok.upper().rstrip("_"), [])
                words = [w.split()[-1] for w in members] if len(members) <= 40 else []
            else:
                words = [tok.replace("_", " ").split()[-1]] if tok and tok not in STOP else []
            for w in words:
                for v in owners:
                    vobj.setdefault(f"{v} {singular(w)}", sense)
            continue
        # a verb line: WORD [code] {forms} or +PHRASAL_VERB
        word = line.strip().split()[0]
        m = CODE.search(line)
        code = m.group(1) if m else block_code
        phrasal = word.startswith("+")
        word = word.lstrip("+").lower()
        if "{" in word or not word[0].isalpha():
            continue
        parts = word.split("_")
        lemma = parts[0]
        if phrasal and len(parts) == 2 and parts[1] in PREPS:
            sense = plover(code)
            if sense is not None:
                vprt.setdefault(f"{lemma} {parts[1]}", sense)
            continue
        if len(parts) > 1:
            continue
        block_verbs.append(lemma)
        sense = plover(code)
        if sense is not None:
            verbs.setdefault(lemma, sense)
    data = {
        "source": "PETRARCH2 CAMEO.2.0.txt verb dictionary, MIT licence, (c) 2014 Open Event Data Alliance; "
                  "CAMEO->PLOVER via CAMEO2PLOVER-2021 (CC BY-SA 4.0)",
        "verbs": dict(sorted(verbs.items())),
        "verb_object": dict(sorted(vobj.items())),
        "verb_particle": dict(sorted(vprt.items())),
    }
    OUT.write_text(json.dumps(data, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(verbs)} verbs, {len(vobj)} verb+object, {len(vprt)} verb+particle", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
