"""The formulation lexicon: its schema (:class:`Formulation`, :class:`Variant`), the loader of the
``lexicon/*.yaml`` files every pack may bring (``PACK_DATA``), the compiled :class:`Lexicon` built
once per registry (:func:`lexicon_for`), and how rules find the paragraphs that hold its keys.

Every entry must name its source.
"""
from __future__ import annotations

import os

import regex as re

from ...engine import Rule
from ...engine.data import load_yaml
from ...engine.literals import literal_hits, paragraphs_with_words
from ...engine.words import remembered_paragraph_literals
from ...errors import RuleLoadError
from ...util import rx
from ...util.record import field, record
from ...util.trie import trie_pattern

ENTRY_KEYS = {"name", "members", "sep", "suffix", "variants", "legit", "since", "until", "replaced_by", "fuzzy",
              "source", "change", "history", "order_since"}
VARIANT_KEYS = {"pattern", "fix", "message", "requires", "example", "fixed", "safe", "unless_after", "near",
                "since", "severity", "typo", "local_list", "unless_before", "own_text", "unless_document"}
FUZZY_MIN = 8


@record(frozen=True)
class Stamp:
    """A date a formulation started or stopped being used: a year, or a year and a month."""

    year: int
    month: int | None = None

    @classmethod
    def parse(cls, value, where: str) -> "Stamp | None":
        if value is None:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", str(value).strip())
        if not m:
            raise RuleLoadError(f"{where}: 年份须写作 2016 或 2016-07")
        return cls(int(m.group(1)), int(m.group(2)) if m.group(2) else None)

    def __str__(self) -> str:
        return f"{self.year}年{self.month}月" if self.month else f"{self.year}年"


@record
class Variant:
    pattern: object
    fix: str | None
    message: str | None
    #: the variant counts only in a document that contains this text somewhere (a|b: either of them)
    requires: str | None = None
    #: ``requires`` is also met in a unit's own text: a document whose title names a report, a
    #: summary, a plan, a scheme or a notice (:func:`..structure.doctype.read_kind`), never a speech
    own_text: bool = False
    #: the fix changes no meaning (a typo, a known wrong form with no legitimate use)
    safe: bool = True
    #: not reported when the text right after the match (to the sentence end) matches this
    unless_after: object = None
    #: reported only when the paragraph also holds a match of this
    near: object = None
    #: not reported when the sentence before the match matches this (the speaker's own words:
    #: 习近平总书记强调，要以新时代中国特色社会主义思想为指导)
    unless_before: object = None
    #: not reported in a document that holds a match of this anywhere (a field whose own list of the
    #: same name is meant: 宗教界的“三个意识” is 国家意识、法治意识、公民意识)
    unless_document: object = None
    #: wrong only in reports of this year or later (unknown year: not reported)
    since: int | None = None
    severity: str | None = None
    #: a slip of the pen: still reported inside a quotation
    typo: bool = False
    #: a list of the same kind (“三个意识”，即责任意识、服务意识) is a local list, not this set
    local_list: bool = False
    example: str | None = None
    fixed: str | None = None


@record
class Formulation:
    name: str
    source: str
    members: list[str] = field(default_factory=list)
    sep: str = "、"
    suffix: str = ""
    variants: list[Variant] = field(default_factory=list)
    legit: list[str] = field(default_factory=list)
    since: Stamp | None = None
    until: Stamp | None = None
    replaced_by: str | None = None
    fuzzy: bool = True
    #: how the change is said: “三个自信”于2016年7月后发展为“四个自信”
    change: str = "改为"
    #: earlier member lists: [(last year valid, members)], for reports from those years
    history: list = field(default_factory=list)
    #: the member order is this year's (earlier documents listed the same words in another order)
    order_since: int | None = None

    #: what lies between two members when a non-member of the same kind sits there (服务意识)
    stranger_re: object = field(default=None, init=False, repr=False)

    def __post_init__(self):
        if self.suffix:
            self.stranger_re = rx.regex(r"^[、，和]([\p{Han}]{1,4}" + re.escape(self.suffix) + r")[、，和]$")

    def members_for(self, year: int | None) -> list[list[str]]:
        """The member lists valid in a report of ``year`` (every list when the year is unknown)."""
        if year is None:
            return [self.members] + [members for _until, members in self.history]
        old = [members for until, members in self.history if year <= until]
        if any(year == until for until, _m in self.history):
            old.append(self.members)  # the year it changed: either list
        return old or [self.members]


@record
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
    #: for each half, the fuzzy formulations it belongs to and where it stands in their names: (k, offset)
    half_targets: dict = field(default_factory=dict)
    #: per fuzzy formulation: no one-edit match of it can be reported in the window around an exact
    #: occurrence (see formulations._exact_window_is_silent), so that window need not be searched
    exact_is_silent: list = field(default_factory=list)
    #: per fuzzy formulation: the halves of its halves (A[:q], A[q:], B[:q'], B[q:]), see nearwindows.may_fit
    quarters: list = field(default_factory=list)
    member_sets: dict = field(default_factory=dict)
    #: every half and member: found by the engine's one scan of a document for all rules' literals
    key_set: frozenset = frozenset()
    half_keys: frozenset = frozenset()
    member_keys: frozenset = frozenset()
    #: whether variant_re may be searched over the joined paragraphs (see _build_lexicon)
    variant_joinable: bool = False
    #: a literal every variant's match holds, as one trie: the paragraphs worth searching with
    #: variant_re are found by it (None: some variant has no such literal)
    variant_needs: object = None
    #: that literal for each variant, in variant_index's order
    variant_literals: list = field(default_factory=list)
    #: patterns built from the lexicon on first use (see memo_pattern)
    _patterns: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def memo_pattern(self, name: str, build):
        """A pattern built from this lexicon once (``build()``), kept under ``name``."""
        pattern = self._patterns.get(name)
        if pattern is None:
            pattern = self._patterns[name] = build()
        return pattern


def _regex(value, where: str):
    """A variant's pattern (or one of its conditions): searched only at the variant's hit, so compiled then
    when the pattern cache holds it (rx.deferred)."""
    if value is None:
        return None
    try:
        return rx.deferred(str(value))
    except re.error as e:
        raise RuleLoadError(f"{where}: 正则表达式无效：{e}") from None


def _variant(v, where: str) -> Variant:
    if not isinstance(v, dict) or set(v) - VARIANT_KEYS or "pattern" not in v:
        raise RuleLoadError(f"{where}: variants 的每一项须为 {{pattern, fix, message, …}}（可用键：{', '.join(sorted(VARIANT_KEYS))}）")
    if v.get("severity") not in (None, "info", "warning", "error"):
        raise RuleLoadError(f"{where}: severity 须为 info/warning/error")
    return Variant(_regex(v["pattern"], where), v.get("fix"), v.get("message"), v.get("requires"),
                   safe=bool(v.get("safe", True)), unless_after=_regex(v.get("unless_after"), where),
                   near=_regex(v.get("near"), where), unless_before=_regex(v.get("unless_before"), where),
                   unless_document=_regex(v.get("unless_document"), where),
                   since=v.get("since"), severity=v.get("severity"),
                   typo=bool(v.get("typo", False)), local_list=bool(v.get("local_list", False)),
                   example=v.get("example"), fixed=v.get("fixed"), own_text=bool(v.get("own_text", False)))


def _history(spec, where: str) -> list:
    out = []
    for h in spec or []:
        if not isinstance(h, dict) or set(h) != {"until", "members"}:
            raise RuleLoadError(f"{where}: history 的每一项须为 {{until: 年份, members: [...]}}")
        out.append((int(h["until"]), [str(m) for m in h["members"]]))
    return out


def _entry(spec, where: str) -> Formulation:
    if not isinstance(spec, dict):
        raise RuleLoadError(f"{where}: 须为映射")
    unknown = set(spec) - ENTRY_KEYS
    if unknown:
        raise RuleLoadError(f"{where}: 未知的键 {', '.join(sorted(map(str, unknown)))}")
    name = spec.get("name")
    if not isinstance(name, str) or not name:
        raise RuleLoadError(f"{where}: 缺少 name")
    where = f"{where}（{name}）"
    if not spec.get("source"):
        raise RuleLoadError(f"{where}: 缺少 source（出处）；没有出处的提法不能发布")
    return Formulation(
        name=name, source=str(spec["source"]), members=[str(m) for m in spec.get("members") or []],
        sep=str(spec.get("sep", "、")), suffix=str(spec.get("suffix", "")),
        variants=[_variant(v, where) for v in spec.get("variants") or []],
        legit=[str(x) for x in spec.get("legit") or []], since=Stamp.parse(spec.get("since"), where),
        until=Stamp.parse(spec.get("until"), where), replaced_by=spec.get("replaced_by"),
        fuzzy=bool(spec.get("fuzzy", True)), change=str(spec.get("change", "改为")),
        history=_history(spec.get("history"), where), order_since=spec.get("order_since"))


def _load_file(path: str) -> list[Formulation]:
    data = load_yaml(path)
    if not isinstance(data, dict) or set(data) - {"formulations"}:
        raise RuleLoadError(f"{path}: 须为 formulations: [...]")
    return [_entry(spec, f"{path}: formulations[{i}]") for i, spec in enumerate(data.get("formulations") or [])]


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
    """The compiled lexicon of every pack's ``lexicon/`` files, built once per registry (asked at every
    paragraph the phrase rules read: once built, a lookup)."""
    lex = registry.built.get("phrase.lexicon")
    if lex is None:
        lex = registry.memo("phrase.lexicon", lambda: _build_lexicon(registry.data("lexicon-files", list)))
    return lex


_EDGE_SENSITIVE = rx.stdlib(r"\^|\$|\\[AZbBsSWD]|(?<!\\)\.|\[\^")


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
    # the alternation, the literals' trie and the dated names' trie are searched only in a paragraph the engine's
    # scan finds a key of theirs in (most drafts have none): compiled then, when the pattern cache holds them
    if groups:
        lex.variant_re = rx.deferred("|".join(groups))
        # the alternation can find its paragraphs in one search of the whole document unless a
        # variant looks at a paragraph's edges or could match the separator between paragraphs
        lex.variant_joinable = not any(_EDGE_SENSITIVE.search(v.pattern.pattern) for _f, v in lex.variant_index)
        needs = [remembered_paragraph_literals(v.pattern.pattern) for _f, v in lex.variant_index]
        if all(needs):
            lex.variant_needs = rx.deferred(trie_pattern([w for lits in needs for w in lits]), 0, "re")
            lex.variant_literals = needs
    # dated: formulations with a start or an end
    dated = [f for f in entries if f.since or f.until]
    if dated:
        lex.dated = {f.name: f for f in dated}
        lex.dated_re = rx.deferred(trie_pattern(f.name for f in dated), 0, "re")
    for f in entries:
        lex.exact[f.name] = f
        if f.fuzzy and len(f.name) >= FUZZY_MIN and not f.name.startswith("《"):
            half = len(f.name) // 2
            lex.fuzzy.append((f, (f.name[:half], f.name[half:]), None))
    lex.fuzzy.sort(key=lambda item: -len(item[0].name))  # the longest formulation claims a span first
    for k, (f, halves, _c) in enumerate(lex.fuzzy):
        for h in halves:
            lex.halves_of.setdefault(h, []).append(k)
            lex.half_targets.setdefault(h, []).append((k, 0 if h == halves[0] else len(halves[0])))
        lex.exact_is_silent.append(_exact_window_is_silent(f.name))
        qa, qb = len(halves[0]) // 2, len(halves[1]) // 2
        lex.quarters.append((halves[0][:qa], halves[0][qa:], halves[1][:qb], halves[1][qb:]))

    for f in entries:
        if len(f.members) >= 2:
            for m in f.members:
                lex.member_sets.setdefault(m, []).append(f)
    # the halves and members a paragraph holds come from the engine's one literal scan
    lex.half_keys = frozenset(lex.halves_of)
    lex.member_keys = frozenset(lex.member_sets)
    lex.key_set = lex.half_keys | lex.member_keys
    return lex


def _exact_window_is_silent(name: str) -> bool:
    """Whether DJ404 can report nothing in the window it searches around an exact occurrence of
    ``name`` (two characters either side).  A one-edit match there is passed over when ``name``
    stands within two characters of it, which holds for every match except one a character
    shorter than ``name`` starting two characters before it or three after it; such a match is
    ``name`` less one character, and that shares n-3 characters with ``name`` shifted by two or
    three places: only a name that repeats itself with that period could have one."""
    n = len(name)
    for i in range(n):
        short = name[:i] + name[i + 1:]
        if short[2:] == name[:n - 3] or short[:n - 3] == name[3:]:
            return False
    return True


#: where the DJ401–DJ404 formulations come from (each entry names its own source)
LEXICON_SOURCE = "中共中央、中央纪委文件中的规范提法（每条出处见 rules/phrase/lexicon/formulations.yaml）"


_NO_KEYS: dict = {}


def _paragraphs_with_keys(ctx, keys: frozenset | None = None) -> list:
    """The paragraphs holding any of ``keys`` (default: any lexicon key), computed once per document."""
    keys = lexicon_for(ctx.registry).key_set if keys is None else keys

    def find(c):
        return paragraphs_with_words(c, keys)

    return ctx.shared(("phrase.paragraphs-with-keys", keys), find)


class LexiconKeyRule(Rule):
    """A rule that looks only at paragraphs holding a lexicon key (a formulation's half, a list
    member), found for it by the engine's one literal scan."""

    def own_keys(self, lex) -> frozenset:
        """The keys this rule reads (a paragraph without any is not worth its look)."""
        return lex.key_set

    def candidates(self, ctx):
        return _paragraphs_with_keys(ctx, self.own_keys(lexicon_for(ctx.registry)))

    def literal_keys(self, registry):
        return lexicon_for(registry).key_set


def keys_in(lex, p, ctx) -> dict[str, list[int]]:
    """The lexicon keys (fuzzy halves and enumeration members) in a paragraph with the places
    they start (read-only; may hold other rules' literals too: the engine scans them all at once).
    A paragraph in traditional script read in simplified characters (a copy of the document's, see
    :func:`..grammar.script.reads_traditional`): the keys of its reading."""
    paragraphs = ctx.doc.paragraphs
    if p.index < len(paragraphs) and paragraphs[p.index] is not p:
        from ..grammar.script import reading_hits

        return reading_hits(ctx).get(p.index, _NO_KEYS)
    return literal_hits(ctx).get(p.index, _NO_KEYS)


class _Searches(dict):
    """Variant index -> its pattern's ``search``, looked up once: a variant's pattern is a deferred one
    (util.rx.Deferred), whose every method asked for costs a Python ``__getattr__`` (2 MB of
    throughput.py's text: ~7,300 searches by DJ401, none matching)."""

    def __init__(self, variant_index):
        super().__init__()
        self.variant_index = variant_index

    def __missing__(self, k: int):
        search = self[k] = self.variant_index[k][1].pattern.search
        return search


def variant_searches(lex) -> dict:
    """For each variant (its index), its pattern's ``search``, kept once per lexicon."""
    return lex.memo_pattern("variant-searches", lambda: _Searches(lex.variant_index))
