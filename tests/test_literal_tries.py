"""The literal scan's tries kept between runs (djlint.engine.literal_tries.tries_of): what the cache gives
back is what working them out gives, the rules' keys reach it in the same order in every process (else
each process would miss the cache and add an entry), and keys it cannot keep are worked out each time."""
from __future__ import annotations

import os
import subprocess
import sys

from djlint.engine import literal_tries, literals
from djlint.engine.literals import LiteralIndex
from djlint.util import rx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _shape(index: LiteralIndex):
    return index.keys, [p.pattern for p in index.patterns], [dict(i) for i in index.inner]


def test_the_cached_tries_are_the_tries_worked_out(monkeypatch):
    keys = ["从严治党", "全面从严治党", "治党", "党建", "，党建", "的了", "鼋鼍", "鼍鼐", "意识形态", "形态", "多"]
    first = LiteralIndex(keys, chars={"多"})
    told = [k for k in rx._texts if k[0] == "literal-tries" and k[1].endswith(_digest(keys))]
    assert len(told) == 1  # kept under a digest of the keys
    assert isinstance(rx._texts[told[0]], tuple) and not any(k[0] == "trie" and k[1].startswith("从严治党")
                                                             for k in rx._texts)  # no trie entry of their own
    calls = []
    monkeypatch.setattr(literals, "_tries", lambda *a: calls.append(a) or [])  # a cache hit never works them out
    second = LiteralIndex(keys, chars={"多"})
    assert calls == []
    assert second.keys == first.keys == frozenset(keys) - {"多"}
    assert [p.pattern for p in second.patterns] == [p.pattern for p in first.patterns]
    for trie in (0, len(first.patterns) - 1):  # what a scan works out about a key from the trie's words
        for k in keys[:-1]:
            second.inner[trie][k], first.inner[trie][k]  # noqa: B018 - worked out on first use
    assert _shape(second) == _shape(first)
    monkeypatch.undo()
    uncached = literals._tries(keys, frozenset("多"))
    assert [(f, w, s) for f, w, s in literal_tries.tries_of(keys, frozenset("多"), literals._grouping_stamp(),
                                                             literals._tries)[1]] == uncached


def test_other_costs_are_other_tries(monkeypatch):
    keys = ["鼋鼍", "鼍鼐", "鼐鼗", "鼗鼙", "鼙鼛"]
    assert len(LiteralIndex(keys).patterns) == 1
    monkeypatch.setattr(literals, "PASS_COST", 4 * literals.RARE)
    assert len(LiteralIndex(keys).patterns) == 3  # the stamp holds the cost: not the one-trie entry


def test_keys_holding_a_nul_are_worked_out_each_time(monkeypatch):
    # ["从\x00严"] and ["从", "严"] join alike: no digest for such keys (a NUL is no key of the tries)
    keys = ["党建", "党\x01建", "治\x02党", "从\x00严"]
    calls = []
    real = literals._tries
    monkeypatch.setattr(literals, "_tries", lambda *a: calls.append(a) or real(*a))
    for _ in range(2):
        index = LiteralIndex(keys)
        assert index.keys == {"党建", "党\x01建", "治\x02党"}
    assert len(calls) == 2
    for _ in range(2):
        assert LiteralIndex(keys[:3]).keys == {"党建", "党\x01建", "治\x02党"}
    assert len(calls) == 3  # other control characters are kept like any key


def test_keys_in_another_order_or_count_are_another_entry():
    keys = ["从严治党", "治党", "党建"]
    digests = {_digest(k) for k in (keys, keys[::-1], keys + ["党建"], keys[:2])}
    assert len(digests) == 4


def _digest(keys) -> str:
    from zlib import adler32, crc32

    raw = "\x00".join(keys).encode("utf-8")
    return f"{len(keys)}:{len(raw)}:{crc32(raw):08x}:{adler32(raw):08x}"


_KEYS_OF_THE_REGISTRY = """
import sys, zlib
from djlint.engine import literals
from djlint.engine.registry import build_registry
seen = []
real = literals.tries_of
literals.tries_of = lambda keys, chars, stamp, build: seen.append((list(keys), sorted(chars), stamp)) or real(keys, chars, stamp, build)
literals.literal_index(build_registry(()))
print(len(seen[0][0]), zlib.crc32(repr(seen).encode("utf-8")))
"""


def test_the_rules_keys_come_in_the_same_order_whatever_the_string_hashing():
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=ROOT)
        outs.add(subprocess.run([sys.executable, "-c", _KEYS_OF_THE_REGISTRY], env=env, cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout)
    assert len(outs) == 1, outs
    assert int(outs.pop().split()[0]) > 5000
