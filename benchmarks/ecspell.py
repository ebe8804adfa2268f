"""Score djlint as a spelling corrector on sentence files of the ECSpell kind, the way pycorrector
and macro-correct score one:

    python benchmarks/ecspell.py FILE.train [FILE ...] [--select DJ4|all] [--whole-file] [--show 40]

Each line of a file is ``N<TAB>source<TAB>target``: N wrong characters, the source as written and
the corrected target, of the same length (substitutions only); N = 0 lines are correct sentences.
Each source is linted as a user would lint it (``lint_text`` with the default configuration, only
the DJ4xx rules with ``--select DJ4``, every default rule with ``--select all``), every finding's
suggestion is applied (right to left; a finding without one changes nothing), and the result is
compared with the target:

- sentence level: a changed sentence is a true correction when it equals the target (precision
  over the sentences changed, recall over the sentences with errors, F1); a true detection when
  the characters changed are exactly the wrong ones;
- over-correction: the share of correct sentences (N = 0) changed; and flagged: the share of them
  with any finding at all (a reviewer reads a finding without a suggestion too);
- character level: precision and recall of the changed positions (detection) and of the right
  characters put there (correction).

Prints the sentences it gets wrong (missed, wrong suggestion, false alarm) with ``--show``.
``--whole-file`` lints each file as one document, a sentence a paragraph (what a user who pastes
them into one draft sees: a stretch written the same way twice is then taken for a name).

The ECSpell *test* splits are how others measure this project: never run this on them while
developing; tune on odw.train and confirm on other text.
"""
from __future__ import annotations

import argparse
import collections
import difflib
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from djlint.lint import lint_text  # noqa: E402


def read_pairs(path: str) -> list[tuple[int, str, str]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                rows.append((int(parts[0]), parts[1], parts[2]))
    return rows


def config_for(select: str) -> dict:
    return {"select": ["DJ4"]} if select.upper() == "DJ4" else {}


def apply(text: str, diags) -> str:
    """The text with every finding's suggestion put in, right to left; overlapping ones after the
    first (from the right) are dropped."""
    out = text
    limit = len(text) + 1
    for d in sorted((d for d in diags if d.fix is not None), key=lambda d: -d.start):
        if d.end > limit:
            continue
        out = out[:d.start] + d.fix.replacement + out[d.end:]
        limit = d.start
    return out


def changed_positions(src: str, pred: str) -> tuple[set, dict]:
    """Positions of ``src`` the prediction changed, and what it put there (same length: position
    by position; otherwise the source positions a diff replaces or deletes, with no character)."""
    if len(src) == len(pred):
        pos = {i for i, (a, b) in enumerate(zip(src, pred)) if a != b}
        return pos, {i: pred[i] for i in pos}
    pos = set()
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, src, pred, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            pos.update(range(i1, i2))
        elif tag == "insert":
            pos.add(min(i1, len(src) - 1))
    return pos, {}


def lint_rows(rows, cfg: dict, whole_file: bool):
    """(findings of each row's source) as lists of (start, end, replacement or None, code, message)."""
    if not whole_file:
        return [lint_text(src, cfg) for _n, src, _t in rows]
    text = "\n".join(src for _n, src, _t in rows)
    per = [[] for _ in rows]
    for d in lint_text(text, cfg):
        para = getattr(d.paragraph, "index", None)
        if para is not None and 0 <= para < len(rows) and d.paragraph.text == rows[para][1]:
            per[para].append(d)
    return per


def score(rows, found) -> dict:
    c = collections.Counter()
    wrong = []
    for (n, src, tgt), diags in zip(rows, found):
        pred = apply(src, diags)
        gold = {i for i, (a, b) in enumerate(zip(src, tgt)) if a != b}
        pos, put = changed_positions(src, pred)
        has_error = src != tgt
        changed = pred != src
        c["sentences"] += 1
        c["with_errors"] += has_error
        c["changed"] += changed
        if not has_error:
            c["correct"] += 1
            c["overcorrected"] += changed
            c["flagged_correct"] += bool(diags)
        else:
            c["det_tp"] += changed and pos == gold
            c["cor_tp"] += changed and pred == tgt
        # character level
        c["char_gold"] += len(gold)
        c["char_pred"] += len(pos)
        c["char_det"] += len(pos & gold)
        c["char_cor"] += sum(1 for i in pos & gold if put.get(i) == tgt[i])
        if pred != tgt or (not has_error and diags):
            kind = ("false alarm" if not has_error else "missed" if not changed else "wrong suggestion")
            wrong.append((kind, n, src, tgt, pred, diags))
    return {"counts": c, "wrong": wrong}


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(name: str, res: dict, seconds: float) -> dict:
    c = res["counts"]
    det_p, det_r = ratio(c["det_tp"], c["changed"]), ratio(c["det_tp"], c["with_errors"])
    cor_p, cor_r = ratio(c["cor_tp"], c["changed"]), ratio(c["cor_tp"], c["with_errors"])
    ch_dp, ch_dr = ratio(c["char_det"], c["char_pred"]), ratio(c["char_det"], c["char_gold"])
    ch_cp, ch_cr = ratio(c["char_cor"], c["char_pred"]), ratio(c["char_cor"], c["char_gold"])
    out = {
        "sentences": c["sentences"], "with_errors": c["with_errors"], "changed": c["changed"],
        "det_p": det_p, "det_r": det_r, "det_f1": f1(det_p, det_r),
        "cor_p": cor_p, "cor_r": cor_r, "cor_f1": f1(cor_p, cor_r),
        "overcorrection": ratio(c["overcorrected"], c["correct"]),
        "flagged_correct": ratio(c["flagged_correct"], c["correct"]),
        "char_det_p": ch_dp, "char_det_r": ch_dr, "char_cor_p": ch_cp, "char_cor_r": ch_cr,
    }
    print(f"== {name}: {c['sentences']} sentences, {c['with_errors']} with errors, {c['correct']} correct "
          f"({seconds:.1f} s)")
    print(f"   sentence detection  P {det_p:.3f}  R {det_r:.3f}  F1 {out['det_f1']:.3f}")
    print(f"   sentence correction P {cor_p:.3f}  R {cor_r:.3f}  F1 {out['cor_f1']:.3f}")
    print(f"   over-correction {c['overcorrected']}/{c['correct']} = {out['overcorrection']:.4f};"
          f"  correct sentences with any finding {c['flagged_correct']}/{c['correct']} = {out['flagged_correct']:.4f}")
    print(f"   character detection P {ch_dp:.3f}  R {ch_dr:.3f};  correction P {ch_cp:.3f}  R {ch_cr:.3f}"
          f"  ({c['char_cor']} right of {c['char_pred']} changed, {c['char_gold']} wrong)")
    return out


def show(res: dict, limit: int, kinds) -> None:
    by = collections.defaultdict(list)
    for row in res["wrong"]:
        by[row[0]].append(row)
    for kind in kinds:
        rows = by.get(kind, [])
        print(f"-- {kind}: {len(rows)}")
        for _k, n, src, tgt, pred, diags in rows[:limit]:
            gold = "".join(f"{a}→{b} " for a, b in zip(src, tgt) if a != b)
            print(f"   [{n}] {src}")
            print(f"       want {gold.strip() or '(no change)'}", end="")
            got = "".join(f"{a}→{b} " for a, b in zip(src, pred) if a != b) if len(pred) == len(src) else pred
            print(f";  got {got.strip() or '(no change)'}")
            for d in diags:
                print(f"       {d.code} {d.message}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--select", default="DJ4", help="DJ4 (only the DJ4xx rules, default) or all (every default rule)")
    ap.add_argument("--whole-file", action="store_true", help="lint each file as one document")
    ap.add_argument("--show", type=int, default=0, help="print up to this many sentences of each kind it gets wrong")
    ap.add_argument("--kinds", default="false alarm,wrong suggestion,missed")
    args = ap.parse_args(argv)
    if any(f.endswith(".test") for f in args.files):
        print("refusing a *.test file: the test splits are for others' measurement", file=sys.stderr)
        return 2
    cfg = config_for(args.select)
    for path in args.files:
        rows = read_pairs(path)
        t0 = time.perf_counter()
        found = lint_rows(rows, cfg, args.whole_file)
        res = score(rows, found)
        report(f"{os.path.basename(path)} [{args.select}{', whole file' if args.whole_file else ''}]", res,
               time.perf_counter() - t0)
        if args.show:
            show(res, args.show, args.kinds.split(","))
    return 0


if __name__ == "__main__":
    sys.exit(main())
