import pytest

"""facts.base.quoted answers without the paragraph's quotations where no “ stands up to the span's start: the
same answer as phrase.context.in_quotation at every span of the facts cases, the fixtures and generated text."""
import pathlib
import random
from types import SimpleNamespace

import yaml

from djlint.checks.facts import base
from djlint.checks.phrase.context import in_quotation

ROOT = pathlib.Path(__file__).resolve().parent.parent


class _Ctx:
    def __init__(self):
        self.tables = {}

    def shared(self, key, factory):
        return self.tables.setdefault(key, factory(self))


def _texts():
    for code in ("DJ431", "DJ437", "DJ433", "DJ438"):
        path = ROOT / "rules/cases" / f"{code}.yaml"
        if path.exists():
            cases = yaml.safe_load(path.read_text(encoding="utf-8"))
            yield from (c["text"] for c in cases.values() if isinstance(c, dict) and "text" in c)
    yield from (ROOT / "fixtures/prose/correct-prose.txt").read_text(encoding="utf-8").splitlines()
    rnd = random.Random(39)
    pieces = ["“", "”", "习近平总书记强调：", "总书记指出", "条例规定：", "要求", "。", "，", "党的二十大", "精神", "全会",
              "深入学习", "认为", "“四个意识”", "党的十九届六中全会"]
    for _ in range(3000):
        yield "".join(rnd.choice(pieces) for _k in range(rnd.randint(1, 12)))


@pytest.mark.slow
def test_quoted_is_in_quotation():
    asked = inside = 0
    for i, text in enumerate(_texts()):
        p = SimpleNamespace(index=i, text=text)
        ctx, ref = _Ctx(), _Ctx()
        for s in range(len(text)):
            for e in range(s, min(len(text), s + 8) + 1):
                want = in_quotation(ref, p, s, e)
                assert base.quoted(ctx, p, s, e) == want, (text, s, e)
                asked += 1
                inside += want
    assert inside > 1000 and asked - inside > 1000, "spans both in and out of quotations"
