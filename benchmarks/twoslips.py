"""The two-character non-word candidates of DJ421 and what it computes for them (issue 30, spell28).

    python benchmarks/twoslips.py --slips fixtures/slips15 fixtures/slips16 fixtures/slips27 \
        --ecspell ODW.train --clean DIR_OR_FILE ... [--tsv OUT] [--sweep]

A candidate of this kind: a two-character stretch no word of the index (``index.knows``), a two-character
suggestion, from the word index (candidates.candidates) or the confusion sets (confusion.candidates).
For each it prints the evidence DJ421 computes (evidence, gain, pair evidence, the suggestion's weight,
whether the written characters are common, whether they make words with their neighbours, the reading
relation) and the verdict (taken or not).  Labels: on a slip list, the candidate at the key's slip with the
key's fix is ``true``; on an ECSpell file, a candidate of a wrong sentence whose fix the target holds is
``true``, every candidate of a correct sentence ``false``; on --clean text (correct prose) every candidate
is ``false``.  Other candidates are left out.

With --sweep, the candidates read the same as the suggestion are weighed again by the whole verdict (names,
patterns and every other guard included) with the two-character bars lowered (see SETTINGS), and the
candidates each setting takes are counted by label and set, the ones the base does not take printed.
"""
from __future__ import annotations

import argparse
import collections
import glob
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from djlint.checks.phrase import spelling_index  # noqa: E402
from djlint.checks.spelling import confusion  # noqa: E402
from djlint.checks.spelling.candidates import HAN_RUN, candidates  # noqa: E402
from djlint.checks.spelling.evidence import evidence, gain, pair_evidence  # noqa: E402
from djlint.checks.spelling.verdict import confident, plausible  # noqa: E402
from djlint.engine import build_registry  # noqa: E402


def two_char(index, text: str):
    """(s, e, at, written, suggested, source) of the two-character non-word candidates of ``text``."""
    covers: dict = {}
    seen = set()
    for s, e, written, suggested, at in candidates(index, text, covers):
        if len(suggested) == 2 and not index.knows(written):
            seen.add((s, suggested))
            yield s, e, at, written, suggested, "index"
    for run in HAN_RUN.finditer(text):
        for s, e, written, suggested, at, kind in confusion.candidates(index, run.group(), run.start(), covers):
            if len(suggested) == 2 and kind != confusion.WORD_SHAPE and not index.knows(written) and (s, suggested) not in seen:
                yield s, e, at, written, suggested, kind


def features(index, text, s, e, at, written, suggested, source) -> dict:
    k = at - s
    same = index.codes.get(ord(written[k])) == index.codes.get(ord(suggested[k]))
    if source == "index":
        verdict = plausible(index, text, s, e, at, written, suggested, None)
    else:
        verdict = confident(index, text, s, e, at, written, suggested, source, None)
    common = index.common_chars
    nb = (s > 0 and index.knows(text[s - 1:s + 1])) or (e < len(text) and index.knows(text[e - 1:e + 1]))
    return {
        "source": source, "reading": "same" if same else "other",
        "evidence": round(evidence(index, text, s, e, suggested), 2),
        "gain": round(gain(index, text, s, e, suggested), 2),
        "pairs": round(pair_evidence(index, text, s, e, suggested), 2),
        "sugg_weight": index.weight(suggested),
        "slip_common": bool(not common or written[k] in common),
        "other_common": bool(not common or written[1 - k] in common),
        "joins_neighbour": bool(nb),
        "written_pair": round(index.pair_score(written), 2),
        "taken": verdict is not None,
    }


def _slips(index, folder):
    with open(os.path.join(folder, "key.tsv"), encoding="utf-8") as fh:
        lines = [x.rstrip("\n") for x in fh if not x.startswith("#")]
    rows = [dict(zip(lines[0].split("\t"), x.split("\t"))) for x in lines[1:]]
    for r in rows:
        if r["kind"] != "nonword2":
            continue
        text, a = r["sentence"], r["sentence"].index(r["wrong"])
        hit = False
        for c in two_char(index, text):
            s, e, at, written, suggested, source = c
            fixed = text[:s] + suggested + text[e:]
            if a <= at < a + len(r["wrong"]) and fixed == text.replace(r["wrong"], r["right"], 1):
                hit = True
                yield "true", os.path.basename(folder), text, c
        if not hit:
            yield "nocand", os.path.basename(folder), text, (a, a + 2, a, r["wrong"], r["right"], "-")


def _ecspell(index, path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            src, tgt = parts[1], parts[2]
            if len(src) != len(tgt):
                continue
            for c in two_char(index, src):
                s, e, at, written, suggested, source = c
                if src == tgt:
                    yield "false", os.path.basename(path), src, c
                elif tgt[s:e] == suggested:
                    yield "true", os.path.basename(path), src, c


def _clean(index, paths):
    for p in paths:
        files = sorted(glob.glob(os.path.join(p, "*.txt"))) if os.path.isdir(p) else [p]
        for f in files:
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    text = line.strip()
                    for c in two_char(index, text):
                        yield "false", f, text, c


#: the two-character bars of verdict.py, lowered: CONFUSION_GAIN["same"], LONE_GAIN, LONE_GAIN_WORD, GAIN_2
#: (each one lower by the step), and PAIRS_2_GAIN, CONFUSION_PAIRS (the pair bars, 1.0 lower)
SETTINGS = {"base": (0.0, 0.0), "gain -0.5": (0.5, 0.0), "gain -1": (1.0, 0.0), "gain -2": (2.0, 0.0),
            "pairs -1": (0.0, 1.0), "gain -1, pairs -1": (1.0, 1.0)}


def _reweigh(index, cands, step: float, pair_step: float) -> set:
    from djlint.checks.spelling import verdict as V

    saved = (dict(V.CONFUSION_GAIN), V.LONE_GAIN, V.LONE_GAIN_WORD, V.GAIN_2, V.PAIRS_2_GAIN, V.CONFUSION_PAIRS)
    V.CONFUSION_GAIN["same"] -= step
    V.LONE_GAIN, V.LONE_GAIN_WORD, V.GAIN_2 = V.LONE_GAIN - step, V.LONE_GAIN_WORD - step, V.GAIN_2 - step
    V.PAIRS_2_GAIN, V.CONFUSION_PAIRS = V.PAIRS_2_GAIN - pair_step, V.CONFUSION_PAIRS - pair_step
    try:
        taken = set()
        for n, (_label, _src, text, (s, e, at, written, suggested, source)) in enumerate(cands):
            if source == "index":
                v = V.plausible(index, text, s, e, at, written, suggested, None)
            else:
                v = V.confident(index, text, s, e, at, written, suggested, source, None)
            if v is not None:
                taken.add(n)
        return taken
    finally:
        V.CONFUSION_GAIN.clear()
        V.CONFUSION_GAIN.update(saved[0])
        V.LONE_GAIN, V.LONE_GAIN_WORD, V.GAIN_2, V.PAIRS_2_GAIN, V.CONFUSION_PAIRS = saved[1:]


def sweep(index, cands) -> None:
    cands = [c for c in cands if c[0] != "nocand" and
             index.codes.get(ord(c[3][3][c[3][2] - c[3][0]])) == index.codes.get(ord(c[3][4][c[3][2] - c[3][0]]))]
    base = None
    for name, (step, pair_step) in SETTINGS.items():
        taken = _reweigh(index, cands, step, pair_step)
        base = taken if base is None else base
        count = collections.Counter((cands[n][0], _group(cands[n][1])) for n in taken)
        print(f"{name}: " + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(count.items())))
        for n in sorted(taken - base):
            label, src, text, (s, e, _at, written, suggested, _source) = cands[n]
            print(f"    new {label} {written}->{suggested} {text[max(0, s - 8):e + 8]} [{src}]")


def _group(src: str) -> str:
    """slips and odw.train are tuned on; law and med, and correct prose, are the check."""
    base = os.path.basename(src)
    return "tune" if src.startswith("slips") or base == "odw.train" else base if base.endswith(".train") else "prose"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--slips", nargs="*", default=[])
    ap.add_argument("--ecspell", nargs="*", default=[])
    ap.add_argument("--clean", nargs="*", default=[])
    ap.add_argument("--tsv")
    ap.add_argument("--sweep", action="store_true")
    args = ap.parse_args(argv)
    index = spelling_index(build_registry())
    rows = []
    streams = [_slips(index, f) for f in args.slips] + [_ecspell(index, f) for f in args.ecspell] + [_clean(index, args.clean)]
    cands = [c for stream in streams for c in stream]
    if args.sweep:
        sweep(index, cands)
        return 0
    for label, src, text, (s, e, at, written, suggested, source) in cands:
        f = {} if label == "nocand" else features(index, text, s, e, at, written, suggested, source)
        rows.append((label, src, written, suggested, f, text[max(0, s - 6):e + 6]))
    out = open(args.tsv, "w", encoding="utf-8") if args.tsv else sys.stdout
    keys = ["source", "reading", "evidence", "gain", "pairs", "sugg_weight", "slip_common", "other_common",
            "joins_neighbour", "written_pair", "taken"]
    print("label\tset\twritten\tsuggested\t" + "\t".join(keys) + "\tcontext", file=out)
    for label, src, written, suggested, f, ctx in rows:
        print("\t".join([label, src, written, suggested] + [str(f.get(k, "")) for k in keys] + [ctx]), file=out)
    n = collections.Counter((r[0], r[4].get("taken")) for r in rows)
    print(dict(n), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
