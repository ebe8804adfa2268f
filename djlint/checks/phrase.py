"""DJ40x set political formulations: known wrong variants, enumeration members, dates,
near misses (one character off), consistency inside one document.

The lexicon is pack data: the ``lexicon/*.yaml`` files of the built-in ``phrase`` pack and of
any rule pack the configuration names (``PACK_DATA`` below).  Every entry must name its source.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import regex as re

from ..engine import Finding, Rule
from ..engine.data import load_yaml
from ..errors import RuleLoadError

ENTRY_KEYS = {"name", "members", "sep", "suffix", "variants", "legit", "since", "until", "replaced_by", "fuzzy",
              "source"}
VARIANT_KEYS = {"pattern", "fix", "message", "requires", "example"}
FUZZY_MIN = 8


@dataclass
class Variant:
    pattern: object
    fix: str | None
    message: str | None
    #: the variant counts only in a document that contains this text somewhere
    requires: str | None = None


@dataclass
class Formulation:
    name: str
    source: str
    members: list[str] = field(default_factory=list)
    sep: str = "、"
    suffix: str = ""
    variants: list[Variant] = field(default_factory=list)
    legit: list[str] = field(default_factory=list)
    since: int | None = None
    until: int | None = None
    replaced_by: str | None = None
    fuzzy: bool = True

    #: what lies between two members when a non-member of the same kind sits there (服务意识)
    stranger_re: object = field(default=None, init=False, repr=False)

    def __post_init__(self):
        if self.suffix:
            self.stranger_re = re.compile(r"^[、，和]([\p{Han}]{1,4}" + re.escape(self.suffix) + r")[、，和]$")


@dataclass
class Lexicon:
    entries: list[Formulation]
    #: one alternation over every variant pattern, and which entry each group belongs to
    variant_re: object = None
    variant_index: list = field(default_factory=list)
    dated_re: object = None
    dated: dict = field(default_factory=dict)
    fuzzy: list = field(default_factory=list)  # (formulation, prefilter halves, compiled fuzzy)
    exact: dict = field(default_factory=dict)
    #: fuzzy formulations by each half of their name; enumerations by each member
    halves_of: dict = field(default_factory=dict)
    member_sets: dict = field(default_factory=dict)
    #: one lookahead alternation over all halves and members, and those keys by their first two characters
    keys_re: object = None
    keys_by_prefix: dict = field(default_factory=dict)


def _load_file(path: str) -> list[Formulation]:
    data = load_yaml(path)
    if not isinstance(data, dict) or set(data) - {"formulations"}:
        raise RuleLoadError(f"{path}: 须为 formulations: [...]")
    out = []
    for i, spec in enumerate(data.get("formulations") or []):
        where = f"{path}: formulations[{i}]"
        if not isinstance(spec, dict):
            raise RuleLoadError(f"{where}: 须为映射")
        unknown = set(spec) - ENTRY_KEYS
        if unknown:
            raise RuleLoadError(f"{where}: 未知的键 {', '.join(sorted(map(str, unknown)))}")
        name = spec.get("name")
        if not isinstance(name, str) or not name:
            raise RuleLoadError(f"{where}: 缺少 name")
        if not spec.get("source"):
            raise RuleLoadError(f"{where}（{name}）: 缺少 source（出处）；没有出处的提法不能发布")
        variants = []
        for v in spec.get("variants") or []:
            if not isinstance(v, dict) or set(v) - VARIANT_KEYS or "pattern" not in v:
                raise RuleLoadError(f"{where}（{name}）: variants 的每一项须为 {{pattern, fix, message}}")
            try:
                pat = re.compile(str(v["pattern"]))
            except re.error as e:
                raise RuleLoadError(f"{where}（{name}）: 正则表达式无效：{e}") from None
            variants.append(Variant(pat, v.get("fix"), v.get("message"), v.get("requires")))
        out.append(Formulation(
            name=name, source=str(spec["source"]), members=[str(m) for m in spec.get("members") or []],
            sep=str(spec.get("sep", "、")), suffix=str(spec.get("suffix", "")), variants=variants,
            legit=[str(x) for x in spec.get("legit") or []], since=spec.get("since"), until=spec.get("until"),
            replaced_by=spec.get("replaced_by"), fuzzy=bool(spec.get("fuzzy", True))))
    return out


def load_lexicon_dir(registry, directory: str, origin: str) -> None:
    """``lexicon/`` of a pack: its formulation files join the registry's lexicon."""
    files = registry.data("lexicon-files", list)
    files.extend(os.path.join(directory, n) for n in sorted(os.listdir(directory)) if n.endswith((".yaml", ".yml")))


def _legacy_data_dir(registry, directory: str, origin: str) -> None:
    """Packs written for djlint 0.1 kept their lexicon as ``data/formulations.yaml``: still read."""
    path = os.path.join(directory, "formulations.yaml")
    if os.path.isfile(path):
        registry.data("lexicon-files", list).append(path)


PACK_DATA = {"lexicon": load_lexicon_dir, "data": _legacy_data_dir}


def lexicon_for(registry) -> Lexicon:
    """The compiled lexicon of every pack's ``lexicon/`` files, built once per registry."""
    return registry.memo("phrase.lexicon", lambda: _build_lexicon(registry.data("lexicon-files", list)))


def _build_lexicon(paths: list[str]) -> Lexicon:
    entries: list[Formulation] = []
    for p in paths:
        entries.extend(_load_file(p))
    lex = Lexicon(entries)
    # variants: one alternation, group per variant
    groups = []
    for f in entries:
        for v in f.variants:
            lex.variant_index.append((f, v))
            groups.append(f"(?P<v{len(lex.variant_index) - 1}>{v.pattern.pattern})")
    if groups:
        lex.variant_re = re.compile("|".join(groups))
    # dated: formulations with a start or an end
    dated = [f for f in entries if f.since or f.until]
    if dated:
        lex.dated = {f.name: f for f in dated}
        lex.dated_re = re.compile("|".join(re.escape(f.name) for f in sorted(dated, key=lambda f: -len(f.name))))
    for f in entries:
        lex.exact[f.name] = f
        if f.fuzzy and len(f.name) >= FUZZY_MIN and not f.name.startswith("《"):
            half = len(f.name) // 2
            lex.fuzzy.append((f, (f.name[:half], f.name[half:]), None))
    lex.fuzzy.sort(key=lambda item: -len(item[0].name))  # the longest formulation claims a span first
    for k, (f, halves, _c) in enumerate(lex.fuzzy):
        for h in halves:
            lex.halves_of.setdefault(h, []).append(k)
    import re as stdlib_re  # literal alternations: the standard library scans them faster

    for f in entries:
        if len(f.members) >= 2:
            for m in f.members:
                lex.member_sets.setdefault(m, []).append(f)
    # one scan per paragraph finds both the halves and the members it holds
    keys = list(dict.fromkeys(list(lex.halves_of) + list(lex.member_sets)))
    if keys:
        lex.keys_re = stdlib_re.compile("(?=" + "|".join(stdlib_re.escape(k) for k in keys) + ")")
        for k in keys:
            lex.keys_by_prefix.setdefault(k[:2], []).append(k)
    return lex


_SRC = "中共中央、中央纪委文件中的规范提法（每条出处见 rules/phrase/lexicon/formulations.yaml）"


class FormulationVariant(Rule):
    """规范提法写错了（已知的错误写法）

    ## 检查内容
    词库中每条规范提法收录的已知错误写法，例如“以习近平总书记为核心的党中央”“四种意识”
    “新时代中国特色社会主义思想”（漏了“习近平”；只在提到“习近平”的文稿中检查，因为总书记本人的
    讲话和报告不称自己的名字）“不忘初心牢记使命”（丢了顿号）
    “党的二十大会议精神”“二十大三中全会”“扫黑险恶”。

    ## 为什么
    党的文件中的提法一字不能改，写错是政治性差错，不是普通的错别字。

    ## 示例
    紧密团结在以习近平总书记为核心的党中央周围。

    应改为：

    紧密团结在以习近平同志为核心的党中央周围。

    ## 修复说明
    词库给出改法的，作为安全修复；只提示不改的（如已废止的文件名），需要人工处理。

    ## 依据
    各条提法的出处见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ401"
    name = "formulation-variant"
    severity = "error"
    fix = "sometimes"
    source = _SRC
    supersedes = ("DJ404",)
    examples = (
        ("紧密团结在以习近平总书记为核心的党中央周围。", True),
        ("牢固树立“四种意识”。", True),
        ("深入学习贯彻习近平总书记重要讲话精神，深入学习新时代中国特色社会主义思想。", True),
        ("开展不忘初心牢记使命主题教育。", True),
        ("紧密团结在以习近平同志为核心的党中央周围，深入学习习近平新时代中国特色社会主义思想。", False),
        ("坚持和发展新时代中国特色社会主义。", False),
    )

    def check_paragraph(self, p, ctx):
        lex = lexicon_for(ctx.registry)
        if lex.variant_re is None:
            return
        for m in lex.variant_re.finditer(p.text, timeout=1.0):
            idx = int(m.lastgroup[1:])
            f, v = lex.variant_index[idx]
            if v.requires and v.requires not in _doc_text(ctx):
                continue
            if v.fix is None:
                msg = v.message or f"“{m.group(0)}”不是规范提法（规范写法：{f.name}）"
                yield Finding(p, m.start(), m.end(), msg)
                continue
            fix = m.expand(v.fix) if "\\" in v.fix else v.fix
            yield Finding(p, m.start(), m.end(), v.message or f"提法有误：“{m.group(0)}”应为“{fix}”", fix)


def _keys_in(lex, p, ctx) -> set:
    """The lexicon keys (fuzzy halves and enumeration members) in a paragraph, scanned once.

    The lookahead alternation stops once at each position where some key starts; every key
    sharing that position's first two characters is tried there."""
    cache = ctx.shared("phrase.keys", lambda c: {})
    found = cache.get(p.index)
    if found is None:
        found = cache[p.index] = set()
        if lex.keys_re is not None:
            text = p.text
            for m in lex.keys_re.finditer(text):
                pos = m.start()
                for key in lex.keys_by_prefix.get(text[pos:pos + 2], ()):
                    if text.startswith(key, pos):
                        found.add(key)
    return found


def _doc_text(ctx) -> str:
    return ctx.shared("doc.text", lambda c: "\n".join(p.text for p in c.doc.paragraphs))


_SEPS = re.compile(r"^(?:、|，|,|和|及|与|以及|；)$")


class EnumerationMembers(Rule):
    """列举型提法的成员错序、缺项或混入他项（政治意识、大局意识、核心意识、看齐意识）

    ## 检查内容
    “四个意识”“四个自信”“政治三力”“六大纪律”“五位一体”“新发展理念”“三不腐”“三严三实”等
    列举型提法：各项的顺序须与规范一致；在提法名称后紧接着列举时，不能少项；同一列举中不能混进
    同类的他项（如“服务意识”）。

    ## 为什么
    列举型提法的成员和顺序是中央文件确定的，颠倒或漏项同样是提法错误。

    ## 示例
    增强政治意识、核心意识、大局意识、看齐意识。

    应改为：

    增强政治意识、大局意识、核心意识、看齐意识。

    ## 修复说明
    成员齐全只是顺序不对时，按规范顺序重排（安全修复）；缺项、混入他项需人工修改。

    ## 依据
    各条提法的出处见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ402"
    name = "enumeration-members"
    severity = "error"
    fix = "sometimes"
    source = _SRC
    examples = (
        ("增强政治意识、核心意识、大局意识、看齐意识。", True),
        ("增强“四个意识”，即政治意识、大局意识、核心意识。", True),
        ("树牢政治意识、大局意识、服务意识、看齐意识。", True),
        ("一体推进不敢腐、不想腐、不能腐。", True),
        ("增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信。", False),
        ("严明政治纪律和组织纪律。", False),
        ("坚持创新驱动，推动绿色发展。", False),
    )

    def check_paragraph(self, p, ctx):
        lex = lexicon_for(ctx.registry)
        if not lex.member_sets:
            return
        text = p.text
        candidates = []
        for member in _keys_in(lex, p, ctx):
            for f in lex.member_sets.get(member, ()):
                if f not in candidates:
                    candidates.append(f)
        for f in candidates:
            yield from self._check_set(p, text, f)

    def _check_set(self, p, text, f):
        clusters, strangers = _clusters(text, f, _member_hits(text, f))
        for ci, s_start, s_end, word in strangers:
            if len(clusters[ci]) >= len(f.members) - 1:
                yield Finding(p, s_start, s_end, f"“{word}”不是“{f.name}”的内容：应为{'、'.join(f.members)}")
        for c in clusters:
            finding = _cluster_finding(p, text, f, c)
            if finding is not None:
                yield finding


def _member_hits(text: str, f) -> list[tuple[int, int, int]]:
    """(start, end, member index) of every member in the text, none nested in another."""
    hits = []
    for i, m in enumerate(f.members):
        at = text.find(m)
        while at >= 0:
            hits.append((at, at + len(m), i))
            at = text.find(m, at + len(m))
    hits.sort()
    clean = []
    for h in hits:
        if not clean or h[0] >= clean[-1][1]:
            clean.append(h)
    return clean


def _clusters(text: str, f, hits):
    """Runs of members joined only by separators, and strangers (服务意识) sitting in a run."""
    clusters, cur, strangers = [], [], []
    for h in hits:
        if cur:
            gap = text[cur[-1][1]:h[0]]
            joined = _SEPS.match(gap) is not None or (f.sep == "" and h[0] == cur[-1][1])
            odd = f.stranger_re.match(gap) if (f.stranger_re is not None and not joined) else None
            if odd is not None and odd.group(1) not in f.members:
                strangers.append((len(clusters), cur[-1][1] + odd.start(1), cur[-1][1] + odd.end(1), odd.group(1)))
            elif not joined:
                clusters.append(cur)
                cur = []
        cur.append(h)
    if cur:
        clusters.append(cur)
    return clusters, strangers


def _cluster_finding(p, text: str, f, c) -> Finding | None:
    idx = [i for _s, _e, i in c]
    start, end = c[0][0], c[-1][1]
    if len(c) >= max(3, len(f.members) - 1) and idx != sorted(idx) and len(set(idx)) == len(idx):
        ordered = sorted(c, key=lambda h: h[2])
        pieces = []
        for k, h in enumerate(c):
            pieces.append(f.members[ordered[k][2]])
            if k + 1 < len(c):
                pieces.append(text[h[1]:c[k + 1][0]])
        return Finding(p, start, end, f"“{f.name}”的顺序应为：{f.sep.join(f.members) if f.sep else ''.join(f.members)}",
                       "".join(pieces) if len(c) == len(f.members) else None)
    # a member missing right after the set's own name
    if len(c) == len(f.members) - 1 and len(f.members) >= 3:
        before = text[max(0, start - 16):start]
        if f.name[:4] in before or (len(f.name) <= 6 and f.name in before):
            missing = [m for i, m in enumerate(f.members) if i not in idx]
            return Finding(p, start, end, f"“{f.name}”少了“{'、'.join(missing)}”：应为{'、'.join(f.members)}")
    return None


class FormulationDate(Rule):
    """提法与报告年份不符：提出之前就用了，或已改用新提法后还用旧的

    ## 检查内容
    报告年度（标题或开头的年份，或配置 `year:`）已知时：某提法在它提出的年份之前出现
    （如 2015 年的报告写“四个意识”），或已被新提法取代后仍在使用（如 2017 年的报告写
    “以习近平同志为总书记的党中央”；2021 年以后“四个全面”第一项仍写“全面建成小康社会”）。

    ## 为什么
    用错时代的提法，说明报告是套用别年的范文改的，或者引用了过时的表述。

    ## 示例
    （2023年度报告）紧密团结在以习近平同志为总书记的党中央周围。

    应改为：

    紧密团结在以习近平同志为核心的党中央周围。

    ## 修复说明
    旧提法有现行写法的，给出替换建议（不安全：请确认报告年份无误）。

    ## 依据
    各条提法的出处和日期见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ403"
    name = "formulation-date"
    severity = "warning"
    fix = "sometimes"
    source = _SRC
    examples = (
        ("2023年度党建工作报告\n紧密团结在以习近平同志为总书记的党中央周围。\n", True),
        ("2015年度党建工作报告\n增强“四个意识”，做到令行禁止。\n", True),
        ("2023年度党建工作报告\n紧密团结在以习近平同志为核心的党中央周围。\n", False),
        ("2015年度党建工作报告\n紧密团结在以习近平同志为总书记的党中央周围。\n", False),
    )

    def check_paragraph(self, p, ctx):
        year = ctx.year
        lex = lexicon_for(ctx.registry)
        if not year or lex.dated_re is None:
            return
        for m in lex.dated_re.finditer(p.text):
            f = lex.dated[m.group(0)]
            if f.since and year < f.since:
                yield Finding(p, m.start(), m.end(), f"“{f.name}”是{f.since}年起使用的提法，{year}年的报告中不应出现，请核对")
            elif f.until and year > f.until:
                repl = f"，现为“{f.replaced_by}”" if f.replaced_by else ""
                yield Finding(p, m.start(), m.end(), f"“{f.name}”是{f.until}年以前的提法{repl}", f.replaced_by,
                              safe=False)


_FUZZY_IGNORE_INSERT = set("的之和与、，等“”‘’《》（）")
_FUZZY_IGNORE_DELETE = set("为的之和与了")
_NUMERALS = set("一二三四五六七八九十百两0123456789")
_JOINERS = set("和、，及与")


class NearMissFormulation(Rule):
    """规范提法差了一个字（多字、少字、错字）

    ## 检查内容
    与词库中 8 个字以上的规范提法只差一个字的文字，如“习近平新时代中国特色社会主意思想”
    “以习近平同志为核的党中央”“全面从严治党主休责任”。第一个或最后一个字不同的不报（“意识形态工作
    责任清单”不是“责任制”的笔误），数字不同的不报（十九届五中全会是另一次会议）。多出一个“的”、把顿号写成逗号等
    公认的写法不报。

    ## 为什么
    长提法最容易在录入时错一个字，而这类错误人工校对最难发现。

    ## 示例
    深入学习贯彻习近平新时代中国特色社会主意思想。

    应改为：

    深入学习贯彻习近平新时代中国特色社会主义思想。

    ## 修复说明
    改为规范写法（安全修复：只差一个字，且规范写法唯一）。

    ## 依据
    各条提法的出处见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ404"
    name = "near-miss-formulation"
    severity = "warning"
    fix = "sometimes"
    source = _SRC
    examples = (
        ("深入学习贯彻习近平新时代中国特色社会主意思想。", True),
        ("紧密团结在以习近平同志为核的党中央周围。", True),
        ("压实全面从严治党主休责任。", True),
        ("深入学习贯彻习近平新时代中国特色社会主义思想，压实全面从严治党主体责任。", False),
        ("坚持以人民为中心的发展思想。", False),
    )

    def check_paragraph(self, p, ctx):
        lex = lexicon_for(ctx.registry)
        text = p.text
        if len(text) < FUZZY_MIN - 1:
            return
        if not lex.halves_of:
            return
        # one edit leaves at least one half of a formulation intact: only those are tried
        wanted = sorted({k for h in _keys_in(lex, p, ctx) for k in lex.halves_of.get(h, ())})
        taken: list[tuple[int, int]] = []
        for k in wanted:
            f, halves, compiled = lex.fuzzy[k]
            if compiled is None:
                compiled = re.compile(f"(?:{re.escape(f.name)}){{e<=1}}", re.BESTMATCH)
                lex.fuzzy[k] = (f, halves, compiled)
            for m in compiled.finditer(text, timeout=1.0, overlapped=False):
                s, e = m.span()
                if not _is_near_miss(f, m, text, lex) or any(a < e and s < b for a, b in taken):
                    continue
                taken.append((s, e))
                yield Finding(p, s, e, f"疑似提法有误：“{m.group(0)}”应为“{f.name}”", f.name)


def _is_near_miss(f, m, text: str, lex) -> bool:
    """Whether a one-edit match of formulation ``f`` is a misspelling of it, not another
    correct wording (a function word, another meeting's number, the same list joined by 和)."""
    got = m.group(0)
    if got == f.name or got in f.legit or f.name in text[max(0, m.start() - 2):m.end() + 2]:
        return False
    if got in lex.exact:
        return False  # another formulation, written right
    subs, ins, dels = m.fuzzy_counts
    if ins and len(got) == len(f.name) + 1 and _inserted_char(f.name, got) in _FUZZY_IGNORE_INSERT:
        return False
    if dels and (got == f.name[1:] or got == f.name[:-1]):
        return False  # the phrase cut at its edge: not a misspelling of it
    if dels and _deleted_char(f.name, got) in _FUZZY_IGNORE_DELETE:
        return False  # 以党的政治建设统领: a function word left out, still the same wording
    if subs:
        return _substitution_is_slip(f.name, got)
    return True


def _substitution_is_slip(name: str, got: str) -> bool:
    i = next((k for k in range(len(got)) if got[k] != name[k]), None)
    if i is None or i in (0, len(got) - 1):
        return False  # a different last or first character is usually a different word (责任清单)
    if got[i] in _NUMERALS and name[i] in _NUMERALS:
        return False  # 十九届五中全会 is another meeting, not a typo of 四中全会
    return not (got[i] in _JOINERS and name[i] in _JOINERS)  # 享乐主义和奢靡之风: the same list


def _deleted_char(name: str, got: str) -> str:
    for i, c in enumerate(got):
        if name[i] != c:
            return name[i]
    return name[-1]


def _inserted_char(name: str, got: str) -> str:
    for i, c in enumerate(name):
        if got[i] != c:
            return got[i]
    return got[-1]


_NUMBERED = re.compile(r"“([一二三四五六七八九十两])([\p{Han}])\1([\p{Han}])”")


class InconsistentFormulation(Rule):
    """同一文档中同一提法写法不一致（“五比五看”与“六比六看”）

    ## 检查内容
    同一篇报告里，带数字的口号型提法前后数字不一致（“五比五看”“六比六看”），
    或同一规范提法有两种写法（“不忘初心、牢记使命”与“不忘初心，牢记使命”）。

    ## 为什么
    前后不一致说明至少有一处写错了，或是从不同稿子拼起来的。

    ## 示例
    开展“五比五看”活动……深化“六比六看”成果。

    应改为：

    开展“五比五看”活动……深化“五比五看”成果。

    ## 依据
    公文用语前后一致的要求（《党政机关公文处理工作条例》第十九条）。
    """

    code = "DJ405"
    name = "inconsistent-formulation"
    severity = "warning"
    scope = "document"
    source = "《党政机关公文处理工作条例》第十九条"
    examples = (
        ("开展“五比五看”活动。\n深化“六比六看”成果。\n", True),
        ("开展不忘初心、牢记使命主题教育。\n牢记“不忘初心，牢记使命”。\n", True),
        ("开展“五比五看”活动。\n深化“五比五看”成果。\n", False),
    )

    def check(self, doc, ctx):
        seen: dict[tuple, tuple] = {}
        for p in doc.body:
            for m in _NUMBERED.finditer(p.text):
                key = (m.group(2), m.group(3))
                first = seen.get(key)
                if first is None:
                    seen[key] = (m.group(0), p)
                elif first[0] != m.group(0):
                    yield Finding(p, m.start(), m.end(), f"前文写作{first[0]}（第{first[1].line}段），此处为{m.group(0)}，请统一")
        lex = lexicon_for(ctx.registry)
        for f in lex.entries:
            if not f.legit:
                continue
            forms = [f.name] + f.legit
            where = {}
            for p in doc.body:
                for form in forms:
                    i = p.text.find(form)
                    if i >= 0 and form not in where:
                        where[form] = (p, i)
            if len(where) > 1:
                (first, (p1, _)), (second, (p2, i2)) = sorted(where.items(), key=lambda kv: (kv[1][0].index, kv[1][1]))[:2]
                yield Finding(p2, i2, i2 + len(second), f"“{second}”与前文“{first}”（第{p1.line}段）写法不一致，请统一",
                              severity="info")


RULES = (FormulationVariant, EnumerationMembers, FormulationDate, NearMissFormulation, InconsistentFormulation)
