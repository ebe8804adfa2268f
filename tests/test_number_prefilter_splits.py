"""Prefilters split by first character (speed43): DJ602, DJ604, DJ610, DJ611 and DJ207 each had one pattern whose
search tried every character of the document (its first characters a class); now several, each searched from its
literal (or read off the engine's literal scan, or its one-character words' search).  The paragraphs the rule's
prefilter admits, as the engine finds them, are exactly those the pattern they replace found: on the rule cases,
the fixtures' lines, 3,000 shuffled paragraphs of their sentences and 3,000 random strings of the patterns' pieces."""
from __future__ import annotations

import glob
import pathlib
import random
import re

import pytest

from djlint.config import Config
from djlint.document import read_bytes
from djlint.engine.cases import cases_of
from djlint.engine.context import LintContext
from djlint.engine.literals import paragraphs_matching, paragraphs_with_words
from djlint.engine.registry import build_registry

ROOT = pathlib.Path(__file__).resolve().parent.parent
REGISTRY = build_registry(())
_N = r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千半]+)[万亿千百]?"
_MARKS = r"[*＊×✕○□●■·•?？xXＸｘ\-－—…]"

#: code -> (the patterns before, which of the rule's prefilter they stand for: the rest are unchanged, pieces)
BEFORE = {
    "DJ602": (["近" + _N + "个?[余多]|近" + _N + ".{0,5}以上|约[有为计达]?" + _N + "个?[余多]|至少[在为有达]?" + _N + "|最少"
               + _N + "|不[少低]于" + _N + "|最多[在为有达]?" + _N + "|不到" + _N + "|十[一二三四五六七八九]多"], slice(0, 4),
              ["近", "将近", "约", "约有", "大约", "至少", "最少", "最多", "不少于", "不低于", "不到", "不到位", "十", "十一", "十五多",
               "多", "余", "个", "以上", "3", "25", "4.5", "万", "一", "两", "百", "半", "年", "人", "在", "为", "近平", "，", "。"]),
    "DJ604": (["[零○0OoＯ０][一二三四五六七八九〇零○0OoＯ０]{0,3}年"], slice(0, 1),
              ["二", "〇", "零", "○", "0", "O", "o", "Ｏ", "０", "2", "一", "九", "年", "年度", "二〇二四", "2024", "中", "，"]),
    "DJ610": (["[十百][一二三四五六七八九]?(?:余|多)?(?:次|名|人|篇|项|场|期|家|户|件|条|笔)"], slice(0, 2),
              ["十", "百", "一", "五", "九", "余", "多", "次", "名", "人", "篇", "项", "场", "期", "家", "户", "件", "条", "笔",
               "千", "二十", "开展", "，", "12"]),
    "DJ611": ([r"倍|万零|千零|百零|于(?:19|20)[0-9]{2}"], slice(0, 2),
              ["倍", "万", "千", "百", "零", "万零", "一千零五", "于", "关于", "19", "20", "2024", "1998", "5", "年", "增长", "，"]),
    "DJ207": (["XJP|xjp|习“|习关于|同志指出|同志强调|同志曾|同志领导|同志的领导|总书记受|总书记就|总书记代表|主席总书记|总书记关于"
               "|总书记系列|总书记的系列|总书记新时代|总书记的新时代|习总|总[*＊×✕○□●■·•xXＸｘ]|习新时代|中央的核心、全|《习|习考察"
               "|习视察|习来|习到|近平(?<!习近平)(?:总书记|同志|新时代)", _MARKS], slice(0, 3),
              ["XJP", "xjp", "X", "习", "“", "关于", "同志", "指出", "强调", "曾", "领导", "的", "总书记", "受", "就", "代表",
               "主席", "系列", "新时代", "总", "*", "×", "中央的核心、全", "《", "考察", "视察", "来", "到", "近平", "习近平",
               "学习", "，", "。"]),
}


def _sentences() -> list[str]:
    texts = [case.text for rule in REGISTRY.rules.values() for case in cases_of(rule)]
    for path in sorted(glob.glob(str(ROOT / "fixtures" / "**" / "*.txt"), recursive=True)):
        texts += pathlib.Path(path).read_text(encoding="utf-8").split("\n")
    return [s for t in texts for s in re.findall(r"[^。；！？\n]*[。；！？]|[^。；！？\n]+", t) if s.strip()]


SENTENCES = _sentences()


def _admitted(rule, part: slice, lines: list[str]) -> tuple[list[int], list[int]]:
    """The lines the rule's prefilter (the patterns ``part`` of it, and its one-character words) admits as the engine
    finds them, and the lines the patterns before found, by the document's own search."""
    doc = read_bytes("t.txt", "\n".join(lines).encode("utf-8"), "txt")
    ctx = LintContext(doc, Config(select=[rule.code]), REGISTRY)
    pre = rule.prefilter if isinstance(rule.prefilter, tuple) else (rule.prefilter,)
    now = {p.index for p in paragraphs_matching(ctx, pre[part])}
    now.update(p.index for p in paragraphs_with_words(ctx, rule.prefilter_words) if rule.prefilter_words)
    before = {p.index for pattern in BEFORE[rule.code][0] for p in doc.paragraphs_matching(re.compile(pattern))}
    return sorted(now), sorted(before)


@pytest.mark.parametrize("code", sorted(BEFORE))
@pytest.mark.slow
def test_the_split_prefilter_admits_the_paragraphs_the_one_pattern_did(code):
    rule = REGISTRY.rules[code]
    _, part, pieces = BEFORE[code]
    rnd = random.Random(code)
    shuffled = ["".join(rnd.choice(SENTENCES) for _ in range(rnd.randint(1, 4))) for _ in range(3000)]
    pieced = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))) for _ in range(3000)]
    admitted = 0
    for lines in (SENTENCES, shuffled, pieced):
        now, before = _admitted(rule, part, lines)
        assert now == before, [lines[i] for i in sorted(set(now) ^ set(before))][:5]
        admitted += len(before)
    assert admitted > 300, admitted
