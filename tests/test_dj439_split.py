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
