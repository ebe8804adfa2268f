"""The verdict on a look-alike inside a three-character word: a character no common word covers that,
replaced by one that looks like it (data/shape-confusion.tsv, data/look-alikes.tsv: index.shapes), makes a
three-character word with the common word of two characters before or after it (医疗隧 → 医疗队, 拘留掀 →
拘留所, 工商朕 → 工商联: the slip leaves a word and a lone character).  confusion.candidates finds them
(kind confusion.WORD_SHAPE) in its walk over the lone characters.

The reading index (candidates.py) finds such a slip when it was typed by sound, candidates._look_alike
only for the few characters of data/look-alikes.tsv, _shape_in_four only in four-character words, and
confusion.py's other candidates only where the slip's neighbours stand alone too: a typist's look-alike in
a word of three had no candidate (benchmarks/wordslips.py, words of 3 by shape: 0.55 found).

The shape table is broad (ECSpell's, thousands of pairs: 太/大, 有/大, 但/低), so a lone character that
reads well on its own before or after a word (有|部分, 太大|的, 警示片 a word the dictionary lacks) offers
a candidate in correct prose far more often than a sound slip does.  These candidates therefore take the
word index's verdict (verdict.plausible) and stricter tests besides (see shape_slip).
"""
from __future__ import annotations

from .evidence import evidence, gain, gain_bound, pair_evidence
from .index import Index
from .verdict import BOUND_SLACK, EVIDENCE_3, _extra_need, plausible

#: how much likelier (see evidence.gain) the text must read with a look-alike put back in a word of three:
#: e^8, about 3,000 times.  Measured (benchmarks/results.md, slips12) on the candidates the word index's
#: verdict let through: the correct prose of ECSpell med and the DJ4 dev texts drew them at 3.2 to 7.9
#: (有部分 → 大部分 3.2, 警示片 → 警示牌 6.5, 太大的 → 大大的 7.6, 审判质效 → 审判员 7.9), the generated and
#: the ECSpell slips mostly above (工商朕 → 工商联 12.1, 辅助牲 → 辅助性 9.3, 手术弗 → 手术费 8.2)
SHAPE_3_GAIN = 8.0
#: and as much as a confusion candidate by shape needs (verdict.CONFUSION_GAIN) where the evidence falls short
#: of what the guards ask for (a slip at the edge of running text: 乳腺包块 reads 乳腺癌 9.8, 试孕几个 reads 好几个
#: 8.7; 工商朕等 → 工商联 12.1)
SHAPE_3_RESCUE = 10.0
EPS = 1e-9
#: what a look-alike's weight gives way by to a homophone's that explains the same stretch as well (脚膜炎
#: is 角膜炎 typed by sound, not 脑膜炎 by shape): less than the evidence's tenths
BELOW_SOUND = 0.05


def _attested_pair(index: Index, text: str, at: int) -> bool:
    """Whether the character at ``at`` makes a pair with a neighbour that words of the dictionary hold
    (生津 of 生津止渴, 技高 of 技高一筹, 太大): it reads as part of a word the dictionary lacks, not alone."""
    return (at > 0 and index.pair_score(text[at - 1:at + 1]) > 0) or index.pair_score(text[at:at + 2]) > 0


def shape_slip(index: Index, text: str, s: int, e: int, at: int, written: str, suggested: str) -> float | None:
    """The evidence (less BELOW_SOUND) when a candidate of :func:`candidates` is a plausible slip, else
    None: its character in no attested pair, the text SHAPE_3_GAIN likelier and its character pairs no
    worse with the suggestion (the cheap tests first), what verdict.plausible says of it (names, set
    patterns, a look-alike making a common word, the guards), and the evidence clear of what the guards
    ask unless the text is SHAPE_3_RESCUE likelier."""
    if _attested_pair(index, text, at) or gain_bound(index, text, s, e, at, suggested) < SHAPE_3_GAIN - EPS - BOUND_SLACK:
        return None  # the bound of the gain first (see verdict.confident): it turns most away at a third of the cost
    likelier = gain(index, text, s, e, suggested)
    if likelier < SHAPE_3_GAIN - EPS or pair_evidence(index, text, s, e, suggested) < -EPS:
        return None
    found = plausible(index, text, s, e, at, written, suggested, None)
    if found is None:
        return None
    if likelier < SHAPE_3_RESCUE - EPS and evidence(index, text, s, e, suggested) < \
            EVIDENCE_3 + _extra_need(index, text, s, e, at, suggested) - EPS:
        return None  # short of the evidence the guards ask for: rescued only by a far likelier text
    return found - BELOW_SOUND
