"""engine.patterns.LazyPattern: once the standard library has compiled a pattern, its ``match``,
``search`` and ``fullmatch`` are the compiled pattern's own (no Python frame between a rule and the
C method); a pattern the ``regex`` module compiles keeps its methods, which take ``timeout``.  Both
answer as the compiled pattern does, before and after the first use."""
from __future__ import annotations

import random
import re

import regex

from djlint.engine.patterns import PATTERN_TIMEOUT, LazyPattern, compile_


def _texts(rnd: random.Random, n: int = 300) -> list[str]:
    alphabet = "提高加强党的建设工作，。、要在对为把1２"
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(n)]


def _span(m):
    return None if m is None else (m.span(), m.groups())


def test_a_standard_library_pattern_calls_the_compiled_methods_directly():
    p = compile_(r"(提高|加强)(?=党|工作)")
    assert p.search("提高党的建设").span() == (0, 2)  # the first use compiles
    compiled = p.compiled
    assert isinstance(compiled, re.Pattern)
    for name in ("match", "search", "fullmatch"):
        method = getattr(p, name)
        assert getattr(method, "__self__", None) is compiled, name  # the bound C method, not a wrapper
    assert p.finditer.__self__ is p  # finditer keeps its method: it drops the timeout callers pass
    assert [m.span() for m in p.finditer("加强工作提高党", timeout=PATTERN_TIMEOUT)] == [(0, 2), (4, 6)]


def test_a_regex_module_pattern_keeps_its_timeout():
    p = compile_(r"\p{Han}{2}(?=党)")
    assert p.search("提高党").span() == (0, 2)
    assert isinstance(p.compiled, regex.Pattern)
    assert p.search("提高党", 0, timeout=PATTERN_TIMEOUT).span() == (0, 2)
    assert p.match("提高党", 0, timeout=PATTERN_TIMEOUT).span() == (0, 2)
    assert "match" not in getattr(p, "__dict__", {})


def test_the_direct_methods_answer_as_the_compiled_pattern_with_positions():
    rnd = random.Random(30)
    sources = [r"(提高|加强)(?=党|工作)", r"[要在对为把]{2}", r"党的(建设)?", r"^提高", r"工作$", r"(?<=、)要"]
    texts = _texts(rnd)
    for source in sources:
        reference = re.compile(source)
        fresh = LazyPattern(source)
        for text in texts:
            pos = rnd.randint(0, len(text))
            end = rnd.randint(pos, len(text))
            # before the first use (the class's method compiles) and after it (the instance's bound method)
            for lazy in (LazyPattern(source), fresh):
                assert _span(lazy.search(text, pos, end)) == _span(reference.search(text, pos, end))
                assert _span(lazy.match(text, pos)) == _span(reference.match(text, pos))
                assert _span(lazy.fullmatch(text, pos, end)) == _span(reference.fullmatch(text, pos, end))
                assert _span(lazy.search(text)) == _span(reference.search(text))
        assert isinstance(fresh.compiled, re.Pattern)
        assert fresh.search.__self__ is fresh.compiled
