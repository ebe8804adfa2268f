"""DJ431's historical figures (figures.tsv): a name in a list one character off the name of a figure of the
Party's history (毛泽东、周恩来、任粥时 → 任弼时; 由翟秋白、李维汉主持 → 瞿秋白)."""
from __future__ import annotations

from ...engine import Finding
from .base import quoted


def traditional(written: str, name: str) -> bool:
    """The name in traditional script (習近平, 李克強, 俞正聲): every character that differs is a
    traditional form of the right one.  That is DJ706's finding (繁体字：“習”应为“习”, with its fix),
    in a simplified report and in a traditional one alike; it is not a wrong name."""
    from ..hanzi import traditional_forms
    forms = traditional_forms()
    pairs = [(a, b) for a, b in zip(written, name) if a != b]
    return len(written) == len(name) and bool(pairs) and all(b in forms.get(a, ()) for a, b in pairs)


def _similar_chars(registry):
    """char -> the characters that sound the same (pinyin.tsv, tone ignored) or look alike
    (look-alikes.tsv); read once, only when a name one character off turns up."""
    def build():
        import os

        from ...engine.registry import builtin_packs_dir

        data = os.path.join(builtin_packs_dir(), "phrase", "data")
        by_sound: dict[str, list[str]] = {}
        sound: dict[str, str] = {}
        with open(os.path.join(data, "pinyin.tsv"), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or "\t" not in line:
                    continue
                ch, py = line.rstrip("\n").split("\t")[:2]
                sound[ch] = py
                by_sound.setdefault(py, []).append(ch)
        similar: dict[str, set[str]] = {}
        with open(os.path.join(data, "look-alikes.tsv"), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or "\t" not in line:
                    continue
                ch, others = line.rstrip("\n").split("\t")[:2]
                similar.setdefault(ch, set()).update(others.split("|"))
        return sound, similar
    return registry.memo("facts.similar-chars", build)


def alike(registry, a: str, b: str) -> bool:
    sound, similar = _similar_chars(registry)
    return (a in sound and sound.get(a) == sound.get(b)) or b in similar.get(a, ()) or a in similar.get(b, ())


def name_message(ix, written: str, name: str) -> str:
    if name in ix.figures:
        return f"“{written}”疑为“{name}”，请核对人名"
    return f"“{written}”疑为“{name}”，请核对领导同志的姓名"


#: characters a figure's name is seen written with that neither sound nor look alike by the tables (瞿秋白 → 翟秋白)
_FIGURE_SHAPES = {"瞿": "翟", "恩": "思"}


def paired_figures(ix, ctx, p, taken):
    """Two names joined by 、 (由翟秋白、李维汉主持): one a name of the tables, the other three characters one off a
    historical figure's name, the changed character sounding or looking like the right one."""
    text = p.text
    for m in ix.figures_re.finditer(text):
        s, e = m.span()
        for a, b, mark in ((e + 1, e + 4, e), (s - 4, s - 1, s - 1)):  # X、item or item、X
            if a < 0 or b > len(text) or text[mark] != "、":
                continue
            item = text[a:b]
            if (len(item) != 3 or item in ix.listable or not all("\u4e00" <= ch <= "\u9fff" for ch in item)
                    or any(x < b and a < y for x, y in taken)):
                continue
            near = []
            for n in ix.figures_three:
                diff = [(x, y) for x, y in zip(item, n) if x != y]
                if n != m.group() and len(diff) == 1 and (
                        alike(ctx.registry, *diff[0]) or diff[0][0] in _FIGURE_SHAPES.get(diff[0][1], "")):
                    near.append(n)
            if len(near) == 1 and not quoted(ctx, p, a, b) and not traditional(item, near[0]):
                taken.append((a, b))
                yield Finding(p, a, b, name_message(ix, item, near[0]), near[0], False)


def titles_index(facts):
    """The titles written right after a figure's name (总理, 大将, 元帅), their holders, and a pattern finding them."""
    from ...util import rx

    titles = {t: sorted(names, key=len, reverse=True) for t, names in facts.figure_titles.items()}
    return titles, (rx.stdlib("|".join(sorted(titles, key=len, reverse=True))) if titles else None)


def titled_figures(ix, ctx, p, taken):
    """A name one character off a figure's, right before the title only the figures of the table hold
    (周思来总理 → 周恩来, 陈庚大将 → 陈赓): the changed character sounds or looks like the right one."""
    text = p.text
    for m in ix.titles_re.finditer(text):
        s = m.start()
        near = []
        for n in ix.figure_titles[m.group()]:
            a = s - len(n)
            if a < 0:
                continue
            item = text[a:s]
            if item in ix.listable:
                near = []
                break  # a holder's own name (陈赓大将), or another known name: nothing wrong here
            diff = [(x, y) for x, y in zip(item, n) if x != y]
            if len(diff) == 1 and "\u4e00" <= diff[0][0] <= "\u9fff" and (
                    alike(ctx.registry, *diff[0]) or diff[0][0] in _FIGURE_SHAPES.get(diff[0][1], "")):
                near.append((a, n))
        if len(near) != 1:
            continue
        a, n = near[0]
        if any(x < s and a < y for x, y in taken) or quoted(ctx, p, a, s) or traditional(text[a:s], n):
            continue
        taken.append((a, s))
        yield Finding(p, a, s, name_message(ix, text[a:s], n), n, False)
