"""DJ439 runs only its character-twice check on the paragraphs that hold nothing but a character twice (most
paragraphs of real prose): the findings are those of running every check on every candidate."""
import csv
import pathlib

import yaml

from djlint.checks.facts import repeats
from djlint.lint import lint_text

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _texts():
    cases = yaml.safe_load((ROOT / "rules/cases/DJ439.yaml").read_text(encoding="utf-8"))
    yield "\n".join(c["text"] for c in cases.values() if isinstance(c, dict) and "text" in c)
    yield (ROOT / "fixtures/prose/correct-prose.txt").read_text(encoding="utf-8")
    yield (ROOT / "fixtures/slips15/correct.txt").read_text(encoding="utf-8")
    with open(ROOT / "fixtures/slips15/key.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        yield "\n".join(row["sentence"] for row in rows)


def _found(text):
    return [(d.line, d.column, d.message) for d in lint_text(text, {"select": ["DJ439"]})]


def test_the_split_finds_what_every_check_on_every_candidate_finds(monkeypatch):
    texts = list(_texts())
    split = [_found(t) for t in texts]
    assert sum(map(len, split)) >= 20, "the texts hold DJ439 findings"
    check = repeats.DoubledWord.check_paragraph

    def every_check(self, p, ctx):
        ctx.tables.pop(repeats._FULL_KEY, None)  # the table gone: every check on every candidate
        return check(self, p, ctx)

    monkeypatch.setattr(repeats.DoubledWord, "check_paragraph", every_check)
    assert [_found(t) for t in texts] == split


def _said_strings(seed: int, n: int):
    """Strings of speakers, the five verbs, commas, colons, spaces and filler: many hold a speaker said twice
    (or nearly: another verb, one character off, the second copy cut short)."""
    import random

    rnd = random.Random(seed)
    verbs = ["强调", "指出", "要求", "提出", "表示"]
    speakers = ["习近平总书记", "总书记", "会议", "他", "市委书记张某", "全会", "文件明确", "讲话中"]
    filler = list("要坚持党的领导全面从严治党推进工作落实") + ["，", "。", "：", " ", "\u3000", ","]
    for _ in range(n):
        parts = []
        for _k in range(rnd.randint(1, 5)):
            who, verb = rnd.choice(speakers), rnd.choice(verbs)
            said = who + verb
            parts.append(said + rnd.choice("，,：:"))
            r = rnd.random()
            if r < 0.35:
                parts.append(rnd.choice(["", " ", "\u3000", "  "]) + said)  # said twice
            elif r < 0.5:
                parts.append(who + rnd.choice(verbs))  # another verb, or the same one
            elif r < 0.6:
                parts.append(said[1:])  # one character short
            elif r < 0.7:
                parts.append(verb)  # the verb alone right after
            parts.append("".join(rnd.choice(filler) for _j in range(rnd.randint(0, 12))))
        yield "".join(parts)


def test_said_again_in_is_the_search_of_said_again():
    """_said_again_in (tried only at the verbs, and only where the verb stands again after the comma) answers as
    _SAID_AGAIN's search of the whole text does: the rule's cases, fixtures and 6,000 generated strings."""
    texts = [line for t in _texts() for line in t.splitlines()]
    texts += list(_said_strings(39, 6000))
    hits = 0
    for text in texts:
        expected = repeats._SAID_AGAIN.search(text) is not None
        assert repeats._said_again_in(text) == expected, text
        hits += expected
    assert 500 < hits < len(texts) - 500, "the strings hold both answers"
