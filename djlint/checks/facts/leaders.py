"""Central leaders as of the report's date: a name with a post the person did not hold then
(DJ431), the Standing Committee listed out of order (DJ432), 主席 where the Party title belongs
(DJ433)."""
from __future__ import annotations

from ...engine import Finding
from ...engine.literals import literal_hits, literal_index, paragraphs_matching, paragraphs_with_words
from ...util import rx
from ...util.trie import trie_pattern
from . import lazy
from .base import SRC, FactRule, quoted, time_of
from .data import facts_for
from .figures import alike, name_message, paired_figures, titled_figures, titles_index, traditional
from .reporters import meeting_reports
from .surnames import surname_posts
from .terms import post_message, verdict
from .when import in_history, sentence_bounds, studied_text


class _Index:
    """The names and post forms of the tables, compiled once per registry."""

    def __init__(self, facts):
        self.facts = facts
        people = sorted(facts.people(), key=len, reverse=True)
        self.names = rx.stdlib(trie_pattern(people)) if people else None
        self.before: dict[str, list[str]] = {}
        self.after: dict[str, list[str]] = {}
        for post in facts.posts.values():
            for form in post.before:
                self.before.setdefault(form, []).append(post.name)
            for form in post.after:
                self.after.setdefault(form, []).append(post.name)
        self.before_forms = sorted(self.before, key=len, reverse=True)
        #: the before forms by their last character, each list in before_forms' order (a form ends where a name starts)
        self.before_by_last: dict[str, list[str]] = {}
        for form in self.before_forms:
            self.before_by_last.setdefault(form[-1], []).append(form)
        self.after_forms = sorted(self.after, key=len, reverse=True)
        self.people = frozenset(facts.people())
        #: the names spelled (facts.spelled_people): a post several hold at once is checked only against its holders
        self.spelled = frozenset(facts.spelled_people())
        #: after a post form written after a name (总理): who held it, for names one character off
        self.holders_after = {form: sorted({t.person for t in facts.terms if t.post in posts and facts.one_holder(t.post)})
                              for form, posts in self.after.items()}
        self.after_re = rx.stdlib("|".join(self.after_forms)) if self.after_forms else None
        #: before a post form written before a name (国务院总理): who held it
        self.holders_before = {form: sorted({t.person for t in facts.terms if t.post in posts and facts.one_holder(t.post)})
                               for form, posts in self.before.items()}
        self.before_re = rx.stdlib("|".join(self.before_forms)) if self.before_forms else None
        #: the paragraphs DJ431 reads: a name, or a post written after a name
        keys = set(people) | set(self.after_forms) | set(self.before_forms)
        #: three-character names written with one character changed (习进平, 温家室) or the last
        #: one cut off before an ellipsis (李克……): the surname, then one of the two others
        three = sorted(n for n in self.spelled if len(n) == 3)
        alts = [f"{n[:2]}(?!{n[2]})[\u4e00-\u9fff]|{n[0]}(?!{n[1]})[\u4e00-\u9fff]{n[2]}|{n[:2]}(?=…|\\.\\.\\.)"
                for n in three]
        #: and the surname changed, for the names no other begins or ends like (刁近平, 粟战书): the given name
        #: is the leader's own.  Found by the given name alone (a literal ``re`` jumps to): a pattern that
        #: begins with a class of every Han character is tried at every character (about 90 ms a MB)
        self.given = {n[1:]: n for n in three if n in _DISTINCT}
        self.given_re = rx.stdlib("|".join(sorted(self.given, key=len, reverse=True))) if self.given else None
        self.near_re = rx.stdlib("|".join(alts)) if alts else None
        self.three = {n[0] + n[2]: n for n in three} | {n[:2]: n for n in three}
        # separate patterns, not one alternation: joined, ``re`` tries every alternative at every character (45 ms
        # a MB); apart, each jumps to its first characters (4 ms); a paragraph passes when any matches
        # (the near names' pattern is near_re itself: _near_names reads the paragraphs its search found)
        patterns = (rx.stdlib(trie_pattern(keys)),) if keys else ()
        patterns += (self.near_re,) if self.near_re is not None else ()
        patterns += (self.given_re,) if self.given_re is not None else ()
        #: historical figures (figures.tsv): known names in a list, and the three-character ones suggested for an item
        #: one character off
        self.figures = frozenset(facts.figures - self.people)
        self.listable = self.spelled | self.figures
        self.figures_three = sorted(n for n in self.figures if len(n) == 3)
        self.figures_re = rx.stdlib(trie_pattern(sorted(self.listable, key=len, reverse=True))) if self.figures else None
        patterns += (self.figures_re,) if self.figures_re is not None else ()
        self.figure_titles, self.titles_re = titles_index(facts)  # 周恩来总理, 陈赓大将
        patterns += (self.titles_re,) if self.titles_re is not None else ()
        self.names_or_posts = patterns or None


def index_for(registry) -> _Index:
    index = registry.built.get("facts.leaders")  # asked at every paragraph DJ431-DJ433 read
    return index if index is not None else registry.memo("facts.leaders", lambda: _Index(facts_for(registry)))


def _form_before(text: str, end: int, forms) -> str | None:
    for form in forms:
        if text.endswith(form, 0, end):
            prev = text[end - len(form) - 1] if end - len(form) > 0 else ""
            if prev in ("副", "原") or (prev == "委" and form == "书记"):
                return None  # 副总理, 副主席: another post; 原副总理, 原总理: a former holder
            return form
    return None


def _holds_post_form(ix: _Index, ctx, p) -> bool:
    """Whether the paragraph holds a post form of the tables, before or after a name (总书记, 国务院总理): what
    _posts_before, _post_after, _misspelt_names, _misspelt_after_posts and surname_posts (总理, 委员长) each need.
    Read off the engine's scan, which finds every occurrence of the forms (keys of it: the prefilter's words); a
    search of the document with the forms' own pattern cost more than it saved.  A copy read in simplified script
    (not the document's paragraph) is searched itself."""
    if p is not ctx.doc.paragraphs[p.index]:
        return any(x is not None and x.search(p.text) is not None for x in (ix.before_re, ix.after_re))
    return p.index in ctx.shared("facts.leaders.posts", _post_paragraphs)


def _names_in_lists(ix: _Index, ctx, p, text: str) -> tuple[bool, bool]:
    """From the engine's scan (every occurrence of the names: keys of it): whether the paragraph holds two different
    names of the tables (_listed_names needs two items of a list known) and whether one stands next to 、
    (paired_figures needs it).  Most paragraphs with a 、 name only 习近平, in no list (speed36).  A copy read in
    simplified script: (True, True), each check reads it."""
    if p is not ctx.doc.paragraphs[p.index] or not ctx.shared("facts.leaders.names-scanned",
                                                              lambda c: ix.listable <= literal_index(c.registry).keys):
        return True, True
    names = [(w, ats) for w, ats in literal_hits(ctx).get(p.index, {}).items() if w in ix.listable]
    beside = any(text[at - 1:at] == "、" or text[at + len(w):at + len(w) + 1] == "、" for w, ats in names for at in ats)
    return len(names) >= 2, beside


def _post_paragraphs(ctx) -> frozenset:
    ix = index_for(ctx.registry)
    forms = frozenset(ix.before_forms) | frozenset(ix.after_forms)
    if forms <= literal_index(ctx.registry).keys:
        return frozenset(q.index for q in paragraphs_with_words(ctx, forms))
    return frozenset(q.index for x in (ix.before_re, ix.after_re) if x is not None for q in paragraphs_matching(ctx, x))


def _posts_before(ix: _Index, text: str, s: int) -> list[tuple[int, int, str]]:
    """The chain of post forms right before a name: 中共中央总书记、国家主席、中央军委主席习近平."""
    out = []
    end = s
    while True:
        form = _form_before(text, end, ix.before_by_last.get(text[end - 1:end], ()))
        if form is None:
            return out
        out.append((end - len(form), end, form))
        end -= len(form)
        if end > 0 and text[end - 1] == "、":
            end -= 1
        else:
            return out


def _post_after(ix: _Index, text: str, e: int) -> tuple[int, int, str] | None:
    for form in ix.after_forms:
        if text.startswith(form, e):
            nxt = text[e + len(form):e + len(form) + 1]
            if form == "主席" and nxt in ("令", "团"):
                return None
            return e, e + len(form), form
    return None


class LeaderPost(FactRule):
    """领导人的职务与报告日期不符（2024年的报告称“李克强总理”）

    ## 检查内容
    报告里写在中央领导同志姓名前后的职务（国务院总理李强、赵乐际委员长、中共中央总书记、国家主席、
    中央军委主席习近平），在这句话所说的时间是否由此人担任。句中写了年份或会议（2022年，国务院
    总理李克强……；胡锦涛总书记在十七大报告中）按那个时间核对；没写的按报告的日期核对（年度报告
    按写于当年 1 月至次年 3 月计，其中任何一天对就不报；只有成文日期的从当年 1 月算起，但“现任……”和以“近日”
    “日前”“今天”开头、此人为主语的句子按成文日期，近日、日前按此前两个月）。“时任”“原”“曾”“生前”等讲历史的、引语里的，
    不报；报告日期不明、数据表没有覆盖的年份，不报。国务院副总理、国务委员几人同时担任：此人那时不在其中才报，提示列出那时的全部在任者。领导同志的姓名写错一个字也报：职务前后的（国务院总理李墙、习近乎总书记），错字与原字同音或形近，
    或是别的姓名都不以其前两字开头的（温家室）；不在职务旁的，须同音、形近，并且句中讲到党中央、
    总书记、国务院等（常见的“张德X”“刘云X”多是别人的名字），或是上面那种前两字独有的姓名；
    名字末字被省略号吃掉的（李克……）也报。表格里没有的前任（国务院总理李鹏）不报。
    党史人物（任弼时、瞿秋白、林祥谦等，见 figures.tsv）的姓名在顿号隔开的名单里错一个字的也报：名单里另有两个
    表中人名的（毛泽东、周恩来、任粥时），或只有两人、错字与原字同音形近的（翟秋白、李维汉）；不在名单里的不报。
    写在只有表中党史人物才有的称谓前的（周恩来总理、陈赓大将、贺龙元帅：figures.tsv 的 title 列），错一个同音形近字的也报
    （周思来总理、陈庚大将）。会议的工作报告（中央纪委全会的工作报告、政府工作报告）按会议的日期核对作报告的人；
    没写届次的“中央纪委全会”按报告所讲的时间核对（2026年的总结写“赵乐际同志在中央纪委全会上的工作报告”）。

    ## 为什么
    把已卸任的领导人写成现任，是政治性差错，也说明报告是套用往年的稿子改的。

    ## 依据
    rules/phrase/facts/leaders.tsv、posts.tsv（每行注明出处：新华社、人民日报等的选举、任命报道）；
    党史人物的姓名：rules/phrase/facts/figures.tsv（每行两处出处）。
    """

    code = "DJ431"
    name = "leader-post"
    severity = "warning"
    source = SRC

    def prefilter_for(self, registry):
        return index_for(registry).names_or_posts

    def check_paragraph(self, p, ctx):
        ix = index_for(ctx.registry)
        if ix.names is None:
            return
        text = p.text
        taken = []
        # most paragraphs read name 习近平 and hold no post form: the checks of a name beside a post (and of a name
        # one character off beside one, and of 李总理) have nothing to read there (speed36)
        posts = _holds_post_form(ix, ctx, p)
        for f in ((*_misspelt_names(ix, ctx, p), *_misspelt_after_posts(ix, ctx, p)) if posts else ()):
            taken.append((f.start, f.end + 4))
            yield f
        if "、" in text:
            two, beside = _names_in_lists(ix, ctx, p, text)
            for f in (_listed_names(ix, ctx, p, taken) if two else ()):
                yield f
            if ix.figures_re is not None and beside:
                yield from paired_figures(ix, ctx, p, taken)
        if ix.titles_re is not None:
            yield from titled_figures(ix, ctx, p, taken)
        if ix.near_re is not None:
            yield from _near_names(ix, ctx, p, taken)
        if posts and ("总理" in text or "委员长" in text):
            yield from surname_posts(ix, ctx, p)
        yield from meeting_reports(ix, ctx, p)
        for m in (ix.names.finditer(text) if posts else ()):
            s, e = m.span()
            pairs = [(a, b, f) for a, b, f in _posts_before(ix, text, s)]
            after = _post_after(ix, text, e)
            if after is not None:
                pairs.append(after)
            if not pairs or quoted(ctx, p, s, e):
                continue
            a, b = sentence_bounds(text, s, e)
            x0, y0 = min(s, *(fs for fs, _fe, _f in pairs)), max(e, *(fe for _fs, fe, _f in pairs))
            if in_history(text, a, b) or studied_text(text, a, x0, y0):
                continue
            spans = time_of(ctx, text, a, b, meetings=True, narration=True, at=x0)
            for fs, fe, form in pairs:
                posts = (ix.before if fe <= s else ix.after)[form]
                verdicts = [verdict(ix.facts, m.group(), posts, span) for span in spans]
                if spans and all(v is not None for v in verdicts):  # wrong at every time the sentence names
                    x, y = min(fs, s), max(fe, e)
                    yield Finding(p, x, y, post_message(ix.facts, m.group(), text[x:y], posts, spans[0], verdicts[0]))
                    break


class LeaderOrder(FactRule):
    """中央政治局常委的排序有误

    ## 检查内容
    用顿号列举的三位以上中央政治局常委，先后次序须与那一届一中全会公报的排序一致（二十届：
    习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希）。几届都有的名单，只要合乎这句话所说时间的
    某一届就不报；所说时间可能晚于下一次党代会（一中全会五年后，如 2027 年的报告），不报。

    ## 为什么
    领导同志的排序有严格规定，排错是政治性差错。

    ## 修复说明
    建议按规范顺序重排（需人工确认）。

    ## 依据
    rules/phrase/facts/psc.tsv（历届一中全会公报，每行注明出处）。
    """

    code = "DJ432"
    name = "leader-order"
    severity = "warning"
    fix = "sometimes"
    source = SRC

    def prefilter_for(self, registry):
        return index_for(registry).names

    def check_paragraph(self, p, ctx):
        ix = index_for(ctx.registry)
        if ix.names is None:
            return
        text = p.text
        for run in _runs(ix, text):
            names = [n for _s, _e, n in run]
            found = self._judge(ix.facts, ctx, p, run, names)
            if found is not None:
                yield Finding(p, run[0][0], run[-1][1], *found)

    def _judge(self, facts, ctx, p, run, names):
        text = p.text
        s, e = run[0][0], run[-1][1]
        if quoted(ctx, p, s, e):
            return None
        spans = time_of(ctx, text, *sentence_bounds(text, s, e))
        if any(sp.end > facts.committees_known_to() for sp in spans):
            return None  # of a time when a later congress may have elected another committee
        wrong = []
        for congress, c in facts.committees.items():
            rank = {person: order for order, person in c["members"]}
            if not all(n in rank for n in names):
                continue
            if spans and not any(
                    (c["start"] is None or c["start"] <= sp.end) and (c["end"] is None or c["end"] >= sp.start)
                    for sp in spans):
                continue
            orders = [rank[n] for n in names]
            if orders == sorted(orders):
                return None
            wrong.append((congress, c))
        if not wrong:
            return None
        congress, c = wrong[0]
        right = [n for _o, n in c["members"] if n in names]
        pieces = []
        for k, (_ns, ne, _n) in enumerate(run):
            pieces.append(right[k])
            if k + 1 < len(run):
                pieces.append(text[ne:run[k + 1][0]])
        fixed = "".join(pieces)
        order = "、".join(n for _o, n in c["members"])
        return (f"{congress}中央政治局常委的排序是{order}，此处顺序有误，请按此排序调整", fixed, False)


def _runs(ix, text: str):
    """Runs of three or more known names joined by 、 (同志 may follow each name)."""
    run: list = []
    last_end = -1
    for m in ix.names.finditer(text):
        s, e = m.span()
        gap = text[last_end:s] if last_end >= 0 else None
        if gap is not None and gap in ("、", "同志、"):
            run.append((s, e, m.group()))
        else:
            if len(run) >= 3:
                yield run
            run = [(s, e, m.group())]
        last_end = e
    if len(run) >= 3:
        yield run


def _one_off(written: str, name: str, longer: bool = False) -> bool:
    """Same surname, and one character changed (习近乎), the two of the given name swapped (习平近), or the
    last one or a middle one left out (李克); with ``longer``, one character put in (李在强 for 李强)."""
    if written[0] != name[0] or written == name:
        return False
    if len(written) == len(name):
        return sum(a != b for a, b in zip(written, name)) == 1 or (len(name) == 3 and written[1:] == name[:0:-1])
    if longer and len(written) == len(name) + 1:
        return any(written[:i] + written[i + 1:] == name for i in range(1, len(written)))
    return len(written) + 1 == len(name) and any(name[:i] + name[i + 1:] == written for i in range(1, len(name)))


#: post forms written after a name that one person holds at a time: a name one character longer than a
#: holder's is a slip there (李在强总理), where after 同志 or 主席 it is another person (李国强同志)
_ONE_HOLDER_AFTER = frozenset(("总理", "总书记", "委员长"))


def _misspelt_after_posts(ix, ctx, p):
    """A leader's name one character off right after the post it goes with (国务院总理李墙,
    中央纪委书记李晞): the character changed sounds or looks like the right one, or the name is
    one no other begins with (a former holder the tables do not list, 国务院总理李鹏, is silent)."""
    if ix.before_re is None:
        return
    text = p.text
    for m in ix.before_re.finditer(text):
        e = m.end()
        if _form_before(text, e, (m.group(),)) is None or any(text[e:e + n] in ix.people for n in (2, 3, 4)):
            continue
        for n in (3, 2):
            written = text[e:e + n]
            if len(written) < n or not all("\u4e00" <= c <= "\u9fff" for c in written) or "某" in written:
                continue
            near = [name for name in ix.holders_before[m.group()] if len(name) == n and written[0] == name[0]
                    and sum(a != b for a, b in zip(written, name)) == 1 and _changed_alike(ctx, written, name)
                    and not traditional(written, name)]
            if len(near) == 1 and not quoted(ctx, p, e, e + n):
                yield Finding(p, e, e + n, f"“{m.group()}{written}”中的姓名疑为“{near[0]}”，请核对", near[0], False)
                break


def _changed_alike(ctx, written: str, name: str) -> bool:
    """One character changed in a name of the same length: it sounds or looks like the right one (李墙总理
    for 李强), or the name is one no other begins with (温家室); 李鹏总理 (a former holder the tables do not
    list) is another person.  Names one character shorter, longer or swapped are not asked here."""
    if len(written) != len(name) or written[1:] == name[:0:-1]:
        return True
    i = next(k for k in range(len(name)) if written[k] != name[k])
    return (name in _DISTINCT and i == 2) or alike(ctx.registry, written[i], name[i])


def _misspelt_names(ix, ctx, p):
    """A leader's name one character off right before the post it goes with (李克总理, 习近乎总书记)."""
    if ix.after_re is None:
        return
    text = p.text
    for m in ix.after_re.finditer(text):
        s = m.start()
        if any(text[s - n:s] in ix.people for n in (2, 3, 4)) or text[s - 1:s] == "副":
            continue
        for n in (3, 2):
            written = text[s - n:s]
            if len(written) < n or not all("\u4e00" <= c <= "\u9fff" for c in written):
                continue
            near = [name for name in ix.holders_after[m.group()] if _one_off(written, name, m.group() in _ONE_HOLDER_AFTER)
                    and _changed_alike(ctx, written, name) and not traditional(written, name)]
            if near and len(near) <= 2 and not quoted(ctx, p, s - n, m.end()):
                said = "”或“".join(near)
                yield Finding(p, s - n, s, f"“{written}{m.group()}”中的姓名疑为“{said}”，请核对",
                              near[0] if len(near) == 1 else None, False)
                break


#: names whose first two characters begin no other name in use: any third character is a slip
#: (温家室); for the others only a character that sounds or looks like the right one counts, and
#: only beside a post, 党中央 or another leader (张德X, 刘云X, 李克X, 江泽X, 俞正X are other people too)
_DISTINCT = frozenset("习近平 胡锦涛 温家宝 王沪宁 赵乐际 栗战书 丁薛祥 王岐山".split())
#: what may follow a surname and a character as another word, not a name: 学习近期, 温家村
_NOT_AFTER = {"习": "学复练演见实研自预补温讲传修"}
#: surnames of _DISTINCT names and the characters that look like them (a stroke more or less), beyond
#: look-alikes.tsv: 刁近平 (the CCTV caption of 2010-11-20), 粟战书
_SURNAME_SHAPES = {"习": "刁", "栗": "粟票", "丁": "于"}
_PLACE = frozenset("村庄镇乡湾岭沟屯寨堡店桥河山坡营园坝岗洼峪")
_LEADER_CONTEXT = lazy.regex(r"总书记|国家主席|国务院|总理|委员长|全国人大|全国政协|党中央|中央政治局|政治局常委|中央领导")


def _near_names(ix, ctx, p, taken):
    """A leader's three-character name with one character changed (习进平, 温家室) or cut off
    before an ellipsis (李克……), with no post beside it."""
    text = p.text
    # near_re is one of the prefilter's patterns: its search of the document found its paragraphs (most of those
    # DJ431 reads hold none); a copy read in simplified script (p is not the document's) is searched itself
    near = ix.near_re is not None and (p is not ctx.doc.paragraphs[p.index] or p.index in _near_paragraphs(ctx, ix))
    spans = {m.span() for m in ix.near_re.finditer(text)} if near else set()
    if ix.given_re is not None:  # 刁近平: a Han character other than the surname before the given name
        spans |= {(m.start() - 1, m.end()) for m in ix.given_re.finditer(text)
                  if m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff"
                  and text[m.start() - 1] != ix.given[m.group()][0]}
    for s, e in sorted(spans):
        written = text[s:e]
        if any(a < e and s < b for a, b in taken) or text[s:s + 3] in ix.people:
            continue
        if s > 0 and text[s - 1] in _NOT_AFTER.get(written[0], ""):
            continue
        if len(written) == 2:  # 李克……
            name = ix.three.get(written)
        elif written[1:] in ix.given and written[:2] not in ix.three and written[0] + written[2] not in ix.three:
            name = ix.given[written[1:]]  # 刁近平: the surname changed
        else:
            name = ix.three.get(written[:2]) if written[:2] in ix.three and written[0] + written[2] not in ix.three \
                else ix.three.get(written[0] + written[2])
        if name is None or quoted(ctx, p, s, e) or traditional(written, name):
            continue
        if len(written) == 3:
            i = 2 if written[:2] == name[:2] else 1 if written[0] == name[0] else 0
            x, y = written[i], name[i]
            if (i == 2 and x in _PLACE) or not "\u4e00" <= text[e - 1] <= "\u9fff":
                continue
            a, b = sentence_bounds(text, s, e)
            if not (name in _DISTINCT and i == 2):
                context = _LEADER_CONTEXT.search(text, a, b) or any(
                    n in text[a:b] for n in ix.spelled if n != name)
                # with no context, only 习近平's middle character (习进平): 胡金涛, 温嘉宝 may be someone else
                if not ((alike(ctx.registry, x, y) or x in _SURNAME_SHAPES.get(y, "")) and (name == "习近平" or context)):
                    continue
        yield Finding(p, s, e, f"“{written}”疑为“{name}”，请核对领导同志的姓名", name if len(written) == 3 else None,
                      False)


_LIST = lazy.regex(r"(?:[\u4e00-\u9fff]{2,3}、){2,}[\u4e00-\u9fff]{2,3}")
#: what every match of _LIST holds, its second item between two 、: a search that jumps to 、 (_LIST's first item is a
#: class of every Han character, tried at every character of each paragraph with a 、; speed33)
_MIDDLE_ITEM = lazy.stdlib(r"、[\u4e00-\u9fff]{2,3}、")


def _near_paragraphs(ctx, ix) -> frozenset:
    """The indexes of the document's paragraphs in which near_re finds a match (once a document: the search the
    prefilter made, read again)."""
    return ctx.shared("facts.leaders.near", lambda c: frozenset(q.index for q in paragraphs_matching(c, ix.near_re)))


def _listed_names(ix, ctx, p, taken):
    """In a list of leaders (two or more of them named right), a name one character off the
    name of another leader not yet listed (习近平、李强、赵乐际、王沪宁、蔡骑、丁薛祥、李希)."""
    text = p.text
    if _MIDDLE_ITEM.search(text) is None:
        return
    for m in _LIST.finditer(text):
        items, pos = [], m.start()
        for item in m.group().split("、"):
            items.append((pos, item))
            pos += len(item) + 1
        last_at, last = items[-1]
        if last not in ix.listable and last[:2] in ix.listable:
            items[-1] = (last_at, last[:2])  # 李希等出席, 朱德等
        known = {item for _s, item in items if item in ix.listable}
        if len(known) < 2:
            continue
        for s, item in items:
            if item in ix.listable or any(a < s + len(item) and s < b for a, b in taken):
                continue
            near = [n for n in ix.spelled if n not in known and len(n) == len(item) and n[0] == item[0]
                    and sum(x != y for x, y in zip(n, item)) == 1]
            # a historical figure's name, any of its three characters wrong (任粥时, 林详谦; 翟秋白 for 瞿秋白)
            near += [n for n in ix.figures_three if n not in known and len(item) == 3
                     and sum(x != y for x, y in zip(n, item)) == 1]
            if len(near) > 1:  # 李墙 beside 李强 and 李希: the one that sounds or looks like it
                near = [n for n in near if any(alike(ctx.registry, x, y) for x, y in zip(n, item) if x != y)]
            if len(near) == 1 and not quoted(ctx, p, s, s + len(item)) and not traditional(item, near[0]):
                taken.append((s, s + len(item)))
                yield Finding(p, s, s + len(item), name_message(ix, item, near[0]), near[0], False)


_PARTY = lazy.regex(r"党中央|中央政治局|党的建设|党建|党员|党组织|党支部|党委|党组|学习教育|主题教育|两学一做|党史|从严治党|党内|党章|"
                  r"党风|廉政|纪律|系列讲话|社会主义思想|初心|使命|民主生活会|组织生活|三会一课|中央全会|党性|"
                  # the Party's self-reform and its school (facts16b): 关于党的自我革命的重要思想; 在中央党校……开班式上
                  r"自我革命|中央党校|"
                  # the Party's work conferences and lines (facts27): 在全国组织工作会议上, 党的组织路线
                  r"组织工作会议|宣传思想(?:文化)?工作会议|党校工作会议|组织路线|"
                  # the Party's congress and its Central Committee: 代表第十八届中央委员会向党的十九大作报告
                  r"中央委员会|党的(?:十[一二三四五六七八九]?|二十)大|全国代表大会|党代会|"
                  # the Party's anniversary celebrated: 在庆祝中国共产党成立100周年大会上
                  r"庆祝中国共产党成立|(?:十[一二三四五六七八九]?|二十)大报告")
_STATE = lazy.regex(r"国家主席|会见|会谈|出访|访问|国事|外交|总统|国王|首相|元首|主旨|贺电|致电|致信|复信|回信|签署|主席令|特赦|勋章|"
                  r"授予|国宴|峰会|论坛|联合国|一带一路|各国|国际|世界|全球|人类命运共同体|新年贺词|军队|部队|官兵|军委|强军|国防|"
                  r"解放军|武警|阅兵|军事|将士|战士|练兵|备战|打赢|外宾|使节|友好|双边|多边")
#: the army's own media and bylines anywhere in the document (■解放军报评论员, 中国军网): the army calls him 主席 in every
#: context, its party-building editorials too (published116)
_ARMY_MEDIA = lazy.regex(r"解放军报|军报评论员|中国军网|国防部网|人民军队报|前卫报|人民前线报|战友报")


def _army_document(ctx) -> bool:
    return any(_ARMY_MEDIA.search(q.text) for q in ctx.doc.paragraphs)


class PartyTitle(FactRule):
    """党的建设语境中称“主席”：应称“总书记”（习近平主席 → 习近平总书记）

    ## 检查内容
    讲党的建设、党内学习教育、党中央部署的句子里写“习近平主席”“习主席”“国家主席习近平”（或那时任总书记的领导同志
    加“主席”），包括党的大会和纪念活动（在党的二十大报告中、在庆祝中国共产党成立100周年大会上）；
    “中共中央总书记、国家主席、中央军委主席习近平”是全称，不报。同一句里讲国事、外交、军队（会见、出访、新年贺词、官兵、强军）的，称“主席”是对的，不报；
    军队报刊的文章（署名“解放军报评论员”等）通篇称“主席”，不报；引语不报。

    ## 为什么
    党内文件、党建报告中对党的领袖称党内职务“总书记”；“主席”用于国家和军队事务。

    ## 修复说明
    建议改为“总书记”（需人工确认语境）。

    ## 依据
    《中国共产党章程》第二十三条（中央委员会总书记）；新华社关于领导人称谓的规范用法。
    """

    code = "DJ433"
    name = "party-title"
    severity = "warning"
    fix = "always"
    source = "《中国共产党章程》；新华社领导人称谓用法；rules/phrase/facts/leaders.tsv"

    prefilter = rx.stdlib("主席")

    def check_paragraph(self, p, ctx):
        ix = index_for(ctx.registry)
        text = p.text
        secretaries = {t.person for t in ix.facts.terms if t.post == "中共中央总书记"}
        for m in _TITLE.finditer(text):
            if ctx.shared("DJ433.army", _army_document):
                return  # an army paper's text: 习主席 is its form throughout
            name = m.group(1) or m.group(2)
            person = "习近平" if name == "习" else name
            if person not in secretaries or quoted(ctx, p, m.start(), m.end()):
                continue
            a, b = sentence_bounds(text, m.start(), m.end())
            # the title itself (国家主席习近平) is not the state context it would name
            sentence = text[a:m.start()] + "　" * (m.end() - m.start()) + text[m.end():b]
            if not _PARTY.search(sentence) or _STATE.search(sentence) or in_history(text, a, b):
                continue
            if not self._was_secretary(ix.facts, ctx, text, a, b, person):
                continue
            yield Finding(p, m.start(), m.end(), f"党的建设语境中应称“{person}总书记”（“主席”用于国事、外交和军队场合）",
                          f"{person}总书记", False)

    @staticmethod
    def _was_secretary(facts, ctx, text, a, b, person) -> bool:
        spans = time_of(ctx, text, a, b)
        if not spans:
            return person == "习近平"  # no date: the current one only
        return any(t.overlaps(sp.start, sp.end) for sp in spans for t in facts.terms_of(person, "中共中央总书记"))


#: 习近平主席, 习主席, and 国家主席习近平 (not the whole of 中共中央总书记、国家主席、中央军委主席习近平, nor 国家主席令)
_TITLE = lazy.regex(r"(习近平|胡锦涛|江泽民|习)主席(?![令团])|(?<![总副]书记[、，,])(?<![副前原])国家主席(习近平|胡锦涛|江泽民)")

RULES = (LeaderPost, LeaderOrder, PartyTitle)
