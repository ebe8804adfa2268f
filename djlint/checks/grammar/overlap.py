"""DJ441 patterns by meaning overlap (session 10): a word beside another that already holds its meaning,
told by the meaning each word carries rather than by a list of phrases.

- an adverb beside a verb whose first morpheme says the same (《现汉》: 重温 = 重新温习, 重返 = 回到,
  预测 = 预先推测, 互通 = 互相沟通, 亲临 = 亲自来到): 再次重温、事先预测、相互互通、亲自亲临;
- two degree adverbs on one word (十分非常重要, 极其十分重视): a degree said twice;
- a count and 们 on one noun (三位专家们, 许多同志们, 各位领导们): 们 marks an indefinite plural, a
  number or 许多、各位 already says how many (黄伯荣、廖序东《现代汉语》“们”).
"""
from __future__ import annotations

from ...util import rx
from .base import Pattern

#: again: an adverb of “once more” before a verb whose 重 is “once more” (not 重视、重要: 重 “heavy”);
#: 重新 before 重建、重修 (再次重建 may be a second rebuilding)
_AGAIN = r"再次|再度|再一次|又一次|重新"
_AGAIN_VERBS = r"重温|重返|重回|重提|重新"
_ANEW_VERBS = r"重建|重修|重塑|重整|重构|重组"
#: beforehand: 事先、预先 before a verb whose 预 is “beforehand” (提前预防、提前预判 are DJ441's own
#: patterns; 提前预警、提前预约 are the usage of notices and stay silent; 事前预防 is a noun, 二十大报告)
_BEFORE = r"事先|预先"
_BEFORE_VERBS = r"预测|预估|预设|预演|预习|预警|预约|预定|预订|预告|预备|预见|预留|预报"
#: mutual: 相互、互相 before a verb whose 互 is “mutual” (彼此互信 is a noun phrase: 增进彼此互信)
_MUTUAL_VERBS = r"互通|互动|互助|互补|互鉴|互访|互学|互评|互换|互认|互联|互融|互促|互帮"
#: in person: 亲自 before a verb whose 亲 is “in person”
_SELF_VERBS = r"亲临|亲赴|亲手|亲眼|亲身|亲耳|亲口"

#: degree adverbs (not 特别 second: 非常特别 is “very special”; 十分 not after a numeral: 九十分；
#: 极其、极为 not in 积极: 积极为……)
_DEGREE_FIRST = r"非常|(?<![零一二两三四五六七八九十百千0-9])十分|(?<!积)极其|(?<!积)极为|特别|格外|尤为|更加|更为|最为|越发|愈发|颇为|相当|很"
_DEGREE_SECOND = r"非常(?!时期|之|规|态|手段|事件|状态|措施)|十分|(?<!积)极其|(?<!积)极为|最为|万分|无比|格外|尤为|颇为"

#: how many: a number with its measure (三位、十余名), or a word of number (许多、各位)
_COUNT = (r"(?:(?:[0-9０-９]+|[一二两三四五六七八九十百千几数]+)(?:余|多)?(?:名|位|个)|许多|众多|诸多|很多|不少|"
          r"多位|多名|数位|数名|各位|诸位)")
#: the noun 们 attaches to: a few characters, no 的 (两个支部的党员们: the count is 支部's), no list
#: (各位领导、同志们), no pronoun (他们)
_NOUN = r"(?P<noun>(?:(?![的和与及或、他她我你咱它们为让使给向对把被将帮助替跟是在有说请叫带令教要])[一-龥]){1,5}?)"

#: what every match of the count-and-们 pattern holds: the count's last character (名、位、个, 许多's 多, 不少's 少),
#: the noun and 们; a class first, which the search jumps to.  The pattern itself begins with the count's
#: alternation (classes and words) and was tried at every character of each paragraph with a 们 (我们, 同志们)
_COUNT_END_THEN_MEN = rx.stdlib(r"[名位个多少][一-龥]{1,5}?们")
#: idioms of “persistently” (始终如一、坚持不懈) and the adverbs of “always” after them
_PERSIST = r"始终如一|一如既往|坚持不懈|持之以恒|锲而不舍|矢志不渝|始终不渝|一以贯之|常抓不懈|坚定不移"
_ALWAYS = r"一直|始终|一贯|时刻|时时|长期"

PATTERNS = (
    Pattern(r"(?P<a>" + _AGAIN + r")(?P<v>" + _AGAIN_VERBS + r")|(?P<a2>重新)(?P<v2>" + _ANEW_VERBS + r")",
            "“{v}{v2}”的“重”就是再次、重新，“{a}{a2}{v}{v2}”语义重复，删去“{a}{a2}”",
            lambda m: m.group("v") or m.group("v2"),
            needs=tuple(a + v for a in _AGAIN.split("|") for v in _AGAIN_VERBS.split("|"))
            + tuple("重新" + v for v in _ANEW_VERBS.split("|"))),
    Pattern(r"(?P<a>" + _BEFORE + r")(?P<v>" + _BEFORE_VERBS + r")",
            "“{v}”的“预”就是事先，“{a}{v}”语义重复，删去“{a}”", lambda m: m.group("v"),
            needs=tuple(a + v for a in _BEFORE.split("|") for v in _BEFORE_VERBS.split("|"))),
    Pattern(r"(?P<a>相互|互相)(?P<v>" + _MUTUAL_VERBS + r")",
            "“{v}”的“互”就是互相，“{a}{v}”语义重复，删去“{a}”", lambda m: m.group("v"),
            needs=tuple(a + v for a in ("相互", "互相") for v in _MUTUAL_VERBS.split("|"))),
    Pattern(r"(?P<a>亲自)(?P<v>" + _SELF_VERBS + r")",
            "“{v}”的“亲”就是亲自，“{a}{v}”语义重复，删去“{a}”", lambda m: m.group("v"),
            needs=tuple("亲自" + v for v in _SELF_VERBS.split("|"))),
    Pattern(r"(?P<a>" + _DEGREE_FIRST + r")(?P<b>" + _DEGREE_SECOND + r")",
            "“{a}”与“{b}”都表示程度，叠用重复，删去一个", lambda m: m.group("b"),
            accept=lambda text, m, ctx, p: m.group("a") != m.group("b"),
            needs=tuple(b for b in ("非常", "十分", "极其", "极为", "最为", "万分", "无比", "格外", "尤为", "颇为"))),
    Pattern(r"(?P<a>" + _PERSIST + r")地?(?P<b>" + _ALWAYS + r")",
            "“{a}”已含“{b}”之意，连用重复，删去“{b}”", needs=tuple(_PERSIST.split("|"))),
    # 广大党员干部们 (blind20): 广大 already says “many”; a salutation (广大青年朋友们：) is left to the speaker
    Pattern(r"(?P<count>广大)" + _NOUN + r"(?P<second>们)(?![：:，,！!])",
            "“{count}”已说明是多数，“{noun}”后面不再加“们”；删去“们”", span="second", needs=("广大",)),
    Pattern(r"(?P<count>" + _COUNT + r")" + _NOUN + r"(?P<second>们)",
            "“{count}”已说明是多数，“{noun}”后面不再加“们”；删去“们”", span="second",
            needs=("们",), also=_COUNT_END_THEN_MEN.search),
)

TRIGGERS = tuple(sorted({w for pat in PATTERNS for w in pat.needs}))
